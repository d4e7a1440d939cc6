package dev.navi.metrics.positioning;

import java.util.Map;

/** Test access to {@link RegionRanking}'s package-private ranks from another package's test. */
public final class RegionRankingAccess {
    private RegionRankingAccess() {
    }

    public static Map<String, Long> ranks(Map<String, Long> counts) {
        return RegionRanking.ranks(counts);
    }

    public static Map<String, Long> ranksUpTo(Map<String, Long> counts, int top) {
        return RegionRanking.ranksUpTo(counts, top);
    }
}
