package dev.navi.industry;

import dev.navi.chain.map.ChainMap;
import dev.navi.chain.map.ChainMapReader;
import dev.navi.project.Region;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class IndustryReaderTest {
    static final String MAP = """
            industry:
              id: battery
              zh: 动力电池
              en: Batteries
            nodes:
              - id: cathode
                zh: 正极材料
                en: Cathode
                ipc: [H01M4/505]
              - id: separator
                zh: 隔膜
                en: Separator
                ipc: [H01M50/40]
            """;
    static final Region SC = new Region(Region.Level.PROVINCE, "四川省", "四川省");

    static ChainMap map() {
        return ChainMapReader.read("m.yaml", MAP).orThrow();
    }

    @Test
    void readsChineseHeadersUnitsAndNodeNamesAndLocatesBadCells(@TempDir Path dir) throws Exception {
        // given Chinese headers with units, a node given by name, a typo'd node id and a bad number
        Files.writeString(dir.resolve("navi.yaml"), "industry:\n  firms: firms.csv\n");
        Files.writeString(dir.resolve("firms.csv"), """
                企业名称,城市,产业链环节,企业类型,产值（亿元）
                成都甲公司,成都,正极材料;separater,龙头企业、专精特新,12.5
                乙公司,宜宾市,cathode,规上,十二
                ,成都,cathode,,1
                """);
        // when
        IndustryData d = IndustryReader.load(dir.resolve("navi.yaml"), map(), SC);
        // then
        assertThat(d.used()).containsExactly("firms");
        assertThat(d.firms()).hasSize(2);
        Firm a = d.firms().get(0);
        assertThat(a.province()).isEqualTo("四川省");
        assertThat(a.city()).isEqualTo("成都市");
        assertThat(a.nodes()).containsExactly("cathode");
        assertThat(a.roles()).containsExactly(Roles.LEADER, Roles.SPECIALISED);
        assertThat(a.output()).isEqualTo(12.5);
        assertThat(d.firms().get(1).output()).isNull();
        assertThat(d.problems()).extracting(IndustryProblem::message).containsExactly(
                "firms.csv: row 2, column 产业链环节: 'separater' is not a node of the chain map battery; did you mean "
                        + "'separator'? use the node ids of the map (navi map validate lists them) (value left out)",
                "firms.csv: row 3, column 产值（亿元）: '十二' is not a number; write a plain number (money in CNY 100m), without "
                        + "units (value left out)",
                "firms.csv: row 4, column 企业名称: no firm name; write the firm's registered name (row left out)");
    }

    @Test
    void aMissingFileOrColumnLeavesTheInputOutWithALocatedMessage(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("navi.yaml"), "industry:\n  firms: nofile.csv\n  market: market.csv\n  markte: x.csv\n");
        Files.writeString(dir.resolve("market.csv"), "holder,share\nCATL,37%\n");
        IndustryData d = IndustryReader.load(dir.resolve("navi.yaml"), map(), SC);
        assertThat(d.used()).isEmpty();
        assertThat(d.problems()).extracting(IndustryProblem::message).anySatisfy(m -> assertThat(m)
                .startsWith("nofile.csv: does not exist")).anySatisfy(m -> assertThat(m)
                .isEqualTo("market.csv: row 1: no column node in the header; add it (see the template 'navi init' "
                        + "writes) (file left out)")).anySatisfy(m -> assertThat(m).contains("did you mean 'market'"));
    }

    @Test
    void marketSharesArePercentOrFractionAndRegionsResolve(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("navi.yaml"), "industry:\n  market: m.csv\n  region_output: r.csv\n");
        Files.writeString(dir.resolve("m.csv"), "node,year,holder,share\ncathode,2024,CATL,37%\ncathode,2024,KR,0.2\n"
                + "cathode,2024,Foo,150\n");
        Files.writeString(dir.resolve("r.csv"), "地区,环节,年份,产值\n四川,cathode,2024,420\n火星,cathode,2024,1\n");
        IndustryData d = IndustryReader.load(dir.resolve("navi.yaml"), map(), SC);
        assertThat(d.market()).extracting(MarketEntry::share).containsExactly(0.37, 0.2);
        assertThat(d.market().get(1).holderType()).isEqualTo("country");
        assertThat(d.market().get(1).country()).isEqualTo("KR");
        assertThat(d.output()).singleElement().satisfies(o -> {
            assertThat(o.region().code()).isEqualTo("四川省");
            assertThat(o.output()).isEqualTo(420.0);
        });
        assertThat(d.problems()).hasSize(3);
    }

    @Test
    void anXlsxFirmsTableIsReadFromItsFirstSheet(@TempDir Path dir) throws Exception {
        // given a workbook whose header row follows a blank row, numbers stored as numbers
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            var sh = wb.createSheet("企业");
            sh.createRow(1).createCell(0).setCellValue("企业名称");
            sh.getRow(1).createCell(1).setCellValue("省份");
            sh.getRow(1).createCell(2).setCellValue("产值（亿元）");
            sh.createRow(2).createCell(0).setCellValue("成都甲公司");
            sh.getRow(2).createCell(1).setCellValue("四川");
            sh.getRow(2).createCell(2).setCellValue(12.5);
            wb.createSheet("other").createRow(0).createCell(0).setCellValue("not read");
            try (var out = Files.newOutputStream(dir.resolve("firms.xlsx"))) {
                wb.write(out);
            }
        }
        Files.writeString(dir.resolve("navi.yaml"), "industry:\n  firms: firms.xlsx\n");
        // when
        IndustryData d = IndustryReader.load(dir.resolve("navi.yaml"), map(), SC);
        // then
        assertThat(d.problems()).isEmpty();
        assertThat(d.firms()).singleElement().satisfies(f -> {
            assertThat(f.name()).isEqualTo("成都甲公司");
            assertThat(f.province()).isEqualTo("四川省");
            assertThat(f.output()).isEqualTo(12.5);
            assertThat(f.row()).isEqualTo(3);
        });
    }

    @Test
    void theTemplatesReadBackWithoutProblems(@TempDir Path dir) throws Exception {
        IndustryTemplates.write(dir.resolve("industry"), false);
        Files.writeString(dir.resolve("navi.yaml"), "industry:\n  firms: industry/firms.csv\n  market: industry/market.csv\n"
                + "  region_output: industry/region_output.csv\n");
        ChainMap starter = ChainMapReader.read("starter.yaml", dev.navi.chain.map.StarterMap.text()).orThrow();
        IndustryData d = IndustryReader.load(dir.resolve("navi.yaml"), starter, SC);
        assertThat(d.problems()).isEmpty();
        assertThat(d.firms()).hasSize(2);
        assertThat(d.market()).hasSize(3);
        assertThat(d.output()).hasSize(2);
    }
}
