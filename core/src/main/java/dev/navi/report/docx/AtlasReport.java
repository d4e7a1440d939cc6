package dev.navi.report.docx;

import dev.navi.chain.map.ChainMap;
import dev.navi.chart.Figure;
import dev.navi.metrics.Definition;
import dev.navi.metrics.MetricTable;
import dev.navi.metrics.ModuleResult;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the Word report of the navigation atlas ({@code atlas.docx}) from a ready {@link ReportModel}, following
 * the structure GB/T 39551-2020 asks of a patent navigation report.
 *
 * <p>Layout: a cover (title, region, industry, report date, data cut-off, counting unit, "navi &lt;version&gt;"), the
 * one-page executive summary ({@link Summary}: findings and recommendations quoting their tables' cells), the table of
 * contents and the lists of figures and tables, then
 * <ol>
 *   <li>overview and method (scope, sources, counting unit and accounting, the chain map as a table, tagging
 *       quality);</li>
 *   <li>industry direction (trend, life cycle, concentration, leading applicants, origins and market flows, control
 *       strength, hotspots, core patents);</li>
 *   <li>regional positioning (region by node with RTA and quadrant, peers, applicants, inventors);</li>
 *   <li>development paths (structure priorities, enterprise targets, local firms, talent, cooperation partners,
 *       operation and reserve);</li>
 *   <li>legal status and patent operation (status shares, transfers, licences, pledges and litigation by year and by
 *       holder), only when the exports carry any of those fields (else chapter 1 says which they lack in a
 *       sentence);</li>
 *   <li>conclusions (the modules' findings and a synthesis), numbered 5 when there is no legal chapter;</li>
 * </ol>
 * and appendices A (metric definitions), B (search strings and cleaning rules), C (method notes and each table's
 * note). Without a region, chapters 3 and 4 say in one paragraph that none was configured.
 *
 * <p>Each subsection states its numbers in generated text ({@link Narrative}), then shows the figures drawn from
 * its tables (scaled to the text width, numbered caption below) and the tables themselves ({@link Views} chooses
 * the rows and columns, {@link TableWriter} prints them with a numbered caption above). Figures are placed in the
 * chapter of their {@link Figure#section()}, next to the subsection of their {@link Figure#table()}; figures whose
 * table no subsection shows go at the end of their chapter.
 *
 * <p>The contents and the lists are entries linked to bookmarks on the headings and captions, each with a
 * {@code PAGEREF} field: LibreOffice computes it while laying out, Word updates it on opening (the document asks it
 * to), and WPS and other viewers show its cached value, {@link PageEstimate}'s page. The same model gives the same
 * {@code word/document.xml}: no clock, no random ids; the file's created/modified properties are the report date.
 * Stateless; the caller's stream is not closed.
 */
public final class AtlasReport {

    private AtlasReport() {
    }

    /** Writes the report for {@code model} to {@code out} (not closed). */
    public static void write(ReportModel model, OutputStream out) throws IOException {
        write(model, out, f -> { });
    }

    /**
     * As {@link #write(ReportModel, OutputStream)}, calling {@code ready} with each figure just before its PNG is read:
     * the pipeline passes a wait for the figure being drawn ({@code AtlasCharts.Drawing#await}), so the report is
     * written while the later figures are still drawn. What {@code ready} throws ends the report.
     */
    public static void write(ReportModel model, OutputStream out, java.util.function.Consumer<Figure> ready)
            throws IOException {
        new Writer(model, ready).run(out);
    }

    private static final class Writer {
        private final ReportModel m;
        private final boolean en;
        private final Words w;
        private final Docx d;
        private final Captions captions;
        private final TableWriter tables;
        private final Views views;
        private final Narrative text;
        private final IndustrySections industry;
        private final RankingSections ranking;
        private final Set<Figure> placed = new HashSet<>();
        private final java.util.function.Consumer<Figure> ready;
        private String section;

        Writer(ReportModel m, java.util.function.Consumer<Figure> ready) {
            this.m = m;
            this.ready = ready;
            this.en = m.english();
            this.w = new Words(en, m.unit().key(), m.map());
            if (m.region() != null) {
                w.regionNames(dev.navi.metrics.positioning.RegionScope.label(m.region()), w.region(m.region()));
            }
            this.d = new Docx(!en);
            this.captions = new Captions(en);
            this.tables = new TableWriter(d, w, captions);
            this.views = new Views(w, m.lastCompleteYear());
            this.text = new Narrative(m, w);
            this.industry = new IndustrySections(m, w, d, tables, this::figuresFor);
            this.ranking = new RankingSections(m, w, d, tables, this::figuresFor);
        }

        void run(OutputStream out) throws IOException {
            cover();
            XWPFParagraph front = summaryPage();
            XWPFParagraph marker = tocPage();
            overview();
            direction();
            positioning();
            paths();
            boolean legal = legal();
            conclusions(legal ? "6" : "5");
            appendixDefinitions();
            appendixSources();
            appendixNotes();
            summary(front);
            d.contents(marker, 2, w.t("图目录", "List of figures"), w.t("表目录", "List of tables"));
            d.headerAndFooter(m.title());
            d.properties(m.title(), m.reportDate());
            d.updateFieldsOnOpen();
            d.doc.write(out);
            d.doc.close();
        }

        // ---- cover and contents ----

        private void cover() {
            XWPFParagraph title = d.paragraph("Title");
            d.run(title, m.title(), Docx.Font.HEADING, true);
            XWPFParagraph sub = d.paragraph("CoverLine");
            d.run(sub, w.t("专利导航分析报告", "Patent navigation report"), Docx.Font.HEADING, false);
            d.paragraph("CoverLine");
            line(w.t("产业", "Industry"), m.industry());
            line(w.t("目标区域", "Region"), m.region() == null ? w.t("未设定", "none configured") : w.region(m.region()));
            line(w.t("分析期间", "Period"), w.years(m.fromYear(), m.toYear()) + w.t("（按" + m.yearBasis().zh() + "）",
                    " (" + m.yearBasis().en() + ")"));
            line(w.t("数据截止日", "Data cut-off"), w.date(m.cutoff()));
            line(w.t("计数单位", "Counting unit"), m.unit().name());
            line(w.t("报告日期", "Report date"), w.date(m.reportDate()));
            XWPFParagraph tool = d.paragraph("CoverLine");
            tool.setSpacingBefore(1200);
            // a client reads a release number, not a build tag
            String version = m.toolVersion().replaceFirst("-SNAPSHOT$", "");
            d.run(tool, version.isEmpty() ? "navi" : "navi " + version, Docx.Font.BODY, false);
        }

        private void line(String label, String value) {
            XWPFParagraph p = d.paragraph("CoverLine");
            d.run(p, label + w.t("：", ": "), Docx.Font.HEADING, false);
            d.run(p, value, Docx.Font.BODY, false);
        }

        /** The heading of the executive summary and the place its items go once the tables have their numbers. */
        private XWPFParagraph summaryPage() {
            d.heading(1, w.t("主要结论与建议", "Key findings and recommendations"));
            return d.paragraph(null);
        }

        /**
         * Fills the executive summary before {@code marker}: the findings, then the recommendations, each with the
         * number of the table its values are printed in. It keeps to one page: items are in order of importance and
         * the last findings and recommendations are left out while the estimate says the page is full.
         */
        private void summary(XWPFParagraph marker) {
            Summary s = new Summary(m, w, views);
            List<Summary.Item> findings = new ArrayList<>(s.findings());
            List<Summary.Item> recommendations = new ArrayList<>(s.recommendations());
            while (summaryHeight(findings, recommendations) > Docx.TEXT_HEIGHT - 1400
                    && findings.size() + recommendations.size() > 2) {
                if (findings.size() > recommendations.size() + 2 || recommendations.isEmpty()) {
                    findings.remove(findings.size() - 1);
                } else {
                    recommendations.remove(recommendations.size() - 1);
                }
            }
            d.summaryLine(marker, w.t("以下为本报告的主要结论与建议，所引数字均出自括注的图表，详见各章。",
                    "The main findings and recommendations of this report; every number is the one printed in the table "
                            + "named in brackets, which the chapters discuss."), false);
            for (int g = 0; g < 2; g++) {
                List<Summary.Item> items = g == 0 ? findings : recommendations;
                if (items.isEmpty()) {
                    continue;
                }
                d.summaryLine(marker, g == 0 ? w.t("主要结论", "Key findings") : w.t("建议", "Recommendations"), true);
                int i = 1;
                for (Summary.Item it : items) {
                    d.summaryLine(marker, (i++) + ". " + itemText(it), false);
                }
            }
            if (findings.isEmpty() && recommendations.isEmpty()) {
                d.summaryLine(marker, w.t("各模块未给出可归纳的结论。", "The modules gave no findings to summarise."), false);
            }
            d.doc.removeBodyElement(d.doc.getPosOfParagraph(marker));
        }

        private String itemText(Summary.Item it) {
            List<String> refs = new ArrayList<>();
            for (String id : it.tables()) {
                // a no-break space and a non-breaking hyphen: 表 3-1 stays on one line
                tables.number(id).ifPresent(n -> refs.add(n.replace(' ', '\u00A0').replace('-', '\u2011')));
            }
            if (refs.isEmpty()) {
                return it.text();
            }
            String text = it.text();
            String end = text.endsWith("。") || text.endsWith(".") ? text.substring(text.length() - 1) : "";
            String body = text.substring(0, text.length() - end.length());
            return body + w.t("（" + String.join("、", refs) + "）", " (" + String.join(", ", refs) + ")") + end;
        }

        private int summaryHeight(List<Summary.Item> findings, List<Summary.Item> recommendations) {
            int line = PageEstimate.lineHeight(24, 300);
            int h = 3 * line;
            for (List<Summary.Item> items : List.of(findings, recommendations)) {
                h += 2 * line;
                for (Summary.Item it : items) {
                    h += PageEstimate.lines("1. " + itemText(it), Docx.TEXT_WIDTH - (en ? 0 : 480), 24) * line + 120;
                }
            }
            return h;
        }

        private XWPFParagraph tocPage() {
            d.pageBreak();
            XWPFParagraph h = d.paragraph("TOCHeading");
            d.run(h, w.t("目  录", "Contents"), Docx.Font.HEADING, true);
            return d.paragraph(null);
        }

        // ---- helpers ----

        private void chapter(String number, String zh, String english, String figureSection) {
            captions.chapter(number);
            section = figureSection;
            d.heading(1, (en ? (Character.isDigit(number.charAt(0)) ? number + "  " : "Appendix " + number + "  ")
                    : (Character.isDigit(number.charAt(0)) ? number + "  " : "附录" + number + "  ")) + w.t(zh, english));
        }

        private void sub(String number, String zh, String english) {
            d.heading(2, number + "  " + w.t(zh, english));
        }

        private void paragraphs(List<String> ps) {
            for (String p : ps) {
                if (!p.isBlank()) {
                    d.text(p);
                }
            }
        }

        /** Figures of the current chapter drawn from any of {@code tableIds}, then those tables. */
        private void tablesAndFigures(String module, String... tableIds) {
            for (String id : tableIds) {
                figuresFor(id);
            }
            for (String id : tableIds) {
                m.table(module, id).ifPresent(t -> tables.write(views.of(t)));
            }
        }

        /**
         * A path list with its figures; an empty list is left out, the sentence before it ({@link Narrative#list})
         * already says that nothing met the criteria (a second "no data" line under it said it twice).
         */
        private void listAndFigures(String... tableIds) {
            for (String id : tableIds) {
                figuresFor(id);
            }
            for (String id : tableIds) {
                m.table("path", id).filter(t -> !t.rows().isEmpty()).ifPresent(t -> tables.write(views.of(t)));
            }
        }

        private void figuresFor(String tableId) {
            for (Figure f : m.figures()) {
                if (!placed.contains(f) && section.equals(f.section()) && tableId.equals(f.table())) {
                    figure(f);
                }
            }
        }

        private void figure(Figure f) {
            placed.add(f);
            String title = f.title(en);
            if (title == null || title.isBlank()) {
                title = f.title(!en) != null && !f.title(!en).isBlank() ? f.title(!en) : f.id();
            }
            ready.accept(f);
            d.picture(f.png(), f.id() + ".png");
            d.figureCaption(captions.figure(w.places(title)));
        }

        private void leftoverFigures() {
            for (Figure f : m.figures()) {
                if (!placed.contains(f) && section.equals(f.section())) {
                    figure(f);
                }
            }
        }

        private boolean missing(String module, String... ids) {
            for (String id : ids) {
                if (m.table(module, id).isPresent()) {
                    return false;
                }
            }
            d.text(w.t("本节所需的数据表未生成，略。", "The tables this section needs were not computed."));
            return true;
        }

        // ---- chapter 1 ----

        private void overview() {
            chapter("1", "概述与研究方法", "Overview and method", "overview");
            sub("1.1", "研究范围", "Scope");
            paragraphs(text.scope());

            sub("1.2", "数据来源与检索", "Data sources and search");
            paragraphs(text.sources());
            if (!m.sources().isEmpty()) {
                tables.write(sourcesTable());
            }
            if (m.modules().containsKey(dev.navi.metrics.legal.LegalModule.KEY) && !carried()) {
                d.text(w.t("本次导出数据不含法律状态、转让、许可、质押和诉讼字段，因此报告未设法律状态与专利运营一章。",
                        "The exports carry no legal-status, transfer, licence, pledge or litigation field, so the report has "
                                + "no chapter on legal status and patent operation."));
            }
            d.text(m.searchStrings().isEmpty()
                    ? w.t("项目未记录检索式；检索范围以所列导出文件为准。", "No search strings were recorded; the scope is that of the listed exports.")
                    : w.t("检索式见附录B。", "The search strings are listed in Appendix B."));

            sub("1.3", "计数单位与数据处理", "Counting unit and data processing");
            paragraphs(text.unit());
            paragraphs(text.accounting());
            tables.write(accountingTable());

            sub("1.4", "产业链结构与技术分解", "Industry-chain map");
            paragraphs(text.chainMap());
            for (Figure f : m.figures()) {
                if ("overview".equals(f.section()) && !placed.contains(f)) {
                    figure(f);
                }
            }
            tables.write(chainTable());

            sub("1.5", "标引质量", "Tagging quality");
            paragraphs(text.tagging());
            if (!m.tagging().review().isEmpty()) {
                tables.write(reviewTable());
            }
            industry.overview("1.6");
            leftoverFigures();
        }

        private TableView sourcesTable() {
            List<List<String>> rows = new ArrayList<>();
            long read = 0;
            long kept = 0;
            long rejected = 0;
            for (ReportModel.Source s : m.sources()) {
                rows.add(List.of(s.file(), s.layout().isBlank() ? Cells.NONE : w.product(s.layout()), w.n(s.read()), w.n(s.kept()),
                        w.n(s.rejected())));
                read += s.read();
                kept += s.kept();
                rejected += s.rejected();
            }
            rows.add(List.of(w.t("合计", "Total"), Cells.NONE, w.n(read), w.n(kept), w.n(rejected)));
            return TableView.own(w.t("数据来源", "Data sources"),
                    List.of(w.t("文件", "File"), w.t("格式", "Layout"), w.t("读取行数", "Rows read"), w.t("入库", "Kept"),
                            w.t("拒收", "Rejected")),
                    rows, List.of(false, false, true, true, true));
        }

        private TableView accountingTable() {
            ReportModel.Accounting a = m.accounting();
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of(w.t("读取行数", "Rows read"), w.n(a.read())));
            rows.add(List.of(w.t("减：入库拒收", "less: rejected at ingest"), w.n(a.rejectedAtIngest())));
            rows.add(List.of(w.t("专利记录", "Patent records"), w.n(a.recordsIn())));
            rows.add(List.of(w.t("减：合并重复", "less: merged duplicates"), w.n(a.merged())));
            rows.add(List.of(w.t("减：去噪排除", "less: excluded by rules"), w.n(a.excluded())));
            rows.add(List.of(w.t("减：分析期外（按" + m.yearBasis().zh() + "）", "less: outside the period ("
                    + m.yearBasis().en() + ")"), w.n(a.outsidePeriod())));
            if (a.unexplained() != 0) {
                rows.add(List.of(w.t("减：未说明", "less: not explained"), w.n(a.unexplained())));
            }
            rows.add(List.of(w.t("分析集（" + m.unit().name() + "，" + m.yearBasis().zh() + w.years(m.fromYear(), m.toYear()) + "）",
                    "Analysis set (" + m.unit().name() + ", " + m.yearBasis().en() + " " + w.years(m.fromYear(), m.toYear())
                            + ")"), w.n(a.counted())));
            return TableView.own(w.t("数据核算", "Input accounting"), List.of(w.t("项目", "Item"), w.t("数量", "Count")),
                    rows, List.of(false, true));
        }

        private TableView chainTable() {
            List<List<String>> rows = new ArrayList<>();
            for (ChainMap.Entry e : m.map().entries()) {
                String indent = "  ".repeat(Math.max(0, e.level() - 1));
                // the path in node names, not ids, so the table reads in the atlas's language
                List<String> ids = List.of(e.pathText().split("/"));
                String parents = ids.size() <= 1 ? Cells.NONE
                        : String.join(" › ", ids.subList(0, ids.size() - 1).stream().map(w::node).toList());
                rows.add(List.of(String.valueOf(e.level()), parents, indent + e.node().name(en ? "en" : "zh"),
                        e.node().keyProduct() ? w.t("是", "yes") : Cells.NONE, w.n(m.records(e.node().id()))));
            }
            return TableView.own(w.t("产业链结构与各环节记录数", "Industry-chain map and records per node"),
                    List.of(w.t("层级", "Level"), w.t("上级环节", "Parent"), w.t("环节名称", "Node"),
                            w.t("关键产品", "Key product"), w.t("记录数", "Records")),
                    rows, List.of(true, false, false, false, true));
        }

        private TableView reviewTable() {
            List<List<String>> rows = new ArrayList<>();
            for (ReportModel.NodeQuality q : m.tagging().review()) {
                rows.add(List.of(w.node(q.node()), w.n(q.reviewed()), interval(q.precision(), q.precisionLow(), q.precisionHigh()),
                        interval(q.recall(), q.recallLow(), q.recallHigh())));
            }
            return TableView.own(w.t("标引质量复核结果", "Tagging quality from the reviewed sample"),
                    List.of(w.t("环节", "Node"), w.t("复核数", "Reviewed"), w.t("查准率（95%区间）", "Precision (95% interval)"),
                            w.t("查全率（95%区间）", "Recall (95% interval)")),
                    rows, List.of(false, true, true, true));
        }

        private String interval(Double v, Double lo, Double hi) {
            if (v == null) {
                return w.t("未测", "not measured");
            }
            return w.pct(v) + (lo != null && hi != null
                    ? w.t("（" + w.pct(lo) + "–" + w.pct(hi) + "）", " (" + w.pct(lo) + "–" + w.pct(hi) + ")") : "");
        }

        // ---- chapter 2 ----

        private void direction() {
            chapter("2", "产业发展方向导航", "Industry direction", "direction");
            if (!m.modules().containsKey("direction")) {
                d.text(w.t("产业发展方向分析未计算。", "The direction analysis was not computed."));
                leftoverFigures();
                return;
            }
            sub("2.1", "专利申请趋势", "Filing trends");
            if (!missing("direction", "trend_by_year", "growth_by_node")) {
                paragraphs(text.trend());
                // the stacked composition (drawn from segment_by_year) follows the trend it splits
                figuresFor("trend_by_year");
                figuresFor("segment_by_year");
                tablesAndFigures("direction", "trend_by_year", "growth_by_node");
            }
            sub("2.2", "技术生命周期", "Technology life cycle");
            if (!missing("direction", "life_cycle")) {
                paragraphs(text.lifeCycle());
                figuresFor("phase_diagram");
                tablesAndFigures("direction", "life_cycle");
            }
            sub("2.3", "市场集中度", "Concentration");
            if (!missing("direction", "concentration")) {
                paragraphs(text.concentration());
                tablesAndFigures("direction", "concentration");
            }
            sub("2.4", "主要申请人", "Leading applicants");
            if (!missing("direction", "leading_applicants")) {
                paragraphs(text.leadingApplicants());
                figuresFor("applicant_by_node");
                tablesAndFigures("direction", "leading_applicants");
            }
            sub("2.5", "技术来源国与目标市场", "Origins and target markets");
            if (!missing("direction", "origin_by_year", "market_flow", "industry_transfer")) {
                paragraphs(text.origins());
                figuresFor("origin_by_node");
                tablesAndFigures("direction", "origin_by_year", "market_flow", "industry_transfer");
            }
            sub("2.6", "专利控制力", "Patent control strength");
            if (!missing("direction", "control_strength")) {
                paragraphs(text.control());
                tablesAndFigures("direction", "control_strength");
            }
            sub("2.7", "技术热点", "Technology hotspots");
            if (!missing("direction", "hotspots")) {
                paragraphs(text.hotspots());
                tablesAndFigures("direction", "hotspots");
            }
            sub("2.8", "核心专利与技术功效", "Core patents and technical effects");
            if (!missing("direction", "core_patents", "tech_effect_matrix")) {
                paragraphs(text.corePatents());
                if (m.table("direction", "tech_effect_matrix").filter(t -> t.columns().size() > 2).isPresent()) {
                    tablesAndFigures("direction", "core_patents", "tech_effect_matrix");
                } else {
                    // no effect column: the sentence of text.corePatents() says the exports carry no effect phrases
                    tablesAndFigures("direction", "core_patents");
                }
            }
            industry.direction("2.9");
            leftoverFigures();
        }

        // ---- chapter 3 ----

        private boolean noRegion() {
            if (m.region() != null) {
                return false;
            }
            d.text(w.t("本次分析未设定目标区域（项目文件中的 region），因此未进行本章分析。设定目标区域及对标区域后重新运行即可生成本章内容。",
                    "No region of interest was configured (region in the project file), so this chapter was not "
                            + "computed. Set a region, and optionally peer regions, and run again to produce it."));
            return true;
        }

        private void positioning() {
            chapter("3", "区域产业发展定位", "Regional positioning", "positioning");
            if (noRegion()) {
                leftoverFigures();
                return;
            }
            sub("3.1", "区域在产业链中的位置", "The region in the chain");
            if (!missing("positioning", "region_by_node")) {
                paragraphs(text.regionByNode());
                tablesAndFigures("positioning", "region_by_node");
            }
            sub("3.2", "与对标区域比较", "Peer comparison");
            if (m.peers().isEmpty()) {
                d.text(w.t("项目未设定对标区域。", "No peer regions were configured."));
            } else if (!missing("positioning", "peer_comparison")) {
                paragraphs(text.peers());
                tablesAndFigures("positioning", "peer_comparison");
            }
            sub("3.3", "区域创新主体", "Regional applicants");
            if (!missing("positioning", "region_applicants", "region_applicants_by_type")) {
                paragraphs(text.regionApplicants());
                tablesAndFigures("positioning", "region_applicants", "region_applicants_by_type");
            }
            sub("3.4", "区域创新人才", "Regional inventors");
            if (!missing("positioning", "region_inventors")) {
                paragraphs(text.inventors());
                tablesAndFigures("positioning", "region_inventors");
            }
            industry.positioning("3.5");
            ranking.positioning("3.6");
            leftoverFigures();
        }

        // ---- chapter 4 ----

        private void paths() {
            chapter("4", "产业发展路径导航", "Development paths", "path");
            if (noRegion()) {
                leftoverFigures();
                return;
            }
            d.text(w.t("以下各清单均附入选理由，列表按表注所述规则排序，可直接作为工作台账使用。",
                    "Every list below says why each entry is listed and is sorted as its note states, so it can serve as "
                            + "a working list."));
            sub("4.1", "产业结构优化", "Structure optimisation");
            if (!missing("path", "structure_priorities")) {
                paragraphs(text.structure());
                tablesAndFigures("path", "structure_priorities");
            }
            sub("4.2", "企业引进（招商引资）", "Enterprise introduction");
            if (!missing("path", "enterprise_targets")) {
                paragraphs(text.list("enterprise_targets", "applicant", "weak_node_count", "招商引资目标企业",
                        "Enterprise introduction targets"));
                listAndFigures("enterprise_targets");
            }
            sub("4.3", "本地企业培育", "Local firms to cultivate");
            if (!missing("path", "local_potential_firms")) {
                paragraphs(text.list("local_potential_firms", "applicant", "count", "本地培育潜力企业", "Local firms to cultivate"));
                listAndFigures("local_potential_firms");
            }
            sub("4.4", "人才引进", "Talent introduction");
            if (!missing("path", "talent_targets")) {
                paragraphs(text.list("talent_targets", "inventor", "weak_node_count", "人才引进对象", "Talent candidates"));
                listAndFigures("talent_targets");
            }
            sub("4.5", "技术协同创新", "Technology cooperation");
            if (!missing("path", "cooperation_partners", "co_applicant_network")) {
                paragraphs(text.list("cooperation_partners", "applicant", "weak_node_count", "技术合作伙伴（高校/院所）",
                        "Cooperation partners (universities / institutes)"));
                listAndFigures("cooperation_partners");
                tablesAndFigures("path", "co_applicant_network");
            }
            sub("4.6", "专利运营与储备", "Patent operation and reserve");
            if (!missing("path", "operation_reserve")) {
                paragraphs(text.operation());
                listAndFigures("operation_reserve");
            }
            industry.paths("4.7");
            leftoverFigures();
        }

        // ---- chapter 5: legal status and operation ----

        /**
         * The legal-status and operation chapter, when the exports carry any of its fields (legal status, transfers,
         * licences, pledges, litigation); returns whether it was written. Without any, chapter 1 says so in a sentence.
         */
        private boolean legal() {
            String key = dev.navi.metrics.legal.LegalModule.KEY;
            ModuleResult r = m.modules().get(key);
            if (r == null || !carried()) {
                return false;
            }
            chapter("5", "法律状态与专利运营", "Legal status and patent operation", "legal");
            List<String> findings = en ? r.findingsEn().stream().map(w::places).toList() : r.findingsZh();
            int sub = 1;
            if (m.table(key, dev.navi.metrics.legal.LegalModule.STATUS).isPresent()) {
                sub("5." + sub++, "法律状态", "Legal status");
                paragraphs(findings.isEmpty() ? List.of() : List.of(findings.get(0)));
                tablesAndFigures(key, dev.navi.metrics.legal.LegalModule.STATUS);
                findings = findings.subList(Math.min(1, findings.size()), findings.size());
            }
            if (m.table(key, dev.navi.metrics.legal.LegalModule.BY_YEAR).isPresent()) {
                sub("5." + sub, "转让、许可、质押与诉讼", "Transfers, licences, pledges and litigation");
                paragraphs(findings);
                tablesAndFigures(key, dev.navi.metrics.legal.LegalModule.BY_YEAR, dev.navi.metrics.legal.LegalModule.BY_HOLDER);
            } else {
                paragraphs(findings);
            }
            leftoverFigures();
            return true;
        }

        /** Whether any record carries a legal-status or operation field ({@code legal_fields}). */
        private boolean carried() {
            return m.table(dev.navi.metrics.legal.LegalModule.KEY, dev.navi.metrics.legal.LegalModule.FIELDS)
                    .map(t -> t.rows().stream().anyMatch(r -> r.get(1) instanceof Number n && n.longValue() > 0))
                    .orElse(false);
        }

        // ---- conclusions ----

        private void conclusions(String number) {
            chapter(number, "结论与建议", "Conclusions and recommendations", "conclusions");
            sub(number + ".1", "主要发现", "Main findings");
            Map<String, String[]> modules = new LinkedHashMap<>();
            modules.put("direction", new String[] {"产业发展方向", "Industry direction"});
            modules.put("positioning", new String[] {"区域产业发展定位", "Regional positioning"});
            modules.put("path", new String[] {"产业发展路径", "Development paths"});
            modules.put("industry", new String[] {"产业数据融合", "Industry data"});
            modules.put(dev.navi.metrics.legal.LegalModule.KEY, new String[] {"法律状态与专利运营", "Legal status and operation"});
            boolean any = false;
            for (Map.Entry<String, String[]> e : modules.entrySet()) {
                ModuleResult r = m.modules().get(e.getKey());
                if (r == null || (e.getKey().equals(dev.navi.metrics.legal.LegalModule.KEY) && !carried())) {
                    // exports without any legal field: section 1.2 says so once, the legal findings would repeat it
                    continue;
                }
                List<String> findings = en ? r.findingsEn().stream().map(w::places).toList() : r.findingsZh();
                if (findings.isEmpty()) {
                    continue;
                }
                any = true;
                d.heading(3, w.t(e.getValue()[0], e.getValue()[1]));
                int i = 1;
                for (String f : findings) {
                    if (f != null && !f.isBlank()) {
                        d.text((i++) + w.t(". ", ". ") + w.sentence(f));
                    }
                }
            }
            if (!any) {
                d.text(w.t("各模块未给出结论。", "The modules stated no findings."));
            }
            sub(number + ".2", "综合研判与建议", "Synthesis and recommendations");
            paragraphs(text.synthesis());
        }

        // ---- appendices ----

        private void appendixDefinitions() {
            chapter("A", "指标定义", "Metric definitions", "appendix");
            d.text(w.t("本附录列出报告所用每项指标的公式、单位、计数基础和时间窗口。",
                    "Each metric the report uses, with its formula, unit, counting basis and time window."));
            List<Definition> defs = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (ModuleResult r : m.modules().values()) {
                for (Definition def : r.definitions()) {
                    if (seen.add(def.id())) {
                        defs.add(def);
                    }
                }
            }
            if (defs.isEmpty()) {
                d.text(w.t("模型中没有指标定义。", "The model has no metric definitions."));
                return;
            }
            int i = 1;
            for (Definition def : defs) {
                String name = en ? firstNonBlank(def.nameEn(), def.nameZh(), def.id()) : firstNonBlank(def.nameZh(), def.nameEn(), def.id());
                XWPFParagraph p = d.paragraph("BodyText");
                p.setSpacingAfter(0);
                p.setKeepNext(true);
                // the id ties the entry to the workbook's definitions sheet; the Chinese atlas names it in Chinese only
                d.run(p, "A." + (i++) + "  " + name + (en ? " (" + def.id() + ")" : ""), Docx.Font.HEADING, true);
                defLine(w.t("公式", "Formula"), def.formula(en), true);
                defLine(w.t("单位", "Unit"), def.unit(en), true);
                defLine(w.t("计数基础", "Basis"), def.basis(en), true);
                defLine(w.t("时间窗口", "Window"), def.window(en), false);
            }
        }

        private void defLine(String label, String value, boolean keepNext) {
            XWPFParagraph p = d.paragraph("TableNote");
            p.setSpacingAfter(keepNext ? 0 : 160);
            p.setSpacingBefore(0);
            p.setIndentationLeft(420);
            p.setKeepNext(keepNext);
            d.run(p, label + w.t("：", ": "), Docx.Font.HEADING, false);
            d.run(p, value == null || value.isBlank() ? w.t("（未说明）", "(not stated)") : value, Docx.Font.BODY, false);
        }

        private static String firstNonBlank(String... s) {
            for (String x : s) {
                if (x != null && !x.isBlank()) {
                    return x;
                }
            }
            return "";
        }

        private void appendixSources() {
            chapter("B", "数据来源与清洗核算", "Data sources and cleaning", "appendix");
            sub("B.1", "检索式", "Search strings");
            if (m.searchStrings().isEmpty()) {
                d.text(w.t("项目未记录检索式。数据范围以第1章所列导出文件为准；建议在项目文件中记录各数据库的检索式，以便复核和更新。",
                        "No search strings were recorded; the data are those of the exports listed in chapter 1. Recording "
                                + "each database's search string in the project file makes the search repeatable."));
            } else {
                int i = 1;
                for (String s : m.searchStrings()) {
                    d.note((i++) + ". " + s);
                }
            }
            sub("B.2", "清洗规则与记录去向", "Cleaning rules and where records went");
            d.text(w.t("清洗依次完成：读取并识别各文件格式；按公开号、申请号（及同族）合并重复记录；按去噪规则排除不相关记录；"
                            + "将记录归并到计数单位；规范申请人名称并识别其类型和所在地区。每条被合并或排除的记录均在 removed.csv 中列出规则和去向。",
                    "Cleaning reads each file and detects its layout; merges duplicates by publication, application (and "
                            + "family); removes unrelated records by the denoising rules; collapses records to the counting unit; "
                            + "and normalises applicant names with their type and location. Every merged or excluded record is "
                            + "listed in removed.csv with its rule and where it went."));
            ReportModel.Accounting a = m.accounting();
            List<List<String>> rows = new ArrayList<>();
            a.duplicatesMerged().forEach((k, v) -> rows.add(List.of(w.t("合并重复", "merged"), w.rule(k), w.n(v))));
            a.excludedByRule().forEach((k, v) -> rows.add(List.of(w.t("去噪排除", "excluded"), w.rule(k), w.n(v))));
            if (rows.isEmpty()) {
                d.text(w.t("没有记录被合并或排除。", "No record was merged or excluded."));
            } else {
                tables.write(TableView.own(w.t("按规则统计的合并与排除记录", "Records merged and excluded, by rule"),
                        List.of(w.t("处理", "Action"), w.t("规则", "Rule"), w.t("记录数", "Records")), rows,
                        List.of(false, false, true)));
            }
        }

        private void appendixNotes() {
            chapter("C", "方法说明与局限", "Notes on method and limitations", "appendix");
            sub("C.1", "一般说明", "General notes");
            List<String> notes = new ArrayList<>();
            notes.add(w.t("时间：年份按" + m.yearBasis().zh() + "（按优先权年的趋势见工作簿“申请趋势（按优先权年）”表）；发明专利申请自申请日起约18个月公开，"
                            + (m.lastCompleteYear() < m.toYear() ? w.years(m.lastCompleteYear() + 1, m.toYear()) + "的数据不完整，不作下降解读。"
                            : "分析期内各年均已完整。"),
                    "Years are " + m.yearBasis().en() + "s (priority years in the workbook table \"Filings by priority year\"). Applications are published "
                            + "about 18 months after filing, " + (m.lastCompleteYear() < m.toYear() ? "so "
                            + w.years(m.lastCompleteYear() + 1, m.toYear()) + " are incomplete and not read as a decline."
                            : "and every year of the period is complete.")));
            if (m.periodDefault()) {
                notes.add(w.t("分析期间：" + w.years(m.fromYear(), m.toYear()) + "，取" + dev.navi.project.DefaultPeriod.describeZh() + "。",
                        "Period: " + w.years(m.fromYear(), m.toYear()) + ", " + dev.navi.project.DefaultPeriod.describeEn() + "."));
            }
            notes.add(w.t("计数：一条记录可属于多个产业链环节，上级环节包含下级环节；申请人排名采用全数计数（多个申请人各计一次）。",
                    "Counting: a record can belong to several chain nodes and a node includes its sub-branches; "
                            + "applicant rankings use full counting (each co-applicant counts once)."));
            notes.add(w.t("名称：申请人名称经规范化和别名表归并，子公司可归入集团；发明人姓名未经消歧，同名者会被合并。",
                    "Names: applicant names are normalised and merged by the alias table, with subsidiaries rolled up to "
                            + "groups; inventor names are not disambiguated, so namesakes merge."));
            notes.add(w.t("数据：结论受检索式、数据库收录范围和导出字段的影响；引用、同族、法律状态等字段缺失时按表注处理。",
                    "Data: the results depend on the search strings, the databases' coverage and the exported fields; missing "
                            + "citations, families or legal status are treated as each table's note says."));
            paragraphs(notes);
            sub("C.2", "各数据表说明", "Notes on each table");
            if (!en) {
                d.text("以下逐表说明排序规则、并列处理和注意事项，并列出所用指标（定义见附录A）及完整数据所在的工作表。");
            }
            Map<String, String> defNames = new java.util.HashMap<>();
            for (ModuleResult r : m.modules().values()) {
                for (Definition def : r.definitions()) {
                    defNames.putIfAbsent(def.id(), en ? firstNonBlank(def.nameEn(), def.id()) : firstNonBlank(def.nameZh(), def.id()));
                }
            }
            for (Map.Entry<String, ModuleResult> e : m.modules().entrySet()) {
                for (MetricTable t : e.getValue().tables()) {
                    String title = en ? w.places(t.titleEn()) : t.titleZh();
                    XWPFParagraph p = d.paragraph("TableNote");
                    p.setSpacingAfter(100);
                    d.run(p, (title == null || title.isBlank() ? t.id() : title) + w.t("：", ": "), Docx.Font.HEADING, false);
                    String note = Narrative.note(t, en);
                    if (en) {
                        d.run(p, note.isEmpty() ? "No further notes." : w.places(note), Docx.Font.BODY, false);
                    } else {
                        List<String> used = t.definitions().stream().map(id -> defNames.getOrDefault(id, null))
                                .filter(java.util.Objects::nonNull).distinct().toList();
                        d.run(p, note + (used.isEmpty() ? "" : "所用指标：" + String.join("、", used) + "；") + "完整数据见 atlas.xlsx 工作表 "
                                + t.id() + " 和 tables/" + t.id() + ".csv。", Docx.Font.BODY, false);
                    }
                }
            }
        }
    }
}
