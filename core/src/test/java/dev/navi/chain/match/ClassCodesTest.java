package dev.navi.chain.match;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClassCodesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "H01M 4/58          | H01M4/58",
        "h01m4/58 (2010.01) | H01M4/58",
        "H01M0004580000     | H01M4/58",
        "H01M0010052500     | H01M10/0525",
        "H01M0004000000     | H01M4/00",
        "H01M 004/58        | H01M4/58",
        "Ｈ０１Ｍ４／５８     | H01M4/58",
        "Y02E 60/10         | Y02E60/10",
    })
    void normalisesExportSpellings(String raw, String expected) {
        assertThat(ClassCodes.normalise(raw)).isEqualTo(expected);
    }

    @Test
    void prefixesOfBareMainGroupsEndAtTheSlash() {
        assertThat(ClassCodes.normalisePrefix("H01M4")).isEqualTo("H01M4/");
        assertThat(ClassCodes.normalisePrefix("H01M10/052*")).isEqualTo("H01M10/052");
        assertThat(ClassCodes.normalisePrefix("h01m")).isEqualTo("H01M");
        assertThatThrownBy(() -> ClassCodes.normalisePrefix("battery")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void prefixMatcherWalksTheCodeOnce() {
        // given
        List<String> prefixes = List.of("H01M", "H01M4/", "H01M4/58", "H01M10/052", "H01M40/");
        ClassPrefixMatcher m = ClassPrefixMatcher.of(prefixes);

        // then
        assertThat(matches(m, "H01M4/5825")).containsExactly(0, 1, 2);
        assertThat(matches(m, "H01M4/58")).containsExactly(0, 1, 2);
        assertThat(matches(m, "H01M4/585")).containsExactly(0, 1, 2);
        assertThat(matches(m, "H01M4/59")).containsExactly(0, 1);
        assertThat(matches(m, "H01M40/00")).containsExactly(0, 4);
        assertThat(matches(m, "H01M10/0525")).containsExactly(0, 3);
        assertThat(matches(m, "H01G11/06")).isEmpty();
    }

    private static List<Integer> matches(ClassPrefixMatcher m, String code) {
        List<Integer> out = new ArrayList<>();
        m.forEachMatch(code, out::add);
        return out;
    }
}
