package dev.navi.metrics.stats;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Growth rates of yearly series: year-on-year change, compound annual growth rate (CAGR) and the growth of
 * a node relative to all nodes. All rates are fractions (0.25 = +25 % a year); multiply by 100 for %.
 * Values must be ≥ 0 (they are counts). A rate that starts from 0 is undefined and returned as NaN.
 */
public final class Growth {
    /**
     * The minimum base of a growth rate (最小基数): a CAGR is reported only when the series holds at least this many
     * filings over the years of its window (first to last year, both included). Below it the rate is "n/a — fewer
     * than {@value} filings": a −100 % CAGR from 8 filings or a +40 % one from 2 → 3 is noise, not a trend. One
     * constant for the direction, positioning and path modules, so a rate the atlas prints in one chapter is never
     * suppressed in another.
     */
    public static final int MIN_BASE = 10;

    private Growth() {
    }

    /**
     * {@link #cagr(YearSeries, int, int)}, or NaN when the series holds fewer than {@code minBase} filings over
     * {@code fromYear..toYear} (see {@link #MIN_BASE}).
     */
    public static double cagrWithBase(YearSeries series, int fromYear, int toYear, int minBase) {
        return windowSum(series, fromYear, toYear) < minBase ? Double.NaN : cagr(series, fromYear, toYear);
    }

    /** The sum of the series over {@code fromYear..toYear} (missing years count 0). */
    public static double windowSum(YearSeries series, int fromYear, int toYear) {
        Objects.requireNonNull(series, "series");
        double sum = 0;
        for (int y = fromYear; y <= toYear; y++) {
            sum += series.valueOr(y, 0);
        }
        return sum;
    }

    /**
     * Year-on-year growth g(y) = (v(y) − v(y−1)) / v(y−1) for every year y from the series' first year + 1
     * to its last year. The series is read zero-filled (a missing year inside the range means 0 filings).
     * g(y) is NaN when v(y−1) = 0 (growth from nothing is undefined), and −1 when v(y) = 0 &lt; v(y−1).
     * The result is an unmodifiable map in ascending year order; empty if the series has fewer than two
     * years in its range.
     *
     * @throws IllegalArgumentException if a value is negative
     */
    public static SortedMap<Integer, Double> yoy(YearSeries series) {
        requireNonNegative(series);
        SortedMap<Integer, Double> out = new TreeMap<>();
        Double previous = null;
        for (Map.Entry<Integer, Double> e : series.zeroFilled().asMap().entrySet()) {
            if (previous != null) {
                out.put(e.getKey(), previous == 0 ? Double.NaN : (e.getValue() - previous) / previous);
            }
            previous = e.getValue();
        }
        return Collections.unmodifiableSortedMap(out);
    }

    /**
     * Compound annual growth rate CAGR = (last / first)<sup>1/years</sup> − 1, as a fraction per year.
     * Edge cases: {@code first = 0} → NaN (undefined, whatever {@code last} is); {@code last = 0 < first}
     * → −1 (the series vanished).
     *
     * @param years number of yearly steps between the two values (e.g. 2019 → 2023 is 4), ≥ 1
     * @throws IllegalArgumentException if {@code years < 1}, or a value is negative or not finite
     */
    public static double cagr(double first, double last, int years) {
        if (years < 1) {
            throw new IllegalArgumentException("years must be ≥ 1: " + years);
        }
        if (!(first >= 0) || !(last >= 0) || Double.isInfinite(first) || Double.isInfinite(last)) {
            throw new IllegalArgumentException("values must be finite and ≥ 0: " + first + ", " + last);
        }
        if (first == 0) {
            return Double.NaN;
        }
        return Math.pow(last / first, 1.0 / years) - 1;
    }

    /**
     * {@link #cagr(double, double, int)} from the value of {@code fromYear} to that of {@code toYear}
     * over {@code toYear − fromYear} years; a year absent from the series counts as 0 (so a missing
     * {@code fromYear} gives NaN).
     *
     * @throws IllegalArgumentException if {@code toYear ≤ fromYear} or a used value is negative
     */
    public static double cagr(YearSeries series, int fromYear, int toYear) {
        Objects.requireNonNull(series, "series");
        if (toYear <= fromYear) {
            throw new IllegalArgumentException("toYear " + toYear + " must be after fromYear " + fromYear);
        }
        return cagr(series.valueOr(fromYear, 0), series.valueOr(toYear, 0), toYear - fromYear);
    }

    /**
     * Relative growth of a node against all nodes, as a <em>difference</em>:
     * {@code nodeCagr − allCagr}, a fraction per year (× 100 = percentage points). Positive means the
     * node grows faster than the field. A difference is used rather than the ratio nodeCagr / allCagr
     * because the ratio is unbounded near allCagr = 0 and changes meaning when allCagr is negative
     * (a node that shrinks less than a shrinking field would get a negative "relative growth").
     * NaN if either argument is NaN.
     */
    public static double relativeGrowth(double nodeCagr, double allCagr) {
        return nodeCagr - allCagr;
    }

    private static void requireNonNegative(YearSeries series) {
        Objects.requireNonNull(series, "series");
        series.asMap().forEach((year, v) -> {
            if (v < 0) {
                throw new IllegalArgumentException("negative value in " + year + ": " + v);
            }
        });
    }
}
