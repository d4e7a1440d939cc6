package dev.navi.chart;

/**
 * Shortening of long category labels. A wide (CJK, full-width) character counts as 5/3 of a narrow one, so the limit
 * is 18 Chinese characters or 30 Latin ones, or any mix of the same width.
 */
final class Labels {

    /** Width budget in narrow-character units. */
    static final int MAX_UNITS = 30 * 3; // thirds of a narrow character: narrow = 3, wide = 5
    private static final String ELLIPSIS = "…";

    private Labels() {
    }

    /** {@code label} itself if it fits, else its longest prefix that fits with an ellipsis; null becomes "". */
    static String shorten(String label) {
        if (label == null) {
            return "";
        }
        String s = label.strip().replaceAll("\\s+", " ");
        if (units(s) <= MAX_UNITS) {
            return s;
        }
        int budget = MAX_UNITS - units(ELLIPSIS);
        StringBuilder out = new StringBuilder();
        int used = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int w = width(cp);
            if (used + w > budget) {
                break;
            }
            out.appendCodePoint(cp);
            used += w;
            i += Character.charCount(cp);
        }
        return out.toString().stripTrailing() + ELLIPSIS;
    }

    static int units(String s) {
        return s.codePoints().map(Labels::width).sum();
    }

    private static int width(int cp) {
        return isWide(cp) ? 5 : 3;
    }

    /** East Asian wide or full-width: CJK ideographs, kana, hangul, CJK punctuation, full-width forms. */
    static boolean isWide(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA
                || script == Character.UnicodeScript.HANGUL
                || (cp >= 0x3000 && cp <= 0x303F)   // CJK symbols and punctuation
                || (cp >= 0xFF01 && cp <= 0xFF60)   // full-width forms
                || (cp >= 0xFFE0 && cp <= 0xFFE6);
    }
}
