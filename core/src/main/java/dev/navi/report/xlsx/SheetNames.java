package dev.navi.report.xlsx;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Turns ids into legal, unique Excel sheet names, deterministically: characters {@code []:*?/\} become
 * {@code _}, leading/trailing apostrophes are dropped, blank becomes {@code sheet}, the name is cut to 31 chars,
 * and a name already taken (compared case-insensitively, as Excel does) gets {@code ~2}, {@code ~3} ... with the
 * base cut so the result still fits 31 chars. Not thread-safe; one instance per workbook.
 */
final class SheetNames {
    static final int MAX = 31;
    private final Set<String> taken = new HashSet<>();

    /** Reserves and returns a legal, unique name for {@code id}. */
    String claim(String id) {
        String base = sanitize(id);
        String name = base;
        for (int n = 2; taken.contains(key(name)); n++) {
            String suffix = "~" + n;
            name = cut(base, MAX - suffix.length()) + suffix;
        }
        taken.add(key(name));
        return name;
    }

    static String sanitize(String id) {
        StringBuilder b = new StringBuilder();
        String s = id == null ? "" : id.strip();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append("[]:*?/\\".indexOf(c) >= 0 || Character.isISOControl(c) ? '_' : c);
        }
        String r = b.toString();
        while (r.startsWith("'")) {
            r = r.substring(1);
        }
        r = cut(r, MAX);
        while (r.endsWith("'")) {
            r = r.substring(0, r.length() - 1);
        }
        return r.isBlank() ? "sheet" : r;
    }

    private static String cut(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int end = max;
        if (Character.isHighSurrogate(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
