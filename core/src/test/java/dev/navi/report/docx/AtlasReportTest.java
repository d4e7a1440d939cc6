package dev.navi.report.docx;

import dev.navi.chart.Figure;
import dev.navi.metrics.MetricTable;
import dev.navi.metrics.ModuleResult;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Word report of the sample project, written from a real pipeline run and read back with POI: structure,
 * numbering, numbers in the text, fonts, fields, determinism, and the English and no-region variants.
 */
class AtlasReportTest {
    private static final Pattern FIGURE_CAPTION = Pattern.compile("^(?:图|Figure) (\\d+)-(\\d+)\\s+(.+)$");
    private static final Pattern TABLE_CAPTION = Pattern.compile("^(?:表|Table) ([0-9A-C]+)-(\\d+)\\s+.+$");

    static SampleReports.Run regional;
    static SampleReports.Run noRegion;
    static ReportModel zhModel;
    static byte[] zh;
    static byte[] en;
    static byte[] none;

    @BeforeAll
    static void writeReports(@TempDir Path dir) throws Exception {
        // given the sample project run with its region, and again without one
        regional = SampleReports.run(dir.resolve("regional"), true, false);
        noRegion = SampleReports.run(dir.resolve("none"), false, false);
        zhModel = SampleReports.model(regional, ReportModel.Language.ZH);
        // when the reports are written
        zh = write(zhModel);
        en = write(SampleReports.model(regional, ReportModel.Language.EN));
        none = write(SampleReports.model(noRegion, ReportModel.Language.ZH));
    }

    static byte[] write(ReportModel model) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AtlasReport.write(model, out);
        return out.toByteArray();
    }

    static XWPFDocument open(byte[] docx) throws Exception {
        return new XWPFDocument(new ByteArrayInputStream(docx));
    }

    static List<XWPFParagraph> styled(XWPFDocument doc, String style) {
        return doc.getParagraphs().stream().filter(p -> style.equals(p.getStyle())).toList();
    }

    static List<String> texts(List<XWPFParagraph> ps) {
        return ps.stream().map(XWPFParagraph::getText).toList();
    }

    /** Every text of the document: body paragraphs, table cells, headers and footers. */
    static String allText(XWPFDocument doc) {
        StringBuilder b = new StringBuilder();
        for (IBodyElement e : doc.getBodyElements()) {
            if (e instanceof XWPFParagraph p) {
                b.append(p.getText()).append('\n');
            } else if (e instanceof XWPFTable t) {
                for (XWPFTableRow r : t.getRows()) {
                    for (XWPFTableCell c : r.getTableCells()) {
                        b.append(c.getText()).append('\t');
                    }
                    b.append('\n');
                }
            }
        }
        doc.getHeaderList().forEach(h -> b.append(h.getText()).append('\n'));
        doc.getFooterList().forEach(f -> b.append(f.getText()).append('\n'));
        return b.toString();
    }

    static String part(byte[] docx, String name) throws Exception {
        try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e; (e = z.getNextEntry()) != null; ) {
                if (e.getName().equals(name)) {
                    return new String(z.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no part " + name);
    }

    static String formatted(long n) {
        return String.format(Locale.US, "%,d", n);
    }

    // ---- structure ----

    @Test
    void chaptersAndAppendicesAreLevelOneHeadingsInOrder() throws Exception {
        try (XWPFDocument doc = open(zh)) {
            // then
            assertThat(texts(styled(doc, "Heading1"))).containsExactly("主要结论与建议", "1  概述与研究方法", "2  产业发展方向导航",
                    "3  区域产业发展定位", "4  产业发展路径导航", "5  法律状态与专利运营", "6  结论与建议", "附录A  指标定义",
                    "附录B  数据来源与清洗核算", "附录C  方法说明与局限");
            assertThat(texts(styled(doc, "Heading2"))).contains("2.1  专利申请趋势", "3.1  区域在产业链中的位置",
                    "4.6  专利运营与储备", "5.1  法律状态", "6.1  主要发现");
            assertThat(doc.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
            assertThat(doc.getStyles().getStyle("Heading2").getName()).isEqualTo("heading 2");
            assertThat(doc.getStyles().getStyle("Heading3").getName()).isEqualTo("heading 3");
            assertThat(doc.getStyles().getStyle("Heading1").getCTStyle().getPPr().getOutlineLvl().getVal().intValue())
                    .isZero();
        }
    }

    @Test
    void coverStatesTitleRegionCutoffUnitAndVersion() throws Exception {
        try (XWPFDocument doc = open(zh)) {
            String cover = String.join("\n", texts(doc.getParagraphs().subList(0, 12)));
            assertThat(styled(doc, "Title")).hasSize(1);
            assertThat(cover).contains(regional.project().name(), "目标区域：四川省", "数据截止日：2025年6月30日",
                    "报告日期：2025年7月15日", "计数单位：同族", "navi 0.1.0-test");
        }
    }

    /** The text of a contents or list entry without its tab and page number. */
    static String entryText(XWPFParagraph p) {
        String t = p.getText();
        int tab = t.lastIndexOf('\t');
        return tab < 0 ? t : t.substring(0, tab);
    }

    @Test
    void contentsEntriesAreTheHeadingsWithPageReferences() throws Exception {
        try (XWPFDocument doc = open(zh)) {
            List<String> level1 = texts(styled(doc, "Heading1"));
            List<String> level2 = texts(styled(doc, "Heading2"));
            assertThat(styled(doc, "TOC1").stream().map(AtlasReportTest::entryText).toList()).isEqualTo(level1);
            assertThat(styled(doc, "TOC2").stream().map(AtlasReportTest::entryText).toList()).isEqualTo(level2);
            assertThat(doc.isEnforcedUpdateFields()).isTrue();
            // each entry ends in a page number: the estimate, never below the entry before
            int last = 0;
            for (XWPFParagraph p : styled(doc, "TOC1")) {
                String t = p.getText();
                int page = Integer.parseInt(t.substring(t.lastIndexOf('\t') + 1));
                assertThat(page).as(t).isGreaterThanOrEqualTo(Math.max(2, last));
                last = page;
            }
        }
        String xml = part(zh, "word/document.xml");
        // no TOC field (LibreOffice and WPS show its cached text without page numbers); every entry links to its
        // heading and carries a PAGEREF field to the same bookmark, which Word and LibreOffice compute
        assertThat(xml).doesNotContain("TOC \\o");
        Matcher entry = Pattern.compile("<w:hyperlink w:anchor=\"(_\\w+)\">(?:(?!</w:hyperlink>).)*?PAGEREF (_\\w+) \\\\h ")
                .matcher(xml);
        int entries = 0;
        while (entry.find()) {
            assertThat(entry.group(2)).isEqualTo(entry.group(1));
            assertThat(xml).contains("<w:bookmarkStart w:name=\"" + entry.group(1) + "\"");
            entries++;
        }
        try (XWPFDocument doc = open(zh)) {
            assertThat(entries).isEqualTo(styled(doc, "TOC1").size() + styled(doc, "TOC2").size()
                    + styled(doc, "TOF").size());
        }
    }

    @Test
    void listsOfFiguresAndTablesAreTheCaptionsInOrder() throws Exception {
        try (XWPFDocument doc = open(zh)) {
            List<String> captions = texts(styled(doc, "Caption"));
            List<String> entries = styled(doc, "TOF").stream().map(AtlasReportTest::entryText).toList();
            List<String> figures = captions.stream().filter(c -> FIGURE_CAPTION.matcher(c).matches()).toList();
            List<String> tables = captions.stream().filter(c -> TABLE_CAPTION.matcher(c).matches()).toList();
            assertThat(figures).isNotEmpty();
            assertThat(tables).isNotEmpty();
            List<String> expected = new ArrayList<>(figures);
            expected.addAll(tables);
            assertThat(entries).isEqualTo(expected);
            assertThat(texts(styled(doc, "TOCHeading"))).containsExactly("目  录", "图目录", "表目录");
        }
    }

    // ---- executive summary ----

    /** The paragraphs between the summary's heading and the contents. */
    static List<String> summary(XWPFDocument doc) {
        List<String> out = new ArrayList<>();
        boolean in = false;
        for (XWPFParagraph p : doc.getParagraphs()) {
            if ("Heading1".equals(p.getStyle())) {
                in = p.getText().equals("主要结论与建议") || p.getText().equals("Key findings and recommendations");
                continue;
            }
            if ("TOCHeading".equals(p.getStyle())) {
                break;
            }
            if (in && !p.getText().isBlank()) {
                // table references are written with a no-break space and a non-breaking hyphen
                out.add(p.getText().replace('\u00A0', ' ').replace('\u2011', '-'));
            }
        }
        return out;
    }

    /** The printed table whose caption ends in {@code title}, and that caption's number (表 2-2). */
    static Map.Entry<String, XWPFTable> printed(XWPFDocument doc, String title) {
        List<IBodyElement> body = doc.getBodyElements();
        for (int i = 1; i < body.size(); i++) {
            if (body.get(i) instanceof XWPFTable t && body.get(i - 1) instanceof XWPFParagraph c
                    && c.getText().endsWith("  " + title)) {
                return Map.entry(c.getText().substring(0, c.getText().indexOf("  ")), t);
            }
        }
        throw new AssertionError("no table captioned " + title);
    }

    @Test
    void countryColumnsAreHeadedByCountryNamesInTheAtlasLanguage() throws Exception {
        // given the origin → market matrix, whose market columns are country and office codes (CN, WO, US, EP ...)
        MetricTable flow = zhModel.table("direction", "market_flow").orElseThrow();
        assertThat(flow.columns()).contains("CN", "US", "EP");
        for (var lang : List.of(Map.entry(zh, List.of("中国", "美国", "欧洲专利局")),
                Map.entry(en, List.of("China", "United States", "European Patent Office")))) {
            try (XWPFDocument doc = open(lang.getKey())) {
                // then its printed header names the countries in the atlas's language
                XWPFTable t = printed(doc, lang.getKey() == zh ? flow.titleZh() : flow.titleEn()).getValue();
                List<String> header = t.getRow(0).getTableCells().stream().map(XWPFTableCell::getText).toList();
                assertThat(header).containsAll(lang.getValue());
                // and the control sentence names the leading country without a second bracket
                assertThat(allText(doc)).doesNotContain("（CN）（综合").doesNotContain("(CN) leads")
                        // a name that carries its code (PCT (WO)) is not given the code again
                        .doesNotContain("(WO) (WO)").doesNotContain("（WO）（WO）")
                        .containsPattern(lang.getKey() == zh ? "国家层面控制力最强的是中国（综合\\d" : "at country level China leads \\(combined \\d");
                // and no table of the atlas is headed by a bare country code, nor holds one or a coded value
                // (CN as a market holder, market_and_patents as a reading) in a cell
                for (XWPFTable any : doc.getTables()) {
                    assertThat(any.getRow(0).getTableCells()).extracting(XWPFTableCell::getText)
                            .noneMatch(h -> h.matches("[A-Z]{2}"));
                    for (XWPFTableRow r : any.getRows()) {
                        assertThat(r.getTableCells()).extracting(XWPFTableCell::getText)
                                .noneMatch(c -> c.matches("[A-Z]{2}") || c.matches("[a-z]+(_[a-z]+)+"));
                    }
                }
            }
        }
    }

    @Test
    void executiveSummaryComesFirstAndQuotesTheNumbersOfItsTables() throws Exception {
        // given the growth table's all-records row and the first enterprise target, as the pipeline computed them
        MetricTable growth = zhModel.table("direction", "growth_by_node").orElseThrow();
        List<Object> all = growth.rows().stream().filter(r -> "(all)".equals(r.get(0))).findFirst().orElseThrow();
        long total = ((Number) all.get(growth.columns().indexOf("total"))).longValue();
        double cagr = ((Number) all.get(growth.columns().indexOf("cagr"))).doubleValue();
        MetricTable targets = zhModel.table("path", "enterprise_targets").orElseThrow();
        String firstTarget = (String) targets.rows().get(0).get(targets.columns().indexOf("applicant"));
        long weak = ((Number) targets.rows().get(0).get(targets.columns().indexOf("weak_node_count"))).longValue();
        try (XWPFDocument doc = open(zh)) {
            // then the summary is the first chapter, before the contents, with findings and recommendations
            assertThat(texts(styled(doc, "Heading1")).get(0)).isEqualTo("主要结论与建议");
            List<String> summary = summary(doc);
            assertThat(summary).contains("主要结论", "建议");
            String text = String.join("\n", summary);
            // its numbers are the table's, formatted as the table prints them, with the table's number
            Map.Entry<String, XWPFTable> growthTable = printed(doc, growth.titleZh());
            String totalText = formatted(total);
            String cagrText = String.format(Locale.ROOT, "%.1f%%", cagr * 100);
            assertThat(text).contains("全球共有" + totalText + "项", "年均增长" + cagrText + "（" + growthTable.getKey() + "）");
            XWPFTableRow allRow = growthTable.getValue().getRows().stream()
                    .filter(r -> r.getCell(0).getText().equals("全部")).findFirst().orElseThrow();
            assertThat(allRow.getTableCells().stream().map(XWPFTableCell::getText).toList()).contains(totalText, cagrText);
            Map.Entry<String, XWPFTable> targetTable = printed(doc, targets.titleZh());
            assertThat(text).contains("优先接洽" + firstTarget + "（薄弱/空白环节申请" + formatted(weak) + "项）");
            assertThat(text).contains(targetTable.getKey());
            // one page: the layout estimate of the summary's own paragraphs (heading to the break before the contents)
            List<IBodyElement> body = doc.getBodyElements();
            int start = -1;
            int contents = -1;
            for (int i = 0; i < body.size(); i++) {
                if (body.get(i) instanceof XWPFParagraph p && start < 0 && "Heading1".equals(p.getStyle())) {
                    start = i;
                }
                if (body.get(i) instanceof XWPFParagraph p && contents < 0 && "TOCHeading".equals(p.getStyle())) {
                    contents = i;
                }
            }
            assertThat(start).isPositive().isLessThan(contents);
            assertThat(PageEstimate.pageCount(body.subList(start, contents - 1))).isEqualTo(1);
        }
        try (XWPFDocument doc = open(en)) {
            String text = String.join("\n", summary(doc));
            assertThat(text).contains(formatted(total) + " records worldwide matched the chain", "growing "
                    + String.format(Locale.ROOT, "%.1f%%", cagr * 100) + " a year");
        }
    }

    // ---- page layout ----

    @Test
    void noTableIsWiderThanTheTextAndNoCodeWraps() throws Exception {
        for (byte[] docx : List.of(zh, en, none)) {
            try (XWPFDocument doc = open(docx)) {
                for (XWPFTable t : doc.getTables()) {
                    long width = 0;
                    for (var col : t.getCTTbl().getTblGrid().getGridColList()) {
                        width += ((java.math.BigInteger) col.getW()).longValue();
                    }
                    assertThat(width).as(t.getRow(0).getCell(0).getText()).isLessThanOrEqualTo(Docx.TEXT_WIDTH);
                }
            }
        }
    }

    @Test
    void aTableTooWideForThePageLosesSeriesColumnsFromTheRightAndSaysSo() {
        // given a matrix of 40 countries (declared count columns) beside an origin column
        List<String> headers = new ArrayList<>(List.of("技术来源国", "合计"));
        List<Boolean> series = new ArrayList<>(List.of(false, false));
        List<String> row = new ArrayList<>(List.of("美国", "12,345"));
        for (int i = 0; i < 40; i++) {
            headers.add("C" + i);
            series.add(true);
            row.add("1,234");
        }
        List<Boolean> numeric = headers.stream().map(h -> !h.equals("技术来源国")).toList();
        TableView wide = new TableView("流向", headers, List.of(row, row), numeric, "market_flow", 2, 42, series);
        // when it is fitted
        TableView fitted = TableWriter.fit(wide);
        // then the leading columns stay, the series is cut from the right, and the minima fit at the smallest size
        assertThat(fitted.headers().subList(0, 3)).containsExactly("技术来源国", "合计", "C0");
        assertThat(fitted.headers().size()).isBetween(4, 20);
        assertThat(fitted.headers().get(fitted.headers().size() - 1)).isEqualTo("C" + (fitted.headers().size() - 3));
        int[] widths = new int[fitted.headers().size()];
        TableWriter.layout(fitted, widths);
        assertThat(java.util.Arrays.stream(widths).sum()).isLessThanOrEqualTo(Docx.TEXT_WIDTH);
        // every number keeps its width: no cell is narrower than its text at the chosen size
        double[] needs = TableWriter.needs(fitted);
        for (int c = 0; c < widths.length; c++) {
            assertThat(widths[c]).isGreaterThanOrEqualTo((int) Math.floor(needs[c] * 80));
        }
        assertThat(new TableWriter(null, new Words(false, "family", zhModel.map()), new Captions(false)).note(fitted))
                .contains("42列中的" + fitted.headers().size() + "列");
        // a table of the report's own (no series) is returned as it is
        TableView own = TableView.own("x", List.of("a"), List.of(List.of("1")), List.of(true));
        assertThat(TableWriter.fit(own)).isSameAs(own);
    }

    @Test
    void aPublicationNumberIsNeverNarrowerThanItsText() {
        // given a core-patent view: publication numbers, a long title and an applicants column
        List<String> headers = List.of("公开号", "名称", "申请年", "被引次数", "申请人");
        List<List<String>> rows = List.of(List.of("US20030167631A1", "Method and apparatus for controlling an unmanned "
                + "aerial vehicle in a crowded airspace with many obstacles", "2003", "1,365", "HOFFBERG STEVEN M; "
                + "HOFFBERG-BORGHESANI LINDA I"));
        TableView v = new TableView("核心专利", headers, rows, List.of(false, false, true, true, false), "core_patents", 1, 5,
                null);
        int[] widths = new int[5];
        int size = TableWriter.layout(v, widths);
        // then the publication column holds the number on one line at the chosen size (capitals are wider)
        int perChar = size == 18 ? 96 : size == 16 ? 86 : 80;
        assertThat(widths[0] - 216).isGreaterThanOrEqualTo(TableWriter.width("US20030167631A1") * perChar);
        // U, S and A at 1.4, twelve digits at 1: 16.2, rounded up
        assertThat(TableWriter.width("US20030167631A1")).isEqualTo(17);
    }

    // ---- figures ----

    @Test
    void everyFigureIsEmbeddedWithANumberedCaptionInItsChapter() throws Exception {
        List<Figure> figures = regional.figures();
        assertThat(figures).isNotEmpty();
        try (XWPFDocument doc = open(zh)) {
            long pictures = doc.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                    .mapToLong(r -> r.getEmbeddedPictures().size()).sum();
            assertThat(pictures).isEqualTo(figures.size());
            List<String> captions = texts(styled(doc, "Caption")).stream()
                    .filter(t -> FIGURE_CAPTION.matcher(t).matches()).toList();
            assertThat(captions).hasSize(figures.size());
            Map<String, String> chapterOf = Map.of("overview", "1", "direction", "2", "positioning", "3", "path", "4", "legal", "5");
            int expected = 0;
            String chapter = "";
            for (String c : captions) {
                Matcher m = FIGURE_CAPTION.matcher(c);
                assertThat(m.matches()).isTrue();
                if (!m.group(1).equals(chapter)) {
                    chapter = m.group(1);
                    expected = 0;
                }
                assertThat(Integer.parseInt(m.group(2))).as(c).isEqualTo(++expected);
                Figure f = figures.stream().filter(x -> x.titleZh().equals(m.group(3))).findFirst().orElseThrow(
                        () -> new AssertionError("no figure titled " + m.group(3)));
                assertThat(chapterOf.get(f.section())).as(c).isEqualTo(m.group(1));
            }
            assertThat(captions).contains("图 2-1  " + figures.stream().filter(f -> f.section().equals("direction"))
                    .findFirst().orElseThrow().titleZh());
            // a picture is followed by its caption
            List<XWPFParagraph> ps = doc.getParagraphs();
            for (int i = 0; i < ps.size(); i++) {
                boolean hasPicture = ps.get(i).getRuns().stream().anyMatch(r -> !r.getEmbeddedPictures().isEmpty());
                if (hasPicture) {
                    assertThat(ps.get(i + 1).getStyle()).isEqualTo("Caption");
                    assertThat(ps.get(i + 1).getText()).matches(FIGURE_CAPTION);
                }
            }
        }
    }

    @Test
    void eachFigureIsAwaitedJustBeforeItIsPlacedSoTheReportCanBeWrittenWhileTheChartsAreDrawn(@TempDir Path later)
            throws Exception {
        // given: the figures' files not there yet; "drawing" one is copying its PNG into place when it is awaited
        List<Figure> drawn = regional.figures();
        List<Figure> pending = new ArrayList<>();
        for (Figure f : drawn) {
            pending.add(new Figure(f.id(), later.resolve(f.png().getFileName()), null, f.titleZh(), f.titleEn(),
                    f.section(), f.table()));
        }
        ReportModel m = zhModel;
        ReportModel model = new ReportModel(m.title(), m.language(), m.industry(), m.region(), m.peers(), m.fromYear(),
                m.toYear(), m.lastCompleteYear(), m.cutoff(), m.reportDate(), m.toolVersion(), m.unit(), m.accounting(),
                m.sources(), m.tagging(), m.map(), m.nodeRecords(), m.searchStrings(), m.modules(), pending,
                m.periodDefault(), m.yearBasis());
        List<String> awaited = new ArrayList<>();

        // when
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AtlasReport.write(model, out, f -> {
            awaited.add(f.id());
            Figure done = drawn.get(pending.indexOf(f));
            try {
                java.nio.file.Files.copy(done.png(), f.png());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });

        // then: every figure awaited once, and the document is the one written from figures drawn beforehand
        assertThat(awaited).hasSize(drawn.size()).doesNotHaveDuplicates();
        assertThat(part(out.toByteArray(), "word/document.xml")).isEqualTo(part(zh, "word/document.xml"));
        // a failed figure ends the report with its failure
        assertThatThrownBy(() -> AtlasReport.write(model, new ByteArrayOutputStream(), f -> {
            throw new IllegalStateException("chart " + f.id() + " failed");
        })).isInstanceOf(IllegalStateException.class).hasMessageStartingWith("chart ");
    }

    @Test
    void picturesAreScaledToTheTextWidthWithUniqueDrawingIds() throws Exception {
        String xml = part(zh, "word/document.xml");
        Matcher extent = Pattern.compile("<wp:extent cx=\"(\\d+)\" cy=\"(\\d+)\"/>").matcher(xml);
        int n = 0;
        while (extent.find()) {
            n++;
            assertThat(Long.parseLong(extent.group(1))).isLessThanOrEqualTo((long) Docx.TEXT_WIDTH * 635);
        }
        assertThat(n).isEqualTo(regional.figures().size());
        Matcher ids = Pattern.compile("<wp:docPr id=\"(\\d+)\"").matcher(xml);
        List<String> seen = new ArrayList<>();
        while (ids.find()) {
            assertThat(seen).doesNotContain(ids.group(1));
            seen.add(ids.group(1));
        }
        assertThat(seen).hasSize(n);
        // every embedded picture's relationship points at an image part
        String rels = part(zh, "word/_rels/document.xml.rels");
        Matcher embeds = Pattern.compile("r:embed=\"(rId\\d+)\"").matcher(xml);
        while (embeds.find()) {
            assertThat(rels).containsPattern("Id=\"" + embeds.group(1) + "\" Target=\"media/image\\d+\\.png\"");
        }
    }

    // ---- tables ----

    @Test
    void tablesHaveNumberedCaptionsAboveAndRepeatedShadedHeaders() throws Exception {
        try (XWPFDocument doc = open(zh)) {
            List<IBodyElement> body = doc.getBodyElements();
            String chapter = "";
            int expected = 0;
            int tables = 0;
            for (int i = 0; i < body.size(); i++) {
                if (body.get(i) instanceof XWPFTable t) {
                    tables++;
                    // the caption is right above
                    XWPFParagraph caption = (XWPFParagraph) body.get(i - 1);
                    assertThat(caption.getStyle()).isEqualTo("Caption");
                    Matcher m = TABLE_CAPTION.matcher(caption.getText());
                    assertThat(m.matches()).as(caption.getText()).isTrue();
                    if (!m.group(1).equals(chapter)) {
                        chapter = m.group(1);
                        expected = 0;
                    }
                    assertThat(Integer.parseInt(m.group(2))).as(caption.getText()).isEqualTo(++expected);
                    XWPFTableRow header = t.getRow(0);
                    assertThat(header.isRepeatHeader()).isTrue();
                    assertThat(header.getCell(0).getColor()).isEqualTo(TableWriter.HEADER_FILL);
                    for (XWPFTableRow r : t.getRows()) {
                        for (XWPFTableCell c : r.getTableCells()) {
                            assertThat(c.getParagraphs()).isNotEmpty();
                            assertThat(c.getText()).isNotBlank();
                        }
                    }
                }
            }
            assertThat(tables).isGreaterThan(25);
            assertThat(texts(styled(doc, "Caption"))).contains("表 1-1  数据来源", "表 2-1  各技术分支申请趋势（按申请年）");
        }
    }

    @Test
    void longTablesAreShortenedWithANotePointingToTheWorkbook() throws Exception {
        MetricTable leading = zhModel.table("direction", "leading_applicants").orElseThrow();
        try (XWPFDocument doc = open(zh)) {
            String text = allText(doc);
            assertThat(text).contains("本表列出全部" + formatted(leading.rows().size()) + "行中的",
                    "完整数据见 atlas.xlsx 工作表“leading_applicants”及 tables/leading_applicants.csv。");
            for (XWPFTable t : doc.getTables()) {
                assertThat(t.getRows().size() - 1).isLessThanOrEqualTo(30);
            }
        }
    }

    @Test
    void chainMapTableListsEveryNodeWithItsRecords() throws Exception {
        try (XWPFDocument doc = open(zh)) {
            XWPFTable chain = doc.getTables().stream().filter(t -> t.getRow(0).getCell(1).getText().equals("上级环节"))
                    .findFirst().orElseThrow();
            assertThat(chain.getRows()).hasSize(zhModel.map().size() + 1);
            XWPFTableRow upstream = chain.getRow(1);
            // a top-level node has no parent; the next row's parent is named, not given as an id path
            assertThat(upstream.getCell(1).getText()).isEqualTo(Cells.NONE);
            assertThat(chain.getRow(2).getCell(1).getText()).isEqualTo("上游");
            assertThat(upstream.getCell(4).getText()).isEqualTo(formatted(zhModel.records("upstream")));
        }
    }

    // ---- text ----

    @Test
    void narrativeStatesNumbersFromThePipeline() throws Exception {
        long counted = regional.result().context().records().size();
        MetricTable trend = zhModel.table("direction", "trend_by_year").orElseThrow();
        long total = 0;
        long peak = -1;
        Object peakYear = null;
        for (List<Object> r : trend.rows()) {
            long v = ((Number) r.get(trend.columns().indexOf("total"))).longValue();
            total += v;
            if ("yes".equals(r.get(trend.columns().indexOf("complete"))) && v > peak) {
                peak = v;
                peakYear = r.get(0);
            }
        }
        try (XWPFDocument doc = open(zh)) {
            String text = allText(doc);
            assertThat(formatted(counted)).isEqualTo("1,087");
            assertThat(text).contains("最终纳入分析集" + formatted(counted) + "项；各章均以此分析集为统计范围");
            assertThat(text).contains("2005–2024年共有" + formatted(total) + "项专利纳入统计");
            assertThat(text).contains("完整年份中申请量最高的是" + peakYear + "年（" + formatted(peak) + "项）");
            // the life-cycle reason of a top-level node, from the table
            MetricTable life = zhModel.table("direction", "life_cycle").orElseThrow();
            String reason = String.valueOf(life.rows().get(0).get(life.columns().indexOf("reason_zh")));
            assertThat(text).contains("上游环节处于" + life.rows().get(0).get(life.columns().indexOf("stage_zh")) + "。判定依据："
                    + reason);
            // the module findings are in the conclusions
            assertThat(text).contains(zhModel.modules().get("positioning").findingsZh().get(0));
            // accounting adds up on the page
            assertThat(text).contains("各项相加与输入总数一致");
        }
    }

    @Test
    void noPlaceholdersNullsOrNaNsAnywhere() throws Exception {
        for (byte[] docx : List.of(zh, en, none)) {
            try (XWPFDocument doc = open(docx)) {
                String text = allText(doc);
                assertThat(text).doesNotContainPattern("\\bnull\\b").doesNotContain("NaN", "Infinity", "{{", "}}",
                        "TODO", "${", "%s", "%d");
            }
        }
    }

    @Test
    void everyRunNamesItsEastAsianFont() throws Exception {
        try (XWPFDocument doc = open(zh)) {
            List<XWPFRun> runs = new ArrayList<>();
            doc.getParagraphs().forEach(p -> runs.addAll(p.getRuns()));
            doc.getTables().forEach(t -> t.getRows().forEach(r -> r.getTableCells().forEach(
                    c -> c.getParagraphs().forEach(p -> runs.addAll(p.getRuns())))));
            assertThat(runs).hasSizeGreaterThan(1000);
            for (XWPFRun r : runs) {
                assertThat(r.getCTR().getRPr()).as(r.text()).isNotNull();
                var fonts = r.getCTR().getRPr().getRFontsArray(0);
                assertThat(fonts.getEastAsia()).as(r.text()).isIn(Docx.SONG, Docx.HEI);
                assertThat(fonts.getAscii()).isEqualTo(Docx.LATIN);
            }
            for (XWPFParagraph h : styled(doc, "Heading1")) {
                assertThat(h.getRuns()).allSatisfy(r -> assertThat(r.getCTR().getRPr().getRFontsArray(0).getEastAsia())
                        .isEqualTo(Docx.HEI));
            }
        }
        String styles = part(zh, "word/styles.xml");
        assertThat(styles).contains("w:eastAsia=\"宋体\"", "w:eastAsia=\"黑体\"");
    }

    @Test
    void footerNumbersPagesAndHeaderShowsTheTitleFromPageTwo() throws Exception {
        try (XWPFDocument doc = open(zh)) {
            XWPFHeaderFooterPolicy policy = doc.getHeaderFooterPolicy();
            assertThat(policy.getDefaultFooter().getParagraphs().get(0).getCTP().xmlText()).contains(" PAGE ");
            assertThat(policy.getDefaultHeader().getText()).contains(zhModel.title());
            assertThat(policy.getFirstPageHeader().getText()).isBlank();
            assertThat(doc.getDocument().getBody().getSectPr().isSetTitlePg()).isTrue();
            var size = doc.getDocument().getBody().getSectPr().getPgSz();
            assertThat(((Number) size.getW()).intValue()).isEqualTo(11906);
            assertThat(((Number) size.getH()).intValue()).isEqualTo(16838);
        }
    }

    @Test
    void sameModelGivesTheSameDocumentXmlAndDatedProperties() throws Exception {
        byte[] again = write(zhModel);
        assertThat(part(again, "word/document.xml")).isEqualTo(part(zh, "word/document.xml"));
        assertThat(part(again, "word/styles.xml")).isEqualTo(part(zh, "word/styles.xml"));
        try (XWPFDocument doc = open(zh)) {
            var core = doc.getProperties().getCoreProperties();
            assertThat(core.getCreated().toInstant()).isEqualTo(
                    SampleReports.REPORT_DATE.atStartOfDay(ZoneOffset.UTC).toInstant());
            assertThat(core.getTitle()).isEqualTo(zhModel.title());
        }
    }

    // ---- variants ----

    /**
     * The text of a document with what may keep its own script removed: proper names and original titles from the data
     * (applicants, groups, inventors, titles, publication numbers), file, sheet and table names, and the usual
     * abbreviations of the field.
     */
    static String withoutProperNames(String text, SampleReports.Run run) {
        Set<String> names = new java.util.TreeSet<>(java.util.Comparator.comparingInt(String::length).reversed()
                .thenComparing(java.util.Comparator.naturalOrder()));
        Set<String> nameColumns = Set.of("applicant", "actor", "applicant_a", "applicant_b", "group", "inventor",
                "affiliation", "main_affiliation", "title", "publication", "applicants", "firm", "holder", "local_firms",
                "group_members");
        // technical-effect phrases are the export's own words (they head the columns of the effect matrix)
        for (var m : run.result().modules().values()) {
            m.tables().stream().filter(t -> t.id().equals("tech_effect_matrix")).forEach(t -> names.addAll(t.columns()));
        }
        for (var m : run.result().modules().values()) {
            for (var t : m.tables()) {
                names.add(t.id());
                for (int c = 0; c < t.columns().size(); c++) {
                    if (nameColumns.contains(t.columns().get(c))) {
                        for (List<Object> r : t.rows()) {
                            if (r.get(c) instanceof String v && !v.isBlank()) {
                                names.add(v);
                                names.addAll(List.of(v.split(";")));
                            }
                        }
                    }
                }
            }
        }
        for (var r : run.result().context().records()) {
            for (var a : r.applicants()) {
                if (a != null && a.name() != null) {
                    names.add(a.name());
                }
            }
        }
        String out = text.replaceAll("[\\w./-]+\\.(csv|xlsx|docx|json|yaml)", " ")
                // sheet and table ids (origin_market_flow) are names of the workbook's sheets
                .replaceAll("[A-Za-z0-9]*_[A-Za-z0-9_]*", " ").replaceAll("navi \\S+", " ")
                // project-file keys are what the analyst types, in either language
                .replaceAll("(?<![A-Za-z])(industry|firms|market|region_output)(?![A-Za-z])", " ");
        for (String n : names) {
            if (n.length() >= 2) {
                out = out.replace(n, " ");
            }
        }
        // (Java's \\b counts Chinese characters as word characters, so the abbreviations are bounded by Latin letters)
        return out.replaceAll("(?<![A-Za-z])(RTA|HHI|CAGR|CR4|CR8|R²|IPC|CPC|PCT|WO|EP|NPE|CTP|BMS|LFP|NCM|NCA|GB/T|CNIPA|"
                + "navi|incoPat|Lens\\.org|CSV|Patsnap|Excel|Word|WPS)(?![A-Za-z])", " ");
    }

    /**
     * The sample run without its industry inputs. The industry chapter (专利数据与产业数据融合) and the industry columns it
     * adds to the path module's target list were added beside this work and their definitions and values are not
     * bilingual yet; the language tests cover the standard's three modules, the overview and the appendices.
     */
    static SampleReports.Run plainRun(Path dir) throws Exception {
        return SampleReports.run(dir.resolve("without-industry"), true, false, false);
    }

    /** The model without the industry module's chapter and definitions (see {@link #plainRun}). */
    static ReportModel withoutIndustry(ReportModel m) {
        Map<String, ModuleResult> mods = new java.util.LinkedHashMap<>(m.modules());
        mods.remove("industry");
        return withModules(m, mods);
    }

    /** The model with other module results. */
    static ReportModel withModules(ReportModel m, Map<String, ModuleResult> mods) {
        return new ReportModel(m.title(), m.language(), m.industry(), m.region(), m.peers(), m.fromYear(), m.toYear(),
                m.lastCompleteYear(), m.cutoff(), m.reportDate(), m.toolVersion(), m.unit(), m.accounting(), m.sources(),
                m.tagging(), m.map(), m.nodeRecords(), m.searchStrings(), mods, m.figures(), m.periodDefault(), m.yearBasis());
    }

    /** The sample run with everything it has: region, peers and its industry inputs (firms, market, region output). */
    static SampleReports.Run fullRun(Path dir) throws Exception {
        return SampleReports.run(dir.resolve("full"), true, false, true);
    }

    @Test
    void theChainsGrowthIsOneFigureInTheSentenceTheTableAndTheBenchmark() throws Exception {
        // given the whole-chain row of growth_by_node and the positioning rule's benchmark
        var mods = regional.result().modules();
        var growth = mods.get("direction").tables().stream().filter(t -> t.id().equals("growth_by_node")).findFirst().orElseThrow();
        List<Object> all = growth.rows().stream().filter(r -> "(all)".equals(r.get(0))).findFirst().orElseThrow();
        double chain = (Double) all.get(growth.columns().indexOf("cagr"));
        var rule = mods.get("positioning").tables().stream().filter(t -> t.id().equals("positioning_rule")).findFirst()
                .orElseThrow();
        double benchmark = rule.rows().stream().filter(r -> "growth_benchmark".equals(r.get(0))).map(r -> ((Number) r.get(1))
                .doubleValue()).findFirst().orElseThrow();
        long from = rule.rows().stream().filter(r -> "growth_from".equals(r.get(0))).map(r -> ((Number) r.get(1)).longValue())
                .findFirst().orElseThrow();
        long to = rule.rows().stream().filter(r -> "growth_to".equals(r.get(0))).map(r -> ((Number) r.get(1)).longValue())
                .findFirst().orElseThrow();
        String pct = String.format(java.util.Locale.ROOT, "%.1f%%", 100 * chain);
        // then they are one number over one window
        assertThat(benchmark).isCloseTo(chain, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(growth.columns()).contains("count_" + from, "count_" + to);
        // and the sentences of the direction and positioning chapters print that number, in both languages
        try (XWPFDocument doc = open(zh)) {
            assertThat(allText(doc)).contains("产业链申请量" + from + "–" + to + "年年均增长" + pct)
                    .contains("不低于基准" + pct + "（全球全部已标引申请" + from + "–" + to + "年的复合增长率）");
        }
        try (XWPFDocument doc = open(en)) {
            assertThat(allText(doc)).contains("the chain's filings grew " + pct + " a year in " + from + "–" + to)
                    .contains("benchmark " + pct);
        }
    }

    @Test
    void theChineseAtlasHasNoEnglishProse(@TempDir Path dir) throws Exception {
        SampleReports.Run plain = fullRun(dir);
        try (XWPFDocument doc = open(write(SampleReports.model(plain, ReportModel.Language.ZH)))) {
            String rest = withoutProperNames(allText(doc), plain);
            java.util.regex.Matcher m = Pattern.compile("[A-Za-z][A-Za-z-]{2,}").matcher(rest);
            Set<String> words = new java.util.TreeSet<>();
            while (m.find()) {
                words.add(m.group() + " «" + rest.substring(Math.max(0, m.start() - 30), Math.min(rest.length(), m.end() + 30))
                        .replace('\n', ' ') + "»");
            }
            assertThat(words).as("English words in the Chinese atlas (with their context)").isEmpty();
        }
    }

    @Test
    void everyTableNoteHasItsChineseTwinInChineseAndTheChineseAtlasPrintsIt(@TempDir Path dir) throws Exception {
        // given every table of the full sample run (region, peers, industry inputs)
        SampleReports.Run full = fullRun(dir);
        Map<String, String> english = new java.util.TreeMap<>();
        Map<String, String> missing = new java.util.TreeMap<>();
        int tables = 0;
        for (var m : full.result().modules().values()) {
            for (MetricTable t : m.tables()) {
                tables++;
                if (t.note(true) == null) {
                    continue;
                }
                // then a table with an English note has a Chinese one
                if (t.note(false) == null) {
                    missing.put(t.id(), t.note(true));
                    continue;
                }
                // and the Chinese note carries no English prose (ids, codes and the field's abbreviations aside)
                String rest = withoutProperNames(t.note(false), full);
                java.util.regex.Matcher w = Pattern.compile("[A-Za-z][A-Za-z-]{2,}").matcher(rest);
                while (w.find()) {
                    english.merge(t.id(), w.group(), (a, b) -> a + ", " + b);
                }
                assertThat(t.note(false)).as(t.id()).containsPattern("\\p{IsHan}").endsWith("。");
            }
        }
        assertThat(tables).isGreaterThan(50);
        assertThat(missing).as("tables with an English note and no Chinese one").isEmpty();
        assertThat(english).as("English words in the Chinese notes").isEmpty();
        // and the Chinese atlas prints each table's Chinese note in appendix C.2
        MetricTable growth = full.result().modules().get("direction").tables().stream()
                .filter(t -> t.id().equals("growth_by_node")).findFirst().orElseThrow();
        try (XWPFDocument doc = open(write(SampleReports.model(full, ReportModel.Language.ZH)))) {
            assertThat(allText(doc)).contains(growth.note(false)).doesNotContain(growth.note(true));
        }
    }

    @Test
    void theEnglishAtlasHasNoChinese(@TempDir Path dir) throws Exception {
        SampleReports.Run plain = fullRun(dir);
        try (XWPFDocument doc = open(write(SampleReports.model(plain, ReportModel.Language.EN)))) {
            String rest = withoutProperNames(allText(doc), plain);
            java.util.regex.Matcher m = Pattern.compile("[\\p{IsHan}，。；：（）、]+").matcher(rest);
            Set<String> found = new java.util.TreeSet<>();
            while (m.find()) {
                found.add(m.group());
            }
            assertThat(found).as("Chinese text in the English atlas").isEmpty();
        }
    }

    @Test
    void englishReportUsesEnglishHeadingsCaptionsAndWords() throws Exception {
        try (XWPFDocument doc = open(en)) {
            assertThat(texts(styled(doc, "Heading1"))).containsExactly("Key findings and recommendations",
                    "1  Overview and method", "2  Industry direction", "3  Regional positioning", "4  Development paths",
                    "5  Legal status and patent operation", "6  Conclusions and recommendations",
                    "Appendix A  Metric definitions", "Appendix B  Data sources and cleaning",
                    "Appendix C  Notes on method and limitations");
            List<String> captions = texts(styled(doc, "Caption"));
            assertThat(captions).anyMatch(c -> c.startsWith("Figure 2-1  "));
            assertThat(captions).anyMatch(c -> c.startsWith("Table 1-1  "));
            assertThat(captions).noneMatch(c -> c.startsWith("图") || c.startsWith("表"));
            String text = allText(doc);
            assertThat(text).contains(formatted(regional.result().context().records().size()) + " records counted");
            assertThat(text).contains(zhModel.modules().get("direction").findingsEn().get(1));
            // headings and captions carry no Chinese punctuation
            for (String h : texts(styled(doc, "Heading2"))) {
                assertThat(h).doesNotContainPattern("[，。；：（）]");
            }
        }
    }

    @Test
    void withoutARegionChaptersThreeAndFourSaySoAndTheRestIsThere() throws Exception {
        try (XWPFDocument doc = open(none)) {
            List<String> level1 = texts(styled(doc, "Heading1"));
            assertThat(level1).hasSize(10);
            assertThat(texts(styled(doc, "Heading2"))).noneMatch(h -> h.startsWith("3.") || h.startsWith("4."));
            List<IBodyElement> body = doc.getBodyElements();
            for (String chapter : List.of("3  区域产业发展定位", "4  产业发展路径导航")) {
                int at = -1;
                for (int i = 0; i < body.size(); i++) {
                    if (body.get(i) instanceof XWPFParagraph p && chapter.equals(p.getText())) {
                        at = i;
                    }
                }
                assertThat(at).as(chapter).isPositive();
                assertThat(((XWPFParagraph) body.get(at + 1)).getText()).contains("未设定目标区域");
                assertThat(body.get(at + 2)).isInstanceOf(XWPFParagraph.class);
                assertThat(((XWPFParagraph) body.get(at + 2)).getStyle()).isEqualTo("Heading1");
            }
            assertThat(allText(doc)).contains("本次分析未设定目标区域").doesNotContain("四川省");
        }
    }

    // ---- legal status and operation ----

    @Test
    void theLegalChapterIsThereWhenTheExportsCarryItsFieldsAndItsTablesAgreeWithTheModule() throws Exception {
        MetricTable fields = zhModel.table("legal", "legal_fields").orElseThrow();
        assertThat(fields.rows()).anyMatch(r -> ((Number) r.get(1)).longValue() > 0);
        MetricTable status = zhModel.table("legal", "legal_status_by_node").orElseThrow();
        List<Object> all = status.rows().get(0);
        try (XWPFDocument doc = open(zh)) {
            assertThat(texts(styled(doc, "Heading1"))).contains("5  法律状态与专利运营");
            Map.Entry<String, XWPFTable> t = printed(doc, status.titleZh());
            XWPFTableRow allRow = t.getValue().getRow(1);
            assertThat(allRow.getCell(0).getText()).isEqualTo("全部");
            assertThat(allRow.getCell(1).getText()).isEqualTo(formatted(((Number) all.get(2)).longValue()));
            double active = ((Number) all.get(status.columns().indexOf("active_share"))).doubleValue();
            assertThat(allRow.getTableCells().stream().map(XWPFTableCell::getText).toList())
                    .contains(String.format(Locale.ROOT, "%.1f%%", active * 100));
            assertThat(allText(doc)).doesNotContain("本次导出数据不含法律状态");
            // the chapter has its figure, the status composition drawn from the same table, captioned in chapter 5
            assertThat(texts(styled(doc, "Caption"))).anyMatch(c -> c.matches("图 5-\\d+  法律状态构成（全部记录及各环节，占法律状态已知记录）"));
        }
        try (XWPFDocument doc = open(en)) {
            assertThat(texts(styled(doc, "Caption"))).anyMatch(c -> c.matches(
                    "Figure 5-\\d+  Legal status of all records and by node \\(share of records with a known status\\)"));
        }
    }

    @Test
    void exportsWithoutEffectPhrasesGetOneSentenceNotAnEmptyMatrix() throws Exception {
        // given the direction module's effect matrix as exports without an effect field give it: nodes, no effect column
        Map<String, ModuleResult> mods = new java.util.LinkedHashMap<>(zhModel.modules());
        var dir = mods.get("direction");
        mods.put("direction", new ModuleResult(dir.tables().stream().map(t -> !t.id().equals("tech_effect_matrix") ? t
                : new MetricTable(t.id(), t.titleZh(), t.titleEn(), List.of("node", "name"),
                        t.rows().stream().map(r -> List.<Object>of(r.get(0), r.get(1))).toList(), t.definitions(),
                        t.noteZh(), t.note(), Map.of())).toList(), dir.definitions(), dir.findingsZh(), dir.findingsEn()));
        try (XWPFDocument doc = open(write(withModules(zhModel, mods)))) {
            // then section 2.8 says so in a sentence and prints no matrix and no "(… no data)" line
            assertThat(allText(doc)).contains("本批记录没有技术功效短语（导出数据中无功效字段），未编制技术功效矩阵。")
                    .doesNotContain("技术功效矩阵：无数据");
            assertThat(texts(styled(doc, "Caption"))).noneMatch(c -> c.endsWith("技术功效矩阵"));
        }
    }

    @Test
    void withoutLegalFieldsThereIsNoLegalChapterButOneSentenceSayingWhich() throws Exception {
        // given the model with the legal module of exports that carry none of its fields
        Map<String, ModuleResult> mods = new java.util.LinkedHashMap<>(zhModel.modules());
        var ctx = regional.result().context();
        mods.put("legal", dev.navi.metrics.legal.LegalModule.compute(new dev.navi.metrics.MetricContext(List.of(),
                ctx.map(), ctx.unit(), ctx.region(), ctx.peers(), ctx.fromYear(), ctx.toYear(), ctx.lastCompleteYear())));
        // and the key-product operation list empty, as it is without legal status
        var path = mods.get("path");
        mods.put("path", new ModuleResult(path.tables().stream().map(t -> !t.id().equals("operation_reserve") ? t
                : new MetricTable(t.id(), t.titleZh(), t.titleEn(), t.columns(), List.of(), t.definitions(), t.noteZh(),
                        t.note(), t.kinds())).toList(), path.definitions(), path.findingsZh(), path.findingsEn()));
        ReportModel without = withModules(zhModel, mods);
        try (XWPFDocument doc = open(write(without))) {
            // the empty operation list says why it is empty, once, and prints no "(… no data)" line under it
            assertThat(allText(doc)).containsOnlyOnce("本批记录中没有可据此分类的关键产品专利，故清单为空")
                    .doesNotContain("关键产品专利运营与储备清单：无数据");
            List<String> level1 = texts(styled(doc, "Heading1"));
            assertThat(level1).doesNotContain("5  法律状态与专利运营").contains("5  结论与建议");
            assertThat(allText(doc)).containsOnlyOnce("本次导出数据不含法律状态、转让、许可、质押和诉讼字段")
                    // said once: the conclusions do not repeat the legal module's finding of the same fact
                    .containsOnlyOnce("本次导出数据不含");
        }
    }
}
