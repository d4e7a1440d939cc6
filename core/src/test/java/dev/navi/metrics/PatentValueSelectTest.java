package dev.navi.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PatentValueSelectTest {

    @Test
    void selectsTheValueASortWouldPutThere() {
        assertThat(PatentValue.select(new double[]{0.3, 0.1, 0.2}, 0)).isEqualTo(0.1);
        assertThat(PatentValue.select(new double[]{0.3, 0.1, 0.2}, 2)).isEqualTo(0.3);
        assertThat(PatentValue.select(new double[]{0.5}, 0)).isEqualTo(0.5);
        // Double.compare's order: -0.0 before 0.0 (the sort's order, not ==)
        assertThat(Double.doubleToRawLongBits(PatentValue.select(new double[]{0.0, -0.0}, 0)))
                .isEqualTo(Double.doubleToRawLongBits(-0.0));
        assertThat(Double.doubleToRawLongBits(PatentValue.select(new double[]{0.0, -0.0}, 1)))
                .isEqualTo(Double.doubleToRawLongBits(0.0));
    }

    @Test
    void agreesWithSortingOnRandomAndConstantArrays() {
        Random rnd = new Random(11);
        for (int t = 0; t < 300; t++) {
            int n = 1 + rnd.nextInt(200);
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                // few distinct values (ties, as scores have), some signed zeros and NaN
                int k = rnd.nextInt(12);
                v[i] = k == 0 ? -0.0 : k == 1 ? Double.NaN : (k % 5) * 0.25;
            }
            double[] sorted = v.clone();
            Arrays.sort(sorted);
            int at = rnd.nextInt(n);
            assertThat(Double.doubleToRawLongBits(PatentValue.select(v.clone(), at)))
                    .as("n=%d at=%d", n, at).isEqualTo(Double.doubleToRawLongBits(sorted[at]));
        }
        double[] same = new double[1000];
        Arrays.fill(same, 0.75);
        assertThat(PatentValue.select(same, 900)).isEqualTo(0.75);
    }
}
