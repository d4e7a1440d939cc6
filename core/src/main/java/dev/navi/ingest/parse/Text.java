package dev.navi.ingest.parse;

/** Small text helpers shared by the readers. */
public final class Text {
    private Text() {
    }

    /**
     * Trims (including no-break, en and ideographic spaces), turns inner line breaks and tabs into spaces,
     * collapses runs of spaces, drops a trailing full-width or half-width comma (Google's Japanese names
     * end in {@code ，}), and returns {@code null} for a blank result.
     */
    public static String clean(String s) {
        if (s == null) {
            return null;
        }
        int len = s.length();
        StringBuilder b = null;
        boolean space = false;
        int start = 0;
        while (start < len && isSpace(s.charAt(start))) {
            start++;
        }
        int end = len;
        while (end > start && (isSpace(s.charAt(end - 1)) || s.charAt(end - 1) == '，' || s.charAt(end - 1) == ',')) {
            end--;
        }
        if (start == end) {
            return null;
        }
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                if (b == null) {
                    if (c == ' ' && !(i + 1 < end && isSpace(s.charAt(i + 1)))) {
                        continue; // a single plain space: nothing to rewrite yet
                    }
                    b = new StringBuilder(end - start).append(s, start, i);
                }
                if (!space) {
                    b.append(' ');
                }
                space = true;
            } else {
                if (b != null) {
                    b.append(c);
                }
                space = false;
            }
        }
        return b == null ? s.substring(start, end) : b.toString();
    }

    private static final java.util.regex.Pattern HYPERLINK = java.util.regex.Pattern.compile(
            "(?is)^=\\s*hyperlink\\s*\\(\\s*\"[^\"]*\"\\s*[,;]\\s*\"([^\"]*)\"\\s*\\)\\s*$");

    /**
     * The label of a spreadsheet hyperlink formula written out as text, {@code =HYPERLINK("https://…","CN217161623U")}
     * → {@code CN217161623U} (Patentics exports its numbers so; a workbook's cached value is already the label, a
     * CSV carries the formula). Any other text is returned as it is.
     */
    public static String hyperlinkLabel(String s) {
        if (s == null || s.indexOf('=') < 0 || !s.strip().startsWith("=")) {
            return s;
        }
        java.util.regex.Matcher m = HYPERLINK.matcher(s.strip());
        return m.matches() ? m.group(1) : s;
    }

    /** Cleans a scalar cell: like {@link #clean} but keeps trailing commas. */
    public static String cell(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        if (t.isEmpty()) {
            return null;
        }
        boolean plain = true;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t' || c == '\u00A0' || c == '\u2002' || c == '\u3000') {
                plain = false;
                break;
            }
        }
        if (plain) {
            return t;
        }
        StringBuilder b = new StringBuilder(t.length());
        boolean space = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (isSpace(c)) {
                if (!space) {
                    b.append(' ');
                }
                space = true;
            } else {
                b.append(c);
                space = false;
            }
        }
        String r = b.toString().strip();
        return r.isEmpty() ? null : r;
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u00A0' || c == '\u2002' || c == '\u2003'
                || c == '\u2009' || c == '\u3000' || c == '\uFEFF';
    }

    /**
     * Parses a count: {@code 12}, {@code 12.0}, {@code 1,234}; blank gives {@code null}.
     *
     * @throws IllegalArgumentException when not a whole non-negative number
     */
    public static Integer parseCount(String raw) {
        if (raw != null && !raw.isEmpty() && raw.length() <= 9) {
            // plain digits, as most counts are: read here, without the copies and the exception path below
            int v = 0;
            int i = 0;
            for (; i < raw.length(); i++) {
                char c = raw.charAt(i);
                if (c < '0' || c > '9') {
                    break;
                }
                v = v * 10 + (c - '0');
            }
            if (i == raw.length()) {
                return v;
            }
        }
        String s = cell(raw);
        if (s == null) {
            return null;
        }
        s = s.replace(",", "");
        if (s.endsWith(".0")) {
            s = s.substring(0, s.length() - 2);
        }
        try {
            int v = Integer.parseInt(s);
            if (v < 0) {
                throw new IllegalArgumentException("negative count: '" + raw + "'");
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a whole number: '" + raw + "'");
        }
    }

    /** Parses a decimal; blank gives {@code null}. @throws IllegalArgumentException when not a number */
    public static Double parseDecimal(String raw) {
        String s = cell(raw);
        if (s == null) {
            return null;
        }
        try {
            double d = Double.parseDouble(s.replace(",", ""));
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number: '" + raw + "'");
        }
    }
}
