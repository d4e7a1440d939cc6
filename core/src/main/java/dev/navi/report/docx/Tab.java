package dev.navi.report.docx;

import dev.navi.metrics.MetricTable;

import java.util.List;

/**
 * Read access to a {@link MetricTable} by column name, tolerant of missing columns and of null, NaN or non-numeric
 * cells (they read as {@code null}), so the narrative can test for a value before stating it.
 */
final class Tab {
    final MetricTable table;

    Tab(MetricTable table) {
        this.table = table;
    }

    List<List<Object>> rows() {
        return table.rows();
    }

    boolean has(String column) {
        return table.columns().contains(column);
    }

    int col(String column) {
        return table.columns().indexOf(column);
    }

    /** The cell as text, or null when the column is missing or the cell empty. */
    String str(List<Object> row, String column) {
        int c = col(column);
        if (c < 0 || row.get(c) == null) {
            return null;
        }
        String s = String.valueOf(row.get(c));
        return s.isBlank() ? null : s;
    }

    /** The cell as a finite number, or null. Numeric text is parsed. */
    Double num(List<Object> row, String column) {
        int c = col(column);
        if (c < 0) {
            return null;
        }
        Object v = row.get(c);
        double d;
        if (v instanceof Number n) {
            d = n.doubleValue();
        } else if (v instanceof String s && !s.isBlank()) {
            try {
                d = Double.parseDouble(s.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        } else {
            return null;
        }
        return Double.isFinite(d) ? d : null;
    }

    /** The cell as a long (rounded), or 0 when missing. */
    long count(List<Object> row, String column) {
        Double d = num(row, column);
        return d == null ? 0 : Math.round(d);
    }

    /** The first row whose {@code column} equals {@code value}, or null. */
    List<Object> find(String column, String value) {
        for (List<Object> r : rows()) {
            if (value.equals(str(r, column))) {
                return r;
            }
        }
        return null;
    }
}
