package dev.navi.clean.region;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CountriesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ELWHA LLC [US]            | US
            SIEMENS AG (DE)           | DE
            NAME (DE)                 | DE
            华为技术有限公司（CN）        | CN
            ACME LTD [UK]             | GB
            SAMSUNG ELECTRONICS【KR】  | KR
            """)
    void readsTagsGluedToNames(String name, String iso2) {
        // given / when / then
        assertThat(Countries.fromTag(name)).contains(iso2);
    }

    @ParameterizedTest(name = "{0}")
    @NullAndEmptySource
    @ValueSource(strings = {"NAME (EP)", "NAME [WO]", "APPLE INC", "SONY CORP (jp)", "ACME (USA)", "X [US] LTD"})
    void ignoresWhatIsNotACountryTag(String name) {
        // given / when / then
        assertThat(Countries.fromTag(name)).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1-1, Marunouchi, Chiyoda-ku, Tokyo, Japan | JP
            Tokyo 100-8310 Japan                     | JP
            Seoul, Republic of Korea                 | KR
            Suwon-si, Gyeonggi-do, Korea             | KR
            Redmond, WA, USA                         | US
            Armonk, New York, U.S.A.                 | US
            Mountain View, CA 94043                  | US
            Austin, TX 78701                         | US
            Cupertino, California                    | US
            Trenton, New Jersey                      | US
            Cambridge, United States                 | US
            Beijing, P.R. China                      | CN
            Shenzhen, P.R.China                      | CN
            Shanghai 200240, China                   | CN
            Hsinchu, Taiwan                          | TW
            Hsinchu, Taiwan (R.O.C.)                 | TW
            Kowloon, Hong Kong                       | HK
            Kowloon, Hong Kong, China                | HK
            Munich, Germany                          | DE
            80333 München, Deutschland               | DE
            London, UK                               | GB
            Eindhoven, The Netherlands               | NL
            美国加利福尼亚州                           | US
            日本国东京都港区                           | JP
            韩国首尔                                 | KR
            德国慕尼黑                               | DE
            中华人民共和国北京市                        | CN
            中国台湾新竹市                             | TW
            四川省成都市武侯区                          | CN
            成都市高新区                              | CN
            香港九龙尖沙咀                             | HK
            台湾省新竹市                              | TW
            东京都港区芝浦，日本                         | JP
            辽宁省锦州市黑山县                          | CN
            黑山共和国波德戈里察                        | ME
            Singapore 138632                         | SG
            Kawasaki-shi, Kanagawa 210-8520 (JP)     | JP
            San Juan, PR 00901                       | PR
            Atlanta, GA 30332, USA                   | US
            南朝鲜                                    | KR
            """)
    void readsAddresses(String address, String iso2) {
        // given / when / then
        assertThat(Countries.fromAddress(address)).contains(iso2);
    }

    @ParameterizedTest(name = "{0}")
    @NullAndEmptySource
    @ValueSource(strings = {"Building 5, Science Park", "Tokyo", "CA", "某某路88号", "   ",
            "Atlanta, Georgia"})   // the US state or the country
    void addressWithoutACountry(String address) {
        // given / when / then
        assertThat(Countries.fromAddress(address)).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            CN                         | CN
            cn                         | CN
            CHN                        | CN
            中国                        | CN
            China                      | CN
            中华人民共和国                 | CN
            美国                        | US
            US                         | US
            United States of America   | US
            日本(JP)                    | JP
            JP（日本）                   | JP
            KR 韩国                     | KR
            Korea, Republic of         | KR
            德国                        | DE
            中国台湾                     | TW
            中国香港                     | HK
            澳门                        | MO
            英国                        | GB
            刚果（金）                    | CD
            中国四川                     | CN
            Georgia                    | GE
            """)
    void readsCountryFields(String value, String iso2) {
        // given / when / then
        assertThat(Countries.fromCountryField(value)).contains(iso2);
    }

    @ParameterizedTest(name = "{0}")
    @NullAndEmptySource
    @ValueSource(strings = {"XX", "EP", "WO", "N/A", "  ", "St Helier"})
    void countryFieldWithoutACountry(String value) {
        // given / when / then
        assertThat(Countries.fromCountryField(value)).isEmpty();
    }

    @Test
    void labelsNameCountriesAndRegionalOfficesAndKeepUnknownCodes() {
        assertThat(Countries.label("US", false)).isEqualTo("美国");
        assertThat(Countries.label("kr", true)).isEqualTo(Countries.nameEn("KR"));
        assertThat(Countries.label("EP", false)).isEqualTo("欧洲专利局");
        assertThat(Countries.label("WO", true)).isEqualTo("PCT (WO)");
        assertThat(Countries.label("XX", false)).isEqualTo("XX");
        assertThat(Countries.label(null, false)).isNull();
    }

    @Test
    void namesInBothLanguages() {
        // given / when / then
        assertThat(Countries.nameZh("US")).isEqualTo("美国");
        assertThat(Countries.nameEn("US")).isEqualTo("United States");
        assertThat(Countries.nameZh("KR")).isEqualTo("韩国");
        assertThat(Countries.nameEn("KR")).isEqualTo("South Korea");
        assertThat(Countries.nameZh("HK")).isEqualTo("中国香港");
        assertThat(Countries.nameEn("CN")).isEqualTo("China");
        assertThat(Countries.nameZh("jp")).isEqualTo("日本");
        assertThatThrownBy(() -> Countries.nameZh("XX")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Countries.nameEn(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tableHoldsEveryIsoCode() {
        // given / when / then
        assertThat(Countries.codes()).hasSize(249).contains("CN", "US", "HK", "MO", "TW", "SS", "KR");
        assertThat(Countries.isCode("DE")).isTrue();
        assertThat(Countries.isCode("EP")).isFalse();
    }

    @ParameterizedTest(name = "{0} -> {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            ELWHA LLC [US]                 | US | NAME_TAG
            トヨタ自動車株式会社              | JP | NAME_SCRIPT
            丰田自动车株式会社                | JP | NAME_SCRIPT
            株式会社电装                     | JP | NAME_SCRIPT
            삼성전자 주식회사                 | KR | NAME_SCRIPT
            四川长虹电器股份有限公司            | CN | NAME_SCRIPT
            深圳市腾讯计算机系统有限公司         | CN | NAME_SCRIPT
            腾讯科技（深圳）有限公司            | CN | NAME_SCRIPT
            宁德时代新能源科技股份有限公司       | CN | NAME_SCRIPT
            浙江大学                        | CN | NAME_SCRIPT
            台湾积体电路制造股份有限公司         | TW | NAME_SCRIPT
            香港中文大学                     | HK | NAME_SCRIPT
            """)
    void guessesFromStrongEvidenceInTheName(String name, String iso2, CountryGuess.Source source) {
        // given / when / then
        assertThat(Countries.guessFromName(name)).contains(new CountryGuess(iso2, source));
    }

    @ParameterizedTest(name = "{0}")
    @NullAndEmptySource
    @ValueSource(strings = {
            "三星电子株式会社",      // Korean, rendered with 株式会社
            "LG化学株式会社",
            "德州仪器公司",         // Texas Instruments, not 德州市
            "国际商业机器公司",      // IBM
            "华为技术有限公司",      // Chinese, but the name names no place
            "SIEMENS AG",
            "Huawei Technologies Co., Ltd.",
            "中山大学",            // in 广州: the name proves no place
            "东方电气集团东方电机有限公司" // 东方 is not read as 东方市
    })
    void guessesNothingFromWeakEvidence(String name) {
        // given / when / then
        assertThat(Countries.guessFromName(name)).isEmpty();
    }

    @Test
    void guessValidatesItsCode() {
        // given / when / then
        assertThatThrownBy(() -> new CountryGuess("us", CountryGuess.Source.ADDRESS))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
