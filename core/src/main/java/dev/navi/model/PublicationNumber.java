package dev.navi.model;

import java.util.Locale;
import java.util.Optional;

/**
 * A parsed publication number: office (two-letter code), serial and kind code.
 *
 * <p>{@link #parse(String)} accepts the spellings real exports use and normalises them to the compact form
 * {@code CN114123456A}: {@code CN 114123456 A} (Lens), {@code WO2015026896 (A1)} (Espacenet),
 * {@code US-11355780-B2} (Google Patents), {@code US 2013/0101709 A1} and {@code US2019/0123456A1}
 * (US pre-grant publications with the year slash), {@code US20050286606} (Patentscope, no kind code),
 * {@code mxPA/a/2005/003863} (Patentscope's Mexican numbers).
 *
 * @param office two upper-case letters, never null
 * @param serial the document number with letters that belong to it ({@code D123456}, {@code RE12345}), never null
 * @param kind   kind code such as {@code A}, {@code B2}, {@code U}; {@code null} when the export gave none
 */
public record PublicationNumber(String office, String serial, String kind) {
    public PublicationNumber {
        if (office == null || office.length() != 2 || serial == null || serial.isEmpty()) {
            throw new IllegalArgumentException("office and serial are required");
        }
    }

    /** The compact form: office + serial + kind, e.g. {@code CN114123456A}. */
    public String compact() {
        return kind == null ? office + serial : office + serial + kind;
    }

    /** Office + serial without the kind code: the same document across its A/B publications shares it. */
    public String withoutKind() {
        return office + serial;
    }

    @Override
    public String toString() {
        return compact();
    }

    /**
     * Parses a publication number as exports write it.
     *
     * @return the number, or empty when the text is not recognisably a publication number
     */
    public static Optional<PublicationNumber> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        if (compact(raw)) {
            return shape(raw); // already upper-case letters and digits only (the clean stage's own numbers): no copy
        }
        String s = raw.strip().toUpperCase(Locale.ROOT);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
                b.append(c);
            } else if (c >= '\uFF10' && c <= '\uFF19') {
                b.append((char) (c - '\uFF10' + '0')); // full-width digits
            } else if (c >= '\uFF21' && c <= '\uFF3A') {
                b.append((char) (c - '\uFF21' + 'A'));
            } else if (c == ' ' || c == '-' || c == '/' || c == '(' || c == ')' || c == '.' || c == '\u00A0'
                    || c == '\u2002' || c == '\u3000' || c == '_' || c == '（' || c == '）' || c == '*') {
                // separators that exports put between office, serial and kind; PATENTSCOPE appends "*"
            } else {
                return Optional.empty();
            }
        }
        return shape(b);
    }

    /**
     * Office, serial, kind, as the pattern {@code ([A-Z]{2})([A-Z]{0,4}\d[\dA-Z]*?\d)([A-Z]\d?|W[A-Z])?} matches the
     * whole of {@code b} (letters and digits only), worked by hand: the clean stage parses every record's number two or
     * three times, and the matcher's backtracking over the lazy serial was a tenth of its time at 1M records.
     * Singapore's national phase of a PCT application has the kind {@code WA}/{@code WB}. The serial is the shortest
     * that ends in a digit and leaves a kind (or nothing) after it, as the lazy {@code *?} has it.
     */
    private static Optional<PublicationNumber> shape(CharSequence b) {
        int n = b.length();
        if (n < 4 || !letter(b.charAt(0)) || !letter(b.charAt(1))) {
            return Optional.empty();
        }
        int p = 2;
        while (p < n && letter(b.charAt(p))) {
            p++;
        }
        if (p == n || p - 2 > 4) {
            return Optional.empty(); // no digit, or more than four letters before the serial's first digit
        }
        for (int j = p + 2; j <= n; j++) {
            if (!digit(b.charAt(j - 1))) {
                continue;
            }
            int rest = n - j;
            boolean kind = rest == 0
                    || rest == 1 && letter(b.charAt(j))
                    || rest == 2 && letter(b.charAt(j))
                    && (digit(b.charAt(j + 1)) || b.charAt(j) == 'W' && letter(b.charAt(j + 1)));
            if (kind) {
                String all = b.toString();
                return Optional.of(new PublicationNumber(all.substring(0, 2), all.substring(2, j),
                        rest == 0 ? null : all.substring(j)));
            }
        }
        return Optional.empty();
    }

    /** Whether {@code s} is made of upper-case ASCII letters and digits only (what the loop in {@link #parse} keeps). */
    private static boolean compact(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!letter(c) && !digit(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean letter(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }
}
