package dev.navi.metrics;

import dev.navi.metrics.stats.Growth;
import dev.navi.metrics.stats.YearSeries;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The growth of the whole industry chain ("world growth", 全产业链增长): the CAGR of the <em>tagged</em> records of the
 * analysis set — records that match at least one node of the chain map — over the growth window, NaN below
 * {@link Growth#MIN_BASE} filings in the window. One definition, read by the direction module (the whole-chain row of
 * {@code growth_by_node}, its relative growth and first finding) and the positioning module (the growth benchmark of
 * the quadrants), so the atlas prints one figure for it. Untagged records (the search caught them, the map does not
 * cover them) are left out of every chain statistic and reported as such ({@link #untagged}).
 *
 * @param from    first year of the window
 * @param to      last year of the window (the last complete year inside the period)
 * @param tagged  tagged records in the period
 * @param records all records in the period
 * @param cagr    the CAGR of the tagged records over {@code from..to}, NaN when undefined
 */
public record ChainGrowth(int from, int to, long tagged, long records, double cagr) {
    /** Years of the growth window (the last complete years, clipped to the period). */
    public static final int YEARS = 5;

    /** The window's last year: the last complete year, but not after the period's end. */
    public static int windowTo(MetricContext ctx) {
        return Math.min(ctx.lastCompleteYear(), ctx.toYear());
    }

    /**
     * The window's first year: {@value #YEARS} years back from {@link #windowTo}, not before the period's start — but
     * at least one year before the window's end (a one-year period reads a zero start: growth n/a).
     */
    public static int windowFrom(MetricContext ctx) {
        return Math.min(windowTo(ctx) - 1, Math.max(ctx.fromYear(), windowTo(ctx) - (YEARS - 1)));
    }

    /** The chain's growth over the records of {@code ctx} in its period, with the given minimum base. */
    public static ChainGrowth of(MetricContext ctx, int minBase) {
        Set<String> nodes = new java.util.HashSet<>();
        ctx.map().nodes().forEach(n -> nodes.add(n.id()));
        Map<Integer, Long> byYear = new TreeMap<>();
        long tagged = 0;
        long all = 0;
        for (MetricRecord r : ctx.records()) {
            Integer y = r.year();
            if (y == null || y < ctx.fromYear() || y > ctx.toYear()) {
                continue;
            }
            all++;
            if (r.nodes().stream().anyMatch(nodes::contains)) {
                tagged++;
                byYear.merge(y, 1L, Long::sum);
            }
        }
        int from = windowFrom(ctx);
        int to = windowTo(ctx);
        return new ChainGrowth(from, to, tagged, all, cagr(byYear, from, to, minBase));
    }

    /** The CAGR of a yearly series over {@code from..to} as the chain's growth is computed (NaN below the base). */
    public static double cagr(Map<Integer, Long> byYear, int from, int to, int minBase) {
        return to > from ? Growth.cagrWithBase(YearSeries.of(byYear), from, to, minBase) : Double.NaN;
    }

    /** Records in the period that match no node. */
    public long untagged() {
        return records - tagged;
    }

    /** The untagged records' share of the period's records (0 when there are none). */
    public double untaggedShare() {
        return records == 0 ? 0 : (double) untagged() / records;
    }
}
