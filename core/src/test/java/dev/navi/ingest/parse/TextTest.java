package dev.navi.ingest.parse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextTest {
    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(value = {"0|0", "12|12", "007|7", "999999999|999999999", "1,234|1234", "12.0|12", " 5 |5", "2147483647|2147483647", "٣|3"},
            delimiter = '|', ignoreLeadingAndTrailingWhitespace = false)
    void countsAreReadWhateverTheSpelling(String raw, int expected) {
        assertThat(Text.parseCount(raw)).isEqualTo(expected);
    }

    @Test
    void aBlankCountIsNone() {
        assertThat(Text.parseCount(null)).isNull();
        assertThat(Text.parseCount("")).isNull();
        assertThat(Text.parseCount("   ")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "12a", "1.5", "2147483648"})
    void whatIsNotAWholeNumberIsRejected(String raw) {
        assertThatThrownBy(() -> Text.parseCount(raw)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a whole number");
    }

    @Test
    void aNegativeCountIsRejected() {
        assertThatThrownBy(() -> Text.parseCount("-3")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("negative count");
    }
}
