package dev.navi.metrics.stats;

/**
 * The minimum bases (最小基数) below which a rate is not reported: the one place that says how many records a growth
 * rate, an RTA and a share-type indicator need, and how "not reported" reads in each language. A rate from a handful
 * of records is noise, not a finding (a grant rate of 100 % from 2 decided applications, an RTA of 4.0 from a
 * province's 3 filings), so the tables leave such a cell empty (null) beside its base and the atlas prints
 * {@link #naEn(int)} / {@link #naZh(int)} instead of a number.
 * <p>Immutable.
 *
 * @param growth fewest filings in the growth window for a CAGR ({@link Growth#MIN_BASE} in an atlas)
 * @param rate   fewest records in the denominator of a share or rate indicator (grant rate, invention share, the
 *               cohort citation index ...) and fewest tagged records of an area for its RTA ({@link #RATE} in an atlas)
 */
public record MinimumBase(int growth, int rate) {
    /** The atlas's base of a share or rate indicator and of an area's RTA: 10 records. */
    public static final int RATE = 10;

    /** The bases every atlas uses. */
    public static final MinimumBase STANDARD = new MinimumBase(Growth.MIN_BASE, RATE);

    public MinimumBase {
        if (growth < 1 || rate < 1) {
            throw new IllegalArgumentException("minimum bases must be ≥ 1: growth " + growth + ", rate " + rate);
        }
    }

    /** Whether a rate over {@code base} records is reported. */
    public boolean rateMeasured(long base) {
        return base >= rate;
    }

    /** "n/a — fewer than 10" (the English atlas's text for a rate below its base). */
    public static String naEn(int base) {
        return "n/a — fewer than " + base;
    }

    /** "不适用（不足10项）" (the Chinese atlas's text for a rate below its base). */
    public static String naZh(int base) {
        return "不适用（不足" + base + "项）";
    }
}
