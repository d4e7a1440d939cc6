package dev.navi.metrics.stats;

import dev.navi.metrics.stats.Concentration.Share;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TallyTest {

    /** Records' distinct names as ids: r0 {A, B}, r1 {B}, r2 {C, B}, r3 {A}, r4 {D}. */
    private static final String[][] RECORDS = {{"A", "B"}, {"B"}, {"C", "B"}, {"A"}, {"D"}};

    @Test
    void countsTheRecordsAtThePositionsAndRanksByCountThenName() {
        Tally.Names names = new Tally.Names();
        int[][] ids = new int[RECORDS.length][];
        for (int i = 0; i < RECORDS.length; i++) {
            ids[i] = names.ids(RECORDS[i]);
        }
        Tally t = new Tally(names);
        // positions 0, 2, 3, 4: A 2 (r0, r3), B 2 (r0, r2), C 1, D 1; T = 6 links
        t.addAll(new int[] {0, 2, 3, 4}, ids);
        assertThat(t.total()).isEqualTo(6);
        assertThat(t.distinct()).isEqualTo(4);
        List<Share> top = t.ranked(3);
        // ties by name: A before B (2 each), C before D (1 each), D cut by the limit
        assertThat(top).extracting(Share::applicant).containsExactly("A", "B", "C");
        assertThat(top).extracting(Share::rank).containsExactly(1, 2, 3);
        assertThat(top.get(0).count()).isEqualTo(2);
        assertThat(top.get(0).share()).isCloseTo(2 / 6.0, within(1e-15));

        // a snapshot keeps the counts after the tally is cleared and reused for other positions
        Tally.Counts frozen = t.snapshot();
        t.clear();
        t.addAll(new int[] {1}, ids);
        assertThat(t.total()).isEqualTo(1);
        assertThat(t.ranked(10)).extracting(Share::applicant).containsExactly("B");
        assertThat(frozen.count("A")).isEqualTo(2);
        assertThat(frozen.count("D")).isEqualTo(1);
        assertThat(frozen.count("nobody")).isZero();
        assertThat(frozen.total()).isEqualTo(6);
        assertThat(frozen.ranked(2)).extracting(Share::applicant).containsExactly("A", "B");
        // HHI of 2, 2, 1, 1 over T = 6: 10,000 · (4 + 4 + 1 + 1) / 36
        assertThat(Concentration.hhi(frozen.values())).isCloseTo(10_000.0 * 10 / 36, within(1e-9));
        // CR2 = (2 + 2) / 6
        assertThat(Concentration.crN(frozen.values(), 2)).isCloseTo(4 / 6.0, within(1e-15));
    }

    @Test
    void aNameCountedZeroTimesRanksWithShareZeroAsAMapEntryDoes() {
        Map<String, Long> counts = new HashMap<>(Map.of("X", 0L, "Y", 3L));
        List<Share> ranked = Concentration.ranked(counts);
        assertThat(ranked).extracting(Share::applicant).containsExactly("Y", "X");
        assertThat(ranked.get(1).share()).isZero();
        // all zero: T = 0, shares NaN
        assertThat(Concentration.ranked(Map.of("X", 0L)).get(0).share()).isNaN();
    }

    @Test
    void theTopKIsTheHeadOfTheFullSortOnRandomCounts() {
        Random random = new Random(7);
        Tally.Names names = new Tally.Names();
        Tally t = new Tally(names);
        Map<String, Long> expected = new HashMap<>();
        for (int i = 0; i < 5_000; i++) {
            // few distinct counts, so most ranks are decided by the name
            String name = "n" + random.nextInt(800);
            t.add(names.id(name));
            expected.merge(name, 1L, Long::sum);
        }
        List<Map.Entry<String, Long>> sorted = expected.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .toList();
        List<Share> top = t.ranked(25);
        assertThat(top).hasSize(25);
        for (int i = 0; i < 25; i++) {
            assertThat(top.get(i).applicant()).isEqualTo(sorted.get(i).getKey());
            assertThat(top.get(i).count()).isEqualTo(sorted.get(i).getValue());
        }
        assertThat(t.snapshot().ranked(25)).isEqualTo(top);
    }
}
