package dev.navi.metrics.positioning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.navi.metrics.Actor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RegionScopeModeTest {

    private static String mode(String... values) {
        RegionScope.Mode m = new RegionScope.Mode();
        for (String v : values) {
            m.add(v);
        }
        return m.get();
    }

    @Test
    void theMostFrequentValueTiesByNameNullsNotCounted() {
        assertThat(mode()).isNull();
        assertThat(mode(null, null)).isNull();
        assertThat(mode("enterprise")).isEqualTo("enterprise");
        assertThat(mode("enterprise", null, "enterprise")).isEqualTo("enterprise");
        // b and a twice each, c once: the tie goes to the name first in String order
        assertThat(mode("b", "a", "b", "a", "c")).isEqualTo("a");
        // the first value met loses to one that comes later more often
        assertThat(mode("x", "y", "y")).isEqualTo("y");
        assertThat(mode("y", "x", "y", "x", "x")).isEqualTo("x");
        assertThat(RegionScope.mostFrequent(Arrays.asList("b", null, "a", "b"))).isEqualTo("b");
    }

    @Test
    void agreesWithAFullCountOnRandomLists() {
        Random rnd = new Random(7);
        for (int t = 0; t < 500; t++) {
            List<String> values = new ArrayList<>();
            int n = rnd.nextInt(12);
            for (int i = 0; i < n; i++) {
                values.add(rnd.nextInt(6) == 0 ? null : String.valueOf((char) ('a' + rnd.nextInt(4))));
            }
            Map<String, Integer> counts = new HashMap<>();
            values.stream().filter(v -> v != null).forEach(v -> counts.merge(v, 1, Integer::sum));
            String expected = counts.entrySet().stream()
                    .min((x, y) -> x.getValue().equals(y.getValue()) ? x.getKey().compareTo(y.getKey())
                            : y.getValue() - x.getValue())
                    .map(Map.Entry::getKey).orElse(null);
            assertThat(RegionScope.mostFrequent(values)).as(values.toString()).isEqualTo(expected);
        }
    }

    @Test
    void distinctLooksBackOnly() {
        String[] kept = new String[4];
        int n = 0;
        for (String v : List.of("H01M", "B60L", "H01M", "H02J")) {
            n = dev.navi.metrics.Distinct.add(kept, n, v);
        }
        assertThat(n).isEqualTo(3);
        assertThat(Arrays.copyOf(kept, n)).containsExactly("H01M", "B60L", "H02J");
    }

    @Test
    void repeatedAndNamedBeforeLookBackOnly() {
        List<String> v = List.of("王伟", "李娜", "王伟", " 王伟");
        assertThat(dev.navi.metrics.Distinct.repeated(v, 0)).isFalse();
        assertThat(dev.navi.metrics.Distinct.repeated(v, 1)).isFalse();
        assertThat(dev.navi.metrics.Distinct.repeated(v, 2)).isTrue();
        // a name with a space is another text (the callers strip after this test, as the sets they replace did)
        assertThat(dev.navi.metrics.Distinct.repeated(v, 3)).isFalse();
        List<Actor> as = Arrays.asList(new Actor("A", "A", null, null, null, null), null,
                new Actor("B", "B", null, null, null, null), new Actor("A", "G", null, null, null, null));
        assertThat(dev.navi.metrics.Distinct.namedBefore(as, 0, "A")).isFalse();
        assertThat(dev.navi.metrics.Distinct.namedBefore(as, 2, "B")).isFalse();
        assertThat(dev.navi.metrics.Distinct.namedBefore(as, 3, "A")).isTrue();
    }
}
