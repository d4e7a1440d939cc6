package dev.navi.metrics;

import dev.navi.metrics.positioning.RegionRankingAccess;
import dev.navi.metrics.stats.Concentration;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The bounded rankings (top k without a full sort) against the full sorts they replace. */
class TopKTest {
    @Test
    void topKIsTheFullSortsPrefix() {
        List<Integer> xs = new ArrayList<>();
        Random random = new Random(11);
        for (int i = 0; i < 1_000; i++) {
            xs.add(random.nextInt(100_000));
        }
        List<Integer> distinct = xs.stream().distinct().toList();
        Comparator<Integer> desc = Comparator.reverseOrder();

        assertThat(TopK.first(distinct, 7, desc)).isEqualTo(distinct.stream().sorted(desc).limit(7).toList());
        assertThat(TopK.first(List.of(3, 1, 2), 10, desc)).containsExactly(3, 2, 1);
        assertThat(TopK.first(List.of(3, 1, 2), 0, desc)).isEmpty();
    }

    @Test
    void rankedWithALimitIsThePrefixOfTheFullRanking() {
        // ties on counts (broken by name), and more names than the limit
        Map<String, Long> counts = new LinkedHashMap<>();
        Random random = new Random(5);
        for (int i = 0; i < 400; i++) {
            counts.put("n" + i, (long) random.nextInt(9));
        }
        List<Concentration.Share> all = Concentration.ranked(counts);

        assertThat(Concentration.ranked(counts, 10)).isEqualTo(all.subList(0, 10));
        assertThat(Concentration.ranked(counts, 1_000)).isEqualTo(all);
        assertThat(Concentration.ranked(Map.of("a", 2L, "b", 2L, "c", 5L), 2))
                .containsExactly(new Concentration.Share(1, "c", 5, 5 / 9.0), new Concentration.Share(2, "a", 2, 2 / 9.0));
    }

    @Test
    void ranksUpToAreTheFullCompetitionRanksUpToTheLimit() {
        // counts 9, 7, 7, 7, 5, 5, 3, 0: competition ranks 1, 2, 2, 2, 5, 5, 7 (0 is not ranked)
        Map<String, Long> counts = new LinkedHashMap<>();
        long[] v = {5, 7, 0, 9, 3, 7, 5, 7};
        for (int i = 0; i < v.length; i++) {
            counts.put("a" + i, v[i]);
        }

        Map<String, Long> upTo4 = RegionRankingAccess.ranksUpTo(counts, 4);
        Map<String, Long> upTo5 = RegionRankingAccess.ranksUpTo(counts, 5);

        assertThat(upTo4).containsOnly(Map.entry("a3", 1L), Map.entry("a1", 2L), Map.entry("a5", 2L), Map.entry("a7", 2L));
        assertThat(upTo5).hasSize(6).containsEntry("a0", 5L).containsEntry("a6", 5L).doesNotContainKey("a4");
        Map<String, Long> full = RegionRankingAccess.ranks(counts);
        Random random = new Random(2);
        Map<String, Long> many = new LinkedHashMap<>();
        for (int i = 0; i < 500; i++) {
            many.put("x" + i, (long) random.nextInt(40));
        }
        Map<String, Long> fullMany = RegionRankingAccess.ranks(many);
        Map<String, Long> expected = new LinkedHashMap<>();
        fullMany.forEach((k, r) -> {
            if (r <= 10) {
                expected.put(k, r);
            }
        });
        assertThat(RegionRankingAccess.ranksUpTo(many, 10)).isEqualTo(expected);
        assertThat(full).containsEntry("a4", 7L);
    }
}
