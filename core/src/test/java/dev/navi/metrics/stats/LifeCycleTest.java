package dev.navi.metrics.stats;

import dev.navi.metrics.stats.LifeCycle.Assessment;
import dev.navi.metrics.stats.LifeCycle.PhasePoint;
import dev.navi.metrics.stats.LifeCycle.Stage;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LifeCycleTest {

    @Test
    void lastCompleteYearLeavesEighteenMonths() {
        // year Y is complete once 31 Dec Y + 18 months = 30 Jun Y+2 has passed
        // 2026-11-22: 2024 complete on 2026-06-30 ≤ cut-off; 2025 only on 2027-06-30 → 2024
        assertThat(LifeCycle.lastCompleteYear(LocalDate.of(2026, 11, 22))).isEqualTo(2024);
        // 2026-06-30 is exactly the day 2024 becomes complete → 2024
        assertThat(LifeCycle.lastCompleteYear(LocalDate.of(2026, 6, 30))).isEqualTo(2024);
        // 2026-06-29: one day short → 2023
        assertThat(LifeCycle.lastCompleteYear(LocalDate.of(2026, 6, 29))).isEqualTo(2023);
    }

    @Test
    void growthIgnoringIncompleteYears() {
        // given filings ×1.5 a year up to 2022, then the publication-lag dip in 2023–2024
        YearSeries filings = YearSeries.of(2016, 12, 18, 27, 40, 60, 90, 135, 150, 30);
        YearSeries applicants = YearSeries.of(2016, 8, 10, 14, 20, 26, 33, 40, 45, 12);
        // when L = 2022 (window 2019–2022)
        Assessment a = LifeCycle.assess(filings, applicants, 2022);
        // then g_F = (135/40)^(1/3) − 1 = 3.375^(1/3) − 1 = 1.5 − 1 = 0.50
        //      g_A = (40/20)^(1/3) − 1 = 1.259921 − 1 = 0.259921
        //      mean = (40 + 60 + 90 + 135) / 4 = 81.25 ≥ 20 → not emerging
        //      both ≥ 10 % and the cumulative curve is still exponential (no OK fit, or saturation < 50 %)
        assertThat(a.stage()).isEqualTo(Stage.GROWTH);
        assertThat(a.filingsCagr()).isCloseTo(0.50, within(1e-12));
        assertThat(a.applicantsCagr()).isCloseTo(0.259921, within(1e-6));
        assertThat(a.meanAnnualFilings()).isCloseTo(81.25, within(1e-12));
        assertThat(a.fit().isOk() ? a.fit().saturation() : 0).isLessThan(0.5);
        assertThat(a.windowFrom()).isEqualTo(2019);
        assertThat(a.incompleteYears()).containsExactly(2023, 2024);
        assertThat(a.reasonEn()).contains("50.0%", "26.0%", "2019–2022", "growth stage");
        assertThat(a.reasonZh()).contains("50.0%", "26.0%", "成长期");
        // with the incomplete years wrongly counted (L = 2024) the same data would read as decline:
        // g_F = (30/90)^(1/3) − 1 = −0.307, g_A = (12/33)^(1/3) − 1 = −0.286
        assertThat(LifeCycle.assess(filings, applicants, 2024).stage()).isEqualTo(Stage.DECLINE);
    }

    @Test
    void matureBySaturation() {
        // given cumulative C(t) = 10000 / (1 + e^(−0.6 (t − 2012))), 2000–2022; yearly filings = differences
        double[] yearly = new double[23];
        double previous = 0;
        for (int i = 0; i < yearly.length; i++) {
            double c = 10000 / (1 + Math.exp(-0.6 * (2000 + i - 2012)));
            yearly[i] = c - previous;
            previous = c;
        }
        YearSeries filings = YearSeries.of(2000, yearly);
        YearSeries applicants = YearSeries.of(2019, 30, 30, 30, 30); // flat 30 in the window: not shrinking
        // when
        Assessment a = LifeCycle.assess(filings, applicants, 2022);
        // then saturation = C(2022)/K = 1 / (1 + e^−6) = 1 / 1.0024788 = 0.997527 ≥ 0.70
        //      (filings fall, g_F ≈ −0.45, but applicants are flat (g_A = 0 > −5 %), so not decline;
        //       mean yearly filings ≈ 55 ≥ 20, so not emerging)
        assertThat(a.stage()).isEqualTo(Stage.MATURE);
        assertThat(a.fit().isOk()).isTrue();
        assertThat(a.fit().saturation()).isCloseTo(0.997527, within(1e-4));
        assertThat(a.fit().k()).isCloseTo(10000, within(1.0));
        assertThat(a.applicantsCagr()).isCloseTo(0.0, within(1e-12));
        assertThat(a.reasonZh()).contains("饱和", "成熟期");
    }

    @Test
    void matureWhenGrowthIsFlat() {
        // 100 filings and 50 applicants every year 2010–2022: g_F = g_A = 0; cumulative linear → no fit
        YearSeries filings = YearSeries.of(2010, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100);
        YearSeries applicants = YearSeries.of(2010, 50, 50, 50, 50, 50, 50, 50, 50, 50, 50, 50, 50, 50);
        Assessment a = LifeCycle.assess(filings, applicants, 2022);
        assertThat(a.stage()).isEqualTo(Stage.MATURE);
        assertThat(a.fit().status()).isEqualTo(LogisticFit.Status.NO_CURVATURE);
        assertThat(a.reasonEn()).contains("near zero");
    }

    @Test
    void fastFilingGrowthIsNeverMature() {
        // filings 2019: 40 → 2022: 135 (+50 %/yr); applicants 30 → 30 (0 %, not shrinking) → growth, not mature
        YearSeries filings = YearSeries.of(2016, 12, 18, 27, 40, 60, 90, 135);
        YearSeries applicants = YearSeries.of(2016, 30, 30, 30, 30, 30, 30, 30);
        Assessment a = LifeCycle.assess(filings, applicants, 2022);
        assertThat(a.stage()).isEqualTo(Stage.GROWTH);
        assertThat(a.reasonEn()).contains("applicants are not falling", "growth stage");
    }

    @Test
    void matureWhenApplicantsFallWhileFilingsGrow() {
        // filings 40 → 135 (+50 %/yr); applicants 40 → 20: (20/40)^(1/3) − 1 = −0.206 → consolidation, mature
        // (not decline: filings grow)
        YearSeries filings = YearSeries.of(2016, 12, 18, 27, 40, 60, 90, 135);
        YearSeries applicants = YearSeries.of(2016, 40, 40, 40, 40, 30, 25, 20);
        Assessment a = LifeCycle.assess(filings, applicants, 2022);
        assertThat(a.stage()).isEqualTo(Stage.MATURE);
        assertThat(a.reasonEn()).contains("consolidating");
        assertThat(a.reasonZh()).contains("趋于集中");
    }

    @Test
    void aSmallNodePastHalfItsCeilingIsNotEmerging() {
        // given a small logistic node: C(t) = 100 / (1 + e^(−0.5 (t − 2019))), 2005–2022, yearly = differences:
        // mean yearly filings 2019–2022 ≈ 12 < 20, but C(2022)/K = 1 / (1 + e^−1.5) = 0.82 ≥ 50 % of the ceiling
        double[] yearly = new double[18];
        double previous = 0;
        for (int i = 0; i < yearly.length; i++) {
            double c = 100 / (1 + Math.exp(-0.5 * (2005 + i - 2019)));
            yearly[i] = c - previous;
            previous = c;
        }
        // a late uptick in 2022 so that F(2022) > F(2019), the case the old volume-only rule called emerging
        yearly[17] = yearly[14] + 1;
        YearSeries filings = YearSeries.of(2005, yearly);
        YearSeries applicants = YearSeries.of(2019, 8, 8, 8, 8);
        Assessment a = LifeCycle.assess(filings, applicants, 2022);
        assertThat(a.meanAnnualFilings()).isLessThan(20);
        assertThat(a.fit().isOk()).isTrue();
        assertThat(a.fit().saturation()).isGreaterThanOrEqualTo(0.5);
        assertThat(a.stage()).isNotEqualTo(Stage.EMERGING);
    }

    @Test
    void theWindowIsNamedByItsYears() {
        // W = 3 steps from 2019 to 2022 are four complete years
        YearSeries filings = YearSeries.of(2016, 12, 18, 27, 40, 60, 90, 135);
        YearSeries applicants = YearSeries.of(2016, 30, 30, 30, 30, 30, 30, 30);
        Assessment a = LifeCycle.assess(filings, applicants, 2022);
        assertThat(a.reasonZh()).startsWith("近4个完整年度（2019–2022年）");
        assertThat(a.reasonEn()).startsWith("Over the last 4 complete years (2019–2022)");
    }

    @Test
    void declineWhenBothShrink() {
        // g_F = (50/100)^(1/3) − 1 = 0.793701 − 1 = −0.206299
        // g_A = (5/40)^(1/3) − 1 = 0.5 − 1 = −0.5; both ≤ −5 %
        YearSeries filings = YearSeries.of(2015, 100, 100, 100, 100, 80, 60, 50);
        YearSeries applicants = YearSeries.of(2015, 40, 40, 40, 40, 20, 10, 5);
        Assessment a = LifeCycle.assess(filings, applicants, 2021);
        assertThat(a.stage()).isEqualTo(Stage.DECLINE);
        assertThat(a.filingsCagr()).isCloseTo(-0.206299, within(1e-6));
        assertThat(a.applicantsCagr()).isCloseTo(-0.5, within(1e-12));
        assertThat(a.reasonZh()).contains("衰退期");
        // filings only in 2010–2014, none in the window 2019–2022 → DECLINE (field abandoned)
        Assessment gone = LifeCycle.assess(YearSeries.of(2010, 5, 5, 5, 5, 5), YearSeries.of(2010, 2, 2, 2, 2, 2), 2022);
        assertThat(gone.stage()).isEqualTo(Stage.DECLINE);
        assertThat(gone.reasonEn()).contains("No filings at all in 2019–2022");
    }

    @Test
    void emergingWhenSmallButRising() {
        // filings 2018–2022: 1, 0, 2, 3, 8; window 2019–2022 starts at 0 → CAGR NaN (reported), rising
        // mean = (0 + 2 + 3 + 8) / 4 = 3.25 < 20
        YearSeries filings = YearSeries.of(2018, 1, 0, 2, 3, 8);
        YearSeries applicants = YearSeries.of(2018, 1, 0, 2, 2, 5);
        Assessment a = LifeCycle.assess(filings, applicants, 2022);
        assertThat(a.stage()).isEqualTo(Stage.EMERGING);
        assertThat(a.filingsCagr()).isNaN();
        assertThat(a.meanAnnualFilings()).isCloseTo(3.25, within(1e-12));
        assertThat(a.reasonEn()).contains("3.3", "emerging"); // 3.25 printed to 1 decimal, half-up
    }

    @Test
    void insufficientData() {
        // first filing 2021 > L − W = 2019
        Assessment late = LifeCycle.assess(YearSeries.of(2021, 5, 9), YearSeries.of(2021, 2, 3), 2022);
        assertThat(late.stage()).isEqualTo(Stage.INSUFFICIENT_DATA);
        assertThat(late.reasonEn()).contains("2021");
        // filings only after the cut-off
        Assessment none = LifeCycle.assess(YearSeries.of(2023, 5), YearSeries.empty(), 2022);
        assertThat(none.stage()).isEqualTo(Stage.INSUFFICIENT_DATA);
        assertThat(none.incompleteYears()).containsExactly(2023);
        assertThat(LifeCycle.assess(YearSeries.empty(), YearSeries.empty(), 2022).stage())
                .isEqualTo(Stage.INSUFFICIENT_DATA);
    }

    @Test
    void phaseDiagramIsZeroFilledAndFlagged() {
        YearSeries filings = YearSeries.of(java.util.Map.of(2020, 4, 2022, 6));
        YearSeries applicants = YearSeries.of(java.util.Map.of(2021, 1, 2023, 2));
        assertThat(LifeCycle.phaseDiagram(filings, applicants, 2022)).containsExactly(
                new PhasePoint(2020, 4, 0, true),
                new PhasePoint(2021, 0, 1, true),
                new PhasePoint(2022, 6, 0, true),
                new PhasePoint(2023, 0, 2, false));
    }
}
