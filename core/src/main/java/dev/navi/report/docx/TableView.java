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
 * @param series      per column: one of a series named by data (node, year or country columns the producer
 *                    declared), which may be left out, from the right, when the table is too wide for the page
 */
record TableView(String title, List<String> headers, List<List<String>> cells, List<Boolean> numeric, String sourceId,
                 int totalRows, int totalColumns, List<Boolean> series) {
    TableView {
        headers = List.copyOf(headers);
        cells = cells.stream().map(List::copyOf).toList();
        numeric = List.copyOf(numeric);
        series = series == null ? headers.stream().map(h -> false).toList() : List.copyOf(series);
        if (series.size() != headers.size() || numeric.size() != headers.size()) {
            throw new IllegalArgumentException(title + ": column flags do not match the headers");
        }
        for (List<String> r : cells) {
            if (r.size() != headers.size()) {
                throw new IllegalArgumentException(title + ": a row has " + r.size() + " cells for " + headers.size());
            }
        }
    }

    /** A view without series columns. */
    TableView(String title, List<String> headers, List<List<String>> cells, List<Boolean> numeric, String sourceId,
              int totalRows, int totalColumns) {
        this(title, headers, cells, numeric, sourceId, totalRows, totalColumns, null);
    }

    /** A table the report makes itself (shown whole). */
    static TableView own(String title, List<String> headers, List<List<String>> cells, List<Boolean> numeric) {
        return new TableView(title, headers, cells, numeric, null, cells.size(), headers.size(), null);
    }

    /** This view without column {@code c}. */
    TableView without(int c) {
        List<String> h = new java.util.ArrayList<>(headers);
        h.remove(c);
        List<Boolean> n = new java.util.ArrayList<>(numeric);
        n.remove(c);
        List<Boolean> s = new java.util.ArrayList<>(series);
        s.remove(c);
        List<List<String>> rows = cells.stream().map(r -> {
            List<String> x = new java.util.ArrayList<>(r);
            x.remove(c);
            return (List<String>) x;
        }).toList();
        return new TableView(title, h, rows, n, sourceId, totalRows, totalColumns, s);
    }

    /** True when rows or columns of the source table are left out. */
    boolean shortened() {
        return sourceId != null && (cells.size() < totalRows || headers.size() < totalColumns);
    }
}
