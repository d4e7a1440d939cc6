package dev.navi.chain.query;

import java.text.Normalizer;

/**
 * The one normal form that both record text and query terms are brought to before they are compared, so that a term
 * matches however the export happened to write it.
 *
 * <ol>
 *   <li>NFKC: full-width letters and digits become half-width ({@code ＬＩＦＥＰＯ４} = {@code LiFePO4}), ligatures and
 *       compatibility characters are unfolded ({@code ™} = {@code TM}).</li>
 *   <li>Lower case (root locale).</li>
 *   <li>Every character that is not a letter or digit (hyphens, slashes, punctuation, Chinese punctuation) becomes a
 *       separator, so {@code lithium-ion}, {@code lithium ion} and {@code lithium/ion} are the same word sequence.</li>
 *   <li>Separators are collapsed to one ASCII space and trimmed; whitespace (not punctuation) between two CJK
 *       characters is dropped, because Chinese never carries a real space ({@code 正极 材料} = {@code 正极材料}),
 *       while {@code 正极，材料} keeps its separator so that a term cannot match across a clause boundary.</li>
 * </ol>
 *
 * <p>"Word characters" for whole-word matching are the letters and digits that are not CJK ({@link #isWordChar}): a
 * Latin term is delimited by anything else, including CJK characters, so {@code lifepo4} is found in
 * {@code 采用lifepo4材料}.
 *
 * <p>Stateless and thread-safe; the common case (ASCII and CJK unified ideographs only) skips the JDK normaliser.
 */
public final class TextNormaliser {

    private TextNormaliser() {
    }

    /**
     * A reusable output for {@link #normalise(CharSequence, Buffer)}: the normal form is {@code chars()[0, length())}.
     * The record tagger normalises every record's text fields into one buffer per thread and scans the chars where
     * they are, without a String per field. Not thread-safe.
     */
    public static final class Buffer {
        private char[] chars = new char[256];
        private int length;

        /** The characters; only the first {@link #length()} are the text. */
        public char[] chars() {
            return chars;
        }

        /** The length of the normal form. */
        public int length() {
            return length;
        }
    }

    /** The normal form of {@code text}; {@code null} gives the empty string. */
    public static String normalise(CharSequence text) {
        if (text == null || text.length() == 0) {
            return "";
        }
        Buffer b = new Buffer();
        normalise(text, b);
        return new String(b.chars, 0, b.length);
    }

    /** The normal form of {@code text} (as {@link #normalise(CharSequence)}) into {@code into}; null gives length 0. */
    public static void normalise(CharSequence text, Buffer into) {
        into.length = 0;
        if (text == null || text.length() == 0) {
            return;
        }
        String s = text.toString();
        if (!fastPath(s)) {
            s = Normalizer.normalize(s, Normalizer.Form.NFKC);
        }
        int n = s.length();
        if (into.chars.length < n + 2) {
            into.chars = new char[Math.max(n + 2, into.chars.length * 2)];
        }
        char[] out = into.chars;
        int len = 0;
        // pending separator: 0 none, 1 whitespace only, 2 punctuation seen
        int pending = 0;
        boolean lastCjk = false;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 128) {
                int k = ASCII[c];
                if (k > 0) {
                    if (pending != 0 && len > 0) {
                        out[len++] = ' ';
                    }
                    pending = 0;
                    out[len++] = (char) k;
                    lastCjk = false;
                } else {
                    pending = k == 0 ? 2 : Math.max(pending, 1);
                }
                continue;
            }
            if (c >= 0x4E00 && c <= 0x9FFF) {
                if (pending != 0 && len > 0 && !(pending == 1 && lastCjk)) {
                    out[len++] = ' ';
                }
                pending = 0;
                out[len++] = c;
                lastCjk = true;
                continue;
            }
            int cp = c;
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                cp = Character.toCodePoint(c, s.charAt(++i));
            }
            if (cp >= 0xFF01 && cp <= 0xFF5E) {
                cp -= 0xFEE0; // full-width ASCII that the fast path let through
            }
            if (Character.isLetterOrDigit(cp)) {
                boolean cjk = isCjk(cp);
                if (pending != 0 && len > 0 && !(pending == 1 && cjk && lastCjk)) {
                    out[len++] = ' ';
                }
                pending = 0;
                int lower = cp < 128 ? ASCII[cp] : Character.toLowerCase(cp);
                if (Character.isBmpCodePoint(lower)) {
                    out[len++] = (char) lower;
                } else {
                    if (len + 2 > out.length) {
                        out = java.util.Arrays.copyOf(out, out.length * 2 + 2);
                    }
                    out[len++] = Character.highSurrogate(lower);
                    out[len++] = Character.lowSurrogate(lower);
                }
                lastCjk = cjk;
            } else if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                pending = Math.max(pending, 1);
            } else {
                pending = 2;
            }
            if (len + 2 > out.length) {
                out = java.util.Arrays.copyOf(out, out.length * 2 + 2);
            }
        }
        into.chars = out;
        into.length = len;
    }

    /** Per ASCII char: the lower-case letter or digit, -1 for whitespace, 0 for punctuation. */
    private static final int[] ASCII = new int[128];

    static {
        for (int c = 0; c < 128; c++) {
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                ASCII[c] = c;
            } else if (c >= 'A' && c <= 'Z') {
                ASCII[c] = c + 32;
            } else if (Character.isWhitespace(c) || c == ' ') {
                ASCII[c] = -1;
            }
        }
    }

    /** Whether a character delimits Latin words: a letter or digit that is not CJK. */
    public static boolean isWordChar(char c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
        }
        return Character.isLetterOrDigit(c) && !isCjk(c) && !Character.isSurrogate(c);
    }

    /** Han (including extensions and compatibility ideographs), hiragana, katakana, hangul and bopomofo. */
    public static boolean isCjk(int cp) {
        if (cp < 0x2E80) {
            return false;
        }
        if (cp >= 0x4E00 && cp <= 0x9FFF) {
            return true;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || script == Character.UnicodeScript.BOPOMOFO;
    }

    /** Whether a (normalised) string contains any CJK character. */
    public static boolean containsCjk(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (isCjk(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    /**
     * True when NFKC would leave every letter and digit of {@code s} as it is (up to the full-width ASCII mapping done
     * in the main loop): ASCII, CJK unified ideographs, full-width ASCII, CJK punctuation and general punctuation.
     */
    private static boolean fastPath(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 128 || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xFF01 && c <= 0xFF5E)
                    || (c >= 0x3000 && c <= 0x3002) || (c >= 0x3008 && c <= 0x3011)
                    || (c >= 0x2010 && c <= 0x2027) || c == 0x00B7 || c == 0x00A0) {
                continue;
            }
            return false;
        }
        return true;
    }
}
