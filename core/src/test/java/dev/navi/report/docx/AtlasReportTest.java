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
            assertThat(texts(styled(doc, "Heading1"))).containsExactly("1  概述与研究方法", "2  产业发展方向导航",
                    "3  区域产业发展定位", "4  产业发展路径导航", "5  结论与建议", "附录A  指标定义", "附录B  数据来源与清洗核算",
                    "附录C  方法说明与局限");
            assertThat(texts(styled(doc, "Heading2"))).contains("2.1  专利申请趋势", "3.1  区域在产业链中的位置",
                    "4.6  专利运营与储备", "5.1  主要发现");
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

    @Test
    void tableOfContentsIsAFieldPrefilledWithTheHeadings() throws Exception {
        try (XWPFDocument doc = open(zh)) {
            List<String> level1 = texts(styled(doc, "Heading1"));
            List<String> level2 = texts(styled(doc, "Heading2"));
            assertThat(texts(styled(doc, "TOC1"))).isEqualTo(level1);
            assertThat(texts(styled(doc, "TOC2"))).isEqualTo(level2);
            assertThat(doc.isEnforcedUpdateFields()).isTrue();
        }
        String xml = part(zh, "word/document.xml");
        assertThat(xml).contains("TOC \\o \"1-2\" \\h \\z \\u");
        // the TOC field starts before the first entry and ends after the last
        int begin = xml.indexOf("TOC \\o");
        int firstEntry = xml.indexOf("w:anchor=\"_Toc0001\"");
        assertThat(begin).isPositive().isLessThan(firstEntry);
        assertThat(xml.indexOf("fldCharType=\"end\"", firstEntry)).isLessThan(xml.indexOf("w:val=\"Heading1\""));
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
            Map<String, String> chapterOf = Map.of("overview", "1", "direction", "2", "positioning", "3", "path", "4");
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
                "affiliation", "main_affiliation", "title", "publication", "applicants");
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
        return new ReportModel(m.title(), m.language(), m.industry(), m.region(), m.peers(), m.fromYear(), m.toYear(),
                m.lastCompleteYear(), m.cutoff(), m.reportDate(), m.toolVersion(), m.unit(), m.accounting(), m.sources(),
                m.tagging(), m.map(), m.nodeRecords(), m.searchStrings(), mods, m.figures(), m.periodDefault(), m.yearBasis());
    }

    @Test
    void theChineseAtlasHasNoEnglishProse(@TempDir Path dir) throws Exception {
        SampleReports.Run plain = plainRun(dir);
        try (XWPFDocument doc = open(write(withoutIndustry(SampleReports.model(plain, ReportModel.Language.ZH))))) {
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
    void theEnglishAtlasHasNoChinese(@TempDir Path dir) throws Exception {
        SampleReports.Run plain = plainRun(dir);
        try (XWPFDocument doc = open(write(withoutIndustry(SampleReports.model(plain, ReportModel.Language.EN))))) {
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
            assertThat(texts(styled(doc, "Heading1"))).containsExactly("1  Overview and method", "2  Industry direction",
                    "3  Regional positioning", "4  Development paths", "5  Conclusions and recommendations",
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
            assertThat(level1).hasSize(8);
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
}
