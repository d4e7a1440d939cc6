package dev.navi.ingest.parse;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Parses the date spellings real exports use: ISO {@code 2019-03-05}, {@code 2019.03.05}, {@code 2019/3/5},
 * {@code 20190305}, {@code 05.03.2019}, {@code 05/03/19}, ISO timestamps {@code 2004-06-24T23:59:59.000Z}
 * (the date part is taken as written, never shifted by a time zone), Chinese {@code 2019年3月5日}, and Excel
 * serial day numbers ({@code 43529}).
 *
 * <p>Two-digit years are resolved against a reference year, never against today's date, so the same file always
 * gives the same dates: {@code yy} becomes the latest year ending in {@code yy} that is not after the reference
 * year. The default reference is {@link #DEFAULT_REFERENCE_YEAR} (00–39 are 2000–2039, 40–99 are 1940–1999).
 * Callers that know a later date of the same record (Lens's publication year) pass it as the reference, which
 * reads {@code 21/09/76} in a record published in 1976 as 1976 and never as 2076.
 */
public final class Dates {
    /** Default reference year for two-digit years. */
    public static final int DEFAULT_REFERENCE_YEAR = 2039;

    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private Dates() {
    }

    /** Parses with {@link #DEFAULT_REFERENCE_YEAR}; returns {@code null} for blank input. */
    public static LocalDate parse(String raw, DateOrder order) {
        return parse(raw, order, DEFAULT_REFERENCE_YEAR);
    }

    /**
     * Parses one date.
     *
     * @param raw   the cell text; blank gives {@code null}
     * @param order how to read dates whose order the text does not settle
     * @param referenceYear two-digit years resolve to the latest matching year not after this one
     * @return the date, or {@code null} when blank
     * @throws IllegalArgumentException when the text is not a date
     */
    public static LocalDate parse(String raw, DateOrder order, int referenceYear) {
        if (raw == null) {
            return null;
        }
        LocalDate iso = iso(raw);
        return iso != null ? iso : parseAny(raw, order, referenceYear);
    }

    /** The years {@link #SEEN} holds dates of. */
    private static final int SEEN_FROM = 1800;
    private static final int SEEN_TO = 2200;
    /**
     * The valid ISO dates read so far, by {@code (year - SEEN_FROM) * 372 + (month - 1) * 31 + day - 1}: a million
     * records hold a few thousand distinct dates, each read many times. Filled racily, which is safe: a
     * {@code LocalDate} is immutable with final fields, and two threads that fill one slot store equal dates.
     */
    private static final LocalDate[] SEEN = new LocalDate[(SEEN_TO - SEEN_FROM) * 372];

    /**
     * {@code yyyy-MM-dd} exactly and valid, the spelling most exports use, or {@code null} for {@link #parseAny} to
     * read (or reject) whatever else it is. A small method of its own with no exception path: the JIT compiles it once
     * and small, where the general parser's compiled code was ~50 kB, compiled up to three times a run.
     */
    private static LocalDate iso(String s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 7);
        int day = digits(s, 8, 10);
        if (year < SEEN_FROM || year >= SEEN_TO || month < 1 || month > 12 || day < 1 || day > 28 && day > monthLength(year, month)) {
            return null;
        }
        int slot = (year - SEEN_FROM) * 372 + (month - 1) * 31 + day - 1;
        LocalDate d = SEEN[slot];
        if (d == null) {
            d = LocalDate.of(year, month, day);
            SEEN[slot] = d;
        }
        return d;
    }

    /** The number written by {@code s[from, to)} in ASCII digits, or -1 when another character is among them. */
    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static int monthLength(int year, int month) {
        if (month == 2) {
            return java.time.Year.isLeap(year) ? 29 : 28;
        }
        return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
    }

    /** {@link #parse(String, DateOrder, int)} for every spelling (the ISO fast path aside). */
    private static LocalDate parseAny(String raw, DateOrder order, int referenceYear) {
        String s = raw.strip();
        if (s.isEmpty()) {
            return null;
        }
        int t = s.indexOf('T');
        if (t == 10 && s.length() > 10) {
            s = s.substring(0, 10); // ISO timestamp: keep the calendar date as written
        } else if (s.length() > 10 && s.charAt(10) == ' ' && s.indexOf(':') > 10) {
            s = s.substring(0, 10); // "2019-03-05 00:00:00"
        }
        if (s.endsWith("日") && s.contains("年")) {
            s = s.replace('年', '-').replace('月', '-').replace("日", "");
        }
        try {
            int[] parts = new int[3];
            int[] widths = new int[3];
            int n = 0;
            int value = 0;
            int width = 0;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c >= '0' && c <= '9') {
                    value = value * 10 + (c - '0');
                    width++;
                    if (width > 8) {
                        throw bad(raw);
                    }
                } else if (c == '-' || c == '.' || c == '/' || c == ' ') {
                    if (width == 0 || n == 2) {
                        throw bad(raw);
                    }
                    parts[n] = value;
                    widths[n] = width;
                    n++;
                    value = 0;
                    width = 0;
                } else {
                    throw bad(raw);
                }
            }
            if (width == 0) {
                throw bad(raw);
            }
            parts[n] = value;
            widths[n] = width;
            n++;
            if (n == 1) {
                if (widths[0] == 8) {
                    return LocalDate.of(parts[0] / 10000, parts[0] / 100 % 100, parts[0] % 100);
                }
                if (widths[0] <= 5 && parts[0] > 0 && parts[0] < 2958466) {
                    return EXCEL_EPOCH.plusDays(parts[0]); // Excel serial day number (1900 date system)
                }
                throw bad(raw);
            }
            if (n != 3) {
                throw bad(raw);
            }
            if (widths[0] == 4) {
                return LocalDate.of(parts[0], parts[1], parts[2]);
            }
            int year = widths[2] == 4 ? parts[2] : widths[2] <= 2 ? century(parts[2], referenceYear) : -1;
            if (year < 0) {
                throw bad(raw);
            }
            if (order == DateOrder.MDY) {
                return LocalDate.of(year, parts[0], parts[1]);
            }
            if (order == DateOrder.YMD && parts[1] > 12) {
                return LocalDate.of(year, parts[0], parts[1]); // 3/25/2019 can only be month-first
            }
            return LocalDate.of(year, parts[1], parts[0]);
        } catch (DateTimeException e) {
            throw bad(raw);
        }
    }

    /** Like {@link #parse(String, DateOrder)} but returns {@code null} instead of throwing. */
    public static LocalDate tryParse(String raw, DateOrder order) {
        try {
            return parse(raw, order);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static int century(int yy, int referenceYear) {
        int year = referenceYear - Math.floorMod(referenceYear, 100) + yy;
        return year > referenceYear ? year - 100 : year;
    }

    private static IllegalArgumentException bad(String raw) {
        return new IllegalArgumentException("not a date: '" + raw + "'");
    }
}
