package dev.navi.metrics.stats;

import dev.navi.metrics.stats.Concentration.HhiReading;
import dev.navi.metrics.stats.Concentration.Share;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ConcentrationTest {
    private static final double EPS = 1e-12;

    /** A=40, B=30, C=20, E=5, D=5 (inserted E before D on purpose), T = 100. */
    private static Map<String, Long> fiveApplicants() {
        Map<String, Long> m = new LinkedHashMap<>();
        m.put("A", 40L);
        m.put("B", 30L);
        m.put("C", 20L);
        m.put("E", 5L);
        m.put("D", 5L);
        return m;
    }

    @Test
    void crNSumsTheLargestShares() {
        // given T = 40 + 30 + 20 + 5 + 5 = 100
        Map<String, Long> counts = fiveApplicants();
        // then CR2 = (40 + 30) / 100 = 0.70
        //      CR4 = (40 + 30 + 20 + 5) / 100 = 0.95  (D or E: either 5 gives the same sum)
        //      CR8 with only 5 applicants = 100 / 100 = 1
        assertThat(Concentration.crN(counts, 2)).isCloseTo(0.70, within(EPS));
        assertThat(Concentration.crN(counts, 4)).isCloseTo(0.95, within(EPS));
        assertThat(Concentration.crN(counts, 8)).isCloseTo(1.0, within(EPS));
    }

    @Test
    void hhiIsOnPercentageShares() {
        // shares in %: 40, 30, 20, 5, 5
        // HHI = 40² + 30² + 20² + 5² + 5² = 1600 + 900 + 400 + 25 + 25 = 2950 → highly concentrated (> 2500)
        double hhi = Concentration.hhi(fiveApplicants());
        assertThat(hhi).isCloseTo(2950.0, within(1e-9));
        assertThat(Concentration.reading(hhi)).isEqualTo(HhiReading.HIGHLY_CONCENTRATED);
    }

    @Test
    void hhiOfUnevenTotalAndOfEqualApplicants() {
        // 甲 = 3, 乙 = 1, T = 4: shares 75 %, 25 % → HHI = 5625 + 625 = 6250
        assertThat(Concentration.hhi(Map.of("甲", 3L, "乙", 1L))).isCloseTo(6250.0, within(1e-9));
        // 4 equal applicants: 4 × 25² = 2500 = 10,000 / 4 → boundary, still "moderately" (inclusive)
        double equal4 = Concentration.hhi(Map.of("a", 7L, "b", 7L, "c", 7L, "d", 7L));
        assertThat(equal4).isCloseTo(2500.0, within(1e-9));
        assertThat(Concentration.reading(equal4)).isEqualTo(HhiReading.MODERATELY_CONCENTRATED);
        // a single applicant: 100² = 10,000
        assertThat(Concentration.hhi(Map.of("solo", 12L))).isCloseTo(10_000.0, within(1e-9));
    }

    @Test
    void readingBands() {
        assertThat(Concentration.reading(1499.99)).isEqualTo(HhiReading.UNCONCENTRATED);
        assertThat(Concentration.reading(1500)).isEqualTo(HhiReading.MODERATELY_CONCENTRATED);
        assertThat(Concentration.reading(2500.01)).isEqualTo(HhiReading.HIGHLY_CONCENTRATED);
        assertThat(Concentration.reading(Double.NaN)).isEqualTo(HhiReading.UNDEFINED);
    }

    @Test
    void rankedBreaksTiesByNameAscending() {
        // when
        var ranked = Concentration.ranked(fiveApplicants());
        // then count descending; D and E tie at 5 → D (rank 4) before E (rank 5), whatever the map order
        assertThat(ranked).extracting(Share::applicant).containsExactly("A", "B", "C", "D", "E");
        assertThat(ranked).extracting(Share::rank).containsExactly(1, 2, 3, 4, 5);
        // shares = count / 100
        assertThat(ranked).extracting(Share::share).containsExactly(0.40, 0.30, 0.20, 0.05, 0.05);
    }

    @Test
    void rankedTieRuleUsesCodePointOrderForChineseNames() {
        // 华为 (华 = U+534E) and 中兴 (中 = U+4E2D) tie at 10; U+4E2D < U+534E → 中兴 first; 0-count kept last
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("华为", 10L);
        counts.put("零", 0L);
        counts.put("中兴", 10L);
        var ranked = Concentration.ranked(counts);
        assertThat(ranked).extracting(Share::applicant).containsExactly("中兴", "华为", "零");
        // shares 10/20 = 0.5, 0.5, 0
        assertThat(ranked).extracting(Share::share).containsExactly(0.5, 0.5, 0.0);
    }

    @Test
    void emptyOrAllZeroIsNaN() {
        assertThat(Concentration.hhi(Map.of())).isNaN();
        assertThat(Concentration.crN(Map.of("a", 0L), 4)).isNaN();
        assertThat(Concentration.ranked(Map.of("a", 0L)).get(0).share()).isNaN();
        assertThat(Concentration.ranked(Map.of())).isEmpty();
    }

    @Test
    void rejectsBadInput() {
        assertThatThrownBy(() -> Concentration.hhi(Map.of("a", -1L))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Concentration.crN(Map.of("a", 1L), 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
