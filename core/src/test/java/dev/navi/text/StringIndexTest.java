package dev.navi.text;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The set use of the open-addressing index: one canonical instance per distinct string. */
class StringIndexTest {
    @Test
    void internReturnsTheFirstEqualInstanceAsAHashMapOfCanonicalValuesWould() {
        // given a small index that must grow many times, strings repeating as new instances, and colliding hashes
        StringIndex index = new StringIndex(2);
        Map<String, String> canonical = new HashMap<>();
        Random rnd = new Random(5);
        for (int i = 0; i < 40_000; i++) {
            String s = i % 500 == 0 ? (i % 1000 == 0 ? "Aa" : "BB") : "宁德时代" + rnd.nextInt(10_000);
            String instance = new String(s);
            // when it is interned
            String shared = index.intern(instance);
            String expected = canonical.putIfAbsent(s, instance);
            // then it is the first instance seen of that text, or this one when the text is new
            assertThat(shared).isSameAs(expected == null ? instance : expected);
        }
        assertThat(index.size()).isEqualTo(canonical.size());
        // an interned key is a key of the map as well (value 0)
        assertThat(index.get("Aa")).isZero();
        assertThat(index.get("absent")).isEqualTo(-1);
        // find answers the held instance without storing
        assertThat(index.find(new String("Aa"))).isSameAs(canonical.get("Aa"));
        assertThat(index.find("absent")).isNull();
        assertThat(index.size()).isEqualTo(canonical.size());
    }
}
