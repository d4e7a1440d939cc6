package dev.navi.model;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextMapTest {
    @Test
    void keepsTheGivenOrderAndBehavesLikeTheMapItCopies() {
        // given an ordered map with a null value
        Map<String, String> source = new LinkedHashMap<>();
        source.put("#", "7");
        source.put("Publication Year", "2021");
        source.put("NPL Citations", null);
        source.put("Extended Family Size", "3");
        // when
        Map<String, String> copy = TextMap.copyOf(source);
        // then
        assertThat(copy).containsExactly(Map.entry("#", "7"), Map.entry("Publication Year", "2021"),
                new java.util.AbstractMap.SimpleImmutableEntry<>("NPL Citations", null), Map.entry("Extended Family Size", "3"));
        assertThat(copy).isEqualTo(source).hasSameHashCodeAs(source);
        assertThat(source).isEqualTo(copy);
        assertThat(copy.get("Publication Year")).isEqualTo("2021");
        assertThat(copy.get("missing")).isNull();
        assertThat(copy.containsKey("NPL Citations")).isTrue();
        assertThat(copy.getOrDefault("missing", "-")).isEqualTo("-");
        assertThat(copy.keySet()).containsExactly("#", "Publication Year", "NPL Citations", "Extended Family Size");
        StringBuilder seen = new StringBuilder();
        copy.forEach((k, v) -> seen.append(k).append('=').append(v).append(';'));
        assertThat(seen).hasToString("#=7;Publication Year=2021;NPL Citations=null;Extended Family Size=3;");
    }

    @Test
    void isUnmodifiableAndIndependentOfItsSource() {
        Map<String, String> source = new LinkedHashMap<>(Map.of("a", "1"));
        Map<String, String> copy = TextMap.copyOf(source);
        source.put("b", "2");
        assertThat(copy).containsOnlyKeys("a");
        assertThatThrownBy(() -> copy.put("c", "3")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> copy.remove("a")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(copy::clear).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> copy.entrySet().iterator().remove()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(TextMap.copyOf(copy)).isSameAs(copy);
        assertThat(TextMap.copyOf(Map.of())).isEmpty();
    }

    @Test
    void patentExtraIsCompactButEqualToWhatWasGiven() {
        // given a record built with unmapped columns
        Patent p = Patent.builder().publicationNumber("CN1A").putExtra("z", "1").putExtra("a", "2")
                .provenance(new Provenance("f.csv", null, 2, "lens")).build();
        // then the extra values keep the export's column order and survive a round trip through the builder
        assertThat(p.extra()).isInstanceOf(TextMap.class).containsExactly(Map.entry("z", "1"), Map.entry("a", "2"));
        assertThat(p.toBuilder().build()).isEqualTo(p);
        assertThat(p.toBuilder().putExtra("m", "3").build().extra().keySet()).isEqualTo(new java.util.LinkedHashSet<>(List.of("z", "a", "m")));
    }

    @Test
    void pairsGiveWhatPuttingThemIntoALinkedHashMapGives() {
        // given pairs with a null value, and pairs with a key given twice
        String[] pairs = {"#", "7", "NPL Citations", null, "Publication Year", "2021"};
        String[] twice = {"a", "1", "b", "2", "a", "3"};
        // when
        Map<String, String> m = Patent.extraOf(pairs);
        Map<String, String> t = Patent.extraOf(twice);
        // then: in order, equal to the LinkedHashMap of the same puts; the repeated key keeps its place, the last value
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("#", "7");
        expected.put("NPL Citations", null);
        expected.put("Publication Year", "2021");
        assertThat(m).isInstanceOf(TextMap.class).isEqualTo(expected);
        assertThat(m.keySet()).containsExactly("#", "NPL Citations", "Publication Year");
        assertThat(t).containsExactly(Map.entry("a", "3"), Map.entry("b", "2"));
        assertThat(Patent.extraOf()).isEmpty();
        assertThatThrownBy(() -> Patent.extraOf("a", "1", "b")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pairs");
    }
}
