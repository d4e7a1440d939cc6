package dev.navi.metrics.stats;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class GrowthTest {
    private static final double EPS = 1e-12;

    @Test
    void yoyPerYearOverTheZeroFilledRange() {
        // given 2018:100, 2019:120, 2020:90, (2021 missing = 0), 2022:45
        YearSeries s = YearSeries.of(Map.of(2018, 100, 2019, 120, 2020, 90, 2022, 45));
        // when
        var yoy = Growth.yoy(s);
        // then 2019: (120 − 100) / 100 = +0.20
        //      2020: (90 − 120) / 120  = −0.25
        //      2021: (0 − 90) / 90     = −1
        //      2022: previous is 0     → NaN
        assertThat(yoy.keySet()).containsExactly(2019, 2020, 2021, 2022);
        assertThat(yoy.get(2019)).isCloseTo(0.20, within(EPS));
        assertThat(yoy.get(2020)).isCloseTo(-0.25, within(EPS));
        assertThat(yoy.get(2021)).isCloseTo(-1.0, within(EPS));
        assertThat(yoy.get(2022)).isNaN();
        assertThat(Growth.yoy(YearSeries.of(2020, 5))).isEmpty();
    }

    @Test
    void cagrFromTwoValues() {
        // (121 / 100)^(1/2) − 1 = 1.1 − 1 = 0.10
        assertThat(Growth.cagr(100, 121, 2)).isCloseTo(0.10, within(EPS));
        // (10 / 80)^(1/3) − 1 = (1/8)^(1/3) − 1 = 0.5 − 1 = −0.5
        assertThat(Growth.cagr(80, 10, 3)).isCloseTo(-0.5, within(EPS));
        // from 0: undefined; to 0: −1
        assertThat(Growth.cagr(0, 5, 2)).isNaN();
        assertThat(Growth.cagr(0, 0, 1)).isNaN();
        assertThat(Growth.cagr(5, 0, 2)).isEqualTo(-1.0);
    }

    @Test
    void cagrOverASeries() {
        // 2016: 16, 2020: 81 → (81/16)^(1/4) − 1 = 3/2 − 1 = 0.5 (4 yearly steps)
        YearSeries s = YearSeries.of(Map.of(2016, 16, 2018, 40, 2020, 81));
        assertThat(Growth.cagr(s, 2016, 2020)).isCloseTo(0.5, within(EPS));
        // 2015 is absent → 0 → NaN
        assertThat(Growth.cagr(s, 2015, 2020)).isNaN();
    }

    @Test
    void relativeGrowthIsTheDifference() {
        // 0.30 − 0.10 = 0.20 (20 percentage points faster than the field)
        assertThat(Growth.relativeGrowth(0.30, 0.10)).isCloseTo(0.20, within(EPS));
        // shrinking less than a shrinking field is positive: −0.02 − (−0.10) = +0.08
        assertThat(Growth.relativeGrowth(-0.02, -0.10)).isCloseTo(0.08, within(EPS));
        assertThat(Growth.relativeGrowth(Double.NaN, 0.1)).isNaN();
    }

    @Test
    void rejectsBadArguments() {
        assertThatThrownBy(() -> Growth.cagr(1, 2, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Growth.cagr(-1, 2, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Growth.cagr(YearSeries.of(2020, 1, 2), 2021, 2021))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Growth.yoy(YearSeries.of(2020, 1, -2))).isInstanceOf(IllegalArgumentException.class);
    }
}
