package dev.navi.clean.region;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChinaDivisionsTest {

    private final ChinaDivisions divisions = ChinaDivisions.standard();

    // ------------------------------------------------------------------------------------------- the table

    @Test
    void tableHasEveryLevelInFull() {
        // given
        List<Division> all = divisions.divisions();

        // when
        Map<Division.Level, Long> perLevel = all.stream()
                .collect(Collectors.groupingBy(Division::level, Collectors.counting()));

        // then
        assertThat(perLevel.get(Division.Level.PROVINCE)).isEqualTo(34);
        assertThat(perLevel.get(Division.Level.CITY)).isGreaterThanOrEqualTo(330);
        assertThat(perLevel.get(Division.Level.DISTRICT)).isGreaterThanOrEqualTo(2800);
        assertThat(all).extracting(Division::name)
                .contains("香港特别行政区", "澳门特别行政区", "台湾省", "新疆维吾尔自治区", "仙桃市", "延边朝鲜族自治州",
                        "大兴安岭地区", "锡林郭勒盟", "东莞市", "浦东新区", "神农架林区");
    }

    @Test
    void codesAreUniqueAndEveryParentExists() {
        // given
        List<Division> all = divisions.divisions();
        Map<String, Division> byCode = all.stream()
                .collect(Collectors.toMap(Division::code, Function.identity(), (a, b) -> a));

        // when
        Set<String> codes = new HashSet<>();
        all.forEach(d -> codes.add(d.code()));

        // then
        assertThat(codes).hasSameSizeAs(all);
        for (Division d : all) {
            assertThat(d.code()).matches("\\d{6}");
            if (d.level() == Division.Level.PROVINCE) {
                assertThat(d.parentCode()).isNull();
                assertThat(d.code()).endsWith("0000");
                continue;
            }
            Division parent = byCode.get(d.parentCode());
            assertThat(parent).as("parent of %s %s", d.code(), d.name()).isNotNull();
            assertThat(parent.level()).isLessThan(d.level());
            int prefix = parent.level() == Division.Level.PROVINCE ? 2 : 4;
            assertThat(d.code()).startsWith(parent.code().substring(0, prefix));
        }
    }

    @Test
    void resourceStaysSmall() throws IOException {
        // given
        try (InputStream in = ChinaDivisions.class.getResourceAsStream("china-divisions.tsv")) {
            // when
            byte[] bytes = in.readAllBytes();

            // then
            assertThat(bytes.length).isLessThan(400 * 1024);
        }
    }

    @Test
    void byCodeFindsARow() {
        // given / when
        Division chengdu = divisions.byCode("510100").orElseThrow();

        // then
        assertThat(chengdu.name()).isEqualTo("成都市");
        assertThat(chengdu.level()).isEqualTo(Division.Level.CITY);
        assertThat(chengdu.parentCode()).isEqualTo("510000");
        assertThat(chengdu.aliases()).contains("成都");
        assertThat(divisions.byCode("999999")).isEmpty();
    }

    @Test
    void loadNamesTheLineOfABadRow() {
        // given
        String table = "# comment\ncode\tlevel\tname\taliases\tparent\n510000\tprovince\t四川省\t四川\t\n"
                + "510100\tcity\t成都市\n";

        // when / then
        assertThatThrownBy(() -> ChinaDivisions.load(new StringReader(table), "t.tsv"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("t.tsv:4:");
    }

    @Test
    void loadRejectsAMissingParent() {
        // given
        String table = "code\tlevel\tname\taliases\tparent\n510100\tcity\t成都市\t成都\t510000\n";

        // when / then
        assertThatThrownBy(() -> ChinaDivisions.load(new StringReader(table), "t.tsv"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("510000");
    }

    // ------------------------------------------------------------------------------------------- addresses

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            四川省成都市高新区天府大道中段666号      | 四川省         | 成都市         | -
            成都市武侯区一环路南一段24号            | 四川省         | 成都市         | 武侯区
            浙江杭州市滨江区网商路699号            | 浙江省         | 杭州市         | 滨江区
            江苏省苏州工业园区星湖街328号           | 江苏省         | 苏州市         | -
            广东省深圳市南山区                   | 广东省         | 深圳市         | 南山区
            北京市海淀区清华园1号                 | 北京市         | 北京市         | 海淀区
            上海浦东新区                        | 上海市         | 上海市         | 浦东新区
            100084 北京市海淀区                 | 北京市         | 北京市         | 海淀区
            中国四川省绵阳市科创园区               | 四川省         | 绵阳市         | -
            香港九龙尖沙咀                      | 香港特别行政区   | 香港特别行政区   | -
            澳门氹仔                           | 澳门特别行政区   | 澳门特别行政区   | -
            台湾省新竹市科学园区                  | 台湾省         | -             | -
            内蒙古自治区呼和浩特市赛罕区            | 内蒙古自治区    | 呼和浩特市      | 赛罕区
            新疆乌鲁木齐市高新区                  | 新疆维吾尔自治区 | 乌鲁木齐市      | -
            吉林省长春市朝阳区                   | 吉林省         | 长春市         | 朝阳区
            吉林市丰满区                        | 吉林省         | 吉林市         | 丰满区
            吉林长春                           | 吉林省         | 长春市         | -
            北京市朝阳区建国路                    | 北京市         | 北京市         | 朝阳区
            江苏省南京市鼓楼区汉口路22号            | 江苏省         | 南京市         | 鼓楼区
            福建省福州市鼓楼区                    | 福建省         | 福州市         | 鼓楼区
            南京鼓楼                            | 江苏省         | 南京市         | 鼓楼区
            上海市长宁区延安西路                  | 上海市         | 上海市         | 长宁区
            北京市海淀区成都路                    | 北京市         | 北京市         | 海淀区
            上海市延安西路1号                    | 上海市         | 上海市         | -
            北京市成都路                         | 北京市         | 北京市         | -
            大连市西安路                         | 辽宁省         | 大连市         | -
            深圳市南山大道                       | 广东省         | 深圳市         | -
            湖北省仙桃市                         | 湖北省         | 仙桃市         | -
            仙桃市仙桃大道                       | 湖北省         | 仙桃市         | -
            重庆市渝北区                         | 重庆市         | 重庆市         | 渝北区
            天津市滨海新区                       | 天津市         | 天津市         | 滨海新区
            广东省中山市火炬开发区                 | 广东省         | 中山市         | -
            广州市海珠区新港西路135号中山大学        | 广东省         | 广州市         | 海珠区
            辽宁省大连市中山区                    | 辽宁省         | 大连市         | 中山区
            湖北省襄樊市                         | 湖北省         | 襄阳市         | -
            山东省莱芜市                         | 山东省         | 济南市         | 莱芜区
            安徽省巢湖市                         | 安徽省         | 合肥市         | 巢湖市
            云南省思茅市                         | 云南省         | 普洱市         | -
            海南省通什市                         | 海南省         | 五指山市        | -
            浙江省萧山市                         | 浙江省         | 杭州市         | 萧山区
            北京市崇文区                         | 北京市         | 北京市         | 东城区
            江苏省吴江市                         | 江苏省         | 苏州市         | 吴江区
            浙江省宁波市鄞县                      | 浙江省         | 宁波市         | 鄞州区
            浙江省杭州市江干区                    | 浙江省         | 杭州市         | -
            浦东新区张江路                        | 上海市         | 上海市         | 浦东新区
            武侯区                              | 四川省         | 成都市         | 武侯区
            恩施州利川市                         | 湖北省         | 恩施土家族苗族自治州 | 利川市
            青海省海南州共和县                    | 青海省         | 海南藏族自治州   | 共和县
            海南省海口市美兰区                    | 海南省         | 海口市         | 美兰区
            海南海口                            | 海南省         | 海口市         | -
            广西南宁市青秀区                      | 广西壮族自治区   | 南宁市         | 青秀区
            宁夏银川市                          | 宁夏回族自治区   | 银川市         | -
            西藏拉萨市城关区                      | 西藏自治区      | 拉萨市         | 城关区
            黑龙江省大兴安岭地区加格达奇区           | 黑龙江省        | 大兴安岭地区     | -
            河北省张家口市桥东区                   | 河北省         | 张家口市        | 桥东区
            江苏省南通市通州区                    | 江苏省         | 南通市         | 通州区
            辽宁省锦州市黑山县                    | 辽宁省         | 锦州市         | 黑山县
            黑山县                              | 辽宁省         | 锦州市         | 黑山县
            陕西省西安市长安区                    | 陕西省         | 西安市         | 长安区
            广东省东莞市松山湖                    | 广东省         | 东莞市         | -
            江苏省无锡市新吴区                    | 江苏省         | 无锡市         | 新吴区
            湖北省武汉市东湖新技术开发区             | 湖北省         | 武汉市         | -
            四川省阿坝州                          | 四川省         | 阿坝藏族羌族自治州 | -
            吉林省延边朝鲜族自治州延吉市             | 吉林省         | 延边朝鲜族自治州 | 延吉市
            江苏                               | 江苏省         | -             | -
            昆山开发区                           | 江苏省         | 苏州市         | 昆山市
            江苏昆山                            | 江苏省         | 苏州市         | 昆山市
            义乌国际商贸城                        | 浙江省         | 金华市         | 义乌市
            辽宁省沈阳市东陵区                    | 辽宁省         | 沈阳市         | 浑南区
            天津市塘沽区                         | 天津市         | 天津市         | 滨海新区
            济南市市中区                         | 山东省         | 济南市         | 市中区
            广东省佛山市顺德区北滘镇美的大道6号       | 广东省         | 佛山市         | 顺德区
            新疆石河子市                         | 新疆维吾尔自治区 | 石河子市        | -
            台北市内湖区                         | 台湾省         | -             | -
            """)
    void parsesAddresses(String address, String province, String city, String district) {
        // given / when
        ChinaPlace place = divisions.parseAddress(address).orElseThrow();

        // then
        assertThat(place).isEqualTo(new ChinaPlace(province, city, district));
    }

    @ParameterizedTest(name = "{0}")
    @NullAndEmptySource
    @ValueSource(strings = {
            "通州区",             // 北京 or 南通
            "朝阳区",             // 北京 or 长春
            "鼓楼区中山路",         // 南京, 福州, 徐州 or 开封
            "新华区",             // several cities
            "东区",               // two characters and no city: too weak
            "高新区科技路1号",
            "延安西路200号",        // a street, not 延安市
            "中山大学附属第一医院",   // in 广州, not 中山市
            "Tokyo, Japan",
            "日本国东京都港区",
            "韩国首尔市江南区",       // not 南宁市江南区
            "美国加利福尼亚州圣何塞",
            "   ",
            "某某科技有限公司",
            "开平",               // 开平市 (江门) or 开平区 (唐山)
            "东方红路1号",          // a street, not 东方市
            "东方电气集团东方电机有限公司"
    })
    void readsNothingFromAmbiguousOrForeignText(String address) {
        // given / when / then
        assertThat(divisions.parseAddress(address)).isEmpty();
    }

    // ------------------------------------------------------------------------------------------- fields

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            四川         | 四川省
            四川省        | 四川省
            川           | 四川省
            Sichuan      | 四川省
            内蒙古        | 内蒙古自治区
            广西         | 广西壮族自治区
            吉林         | 吉林省
            京           | 北京市
            香港         | 香港特别行政区
            台湾         | 台湾省
            四川省成都市   | 四川省
            """)
    void readsProvinceFields(String field, String province) {
        // given / when / then
        assertThat(divisions.province(field)).contains(province);
    }

    @ParameterizedTest(name = "{0}")
    @NullAndEmptySource
    @ValueSource(strings = {"火星", "XX", "  "})
    void provinceFieldWithoutAProvince(String field) {
        // given / when / then
        assertThat(divisions.province(field)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            成都         | 四川省   | 成都市             | -
            成都市        | 四川省   | 成都市             | -
            吉林         | 吉林省   | 吉林市             | -
            朝阳         | 辽宁省   | 朝阳市             | -
            恩施州        | 湖北省   | 恩施土家族苗族自治州  | -
            北京         | 北京市   | 北京市             | -
            仙桃         | 湖北省   | 仙桃市             | -
            襄樊         | 湖北省   | 襄阳市             | -
            浦东新区      | 上海市   | 上海市             | 浦东新区
            四川成都      | 四川省   | 成都市             | -
            """)
    void readsCityFields(String field, String province, String city, String district) {
        // given / when / then
        assertThat(divisions.city(field)).contains(new ChinaPlace(province, city, district));
    }

    @ParameterizedTest(name = "{0}")
    @NullAndEmptySource
    @ValueSource(strings = {"通州区", "四川", "火星"})
    void cityFieldWithoutOneCity(String field) {
        // given / when / then
        assertThat(divisions.city(field)).isEmpty();
    }

    @Test
    void placeRejectsADistrictWithoutACity() {
        // given / when / then
        assertThatThrownBy(() -> new ChinaPlace("四川省", null, "武侯区")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyPrefectureLevelCityHasALatinNameAndTextsLatiniseOnlyProvinces() {
        // given the shipped table: every city-level division is named in china-cities-latin.tsv
        long cities = divisions.divisions().stream().filter(d -> d.level() == Division.Level.CITY).count();
        long named = divisions.divisions().stream().filter(d -> d.level() == Division.Level.CITY)
                .filter(d -> divisions.latinName(d.name()).isPresent()).count();
        // then
        assertThat(named).isEqualTo(cities).isEqualTo(333);
        // polyphones as the places are read, not character by character
        assertThat(divisions.latinName("遂宁市")).contains("Suining");
        assertThat(divisions.latinName("成都市")).contains("Chengdu");
        assertThat(divisions.latinName("厦门市")).contains("Xiamen");
        assertThat(divisions.latinName("六安市")).contains("Lu'an");
        assertThat(divisions.latinName("凉山彝族自治州")).contains("Liangshan");
        assertThat(divisions.latinName("四川省")).contains("Sichuan");
        assertThat(divisions.latinName("武侯区")).isEmpty();
        // a text keeps a city inside a firm's name as written, and reads the province in Latin
        assertThat(divisions.latinPlaces("四川省企业：合肥市源川锂电材料有限公司")).isEqualTo("Sichuan企业：合肥市源川锂电材料有限公司");
    }
}
