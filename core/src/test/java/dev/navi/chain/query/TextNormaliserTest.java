package dev.navi.chain.query;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextNormaliserTest {

    @Test
    void foldsWidthCaseAndPunctuation() {
        assertThat(TextNormaliser.normalise("ＬｉＦｅＰＯ４-based Lithium–Ion (Cell)")).isEqualTo("lifepo4 based lithium ion cell");
    }

    @Test
    void dropsWhitespaceBetweenCjkButKeepsPunctuation() {
        assertThat(TextNormaliser.normalise("一种 正极 材料，及其制备方法")).isEqualTo("一种正极材料 及其制备方法");
        assertThat(TextNormaliser.normalise("锂电池 LiFePO4 正极")).isEqualTo("锂电池 lifepo4 正极");
    }

    @Test
    void slowPathHandlesCompatibilityCharacters() {
        assertThat(TextNormaliser.normalise("Ω™ ①号")).isEqualTo("ωtm 1号");
    }

    @Test
    void aReusedBufferHoldsTheSameNormalFormAsTheString() {
        TextNormaliser.Buffer b = new TextNormaliser.Buffer();
        // a long text first (the buffer grows), then shorter ones, the slow path, a surrogate pair and nothing
        String longText = "锂电池 LiFePO4 正极，".repeat(40);
        for (String text : new String[] {longText, "一种 正极 材料，及其制备方法", "Ω™ ①号", "ＬｉＦｅＰＯ４-based 𠀀 Cell", "", null, "A"}) {
            TextNormaliser.normalise(text, b);
            assertThat(new String(b.chars(), 0, b.length())).isEqualTo(TextNormaliser.normalise(text));
        }
        TextNormaliser.normalise("一种 正极 材料", b);
        assertThat(b.length()).isEqualTo(6);
        assertThat(new String(b.chars(), 0, b.length())).isEqualTo("一种正极材料");
        TextNormaliser.normalise(null, b);
        assertThat(b.length()).isZero();
    }

    @Test
    void wordCharactersAreLatinLettersAndDigits() {
        assertThat(TextNormaliser.isWordChar('a')).isTrue();
        assertThat(TextNormaliser.isWordChar('7')).isTrue();
        assertThat(TextNormaliser.isWordChar('é')).isTrue();
        assertThat(TextNormaliser.isWordChar('电')).isFalse();
        assertThat(TextNormaliser.isWordChar(' ')).isFalse();
        assertThat(TextNormaliser.normalise(null)).isEmpty();
    }
}
