package dev.navi.metrics.stats;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Competition ranks up to a limit, worked out by hand. */
class TopRanksTest {
    @Test
    void tiesShareARankAndTheNextRankSkips() {
        // counts 9, 7, 7, 5, 3, 0: ranks 1, 2, 2, 4, 5; top 4 keeps 9, 7, 7, 5 (the 4th largest is 5)
        TopRanks ranks = new TopRanks(4);
        for (long c : new long[]{7, 3, 9, 0, 5, 7}) {
            ranks.add(c);
        }
        assertThat(ranks.rankOf(9)).isEqualTo(1);
        assertThat(ranks.rankOf(7)).isEqualTo(2);
        assertThat(ranks.rankOf(5)).isEqualTo(4);
        assertThat(ranks.rankOf(3)).isZero();   // rank 5, beyond the top 4
        assertThat(ranks.rankOf(0)).isZero();   // zero counts are not ranked
    }

    @Test
    void aTieAtTheLimitKeepsEveryTiedCount() {
        // counts 4, 2, 2, 2 with top 2: the 2nd largest is 2, so all three 2s rank 2
        TopRanks ranks = new TopRanks(2);
        for (long c : new long[]{2, 4, 2, 2}) {
            ranks.add(c);
        }
        assertThat(ranks.rankOf(4)).isEqualTo(1);
        assertThat(ranks.rankOf(2)).isEqualTo(2);
    }

    @Test
    void fewerCountsThanTheLimitAreAllRankedAndAddingAfterAskingCounts() {
        TopRanks ranks = new TopRanks(10);
        ranks.add(1);
        ranks.add(3);
        assertThat(ranks.rankOf(1)).isEqualTo(2);
        ranks.add(5);   // a count added after a question is counted in the next answer
        assertThat(ranks.rankOf(1)).isEqualTo(3);
        assertThat(ranks.rankOf(5)).isEqualTo(1);
        assertThatThrownBy(() -> new TopRanks(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
