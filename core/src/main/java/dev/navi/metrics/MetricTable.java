package dev.navi.metrics;

import java.util.List;

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
 */
public record MetricTable(String id, String titleZh, String titleEn, List<String> columns, List<List<Object>> rows,
                          List<String> definitions, String note) {
    public MetricTable {
        columns = List.copyOf(columns);
        rows = rows.stream().map(r -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(r))).toList();
        definitions = List.copyOf(definitions);
        for (List<Object> r : rows) {
            if (r.size() != columns.size()) {
                throw new IllegalArgumentException(id + ": a row has " + r.size() + " cells for " + columns.size() + " columns");
            }
        }
    }
}
