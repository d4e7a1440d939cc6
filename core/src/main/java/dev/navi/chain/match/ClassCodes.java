package dev.navi.chain.match;

import java.util.Locale;

/**
 * Normal form of IPC and CPC symbols, so that an export's {@code H01M 4/58}, {@code h01m4/58 (2010.01)},
 * {@code H01M0004580000} (the 14-character DOCDB form) and {@code Ｈ０１Ｍ４／５８} all read {@code H01M4/58}.
 *
 * <p>Normal form: upper case, half-width, no spaces, anything from {@code (} on removed (version dates), a trailing
 * {@code *} removed, leading zeros of the main group removed ({@code H01M004/58} → {@code H01M4/58}), the DOCDB form
 * expanded (main group without leading zeros, subgroup without trailing zeros but at least two digits).
 *
 * <p><b>Prefix semantics</b> ({@link #normalisePrefix}): a rule prefix matches every code whose normal form starts
 * with it, as the {@code H01M4/58*} truncation of incoPat and Patsnap does. So {@code H01M} matches all of the
 * subclass, {@code H01M4/58} matches {@code H01M4/58}, {@code H01M4/5825} and also {@code H01M4/585} (subgroup digits
 * are a decimal fraction: 4/585 lies between 4/58 and 4/59). A main group written without a slash matches that main
 * group only: {@code H01M4} becomes {@code H01M4/} and so does not match {@code H01M40/...}.
 */
public final class ClassCodes {

    private ClassCodes() {
    }

    /** The normal form of a code as an export writes it; {@code null} or blank gives the empty string. */
    public static String normalise(String code) {
        if (code == null) {
            return "";
        }
        if (isPlain(code)) {
            return code;
        }
        StringBuilder b = new StringBuilder(code.length());
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c >= 0xFF01 && c <= 0xFF5E) {
                c = (char) (c - 0xFEE0);
            }
            if (c == '(' || c == '*') {
                break;
            }
            if (c >= 'a' && c <= 'z') {
                c = (char) (c - 32);
            }
            if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '/') {
                b.append(c);
            } else if (Character.isLetterOrDigit(c)) {
                b.append(Character.toString(c).toUpperCase(Locale.ROOT));
            }
        }
        String s = b.toString();
        if (s.length() == 14 && isSubclass(s) && allDigits(s, 4, 14)) {
            String group = stripLeadingZeros(s.substring(4, 8));
            String sub = s.substring(8, 14);
            int end = sub.length();
            while (end > 2 && sub.charAt(end - 1) == '0') {
                end--;
            }
            return s.substring(0, 4) + group + "/" + sub.substring(0, end);
        }
        if (s.length() > 4 && isSubclass(s) && Character.isDigit(s.charAt(4))) {
            int slash = s.indexOf('/');
            int groupEnd = slash < 0 ? s.length() : slash;
            if (allDigits(s, 4, groupEnd) && groupEnd > 4 && s.charAt(4) == '0') {
                return s.substring(0, 4) + stripLeadingZeros(s.substring(4, groupEnd)) + s.substring(groupEnd);
            }
        }
        return s;
    }

    /**
     * The normal form of a rule prefix (see the class documentation): {@link #normalise}, then a slash appended to a
     * bare main group.
     *
     * @throws IllegalArgumentException when it does not look like an IPC/CPC symbol or a leading part of one
     */
    public static String normalisePrefix(String prefix) {
        String s = normalise(prefix);
        if (!s.matches("[A-HY](\\d\\d([A-Z](\\d{1,4}(/\\d*)?)?)?)?")) {
            throw new IllegalArgumentException("'" + prefix + "' is not an IPC/CPC symbol or a leading part of one"
                    + " (expected e.g. H01M, H01M4, H01M4/58 or H01M10/052*)");
        }
        if (s.length() > 4 && s.indexOf('/') < 0) {
            s = s + "/";
        }
        return s;
    }

    /** Already normal: upper-case subclass, a main group without leading zero, a slash, digits. */
    private static boolean isPlain(String s) {
        int slash = s.indexOf('/');
        if (slash < 5 || slash == s.length() - 1 || !isSubclass(s) || s.charAt(4) == '0') {
            return false;
        }
        return allDigits(s, 4, slash) && allDigits(s, slash + 1, s.length());
    }

    private static boolean isSubclass(String s) {
        return s.length() >= 4 && s.charAt(0) >= 'A' && s.charAt(0) <= 'Z' && Character.isDigit(s.charAt(1))
                && Character.isDigit(s.charAt(2)) && s.charAt(3) >= 'A' && s.charAt(3) <= 'Z';
    }

    private static boolean allDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static String stripLeadingZeros(String digits) {
        int i = 0;
        while (i < digits.length() - 1 && digits.charAt(i) == '0') {
            i++;
        }
        return digits.substring(i);
    }
}
