package dev.navi.pipeline;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RowTotalTest {
    @Test
    void perFileCountsBecomeARunningTotal() {
        List<Long> seen = new ArrayList<>();
        RowTotal total = new RowTotal(seen::add);
        // file 1: 25,000 rows (reports at 10,000, 20,000 and its final 25,000); file 2: 3,000 rows (only its final
        // count); file 3: 12,000 rows (10,000, then its final 12,000) — its first report is larger than file 2's last
        for (long n : new long[] {10_000, 20_000, 25_000, 3_000, 10_000, 12_000}) {
            total.accept(n);
        }
        assertThat(seen).containsExactly(10_000L, 20_000L, 25_000L, 28_000L, 38_000L, 40_000L);
    }

    @Test
    void aFileEndingOnAMultipleRepeatsItsCountWithoutDoubleCounting() {
        List<Long> seen = new ArrayList<>();
        RowTotal total = new RowTotal(seen::add);
        for (long n : new long[] {10_000, 20_000, 20_000, 5_000}) {
            total.accept(n);
        }
        assertThat(seen).containsExactly(10_000L, 20_000L, 20_000L, 25_000L);
    }
}
