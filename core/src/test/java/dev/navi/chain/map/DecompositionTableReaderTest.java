package dev.navi.chain.map;

import dev.navi.chain.RuleSpec;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DecompositionTableReaderTest {

    /** A 技术分解表 as analysts keep it: a title row, Chinese headers, merged level-1 and level-2 cells. */
    private static Path workbook(Path dir) throws IOException {
        Path file = dir.resolve("动力电池技术分解表.xlsx");
        Object[][] rows = {
                {"动力电池技术分解表"},
                {"序号", "一级分支", "二级分支", "三级分支", "英文名称", "IPC分类号", "关键词", "关键产品", "说明"},
                {"1", "上游", "正极材料", "磷酸铁锂", "LFP cathode", "H01M4/58", "磷酸铁锂；LFP；lithium iron phosphate", "是", ""},
                {"2", "", "", "三元材料", "NCM cathode", "H01M4/505 H01M4/525", "三元 AND (正极 OR cathode)", "是", ""},
                {"3", "", "负极材料", "", "Anode materials", "H01M4/587、H01M4/38", "", "否", "石墨与硅基"},
                {"4", "中游", "电芯", "", "Cells", "H01M10/0525", "电芯,电池单体", "Y", ""},
                {"5", "", "", "", "", "H01M50/10", "", "", ""},
                {"6", "", "电池管理系统", "", "BMS", "H1M10/42", "荷电状态 OR (SOC", "", ""},
        };
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("技术分解");
            for (int i = 0; i < rows.length; i++) {
                Row r = s.createRow(i);
                for (int j = 0; j < rows[i].length; j++) {
                    if (!rows[i][j].toString().isEmpty()) {
                        r.createCell(j).setCellValue(rows[i][j].toString());
                    }
                }
            }
            s.addMergedRegion(new CellRangeAddress(0, 0, 0, 8));  // title
            s.addMergedRegion(new CellRangeAddress(2, 4, 1, 1));  // 上游
            s.addMergedRegion(new CellRangeAddress(2, 3, 2, 2));  // 正极材料
            s.addMergedRegion(new CellRangeAddress(5, 7, 1, 1));  // 中游
            s.addMergedRegion(new CellRangeAddress(5, 6, 2, 2));  // 电芯: row 7 adds a rule to it
            wb.write(out);
        }
        return file;
    }

    @Test
    void readsAnXlsxWithMergedCellsAndReportsProblemsWithSheetAndRow(@TempDir Path dir) throws IOException {
        // given
        Path file = workbook(dir);

        // when
        MapValidation v = DecompositionTableReader.read(file);

        // then: the two bad cells of row 8, and nothing else
        assertThat(v.problems()).extracting(Problem::location).containsExactly(
                file + ": sheet 技术分解, row 8, column IPC分类号",
                file + ": sheet 技术分解, row 8, column 关键词");
        assertThat(v.problems().get(0).message()).startsWith("malformed IPC code 'H1M10/42'");
        assertThat(v.problems().get(1).message()).startsWith("query syntax error at position 12: expected ')'");
    }

    @Test
    void buildsTheTreeFromAnXlsx(@TempDir Path dir) throws IOException {
        // given: the same table without its two errors
        Path file = workbook(dir);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            Row r = wb.getSheetAt(0).getRow(7);
            r.getCell(5).setCellValue("H01M10/42");
            r.getCell(6).setCellValue("荷电状态 OR SOC");
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }

        // when
        ChainMap map = DecompositionTableReader.load(file);

        // then
        assertThat(map.nameZh()).isEqualTo("动力电池");
        assertThat(map.entries()).extracting(e -> e.pathText() + " " + e.node().name()).containsExactly(
                "n1 上游",                                  // Chinese name only: id from the position
                "n1/n1.1 正极材料",
                "n1/n1.1/lfp-cathode 磷酸铁锂",              // the English name column gives the id
                "n1/n1.1/ncm-cathode 三元材料",
                "n1/anode-materials 负极材料",
                "n2 中游",
                "n2/cells 电芯",
                "n2/bms 电池管理系统");
        ChainNode lfp = map.node("lfp-cathode").orElseThrow();
        assertThat(lfp.keyProduct()).isTrue();
        assertThat(lfp.nameEn()).isEqualTo("LFP cathode");
        assertThat(lfp.rules()).containsExactly(
                new RuleSpec("ipc", List.of("H01M4/58"), false, List.of(), null),
                new RuleSpec("query", List.of(), false, List.of(), "磷酸铁锂 OR LFP OR \"lithium iron phosphate\""));
        assertThat(map.node("ncm-cathode").orElseThrow().rules()).extracting(RuleSpec::ipc, RuleSpec::query)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(List.of("H01M4/505", "H01M4/525"), null),
                        org.assertj.core.groups.Tuple.tuple(List.of(), "三元 AND (正极 OR cathode)"));
        ChainNode anode = map.node("anode-materials").orElseThrow();
        assertThat(anode.keyProduct()).isFalse();
        assertThat(anode.description()).isEqualTo("石墨与硅基");
        assertThat(anode.rules()).singleElement().extracting(RuleSpec::ipc).isEqualTo(List.of("H01M4/587", "H01M4/38"));
        assertThat(map.node("cells").orElseThrow().rules()).extracting(RuleSpec::label)
                .containsExactly("ipc", "query", "ipc (row 7)");
        assertThat(map.node("n1").orElseThrow().rules()).isEmpty();
    }

    @Test
    void readsACsvInGbkWithBlankCellsInheritedFromTheRowAbove(@TempDir Path dir) throws IOException {
        // given: English headers in any order, blanks instead of merged cells, an AND row
        Path file = dir.resolve("drones.csv");
        String csv = """
                keywords,level 1,level 2,IPC,CPC,key,combine,english
                ,机体,,,,,,Airframe
                "drone; unmanned aerial vehicle",,旋翼,B64C27,B64U10/10,yes,,Rotorcraft
                "quadcopter, multicopter",,多旋翼,,,no,AND,Multirotor
                ,飞控,,G05D1,,,,Flight control
                """;
        Files.write(file, csv.getBytes(Charset.forName("GB18030")));

        // when
        MapValidation v = DecompositionTableReader.read(file);

        // then
        assertThat(v.problems()).as(v.report()).isEmpty();
        ChainMap map = v.map();
        assertThat(map.id()).isEqualTo("drones");
        assertThat(map.nameEn()).isEqualTo("drones");
        assertThat(map.entries()).extracting(ChainMap.Entry::pathText).containsExactly(
                "airframe", "airframe/rotorcraft", "airframe/multirotor", "flight-control");
        assertThat(map.node("rotorcraft").orElseThrow().rules()).containsExactly(
                new RuleSpec("ipc", List.of("B64C27"), false, List.of(), null),
                new RuleSpec("cpc", List.of(), false, List.of("B64U10/10"), null),
                new RuleSpec("query", List.of(), false, List.of(), "drone OR \"unmanned aerial vehicle\""));
        assertThat(map.node("rotorcraft").orElseThrow().keyProduct()).isTrue();
        assertThat(map.node("multirotor").orElseThrow().rules()).containsExactly(
                new RuleSpec("rule", List.of(), false, List.of(), "quadcopter OR multicopter"));
        assertThat(map.node("airframe").orElseThrow().rules()).isEmpty();
        assertThat(ChainMapReader.load(file)).isEqualTo(map);   // the one entry point reads tables too
    }

    @Test
    void aCsvWithoutLevelColumnsOrWithAnEmptyFirstLevelIsAProblem(@TempDir Path dir) throws IOException {
        Path noHeader = dir.resolve("t.csv");
        Files.writeString(noHeader, "name,ipc\na,H01M\n");
        assertThat(DecompositionTableReader.read(noHeader).problems()).extracting(Problem::message).singleElement()
                .asString().startsWith("no header row with a level-1 column");

        Path orphan = dir.resolve("o.csv");
        Files.writeString(orphan, "一级分支,二级分支,IPC\n,正极,H01M4\n");
        assertThat(DecompositionTableReader.read(orphan).problems()).extracting(Problem::location)
                .containsExactly(orphan + ": row 2, column 一级分支");
    }

    @Test
    void keywordCellsBecomeQueries() {
        assertThat(DecompositionTableReader.toQuery("正极；负极、隔膜\n电解液")).isEqualTo("正极 OR 负极 OR 隔膜 OR 电解液");
        assertThat(DecompositionTableReader.toQuery("solid state, electrolyte")).isEqualTo("\"solid state\" OR electrolyte");
        assertThat(DecompositionTableReader.toQuery("TI:电池 AND 回收")).isEqualTo("TI:电池 AND 回收");
        assertThat(DecompositionTableReader.toQuery("(a OR b)\nAND c")).isEqualTo("(a OR b) AND c");
    }
}
