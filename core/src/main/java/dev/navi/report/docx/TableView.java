package dev.navi.report.docx;

import java.util.List;

/**
 * A table as the report prints it: headers, cell texts, which columns are numeric (right-aligned, never wrapped),
 * and how much of the source table it shows.
 *
 * @param title       caption text (without the number)
 * @param headers     column headers
 * @param cells       rows of cell texts, each as long as {@code headers}; no cell is empty
 * @param numeric     per column: right-aligned number
 * @param sourceId    the metric table's id (its atlas.xlsx sheet and tables/&lt;id&gt;.csv), or null for a table
 *                    the report makes itself
 * @param totalRows   rows in the source table
 * @param totalColumns columns in the source table
 */
record TableView(String title, List<String> headers, List<List<String>> cells, List<Boolean> numeric, String sourceId,
                 int totalRows, int totalColumns) {
    TableView {
        headers = List.copyOf(headers);
        cells = cells.stream().map(List::copyOf).toList();
        numeric = List.copyOf(numeric);
        for (List<String> r : cells) {
            if (r.size() != headers.size()) {
                throw new IllegalArgumentException(title + ": a row has " + r.size() + " cells for " + headers.size());
            }
        }
    }

    /** A table the report makes itself (shown whole). */
    static TableView own(String title, List<String> headers, List<List<String>> cells, List<Boolean> numeric) {
        return new TableView(title, headers, cells, numeric, null, cells.size(), headers.size());
    }

    /** True when rows or columns of the source table are left out. */
    boolean shortened() {
        return sourceId != null && (cells.size() < totalRows || headers.size() < totalColumns);
    }
}
