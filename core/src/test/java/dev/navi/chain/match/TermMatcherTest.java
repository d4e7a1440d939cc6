package dev.navi.chain.match;

import dev.navi.chain.query.TextNormaliser;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

class TermMatcherTest {

    private static final List<TermMatcher.Pattern> PATTERNS = List.of(
            new TermMatcher.Pattern("cell", false),         // 0
            new TermMatcher.Pattern("cell", true),          // 1
            new TermMatcher.Pattern("lithium ion", false),  // 2
            new TermMatcher.Pattern("电池", false),           // 3
            new TermMatcher.Pattern("led灯", false),         // 4
            new TermMatcher.Pattern("lifepo4", false));     // 5

    private static TreeSet<Integer> found(String text) {
        TreeSet<Integer> out = new TreeSet<>();
        TermMatcher.compile(PATTERNS).scan(TextNormaliser.normalise(text), out::add);
        return out;
    }

    @Test
    void wholeWordsOnlyUnlessPrefix() {
        assertThat(found("A fuel Cell stack")).containsExactly(0, 1);
        assertThat(found("cellulose separator")).containsExactly(1);
        assertThat(found("subcell")).isEmpty();
    }

    @Test
    void hyphenAndSpaceVariantsAreTheSamePhrase() {
        assertThat(found("a Lithium-Ion battery")).containsExactly(2);
        assertThat(found("lithium  ion")).containsExactly(2);
        assertThat(found("lithium ionic")).isEmpty();
    }

    @Test
    void cjkMatchesAsSubstringAndDelimitsLatinWords() {
        assertThat(found("锂离子电池组")).containsExactly(3);
        assertThat(found("采用ＬｉＦｅＰＯ４材料的电池")).containsExactly(3, 5);
        assertThat(found("LED灯具")).containsExactly(4);
        assertThat(found("OLED灯具")).isEmpty();
    }
}
