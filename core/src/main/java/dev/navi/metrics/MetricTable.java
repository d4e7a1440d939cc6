package dev.navi.metrics;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One result table: a figure's or list's data. Cells are String, Long, Double or null; rows are in a deterministic
 * order (each producer states its sort and tie rule in {@code note}).
 *
 * @param id          stable id, also the CSV file name ({@code tables/<id>.csv})
 * @param titleZh     Chinese title
 * @param titleEn     English title
 * @param columns     column names
 * @param rows        rows
 * @param definitions ids of the {@link Definition}s the table uses
 * @param noteZh      the note in Chinese (the same statements as {@code note}), or null when the producer gives none
 * @param note        sort order, tie rule, caveats (e.g. the incomplete last years), in English
 * @param kinds       the declared {@link ColumnKind} of columns whose meaning their name does not tell (node-id, year
 *                    and country columns); a column not declared is formatted from its name
 */
public record MetricTable(String id, String titleZh, String titleEn, List<String> columns, List<List<Object>> rows,
                          List<String> definitions, String noteZh, String note, Map<String, ColumnKind> kinds) {
    /** A table with no declared column kinds and its note in both languages (Chinese first, as the titles). */
    public MetricTable(String id, String titleZh, String titleEn, List<String> columns, List<List<Object>> rows,
                       List<String> definitions, String noteZh, String note) {
        this(id, titleZh, titleEn, columns, rows, definitions, noteZh, note, Map.of());
    }

    /** A table with an English note only (a Chinese atlas then prints no note for it). */
    public MetricTable(String id, String titleZh, String titleEn, List<String> columns, List<List<Object>> rows,
                       List<String> definitions, String note, Map<String, ColumnKind> kinds) {
        this(id, titleZh, titleEn, columns, rows, definitions, null, note, kinds);
    }

    /** A table with no declared column kinds and an English note only. */
    public MetricTable(String id, String titleZh, String titleEn, List<String> columns, List<List<Object>> rows,
                       List<String> definitions, String note) {
        this(id, titleZh, titleEn, columns, rows, definitions, null, note, Map.of());
    }

    public MetricTable {
        kinds = Map.copyOf(kinds);
        for (String c : kinds.keySet()) {
            if (!columns.contains(c)) {
                throw new IllegalArgumentException(id + ": kind declared for unknown column " + c);
            }
        }
        columns = List.copyOf(columns);
        rows = rows.stream().map(r -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(r))).toList();
        definitions = List.copyOf(definitions);
        for (List<Object> r : rows) {
            if (r.size() != columns.size()) {
                throw new IllegalArgumentException(id + ": a row has " + r.size() + " cells for " + columns.size() + " columns");
            }
        }
    }

    /** This table with {@code kind} declared for {@code cols} (added to the declarations it has). */
    public MetricTable declare(ColumnKind kind, Collection<String> cols) {
        Map<String, ColumnKind> k = new LinkedHashMap<>(kinds);
        cols.forEach(c -> k.put(c, kind));
        return new MetricTable(id, titleZh, titleEn, columns, rows, definitions, noteZh, note, k);
    }

    /**
     * The note in the atlas's language: the English note for {@code en}, else the Chinese one; null when the producer
     * wrote none in that language (a Chinese atlas never falls back to the English prose).
     */
    public String note(boolean en) {
        String n = en ? note : noteZh;
        return n == null || n.isBlank() ? null : n.strip();
    }

    /**
     * This table with {@code zh} and {@code en} appended to its notes (a caveat added after the producer, e.g. cut
     * text cells); a language with no note so far gets the sentence alone.
     */
    public MetricTable withNote(String zh, String en) {
        return new MetricTable(id, titleZh, titleEn, columns, rows, definitions, join(noteZh, zh, ""), join(note, en, " "),
                kinds);
    }

    private static String join(String a, String b, String sep) {
        return a == null || a.isBlank() ? b : a.strip() + sep + b;
    }

    /** The declared kind of a column, if the producer declared one. */
    public Optional<ColumnKind> kind(String column) {
        return Optional.ofNullable(kinds.get(column));
    }
}
