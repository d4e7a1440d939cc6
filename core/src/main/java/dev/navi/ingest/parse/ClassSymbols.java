package dev.navi.ingest.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes IPC and CPC symbols that vendors pack or pad in the compact form the other layouts export
 * ({@code G05D1/02}): Derwent Innovation's packed form {@code G05D000102} and {@code G07G00010081} (subclass, a
 * four-digit main group, the subgroup), the 14-character DOCDB form {@code H01M0004580000} (subgroup padded to six
 * digits with zeros), the DWPI form of the Derwent Innovations Index {@code B64C-039/02}, and the printed form
 * {@code G05D 1/02}. Anything else is returned stripped and otherwise unchanged, so no code is ever lost; the
 * tagger's own normalisation ({@code chain.match.ClassCodes}) still applies on top.
 */
public final class ClassSymbols {
    /** Subclass, then 4 digits of main group and at least 2 digits of subgroup, no separators. */
    private static final Pattern PACKED = Pattern.compile("([A-HY]\\d\\d[A-Z])(\\d{4})(\\d{2,6})");
    /** Subclass, optional hyphen or spaces, main group with or without leading zeros, slash, subgroup. */
    private static final Pattern SLASHED = Pattern.compile("([A-HY]\\d\\d[A-Z])[\\s-]*0*(\\d{1,4})\\s*/\\s*(\\d{2,6})");

    private ClassSymbols() {
    }

    /** The compact form of one symbol, or the stripped input when it is not one of the known spellings. */
    public static String compact(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.strip();
        Matcher m = PACKED.matcher(s);
        if (m.matches()) {
            String sub = m.group(3);
            int end = sub.length();
            while (end > 2 && sub.charAt(end - 1) == '0') {
                end--; // the DOCDB form pads the subgroup with zeros: 580000 is /58
            }
            return m.group(1) + Integer.parseInt(m.group(2)) + "/" + sub.substring(0, end);
        }
        m = SLASHED.matcher(s);
        if (m.matches()) {
            return m.group(1) + (m.group(2).isEmpty() ? "0" : m.group(2)) + "/" + m.group(3);
        }
        return s;
    }
}
