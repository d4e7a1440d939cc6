package dev.navi.chain.map;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * IPC and CPC prefixes as a chain map may give them: section and class ({@code G06}), optionally the subclass, then
 * optionally the main group and
 * optionally {@code /} and the subgroup, optionally a trailing {@code *} (which means the same as none). Examples:
 * {@code H01M}, {@code H01M4}, {@code H01M4/58}, {@code H01M10/052*}; CPC also has section Y and 2000-series indexing
 * codes ({@code Y02E60/10}, {@code H01M2004/028}). A subgroup may be cut short to cover its range
 * ({@code H01M10/6} covers H01M10/60–H01M10/667). Spaces inside a code ({@code H01M 4/58}) are removed and letters
 * upper-cased before checking. The tagger's own normal form and prefix semantics are in
 * {@link dev.navi.chain.match.ClassCodes}; this class only decides what a map may contain, and is stricter
 * (it rejects a dangling {@code /}).
 */
final class CodeSyntax {
    // a class alone (G06) is allowed: analysts scope whole classes, and the tagger's prefix semantics cover it
    private static final Pattern IPC = Pattern.compile("[A-H][0-9]{2}(?:[A-Z](?:[0-9]{1,4}(?:/[0-9]{1,6})?)?)?\\*?");
    private static final Pattern CPC = Pattern.compile("[A-HY][0-9]{2}(?:[A-Z](?:[0-9]{1,4}(?:/[0-9]{1,6})?)?)?\\*?");

    private static final Pattern IPC_OR_CPC = CPC;

    private CodeSyntax() {
    }

    /** The code as navi stores it: spaces removed, upper case. */
    public static String normalise(String code) {
        StringBuilder b = new StringBuilder(code.length());
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c >= 0xFF01 && c <= 0xFF5E) {
                c = (char) (c - 0xFEE0); // full-width Ｈ０１Ｍ４／５８
            }
            if (!Character.isWhitespace(c) && c != '\u3000') {
                b.append(c);
            }
        }
        return b.toString().toUpperCase(Locale.ROOT);
    }

    /**
     * Splits a cell or string of codes: separated by {@code , ; ， ； 、} or line breaks, or by spaces when the
     * spaces separate codes ({@code H01M4/58 H01M4/525}) rather than sit inside one ({@code H01M 4/58}).
     */
    public static java.util.List<String> split(String text) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (String part : text.split("[,;，；、\\r\\n]+")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            if (p.contains(" ") && !IPC_OR_CPC.matcher(normalise(p)).matches()) {
                for (String w : p.split("\\s+")) {
                    out.add(w);
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    /** Empty when the (normalised) code is a well-formed IPC prefix, else what is wrong with it. */
    public static Optional<String> checkIpc(String code) {
        return check(code, IPC, "IPC", "A–H");
    }

    /** Empty when the (normalised) code is a well-formed CPC prefix, else what is wrong with it. */
    public static Optional<String> checkCpc(String code) {
        return check(code, CPC, "CPC", "A–H or Y");
    }

    private static Optional<String> check(String raw, Pattern p, String scheme, String sections) {
        String code = normalise(raw);
        if (p.matcher(code).matches()) {
            return Optional.empty();
        }
        String why;
        if (code.isEmpty()) {
            why = "is empty";
        } else if (!(code.charAt(0) >= 'A' && code.charAt(0) <= 'H' || sections.endsWith("Y") && code.charAt(0) == 'Y')) {
            why = "does not start with a section letter " + sections;
        } else if (code.length() < 3 || !Character.isDigit(code.charAt(1)) || !Character.isDigit(code.charAt(2))
                || code.length() > 3 && !Character.isLetter(code.charAt(3)) && code.charAt(3) != '*') {
            why = "needs a two-digit class after the section, then optionally a subclass letter (like G06 or H01M)";
        } else if (code.endsWith("/") || code.endsWith("/*")) {
            why = "ends with '/': give the subgroup (H01M4/58) or leave out the '/' (H01M4)";
        } else {
            why = "is not of the form G06, H01M, H01M4, H01M4/58 or H01M10/052*";
        }
        return Optional.of("malformed " + scheme + " code '" + raw + "': " + why);
    }
}
