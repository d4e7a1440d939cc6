package dev.navi.report.xlsx;

import dev.navi.metrics.Definition;
import dev.navi.metrics.MetricTable;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AtlasWorkbookTest {

    private static final String LONG_ID = "applicant_control_share_by_chain_node_and_year";
    private static final String LONG_TEXT = "长".repeat(40_000);

    private static AtlasWorkbookModel model(List<List<String>> dataRows, AtlasWorkbookModel.Language lang) {
        MetricTable shares = new MetricTable("cr4", "前四名申请人集中度", "Top-4 applicant share",
                List.of("node", "applicant", "share"),
                List.of(Arrays.asList("电池", "宁德时代", 0.25), Arrays.asList("电池", "比亚迪", null)),
                List.of("cr4"), "按份额降序排列，并列时按名称", "by share descending, ties by name");
        MetricTable counts = new MetricTable("trend", "申请趋势", "Filing trend",
                List.of("year", "count", "mean"),
                List.of(Arrays.asList("2020", 12345L, 1.5), Arrays.asList("2021", 7, 2.25)),
                List.of(), "by year");
        MetricTable longA = new MetricTable(LONG_ID, "甲", "A", List.of("x"), List.of(), List.of(), null);
        MetricTable longB = new MetricTable(LONG_ID + "_2", "乙", "B", List.of("x"), List.of(), List.of(), "");
        MetricTable bad = new MetricTable("a/b:c", "丙", "C", List.of("x"), List.of(), List.of(), "");
        return new AtlasWorkbookModel("锂电池产业专利导航", lang, "件（申请）",
                List.of("incoPat", "Lens.org"), LocalDate.of(2026, 6, 30), List.of("TAC=(锂电池 OR lithium)"),
                List.of(new AtlasWorkbookModel.TaggingQuality("电池", 0.9, 0.8, "95% CI 0.85–0.94, n=200")),
                List.of(new Definition("cr4", "前四集中度", "CR4", "Σ top-4 share", "%", "simple family",
                        "2006–2025; last 18 months incomplete")),
                List.of("title", "tag:电池", "extra col"), dataRows,
                List.of(shares, counts, longA, longB, bad));
    }

    private static List<List<String>> sampleRows() {
        return List.of(
                List.of("=SUM(A1:A2)", "1", "a"),
                List.of("+1", "0", ""),
                List.of("-x", "1", "b"),
                List.of("@cmd", "1", "c"),
                List.of(LONG_TEXT, "0", "d"),
                List.of("一种锂离子电池正极材料", "1", "中文"));
    }

    private static XSSFWorkbook roundTrip(AtlasWorkbookModel m, int maxRows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AtlasWorkbook.write(m, out, maxRows);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    private static List<String> texts(Sheet s) {
        List<String> out = new ArrayList<>();
        for (Row r : s) {
            for (Cell c : r) {
                if (c.getCellType() == CellType.STRING) {
                    out.add(c.getStringCellValue());
                }
            }
        }
        return out;
    }

    private static void assertFrozenAt(Sheet s, int rows) {
        PaneInformation p = s.getPaneInformation();
        assertThat(p).as(s.getSheetName()).isNotNull();
        assertThat(p.isFreezePane()).isTrue();
        assertThat((int) p.getHorizontalSplitPosition()).as(s.getSheetName()).isEqualTo(rows);
    }

    @Test
    void writesSheetsInOrderWithLegalUniqueNames() throws IOException {
        // given
        AtlasWorkbookModel m = model(sampleRows(), AtlasWorkbookModel.Language.ZH);
        // when
        try (XSSFWorkbook wb = roundTrip(m, Integer.MAX_VALUE)) {
            // then
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            String cut = LONG_ID.substring(0, 31);
            assertThat(names).containsExactly("说明", "列索引", "数据", "cr4", "trend", cut,
                    LONG_ID.substring(0, 29) + "~2", "a_b_c");
            assertThat(wb.getProperties().getCoreProperties().getCreator()).isEqualTo("navi");
            assertThat(wb.getProperties().getCoreProperties().getTitle()).isEqualTo("锂电池产业专利导航");
        }
    }

    @Test
    void readmeHoldsUnitSourcesDefinitionsAndTruncationNote() throws IOException {
        try (XSSFWorkbook wb = roundTrip(model(sampleRows(), AtlasWorkbookModel.Language.ZH), Integer.MAX_VALUE)) {
            List<String> texts = texts(wb.getSheet("说明"));
            assertThat(texts).contains("锂电池产业专利导航", "计数单位", "件（申请）", "incoPat", "Lens.org", "2026-06-30",
                    "TAC=(锂电池 OR lithium)", "cr4", "前四集中度", "Σ top-4 share", "simple family",
                    "2006–2025; last 18 months incomplete", "数据!A6", "95% CI 0.85–0.94, n=200");
            assertThat(texts).noneMatch(t -> t.matches(".*\\d{2}:\\d{2}:\\d{2}.*")); // no timestamp
            XSSFSheet readme = wb.getSheet("说明");
            assertThat(readme.getCTWorksheet().isSetAutoFilter()).isTrue();
            assertFrozenAt(readme, 1);
        }
    }

    @Test
    void formulaLikeTextStaysQuotePrefixedText() throws IOException {
        try (XSSFWorkbook wb = roundTrip(model(sampleRows(), AtlasWorkbookModel.Language.ZH), Integer.MAX_VALUE)) {
            Sheet data = wb.getSheet("数据");
            assertThat(data.getRow(0).getCell(1).getStringCellValue()).isEqualTo("tag:电池");
            String[] expected = {"=SUM(A1:A2)", "+1", "-x", "@cmd"};
            for (int i = 0; i < expected.length; i++) {
                Cell c = data.getRow(i + 1).getCell(0);
                assertThat(c.getCellType()).isEqualTo(CellType.STRING);
                assertThat(c.getStringCellValue()).isEqualTo(expected[i]);
                assertThat(c.getCellStyle().getQuotePrefixed()).as(expected[i]).isTrue();
            }
            Cell chinese = data.getRow(6).getCell(0);
            assertThat(chinese.getStringCellValue()).isEqualTo("一种锂离子电池正极材料");
            assertThat(chinese.getCellStyle().getQuotePrefixed()).isFalse();
            assertThat(data.getRow(2).getCell(2)).isNull(); // empty text → no cell
        }
    }

    @Test
    void longCellIsTruncatedWithMarker() throws IOException {
        try (XSSFWorkbook wb = roundTrip(model(sampleRows(), AtlasWorkbookModel.Language.ZH), Integer.MAX_VALUE)) {
            String v = wb.getSheet("数据").getRow(5).getCell(0).getStringCellValue();
            assertThat(v.length()).isLessThanOrEqualTo(32_767);
            assertThat(v).endsWith(AtlasWorkbook.TRUNCATION_MARKER).startsWith("长长长");
        }
    }

    @Test
    void theNoteRowIsInTheSheetsLanguage() throws IOException {
        // given a table with its note in both languages and one with an English note only
        try (XSSFWorkbook wb = roundTrip(model(sampleRows(), AtlasWorkbookModel.Language.ZH), Integer.MAX_VALUE)) {
            // then the Chinese sheet prints the Chinese note before the definitions, and no English note
            assertThat(wb.getSheet("cr4").getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("按份额降序排列，并列时按名称 | 所用指标（定义见“说明”工作表）：前四集中度");
            assertThat(wb.getSheet("trend").getRow(1).getCell(0).getStringCellValue()).isEmpty();
        }
    }

    @Test
    void headersFrozenFilteredAndNumbersFormatted() throws IOException {
        try (XSSFWorkbook wb = roundTrip(model(sampleRows(), AtlasWorkbookModel.Language.EN), Integer.MAX_VALUE)) {
            XSSFSheet data = wb.getSheet("Data");
            assertFrozenAt(data, 1);
            assertThat(data.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:C7");

            XSSFSheet cr4 = wb.getSheet("cr4");
            assertFrozenAt(cr4, 3);
            assertThat(cr4.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A3:C5");
            assertThat(cr4.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Top-4 applicant share");
            assertThat(cr4.getRow(1).getCell(0).getStringCellValue()).startsWith("by share descending, ties by name | Definitions: ");
            assertThat(cr4.getRow(2).getCell(0).getCellStyle().getFont().getBold()).isTrue();
            Cell share = cr4.getRow(3).getCell(2);
            assertThat(share.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(share.getNumericCellValue()).isEqualTo(0.25);
            assertThat(share.getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(cr4.getRow(4).getCell(2)).isNull();

            XSSFSheet trend = wb.getSheet("trend");
            assertFrozenAt(trend, 3);
            Cell count = trend.getRow(3).getCell(1);
            assertThat(count.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(count.getNumericCellValue()).isEqualTo(12345.0);
            assertThat(count.getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(trend.getRow(4).getCell(1).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            Cell mean = trend.getRow(4).getCell(2);
            assertThat(mean.getNumericCellValue()).isEqualTo(2.25);
            assertThat(mean.getCellStyle().getDataFormatString()).isEqualTo("0.0000");
            // a year written as text is a year: a number without a thousands separator
            assertThat(trend.getRow(3).getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(trend.getRow(3).getCell(0).getNumericCellValue()).isEqualTo(2020.0);
            assertThat(trend.getRow(3).getCell(0).getCellStyle().getDataFormatString()).isEqualTo("0");
            assertThat(trend.getColumnWidth(1)).isBetween(6 * 256, 60 * 256);
        }
    }

    @Test
    void splitsDataBeyondRowLimitAndSaysSo() throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            rows.add(List.of("t" + i, "1", ""));
        }
        try (XSSFWorkbook wb = roundTrip(model(rows, AtlasWorkbookModel.Language.EN), 2)) {
            assertThat(wb.getSheetName(2)).isEqualTo("Data");
            assertThat(wb.getSheetName(3)).isEqualTo("Data (2)");
            assertThat(wb.getSheetName(4)).isEqualTo("Data (3)");
            assertThat(wb.getSheetAt(4).getRow(1).getCell(0).getStringCellValue()).isEqualTo("t4");
            assertThat(wb.getSheetAt(4).getRow(0).getCell(0).getStringCellValue()).isEqualTo("title");
            assertFrozenAt(wb.getSheetAt(4), 1);
            assertThat(texts(wb.getSheetAt(0))).anyMatch(t -> t.contains("1,048,576") && t.contains("Data (3)"));
        }
    }

    @Test
    void sameModelGivesSameCells() throws IOException {
        AtlasWorkbookModel m = model(sampleRows(), AtlasWorkbookModel.Language.ZH);
        try (XSSFWorkbook a = roundTrip(m, Integer.MAX_VALUE); XSSFWorkbook b = roundTrip(m, Integer.MAX_VALUE)) {
            for (int i = 0; i < a.getNumberOfSheets(); i++) {
                assertThat(texts(a.getSheetAt(i))).isEqualTo(texts(b.getSheetAt(i)));
            }
        }
    }

    @Test
    void sheetNamesAreSanitizedTruncatedAndDeduplicated() {
        SheetNames n = new SheetNames();
        assertThat(n.claim("README")).isEqualTo("README");
        assertThat(n.claim("readme")).isEqualTo("readme~2");
        assertThat(n.claim("[a]*b?c\\d")).isEqualTo("_a__b_c_d");
        assertThat(n.claim("'quoted'")).isEqualTo("quoted");
        assertThat(n.claim("")).isEqualTo("sheet");
        String longId = "x".repeat(40);
        assertThat(n.claim(longId)).hasSize(31);
        assertThat(n.claim(longId)).isEqualTo("x".repeat(29) + "~2");
        assertThat(n.claim(longId)).isEqualTo("x".repeat(29) + "~3");
    }

    @Test
    void nativeChartsReferToTheTablesOwnCells() throws IOException {
        AtlasWorkbookModel base = model(sampleRows(), AtlasWorkbookModel.Language.ZH);
        AtlasWorkbookModel m = new AtlasWorkbookModel(base.title(), base.language(), base.countingUnit(),
                base.dataSources(), base.cutOffDate(), base.searchStrings(), base.taggingQuality(), base.definitions(),
                base.dataColumns(), base.dataRows(), base.tables(), List.of(
                new AtlasWorkbookModel.NativeChart("trend", AtlasWorkbookModel.NativeChart.Kind.LINE, "year",
                        List.of("count", "mean", "no such column"), "申请趋势", "Trend"),
                new AtlasWorkbookModel.NativeChart("cr4", AtlasWorkbookModel.NativeChart.Kind.BAR, "applicant",
                        List.of("share"), "集中度", "Concentration")));
        try (XSSFWorkbook wb = roundTrip(m, 1000)) {
            var trend = wb.getSheet("trend").getDrawingPatriarch().getCharts();
            assertThat(trend).hasSize(1);
            var data = trend.get(0).getChartSeries();
            assertThat(data).hasSize(1);
            assertThat(data.get(0)).isInstanceOf(org.apache.poi.xddf.usermodel.chart.XDDFLineChartData.class);
            // the unknown column is skipped; the two series point at the table's cells below the header row
            assertThat(data.get(0).getSeriesCount()).isEqualTo(2);
            var first = data.get(0).getSeries(0);
            assertThat(first.getCategoryData().getDataRangeReference()).isEqualTo("'trend'!$A$4:$A$5");
            assertThat(first.getValuesData().getDataRangeReference()).isEqualTo("'trend'!$B$4:$B$5");
            assertThat(first.getValuesData().getPointAt(0)).isEqualTo(12345.0);
            assertThat(trend.get(0).getTitleText().getString()).isEqualTo("申请趋势");
            var bars = wb.getSheet("cr4").getDrawingPatriarch().getCharts();
            assertThat(bars.get(0).getChartSeries().get(0)).isInstanceOf(org.apache.poi.xddf.usermodel.chart.XDDFBarChartData.class);
            assertThat(wb.getSheet("数据").getDrawingPatriarch()).isNull();
        }
    }

    @Test
    void dataFirstThenTheRestGivesTheSameWorkbook() throws IOException {
        AtlasWorkbookModel full = model(sampleRows(), AtlasWorkbookModel.Language.ZH);
        AtlasWorkbookModel dataPart = new AtlasWorkbookModel(full.title(), full.language(), null, null, null, null, null,
                null, full.dataColumns(), AtlasWorkbookModel.lazyRows(full.dataRows().size(), full.dataRows()::get), null);
        boolean[] asked = new boolean[1];
        ByteArrayOutputStream two = new ByteArrayOutputStream();
        AtlasWorkbook.write(dataPart, () -> {
            asked[0] = true;
            return full;
        }, two);
        assertThat(asked[0]).isTrue();
        try (XSSFWorkbook a = roundTrip(full, AtlasWorkbook.MAX_ROWS - 1);
             XSSFWorkbook b = new XSSFWorkbook(new ByteArrayInputStream(two.toByteArray()))) {
            assertThat(b.getNumberOfSheets()).isEqualTo(a.getNumberOfSheets());
            for (int i = 0; i < a.getNumberOfSheets(); i++) {
                assertThat(b.getSheetName(i)).isEqualTo(a.getSheetName(i));
                assertThat(texts(b.getSheetAt(i))).isEqualTo(texts(a.getSheetAt(i)));
            }
        }
    }

    @Test
    void rejectsRaggedDataRows() {
        assertThatThrownBy(() -> model(List.of(List.of("only one")), AtlasWorkbookModel.Language.ZH))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void helperRules() {
        assertThat(AtlasWorkbook.isPercentColumn("CAGR_5y")).isTrue();
        assertThat(AtlasWorkbook.isPercentColumn("count")).isFalse();
        assertThat(AtlasWorkbook.displayWidth("ab中文")).isEqualTo(6);
        assertThat(AtlasWorkbook.truncate("x".repeat(40_000))).hasSize(32_767);
    }

    /** Node and country names for the typed-cells test: node "separator" (a percent word inside) and "cell". */
    private static dev.navi.metrics.Columns.Namer namer(boolean en) {
        return new dev.navi.metrics.Columns.Namer() {
            @Override
            public boolean en() {
                return en;
            }

            @Override
            public java.util.Optional<String> node(String id) {
                return switch (id) {
                    case "separator" -> java.util.Optional.of(en ? "Separator" : "隔膜");
                    case "cell" -> java.util.Optional.of(en ? "Cell" : "电芯");
                    default -> java.util.Optional.empty();
                };
            }

            @Override
            public String place(String name) {
                return en && "四川省".equals(name) ? "Sichuan" : name;
            }

            @Override
            public String country(String code) {
                return "KR".equals(code) ? (en ? "Korea" : "韩国") : code;
            }
        };
    }

    private static AtlasWorkbookModel typed(AtlasWorkbookModel.Language lang) {
        boolean en = lang == AtlasWorkbookModel.Language.EN;
        // counts as Long and as numeric text, a share, a year as text, a yes/no flag, a node-id column and its
        // repeated name, a reason in both languages
        MetricTable t = new MetricTable("leading", "主要申请人", "Leading applicants",
                List.of("node", "name", "rank", "applicant", "country", "count", "share", "first_year", "granted",
                        "separator", "reasons", "reasons_en"),
                List.of(Arrays.asList("separator", "隔膜 / Separator", 1L, "宁德时代", "CN", 12L, 0.25, "2019", "yes", 3L,
                                "占全球25.0%", "25.0% of the world"),
                        Arrays.asList("cell", "电芯 / Cell", 2L, "Samsung SDI", "KR", "8", 0.125, 2020L, "no", 5L,
                                "占全球12.5%", "12.5% of the world")),
                List.of("cr4"), "by count");
        List<String> ids = List.of("publicationNumber", "applicationDate", "claimsCount", "valueScore", "separator");
        List<AtlasWorkbookModel.DataColumn> types = List.of(
                new AtlasWorkbookModel.DataColumn(en ? "Publication number" : "公开号", AtlasWorkbookModel.DataColumn.Type.TEXT),
                new AtlasWorkbookModel.DataColumn(en ? "Application date" : "申请日", AtlasWorkbookModel.DataColumn.Type.DATE),
                new AtlasWorkbookModel.DataColumn(en ? "Claims" : "权利要求数", AtlasWorkbookModel.DataColumn.Type.INTEGER),
                new AtlasWorkbookModel.DataColumn(en ? "Vendor value score" : "数据库价值分", AtlasWorkbookModel.DataColumn.Type.DECIMAL),
                new AtlasWorkbookModel.DataColumn(en ? "Separator" : "隔膜", AtlasWorkbookModel.DataColumn.Type.INTEGER));
        List<List<String>> rows = List.of(
                List.of("CN1A", "2019-03-05", "7", "85.5", "1"),
                List.of("CN2A", "2020-01-31", "12", "", ""),
                List.of("CN3A", "not a date", "x", "9", "1"));
        return new AtlasWorkbookModel("导航", lang, "项 (同族)", null, null, null, null,
                List.of(new Definition("cr4", "前四集中度", "CR4", "Σ top-4 share", "%", "family", "2006–2025")),
                ids, rows, List.of(t), List.of(), types, namer(en));
    }

    @Test
    void cellsAreTypedFromTheColumnKindsAndHeadedInTheAtlasLanguage() throws IOException {
        try (XSSFWorkbook wb = roundTrip(typed(AtlasWorkbookModel.Language.ZH), Integer.MAX_VALUE)) {
            XSSFSheet s = wb.getSheet("leading");
            List<String> header = new ArrayList<>();
            s.getRow(2).forEach(c -> header.add(c.getStringCellValue()));
            // the repeated node name and the English reasons are left out; node ids and codes read as names
            assertThat(header).containsExactly("技术分支", "排名", "申请人", "国家/地区", "申请量", "占比", "首次申请", "授权",
                    "隔膜", "入选理由");
            assertThat(s.getRow(3).getCell(0).getStringCellValue()).isEqualTo("隔膜");
            assertThat(s.getRow(4).getCell(3).getStringCellValue()).isEqualTo("韩国");
            // counts are numbers (numeric text too), so SUM works; the node column "separator" is a count, not a share
            var eval = wb.getCreationHelper().createFormulaEvaluator();
            Cell sum = s.createRow(10).createCell(4);
            sum.setCellFormula("SUM(E4:E5)");
            assertThat(eval.evaluate(sum).getNumberValue()).isEqualTo(20.0);
            assertThat(s.getRow(4).getCell(4).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(s.getRow(3).getCell(8).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(s.getRow(3).getCell(5).getNumericCellValue()).isEqualTo(0.25);
            assertThat(s.getRow(3).getCell(5).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(s.getRow(3).getCell(6).getNumericCellValue()).isEqualTo(2019.0);
            assertThat(s.getRow(3).getCell(6).getCellStyle().getDataFormatString()).isEqualTo("0");
            assertThat(s.getRow(3).getCell(7).getCellType()).isEqualTo(CellType.BOOLEAN);
            assertThat(s.getRow(3).getCell(7).getBooleanCellValue()).isTrue();
            assertThat(s.getRow(4).getCell(7).getBooleanCellValue()).isFalse();
            assertThat(s.getRow(1).getCell(0).getStringCellValue()).isEqualTo("所用指标（定义见“说明”工作表）：前四集中度");
            for (int r = 3; r <= 4; r++) {
                for (int c : new int[] {1, 4, 5, 6, 8}) {
                    assertThat(s.getRow(r).getCell(c).getCellType()).as("row %d col %d", r, c).isEqualTo(CellType.NUMERIC);
                }
            }

            XSSFSheet data = wb.getSheet("数据");
            List<String> dataHeader = new ArrayList<>();
            data.getRow(0).forEach(c -> dataHeader.add(c.getStringCellValue()));
            assertThat(dataHeader).containsExactly("公开号", "申请日", "权利要求数", "数据库价值分", "隔膜");
            Cell date = data.getRow(1).getCell(1);
            assertThat(date.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(date.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2019, 3, 5));
            assertThat(date.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
            assertThat(data.getRow(2).getCell(2).getNumericCellValue()).isEqualTo(12.0);
            assertThat(data.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(85.5);
            // what does not parse as its type stays the text it is
            assertThat(data.getRow(3).getCell(1).getStringCellValue()).isEqualTo("not a date");
            assertThat(data.getRow(3).getCell(2).getStringCellValue()).isEqualTo("x");
            Cell nodes = data.createRow(5).createCell(4);
            nodes.setCellFormula("SUM(E2:E4)");
            assertThat(eval.evaluate(nodes).getNumberValue()).isEqualTo(2.0);

            // the column index maps every header to its stable id
            List<String> index = texts(wb.getSheet("列索引"));
            assertThat(index).containsSequence("数据", "B", "applicationDate", "申请日", "日期")
                    .containsSequence("leading", "E", "count", "申请量", "计数")
                    .containsSequence("leading", "I", "separator", "隔膜", "计数");
        }
        try (XSSFWorkbook wb = roundTrip(typed(AtlasWorkbookModel.Language.EN), Integer.MAX_VALUE)) {
            assertThat(wb.getSheetName(0)).isEqualTo("README");
            assertThat(wb.getSheetName(1)).isEqualTo("Columns");
            XSSFSheet s = wb.getSheet("leading");
            List<String> header = new ArrayList<>();
            s.getRow(2).forEach(c -> header.add(c.getStringCellValue()));
            assertThat(header).containsExactly("Node", "Rank", "Applicant", "Country", "Records", "Share", "First", "Granted",
                    "Separator", "Why listed");
            assertThat(s.getRow(3).getCell(9).getStringCellValue()).isEqualTo("25.0% of the world");
            assertThat(texts(wb.getSheet("Data")).subList(0, 5)).containsExactly("Publication number", "Application date",
                    "Claims", "Vendor value score", "Separator");
        }
    }

    /** Every entry of a workbook but its core properties (POI stamps them with the clock), by name. */
    private static java.util.Map<String, String> entries(byte[] xlsx) throws IOException {
        java.util.Map<String, String> out = new java.util.TreeMap<>();
        // the central directory, not a stream scan: POI's entries carry data descriptors that a stream reader misreads
        try (var zip = org.apache.commons.compress.archivers.zip.ZipFile.builder()
                .setSeekableByteChannel(new org.apache.commons.compress.utils.SeekableInMemoryByteChannel(xlsx)).get()) {
            for (var e : java.util.Collections.list(zip.getEntries())) {
                if (!e.getName().equals("docProps/core.xml")) {
                    try (var in = zip.getInputStream(e)) {
                        out.put(e.getName(), new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                    }
                }
            }
        }
        return out;
    }

    @Test
    void dataRowsWrittenDirectlyAreTheBytesPoiWritesForTheSameCells() throws IOException {
        // given: data rows with every cell type, values that do not parse as their type, text POI escapes or replaces
        // (markup, line breaks, tab, no-break space, control characters, non-characters, a surrogate pair), leading
        // and trailing blanks, formula-like text, an over-long cell, empty cells; split over three sheets
        List<AtlasWorkbookModel.DataColumn> types = List.of(
                new AtlasWorkbookModel.DataColumn("text", AtlasWorkbookModel.DataColumn.Type.TEXT),
                new AtlasWorkbookModel.DataColumn("date", AtlasWorkbookModel.DataColumn.Type.DATE),
                new AtlasWorkbookModel.DataColumn("int", AtlasWorkbookModel.DataColumn.Type.INTEGER),
                new AtlasWorkbookModel.DataColumn("dec", AtlasWorkbookModel.DataColumn.Type.DECIMAL));
        List<List<String>> rows = new ArrayList<>();
        rows.add(Arrays.asList("<a href=\"x\">&amp;</a>", "2019-03-05", "7", "85.5"));
        rows.add(Arrays.asList("line\nbreak\r\ttab\u00A0nbsp", " 2020-01-31 ", "-12", "3"));
        rows.add(Arrays.asList("ctrl\u0001\u001F end\uFFFE\uFFFF", "not a date", "1.5", "1e5"));
        rows.add(Arrays.asList(" leading", "2020-02-30", "99999999999999999999", "-0.25e-3"));
        rows.add(Arrays.asList("trailing\t", null, "", "x"));
        rows.add(Arrays.asList("=SUM(A1:A2)", "1899-12-31", "0", "0.0"));
        rows.add(Arrays.asList("emoji \uD83D\uDD0B 电池", "2024-12-31", "+5", "12.000001"));
        rows.add(Arrays.asList(LONG_TEXT, "", "3", ""));
        rows.add(Arrays.asList("-minus", "2000-01-01", "42", "7.75"));
        rows.add(Arrays.asList("last", "2001-01-01", "1", "2.5"));
        AtlasWorkbookModel m = new AtlasWorkbookModel("导航", AtlasWorkbookModel.Language.ZH, "件", null, null, null, null,
                List.of(), List.of("text", "date", "int", "dec"), rows, List.of(), List.of(), types, null);

        // when: written directly and cell by cell through POI
        ByteArrayOutputStream direct = new ByteArrayOutputStream();
        AtlasWorkbook.write(m, () -> m, direct, 4, true);
        ByteArrayOutputStream poi = new ByteArrayOutputStream();
        AtlasWorkbook.write(m, () -> m, poi, 4, false);

        // then: the same entries, byte for byte, with every row in its sheet
        java.util.Map<String, String> a = entries(direct.toByteArray());
        java.util.Map<String, String> b = entries(poi.toByteArray());
        assertThat(a.keySet()).isEqualTo(b.keySet());
        for (String name : b.keySet()) {
            assertThat(a.get(name)).as(name).isEqualTo(b.get(name));
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(direct.toByteArray()))) {
            assertThat(wb.getSheet("数据").getLastRowNum()).isEqualTo(4);
            assertThat(wb.getSheet("数据").getRow(1).getCell(0).getStringCellValue()).isEqualTo("<a href=\"x\">&amp;</a>");
            assertThat(wb.getSheet("数据 (3)").getRow(2).getCell(0).getStringCellValue()).isEqualTo("last");
            assertThat(wb.getSheet("数据 (3)").getRow(2).getCell(3).getNumericCellValue()).isEqualTo(2.5);
            assertThat(wb.getSheet("数据").getRow(1).getCell(1).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2019, 3, 5));
            assertThat(wb.getSheet("数据 (2)").getRow(4).getCell(0).getStringCellValue()).endsWith(AtlasWorkbook.TRUNCATION_MARKER);
        }
    }
}
