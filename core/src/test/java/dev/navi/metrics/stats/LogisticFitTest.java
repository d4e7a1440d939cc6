package dev.navi.metrics.stats;

import dev.navi.metrics.stats.LogisticFit.Status;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LogisticFitTest {

    private static YearSeries logistic(double k, double r, double t0, int from, int to, double noise) {
        double[] v = new double[to - from + 1];
        for (int i = 0; i < v.length; i++) {
            double wobble = noise == 0 ? 1 : 1 + noise * (i % 2 == 0 ? 1 : -1); // deterministic ± noise
            v[i] = k / (1 + Math.exp(-r * (from + i - t0))) * wobble;
        }
        return YearSeries.of(from, v);
    }

    @Test
    void handCheckableFiveYears() {
        // given K = 100, r = ln 3, t0 = 2002, so exp(−r (t − t0)) = 3^(2002 − t):
        //   2000: 100 / (1 + 9)   = 10
        //   2001: 100 / (1 + 3)   = 25
        //   2002: 100 / (1 + 1)   = 50
        //   2003: 100 / (1 + 1/3) = 75
        //   2004: 100 / (1 + 1/9) = 90
        // increments 10, 15, 25, 25, 15: five years with new filings (the minimum)
        YearSeries c = YearSeries.of(2000, 10, 25, 50, 75, 90);
        // when
        LogisticFit.Result fit = LogisticFit.fit(c);
        // then an exact fit: R² = 1, saturation = 90 / 100 = 0.9
        assertThat(fit.status()).isEqualTo(Status.OK);
        assertThat(fit.k()).isCloseTo(100.0, within(1e-4));
        assertThat(fit.r()).isCloseTo(Math.log(3), within(1e-6)); // 1.0986123
        assertThat(fit.t0()).isCloseTo(2002.0, within(1e-6));
        assertThat(fit.rSquared()).isCloseTo(1.0, within(1e-10));
        assertThat(fit.saturation()).isCloseTo(0.9, within(1e-6));
        assertThat(fit.nonZeroYears()).isEqualTo(5);
        assertThat(fit.valueAt(2002)).isCloseTo(50.0, within(1e-4));
    }

    @Test
    void recoversKnownParameters() {
        // given K = 1000, r = 0.5, t0 = 2010 over 2000–2020 (21 years, exact values)
        LogisticFit.Result fit = LogisticFit.fit(logistic(1000, 0.5, 2010, 2000, 2020, 0));
        // then saturation = C(2020)/K = 1 / (1 + e^−5) = 1 / 1.0067379 = 0.9933071
        assertThat(fit.isOk()).isTrue();
        assertThat(fit.k()).isCloseTo(1000.0, within(1e-3));
        assertThat(fit.r()).isCloseTo(0.5, within(1e-6));
        assertThat(fit.t0()).isCloseTo(2010.0, within(1e-5));
        assertThat(fit.rSquared()).isCloseTo(1.0, within(1e-10));
        assertThat(fit.saturation()).isCloseTo(0.9933071, within(1e-6));
    }

    @Test
    void recoversParametersFromNoisyEarlyData() {
        // given K = 5000, r = 0.4, t0 = 2018, observed 2005–2022 only (C(2022)/K = 1/(1+e^−1.6) = 0.832),
        // each value alternately 3 % high and 3 % low
        LogisticFit.Result fit = LogisticFit.fit(logistic(5000, 0.4, 2018, 2005, 2022, 0.03));
        // then within a few percent of the truth
        assertThat(fit.isOk()).isTrue();
        assertThat(fit.k()).isCloseTo(5000.0, within(250.0));
        assertThat(fit.r()).isCloseTo(0.4, within(0.03));
        assertThat(fit.t0()).isCloseTo(2018.0, within(0.5));
        assertThat(fit.rSquared()).isGreaterThan(0.99);
    }

    @Test
    void tooFewYearsWithNewFilings() {
        // four years only
        assertThat(LogisticFit.fit(YearSeries.of(2000, 10, 25, 50, 75)).status()).isEqualTo(Status.TOO_FEW_YEARS);
        // six years, increments 5, 0, 5, 0, 10, 10 → four years with new filings
        LogisticFit.Result r = LogisticFit.fit(YearSeries.of(2000, 5, 5, 10, 10, 20, 30));
        assertThat(r.status()).isEqualTo(Status.TOO_FEW_YEARS);
        assertThat(r.nonZeroYears()).isEqualTo(4);
        assertThat(r.k()).isNaN();
        assertThat(r.saturation()).isNaN();
        assertThat(LogisticFit.fit(YearSeries.empty()).status()).isEqualTo(Status.TOO_FEW_YEARS);
    }

    @Test
    void noCurvature() {
        // linear cumulative 10, 20, …, 60: every second difference is 0
        assertThat(LogisticFit.fit(YearSeries.of(2000, 10, 20, 30, 40, 50, 60)).status())
                .isEqualTo(Status.NO_CURVATURE);
        // still exponential, cumulative 1, 3, 7, …, 2^10 − 1 (doubling yearly): K runs away beyond 20 × 1023
        double[] v = new double[10];
        for (int i = 0; i < v.length; i++) {
            v[i] = Math.pow(2, i + 1) - 1;
        }
        LogisticFit.Result r = LogisticFit.fit(YearSeries.of(2010, v));
        assertThat(r.status()).isEqualTo(Status.NO_CURVATURE);
        assertThat(r.r()).isNaN();
    }

    @Test
    void fitYearlyCumulatesFirst() {
        // yearly 10, 15, 25, 25, 15 → cumulative 10, 25, 50, 75, 90 (the hand-checkable case)
        LogisticFit.Result fit = LogisticFit.fitYearly(YearSeries.of(2000, 10, 15, 25, 25, 15));
        assertThat(fit.k()).isCloseTo(100.0, within(1e-4));
    }
}
