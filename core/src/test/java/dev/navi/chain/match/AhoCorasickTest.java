package dev.navi.chain.match;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class AhoCorasickTest {

    private static List<String> occurrences(AhoCorasick ac, List<String> patterns, String text) {
        List<String> out = new ArrayList<>();
        ac.scan(text, (p, s, e) -> out.add(patterns.get(p) + "@" + s + "-" + e));
        return out;
    }

    @Test
    void findsOverlappingAndNestedPatterns() {
        // given
        List<String> patterns = List.of("he", "she", "his", "hers", "电池", "锂离子电池");
        AhoCorasick ac = AhoCorasick.build(patterns);

        // when
        List<String> found = occurrences(ac, patterns, "ushers 锂离子电池组");

        // then
        assertThat(found).containsExactlyInAnyOrder("she@1-4", "he@2-4", "hers@2-6", "锂离子电池@7-12", "电池@10-12");
    }

    @Test
    void agreesWithNaiveSearchOnRandomText() {
        // given
        Random rnd = new Random(7);
        String alphabet = "abc 电池";
        List<String> patterns = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            patterns.add(randomString(rnd, alphabet, 1 + rnd.nextInt(4)));
        }
        AhoCorasick ac = AhoCorasick.build(patterns);
        for (int round = 0; round < 200; round++) {
            String text = randomString(rnd, alphabet, rnd.nextInt(40));

            // when
            List<String> found = occurrences(ac, patterns, text);

            // then
            List<String> naive = new ArrayList<>();
            for (int p = 0; p < patterns.size(); p++) {
                String pat = patterns.get(p);
                for (int s = text.indexOf(pat); s >= 0; s = text.indexOf(pat, s + 1)) {
                    naive.add(pat + "@" + s + "-" + (s + pat.length()));
                }
            }
            assertThat(found).containsExactlyInAnyOrderElementsOf(naive);
        }
    }

    private static String randomString(Random rnd, String alphabet, int len) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < len; i++) {
            b.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
        }
        return b.toString();
    }
}
