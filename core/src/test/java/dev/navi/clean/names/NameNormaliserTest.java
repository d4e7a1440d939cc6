package dev.navi.clean.names;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class NameNormaliserTest {

    private final NameNormaliser n = NameNormaliser.standard();

    @Test
    void cleanStripsGluedCountryTagsAndDatesButKeepsTheLegalForm() {
        // given / when / then
        assertThat(n.clean("ELWHA LLC [US]")).isEqualTo("ELWHA LLC");
        assertThat(n.clean("SANGAMO THERAPEUTICS INC (2017-01-05)")).isEqualTo("SANGAMO THERAPEUTICS INC");
        assertThat(n.clean("ACME GMBH (DE) [2019.03.05]")).isEqualTo("ACME GMBH");
        assertThat(n.clean("  Sony   Corporation ;")).isEqualTo("Sony Corporation");
        assertThat(n.clean("腾讯科技（深圳）有限公司")).isEqualTo("腾讯科技(深圳)有限公司");
        assertThat(n.clean("ＳＯＮＹ　ＣＯＲＰ")).isEqualTo("SONY CORP");
        assertThat(n.clean("华为 技术有限公司")).isEqualTo("华为技术有限公司");
        assertThat(n.clean("Clean Diesel Technologies, Inc. (CDTI)")).isEqualTo("Clean Diesel Technologies, Inc. (CDTI)");
        assertThat(n.clean(null)).isEmpty();
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
            "SZ DJI TECHNOLOGY CO LTD | SZ DJI Technology Co., Ltd.",
            "SZ DJI TECHNOLOGY CO LTD | Sz Dji Technology Co Ltd",
            "宁德时代新能源科技股份有限公司 | 寧德時代新能源科技股份有限公司",
            "SANGAMO THERAPEUTICS INC (2017-01-05) | Sangamo Therapeutics, Inc.",
            "ELWHA LLC [US] | Elwha LLC",
            "腾讯科技（深圳）有限公司 | 腾讯科技深圳有限公司",
            "Siemens Aktiengesellschaft | SIEMENS AG",
            "Schaeffler Technologies AG & Co. KG | SCHAEFFLER TECHNOLOGIES AG AND CO KG",
            "The Procter & Gamble Company | PROCTER AND GAMBLE CO",
            "AT&T Intellectual Property I, L.P. | AT & T INTELLECTUAL PROPERTY I LP",
            "Kabushiki Kaisha Toshiba | TOSHIBA KK",
            "株式会社日立製作所 | 日立制作所株式会社",
            "Telefonaktiebolaget LM Ericsson (publ) | TELEFONAKTIEBOLAGET LM ERICSSON (PUBL)",
            "Universität Stuttgart | UNIVERSITAT STUTTGART",
            "华为技术有限公司 | 华为技术公司",
            "海尔集团公司 | 海尔集团",
            "Zetkama Spółka Akcyjna | ZETKAMA",
            "Thales S.A. | THALES SA"
    })
    void variantsShareAKey(String a, String b) {
        // when / then
        assertThat(n.key(a)).isNotEmpty().isEqualTo(n.key(b));
    }

    @ParameterizedTest(name = "{0} ≠ {1}")
    @CsvSource(delimiter = '|', value = {
            "LG Chem, Ltd. | LG Electronics Inc.",
            "华为技术有限公司 | 华为终端有限公司",
            "SoftBank Group Corp. | SoftBank Corp.",
            "Samsung SDI Co., Ltd. | Samsung Display Co., Ltd.",
            "中国科学院 | 中国科学院大学"
    })
    void differentFirmsKeepDifferentKeys(String a, String b) {
        assertThat(n.key(a)).isNotEqualTo(n.key(b));
    }

    @Test
    void keyExamples() {
        assertThat(n.key("SZ DJI Technology Co., Ltd.")).isEqualTo("sz dji technology");
        assertThat(n.key("宁德时代新能源科技股份有限公司")).isEqualTo("宁德时代新能源科技");
        assertThat(n.key("The Boeing Company")).isEqualTo("boeing");
        assertThat(n.key("AB")).isEqualTo("ab");
        assertThat(n.key("Co., Ltd.")).isEqualTo("co");
        assertThat(n.key("  ;  ")).isEmpty();
    }

    @Test
    void branchSuffixIsRemovedAndNoted() {
        // when
        NameNormaliser.Normalised r = n.normalise("中国石油化工股份有限公司胜利油田分公司");

        // then
        assertThat(r.key()).isEqualTo("中国石油化工股份有限公司胜利油田");
        assertThat(r.branch()).isTrue();
        assertThat(r.removed()).containsExactly("分公司");
        assertThat(n.normalise("华为技术有限公司").branch()).isFalse();
    }

    @Test
    void aBranchNamedAfterItsPlaceIsTheCompany() {
        // when: a 分公司 has no legal personality; named after its city it is the company itself
        NameNormaliser.Normalised r = n.normalise("安徽讯飞医疗股份有限公司武汉分公司");

        // then
        assertThat(r.key()).isEqualTo(n.key("安徽讯飞医疗股份有限公司")).isEqualTo("安徽讯飞医疗");
        assertThat(r.branch()).isTrue();
        assertThat(r.removed()).containsExactly("分公司", "武汉", "股份有限公司");
    }

    @Test
    void lostLettersStayInTheKeyAsWildcards() {
        assertThat(n.key("M?RSK OLIE OG GAS AS")).isEqualTo("m?rsk olie og gas");
        assertThat(n.key("UNIVERSIT\ufffdT Z\ufffdRICH")).isEqualTo("universit?t z?rich");
    }
}
