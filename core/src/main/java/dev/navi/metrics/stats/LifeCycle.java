package dev.navi.metrics.stats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Technology life cycle of one chain node (技术生命周期): the phase diagram (filings vs distinct applicants per
 * year) and a stage call with the numbers and a one-sentence reason in Chinese and English.
 *
 * <h2>Complete years</h2>
 * Patent applications are published about 18 months after filing, so the most recent filing years are
 * under-counted. The caller passes the last complete filing year ({@link #lastCompleteYear(LocalDate)}
 * derives it from the data cut-off date); later years stay in the phase diagram, marked incomplete and
 * listed in {@link Assessment#incompleteYears()}, but never enter the stage call or the logistic fit.
 *
 * <h2>Stage rules</h2>
 * With L the last complete year and W the window ({@link Options#windowYears()}, default 3), the window
 * runs from L−W to L (W yearly steps). g<sub>F</sub> and g<sub>A</sub> are the effective growth of
 * filings and of applicants from L−W to L: the CAGR (last/first)<sup>1/W</sup> − 1, except +∞ when the
 * first value is 0 and the last is not, and 0 when both are 0 (the reported {@code filingsCagr} /
 * {@code applicantsCagr} stay the plain CAGR, NaN from 0). The logistic fit is made on the cumulative
 * filings of all complete years; its saturation is C(L)/K. Rules, first match wins (defaults in brackets):
 * <ol>
 *   <li>INSUFFICIENT_DATA: no filing in a complete year, or the first filing year is after L−W
 *       (fewer than W+1 complete years of history).</li>
 *   <li>DECLINE (衰退): no filing in the window at all, or g<sub>F</sub> ≤ {@code declineGrowth} [−5 %] and
 *       g<sub>A</sub> ≤ {@code declineGrowth}: both shrink.</li>
 *   <li>EMERGING (萌芽): mean yearly filings over the W+1 window years &lt; {@code emergingMaxAnnual} [20],
 *       filings rose over the window (F(L) &gt; F(L−W)), <em>and</em> the logistic fit does not place the node
 *       past {@code growthMaxSaturation} [50 %] of its ceiling: small, rising and early. (A small node at 60 % of its
 *       fitted ceiling is not emerging.)</li>
 *   <li>GROWTH (成长): g<sub>F</sub> ≥ {@code fastGrowth} [10 %] and applicants not shrinking (g<sub>A</sub> ≥ 0):
 *       a node whose filings grow fast is never called mature, whatever the fit says.</li>
 *   <li>MATURE (成熟) otherwise: growth near zero (|g<sub>F</sub>| &lt; {@code flatGrowth} [5 %]), or slowing
 *       below {@code fastGrowth}, with the fit's saturation quoted when it is ≥ {@code matureMinSaturation} [70 %],
 *       or consolidation (filings up fast while the applicant count falls).</li>
 * </ol>
 * The W+1 window years L−W..L are called "the last W+1 complete years" in the reasons (2020–2023 is four years).
 */
public final class LifeCycle {
    /** Publication lag: filings of the last 18 months before the cut-off are incomplete. */
    public static final int PUBLICATION_LAG_MONTHS = 18;

    private LifeCycle() {
    }

    /** Life-cycle stage. */
    public enum Stage {
        EMERGING("萌芽期", "emerging"),
        GROWTH("成长期", "growth"),
        MATURE("成熟期", "mature"),
        DECLINE("衰退期", "decline"),
        INSUFFICIENT_DATA("数据不足", "insufficient data");

        private final String zh;
        private final String en;

        Stage(String zh, String en) {
            this.zh = zh;
            this.en = en;
        }

        public String zh() {
            return zh;
        }

        public String en() {
            return en;
        }
    }

    /** One year of the phase diagram; {@code complete} is false for years after the last complete year. */
    public record PhasePoint(int year, double filings, double applicants, boolean complete) {
    }

    /** Thresholds of the stage rules; growth values are fractions per year. */
    public record Options(int windowYears, double fastGrowth, double flatGrowth, double declineGrowth,
                          double emergingMaxAnnual, double growthMaxSaturation, double matureMinSaturation) {
        public Options {
            if (windowYears < 1) {
                throw new IllegalArgumentException("windowYears must be ≥ 1: " + windowYears);
            }
            if (!(flatGrowth >= 0) || !(fastGrowth >= flatGrowth) || !(declineGrowth <= 0)) {
                throw new IllegalArgumentException("need declineGrowth ≤ 0 ≤ flatGrowth ≤ fastGrowth");
            }
            if (!(growthMaxSaturation > 0) || !(matureMinSaturation >= growthMaxSaturation)
                    || !(matureMinSaturation <= 1) || !(emergingMaxAnnual >= 0)) {
                throw new IllegalArgumentException("need 0 < growthMaxSaturation ≤ matureMinSaturation ≤ 1");
            }
        }

        /** W = 3, fast 10 %, flat 5 %, decline −5 %, emerging &lt; 20 a year, saturation 50 % / 70 %. */
        public static Options defaults() {
            return new Options(3, 0.10, 0.05, -0.05, 20, 0.50, 0.70);
        }
    }

    /**
     * The stage call. {@code windowFrom}/{@code windowTo} are L−W and L; the CAGRs are plain CAGRs (NaN
     * from 0); {@code meanAnnualFilings} is over the W+1 window years; {@code fit} is the logistic fit of
     * the complete years' cumulative filings (never null; not OK when not fitted); {@code phaseDiagram}
     * covers every year of either input, zero-filled; {@code incompleteYears} are the years after L that
     * the inputs contain, ignored for the call.
     */
    public record Assessment(Stage stage, int lastCompleteYear, int windowFrom, int windowTo,
                             double filingsCagr, double applicantsCagr, double meanAnnualFilings,
                             LogisticFit.Result fit, List<PhasePoint> phaseDiagram, List<Integer> incompleteYears,
                             String reasonZh, String reasonEn) {
        public Assessment {
            Objects.requireNonNull(stage, "stage");
            Objects.requireNonNull(fit, "fit");
            phaseDiagram = List.copyOf(phaseDiagram);
            incompleteYears = List.copyOf(incompleteYears);
            Objects.requireNonNull(reasonZh, "reasonZh");
            Objects.requireNonNull(reasonEn, "reasonEn");
        }
    }

    /**
     * The last complete filing year for a data cut-off date: the last year Y whose last filing day,
     * 31 December Y, plus {@value #PUBLICATION_LAG_MONTHS} months (= 30 June of Y+2) is on or before the
     * cut-off. Examples: cut-off 2026-11-22 → 2024; 2026-06-30 → 2024; 2026-06-29 → 2023.
     */
    public static int lastCompleteYear(LocalDate cutoff) {
        int y = cutoff.getYear();
        while (LocalDate.of(y, 12, 31).plusMonths(PUBLICATION_LAG_MONTHS).isAfter(cutoff)) {
            y--;
        }
        return y;
    }

    /** The phase diagram over every year of either series (zero-filled), ascending, completeness flagged. */
    public static List<PhasePoint> phaseDiagram(YearSeries filings, YearSeries applicants, int lastCompleteYear) {
        TreeSet<Integer> years = new TreeSet<>(filings.years());
        years.addAll(applicants.years());
        List<PhasePoint> out = new ArrayList<>();
        if (years.isEmpty()) {
            return List.of();
        }
        for (int y = years.first(); y <= years.last(); y++) {
            out.add(new PhasePoint(y, filings.valueOr(y, 0), applicants.valueOr(y, 0), y <= lastCompleteYear));
        }
        return List.copyOf(out);
    }

    /** {@link #assess(YearSeries, YearSeries, int, Options)} with {@link Options#defaults()}. */
    public static Assessment assess(YearSeries filings, YearSeries applicants, int lastCompleteYear) {
        return assess(filings, applicants, lastCompleteYear, Options.defaults());
    }

    /**
     * Calls the stage by the rules in the class description.
     *
     * @param filings          filings per year (counting unit of the caller), values ≥ 0
     * @param applicants       distinct applicants per year, values ≥ 0
     * @param lastCompleteYear L; years after it are flagged and ignored
     */
    public static Assessment assess(YearSeries filings, YearSeries applicants, int lastCompleteYear, Options o) {
        Objects.requireNonNull(filings, "filings");
        Objects.requireNonNull(applicants, "applicants");
        Objects.requireNonNull(o, "options");
        int l = lastCompleteYear;
        int w = o.windowYears();
        int from = l - w;
        List<PhasePoint> diagram = phaseDiagram(filings, applicants, l);
        List<Integer> incomplete = diagram.stream().filter(p -> !p.complete()).map(PhasePoint::year).toList();

        YearSeries completeFilings = filings.between(Integer.MIN_VALUE, l);
        int firstFiling = Integer.MAX_VALUE;
        for (var e : completeFilings.asMap().entrySet()) {
            if (e.getValue() > 0) {
                firstFiling = e.getKey();
                break;
            }
        }
        double f0 = filings.valueOr(from, 0);
        double f1 = filings.valueOr(l, 0);
        double a0 = applicants.valueOr(from, 0);
        double a1 = applicants.valueOr(l, 0);
        double gF = Growth.cagr(f0, f1, w);
        double gA = Growth.cagr(a0, a1, w);
        double windowSum = filings.zeroFilled(from, l).sum();
        double mean = windowSum / (w + 1);
        String span = from + "–" + l;

        if (firstFiling == Integer.MAX_VALUE || firstFiling > from) {
            LogisticFit.Result none = LogisticFit.Result.failed(LogisticFit.Status.TOO_FEW_YEARS, 0, 0);
            String zh = firstFiling == Integer.MAX_VALUE
                    ? "截至最后完整年度" + l + "年尚无申请，无法判断生命周期阶段。"
                    : "首件申请在" + firstFiling + "年，完整年度不足" + (w + 1) + "年（需覆盖" + span + "年），无法判断生命周期阶段。";
            String en = firstFiling == Integer.MAX_VALUE
                    ? "No filings up to the last complete year " + l + ", so no stage can be called."
                    : "The first filing is in " + firstFiling + ", fewer than " + (w + 1)
                    + " complete years (" + span + " needed), so no stage can be called.";
            return new Assessment(Stage.INSUFFICIENT_DATA, l, from, l, gF, gA, mean, none, diagram, incomplete, zh, en);
        }

        LogisticFit.Result fit = LogisticFit.fitYearly(filings.zeroFilled(firstFiling, l));
        double effF = effective(f0, f1, gF);
        double effA = effective(a0, a1, gA);
        String g = "近" + (w + 1) + "个完整年度（" + span + "年）申请量年均增长率为" + pct(gF, true) + "、申请人数年均增长率为" + pct(gA, true);
        String ge = "Over the last " + (w + 1) + " complete years (" + span + ") the filings CAGR was " + pct(gF, false)
                + " and the applicants CAGR " + pct(gA, false);
        String sat = fit.isOk() ? "，累计申请量达拟合饱和值的" + pct(fit.saturation(), true) : "，逻辑斯蒂拟合不可用";
        String sate = fit.isOk() ? ", with cumulative filings at " + pct(fit.saturation(), false) + " of the fitted ceiling"
                : ", with no usable logistic fit";

        Stage stage;
        String zh;
        String en;
        if (windowSum == 0) {
            stage = Stage.DECLINE;
            zh = span + "年无任何申请（最早申请在" + firstFiling + "年），处于衰退期。";
            en = "No filings at all in " + span + " (first filing in " + firstFiling + "): decline stage.";
        } else if (effF <= o.declineGrowth() && effA <= o.declineGrowth()) {
            stage = Stage.DECLINE;
            zh = g + "，两者均在萎缩，处于衰退期。";
            en = ge + ": both are shrinking, decline stage.";
        } else if (mean < o.emergingMaxAnnual() && f1 > f0
                && !(fit.isOk() && fit.saturation() >= o.growthMaxSaturation())) {
            stage = Stage.EMERGING;
            zh = g + "，年均申请仅" + num(mean) + "件但在上升" + sat + "，处于萌芽期。";
            en = ge + "; only " + num(mean) + " filings a year but rising" + sate + ": emerging stage.";
        } else if (effF >= o.fastGrowth() && effA >= 0) {
            stage = Stage.GROWTH;
            zh = g + "，申请量增长不低于" + pct(o.fastGrowth(), true) + "且申请人数未减少" + sat + "，处于成长期。";
            en = ge + "; filings grow at least " + pct(o.fastGrowth(), false) + " a year and applicants are not falling"
                    + sate + ": growth stage.";
        } else {
            stage = Stage.MATURE;
            if (effF >= o.fastGrowth()) {
                zh = g + "，申请量仍快速增长但申请人数减少，技术趋于集中" + sat + "，处于成熟期。";
                en = ge + "; filings still grow fast but applicants are falling, so the field is consolidating" + sate
                        + ": mature stage.";
            } else if (Math.abs(effF) < o.flatGrowth()) {
                zh = g + "，申请量增长趋于停滞（绝对值低于" + pct(o.flatGrowth(), true) + "）" + sat + "，处于成熟期。";
                en = ge + "; filing growth has slowed to near zero (below " + pct(o.flatGrowth(), false)
                        + " in absolute value)" + sate + ": mature stage.";
            } else if (fit.isOk() && fit.saturation() >= o.matureMinSaturation()) {
                zh = g + sat + "（不低于" + pct(o.matureMinSaturation(), true) + "），增长已放缓，处于成熟期。";
                en = ge + sate + " (at least " + pct(o.matureMinSaturation(), false) + ") and growth has slowed: mature stage.";
            } else {
                zh = g + "，申请量增长低于" + pct(o.fastGrowth(), true) + sat + "，增长放缓，处于成熟期。";
                en = ge + "; filings grow less than " + pct(o.fastGrowth(), false) + " a year" + sate
                        + ", so growth is slowing: mature stage.";
            }
        }
        return new Assessment(stage, l, from, l, gF, gA, mean, fit, diagram, incomplete, zh, en);
    }

    private static double effective(double first, double last, double cagr) {
        if (first > 0) {
            return cagr;
        }
        return last > 0 ? Double.POSITIVE_INFINITY : 0;
    }

    private static String pct(double fraction, boolean zh) {
        if (Double.isNaN(fraction)) {
            return zh ? "不适用（起点为0）" : "n/a (from 0)";
        }
        return String.format(Locale.ROOT, "%.1f%%", 100 * fraction);
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
