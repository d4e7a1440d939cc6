package dev.navi.report.docx;

import dev.navi.chain.map.ChainMap;
import dev.navi.chain.map.ChainNode;
import dev.navi.metrics.MetricTable;
import dev.navi.metrics.ModuleResult;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Number formats, cell texts, column layout and a minimal hand-made model. */
class FormatsTest {
    private static final ChainMap MAP = new ChainMap("demo", "演示产业", "Demo industry", null, List.of(
            new ChainNode("up", "上游", "Upstream", null, false, List.of(), List.of(
                    new ChainNode("cathode", "正极材料", "Cathodes", null, true, List.of(), List.of())))), null);
    private final Words zh = new Words(false, "family", MAP);
    private final Words en = new Words(true, "application", MAP);

    @Test
    void numbersUseSeparatorsPercentagesAndIndicesWhateverTheLocale() {
        assertThat(zh.n(1087)).isEqualTo("1,087");
        assertThat(zh.n(1234567L)).isEqualTo("1,234,567");
        assertThat(zh.pct(0.0973)).isEqualTo("9.7%");
        assertThat(zh.pct(-0.0001)).isEqualTo("0.0%");
        assertThat(zh.idx(1.347395)).isEqualTo("1.35");
        assertThat(zh.records(1087)).isEqualTo("1,087项");
        assertThat(en.records(1087)).isEqualTo("1,087 records");
        assertThat(zh.date(LocalDate.of(2025, 6, 30))).isEqualTo("2025年6月30日");
        assertThat(en.date(LocalDate.of(2025, 6, 30))).isEqualTo("30 June 2025");
        assertThat(zh.date(null)).isEqualTo("未注明");
        assertThat(zh.list(List.of("甲", "乙", "丙"))).isEqualTo("甲、乙和丙");
        assertThat(en.list(List.of("a", "b", "c"))).isEqualTo("a, b and c");
        assertThat(Words.tidy("2024–2024年的数据")).isEqualTo("2024年的数据");
        assertThat(Words.tidy("2019–2023年")).isEqualTo("2019–2023年");
    }

    @Test
    void cellsFormatByColumnAndNeverPrintNull() {
        Cells cells = new Cells(zh);
        assertThat(cells.value("count", Cells.kind("count", 1087L), 1087L)).isEqualTo("1,087");
        assertThat(cells.value("year", Cells.kind("year", 2019L), 2019L)).isEqualTo("2019");
        assertThat(cells.value("first_year", Cells.kind("first_year", 2019L), 2019L)).isEqualTo("2019");
        assertThat(cells.value("share", Cells.kind("share", 0.058193), 0.058193)).isEqualTo("5.8%");
        assertThat(cells.value("combined", Cells.kind("combined", 0.24567), 0.24567)).isEqualTo("24.6%");
        assertThat(cells.value("hhi", Cells.kind("hhi", 1555.6), 1555.6)).isEqualTo("1,556");
        assertThat(cells.value("rta", Cells.kind("rta", 1.016198), 1.016198)).isEqualTo("1.02");
        assertThat(cells.value("cagr", Cells.Kind.PERCENT, null)).isEqualTo(Cells.NONE);
        assertThat(cells.value("cagr", Cells.Kind.PERCENT, Double.NaN)).isEqualTo(Cells.NONE);
        assertThat(cells.value("title", Cells.Kind.TEXT, "null")).isEqualTo(Cells.NONE);
        assertThat(cells.value("node", Cells.kind("node", "cathode"), "cathode")).isEqualTo("正极材料");
        assertThat(cells.value("top_nodes", Cells.kind("top_nodes", "up;cathode"), "up;cathode")).isEqualTo("上游、正极材料");
        assertThat(cells.value("type", Cells.Kind.TEXT, "university")).isEqualTo("高校");
        assertThat(cells.value("quadrant", Cells.Kind.TEXT, "WEAK")).isEqualTo("薄弱");
        assertThat(cells.header("region_by_node", "四川省_rta")).isEqualTo("四川省 RTA");
        assertThat(cells.header("growth_by_node", "count_2019")).isEqualTo("2019年申请量");
        assertThat(cells.header("trend_by_year", "cathode")).isEqualTo("正极材料");
        assertThat(new Cells(en).header("life_cycle", "stage_zh")).isEqualTo("Stage");
    }

    @Test
    void nodeColumnsWhoseIdsContainAPercentWordPrintAsCountsNotPercentages() {
        // regression: "separator" contains "rate" and "flight-control" contains "control", so their yearly counts
        // printed as 700.0 % … 14,500.0 %; the producer now declares the kind of such columns
        ChainMap map = new ChainMap("demo", "演示", "Demo", null, List.of(
                new ChainNode("separator", "隔膜", "Separator", null, false, List.of(), List.of()),
                new ChainNode("flight-control", "飞控", "Flight control", null, false, List.of(), List.of())), null);
        Words w = new Words(false, "family", map);
        List<String> cols = List.of("year", "complete", "total", "separator", "flight-control");
        MetricTable trend = new MetricTable("trend_by_year", "趋势", "Trend", cols,
                List.of(List.of(2023L, "yes", 200L, 7L, 145L)), List.of(), "")
                .declare(dev.navi.metrics.ColumnKind.COUNT, cols.subList(2, cols.size()));
        assertThat(new Views(w, 2023).of(trend).cells().get(0)).containsExactly("2023", "200", "7", "145");
        // the same ids holding growth rates are declared as rates
        MetricTable yoy = new MetricTable("growth_yoy", "同比", "YoY", cols,
                List.of(List.of(2023L, "yes", 0.25, 0.5, -0.1)), List.of(), "")
                .declare(dev.navi.metrics.ColumnKind.RATE, cols.subList(2, cols.size()));
        assertThat(new Views(w, 2023).of(yoy).cells().get(0)).containsExactly("2023", "25.0%", "50.0%", "-10.0%");
        // and an undeclared node column is never read as a percentage from the words in its id
        MetricTable plain = new MetricTable("some_table", "表", "Table", List.of("separator"), List.of(List.of(7L)),
                List.of(), "");
        assertThat(new Views(w, 2023).of(plain).cells().get(0)).containsExactly("7");
    }

    @Test
    void columnsFitTheTextWidthAndNumbersAreNotSqueezed() {
        List<String> headers = new ArrayList<>(List.of("排名", "申请人", "入选理由"));
        List<Boolean> numeric = new ArrayList<>(List.of(true, false, false));
        for (int i = 0; i < 6; i++) {
            headers.add("数量" + i);
            numeric.add(true);
        }
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < 5; r++) {
            List<String> row = new ArrayList<>(List.of(String.valueOf(r + 1), "宁德时代新能源科技股份有限公司",
                    "在薄弱/空白环节申请35件，占全球这些环节申请的6.5%，近三年（2021–2023）申请9件；主要环节：电芯结构设计、电池管理系统、隔膜"));
            for (int i = 0; i < 6; i++) {
                row.add("12,345");
            }
            rows.add(row);
        }
        TableView v = TableView.own("t", headers, rows, numeric);
        int[] widths = new int[headers.size()];
        int size = TableWriter.layout(v, widths);
        assertThat(Arrays.stream(widths).sum()).isEqualTo(Docx.TEXT_WIDTH);
        assertThat(size).isLessThanOrEqualTo(18);
        int unit = size == 18 ? 96 : size == 16 ? 86 : 80;
        for (int c = 3; c < widths.length; c++) {
            assertThat(widths[c] - 216).as("column " + c).isGreaterThanOrEqualTo(TableWriter.width("12,345") * unit);
        }
        assertThat(widths[2]).as("the reason column gets the most room").isGreaterThan(widths[1]);
    }

    @Test
    void aValueWithItsReferenceInBracketsBreaksBeforeTheBracketNeverInsideANumber() throws Exception {
        // given eight columns of a value with the nation's value in brackets (the region's quality indicators by
        // node): too wide for one line each
        List<String> headers = new ArrayList<>(List.of("环节"));
        List<Boolean> numeric = new ArrayList<>(List.of(false));
        List<String> row = new ArrayList<>(List.of("电池管理系统"));
        for (int i = 0; i < 8; i++) {
            headers.add("指标" + i);
            numeric.add(true);
            row.add(i == 0 ? "不适用（70.9%）" : "87.9%（94.2%）");
        }
        TableView v = TableView.own("t", headers, List.of(row), numeric);
        assertThat(TableWriter.bracketed("87.9%（94.2%）")).containsExactly("87.9%", "（94.2%）");
        assertThat(TableWriter.bracketed("1.16 (1.04)")).containsExactly("1.16", "(1.04)");
        assertThat(TableWriter.bracketed("87.9%")).isNull();
        int[] widths = new int[headers.size()];
        int size = TableWriter.layout(v, widths);
        int unit = size == 18 ? 96 : size == 16 ? 86 : 80;
        // then every column holds each part on one line (the reference on its own line with half-width brackets)
        for (int c = 1; c < widths.length; c++) {
            assertThat(widths[c] - 216).as("column " + c).isGreaterThanOrEqualTo(TableWriter.width("(94.2%)") * unit);
        }
        // and the cell is written as the value, a line break, the bracketed reference
        Docx d = new Docx(true);
        new TableWriter(d, new Words(false, "family", MAP), new Captions(false)).write(v);
        var cell = d.doc.getTables().get(0).getRow(1).getCell(2);
        assertThat(cell.getText()).isEqualTo("87.9%\n(94.2%)");
        assertThat(d.doc.getTables().get(0).getRow(1).getCell(1).getText()).isEqualTo("不适用\n(70.9%)");
    }

    @Test
    void theRowHeightsTheWriterRecordsAreThoseMeasuredFromTheWrittenCells() {
        // given a table with a split bracketed value, an empty cell, a newline, a control character, long wrapping
        // text and a header
        List<String> headers = List.of("名称", "说明", "占比", "数量");
        List<List<String>> rows = List.of(
                List.of("甲公司", "一种锂电池正极材料及其制备方法，".repeat(6), "87.9%（94.2%）", "1,204"),
                List.of("B Corp", "", "不适用（70.9%）", "3"),
                List.of("丙\n大学", "line one\nline two\u0007", "12.5%", ""));
        TableView v = TableView.own("t", headers, rows, List.of(false, false, true, true));
        Docx d = new Docx(true);

        // when it is written
        new TableWriter(d, new Words(false, "family", MAP), new Captions(false)).write(v);

        // then the recorded heights are the ones measured from POI's cells, row by row
        var table = d.doc.getTables().get(0);
        int[] recorded = d.rowHeights.get(table.getCTTbl());
        assertThat(recorded).hasSize(4);
        for (int r = 0; r < 4; r++) {
            assertThat(recorded[r]).as("row " + r).isEqualTo(PageEstimate.rowHeight(table.getRow(r)));
        }
        // the long text wraps: its row is taller than the header's
        assertThat(recorded[1]).isGreaterThan(recorded[0]);
        // and the page estimate with them is the estimate without them
        assertThat(PageEstimate.pages(d.doc.getBodyElements(), d.rowHeights)).isEqualTo(PageEstimate.pages(d.doc.getBodyElements()));
    }

    @Test
    void aSmallTableIsNarrowerThanTheText() {
        TableView v = TableView.own("t", List.of("项目", "数量"), List.of(List.of("读取行数", "3,000")), List.of(false, true));
        int[] widths = new int[2];
        TableWriter.layout(v, widths);
        assertThat(Arrays.stream(widths).sum()).isLessThan(Docx.TEXT_WIDTH).isGreaterThan(Docx.TEXT_WIDTH / 2);
    }

    @Test
    void minimalModelWritesAReportThatSaysWhatIsMissing() throws Exception {
        // given a model with a map, one tiny module table and nothing else
        MetricTable trend = new MetricTable("trend_by_year", "申请趋势", "Filings", List.of("year", "complete", "total", "up"),
                List.of(Arrays.asList(2020L, "yes", 3L, 2L), Arrays.asList(2021L, "no", 1L, null)), List.of(), "");
        ReportModel model = ReportModel.builder().title("演示").map(MAP).period(2020, 2021).lastCompleteYear(2020)
                .reportDate(LocalDate.of(2025, 1, 2))
                .tagging(new ReportModel.Tagging(3, 4, List.of(
                        new ReportModel.NodeQuality("cathode", 40, 0.8, 0.7, 0.9, Double.NaN, null, null))))
                .modules(Map.of("direction", new ModuleResult(List.of(trend), List.of(), List.of(), List.of())))
                .build();
        assertThat(model.industry()).isEqualTo("演示产业");
        assertThat(model.sources()).isEmpty();
        // when
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AtlasReport.write(model, out);
        // then
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            String text = AtlasReportTest.allText(doc);
            assertThat(text).contains("2020–2021年共有4件专利纳入统计", "本节所需的数据表未生成", "本次分析未设定目标区域",
                    "模型中未记录输入文件的明细", "对1个环节进行了人工抽样复核", "80.0%（70.0%–90.0%）\t未测");
            assertThat(text).doesNotContainPattern("\\bnull\\b").doesNotContain("NaN");
            // the summary, chapters 1–5 (no legal chapter without its module) and appendices A–C
            assertThat(AtlasReportTest.texts(AtlasReportTest.styled(doc, "Heading1"))).hasSize(9)
                    .startsWith("主要结论与建议").contains("5  结论与建议");
        }
    }

    @Test
    void hotspotSentenceSaysAsManyAsTheTableRanks() throws Exception {
        // given a hotspots table with one leaf branch (the demo map has one)
        MetricTable hot = new MetricTable("hotspots", "技术热点", "Technology hotspots",
                List.of("rank", "node", "name", "level", "recent_cagr", "relative_growth", "new_entrants",
                        "recent_applicants", "new_entrant_share", "score"),
                List.<List<Object>>of(Arrays.asList(1L, "cathode", "正极材料", 2L, 0.25, 0.05, 12L, 20L, 0.6, 1.0)),
                List.of(), "");
        ReportModel model = ReportModel.builder().title("演示").map(MAP).period(2020, 2021).lastCompleteYear(2020)
                .reportDate(LocalDate.of(2025, 1, 2))
                .modules(Map.of("direction", new ModuleResult(List.of(hot), List.of(), List.of(), List.of())))
                .build();
        // when
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AtlasReport.write(model, out);
        // then one branch is "the first", never "the top three"
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            String text = AtlasReportTest.allText(doc);
            assertThat(text).contains("技术热点排名第一的是正极材料（近期年均增长25.0%").doesNotContain("排名前三");
        }
    }

    @Test
    void accountingShowsWhatItDoesNotExplain() {
        ReportModel.Accounting a = new ReportModel.Accounting(100, 5, Map.of("same publication", 10L),
                Map.of("keyword", 3L), 80);
        assertThat(a.recordsIn()).isEqualTo(95);
        assertThat(a.unexplained()).isEqualTo(2);
        assertThat(new ReportModel.NodeQuality("up", 10, Double.NaN, null, null, 0.5, 0.3, 0.7).precision()).isNull();
    }
}
