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
 * @param note        sort order, tie rule, caveats (e.g. the incomplete last years)
 * @param kinds       the declared {@link ColumnKind} of columns whose meaning their name does not tell (node-id, year
 *                    and country columns); a column not declared is formatted from its name
 */
public record MetricTable(String id, String titleZh, String titleEn, List<String> columns, List<List<Object>> rows,
                          List<String> definitions, String note, Map<String, ColumnKind> kinds) {
    /** A table with no declared column kinds. */
    public MetricTable(String id, String titleZh, String titleEn, List<String> columns, List<List<Object>> rows,
                       List<String> definitions, String note) {
        this(id, titleZh, titleEn, columns, rows, definitions, note, Map.of());
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
        return new MetricTable(id, titleZh, titleEn, columns, rows, definitions, note, k);
    }

    /** The declared kind of a column, if the producer declared one. */
    public Optional<ColumnKind> kind(String column) {
        return Optional.ofNullable(kinds.get(column));
    }
}
