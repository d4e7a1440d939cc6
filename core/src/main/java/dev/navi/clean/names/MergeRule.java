package dev.navi.clean.names;

/**
 * The named rules by which {@link NameClusterer} puts two names into one cluster, in the order it applies them.
 * Each merge is made by exactly one rule, and the rule's {@link #label()} is what {@link Cluster.Member#rule()}
 * shows.
 */
public enum MergeRule {
    /** The first member of a cluster without an alias entry: its most frequent name. */
    MOST_FREQUENT("most frequent name"),
    /** The alias table maps both names to the same standard name. */
    ALIAS("alias table"),
    /** Both names have the same {@link NameNormaliser#key matching key}. */
    SAME_KEY("same key"),
    /** Supplied evidence (for example a vendor's standardised-name column) says the names are the same applicant. */
    EVIDENCE("vendor standard name"),
    /** The keys are equal once spaces are removed ({@code wal mart} / {@code walmart}). */
    SPACING("same key without spaces"),
    /** The keys have the same words in another order ({@code univ rutgers} / {@code rutgers univ}). */
    TOKEN_ORDER("token-sorted key"),
    /**
     * The keys are equal once common abbreviations are expanded the same way, plurals folded and small words
     * dropped ({@code honeywell int} / {@code honeywell international}; {@code amazon tech} / {@code amazon
     * technologies}).
     */
    ABBREVIATION("abbreviation key"),
    /**
     * The keys are equal once a leading province or city is removed ({@code 深圳市大疆创新科技} / {@code
     * 大疆创新科技}); only when the rest is long enough and at most one place occurs with it.
     */
    PLACE_PREFIX("key without place prefix"),
    /**
     * The keys are equal once a legal description is removed from a fragment of a long legal name ({@code ELWHA
     * LLC} / {@code LIABILITY CORP OF THE STATE OF DELAWARE ELWHA LLC A LTD}).
     */
    LEGAL_DESCRIPTION("legal description removed"),
    /**
     * The abbreviation keys are equal once split pinyin syllables are joined ({@code SHANGHAI JIAO TONG UNIVERSITY}
     * / {@code UNIV SHANGHAI JIAOTONG}); only for university and institute names.
     */
    ROMANISATION("pinyin syllables joined"),
    /**
     * One name has letters lost to encoding ({@code ?} for {@code Ø}, {@code Ü}, {@code É}) and matches the other with
     * each {@code ?} standing for one or two letters; only when exactly one cluster matches.
     */
    ENCODING_LOSS("lost letters as wildcards"),
    /**
     * The keys differ in one word by one or two edits (a typo: {@code Lincensing} / {@code Licensing}) or by a
     * misspelt legal form at the end ({@code Incorporateed}), within a block of names equal in every other word;
     * organisation names only, never two real words ({@code Electric} / {@code Electronic}, {@code Hunan} /
     * {@code Henan}), and only when exactly one cluster is that close.
     */
    TYPO("typo within a block");

    private final String label;

    MergeRule(String label) {
        this.label = label;
    }

    /** The text shown in cluster tables. */
    public String label() {
        return label;
    }
}
