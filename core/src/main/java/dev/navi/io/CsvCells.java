package dev.navi.io;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * CSV cells safe to open in a spreadsheet (formula injection, OWASP's rule): a text cell that starts with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading {@code '}, so Excel, WPS and LibreOffice
 * show it as text instead of running it ({@code =HYPERLINK(...)}, {@code =cmd|' /C calc'!A0}). A cell that already
 * starts with {@code '} gets one more, so {@link #unescape} gives back exactly what was written; plain numbers
 * ({@code -2}, {@code -0.25}) are not formulas and stay as they are.
 *
 * <p>On by default for every CSV navi writes (tables/*.csv, records.csv, cleaned.csv, tagged.csv); off for machine
 * consumers with {@code navi analyze --raw-csv} or the environment variable {@code NAVI_CSV_ESCAPE=off}. navi's own
 * dataset layout un-escapes on reading, so records.csv → ingest → records.csv is exact. Process-wide setting.
 */
public final class CsvCells {
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");
    private static volatile boolean escaping = !"off".equalsIgnoreCase(System.getenv("NAVI_CSV_ESCAPE"));

    private CsvCells() {
    }

    /** Whether cells are escaped now. */
    public static boolean escaping() {
        return escaping;
    }

    /** Turns escaping on or off for this process (the CLI's {@code --raw-csv}). */
    public static void escaping(boolean on) {
        escaping = on;
    }

    /** The cell as written to a CSV file. */
    public static String escape(String v) {
        if (!escaping || v == null || v.isEmpty()) {
            return v;
        }
        char c = v.charAt(0);
        if (c == '\'') {
            return "'" + v;
        }
        if (!isTrigger(c)) {
            return v;
        }
        if ((c == '-' || c == '+') && NUMBER.matcher(c == '+' ? v.substring(1) : v).matches()) {
            return v; // a signed number, not a formula
        }
        return "'" + v;
    }

    /** Every text cell of a row escaped; numbers and nulls as they are. */
    public static List<Object> escapeRow(List<?> row) {
        List<Object> out = new ArrayList<>(row.size());
        for (Object o : row) {
            out.add(o instanceof String s ? escape(s) : o);
        }
        return out;
    }

    /** False when {@link #escape} leaves every text starting with {@code c} as it is (a fast path for writers). */
    public static boolean mayNeedEscape(char c) {
        return c == '\'' || isTrigger(c);
    }

    /** The cell as it was before {@link #escape} (one leading {@code '} removed). */
    public static String unescape(String v) {
        return v != null && v.length() > 1 && v.charAt(0) == '\'' && (v.charAt(1) == '\'' || isTrigger(v.charAt(1))) ? v.substring(1) : v;
    }

    private static boolean isTrigger(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
