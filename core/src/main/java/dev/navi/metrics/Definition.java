package dev.navi.metrics;

/**
 * The written definition of a metric; it travels with every result into results.json and the atlas's definitions
 * sheet, in both languages so that a Chinese atlas prints no English prose and an English one no Chinese.
 *
 * @param id        stable id ({@code cr4}, {@code hhi}, {@code rta} ...)
 * @param nameZh    Chinese name
 * @param nameEn    English name
 * @param formula   the formula in words and symbols (English)
 * @param unit      unit of the value (English)
 * @param basis     counting basis: which records, which unit, which date decides the year (English)
 * @param window    the time window and how the incomplete last 18 months are treated (English)
 * @param formulaZh the formula in Chinese, or null when only the English text exists
 * @param unitZh    the unit in Chinese, or null
 * @param basisZh   the counting basis in Chinese, or null
 * @param windowZh  the time window in Chinese, or null
 */
public record Definition(String id, String nameZh, String nameEn, String formula, String unit, String basis, String window,
                         String formulaZh, String unitZh, String basisZh, String windowZh) {
    /** A definition with English text only (the Chinese atlas then falls back to it). */
    public Definition(String id, String nameZh, String nameEn, String formula, String unit, String basis, String window) {
        this(id, nameZh, nameEn, formula, unit, basis, window, null, null, null, null);
    }

    /** This definition with its Chinese texts. */
    public Definition zh(String formulaZh, String unitZh, String basisZh, String windowZh) {
        return new Definition(id, nameZh, nameEn, formula, unit, basis, window, formulaZh, unitZh, basisZh, windowZh);
    }

    /** The formula in the language asked for (the other language when it is missing). */
    public String formula(boolean en) {
        return pick(en, formula, formulaZh);
    }

    /** The unit in the language asked for. */
    public String unit(boolean en) {
        return pick(en, unit, unitZh);
    }

    /** The counting basis in the language asked for. */
    public String basis(boolean en) {
        return pick(en, basis, basisZh);
    }

    /** The window in the language asked for. */
    public String window(boolean en) {
        return pick(en, window, windowZh);
    }

    private static String pick(boolean en, String english, String chinese) {
        if (en) {
            return english != null ? english : chinese;
        }
        return chinese != null && !chinese.isBlank() ? chinese : english;
    }
}
