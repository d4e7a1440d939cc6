package dev.navi.clean.names;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The analyst-editable alias table: variant name → standard name → group, with a free note.
 *
 * <p>Lookups go by {@link NameNormaliser#key matching key}, so one row covers every spelling of a variant that
 * normalises to the same key ({@code SZ DJI TECHNOLOGY CO LTD} also covers {@code SZ DJI Technology Co., Ltd.}).
 * Every standard name is itself a variant of itself, with its row's group. A blank group means the standard
 * name is its own group.
 *
 * <p>File format (CSV or the first sheet of an XLSX; CSV in UTF-8 with or without BOM, or GBK): a header row
 * {@code variant,standard,group[,note]} or {@code 变体名称,标准名称,集团[,备注]}, then one row per variant; lines
 * starting with {@code #} are comments. Two rows whose variants share a key but name different standard names,
 * or one standard name given two different groups, are an error that names both rows: the table must say one
 * thing. Tables are layered with {@link #overriddenBy}: the later table wins, which is how an analyst's own
 * table or reviewed clusters override the shipped {@link #starter()} table.
 *
 * <p>Immutable; {@link #entries()} keeps the file order.
 */
public final class AliasTable {

    /**
     * One row. {@code variant} and {@code standard} are non-blank; {@code group} and {@code note} are never null
     * (empty when absent).
     */
    public record Entry(String variant, String standard, String group, String note) {
        public Entry {
            variant = Objects.requireNonNull(variant, "variant").strip();
            standard = Objects.requireNonNull(standard, "standard").strip();
            group = group == null ? "" : group.strip();
            note = note == null ? "" : note.strip();
            if (variant.isEmpty() || standard.isEmpty()) {
                throw new IllegalArgumentException("alias entry needs a variant and a standard name: " + variant + " → " + standard);
            }
        }

        /** The group, or the standard name when the row leaves the group blank. */
        public String groupOrStandard() {
            return group.isEmpty() ? standard : group;
        }
    }

    /** The header written by {@link #writeCsv}. */
    public static final List<String> HEADER = List.of("variant", "standard", "group", "note");
    private static final String STARTER = "starter-aliases.csv";
    /** Chinese universities and academies and large filers across scripts, with their sources in the file's header. */
    private static final String BILINGUAL = "bilingual-names.csv";
    private static final AliasTable EMPTY = new AliasTable(List.of(), Map.of(), Map.of());

    private final List<Entry> entries;
    private final Map<String, Entry> byKey;
    private final Map<String, String> groupByStandardKey;
    private final Map<String, String> groupByKey;
    private final Map<String, Entry> byAbbreviation;
    private final java.util.Set<String> curatedStandards;
    private final List<String[]> distinct;

    private AliasTable(List<Entry> entries, Map<String, Entry> byKey, Map<String, String> groupByStandardKey) {
        this(entries, byKey, groupByStandardKey, List.of());
    }

    private AliasTable(List<Entry> entries, Map<String, Entry> byKey, Map<String, String> groupByStandardKey,
                       List<String[]> distinct) {
        this.entries = entries;
        this.byKey = byKey;
        this.groupByStandardKey = groupByStandardKey;
        this.distinct = List.copyOf(distinct);
        // the abbreviation key finds a row from the other word order and abbreviation ("UNIV ZHEJIANG" for
        // "Zhejiang University"); a key two standards share is ambiguous and left out
        Map<String, Entry> abbrev = new HashMap<>();
        java.util.Set<String> ambiguous = new java.util.HashSet<>();
        java.util.Set<String> curated = new java.util.HashSet<>();
        for (Map.Entry<String, Entry> e : byKey.entrySet()) {
            String stdKey = NameNormaliser.standard().key(e.getValue().standard());
            if (!e.getKey().equals(stdKey)) {
                curated.add(stdKey);
            }
            String a = BlockingKeys.abbreviated(e.getKey());
            if (a == null || ambiguous.contains(a)) {
                continue;
            }
            Entry before = abbrev.putIfAbsent(a, e.getValue());
            if (before != null && !NameNormaliser.standard().key(before.standard()).equals(stdKey)) {
                abbrev.remove(a);
                ambiguous.add(a);
            }
        }
        this.byAbbreviation = Collections.unmodifiableMap(abbrev);
        this.curatedStandards = java.util.Set.copyOf(curated);
        Map<String, String> groups = new HashMap<>();
        for (Entry e : entries) {
            if (!e.group().isEmpty()) {
                groups.putIfAbsent(NameNormaliser.standard().key(e.group()), e.group());
            }
        }
        this.groupByKey = Collections.unmodifiableMap(groups);
    }

    /** A table with no rows. */
    public static AliasTable empty() {
        return EMPTY;
    }

    /** A table from rows; conflicting rows are an {@link IllegalArgumentException} naming both. */
    public static AliasTable of(List<Entry> entries) {
        List<String> where = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            where.add("row " + (i + 1));
        }
        return build("alias table", entries, where, false);
    }

    /**
     * Reads a CSV/TSV (UTF-8, UTF-8 with BOM, GBK, UTF-16) or XLSX alias table, or an edited {@code applicant-clusters}
     * review table (recognised by its {@code member name} column, no {@code variant} column); the format is told by the
     * bytes.
     */
    public static AliasTable read(Path file) throws IOException {
        TableIo.Table t = TableIo.read(file.toString(), Files.readAllBytes(file));
        if (TableIo.column(t.header(), "decision", "决定") >= 0 && TableIo.column(t.header(), "name a", "名称a") >= 0) {
            return fromSuggestions(t);
        }
        // an edited review table from an earlier run (CSV or saved as XLSX) is read as alias rows
        if (TableIo.column(t.header(), "variant", "变体名称") < 0
                && TableIo.column(t.header(), "member name", "成员名称") >= 0) {
            return fromReviewedClusters(file);
        }
        return parse(t);
    }

    /** Reads an alias table from a stream; {@code source} names it in error messages. */
    public static AliasTable read(InputStream in, String source) throws IOException {
        return parse(TableIo.read(source, in.readAllBytes()));
    }

    /**
     * The shipped starter table ({@code starter-aliases.csv}): well-known Chinese and foreign groups with their
     * main subsidiaries, English and Chinese spellings. Only subsidiaries the groups themselves report; where a
     * company's ownership changed, the note says when and the row follows the current owner. Together with the
     * bilingual name table ({@code bilingual-names.csv}: Chinese universities and academies and large filers in CN,
     * US, JP, KR and EU with their export spellings across scripts; its header names the sources). The two files are
     * one table: a variant or group stated differently in them is an error.
     */
    public static AliasTable starter() {
        return StarterHolder.TABLE;
    }

    /** Loaded once, on first use (not when the class is first touched). */
    private static final class StarterHolder {
        static final AliasTable TABLE = loadStarter();
    }

    private static AliasTable loadStarter() {
        List<Entry> entries = new ArrayList<>();
        List<String> where = new ArrayList<>();
        for (String resource : List.of(STARTER, BILINGUAL)) {
            try (InputStream in = AliasTable.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + resource);
                }
                TableIo.Table t = TableIo.read(resource, in.readAllBytes());
                AliasTable one = parse(t);
                entries.addAll(one.entries);
                for (int i = 0; i < one.entries.size(); i++) {
                    where.add(resource + " row " + (i + 1));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        // one table: a variant or a group that the two files state differently is an error, as within one file
        return build("starter tables", entries, where, false);
    }

    /**
     * Alias rows from a reviewed cluster table (as written by {@link ClusterTableWriter}, possibly edited by an
     * analyst): each member name becomes a variant of its row's standard name and group. Rows with a blank
     * standard name are kept as their own standard. Apply with {@code starter().overriddenBy(reviewed)}.
     */
    public static AliasTable fromReviewedClusters(Path csv) throws IOException {
        List<Entry> entries = new ArrayList<>();
        List<String> where = new ArrayList<>();
        for (ClusterTableReader.Row row : ClusterTableReader.read(csv)) {
            String standard = row.standardName().isBlank() ? row.memberName() : row.standardName();
            entries.add(new Entry(row.memberName(), standard, row.group(), "reviewed cluster " + row.clusterId()));
            where.add(csv + " line " + row.line());
        }
        return build(csv.toString(), entries, where, false);
    }

    /**
     * Alias rows and cannot-links from an edited merge-suggestion sheet (as written by {@link SuggestionSheetWriter}):
     * a row whose decision is {@code same} (also {@code yes}, {@code 是}, {@code 同一}) makes both names variants of
     * standard a (or name a when standard a is blank); {@code different} ({@code no}, {@code 否}, {@code 不同}) keeps
     * the two names apart under every rule; a blank decision is not decided and ignored. Any other text is an error
     * naming the row.
     */
    static AliasTable fromSuggestions(TableIo.Table t) {
        int decision = TableIo.column(t.header(), "decision", "决定");
        int a = TableIo.column(t.header(), "name a", "名称a");
        int b = TableIo.column(t.header(), "name b", "名称b");
        int std = TableIo.column(t.header(), "standard a", "标准名称a");
        if (b < 0) {
            throw new IllegalArgumentException(t.source() + ": a merge-suggestion sheet needs the columns decision, name a, name b;"
                    + " found " + t.header());
        }
        List<Entry> entries = new ArrayList<>();
        List<String> where = new ArrayList<>();
        List<String[]> distinct = new ArrayList<>();
        NameNormaliser n = NameNormaliser.standard();
        for (int i = 0; i < t.rows().size(); i++) {
            List<String> r = t.rows().get(i);
            String d = cell(r, decision).strip().toLowerCase(java.util.Locale.ROOT);
            String at = t.source() + " line " + t.lineNumbers().get(i);
            String na = cell(r, a);
            String nb = cell(r, b);
            if (d.isEmpty()) {
                continue;
            }
            if (na.isBlank() || nb.isBlank()) {
                throw new IllegalArgumentException(at + ": name a and name b must both be given");
            }
            switch (d) {
                case "same", "yes", "y", "是", "同一", "相同" -> {
                    String standard = cell(r, std).isBlank() ? na : cell(r, std);
                    entries.add(new Entry(na, standard, "", "reviewed suggestion"));
                    where.add(at);
                    entries.add(new Entry(nb, standard, "", "reviewed suggestion"));
                    where.add(at);
                }
                case "different", "no", "n", "否", "不同" -> distinct.add(new String[] {n.key(na), n.key(nb)});
                default -> throw new IllegalArgumentException(at + ", column " + t.header().get(decision) + ": decision '"
                        + cell(r, decision) + "' is neither same nor different (write same/是 or different/否, or leave it blank)");
            }
        }
        AliasTable built = build(t.source(), entries, where, true);
        return new AliasTable(built.entries, built.byKey, built.groupByStandardKey, distinct);
    }

    /** This table with {@code later}'s rows on top: for a key (and a standard's group) in both, {@code later} wins. */
    public AliasTable overriddenBy(AliasTable later) {
        List<Entry> merged = new ArrayList<>(entries);
        merged.addAll(later.entries);
        List<String> where = new ArrayList<>();
        for (int i = 0; i < merged.size(); i++) {
            where.add("row " + (i + 1));
        }
        AliasTable built = build("merged alias table", merged, where, true);
        List<String[]> distinct = new ArrayList<>(this.distinct);
        distinct.addAll(later.distinct);
        return new AliasTable(built.entries, built.byKey, built.groupByStandardKey, distinct);
    }

    /** The entry for a variant, found by its matching key; empty when the table does not know the name. */
    public Optional<Entry> lookup(String variant) {
        return lookupByKey(NameNormaliser.standard().key(variant));
    }

    /**
     * The entry for an already computed matching key: the row with that key, else the row with the same
     * {@link BlockingKeys#abbreviated abbreviation key} when exactly one standard name has it.
     */
    Optional<Entry> lookupByKey(String key) {
        if (key.isEmpty()) {
            return Optional.empty();
        }
        Entry e = byKey.get(key);
        if (e == null) {
            String a = BlockingKeys.abbreviated(key);
            e = a == null ? null : byAbbreviation.get(a);
        }
        if (e == null) {
            return Optional.empty();
        }
        String group = groupByStandardKey.getOrDefault(NameNormaliser.standard().key(e.standard()), e.group());
        return Optional.of(group.equals(e.group()) ? e : new Entry(e.variant(), e.standard(), group, e.note()));
    }

    /**
     * The group name of the table that {@code name} spells (by matching key, so {@code 宁德时代} and {@code 宁德时代集团}
     * both find {@code 宁德时代}); empty when no row names that group.
     */
    public Optional<String> group(String name) {
        String key = NameNormaliser.standard().key(name);
        return key.isEmpty() ? Optional.empty() : Optional.ofNullable(groupByKey.get(key));
    }

    /**
     * Whether the table maps at least one other spelling to this standard name. Two clusters that two such
     * standards hold are never joined by a fuzzy rule; a standard that is only its own row (a singleton cluster
     * from a reviewed table, a starter row naming a firm once) does not block later merges of that name.
     */
    boolean curated(Entry e) {
        return curatedStandards.contains(NameNormaliser.standard().key(e.standard()));
    }

    /**
     * Pairs of names the analyst said are different applicants ("different" in a reviewed merge-suggestion sheet),
     * as matching keys; never joined by any rule.
     */
    List<String[]> distinctKeys() {
        return distinct;
    }

    /** The rows, in file order (layered tables: earlier table first). */
    public List<Entry> entries() {
        return entries;
    }

    /** Number of rows. */
    public int size() {
        return entries.size();
    }

    /** Writes the rows as CSV (UTF-8 with BOM, header {@link #HEADER}). */
    public void writeCsv(OutputStream out) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (Entry e : entries) {
            rows.add(List.of(e.variant(), e.standard(), e.group(), e.note()));
        }
        TableIo.writeCsv(out, HEADER, rows);
    }

    /** Writes the rows as CSV to a file. */
    public void writeCsv(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            writeCsv(out);
        }
    }

    // ---------------------------------------------------------------------------------------------- internals

    private static AliasTable parse(TableIo.Table t) {
        int variant = TableIo.column(t.header(), "variant", "variant name", "alias", "变体名称", "变体", "原始名称", "名称变体");
        int standard = TableIo.column(t.header(), "standard", "standard name", "标准名称", "标准名", "标准化名称");
        int group = TableIo.column(t.header(), "group", "group name", "集团", "所属集团", "集团名称");
        int note = TableIo.column(t.header(), "note", "notes", "comment", "备注", "说明");
        if (variant < 0 || standard < 0) {
            throw new IllegalArgumentException(t.source() + ": header must have columns variant,standard[,group,note]"
                    + " or 变体名称,标准名称[,集团,备注]; found " + t.header());
        }
        List<Entry> entries = new ArrayList<>();
        List<String> where = new ArrayList<>();
        for (int i = 0; i < t.rows().size(); i++) {
            List<String> r = t.rows().get(i);
            String v = cell(r, variant);
            String s = cell(r, standard);
            String at = t.source() + " line " + t.lineNumbers().get(i);
            if (v.isEmpty() && s.isEmpty()) {
                continue;
            }
            if (v.isEmpty()) {
                throw new IllegalArgumentException(at + ", column " + t.header().get(variant) + ": variant is empty");
            }
            if (s.isEmpty()) {
                throw new IllegalArgumentException(at + ", column " + t.header().get(standard) + ": standard name is empty");
            }
            entries.add(new Entry(v, s, cell(r, group), cell(r, note)));
            where.add(at);
        }
        return build(t.source(), entries, where, false);
    }

    private static String cell(List<String> row, int col) {
        return col < 0 || col >= row.size() ? "" : row.get(col);
    }

    /** Indexes the rows; {@code where} names each row's origin for error messages. */
    private static AliasTable build(String source, List<Entry> entries, List<String> where, boolean laterWins) {
        NameNormaliser n = NameNormaliser.standard();
        Map<String, Entry> byKey = new HashMap<>();
        Map<String, String> keyWhere = new HashMap<>();
        Map<String, String> groupByStandard = new HashMap<>();
        Map<String, String> groupWhere = new HashMap<>();
        Map<String, Entry> implicit = new LinkedHashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            String key = n.key(e.variant());
            String stdKey = n.key(e.standard());
            if (key.isEmpty() || stdKey.isEmpty()) {
                throw new IllegalArgumentException(where.get(i) + ": '" + e.variant() + "' has no letters or digits");
            }
            Entry previous = byKey.get(key);
            if (previous != null && !laterWins && !n.key(previous.standard()).equals(stdKey)) {
                throw new IllegalArgumentException(where.get(i) + ": '" + e.variant() + "' maps to '" + e.standard()
                        + "' but " + keyWhere.get(key) + " maps the same name ('" + previous.variant() + "') to '"
                        + previous.standard() + "'");
            }
            if (previous == null || laterWins) {
                byKey.put(key, e);
                keyWhere.put(key, where.get(i));
            }
            String previousGroup = groupByStandard.get(stdKey);
            if (previousGroup != null && !laterWins && !previousGroup.equals(e.group())) {
                throw new IllegalArgumentException(where.get(i) + ": standard name '" + e.standard() + "' is put in group '"
                        + e.group() + "' but " + groupWhere.get(stdKey) + " puts it in '" + previousGroup + "'");
            }
            // a later row that leaves the group blank does not take away the group an earlier row gave
            if (previousGroup == null || (laterWins && !e.group().isEmpty())) {
                groupByStandard.put(stdKey, e.group());
                groupWhere.put(stdKey, where.get(i));
            }
            implicit.putIfAbsent(stdKey, new Entry(e.standard(), e.standard(), e.group(), "standard name"));
        }
        for (Map.Entry<String, Entry> imp : implicit.entrySet()) {
            byKey.putIfAbsent(imp.getKey(), imp.getValue());
        }
        return new AliasTable(List.copyOf(entries), Collections.unmodifiableMap(byKey),
                Collections.unmodifiableMap(groupByStandard));
    }
}
