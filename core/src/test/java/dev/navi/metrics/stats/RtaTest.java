package dev.navi.metrics.stats;

import dev.navi.metrics.stats.Rta.Thresholds;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class RtaTest {
    private static final double EPS = 1e-12;

    @Test
    void rtaIsTheRatioOfShares() {
        // region: 30 of its 200 filings in node X; all: 1,000 of 20,000
        // RTA = (30/200) / (1000/20000) = 0.15 / 0.05 = 3.0
        assertThat(Rta.rta(30, 200, 1000, 20000)).isCloseTo(3.0, within(EPS));
        // node Y: (4/200) / (500/20000) = 0.02 / 0.025 = 0.8
        assertThat(Rta.rta(4, 200, 500, 20000)).isCloseTo(0.8, within(EPS));
        // the region has none in a node others file in: 0
        assertThat(Rta.rta(0, 200, 500, 20000)).isEqualTo(0.0);
    }

    @Test
    void undefinedRtaIsNaN() {
        assertThat(Rta.rta(0, 0, 500, 20000)).isNaN();   // region has no filings at all
        assertThat(Rta.rta(0, 200, 0, 20000)).isNaN();   // nobody files in the node
        assertThat(Rta.share(0, 0)).isNaN();
        assertThat(Rta.share(3, 12)).isCloseTo(0.25, within(EPS));
    }

    @Test
    void rejectsImpossibleCounts() {
        assertThatThrownBy(() -> Rta.rta(5, 4, 1, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Rta.rta(-1, 4, 1, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Thresholds(1, Double.NaN, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void quadrantsWithDefaultThresholds() {
        // given benchmark: all nodes grow 12 %/year; RTA threshold 1.0; GAP at region count 0
        Thresholds t = Thresholds.defaults(0.12);
        // RTA 3.0 ≥ 1, growth 0.20 ≥ 0.12 → ADVANTAGE, growing
        var a = Rta.place(3.0, 0.20, 30, t);
        assertThat(a.quadrant()).isEqualTo(Quadrant.ADVANTAGE);
        assertThat(a.highGrowth()).isTrue();
        // RTA 1.5, growth 0.02 < 0.12 → ESTABLISHED (优势 needs RTA ≥ 1 AND growth ≥ benchmark)
        var slowing = Rta.place(1.5, 0.02, 30, t);
        assertThat(slowing.quadrant()).isEqualTo(Quadrant.ESTABLISHED);
        assertThat(slowing.highGrowth()).isFalse();
        // a specialised node whose growth is not measurable (NaN) is ESTABLISHED, never ADVANTAGE
        assertThat(Rta.place(1.5, Double.NaN, 30, t).quadrant()).isEqualTo(Quadrant.ESTABLISHED);
        // RTA exactly 1.0 and growth exactly 0.12 count as high (≥)
        assertThat(Rta.place(1.0, 0.12, 1, t).quadrant()).isEqualTo(Quadrant.ADVANTAGE);
        assertThat(Rta.place(1.0, 0.0, 1, t).quadrant()).isEqualTo(Quadrant.ESTABLISHED);
        // RTA 0.8 < 1, growth 0.30 ≥ 0.12 → POTENTIAL; growth exactly 0.12 too
        assertThat(Rta.place(0.8, 0.30, 4, t).quadrant()).isEqualTo(Quadrant.POTENTIAL);
        assertThat(Rta.place(0.8, 0.12, 4, t).quadrant()).isEqualTo(Quadrant.POTENTIAL);
        // RTA 0.8, growth 0.05 < 0.12 → WEAK; undefined growth (NaN) → WEAK
        assertThat(Rta.place(0.8, 0.05, 4, t).quadrant()).isEqualTo(Quadrant.WEAK);
        assertThat(Rta.place(0.8, Double.NaN, 4, t).quadrant()).isEqualTo(Quadrant.WEAK);
        // region count 0 → GAP whatever RTA/growth (RTA 0, growth NaN)
        assertThat(Rta.place(0.0, Double.NaN, 0, t).quadrant()).isEqualTo(Quadrant.GAP);
        assertThat(Quadrant.GAP.zh()).isEqualTo("空白");
    }

    @Test
    void nearZeroGapThreshold() {
        // gapMaxCount 2: 2 stray filings still a GAP even with RTA 1.2; 3 filings are not
        Thresholds t = new Thresholds(1.0, 0.12, 2);
        assertThat(Rta.place(1.2, 0.5, 2, t).quadrant()).isEqualTo(Quadrant.GAP);
        assertThat(Rta.place(1.2, 0.5, 3, t).quadrant()).isEqualTo(Quadrant.ADVANTAGE);
    }
}
