package dev.navi.ingest.parse;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits multi-value cells ({@code A;;B}, {@code A | B}, {@code A;  B}, {@code A, B}, one value per line),
 * trims the parts, drops empty ones and duplicates (keeping first occurrence order).
 *
 * <p>A comma separator is ambiguous: Google Patents joins assignees with {@code ", "} and a name like
 * {@code Idemitsu Kosan Co., Ltd.} contains the same two characters. {@link #COMMA} therefore glues a part
 * back onto the previous one when the part is only a legal-form suffix ({@code Ltd.}, {@code Inc},
 * {@code LLC}, {@code S.A.} ...) or the previous part ends in a dangling {@code Co.}-style abbreviation.
 */
public final class Splitter {
    /** Splits on newlines only. */
    public static final Splitter LINES = new Splitter(Pattern.compile("\\R"), false, "", "");
    /** Lens: {@code ;;}. */
    public static final Splitter DOUBLE_SEMICOLON = new Splitter(Pattern.compile(";;|\\R"), false, ";", ";;");
    /** Patsnap, Derwent: {@code " | "}. */
    public static final Splitter PIPE = new Splitter(Pattern.compile("\\s*\\|\\s*|\\R"), false, "|");
    /** Espacenet, Patentscope, incoPat: {@code ;} with any spacing (also the full-width {@code ；}). */
    public static final Splitter SEMICOLON = new Splitter(Pattern.compile("\\s*[;；]\\s*|\\R"), false, ";；");
    /** Google Patents: {@code ", "}, legal-form aware. */
    public static final Splitter COMMA = new Splitter(Pattern.compile(",\\s+|\\R"), true, ",");
    /**
     * PATENTSCOPE priority data: {@code [60/083,758 1998-05-01T23:59:59.000Z US, 60/094,869 ... US]}; items end in
     * a country code, and numbers themselves may contain commas, so only a comma after a country code separates.
     */
    public static final Splitter PRIORITY_LIST = new Splitter(Pattern.compile("(?<=\\b[A-Z]{2}\\]?)\\s*[,;]\\s*|\\R"), false, ",;");
    /** Semicolon or comma, for IPC-like code lists whatever the vendor used. */
    public static final Splitter CODES = new Splitter(Pattern.compile("\\s*[;；,，|]\\s*|\\R"), false, ";；,，|");

    private static final Set<String> LEGAL_SUFFIXES = Set.of(
            "ltd", "ltd.", "limited", "inc", "inc.", "incorporated", "llc", "l.l.c.", "llp", "lp", "l.p.",
            "corp", "corp.", "corporation", "co", "co.", "company", "gmbh", "ag", "kg", "s.a.", "sa", "s.a",
            "s.p.a.", "spa", "s.r.l.", "srl", "b.v.", "bv", "n.v.", "nv", "plc", "p.l.c.", "pty", "pty.",
            "pty ltd", "pty. ltd.", "kk", "k.k.", "oy", "ab", "as", "a/s", "sas", "s.a.s.", "se", "ulc", "pllc",
            "pc", "p.c.", "co.,ltd.", "ltd.,", "jr", "jr.", "sr", "sr.", "ii", "iii", "md", "phd", "et al",
            "gmbh & co. kg", "co. kg", "a.g.", "s.l.", "sl", "ltda", "ltda.", "s.a. de c.v.", "de c.v.");

    private final Pattern separator;
    /**
     * The separator when {@link #separator} is exactly {@code literal|\\R} ({@code ""}: {@code \\R} alone), else
     * {@code null}: such cells are split by {@link #splitLiteral}, a plain scan that finds the same matches as the
     * pattern (the row mapper splits several cells of every row; the regex engine was a measured tenth of mapping).
     */
    private final String literal;
    private final boolean legalFormAware;
    /** Characters one of which any separator match contains (line breaks always count): a fast path for single values. */
    private final String triggers;
    /** The ASCII {@link #triggers} as a table, looked up per character of every multi-value cell. */
    private final boolean[] asciiTriggers = new boolean[128];

    private Splitter(Pattern separator, boolean legalFormAware, String triggers) {
        this(separator, legalFormAware, triggers, null);
    }

    private Splitter(Pattern separator, boolean legalFormAware, String triggers, String literal) {
        this.separator = separator;
        this.literal = literal;
        this.legalFormAware = legalFormAware;
        this.triggers = triggers + "\n\r\u0085\u2028\u2029";
        for (int i = 0; i < this.triggers.length(); i++) {
            char c = this.triggers.charAt(i);
            if (c < 128) {
                asciiTriggers[c] = true;
            }
        }
    }

    /** A splitter on a custom literal separator (for mapping files); newlines always separate too. */
    public static Splitter of(String literal) {
        if (literal == null || literal.isEmpty()) {
            return LINES;
        }
        String sep = literal.strip().isEmpty() ? literal : literal.strip();
        return new Splitter(Pattern.compile("\\s*" + Pattern.quote(sep) + "\\s*|\\R"), sep.equals(","), sep.substring(0, 1));
    }

    /** Splits, trims, drops blanks and duplicates. Never returns null. */
    public List<String> split(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        if (!containsAny(cell)) {
            String one = Text.clean(cell);
            return one == null ? List.of() : List.of(one);
        }
        List<String> raw = literal != null ? splitLiteral(cell, literal) : List.of(separator.split(cell));
        List<String> parts = new ArrayList<>(raw.size());
        for (String r : raw) {
            String p = Text.clean(r);
            if (p == null) {
                continue;
            }
            if (legalFormAware && !parts.isEmpty() && glues(parts.get(parts.size() - 1), p)) {
                parts.set(parts.size() - 1, parts.get(parts.size() - 1) + ", " + p);
            } else {
                parts.add(p);
            }
        }
        if (parts.size() <= 1) {
            return List.copyOf(parts);
        }
        if (parts.size() <= 8) {
            // a few parts: a pairwise check costs less than a hash set, and keeps the first occurrences in order alike
            for (int i = 1; i < parts.size(); i++) {
                for (int j = 0; j < i; j++) {
                    if (parts.get(i).equals(parts.get(j))) {
                        return List.copyOf(new LinkedHashSet<>(parts));
                    }
                }
            }
            return List.copyOf(parts);
        }
        return List.copyOf(new LinkedHashSet<>(parts));
    }

    /**
     * The pieces of {@code cell} between matches of {@code literal|\\R}, found left to right as the regex finds them
     * (at each position the literal first, then a line break: {@code \r\n} as one, or one of
     * {@code \n \u000B \f \r \u0085 \u2028 \u2029}); empty pieces may differ from {@link Pattern#split}'s, which
     * does not matter since the caller drops blank parts.
     */
    static List<String> splitLiteral(String cell, String literal) {
        List<String> out = new ArrayList<>(4);
        int n = cell.length();
        int ll = literal.length();
        char l0 = ll == 0 ? 0 : literal.charAt(0);
        int start = 0;
        int i = 0;
        while (i < n) {
            char c = cell.charAt(i);
            if (ll > 0 && c == l0 && cell.startsWith(literal, i)) {
                out.add(cell.substring(start, i));
                i += ll;
                start = i;
            } else if (c == '\r' && i + 1 < n && cell.charAt(i + 1) == '\n') {
                out.add(cell.substring(start, i));
                i += 2;
                start = i;
            } else if (c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                out.add(cell.substring(start, i));
                i++;
                start = i;
            } else {
                i++;
            }
        }
        out.add(cell.substring(start));
        return out;
    }

    private boolean containsAny(String cell) {
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c < 128 ? asciiTriggers[c] : triggers.indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean glues(String previous, String part) {
        String p = part.toLowerCase(Locale.ROOT);
        if (LEGAL_SUFFIXES.contains(p)) {
            return true;
        }
        // "Ltd. (Japan)" / "Inc. et al": a suffix followed by a short remainder
        int space = p.indexOf(' ');
        if (space > 0 && LEGAL_SUFFIXES.contains(p.substring(0, space)) && p.length() < 24
                && !Character.isLetter(p.charAt(space + 1))) {
            return true;
        }
        String prev = previous.toLowerCase(Locale.ROOT);
        return prev.endsWith(" co.") && (p.startsWith("ltd") || p.startsWith("kg") || p.startsWith("inc"));
    }
}
