package dev.navi.metrics.positioning;

import dev.navi.metrics.MetricTable;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.navi.metrics.positioning.PositioningFixture.cell;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * {@link HighValuePatents} on {@link QualityIndicatorsTest}'s eight records: the region's q1–q4, citation cohorts
 * (all tagged records of a year) 2020 mean 3, 2021 mean 4.
 */
class HighValuePatentsTest {
    private static final double EPS = 1e-9;
    private final MetricTable t = HighValuePatents.compute(QualityIndicatorsTest.context(QualityIndicatorsTest.records()));

    @Test
    void rankedByTheScoreWithItsParts() {
        // q1: citations min(4/3, 4)/4 = 0.3333, offices CN+US → (2−1)/4 = 0.25, in force 1 → 0.5·0.3333 + 0.25·0.25 + 0.25 = 0.47917
        // q3: (2/4)/4 = 0.125, 1 office 0, in force 1 → 0.0625 + 0.25 = 0.3125
        // q4: no count 0, CN+WO 0.25, pending 0.5 → 0.0625 + 0.125 = 0.1875
        // q2: cited 0, 1 office, lapsed without a grant 0 → 0
        assertThat(t.rows()).extracting(r -> cell(t, r, "publication")).containsExactly("CNq1A", "CNq3A", "CNq4A", "CNq2A");
        List<Object> q1 = t.rows().get(0);
        assertThat((Double) cell(t, q1, "cohort_citations")).isCloseTo(4 / 3.0, within(EPS));
        assertThat((Double) cell(t, q1, "citation_part")).isCloseTo(1 / 3.0, within(EPS));
        assertThat(cell(t, q1, "family_offices")).isEqualTo(2L);
        assertThat((Double) cell(t, q1, "family_part")).isCloseTo(0.25, within(EPS));
        assertThat((Double) cell(t, q1, "legal_part")).isCloseTo(1.0, within(EPS));
        assertThat((Double) cell(t, q1, "score")).isCloseTo(0.5 / 3 + 0.0625 + 0.25, within(EPS));
        assertThat(cell(t, q1, "applicants")).isEqualTo("成都甲公司");
        assertThat((Double) cell(t, t.rows().get(2), "score")).isCloseTo(0.1875, within(EPS));
        assertThat(cell(t, t.rows().get(2), "cohort_citations")).isNull();
        assertThat((Double) cell(t, t.rows().get(3), "score")).isCloseTo(0.0, within(EPS));
    }
}
