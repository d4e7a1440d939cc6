package dev.navi.ingest.parse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ClassSymbolsTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            // Derwent Innovation packed IPC / CPC: subclass, 4-digit main group, subgroup
            "G05D000102, G05D1/02",
            "B62B000300, B62B3/00",
            "G06Q003006, G06Q30/06",
            "G07G00010081, G07G1/0081",
            "G07C000900571, G07C9/00571",
            // DOCDB 14 characters: the subgroup padded with zeros
            "H01M0004580000, H01M4/58",
            "H01M0010052500, H01M10/0525",
            // DWPI form of the Derwent Innovations Index
            "B64C-039/02, B64C39/02",
            "H02J-050/10, H02J50/10",
            // printed form and already compact
            "G05D 1/02, G05D1/02",
            "H01M10/0525, H01M10/0525",
            // unknown spellings are kept as they are
            "T01-J21, T01-J21",
            "'  G06F  ', G06F"})
    void compactsKnownSpellings(String raw, String expected) {
        assertThat(ClassSymbols.compact(raw)).isEqualTo(expected);
    }
}
