package dev.navi.chain.review;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ReviewResultTest {
    @Test
    void wilsonIntervalsWorkedByHand() {
        // 8 of 10: p = 0.8, z = 1.96: centre = (0.8 + 0.19208) / 1.38415 = 0.71674,
        // half = 1.96 * sqrt(0.016 + 0.0096040) / 1.38415 = 0.22657 -> [0.4902, 0.9433]
        double[] i = Wilson.interval(8, 10, Wilson.Z95);
        assertThat(i[0]).isCloseTo(0.4902, within(1e-4));
        assertThat(i[1]).isCloseTo(0.9433, within(1e-4));
        // 10 of 10 is not certainty: [0.7225, 1]
        double[] all = Wilson.interval(10, 10, Wilson.Z95);
        assertThat(all[0]).isCloseTo(0.7225, within(1e-4));
        assertThat(all[1]).isCloseTo(1.0, within(1e-12));
        assertThat(Wilson.interval(0, 0, Wilson.Z95)).containsExactly(0, 1);
    }

    @Test
    void recallFromPrecisionAndMissRate() {
        // 200 tagged, 800 untagged in the data; review: 18 of 20 tagged correct, 2 of 40 untagged missing.
        // P = 0.9, m = 0.05: TP = 180, FN = 40, R = 180 / 220 = 0.81818
        ReviewResult r = ReviewResult.of("cathode", 20, 18, 40, 2, 200, 800);
        assertThat(r.precision()).isCloseTo(0.9, within(1e-9));
        assertThat(r.recall()).isCloseTo(0.818181, within(1e-6));
        // conservative bounds: low uses P low and m high
        double[] p = Wilson.interval(18, 20, Wilson.Z95);
        double[] m = Wilson.interval(2, 40, Wilson.Z95);
        assertThat(r.recallLow()).isCloseTo(p[0] * 200 / (p[0] * 200 + m[1] * 800), within(1e-9));
        assertThat(r.recallHigh()).isCloseTo(p[1] * 200 / (p[1] * 200 + m[0] * 800), within(1e-9));
        assertThat(r.recallLow()).isLessThan(r.recall());
        assertThat(r.recallHigh()).isGreaterThan(r.recall());
    }

    @Test
    void noUntaggedReviewMeansNoRecall() {
        ReviewResult r = ReviewResult.of("x", 5, 5, 0, 0, 10, 90);
        assertThat(r.precision()).isEqualTo(1.0);
        assertThat(r.recall()).isNaN();
    }
}
