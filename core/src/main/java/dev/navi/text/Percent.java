package dev.navi.text;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * The one way a fraction is printed as a percentage in the atlas — report sentences and tables, and the numbers drawn
 * on charts (the province map's tiles) — so a share reads the same wherever it appears: one decimal, {@link Locale#US}
 * symbols whatever the machine's locale, {@code 0.0973 → 9.7%}, {@code -0.0%} printed as {@code 0.0%}. Stateless and
 * thread-safe.
 */
public final class Percent {
    private static final ThreadLocal<DecimalFormat> ONE =
            ThreadLocal.withInitial(() -> new DecimalFormat("#,##0.0", DecimalFormatSymbols.getInstance(Locale.US)));

    private Percent() {
    }

    /** {@code fraction} as a percentage with one decimal: {@code 0.0973 → "9.7%"}. */
    public static String of(double fraction) {
        String s = ONE.get().format(fraction * 100);
        return ("-0.0".equals(s) ? "0.0" : s) + "%";
    }

    /**
     * {@code fraction} rounded as {@link #of} prints it (to a thousandth: 0.1 %), so a class break or a comparison
     * made on the result agrees with the printed number.
     */
    public static double rounded(double fraction) {
        return Double.parseDouble(ONE.get().format(fraction * 100).replace(",", "")) / 100;
    }
}
