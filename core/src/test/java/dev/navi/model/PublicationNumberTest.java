package dev.navi.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PublicationNumberTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            CN 114123456 A        | CN114123456A    | CN | 114123456   | A
            CN114123456A          | CN114123456A    | CN | 114123456   | A
            WO2015026896 (A1)     | WO2015026896A1  | WO | 2015026896  | A1
            US-11355780-B2        | US11355780B2    | US | 11355780    | B2
            US 2013/0101709 A1    | US20130101709A1 | US | 20130101709 | A1
            US2019/0123456A1      | US20190123456A1 | US | 20190123456 | A1
            US20050286606         | US20050286606   | US | 20050286606 |
            KR20150000637 (U)     | KR20150000637U  | KR | 20150000637 | U
            us d800000 s          | USD800000S      | US | D800000     | S
            USRE46000E            | USRE46000E      | US | RE46000     | E
            JP S62158443 A        | JPS62158443A    | JP | S62158443   | A
            KR101448016*          | KR101448016     | KR | 101448016   |
            mxPA/a/2005/003863    | MXPAA2005003863 | MX | PAA2005003863 |
            ＣＮ１１４１２３４５６Ａ | CN114123456A    | CN | 114123456   | A
            """)
    void parsesTheSpellingsExportsUse(String raw, String compact, String office, String serial, String kind) {
        PublicationNumber pn = PublicationNumber.parse(raw).orElseThrow();
        assertThat(pn.compact()).isEqualTo(compact);
        assertThat(pn.office()).isEqualTo(office);
        assertThat(pn.serial()).isEqualTo(serial);
        assertThat(pn.kind()).isEqualTo(kind);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "N/A", "123456", "C", "CN", "公开号", "CN-"})
    void rejectsWhatIsNotANumber(String raw) {
        assertThat(PublicationNumber.parse(raw)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"CN,U,UTILITY_MODEL", "CN,Y,UTILITY_MODEL", "CN,S,DESIGN", "CN,A,INVENTION", "CN,B,INVENTION",
            "US,S,DESIGN", "US,P2,PLANT", "US,B2,INVENTION", "KR,Y1,UTILITY_MODEL", "EP,A1,INVENTION"})
    void kindCodesGiveThePatentType(String office, String kind, PatentType type) {
        assertThat(PatentType.fromKind(office, kind)).isEqualTo(type);
    }

    @ParameterizedTest
    @CsvSource({"发明申请,INVENTION", "发明授权,INVENTION", "实用新型,UTILITY_MODEL", "外观设计,DESIGN",
            "Granted Patent,INVENTION", "Patent Application,INVENTION", "Design Right,DESIGN", "utility,INVENTION",
            "plant,PLANT"})
    void vendorTypeLabels(String label, PatentType type) {
        assertThat(PatentType.fromLabel(label)).isEqualTo(type);
    }

    @ParameterizedTest
    @CsvSource({"授权,ACTIVE", "有效,ACTIVE", "实质审查,PENDING", "公开,PENDING", "驳回,LAPSED", "撤回,LAPSED",
            "未缴年费,LAPSED", "避重授权,LAPSED", "ACTIVE,ACTIVE", "DISCONTINUED,LAPSED", "PENDING,PENDING",
            "EXPIRED,LAPSED", "授权后失效,LAPSED"})
    void legalStatusLabels(String label, LegalStatus status) {
        assertThat(LegalStatus.fromLabel(label)).isEqualTo(status);
    }

    /** The pattern parse() matched with before it was worked by hand; the hand-made matcher must agree on every text. */
    private static final java.util.regex.Pattern SHAPE =
            java.util.regex.Pattern.compile("([A-Z]{2})([A-Z]{0,4}\\d[\\dA-Z]*?\\d)([A-Z]\\d?|W[A-Z])?");

    private static java.util.Optional<PublicationNumber> byPattern(String raw) {
        String s = raw.strip().toUpperCase(java.util.Locale.ROOT).replaceAll("[ \\-/().\u00A0\u2002\u3000_（）*]", "");
        if (!s.matches("[A-Z0-9]*")) {
            return java.util.Optional.empty();
        }
        java.util.regex.Matcher m = SHAPE.matcher(s);
        return m.matches() ? java.util.Optional.of(new PublicationNumber(m.group(1), m.group(2), m.group(3)))
                : java.util.Optional.empty();
    }

    @org.junit.jupiter.api.Test
    void agreesWithThePatternOnEveryShortTextOfLettersAndDigits() {
        // given: 300,000 random texts over letters that matter (W for WA/WB kinds) and digits, 0-14 characters, with
        // separators now and then
        java.util.Random random = new java.util.Random(16);
        String alphabet = "ABCDEKUWXZ0123456789";
        int matched = 0;
        for (int k = 0; k < 300_000; k++) {
            int n = random.nextInt(15);
            StringBuilder b = new StringBuilder(n);
            for (int i = 0; i < n; i++) {
                b.append(random.nextInt(12) == 0 ? " -/".charAt(random.nextInt(3)) : alphabet.charAt(random.nextInt(
                        i < 2 ? 10 : alphabet.length())));
            }
            String raw = b.toString();

            // when / then
            java.util.Optional<PublicationNumber> expected = byPattern(raw);
            assertThat(PublicationNumber.parse(raw)).as(raw).isEqualTo(expected);
            matched += expected.isPresent() ? 1 : 0;
        }
        // both outcomes well represented, so the comparison means something
        assertThat(matched).isBetween(30_000, 270_000);
    }
}
