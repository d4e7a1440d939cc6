package dev.navi.chain.map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class CodeSyntaxTest {
    @ParameterizedTest
    @ValueSource(strings = {"H01M", "H01M4", "H01M4/58", "H01M10/052*", "h01m 4/58", "B64U", "G05D1", "H01M10/6",
            "C12N15/113", "Ｈ０１Ｍ４／５８",
            "G06", "B64", "H01*"})
    void wellFormedIpc(String code) {
        assertThat(CodeSyntax.checkIpc(code)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"H1M4/58", "H01M4/", "Z01M", "Y02E60/10", "H0", "G", "H01-", "H01M4/58/1", "H01M4-58", "", "H01M12345"})
    void malformedIpc(String code) {
        assertThat(CodeSyntax.checkIpc(code)).get().asString().startsWith("malformed IPC code");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Y02E60/10", "H01M2004/028", "H01M10/0525"})
    void wellFormedCpc(String code) {
        assertThat(CodeSyntax.checkCpc(code)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"H01M4/58 H01M4/525", "H01M4/58;H01M4/525", "H01M4/58、H01M4/525", "H01M4/58,\nH01M4/525"})
    void listsOfCodesAreSplit(String text) {
        assertThat(CodeSyntax.split(text)).containsExactly("H01M4/58", "H01M4/525");
    }
}
