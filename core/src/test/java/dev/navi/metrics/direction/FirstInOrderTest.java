package dev.navi.metrics.direction;

import dev.navi.metrics.MetricRecord;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link dev.navi.metrics.TopK#first} on the direction module's records: the first k in order, as a full sort would give them. */
class FirstInOrderTest {
    private static MetricRecord record(String id, Integer citedBy) {
        return new MetricRecord(id, id, "t", 2020, null, "CN", List.of(), List.of(), List.of(), List.of(), Set.of(), List.of(),
                null, null, false, citedBy, null, null, null, null, null, null, null, List.of());
    }

    @Test
    void theFirstKAreTheFullSortsFirstK() {
        // given: 500 records with repeating citation counts (ties broken by id) in shuffled order
        List<MetricRecord> rs = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            rs.add(record(String.format("R%03d", i), i % 7 == 0 ? null : i % 13));
        }
        java.util.Collections.shuffle(rs, new Random(3));
        Comparator<MetricRecord> order = Comparator.comparing((MetricRecord r) -> r.citedBy() == null ? 1 : 0)
                .thenComparing(r -> r.citedBy() == null ? 0 : -r.citedBy()).thenComparing(MetricRecord::id);
        List<MetricRecord> sorted = new ArrayList<>(rs);
        sorted.sort(order);

        // then
        assertThat(dev.navi.metrics.TopK.first(rs, 10, order)).isEqualTo(sorted.subList(0, 10));
        // the highest count 12 comes first, ties by id: i % 13 == 12 and i % 7 != 0 → 12, 25, 38, ...
        assertThat(dev.navi.metrics.TopK.first(rs, 3, order)).extracting(MetricRecord::id).containsExactly("R012", "R025", "R038");
        assertThat(dev.navi.metrics.TopK.first(rs.subList(0, 4), 10, order)).isEqualTo(sorted.stream()
                .filter(rs.subList(0, 4)::contains).toList());
        assertThat(dev.navi.metrics.TopK.first(List.of(), 10, order)).isEmpty();
    }
}
