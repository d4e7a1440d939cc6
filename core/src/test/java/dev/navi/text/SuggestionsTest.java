package dev.navi.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SuggestionsTest {

    private static final List<String> KEYS = List.of("region", "peers", "period", "peer_regions", "language");

    @Test
    void aSwappedPairOfLettersIsOneEdit() {
        // given / when / then: regoin -> region is one transposition (two plain edits)
        assertThat(Suggestions.distance("regoin", "region")).isEqualTo(1);
        assertThat(Suggestions.closest("regoin", KEYS, 2)).isEqualTo("region");
    }

    @Test
    void separatorsAndCaseDoNotCount() {
        assertThat(Suggestions.closest("PeerRegions", KEYS, 2)).isEqualTo("peer_regions");
        assertThat(Suggestions.closest("peer-regions", KEYS, 2)).isEqualTo("peer_regions");
    }

    @Test
    void theAllowanceGrowsWithTheWordButNotBeyondTheCap() {
        // 'langauge' (8 letters, allowance min(2, 8/3) = 2) is one transposition away
        assertThat(Suggestions.closest("langauge", KEYS, 2)).isEqualTo("language");
        // 'lang' is 4 deletions from 'language': beyond its allowance max(1, min(3, 4/3)) = 1
        assertThat(Suggestions.distance("lang", "language")).isEqualTo(4);
        assertThat(Suggestions.closest("lang", KEYS, 3)).isNull();
        // short words need a near match: 'pe' is 3 edits from 'peers', allowance 1
        assertThat(Suggestions.closest("pe", KEYS, 3)).isNull();
        assertThat(Suggestions.closest("peer", KEYS, 3)).isEqualTo("peers");
    }
}
