package dev.navi.clean.names;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;

/**
 * Clusters distinct applicant names (with their counts) into applicants, transparently and deterministically.
 *
 * <h2>Method</h2>
 * Names are nodes of a union-find; rules add links in this fixed order, each rule by bucketing names on one key
 * (a hash map from key to the first name seen), so the whole run is linear in the number of distinct names —
 * there is no all-pairs comparison:
 * <ol>
 *   <li>{@link MergeRule#ALIAS alias table} — names the alias table maps to the same standard name;</li>
 *   <li>{@link MergeRule#SAME_KEY same key} — names with the same {@link NameNormaliser#key matching key};</li>
 *   <li>{@link MergeRule#EVIDENCE evidence} — supplied pairs known to be the same applicant (a vendor's
 *       standardised-name column, a manual list), labelled with the evidence's own rule text;</li>
 *   <li>{@link MergeRule#SPACING key without spaces}, {@link MergeRule#TOKEN_ORDER token-sorted key},
 *       {@link MergeRule#ABBREVIATION abbreviation key} and {@link MergeRule#PLACE_PREFIX key without place
 *       prefix} (the last only when the remainder is long and at most one place occurs with it);</li>
 *   <li>{@link MergeRule#LEGAL_DESCRIPTION legal description removed} (fragments of long legal names),
 *       {@link MergeRule#ROMANISATION pinyin syllables joined}, {@link MergeRule#ENCODING_LOSS lost letters as
 *       wildcards} and {@link MergeRule#TYPO typo within a block} — the last two compare names, but only within
 *       small blocks (same words but one; same word count and anchor word), and merge only when exactly one
 *       cluster matches; what they find but do not merge is returned as a {@link Suggestion}.</li>
 * </ol>
 * Two clusters whose alias-table standard names differ are never joined by a later rule when both standards are
 * <em>curated</em> (the table maps another spelling to each): the analyst's table is a cannot-link. A standard that
 * is only its own row (a singleton from a reviewed cluster table) does not block later merges of that name. Pairs
 * the analyst marked {@code different} in the merge-suggestion sheet are never joined. Every link that joins two
 * clusters is recorded with its rule, and each member reports the rule and the name that brought it in, so every
 * merge is explained by one named rule.
 *
 * <p>Names in different scripts ({@code 深圳市大疆创新科技有限公司} / {@code SZ DJI TECHNOLOGY CO LTD}) share no key,
 * so they merge only through the alias table or supplied evidence. Acronyms ({@code IBM} / {@code International
 * Business Machines}) likewise: matching them automatically would join unrelated firms at this scale.
 *
 * <p><b>Standard name</b>: the alias table's standard name if the cluster has one, else its most frequent
 * member (ties: lexicographically first). <b>Group</b>: the alias table's group, else the standard name.
 * <b>Type</b>: the {@link ApplicantTypeClassifier} type of the standard name; if only its default rule fired,
 * that of the most frequent member that a real rule classifies. Output is sorted by total count (descending),
 * then standard name. Names whose key is empty (no letters or digits) are left out. Per-name work (keys,
 * blocking keys, alias look-ups, types) runs in parallel into one slot per name, while links are made
 * sequentially in name order, so the result never depends on thread scheduling. Thread-safe.
 */
public final class NameClusterer {

    /**
     * Evidence that two names denote the same applicant. {@code rule} is the label shown on the member (blank
     * means {@link MergeRule#EVIDENCE}'s label). Names that do not occur in the counts join with count 0.
     */
    public record Evidence(String name, String sameAs, String rule) {
        public Evidence {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(sameAs, "sameAs");
            rule = rule == null || rule.isBlank() ? MergeRule.EVIDENCE.label() : rule.strip();
        }
    }

    /**
     * An uncertain merge the rules did not make, for the analyst to decide in the merge-suggestion sheet: the two
     * names (each the most frequent of its cluster's names involved), their counts, a score in (0, 1] and the
     * reason it was not merged automatically.
     */
    public record Suggestion(double score, String reason, String nameA, long countA, String nameB, long countB) {
        public Suggestion {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(nameA, "nameA");
            Objects.requireNonNull(nameB, "nameB");
        }
    }

    /** Clusters and the merge suggestions between them (sorted by score, descending, then names). */
    public record Outcome(List<Cluster> clusters, List<Suggestion> suggestions) {
        public Outcome {
            clusters = List.copyOf(clusters);
            suggestions = List.copyOf(suggestions);
        }
    }

    /** At most this many suggestions are kept (the best by score): a review sheet longer than that is not read. */
    public static final int MAX_SUGGESTIONS = 5000;
    /** Blocks larger than this are not compared pairwise by the typo rule (they hold no single firm's variants). */
    private static final int MAX_TYPO_BLOCK = 64;

    private final AliasTable aliases;
    private final NameNormaliser normaliser;
    private final ApplicantTypeClassifier classifier;

    /** A clusterer with the standard normaliser and classifier. */
    public NameClusterer(AliasTable aliases) {
        this(aliases, NameNormaliser.standard(), ApplicantTypeClassifier.standard());
    }

    /** A clusterer with explicit parts. */
    public NameClusterer(AliasTable aliases, NameNormaliser normaliser, ApplicantTypeClassifier classifier) {
        this.aliases = Objects.requireNonNull(aliases, "aliases");
        this.normaliser = Objects.requireNonNull(normaliser, "normaliser");
        this.classifier = Objects.requireNonNull(classifier, "classifier");
    }

    /** Clusters names with their counts (counts must not be negative). */
    public List<Cluster> cluster(Map<String, Long> counts) {
        return cluster(counts, List.of());
    }

    /** Clusters names with their counts, using evidence pairs as well. */
    public List<Cluster> cluster(Map<String, Long> counts, Collection<Evidence> evidence) {
        return clusterAndSuggest(counts, evidence).clusters();
    }

    /** Clusters names with their counts and evidence, and lists the uncertain merges left for review. */
    public Outcome clusterAndSuggest(Map<String, Long> counts, Collection<Evidence> evidence) {
        Map<String, Long> all = new HashMap<>(Math.max(16, (counts.size() + 2 * evidence.size()) * 4 / 3 + 1));
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            if (e.getKey() == null) {
                continue;
            }
            long c = e.getValue() == null ? 0 : e.getValue();
            if (c < 0) {
                throw new IllegalArgumentException("negative count " + c + " for '" + e.getKey() + "'");
            }
            all.merge(e.getKey(), c, Long::sum);
        }
        List<Evidence> pairs = new ArrayList<>(evidence);
        pairs.sort(Comparator.comparing(Evidence::name).thenComparing(Evidence::sameAs).thenComparing(Evidence::rule));
        for (Evidence ev : pairs) {
            all.putIfAbsent(ev.name(), 0L);
            all.putIfAbsent(ev.sameAs(), 0L);
        }
        String[] sorted = all.keySet().toArray(new String[0]);
        Arrays.sort(sorted);
        // keys are computed in parallel into a slot per name, so the result does not depend on scheduling
        String[] keyOf = new String[sorted.length];
        boolean[] formOf = new boolean[sorted.length];
        IntStream.range(0, sorted.length).parallel().forEach(i -> {
            NameNormaliser.Normalised nz = normaliser.normalise(sorted[i]);
            keyOf[i] = nz.key();
            formOf[i] = !nz.removed().isEmpty();
        });
        Run run = new Run(sorted.length);
        for (int i = 0; i < sorted.length; i++) {
            if (!keyOf[i].isEmpty()) {
                run.add(sorted[i], all.get(sorted[i]), keyOf[i], formOf[i]);
            }
        }
        run.link(pairs);
        List<Cluster> clusters = run.clusters();
        return new Outcome(clusters, run.suggestions());
    }

    /** The state of one clustering run; arrays indexed by node (names in sorted order). */
    private final class Run {
        private final String[] names;
        private final long[] counts;
        private final String[] keys;
        private final boolean[] legalForm;
        private String[] abbreviatedKeys;
        private boolean[] curatedStandard = new boolean[0];
        private final List<int[]> cannotLink = new ArrayList<>();
        private boolean[] marked;
        private final List<double[]> suggested = new ArrayList<>();
        private final List<String> suggestedReasons = new ArrayList<>();
        private int n;
        private final int[] parent;
        private final int[] size;
        private final long[] total;
        private final int[] aliasOfRoot;
        private final int[] aliasOfNode;
        private final List<AliasTable.Entry> standards = new ArrayList<>();
        private final List<String> labels = new ArrayList<>();
        private int[] edgeA = new int[16];
        private int[] edgeB = new int[16];
        private int[] edgeRule = new int[16];
        private int edges;

        Run(int capacity) {
            names = new String[capacity];
            counts = new long[capacity];
            keys = new String[capacity];
            legalForm = new boolean[capacity];
            parent = new int[capacity];
            size = new int[capacity];
            total = new long[capacity];
            aliasOfRoot = new int[capacity];
            aliasOfNode = new int[capacity];
            for (MergeRule r : MergeRule.values()) {
                labels.add(r.label());
            }
        }

        void add(String name, long count, String key, boolean form) {
            names[n] = name;
            counts[n] = count;
            keys[n] = key;
            legalForm[n] = form;
            parent[n] = n;
            size[n] = 1;
            total[n] = count;
            n++;
        }

        void link(List<Evidence> evidence) {
            // 1. alias table
            Map<String, Integer> standardIds = new HashMap<>();
            int[] firstOfStandard = new int[n];
            Arrays.fill(firstOfStandard, -1);
            AliasTable.Entry[] found = new AliasTable.Entry[n];
            IntStream.range(0, n).parallel().forEach(i -> found[i] = aliases.lookupByKey(keys[i]).orElse(null));
            for (int i = 0; i < n; i++) {
                AliasTable.Entry e = found[i];
                int id = -1;
                if (e != null) {
                    String stdKey = normaliser.key(e.standard());
                    Integer known = standardIds.get(stdKey);
                    if (known == null) {
                        known = standards.size();
                        standardIds.put(stdKey, known);
                        standards.add(e);
                    }
                    id = known;
                }
                aliasOfNode[i] = id;
                aliasOfRoot[i] = id;
            }
            curatedStandard = new boolean[standards.size()];
            for (int id = 0; id < standards.size(); id++) {
                curatedStandard[id] = aliases.curated(standards.get(id));
            }
            distinctPairs();
            for (int i = 0; i < n; i++) {
                int id = aliasOfNode[i];
                if (id >= 0) {
                    if (firstOfStandard[id] < 0) {
                        firstOfStandard[id] = i;
                    } else {
                        union(firstOfStandard[id], i, MergeRule.ALIAS.ordinal());
                    }
                }
            }
            // 2. same key
            bucket(k -> k, MergeRule.SAME_KEY);
            // 3. evidence
            for (Evidence ev : evidence) {
                int a = Arrays.binarySearch(names, 0, n, ev.name());
                int b = Arrays.binarySearch(names, 0, n, ev.sameAs());
                if (a >= 0 && b >= 0) {
                    int label = labels.indexOf(ev.rule());
                    if (label < 0) {
                        label = labels.size();
                        labels.add(ev.rule());
                    }
                    union(a, b, label);
                }
            }
            // 4. fuzzy keys
            bucket(k -> k.replace(" ", ""), MergeRule.SPACING);
            bucket(BlockingKeys::tokenSorted, MergeRule.TOKEN_ORDER);
            abbreviatedKeys = bucket(BlockingKeys::abbreviated, MergeRule.ABBREVIATION);
            placePrefix();
            // 5. variant kinds that need more than one key: fragments, romanisations, lost letters, typos
            toKnownKeys(BlockingKeys::withoutLegalDescription, keys, MergeRule.LEGAL_DESCRIPTION);
            toKnownKeys(BlockingKeys::romanised, abbreviatedKeys, MergeRule.ROMANISATION);
            wildcards();
            toKnownKeys(BlockingKeys::withoutMisspeltForm, keys, MergeRule.TYPO);
            typos();
        }

        /** Cannot-links from the analyst's "different" decisions, as node pairs. */
        private void distinctPairs() {
            marked = new boolean[n];
            List<String[]> distinct = aliases.distinctKeys();
            if (distinct.isEmpty()) {
                return;
            }
            Map<String, List<Integer>> nodesOfKey = new HashMap<>();
            for (String[] d : distinct) {
                nodesOfKey.put(d[0], new ArrayList<>());
                nodesOfKey.put(d[1], new ArrayList<>());
            }
            for (int i = 0; i < n; i++) {
                List<Integer> l = nodesOfKey.get(keys[i]);
                if (l != null) {
                    l.add(i);
                }
            }
            for (String[] d : distinct) {
                for (int x : nodesOfKey.get(d[0])) {
                    for (int y : nodesOfKey.get(d[1])) {
                        cannotLink.add(new int[] {x, y});
                        marked[x] = true;
                        marked[y] = true;
                    }
                }
            }
        }

        /**
         * Links each node whose derived key ({@code fn} of its key; null when the rule does not apply) equals another
         * node's {@code target} key, and nodes that share a derived key.
         */
        private void toKnownKeys(UnaryOperator<String> fn, String[] target, MergeRule rule) {
            String[] derived = new String[n];
            IntStream.range(0, n).parallel().forEach(i -> derived[i] = fn.apply(keys[i]));
            Map<String, Integer> first = new HashMap<>();
            for (int i = 0; i < n; i++) {
                if (derived[i] != null && !derived[i].equals(target[i])) {
                    Integer f = first.putIfAbsent(derived[i], i);
                    if (f != null) {
                        union(f, i, rule.ordinal());
                    }
                }
            }
            if (first.isEmpty()) {
                return;
            }
            for (int i = 0; i < n; i++) {
                Integer f = target[i] == null ? null : first.get(target[i]);
                if (f != null && f != i) {
                    union(i, f, rule.ordinal());
                }
            }
        }

        /**
         * Names with letters lost to encoding ({@code ?} in the key) against the names with the same number of words
         * whose longest fully known word is equal (or, when every word has a {@code ?}, that starts with the first
         * word's known prefix); merged when every word matches and all matches lie in one cluster, suggested when
         * they lie in several.
         */
        private void wildcards() {
            List<Integer> patterns = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (keys[i].indexOf('?') >= 0 && !NameNormaliser.hasCjk(keys[i])) {
                    patterns.add(i);
                }
            }
            if (patterns.isEmpty()) {
                return;
            }
            // anchor of each pattern: (word count, position, known word or prefix)
            Map<String, List<Integer>> byAnchor = new HashMap<>();
            String[][] words = new String[n][];
            for (int p : patterns) {
                String[] w = keys[p].split(" ");
                words[p] = w;
                int known = keys[p].replace("?", "").replace(" ", "").length();
                if (known < 4 || known * 10 < keys[p].replace(" ", "").length() * 6) {
                    continue; // too little left to identify a name
                }
                int best = -1;
                for (int j = 0; j < w.length; j++) {
                    if (w[j].indexOf('?') < 0 && w[j].length() >= 3 && (best < 0 || w[j].length() > w[best].length())) {
                        best = j;
                    }
                }
                String anchor;
                if (best >= 0) {
                    anchor = w.length + "|" + best + "|=" + w[best];
                } else {
                    int q = w[0].indexOf('?');
                    if (q < 1) {
                        continue;
                    }
                    anchor = w.length + "|0|^" + w[0].substring(0, q);
                }
                byAnchor.computeIfAbsent(anchor, k -> new ArrayList<>()).add(p);
            }
            if (byAnchor.isEmpty()) {
                return;
            }
            Map<Integer, List<Integer>> candidates = new HashMap<>();
            Set<Integer> prefixLengths = new java.util.TreeSet<>();
            for (String a : byAnchor.keySet()) {
                if (a.contains("|^")) {
                    prefixLengths.add(a.length() - a.indexOf("|^") - 2);
                }
            }
            for (int i = 0; i < n; i++) {
                String k = keys[i];
                int count = 1;
                for (int c = 0; c < k.length(); c++) {
                    if (k.charAt(c) == ' ') {
                        count++;
                    }
                }
                String[] w = null;
                for (int j = 0; j < count && j < 16; j++) {
                    if (w == null) {
                        w = k.split(" ");
                    }
                    List<Integer> ps = byAnchor.get(count + "|" + j + "|=" + w[j]);
                    if (ps != null) {
                        for (int p : ps) {
                            candidates.computeIfAbsent(p, x -> new ArrayList<>()).add(i);
                        }
                    }
                }
                for (int len : prefixLengths) {
                    if (w == null) {
                        w = k.split(" ");
                    }
                    if (w[0].length() >= len) {
                        List<Integer> ps = byAnchor.get(count + "|0|^" + w[0].substring(0, len));
                        if (ps != null) {
                            for (int p : ps) {
                                candidates.computeIfAbsent(p, x -> new ArrayList<>()).add(i);
                            }
                        }
                    }
                }
            }
            for (int p : patterns) {
                List<Integer> cs = candidates.get(p);
                if (cs == null) {
                    continue;
                }
                List<Integer> matched = new ArrayList<>();
                for (int c : cs) {
                    if (c == p) {
                        continue;
                    }
                    String[] w = keys[c].split(" ");
                    boolean all = w.length == words[p].length;
                    for (int j = 0; all && j < w.length; j++) {
                        all = BlockingKeys.wildcardMatch(words[p][j], w[j]);
                    }
                    if (all) {
                        matched.add(c);
                    }
                }
                Set<Integer> roots = new HashSet<>();
                for (int c : matched) {
                    roots.add(find(c));
                }
                roots.remove(find(p));
                if (roots.size() == 1) {
                    union(p, matched.get(0), MergeRule.ENCODING_LOSS.ordinal());
                } else if (roots.size() > 1) {
                    for (int c : matched) {
                        suggest(p, c, 0.9, "lost letters (?) match names of several clusters");
                    }
                }
            }
        }

        /**
         * One typo in one word: Latin organisation names (a legal form, or an organisation word such as univ or
         * tech) are blocked by every other word (same words in the same places, the odd word at position j); within
         * a block of at most {@link #MAX_TYPO_BLOCK} names the odd words are compared. A pair within the
         * {@link BlockingKeys#typoAllowance allowance} is merged when neither word is a real distinct word and no
         * other cluster is as close; otherwise, and for pairs one edit beyond the allowance, it is suggested.
         */
        private void typos() {
            if (n >= 1 << 22) {
                return; // the packed entries below hold a node in 22 bits; four million distinct names is beyond any export
            }
            String[][] words = new String[n][];
            long[] entries = new long[Math.max(16, n)];
            int[] used = {0};
            IntStream.range(0, n).parallel().forEach(i -> {
                String k = keys[i];
                if (k.indexOf(' ') < 0 || k.length() < 8 || NameNormaliser.hasCjk(k) || k.indexOf('?') >= 0) {
                    return;
                }
                String[] w = k.split(" ");
                boolean org = legalForm[i];
                for (int j = 0; !org && j < w.length; j++) {
                    org = BlockingKeys.orgWord(w[j]);
                }
                if (org && w.length <= 12) {
                    words[i] = w;
                }
            });
            // one entry per (name, odd word): a 42-bit hash of the other words and their places, then the node;
            // sorting the entries puts each block together without a map of strings
            for (int i = 0; i < n; i++) {
                String[] w = words[i];
                if (w == null) {
                    continue;
                }
                for (int j = 0; j < w.length; j++) {
                    if (w[j].length() < 5 || !letters(w[j])) {
                        continue;
                    }
                    long h = 0xcbf29ce484222325L ^ (j * 31L + w.length);
                    for (int k = 0; k < w.length; k++) {
                        h = (h ^ (k == j ? 0x9e3779b9L : w[k].hashCode())) * 0x100000001b3L;
                    }
                    if (used[0] == entries.length) {
                        entries = Arrays.copyOf(entries, entries.length * 2);
                    }
                    entries[used[0]++] = ((h >>> 22) << 22) | i;
                }
            }
            long[] sortedEntries = Arrays.copyOf(entries, used[0]);
            Arrays.parallelSort(sortedEntries);
            int mask = (1 << 22) - 1;
            int from = 0;
            while (from < sortedEntries.length) {
                int to = from + 1;
                while (to < sortedEntries.length && (sortedEntries[to] >>> 22) == (sortedEntries[from] >>> 22)) {
                    to++;
                }
                if (to - from >= 2 && to - from <= MAX_TYPO_BLOCK) {
                    int[] block = new int[to - from];
                    for (int b = from; b < to; b++) {
                        block[b - from] = (int) (sortedEntries[b] & mask);
                    }
                    typoBlock(block, words);
                }
                from = to;
            }
        }

        /** Compares the odd words within one block (see {@link #typos}). */
        private void typoBlock(int[] block, String[][] words) {
            for (int x : block) {
                int best = Integer.MAX_VALUE;
                List<Integer> at = new ArrayList<>();
                String bestWord = null;
                for (int y : block) {
                    if (y == x || words[y].length != words[x].length) {
                        continue;
                    }
                    int j = -1;
                    int differ = 0;
                    for (int k = 0; k < words[x].length; k++) {
                        if (!words[x][k].equals(words[y][k])) {
                            differ++;
                            j = k;
                        }
                    }
                    if (differ != 1) {
                        continue; // a hash collision or the same key
                    }
                    String wx = words[x][j];
                    String wy = words[y][j];
                    int allowed = BlockingKeys.typoAllowance(Math.min(wx.length(), wy.length()));
                    int d = BlockingKeys.distance(wx, wy, allowed + 1);
                    if (d > allowed + 1) {
                        continue;
                    }
                    boolean real = BlockingKeys.realWord(wx) && BlockingKeys.realWord(wy);
                    // a typo is a rare spelling of a frequent name: two clusters both in use are two names
                    long tx = total[find(x)];
                    long ty = total[find(y)];
                    boolean established = Math.min(tx, ty) > Math.max(2, Math.max(tx, ty) / 10);
                    if (d > allowed || real || established || !BlockingKeys.sameStart(wx.charAt(0), wy.charAt(0))) {
                        if (x < y) {
                            String why = real ? "one word differs, but both are real words (" + wx + " / " + wy + ")"
                                    : established ? "one word differs by " + d + " edit(s), but both spellings are frequent ("
                                    + wx + " / " + wy + ")" : "one word differs by " + d + " edits (" + wx + " / " + wy + ")";
                            suggest(x, y, 1.0 - (double) d / Math.max(wx.length(), wy.length()), why);
                        }
                        continue;
                    }
                    if (d < best) {
                        best = d;
                        at.clear();
                        bestWord = wx;
                    }
                    if (d == best) {
                        at.add(y);
                    }
                }
                if (at.isEmpty()) {
                    continue;
                }
                Set<Integer> roots = new HashSet<>();
                for (int y : at) {
                    roots.add(find(y));
                }
                roots.remove(find(x));
                if (roots.size() == 1) {
                    union(x, at.get(0), MergeRule.TYPO.ordinal());
                } else if (roots.size() > 1) {
                    for (int y : at) {
                        suggest(x, y, 1.0 - (double) best / bestWord.length(),
                                "one word differs by a typo from names of several clusters");
                    }
                }
            }
        }

        private static boolean letters(String w) {
            for (int i = 0; i < w.length(); i++) {
                if (!Character.isLetter(w.charAt(i))) {
                    return false;
                }
            }
            return true;
        }

        private void suggest(int a, int b, double score, String reason) {
            suggested.add(new double[] {a, b, score});
            suggestedReasons.add(reason);
        }

        /** The suggestions whose names ended in different clusters: the best per pair of clusters. */
        List<Suggestion> suggestions() {
            Map<Long, Integer> best = new HashMap<>();
            for (int s = 0; s < suggested.size(); s++) {
                int a = (int) suggested.get(s)[0];
                int b = (int) suggested.get(s)[1];
                int ra = find(a);
                int rb = find(b);
                if (ra == rb) {
                    continue;
                }
                long pair = ((long) Math.min(ra, rb) << 32) | Math.max(ra, rb);
                Integer prev = best.get(pair);
                if (prev == null || suggested.get(s)[2] > suggested.get(prev)[2]) {
                    best.put(pair, s);
                }
            }
            List<Suggestion> out = new ArrayList<>();
            for (int s : best.values()) {
                int a = (int) suggested.get(s)[0];
                int b = (int) suggested.get(s)[1];
                if (names[b].compareTo(names[a]) < 0) {
                    int t = a;
                    a = b;
                    b = t;
                }
                double score = Math.round(suggested.get(s)[2] * 1000) / 1000.0;
                out.add(new Suggestion(score, suggestedReasons.get(s), names[a], counts[a], names[b], counts[b]));
            }
            out.sort(Comparator.comparingDouble(Suggestion::score).reversed().thenComparing(Suggestion::nameA)
                    .thenComparing(Suggestion::nameB));
            return out.size() > MAX_SUGGESTIONS ? out.subList(0, MAX_SUGGESTIONS) : out;
        }

        private String[] bucket(UnaryOperator<String> keyFn, MergeRule rule) {
            String[] blockKey = new String[n];
            IntStream.range(0, n).parallel().forEach(i -> blockKey[i] = keyFn.apply(keys[i]));
            Map<String, Integer> first = new HashMap<>(Math.max(16, n * 2));
            for (int i = 0; i < n; i++) {
                String k = blockKey[i];
                if (k == null) {
                    continue;
                }
                Integer f = first.putIfAbsent(k, i);
                if (f != null) {
                    union(f, i, rule.ordinal());
                }
            }
            return blockKey;
        }

        private void placePrefix() {
            final class Bucket {
                final List<Integer> members = new ArrayList<>();
                final Set<String> places = new HashSet<>();
            }
            Map<String, Bucket> byRest = new HashMap<>();
            List<Bucket> order = new ArrayList<>();
            BlockingKeys.Placed[] placed = new BlockingKeys.Placed[n];
            IntStream.range(0, n).parallel().forEach(i -> placed[i] = BlockingKeys.withoutPlace(keys[i]));
            for (int i = 0; i < n; i++) {
                BlockingKeys.Placed p = placed[i];
                if (p == null) {
                    continue;
                }
                Bucket b = byRest.get(p.rest());
                if (b == null) {
                    b = new Bucket();
                    byRest.put(p.rest(), b);
                    order.add(b);
                }
                b.members.add(i);
                b.places.add(p.place());
            }
            for (int i = 0; i < n; i++) {
                Bucket b = byRest.get(keys[i]);
                if (b != null) {
                    b.members.add(i);
                }
            }
            for (Bucket b : order) {
                if (b.places.size() > 1 || b.members.size() < 2) {
                    continue;
                }
                b.members.sort(Comparator.naturalOrder());
                int head = b.members.get(0);
                for (int j = 1; j < b.members.size(); j++) {
                    union(head, b.members.get(j), MergeRule.PLACE_PREFIX.ordinal());
                }
            }
        }

        private int find(int x) {
            while (parent[x] != x) {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            return x;
        }

        private void union(int a, int b, int rule) {
            int ra = find(a);
            int rb = find(b);
            if (ra == rb) {
                return;
            }
            int sa = aliasOfRoot[ra];
            int sb = aliasOfRoot[rb];
            if (sa >= 0 && sb >= 0 && sa != sb && curatedStandard[sa] && curatedStandard[sb]) {
                return; // the alias table says these are different applicants
            }
            if (marked[ra] && marked[rb]) {
                for (int[] c : cannotLink) {
                    int fx = find(c[0]);
                    int fy = find(c[1]);
                    if ((fx == ra && fy == rb) || (fx == rb && fy == ra)) {
                        return; // the analyst said these are different applicants
                    }
                }
            }
            int root = size[ra] > size[rb] || (size[ra] == size[rb] && ra < rb) ? ra : rb;
            int child = root == ra ? rb : ra;
            parent[child] = root;
            size[root] += size[child];
            total[root] += total[child];
            marked[root] |= marked[child];
            // two alias standards meet only when one of them is uncurated: the curated one names the cluster
            aliasOfRoot[root] = sa < 0 ? sb : sb < 0 ? sa : curatedStandard[sa] ? sa : curatedStandard[sb] ? sb : Math.min(sa, sb);
            if (edges == edgeA.length) {
                edgeA = Arrays.copyOf(edgeA, edges * 2);
                edgeB = Arrays.copyOf(edgeB, edges * 2);
                edgeRule = Arrays.copyOf(edgeRule, edges * 2);
            }
            edgeA[edges] = a;
            edgeB[edges] = b;
            edgeRule[edges] = rule;
            edges++;
        }

        List<Cluster> clusters() {
            // members of each component, components in order of their smallest node
            int[] root = new int[n];
            int[] memberCount = new int[n];
            for (int i = 0; i < n; i++) {
                root[i] = find(i);
                memberCount[root[i]]++;
            }
            int[] start = new int[n + 1];
            for (int i = 0; i < n; i++) {
                start[i + 1] = start[i] + memberCount[i];
            }
            int[] fill = Arrays.copyOf(start, n);
            int[] members = new int[n];
            for (int i = 0; i < n; i++) {
                members[fill[root[i]]++] = i;
            }
            // adjacency of the recorded links
            int[] degree = new int[n + 1];
            for (int e = 0; e < edges; e++) {
                degree[edgeA[e] + 1]++;
                degree[edgeB[e] + 1]++;
            }
            for (int i = 0; i < n; i++) {
                degree[i + 1] += degree[i];
            }
            int[] adjNode = new int[2 * edges];
            int[] adjRule = new int[2 * edges];
            int[] pos = Arrays.copyOf(degree, n);
            for (int e = 0; e < edges; e++) {
                adjNode[pos[edgeA[e]]] = edgeB[e];
                adjRule[pos[edgeA[e]]++] = edgeRule[e];
                adjNode[pos[edgeB[e]]] = edgeA[e];
                adjRule[pos[edgeB[e]]++] = edgeRule[e];
            }
            int[] viaNode = new int[n];
            int[] viaRule = new int[n];
            boolean[] seen = new boolean[n];
            int[] queue = new int[n];
            List<Cluster> out = new ArrayList<>();
            for (int r = 0; r < n; r++) {
                if (memberCount[r] == 0) {
                    continue;
                }
                int from = start[r];
                int to = start[r + 1];
                int aliasId = aliasOfRoot[r];
                AliasTable.Entry alias = aliasId >= 0 ? standards.get(aliasId) : null;
                int top = -1;
                for (int m = from; m < to; m++) {
                    int i = members[m];
                    if (alias != null && aliasOfNode[i] != aliasId) {
                        continue;
                    }
                    if (top < 0 || counts[i] > counts[top] || (counts[i] == counts[top] && names[i].compareTo(names[top]) < 0)) {
                        top = i;
                    }
                }
                String standard = alias != null ? alias.standard() : names[top];
                String group = alias != null ? alias.groupOrStandard() : standard;
                // breadth-first over the links from the first member: each member's rule and link
                int head = 0;
                int tail = 0;
                queue[tail++] = top;
                seen[top] = true;
                viaNode[top] = -1;
                viaRule[top] = alias != null ? MergeRule.ALIAS.ordinal() : MergeRule.MOST_FREQUENT.ordinal();
                while (head < tail) {
                    int u = queue[head++];
                    for (int a = degree[u]; a < degree[u + 1]; a++) {
                        int v = adjNode[a];
                        if (!seen[v]) {
                            seen[v] = true;
                            viaNode[v] = u;
                            viaRule[v] = adjRule[a];
                            queue[tail++] = v;
                        }
                    }
                }
                List<Cluster.Member> list = new ArrayList<>(to - from);
                for (int m = from; m < to; m++) {
                    int i = members[m];
                    String rule = labels.get(viaRule[i]);
                    String via;
                    if (viaRule[i] == MergeRule.ALIAS.ordinal()) {
                        via = alias != null ? alias.standard() : "";
                    } else {
                        via = viaNode[i] < 0 ? "" : names[viaNode[i]];
                    }
                    list.add(new Cluster.Member(names[i], counts[i], rule, via));
                }
                list.sort(Comparator.comparingLong(Cluster.Member::count).reversed().thenComparing(Cluster.Member::name));
                out.add(new Cluster("", standard, group, ApplicantType.ENTERPRISE, list));
            }
            ApplicantType[] types = new ApplicantType[out.size()];
            IntStream.range(0, out.size()).parallel()
                    .forEach(c -> types[c] = typeOf(out.get(c).standardName(), out.get(c).members()));
            for (int c = 0; c < out.size(); c++) {
                Cluster x = out.get(c);
                out.set(c, new Cluster(x.id(), x.standardName(), x.group(), types[c], x.members()));
            }
            out.sort(Comparator.comparingLong(Cluster::totalCount).reversed().thenComparing(Cluster::standardName)
                    .thenComparing(c -> c.members().get(0).name()));
            MessageDigest sha;
            try {
                sha = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            Set<String> ids = new HashSet<>();
            List<Cluster> result = new ArrayList<>(out.size());
            for (Cluster c : out) {
                String base = id(sha, c.standardName());
                String id = base;
                for (int k = 2; !ids.add(id); k++) {
                    id = base + "-" + k;
                }
                result.add(new Cluster(id, c.standardName(), c.group(), c.type(), c.members()));
            }
            return List.copyOf(result);
        }

        private ApplicantType typeOf(String standard, List<Cluster.Member> members) {
            ApplicantTypeClassifier.Classification c = classifier.classify(standard);
            if (!c.rule().contains("default")) {
                return c.type();
            }
            int tried = 0;
            for (Cluster.Member m : members) {
                if (tried++ >= 5) {
                    break;
                }
                ApplicantTypeClassifier.Classification mc = classifier.classify(m.name());
                if (!mc.rule().contains("default")) {
                    return mc.type();
                }
            }
            return c.type();
        }
    }

    private static String id(MessageDigest sha, String standard) {
        byte[] digest = sha.digest(standard.getBytes(StandardCharsets.UTF_8));
        return "C" + HexFormat.of().formatHex(digest, 0, 6);
    }
}
