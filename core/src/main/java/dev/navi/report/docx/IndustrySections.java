package dev.navi.report.docx;

import dev.navi.metrics.MetricTable;
import dev.navi.metrics.ModuleResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The atlas's industry sections (专利数据与产业数据融合), one per chapter, written from the {@code industry} module's
 * tables and the path module's split enterprise targets: the industry overview (产业概况) at the end of chapter 1, the
 * patent–industry match and control strength against market share in the direction chapter, the region against its
 * peers in the positioning chapter, and the target split, patent-weak firms and the talent of local firms in the path
 * chapter. Without industry inputs each section says which input it needs. Kept apart from {@link AtlasReport} so the
 * chapters change only by one call each.
 */
final class IndustrySections {
    private static final String MODULE = "industry";
    private static final int ROWS = 15;

    private final ReportModel m;
    private final Words w;
    private final Docx d;
    private final TableWriter tables;
    private final Cells cells;
    private final java.util.function.Consumer<String> figuresFor;

    /** {@code figuresFor} places the current chapter's figures drawn from a table id (the report's own rule). */
    IndustrySections(ReportModel m, Words w, Docx d, TableWriter tables, java.util.function.Consumer<String> figuresFor) {
        this.figuresFor = figuresFor;
        this.m = m;
        this.w = w;
        this.d = d;
        this.tables = tables;
        this.cells = new Cells(w);
    }

    private Optional<MetricTable> table(String id) {
        return m.table(MODULE, id);
    }

    private ModuleResult module() {
        return m.modules().get(MODULE);
    }

    /** Says which inputs a section needs when its table is absent; true when it is. */
    private boolean needs(String id, String inputsZh, String inputsEn) {
        Optional<MetricTable> t = table(id);
        if (t.isPresent()) {
            return false;
        }
        d.text(w.t("本节需要产业数据：" + inputsZh + "（项目文件 navi.yaml 中的 industry 项，模板由 navi init 生成）。本次未提供或无法读取，故未分析。",
                "This section needs industry data: " + inputsEn + " (industry in navi.yaml; navi init writes templates). "
                        + "They were not given or could not be read, so it was not analysed."));
        return true;
    }

    /** The module's findings whose text contains one of the markers, as paragraphs. */
    private void findings(String... markers) {
        ModuleResult r = module();
        if (r == null) {
            return;
        }
        for (String f : w.en ? r.findingsEn() : r.findingsZh()) {
            for (String mk : markers) {
                if (f.contains(mk)) {
                    // the module names places as the data wrote them (四川省, 宜宾市): the English atlas reads them in Latin
                    d.text(w.places(f));
                    break;
                }
            }
        }
    }

    // ---- 1.x industry overview ----

    void overview(String number) {
        d.heading(2, number + "  " + w.t("产业概况", "Industry overview"));
        if (needs("industry_overview", "firms（企业）、region_output（区域产值）、market（市场）", "firms, region_output, market")) {
            return;
        }
        findings(w.t("产业数据列出企业", "The industry data list"), w.t("产值最大的环节", "largest node by output"),
                w.t("关联到申请人", "linked to applicants"), w.t("产业数据文件中发现", "problem(s) in the industry files"));
        MetricTable t = table("industry_overview").orElseThrow();
        tables.write(view(t, w.t("产业概况（按产业链环节）", "Industry overview by chain node"),
                r -> w.level((String) r.get(t.columns().indexOf("node"))) <= 2,
                List.of("node", "firms", "region_firms", "region_leaders", "region_specialised", "region_output",
                        "region_output_share", "market_output_value"),
                List.of(w.t("环节", "Node"), w.t("企业数", "Firms"), w.t("区域企业", "Region firms"), w.t("龙头", "Leaders"),
                        w.t("专精特新", "Specialised"), w.t("区域产值（亿元）", "Region output (100m CNY)"),
                        w.t("产值结构", "Output share"), w.t("市场规模（亿元）", "Market (100m CNY)")), 30));
        table("industry_firms").filter(f -> m.region() != null).ifPresent(f -> tables.write(view(f, w.t("区域重点企业及其专利", "The region's firms and their patents"),
                r -> "yes".equals(r.get(f.columns().indexOf("in_region"))),
                List.of("firm", "city", w.en ? "roles_en" : "roles_zh", "nodes", "output", w.en ? "link" : "link_zh", "records"),
                List.of(w.t("企业", "Firm"), w.t("城市", "City"), w.t("类型", "Roles"), w.t("环节", "Nodes"),
                        w.t("产值（亿元）", "Output (100m CNY)"), w.t("关联方式", "Link"), w.t("相关专利", "Records")), ROWS)));
        table("industry_inputs").filter(p -> !p.rows().isEmpty()).ifPresent(p -> tables.write(view(p,
                w.t("产业数据校验问题", "Problems in the industry inputs"), r -> true,
                List.of("file", "row", "column", w.en ? "problem" : "problem_zh", w.en ? "action" : "action_zh"),
                List.of(w.t("文件", "File"), w.t("行", "Row"), w.t("列", "Column"), w.t("问题", "Problem"), w.t("处理", "What to do")),
                ROWS)));
    }

    // ---- 2.x direction: match and market vs control ----

    void direction(String number) {
        d.heading(2, number + "  " + w.t("产业链与专利布局的关联", "Industry and patent positions"));
        d.text(w.t("产业–专利匹配度比较各环节在区域产值中的份额与在区域专利中的份额（匹配比＝专利份额÷产值份额，1 表示同步）；"
                        + "控制力与市场份额对照比较各持有方的综合专利控制力与市场份额，指出有专利缺市场和有市场缺专利的主体。",
                "The patent–industry match compares each node's share of the region's output with its share of the "
                        + "region's patents (ratio = patent share ÷ output share; 1 = in step); control against market compares "
                        + "each holder's combined patent control with its market share, naming who holds patents without the "
                        + "market and the reverse."));
        if (table("industry_patent_match").isEmpty() && table("market_vs_control").isEmpty()) {
            // neither input given: one sentence naming both (two sentences of the same words, the second alone on a
            // page before the next chapter, read as a fault)
            needs("industry_patent_match", "region_output（区域及对标区域各环节产值）和 market（各环节市场规模与份额）",
                    "region_output (output by node) and market (market size and shares by node)");
            return;
        }
        if (!needs("industry_patent_match", "region_output（区域及对标区域各环节产值）", "region_output (output by node)")) {
            // the region's own match here; the peers' in the positioning chapter
            findings(regionLabel() + w.t("产业–专利匹配度", "'s patent–industry match"));
            MetricTable t = table("industry_patent_match").orElseThrow();
            figuresFor.accept("industry_patent_match");
            String code = m.region() == null ? null : m.region().code();
            tables.write(view(t, w.t("产业–专利匹配度（目标区域，各环节）", "Patent–industry match (region, by node)"),
                    r -> code != null && code.equals(r.get(t.columns().indexOf("region_code")))
                            && r.get(t.columns().indexOf("output")) != null,
                    List.of("node", "output", "output_share", "records", "patent_share", "match_ratio",
                            w.en ? "reading" : "reading_zh"),
                    List.of(w.t("环节", "Node"), w.t("产值（亿元）", "Output (100m CNY)"), w.t("产值份额", "Output share"),
                            w.t("专利数", "Records"), w.t("专利份额", "Patent share"), w.t("匹配比", "Ratio"),
                            w.t("判读", "Reading")), 30));
        }
        if (!needs("market_vs_control", "market（各环节市场规模与份额）", "market (market size and shares by node)")) {
            findings(w.t("有市场、专利控制力弱", "Market without patent control"), w.t("专利控制力强而市场份额", "Patent control without"));
            MetricTable t = table("market_vs_control").orElseThrow();
            figuresFor.accept("market_vs_control");
            int share = t.columns().indexOf("market_share");
            int position = t.columns().indexOf("position");
            tables.write(view(t, w.t("专利控制力与市场份额对照", "Patent control against market share"),
                    r -> r.get(share) != null || !"neither".equals(r.get(position)),
                    List.of("node", "holder", "market_share", "control", "gap", w.en ? "position" : "position_zh"),
                    List.of(w.t("环节", "Node"), w.t("持有方", "Holder"), w.t("市场份额", "Market share"),
                            w.t("综合控制力", "Control"), w.t("差值", "Gap"), w.t("判读", "Position")), 30));
        }
    }

    // ---- 3.x positioning: region against peers ----

    void positioning(String number) {
        d.heading(2, number + "  " + w.t("区域产业现实对照", "The region's industry against its patents"));
        if (needs("industry_match_index", "region_output（区域及对标区域各环节产值）", "region_output (output by node, region and peers)")) {
            return;
        }
        d.text(w.t("匹配指数＝1−½∑|专利份额−产值份额|，取值0–1，越接近1说明区域专利结构与产业结构越一致。",
                "Match index = 1 − ½ Σ |patent share − output share|, 0–1; the closer to 1, the more the region's "
                        + "patent structure follows its industry structure."));
        for (var p : m.peers()) {
            findings(dev.navi.metrics.positioning.RegionScope.label(p) + w.t("产业–专利匹配度", "'s patent–industry match"));
        }
        MetricTable t = table("industry_match_index").orElseThrow();
        tables.write(view(t, w.t("产业–专利匹配指数（目标区域与对标区域）", "Patent–industry match index (region and peers)"),
                r -> true, List.of("region", "level", "nodes", "output_year", "match_index"),
                List.of(w.t("区域", "Region"), w.t("层级", "Level"), w.t("环节数", "Nodes"), w.t("产值年份", "Output year"),
                        w.t("匹配指数", "Match index")), ROWS));
        table("industry_unmatched_applicants").filter(u -> !u.rows().isEmpty()).ifPresent(u -> d.text(w.t(
                "另有" + u.rows().size() + "家主要企业申请人未出现在产业数据中（见 atlas.xlsx 工作表“industry_unmatched_applicants”），"
                        + "请核对是否漏列或名称写法不同。",
                u.rows().size() + " large enterprise applicants are not in the industry data (sheet "
                        + "\"industry_unmatched_applicants\" of atlas.xlsx); check whether they are missing or written differently.")));
    }

    // ---- 4.x paths: targets by presence, cultivation, talent ----

    void paths(String number) {
        d.heading(2, number + "  " + w.t("产业数据支撑的招商、培育与人才", "Targets, cultivation and talent from the industry data"));
        Optional<MetricTable> targets = m.table("path", "enterprise_targets")
                .filter(t -> t.columns().contains("target_kind"));
        if (targets.isEmpty()) {
            needs("patent_weak_firms", "firms（区域企业及其所在地）", "firms (the region's firms and their location)");
            return;
        }
        findings(w.t("招商引资目标", "enterprise targets"), w.t("专利薄弱的企业", "few patents"));
        MetricTable t = targets.get();
        tables.write(view(t, w.t("已在区域布局的招商目标（增资扩产对象）", "Targets already present in the region (expansion)"),
                r -> "expansion".equals(r.get(t.columns().indexOf("target_kind"))),
                List.of("rank", "applicant", "group", "local_firms", "weak_node_count"),
                List.of(w.t("排名", "Rank"), w.t("目标企业", "Target"), w.t("集团", "Group"), w.t("区域内企业", "Local firms"),
                        w.t("薄弱环节申请量", "Weak-node records")), ROWS));
        tables.write(view(t, w.t("尚未在区域布局的招商目标（招商引进对象）", "Targets not present in the region (introduction)"),
                r -> "introduction".equals(r.get(t.columns().indexOf("target_kind"))),
                List.of("rank", "applicant", "country", "province", "weak_node_count"),
                List.of(w.t("排名", "Rank"), w.t("目标企业", "Target"), w.t("国家/地区", "Country"), w.t("省份", "Province"),
                        w.t("薄弱环节申请量", "Weak-node records")), ROWS));
        table("patent_weak_firms").ifPresent(p -> tables.write(view(p,
                w.t("专利薄弱企业（培育对象）", "Firms with output but few patents (to cultivate)"), r -> true,
                List.of("rank", "firm", "city", "output", "records", "intensity", "benchmark"),
                List.of(w.t("序号", "No."), w.t("企业", "Firm"), w.t("城市", "City"), w.t("产值（亿元）", "Output (100m CNY)"),
                        w.t("相关专利", "Records"), w.t("每亿元专利", "Per 100m CNY"), w.t("基准", "Benchmark")), ROWS)));
        table("local_firm_talent").ifPresent(p -> tables.write(view(p,
                w.t("本地企业核心发明人", "Inventors of local firms"), r -> true,
                List.of("firm", "rank", "inventor", "records", "recent_count", "top_nodes"),
                List.of(w.t("企业", "Firm"), w.t("序号", "No."), w.t("发明人", "Inventor"), w.t("申请量", "Records"),
                        w.t("近三年", "Recent"), w.t("主要环节", "Main nodes")), ROWS)));
    }

    private String regionLabel() {
        return m.region() == null ? "" : dev.navi.metrics.positioning.RegionScope.label(m.region());
    }

    // ---- table views ----

    private TableView view(MetricTable t, String title, Predicate<List<Object>> keep, List<String> columns,
                           List<String> headers, int max) {
        List<Cells.Kind> kinds = new ArrayList<>();
        List<Boolean> numeric = new ArrayList<>();
        for (String c : columns) {
            int i = t.columns().indexOf(c);
            Object sample = null;
            for (List<Object> r : t.rows()) {
                if (i >= 0 && r.get(i) != null) {
                    sample = r.get(i);
                    break;
                }
            }
            Cells.Kind k = kind(c, sample);
            kinds.add(k);
            numeric.add(Cells.numeric(k));
        }
        List<List<String>> out = new ArrayList<>();
        for (List<Object> r : t.rows()) {
            if (out.size() >= max) {
                break;
            }
            if (!keep.test(r)) {
                continue;
            }
            List<String> line = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                int i = t.columns().indexOf(columns.get(c));
                line.add(cells.value(columns.get(c), kinds.get(c), i < 0 ? null : r.get(i)));
            }
            out.add(line);
        }
        return new TableView(title, headers, out, numeric, t.id(), t.rows().size(), t.columns().size());
    }

    private static Cells.Kind kind(String column, Object sample) {
        return switch (column) {
            case "node", "nodes", "top_nodes" -> Cells.Kind.NODES;
            case "output_share", "patent_share", "market_share", "control", "gap", "region_output_share" -> Cells.Kind.PERCENT;
            case "match_ratio", "match_index", "intensity", "benchmark" -> Cells.Kind.INDEX;
            // money in 亿元 with one decimal (Kind.POINTS prints one decimal)
            case "output", "revenue", "region_output", "market_output_value" -> Cells.Kind.POINTS;
            case "row", "level", "rank", "output_year" -> Cells.Kind.YEAR;
            default -> Cells.kind(column, sample);
        };
    }
}
