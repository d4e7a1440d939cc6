package dev.navi.ingest.table;

import java.util.List;

/**
 * One row of cell text as the file holds it.
 *
 * @param number  1-based line (text files: the physical line the row starts on) or sheet row number
 * @param cells   the cell texts, never null; cells may be empty strings
 * @param raw     the row's original text (for text files) or its cells joined by tabs (workbooks), for the
 *                rejects list
 * @param problem why the row is structurally broken (unterminated quote ...), or {@code null} when it is sound
 */
public record RawRow(long number, List<String> cells, String raw, String problem) {
    public RawRow {
        cells = List.copyOf(cells);
    }

    /** True when every cell is blank. */
    public boolean isBlank() {
        for (String c : cells) {
            if (!c.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** The cell at {@code index}, or the empty string past the end of the row. */
    public String cell(int index) {
        return index < cells.size() ? cells.get(index) : "";
    }
}
