package dev.navi.chain.map;

import java.util.Locale;

/** Yes/no values as analysts write them: true/false, yes/no, y/n, 1/0, 是/否, 对/错, √/×. */
final class Flags {
    private Flags() {
    }

    /** The value, or null when the text is not a yes/no. Blank is no. */
    static Boolean parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        switch (t) {
            case "true", "yes", "y", "1", "是", "对", "√", "✓", "关键", "x":
                return Boolean.TRUE;
            case "false", "no", "n", "0", "否", "错", "×", "", "-", "—":
                return Boolean.FALSE;
            default:
                return null;
        }
    }
}
