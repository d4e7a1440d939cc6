package dev.navi.metrics.stats;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class YearSeriesTest {

    @Test
    void sortsByYearAndZeroFillsTheRange() {
        // given 2020 → 5, 2017 → 2 (unsorted, 2018–2019 missing)
        YearSeries s = YearSeries.of(Map.of(2020, 5, 2017, 2L));
        // then
        assertThat(s.years()).containsExactly(2017, 2020);
        assertThat(s.zeroFilled().asMap()).containsExactly(
                Map.entry(2017, 2.0), Map.entry(2018, 0.0), Map.entry(2019, 0.0), Map.entry(2020, 5.0));
        // a wider explicit range adds zero years on both sides and drops nothing inside
        assertThat(s.zeroFilled(2016, 2018).asMap()).containsExactly(
                Map.entry(2016, 0.0), Map.entry(2017, 2.0), Map.entry(2018, 0.0));
    }

    @Test
    void cumulativeIsTheRunningTotalOverTheFilledRange() {
        // 2,0,0,5 → 2, 2, 2, 7
        YearSeries c = YearSeries.of(Map.of(2017, 2, 2020, 5)).cumulative();
        assertThat(c).isEqualTo(YearSeries.of(2017, 2, 2, 2, 7));
        assertThat(c.sum()).isEqualTo(13.0);
    }

    @Test
    void betweenAndLookups() {
        YearSeries s = YearSeries.of(2010, 1, 2, 3, 4);
        assertThat(s.between(2011, 2012)).isEqualTo(YearSeries.of(2011, 2, 3));
        assertThat(s.between(2013, 2011).isEmpty()).isTrue();
        assertThat(s.valueOr(2009, -1)).isEqualTo(-1.0);
        assertThat(s.firstYear()).hasValue(2010);
        assertThat(s.lastYear()).hasValue(2013);
        assertThat(YearSeries.empty().cumulative().isEmpty()).isTrue();
    }

    @Test
    void isImmutableAndRejectsNonFiniteValues() {
        YearSeries s = YearSeries.of(2010, 1);
        assertThatThrownBy(() -> s.asMap().put(2011, 2.0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> YearSeries.of(2010, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> s.zeroFilled(2012, 2011)).isInstanceOf(IllegalArgumentException.class);
    }
}
