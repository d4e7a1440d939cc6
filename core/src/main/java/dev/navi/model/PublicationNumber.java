package dev.navi.model;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    /** Office, serial, kind; Singapore's national phase of a PCT application has the kind {@code WA}/{@code WB}. */
    private static final Pattern SHAPE = Pattern.compile("([A-Z]{2})([A-Z]{0,4}\\d[\\dA-Z]*?\\d)([A-Z]\\d?|W[A-Z])?");

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
        Matcher m = SHAPE.matcher(b);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new PublicationNumber(m.group(1), m.group(2), m.group(3)));
    }
}
