package dev.navi.ingest.parse;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SplitterTest {
    @Test
    void googleCommasDoNotBreakLegalForms() {
        assertThat(Splitter.COMMA.split("Idemitsu Kosan Co., Ltd., Toyota Jidosha Kabushiki Kaisha"))
                .containsExactly("Idemitsu Kosan Co., Ltd.", "Toyota Jidosha Kabushiki Kaisha");
        assertThat(Splitter.COMMA.split("Gearbox, Inc."))
                .containsExactly("Gearbox, Inc.");
        assertThat(Splitter.COMMA.split("Samsung SDI Co., Ltd., LG Chem, Ltd., Acme Corp"))
                .containsExactly("Samsung SDI Co., Ltd.", "LG Chem, Ltd.", "Acme Corp");
        assertThat(Splitter.COMMA.split("Ju Yeong Seong, Yong Jun Jang, Pil Gun Oh"))
                .containsExactly("Ju Yeong Seong", "Yong Jun Jang", "Pil Gun Oh");
    }

    @Test
    void duplicatesInsideACellAreDroppedInOrder() {
        assertThat(Splitter.COMMA.split("崇嗣 筑本, 崇嗣 筑本, 青木　達也"))
                .containsExactly("崇嗣 筑本", "青木 達也");
        // Google's Japanese names end in a full-width comma
        assertThat(Splitter.COMMA.split("チャングホ パク，, チャングホ パク，"))
                .containsExactly("チャングホ パク");
    }

    @Test
    void vendorSeparators() {
        assertThat(Splitter.DOUBLE_SEMICOLON.split("A01K47/00;;B64C39/02;;;;A01K47/00"))
                .containsExactly("A01K47/00", "B64C39/02");
        assertThat(Splitter.PIPE.split("刘永奎 | 田伟 | 马红伦")).containsExactly("刘永奎", "田伟", "马红伦");
        assertThat(Splitter.SEMICOLON.split("FAHEY-BURKE SAMUEL J\u2002[US];  MYHRVOLD NATHAN P\u2002[US]"))
                .containsExactly("FAHEY-BURKE SAMUEL J [US]", "MYHRVOLD NATHAN P [US]");
        assertThat(Splitter.SEMICOLON.split("宁德时代；比亚迪")).containsExactly("宁德时代", "比亚迪");
        assertThat(Splitter.LINES.split("a\r\nb\nc\rd")).containsExactly("a", "b", "c", "d");
        assertThat(Splitter.PRIORITY_LIST.split("[60/083,758 1998-05-01T23:59:59.000Z US, 60/094,869 1998-07-31T23:59:59.000Z US]"))
                .containsExactly("[60/083,758 1998-05-01T23:59:59.000Z US", "60/094,869 1998-07-31T23:59:59.000Z US]");
        assertThat(Splitter.of("#").split("a # b#c")).containsExactly("a", "b", "c");
        assertThat(Splitter.COMMA.split("   ")).isEmpty();
    }

    /** The plain scan of Lens's ;; and of line breaks finds the parts the regex finds, on many odd cells. */
    @Test
    void literalScanSplitsAsThePatternDoes() {
        java.util.Random r = new java.util.Random(7);
        char[] alphabet = {'a', 'b', ';', ';', ' ', '\r', '\n', '\u000B', '\f', '\u0085', '\u2028', '\u2029', ','};
        for (int k = 0; k < 20_000; k++) {
            StringBuilder b = new StringBuilder();
            int len = r.nextInt(12);
            for (int i = 0; i < len; i++) {
                b.append(alphabet[r.nextInt(alphabet.length)]);
            }
            String cell = b.toString();
            assertThat(Splitter.DOUBLE_SEMICOLON.split(cell)).as("'%s'", cell).isEqualTo(byPattern(";;|\\R", ";", cell));
            assertThat(Splitter.LINES.split(cell)).as("'%s'", cell).isEqualTo(byPattern("\\R", "", cell));
        }
        assertThat(Splitter.splitLiteral("a;;;b;;", ";;")).containsExactly("a", ";b", "");
        assertThat(Splitter.splitLiteral("a\r\nb\n\rc", ";;")).containsExactly("a", "b", "", "c");
    }

    /** What split gave before the plain scan: the regex's pieces, cleaned, blanks and repeats dropped. */
    private static java.util.List<String> byPattern(String regex, String triggers, String cell) {
        if (cell.isBlank()) {
            return java.util.List.of();
        }
        if (cell.chars().noneMatch(c -> (triggers + "\n\r\u0085\u2028\u2029").indexOf(c) >= 0)) {
            String one = Text.clean(cell); // no separator character: one value (a lone \u000B or \f does not split)
            return one == null ? java.util.List.of() : java.util.List.of(one);
        }
        java.util.LinkedHashSet<String> parts = new java.util.LinkedHashSet<>();
        for (String piece : java.util.regex.Pattern.compile(regex).split(cell)) {
            String c = Text.clean(piece);
            if (c != null) {
                parts.add(c);
            }
        }
        return java.util.List.copyOf(parts);
    }
}
