package dev.navi.metrics.path;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link PathModule#flaggedLast}: a stable sort by (flagged, order) cut to the limit, with few flag checks. */
class FlaggedLastTest {
    @Test
    void flaggedEntriesGoAfterAllOthersInTheirOrder() {
        // given: names in order; the ones starting with X are flagged
        List<String> ordered = List.of("A", "X1", "B", "X2", "C", "D");

        // then: a stable sort by flagged, then the limit
        assertThat(PathModule.flaggedLast(ordered, s -> s.startsWith("X"), 3)).containsExactly("A", "B", "C");
        assertThat(PathModule.flaggedLast(ordered, s -> s.startsWith("X"), 5)).containsExactly("A", "B", "C", "D", "X1");
        assertThat(PathModule.flaggedLast(ordered, s -> s.startsWith("X"), 10))
                .containsExactly("A", "B", "C", "D", "X1", "X2");
        assertThat(PathModule.flaggedLast(List.of("X1", "X2"), s -> true, 1)).containsExactly("X1");
        assertThat(PathModule.flaggedLast(List.<String>of(), s -> true, 3)).isEmpty();
    }

    @Test
    void theFlagIsCheckedOnlyUntilTheLimitIsFilled() {
        List<String> ordered = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            ordered.add("N" + i);
        }
        int[] checks = {0};
        List<String> top = PathModule.flaggedLast(ordered, s -> {
            checks[0]++;
            return false;
        }, 10);
        assertThat(top).hasSize(10).startsWith("N0").endsWith("N9");
        assertThat(checks[0]).isEqualTo(10);
    }
}
