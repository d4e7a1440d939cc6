package dev.navi.industry;

/**
 * A located problem with an industry input: which file, row and column, what is wrong and what to do. The run goes
 * on: {@code skipped} says what was left out because of it.
 *
 * @param file    the file as the project file names it
 * @param row     1-based row (as a spreadsheet shows it), or 0 for the whole file
 * @param column  the column header, or {@code null}
 * @param problem what is wrong
 * @param action  what to do about it
 * @param skipped what was left out: {@code file}, {@code row}, {@code value} (only the cell) or {@code none}
 */
public record IndustryProblem(String file, long row, String column, String problem, String action, String skipped) {
    /** One line: {@code firms.csv: row 5, column nodes: ... ; do ... (row skipped)}. */
    public String message() {
        StringBuilder b = new StringBuilder(file).append(": ");
        if (row > 0) {
            b.append("row ").append(row);
            b.append(column == null ? ": " : ", ");
        }
        if (column != null) {
            b.append("column ").append(column).append(": ");
        }
        b.append(problem);
        if (action != null && !action.isBlank()) {
            b.append("; ").append(action);
        }
        if (!"none".equals(skipped)) {
            b.append(" (").append(skipped).append(" left out)");
        }
        return b.toString();
    }
}
