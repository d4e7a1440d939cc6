package dev.navi.ingest.layout;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A header row: the column names as the file wrote them and in a normalised form for matching.
 *
 * <p>{@link #normalise(String)} is the one place header names are made comparable, for every layout (built-in and
 * mapping files alike): Unicode NFKC (full-width {@code （）［］Ａ１} become {@code ()[]A1}), every bracket shape
 * ({@code []{}【】〔〕「」《》}) as round brackets, lower case, no BOM, runs of white space
 * (including the ideographic space) as one space, and no space next to a bracket or between two Chinese
 * characters. So {@code 标题 (中文)}, {@code 标题（中文）}, {@code 标题(中文)} and {@code 标 题（ 中文 ）} are one
 * name, while {@code Publication Number} keeps its word space. Immutable apart from an internal look-up cache.
 */
public final class Header {
    private final List<String> names;
    private final List<String> keys;
    private final long rowNumber;
    private final java.util.Map<List<String>, Integer> lookups = new java.util.concurrent.ConcurrentHashMap<>();
    /**
     * The alias lists asked for so far and their answers, compared by identity before {@link #lookups} hashes a list:
     * layouts ask with the same constant lists on every row, several times a row. Replaced whole on each addition
     * (a few entries per header), so threads mapping rows under one header read it without a lock.
     */
    private volatile Object[] recent = new Object[0];
    /** {@link #displayName} of each column, worked out once: mappers ask for it for every extra value of every row. */
    private final String[] displayNames;

    public Header(List<String> names, long rowNumber) {
        this.names = List.copyOf(names);
        this.rowNumber = rowNumber;
        List<String> k = new ArrayList<>(names.size());
        for (String n : names) {
            k.add(normalise(n));
        }
        this.keys = List.copyOf(k);
        this.displayNames = new String[this.names.size()];
        for (int i = 0; i < displayNames.length; i++) {
            String n = this.names.get(i).replace("\uFEFF", "").strip();
            displayNames[i] = n.isEmpty() ? "column " + (i + 1) : n;
        }
    }

    /** Normalises a column name for matching (see the class comment for what is made equal). */
    public static String normalise(String name) {
        if (name == null) {
            return "";
        }
        String s = Normalizer.normalize(name.replace("\uFEFF", ""), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = plainBracket(s.charAt(i));
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = b.length() > 0;
                continue;
            }
            if (space && !isBracket(c) && !isBracket(b.charAt(b.length() - 1))
                    && !(isHan(c) && isHan(b.charAt(b.length() - 1)))) {
                b.append(' ');
            }
            space = false;
            b.append(c);
        }
        return b.toString();
    }

    private static char plainBracket(char c) {
        switch (c) {
            case '[': case '{': case '【': case '〔': case '〖': case '「': case '《': case '〈': return '(';
            case ']': case '}': case '】': case '〕': case '〗': case '」': case '》': case '〉': return ')';
            default: return c;
        }
    }

    private static boolean isBracket(char c) {
        return c == '(' || c == ')';
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    public List<String> names() {
        return names;
    }

    public int size() {
        return names.size();
    }

    /** The 1-based row (or line) the header was found on. */
    public long rowNumber() {
        return rowNumber;
    }

    /** Normalised name of column {@code i}. */
    public String key(int i) {
        return keys.get(i);
    }

    /** The first column whose normalised name equals one of the aliases, or -1. Cached: mappers ask per row. */
    public int indexOf(List<String> aliases) {
        Object[] r = recent;
        for (int i = 0; i < r.length; i += 2) {
            if (r[i] == aliases) {
                return (Integer) r[i + 1];
            }
        }
        Integer cached = lookups.get(aliases);
        if (cached == null) {
            cached = find(aliases);
            lookups.put(aliases, cached);
        }
        if (r.length < 32) {
            Object[] more = java.util.Arrays.copyOf(r, r.length + 2);
            more[r.length] = aliases;
            more[r.length + 1] = cached;
            recent = more; // a lost race only drops an entry, which the next call adds again
        }
        return cached;
    }

    private int find(List<String> aliases) {
        for (String alias : aliases) {
            String a = normalise(alias);
            for (int i = 0; i < keys.size(); i++) {
                if (keys.get(i).equals(a)) {
                    return i;
                }
            }
        }
        return -1;
    }

    public boolean has(String... aliases) {
        return indexOf(List.of(aliases)) >= 0;
    }

    /** How many columns have a non-empty name. */
    public int namedColumns() {
        int n = 0;
        for (String k : keys) {
            if (!k.isEmpty()) {
                n++;
            }
        }
        return n;
    }

    /** The display name of column {@code i}: its header text, or {@code column N} (1-based) when unnamed. */
    public String displayName(int i) {
        return i < displayNames.length ? displayNames[i] : "column " + (i + 1);
    }
}
