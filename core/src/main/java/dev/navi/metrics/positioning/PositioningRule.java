package dev.navi.metrics.positioning;

import dev.navi.metrics.MetricTable;
import dev.navi.metrics.stats.Growth;
import dev.navi.metrics.stats.Quadrant;
import dev.navi.metrics.stats.Rta;
import dev.navi.metrics.stats.YearSeries;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The one definition of the positioning quadrant (区域定位规则) that the region-by-node table, the quadrant chart and
 * the atlas's sentences all read, so that they cannot disagree: the RTA threshold, the growth benchmark with its
 * window, and the minimum base below which a regional growth rate is not measured.
 * <p>Rule (first match wins): 空白 GAP when the region has no filings in the node; 优势 ADVANTAGE when RTA ≥
 * {@link #rtaThreshold} <em>and</em> regional growth ≥ {@link #growthBenchmark}; 基础 ESTABLISHED when RTA ≥ threshold
 * but growth is below the benchmark or not measurable; 潜力 POTENTIAL when RTA is below the threshold and growth ≥
 * the benchmark; 薄弱 WEAK otherwise. Growth is the CAGR {@link #growthFrom}→{@link #growthTo}, measured only with at
 * least {@link #minGrowthBase} filings in the window ({@link Growth#cagrWithBase}); the benchmark is the same CAGR of
 * all tagged records worldwide (0 when that is undefined, {@link #benchmarkDefined} false).
 * <p>The module publishes the rule as the table {@value #TABLE_ID} (parameter, value) in results.json and the
 * workbook; {@link #from(MetricTable)} reads it back for the chart and the report.
 *
 * @param rtaThreshold     RTA at or above which the region is specialised (1.0)
 * @param growthBenchmark  growth at or above which the region grows fast (fraction per year; finite)
 * @param benchmarkDefined false when the world CAGR was undefined and 0 is used
 * @param growthFrom       first year of the growth window
 * @param growthTo         last year of the growth window (the last complete year)
 * @param minGrowthBase    fewest filings in the window for a growth rate to be measured
 */
public record PositioningRule(double rtaThreshold, double growthBenchmark, boolean benchmarkDefined, int growthFrom,
                              int growthTo, int minGrowthBase) {
    /** Id of the table that carries the rule. */
    public static final String TABLE_ID = "positioning_rule";

    public PositioningRule {
        if (!Double.isFinite(rtaThreshold) || !Double.isFinite(growthBenchmark)) {
            throw new IllegalArgumentException("thresholds must be finite: " + rtaThreshold + ", " + growthBenchmark);
        }
        if (growthTo <= growthFrom || minGrowthBase < 1) {
            throw new IllegalArgumentException("bad growth window " + growthFrom + "–" + growthTo + " / base " + minGrowthBase);
        }
    }

    /** The rule with RTA 1.0 and the world's CAGR of {@code allTagged} over the window as the benchmark. */
    static PositioningRule of(Map<Integer, Long> allTagged, int growthFrom, int growthTo, int minGrowthBase) {
        double world = dev.navi.metrics.ChainGrowth.cagr(allTagged, growthFrom, growthTo, minGrowthBase);
        return new PositioningRule(1.0, Double.isNaN(world) ? 0.0 : world, !Double.isNaN(world), growthFrom, growthTo,
                minGrowthBase);
    }

    /** Growth of a yearly series by this rule: the window CAGR, NaN below the minimum base or from a zero start. */
    public double growth(Map<Integer, Long> years) {
        return Growth.cagrWithBase(YearSeries.of(years), growthFrom, growthTo, minGrowthBase);
    }

    /** Filings of a yearly series inside the growth window (the base of its growth rate). */
    public long base(Map<Integer, Long> years) {
        return Math.round(Growth.windowSum(YearSeries.of(years), growthFrom, growthTo));
    }

    /** The quadrant of one node. */
    public Quadrant place(double rta, double growth, long regionCount) {
        return Rta.place(rta, growth, regionCount, new Rta.Thresholds(rtaThreshold, growthBenchmark, 0)).quadrant();
    }

    /** The rule in one Chinese sentence, with its numbers. */
    public String sentenceZh() {
        return "定位规则：区域在该环节无申请为空白；RTA不低于" + num(rtaThreshold) + "且区域年均增长率不低于基准" + benchmarkZh()
                + "为优势；RTA不低于" + num(rtaThreshold) + "但增长低于基准或无法计算为基础；RTA低于" + num(rtaThreshold)
                + "而增长不低于基准为潜力；其余为薄弱。增长率为" + growthFrom + "–" + growthTo + "年的复合增长率，窗口内不足"
                + minGrowthBase + "项时不计算（记为“不适用”）。";
    }

    /** The rule in one English sentence, with its numbers. */
    public String sentenceEn() {
        return "Positioning rule: no filings in the region is a gap; RTA ≥ " + num(rtaThreshold)
                + " with regional growth at or above the benchmark " + benchmarkEn() + " is an advantage; RTA ≥ "
                + num(rtaThreshold) + " with growth below the benchmark or not measurable is established; RTA below "
                + num(rtaThreshold) + " with growth at or above the benchmark is potential; the rest is weak. Growth is the CAGR "
                + growthFrom + "–" + growthTo + ", not computed (n/a) with fewer than " + minGrowthBase
                + " filings in the window.";
    }

    /** The benchmark as printed in Chinese: "12.3%（全球全部已标引专利…）". */
    public String benchmarkZh() {
        return pct(growthBenchmark) + (benchmarkDefined ? "（全球全部已标引申请" + growthFrom + "–" + growthTo + "年的复合增长率）"
                : "（全球增长率无法计算，取0）");
    }

    /** The benchmark as printed in English. */
    public String benchmarkEn() {
        return pct(growthBenchmark) + (benchmarkDefined ? " (CAGR " + growthFrom + "–" + growthTo + " of all tagged filings worldwide)"
                : " (world growth not measurable; 0 used)");
    }

    /** The rule as a two-column table (parameter, value). */
    public MetricTable table() {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(new ArrayList<>(List.of("rta_threshold", rtaThreshold)));
        rows.add(new ArrayList<>(List.of("growth_benchmark", growthBenchmark)));
        rows.add(new ArrayList<>(List.of("benchmark_defined", benchmarkDefined ? "yes" : "no")));
        rows.add(new ArrayList<>(List.of("growth_from", (long) growthFrom)));
        rows.add(new ArrayList<>(List.of("growth_to", (long) growthTo)));
        rows.add(new ArrayList<>(List.of("min_growth_base", (long) minGrowthBase)));
        return new MetricTable(TABLE_ID, "区域定位规则", "Positioning rule", List.of("parameter", "value"), rows,
                List.of("quadrant", "cagr_5y"), sentenceZh(), sentenceEn());
    }

    /** The rule read back from its table; empty when the table is missing or incomplete. */
    public static Optional<PositioningRule> from(MetricTable t) {
        if (t == null || !TABLE_ID.equals(t.id())) {
            return Optional.empty();
        }
        Map<String, Object> v = new java.util.HashMap<>();
        for (List<Object> r : t.rows()) {
            v.put(String.valueOf(r.get(0)), r.get(1));
        }
        if (!(v.get("rta_threshold") instanceof Number rta) || !(v.get("growth_benchmark") instanceof Number g)
                || !(v.get("growth_from") instanceof Number f) || !(v.get("growth_to") instanceof Number to)
                || !(v.get("min_growth_base") instanceof Number base)) {
            return Optional.empty();
        }
        return Optional.of(new PositioningRule(rta.doubleValue(), g.doubleValue(), "yes".equals(v.get("benchmark_defined")),
                f.intValue(), to.intValue(), base.intValue()));
    }

    private static String num(double v) {
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.2f", v);
    }

    private static String pct(double v) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * v);
    }
}
