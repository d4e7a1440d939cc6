package dev.navi.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class AnalyzeCommandTest {
    private static final Path SAMPLE = Path.of("..", "samples", "nev-battery", "navi.yaml");

    @Test
    void theWholeAtlasFromTheSampleProject(@TempDir Path out) throws IOException {
        CliRun r = CliRun.of("analyze", "--config", SAMPLE.toString(), "--out", out.toString(), "--date", "2026-11-22");
        assertThat(r.exitCode()).as(r.err()).isZero();
        // the end summary: accounting that adds up, the tagged share, every output with its path
        assertThat(r.out()).contains("input      3,000 rows read, 0 rejected")
                .contains("clean      3,000 records → 1,913 duplicates merged, 0 excluded, 1,087 counted by family")
                .contains("tagged     1,086 of 1,087 (99.9 %)")
                .contains(out.resolve("atlas.xlsx").toString()).contains(out.resolve("atlas.docx").toString()).contains(out.resolve("results.json").toString())
                .contains(out.resolve("charts/").toString());
        JsonNode run = new ObjectMapper().readTree(out.resolve("results.json").toFile()).get("run");
        assertThat(run.get("records").asLong() + run.get("duplicatesMerged").asLong() + run.get("excluded").asLong()
                + run.get("outsidePeriod").asLong()).isEqualTo(run.get("recordsIn").asLong());
        assertThat(run.get("analysisSet").get("records").asLong()).isEqualTo(run.get("records").asLong());
        assertThat(run.get("analysisSet").get("yearBasis").asText()).isEqualTo("application");
        assertThat(run.get("toolVersion").asText()).isEqualTo(VersionProvider.version());
        assertThat(run.get("tagged").asLong()).isEqualTo(1086);
        // charts at print size
        List<Path> pngs;
        try (Stream<Path> s = Files.list(out.resolve("charts"))) {
            pngs = s.filter(p -> p.toString().endsWith(".png")).sorted().toList();
        }
        assertThat(pngs).extracting(p -> p.getFileName().toString()).contains("trend.png", "quadrant.png");
        for (Path png : pngs) {
            assertThat(ImageIO.read(png.toFile()).getWidth()).as(png.toString()).isGreaterThanOrEqualTo(1600);
        }
        // the report: the whole document re-opens, with the chapters and every figure embedded
        try (InputStream in = Files.newInputStream(out.resolve("atlas.docx"));
             org.apache.poi.xwpf.usermodel.XWPFDocument doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(in)) {
            List<String> headings = doc.getParagraphs().stream()
                    .filter(p -> "Heading1".equals(p.getStyle())).map(p -> p.getText()).toList();
            assertThat(headings).hasSizeGreaterThanOrEqualTo(5);
            // the executive summary, then the numbered chapters
            assertThat(headings.get(0)).isEqualTo("主要结论与建议");
            assertThat(headings.get(2)).contains("产业发展方向");
            assertThat(doc.getAllPictures()).hasSize(pngs.size());
            String text = doc.getParagraphs().stream().map(p -> p.getText()).reduce("", (a, b) -> a + "\n" + b);
            assertThat(text).contains("1,087").contains("2026年11月22日").doesNotContain("null").doesNotContain("NaN");
        }
        // the workbook: README first, one data row per counted record, a sheet per table
        int tables;
        try (Stream<Path> s = Files.list(out.resolve("tables"))) {
            tables = (int) s.count();
        }
        try (InputStream in = Files.newInputStream(out.resolve("atlas.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheetName(0)).isEqualTo("说明");
            var data = wb.getSheet("数据");
            assertThat(data.getLastRowNum()).isEqualTo(1087);
            List<String> header = new java.util.ArrayList<>();
            data.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            // unmapped source columns are kept, each as its own column; tags as columns headed by node names; headers
            // in Chinese, the stable ids on the column index sheet
            assertThat(header).anyMatch(h -> h.startsWith("原始列：")).contains("技术分支标引", "计数单元", "标准化申请人",
                    "申请日", "正极材料").doesNotContain("extra", "tags", "unitId");
            assertThat(wb.getNumberOfSheets()).isEqualTo(3 + tables);
            // typed cells: the application date is a date, the node column a number SUM can add
            int date = header.indexOf("申请日");
            int cathode = header.indexOf("正极材料");
            assertThat(data.getRow(1).getCell(date).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
            assertThat(data.getRow(1).getCell(date).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
            var eval = wb.getCreationHelper().createFormulaEvaluator();
            String col = org.apache.poi.ss.util.CellReference.convertNumToColString(cathode);
            var sum = data.createRow(1100).createCell(0);
            sum.setCellFormula("SUM(" + col + "2:" + col + "1088)");
            long tagged = 0;
            for (int i = 1; i <= 1087; i++) {
                var c = data.getRow(i).getCell(cathode);
                tagged += c == null ? 0 : Math.round(c.getNumericCellValue());
            }
            assertThat(eval.evaluate(sum).getNumberValue()).isEqualTo((double) tagged).isPositive();
            // the trend sheet: counts and years are numbers, headers in Chinese; no count or share cell is numeric text
            var trend = wb.getSheet("trend_by_year");
            List<String> th = new java.util.ArrayList<>();
            trend.getRow(2).forEach(c -> th.add(c.getStringCellValue()));
            assertThat(th).startsWith("年份", "数据完整", "合计", "上游");
            for (String id : List.of("trend_by_year", "growth_by_node", "leading_applicants", "region_by_node", "concentration")) {
                var s = wb.getSheet(id);
                for (int i = 3; i <= s.getLastRowNum(); i++) {
                    for (var c : s.getRow(i)) {
                        if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                            assertThat(c.getStringCellValue()).as(id + "!" + c.getAddress()).doesNotMatch("-?[\\d,.]+%?");
                        }
                    }
                }
            }
            var yearSum = trend.createRow(200).createCell(2);
            yearSum.setCellFormula("SUM(C4:C" + (trend.getLastRowNum()) + ")");
            assertThat(eval.evaluate(yearSum).getNumberValue()).isPositive();
            // every header is Chinese but the field's abbreviations and the exports' own column names
            for (var sheet : wb) {
                var row = sheet.getRow(sheet.getSheetName().equals("数据") || sheet.getSheetName().equals("列索引") ? 0 : 2);
                if (row == null || sheet.getSheetName().equals("说明")) {
                    continue;
                }
                for (var c : row) {
                    String h = c.getStringCellValue();
                    if (!h.startsWith("原始列：")) {
                        assertThat(h.replaceAll("RTA|HHI|CR4|CR8|IPC|CPC|PCT|R²|K|r|t0", "")).as(sheet.getSheetName() + "!" + c.getAddress())
                                .doesNotContainPattern("[A-Za-z]{2,}");
                    }
                }
            }
            List<String> index = new java.util.ArrayList<>();
            wb.getSheet("列索引").forEach(row -> row.forEach(c -> index.add(c.getStringCellValue())));
            assertThat(index).containsSequence("数据", org.apache.poi.ss.util.CellReference.convertNumToColString(date),
                    "applicationDate", "申请日", "日期");
        }
        // atomic: no temporary folder is left behind
        try (Stream<Path> s = Files.list(out)) {
            assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".navi-tmp"));
        }
    }

    @Test
    void tagWithAProjectTagsTheAnalysisSetThatAnalyzeCounts(@TempDir Path dir) throws IOException {
        // when navi tag runs with the sample project (3,000 exported rows, 1,087 families)
        CliRun r = CliRun.of("tag", "--config", SAMPLE.toString(), "--out", dir.toString(), "--json", "-q");
        // then it tags the analysis set, not the raw rows: the same records and the same tagged count as analyze
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode summary = new ObjectMapper().readTree(r.out());
        assertThat(summary.get("records").asLong()).isEqualTo(summary.get("analysisSet").get("records").asLong());
        assertThat(summary.get("records").asLong()).isLessThanOrEqualTo(1087);
        assertThat(summary.get("analysisSet").get("counted").asLong()).isEqualTo(1087);
        assertThat(summary.get("tagged").asLong()).isEqualTo(1086);
    }

    @Test
    void aReviewedTaggingSampleAndSearchStringsReachTheAtlas(@TempDir Path dir) throws IOException {
        // given a review sample from navi tag, marked by the analyst for 正极材料 (cathode):
        // the first tagged row wrong, the other tagged rows correct; the first untagged row missing, the others correct
        assertThat(CliRun.of("tag", "--config", SAMPLE.toString(), "--out", dir.resolve("tag").toString(), "--review-sample",
                "4", "-q").exitCode()).isZero();
        Path reviewed = dir.resolve("reviewed.xlsx");
        int[] seen = new int[2];
        try (InputStream in = Files.newInputStream(dir.resolve("tag").resolve("review-sample.xlsx"));
             org.apache.poi.ss.usermodel.Workbook wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(in)) {
            var sheet = wb.getSheet("review");
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                var row = sheet.getRow(i);
                if (!row.getCell(0).getStringCellValue().equals("cathode")) {
                    continue;
                }
                boolean tagged = row.getCell(2).getStringCellValue().startsWith("tagged");
                row.createCell(7).setCellValue(tagged ? (seen[0]++ == 0 ? "错误 wrong" : "正确 correct")
                        : (seen[1]++ == 0 ? "遗漏 missing" : "正确 correct"));
            }
            try (var os = Files.newOutputStream(reviewed)) {
                wb.write(os);
            }
        }
        assertThat(seen).containsExactly(4, 4);
        // and a project file that records its search strings
        Path sample = SAMPLE.toAbsolutePath().getParent();
        Path project = dir.resolve("navi.yaml");
        Files.writeString(project, String.join("\n",
                "name: 动力电池（复核）",
                "inputs: [" + sample.resolve("exports") + "/*.csv]",
                "map: " + sample.resolve("chain-map.yaml"),
                "region: {name: 四川省}",
                "search: ['TAC=(动力电池 OR power battery)', 'IPC=(H01M)']",
                "review: " + reviewed,
                ""));

        // when
        CliRun r = CliRun.of("analyze", "--config", project.toString(), "--out", dir.resolve("atlas").toString(),
                "--outputs", "docx,xlsx", "-q");

        // then precision 3/4 = 75.0 % is reported for the node in the report and the workbook, with the search strings
        assertThat(r.exitCode()).as(r.err()).isZero();
        try (InputStream in = Files.newInputStream(dir.resolve("atlas").resolve("atlas.docx"));
             org.apache.poi.xwpf.usermodel.XWPFDocument doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(in);
             org.apache.poi.xwpf.extractor.XWPFWordExtractor text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
            String all = text.getText();
            assertThat(all).contains("标引质量复核结果").contains("正极材料").contains("75.0%")
                    .contains("TAC=(动力电池 OR power battery)");
        }
        try (InputStream in = Files.newInputStream(dir.resolve("atlas").resolve("atlas.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            List<String> readme = new java.util.ArrayList<>();
            wb.getSheetAt(0).forEach(row -> row.forEach(c -> readme.add(c.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                    ? String.valueOf(c.getNumericCellValue()) : c.getStringCellValue())));
            assertThat(readme).contains("TAC=(动力电池 OR power battery)", "IPC=(H01M)", "正极材料 (cathode)", "0.75");
        }
    }

    @Test
    void anEnglishAtlasHeadsTheNodeColumnsWithEnglishNames(@TempDir Path out) throws IOException {
        assertThat(CliRun.of("analyze", "--config", SAMPLE.toString(), "--out", out.toString(), "--outputs", "xlsx",
                "--language", "en", "-q").exitCode()).isZero();
        try (InputStream in = Files.newInputStream(out.resolve("atlas.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            List<String> header = new java.util.ArrayList<>();
            wb.getSheet("Data").getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            assertThat(header).contains("Cathode materials", "Application date", "Tags").doesNotContain("正极材料");
            // every header of every sheet is English: no Chinese outside the sheets' own data
            for (var sheet : wb) {
                int headerRow = sheet.getSheetName().equals("Columns") || sheet.getSheetName().equals("Data") ? 0 : 2;
                var row = sheet.getRow(headerRow);
                if (row == null || sheet.getSheetName().equals("tech_effect_matrix") || sheet.getSheetName().equals("README")) {
                    continue; // the effect matrix is headed by the exports' own effect phrases
                }
                for (var c : row) {
                    if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                            && !c.getStringCellValue().startsWith("Source: ")) {
                        assertThat(c.getStringCellValue()).as(sheet.getSheetName() + "!" + c.getAddress())
                                .doesNotContainPattern("\\p{IsHan}");
                    }
                }
            }
        }
    }

    @Test
    void outputsOnTheCommandLineOverrideTheProject(@TempDir Path out) throws IOException {
        CliRun r = CliRun.of("analyze", "--config", SAMPLE.toString(), "--out", out.toString(), "--outputs", "json", "-q");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(out.resolve("results.json")).exists();
        assertThat(out.resolve("atlas.xlsx")).doesNotExist();
        assertThat(out.resolve("charts")).doesNotExist();
        assertThat(r.err()).isEmpty();
    }

    @Test
    void sameInputsOptionsAndDateGiveTheSameBytesInEveryOutputFile(@TempDir Path dir) throws IOException {
        // given two runs of the same project with the same --date, one a second later (POI stamps zip entries and the
        // workbook's creation time with the clock; navi must not)
        for (String d : List.of("a", "b")) {
            assertThat(CliRun.of("analyze", "--config", SAMPLE.toString(), "--out", dir.resolve(d).toString(),
                    "--outputs", "docx,xlsx,charts,json", "--date", "2026-11-22", "-q").exitCode()).isZero();
            try {
                Thread.sleep(1100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        // then every file, documents included, is byte-identical (the one place where comparing bytes is the point)
        List<String> files;
        try (Stream<Path> s = Files.walk(dir.resolve("a"))) {
            files = s.filter(Files::isRegularFile).map(p -> dir.resolve("a").relativize(p).toString()).sorted().toList();
        }
        try (Stream<Path> s = Files.walk(dir.resolve("b"))) {
            assertThat(s.filter(Files::isRegularFile).map(p -> dir.resolve("b").relativize(p).toString()).sorted().toList())
                    .isEqualTo(files);
        }
        assertThat(files).contains("atlas.docx", "atlas.xlsx", "results.json", "manifest.json", "charts/trend.png");
        for (String f : files) {
            assertThat(Files.mismatch(dir.resolve("a").resolve(f), dir.resolve("b").resolve(f))).as(f).isEqualTo(-1L);
        }
        // and the documents still open, dated by --date
        try (InputStream in = Files.newInputStream(dir.resolve("a/atlas.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getProperties().getCoreProperties().getCreated())
                    .isEqualTo(java.util.Date.from(java.time.Instant.parse("2026-11-22T00:00:00Z")));
            assertThat(wb.getProperties().getCustomProperties().getProperty("navi.output").getLpwstr()).isEqualTo("atlas.xlsx");
        }
        try (InputStream in = Files.newInputStream(dir.resolve("a/atlas.docx"));
             org.apache.poi.xwpf.usermodel.XWPFDocument doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(in)) {
            assertThat(doc.getParagraphs()).isNotEmpty();
        }
    }

    @Test
    void badOptionsAreUsageErrors(@TempDir Path out) {
        assertThat(CliRun.of("analyze", "--out", out.toString()).exitCode()).isEqualTo(ExitCodes.USAGE);
        CliRun bad = CliRun.of("analyze", "--config", SAMPLE.toString(), "--out", out.toString(), "--outputs", "pdf");
        assertThat(bad.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err()).contains("'pdf' is not one of");
        assertThat(CliRun.of("analyze", "--config", SAMPLE.toString(), "--out", out.toString(), "--language", "fr")
                .exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRun.of("analyze", "--config", SAMPLE.toString(), "--out", out.toString(), "--from", "2020", "--to",
                "2010").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(out.resolve("results.json")).doesNotExist();
    }

    @Test
    void missingInputFileIsAnInputErrorAndWritesNothing(@TempDir Path out) {
        CliRun r = CliRun.of("analyze", out.resolve("nope.csv").toString(), "--map",
                Path.of("..", "samples", "nev-battery", "chain-map.yaml").toString(), "--out", out.resolve("atlas").toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(r.err()).contains("nope.csv");
        assertThat(out.resolve("atlas").resolve("results.json")).doesNotExist();
    }
}
