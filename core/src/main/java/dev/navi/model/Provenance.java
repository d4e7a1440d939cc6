package dev.navi.model;

import java.util.Objects;

/**
 * Where a record came from: the input file, the sheet (for workbooks, else {@code null}), the 1-based row
 * number as a spreadsheet program shows it (for text files: the physical line the record starts on), and the
 * layout it was read with.
 */
public record Provenance(String file, String sheet, long row, String layout) {
    public Provenance {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(layout, "layout");
        if (row < 1) {
            throw new IllegalArgumentException("row must be >= 1, was " + row);
        }
    }

    /** {@code file[:sheet]:row}, the form error messages and the rejects list use. */
    public String location() {
        return sheet == null ? file + ":" + row : file + ":" + sheet + ":" + row;
    }
}
