package dev.navi.industry;

/**
 * A located problem with an industry input: which file, row and column, what is wrong and what to do, in English and
 * Chinese (the atlas prints the one of its language; the command line prints English). The run goes on:
 * {@code skipped} says what was left out because of it.
 *
 * @param file      the file as the project file names it
 * @param row       1-based row (as a spreadsheet shows it), or 0 for the whole file
 * @param column    the column header, or {@code null}
 * @param problem   what is wrong (English)
 * @param action    what to do about it (English)
 * @param skipped   what was left out: {@code file}, {@code row}, {@code value} (only the cell) or {@code none}
 * @param problemZh what is wrong in Chinese, or {@code null} (then the English text serves)
 * @param actionZh  what to do in Chinese, or {@code null}
 */
public record IndustryProblem(String file, long row, String column, String problem, String action, String skipped,
                              String problemZh, String actionZh) {
    /** A problem with English texts only. */
    public IndustryProblem(String file, long row, String column, String problem, String action, String skipped) {
        this(file, row, column, problem, action, skipped, null, null);
    }

    /** What is wrong in the language asked for (English when the Chinese text is missing). */
    public String problem(boolean en) {
        return en || problemZh == null ? problem : problemZh;
    }

    /** What to do in the language asked for (English when the Chinese text is missing). */
    public String action(boolean en) {
        return en || actionZh == null ? action : actionZh;
    }

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
