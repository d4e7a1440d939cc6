package dev.navi.report.docx;

import dev.navi.metrics.MetricTable;
import dev.navi.metrics.positioning.PositioningRule;
import dev.navi.metrics.positioning.QualityFindings;
import dev.navi.metrics.positioning.QualityIndicators;
import dev.navi.metrics.positioning.RegionRanking;
import dev.navi.metrics.stats.MinimumBase;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The positioning chapter's section on the national ranking and the quality indicators (全国排名与质量指标), written
 * from the positioning module's tables {@value RegionRanking#TABLE_ID}, {@value QualityIndicators#TABLE_ID},
 * {@value QualityIndicators#FIELDS_ID}, {@value QualityFindings#LEADERS_ID} and {@value QualityFindings#FINDINGS_ID}:
 * where the region ranks among the provinces (cities) overall and in every node, how its quality compares with its
 * peers, the nation and the world, which of its applicants and inventors lead nationally, and the findings drawn from
 * them. A rate below its minimum base reads "n/a — fewer than N" (不适用（不足N项）), an indicator whose field the
 * exports lack "not in these exports" (本批导出无此字段). Kept apart from {@link AtlasReport} so the chapter changes by
 * one call.
 */
final class RankingSections {
    private static final String MODULE = "positioning";
    private static final int TOP_AREAS = 10;
    private static final int LEADER_ROWS = 15;

    private final ReportModel m;
    private final Words w;
    private final Docx d;
    private final TableWriter tables;
    private final Consumer<String> figuresFor;

    RankingSections(ReportModel m, Words w, Docx d, TableWriter tables, Consumer<String> figuresFor) {
        this.m = m;
        this.w = w;
        this.d = d;
        this.tables = tables;
        this.figuresFor = figuresFor;
    }

    private Optional<MetricTable> table(String id) {
        return m.table(MODULE, id);
    }

    /** The section, numbered {@code number}. */
    void positioning(String number) {
        d.heading(2, number + "  " + w.t("全国排名与质量指标", "National ranking and quality indicators"));
        Optional<MetricTable> ranking = table(RegionRanking.TABLE_ID);
        Optional<MetricTable> quality = table(QualityIndicators.TABLE_ID);
        if (ranking.isEmpty() && quality.isEmpty()) {
            d.text(w.t("本节所需的数据表未生成，略。", "The tables this section needs were not computed."));
            return;
        }
        int rateBase = rateBase();
        int growthBase = table(PositioningRule.TABLE_ID).flatMap(PositioningRule::from).map(PositioningRule::minGrowthBase)
                .orElse(MinimumBase.STANDARD.growth());
        d.text(w.t("本节把目标区域放到全国各地区中比较：各地区在每个环节的申请量、占全国份额、名次、相对全国的显示性技术优势（RTA）和近五年增长率，"
                        + "再以发明占比、授权率、有效维持、海外布局、同期同环节归一的被引指数、产学研合作和运营活跃度衡量质量。比率的基数不足"
                        + rateBase + "项（增长率为窗口内不足" + growthBase + "项）时记为“" + MinimumBase.naZh(rateBase) + "”，不给出不稳定的数值。",
                "This section places the region among all areas of the country: each area's filings in every node, its share "
                        + "of the national total, its rank, its RTA against the nation and its five-year growth; quality is "
                        + "measured by the invention share, the grant rate, the share still in force, overseas filing, "
                        + "citations normalised by year and node, industry–academia co-application and operation activity. "
                        + "A rate over fewer than " + rateBase + " records (growth: fewer than " + growthBase
                        + " filings in the window) reads \"" + MinimumBase.naEn(rateBase) + "\" rather than an unstable number."));
        ranking.ifPresent(t -> ranking(t, rateBase));
        findings("quantity_strong_quality_weak", "quantity_weak_quality_strong");
        quality.ifPresent(t -> quality(t, rateBase));
        table(QualityFindings.LEADERS_ID).ifPresent(this::leaders);
        findings("national_leader_applicant", "national_leader_inventor", "no_local_holder", "no_patent_in_force");
        table(dev.navi.metrics.positioning.HighValuePatents.TABLE_ID).ifPresent(this::highValue);
    }

    private void highValue(MetricTable t) {
        Tab tab = new Tab(t);
        if (tab.rows().isEmpty()) {
            return;
        }
        d.text(w.t("高价值专利按价值评分排序：评分 = 0.5 × 被引分 + 0.25 × 同族分 + 0.25 × 法律分；被引分为被引次数相对同年全部已标引记录平均值的倍数"
                        + "（封顶4倍后折算为0–1），同族分按同族覆盖的国家/地区数，法律分按有效、审中、失效等法律状态。各分项列于表中。",
                "High-value patents are ranked by a value score = 0.5 × citations + 0.25 × family + 0.25 × legal: citations "
                        + "as a multiple of the mean of all tagged records of the same year (capped at 4, scaled to 0–1), "
                        + "family by the offices the family covers, legal by the status (in force, pending, lapsed). The "
                        + "parts are columns of the table."));
        List<List<String>> cells = new ArrayList<>();
        for (List<Object> r : tab.rows()) {
            if (cells.size() >= LEADER_ROWS) {
                break;
            }
            Double norm = tab.num(r, "cohort_citations");
            Double year = tab.num(r, "year");
            String status = tab.str(r, "legal_status");
            cells.add(List.of(String.valueOf(tab.count(r, "rank")), String.valueOf(tab.str(r, "publication")),
                    year == null ? "—" : String.valueOf(Math.round(year)), orDash(tab.str(r, "applicants")),
                    norm == null ? "—" : w.idx(norm), w.n(tab.count(r, "family_offices")),
                    status == null ? "—" : switch (status) {
                        case "ACTIVE" -> w.t("有效", "in force");
                        case "PENDING" -> w.t("审中", "pending");
                        case "LAPSED" -> w.t("失效", "lapsed");
                        default -> w.t("未知", "unknown");
                    }, w.idx(tab.num(r, "citation_part")) + " / " + w.idx(tab.num(r, "family_part")) + " / "
                            + w.idx(tab.num(r, "legal_part")), w.idx(tab.num(r, "score"))));
        }
        tables.write(new TableView(w.t(w.region(m.region()) + "高价值专利（按价值评分）", w.region(m.region())
                + " high-value patents (by value score)"),
                List.of(w.t("排名", "Rank"), w.t("公开号", "Publication"), w.t("年份", "Year"), w.t("区域申请人", "Local applicants"),
                        w.t("归一被引", "Cited vs cohort"), w.t("同族国家/地区", "Family offices"), w.t("法律状态", "Status"),
                        w.t("被引/同族/法律分", "Citation / family / legal part"), w.t("评分", "Score")), cells,
                List.of(true, false, true, false, true, true, false, true, true), t.id(), t.rows().size(), t.columns().size()));
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }

    private int rateBase() {
        return table(QualityIndicators.FIELDS_ID).flatMap(f -> f.rows().stream().findFirst()
                .map(r -> r.get(f.columns().indexOf("min_base")))).filter(v -> v instanceof Number)
                .map(v -> ((Number) v).intValue()).orElse(MinimumBase.RATE);
    }

    // ---- the ranking ----

    private void ranking(MetricTable t, int rateBase) {
        Tab tab = new Tab(t);
        String label = w.region(m.region());
        List<String> levels = new ArrayList<>();
        tab.rows().forEach(r -> {
            String l = tab.str(r, "level");
            if (!levels.contains(l)) {
                levels.add(l);
            }
        });
        for (String level : levels) {
            List<Object> own = find(tab, level, RegionRanking.ALL, "yes");
            if (own != null) {
                Double share = tab.num(own, "share");
                Double rank = tab.num(own, "rank");
                String ref = "world".equals(tab.str(own, "reference")) ? w.t("全球", "the world's") : w.t("全国", "the national");
                d.text(w.t(label + "已标引申请" + w.records(tab.count(own, "count")) + "，占" + ref + "同类申请的"
                                + (share == null ? "—" : w.pct(share)) + (rank == null ? "，未进入排名" : "，在有申请的"
                                + tab.count(own, "areas_ranked") + "个" + levelZh(level) + "中居第" + Math.round(rank) + "位") + "。",
                        label + " has " + w.records(tab.count(own, "count")) + " tagged, " + (share == null ? "—" : w.pct(share))
                                + " of " + ref + " total" + (rank == null ? ", not ranked" : "; rank " + Math.round(rank)
                                + " of the " + tab.count(own, "areas_ranked") + " " + levelEn(level) + " with filings") + "."));
            }
        }
        for (String level : levels) {
            // national records whose applicants' area is unknown are not ranked: say how many, the ranks depend on it
            for (List<Object> r : tab.rows()) {
                if (level.equals(tab.str(r, "level")) && RegionRanking.UNRESOLVED.equals(tab.str(r, "area_code"))
                        && RegionRanking.ALL.equals(tab.str(r, "node")) && tab.count(r, "count") > 0) {
                    Double share = tab.num(r, "share");
                    d.text(w.t("另有" + w.records(tab.count(r, "count")) + "（占" + (share == null ? "—" : w.pct(share))
                                    + "）的申请人未能确定所在" + levelZh(level) + "（导出无地址或省市字段，名称也未含地名），未计入排名；"
                                    + "补充申请人地址后排名更可靠。",
                            w.records(tab.count(r, "count")) + " (" + (share == null ? "—" : w.pct(share)) + ") have no "
                                    + "applicant whose " + levelEn(level).replaceAll("ies$", "y").replaceAll("s$", "")
                                    + " is known (no address or province field in the export, no place in the name) and "
                                    + "are not ranked; exports with applicant addresses make the ranking firmer."));
                }
            }
        }
        figuresFor.accept(RegionRanking.TABLE_ID);
        for (String level : levels) {
            List<List<String>> cells = new ArrayList<>();
            for (List<Object> r : tab.rows()) {
                if (!level.equals(tab.str(r, "level")) || !RegionRanking.ALL.equals(tab.str(r, "node"))) {
                    continue;
                }
                Double rank = tab.num(r, "rank");
                boolean mark = "yes".equals(tab.str(r, "is_region")) || "yes".equals(tab.str(r, "is_peer"));
                if (rank == null || (rank > TOP_AREAS && !mark)) {
                    continue;
                }
                cells.add(List.of(String.valueOf(Math.round(rank)), area(tab, r), w.n(tab.count(r, "count")),
                        pct(tab.num(r, "share")), growth(tab, r), role(tab, r)));
            }
            if (!cells.isEmpty()) {
                tables.write(new TableView(w.t("各" + levelZh(level) + "申请量排名（全部环节，前" + TOP_AREAS + "名及目标、对标区域）",
                        "Areas ranked by filings (all nodes; top " + TOP_AREAS + ", the region and its peers)"),
                        List.of(w.t("排名", "Rank"), w.t("地区", "Area"), w.t("申请量", "Filings"), w.t("占比", "Share"),
                                w.t("年均增长率", "CAGR"), w.t("说明", "Note")), cells,
                        List.of(true, false, true, true, true, false), t.id(), t.rows().size(), t.columns().size()));
            }
            // the region's rank in every node of the first two levels
            List<List<String>> byNode = new ArrayList<>();
            for (List<Object> r : tab.rows()) {
                String node = tab.str(r, "node");
                if (!level.equals(tab.str(r, "level")) || !"yes".equals(tab.str(r, "is_region")) || RegionRanking.ALL.equals(node)
                        || w.level(node) < 1 || w.level(node) > 2) {
                    continue;
                }
                Double rank = tab.num(r, "rank");
                List<Object> first = find(tab, level, node, null);
                byNode.add(List.of(w.node(node), w.n(tab.count(r, "count")), pct(tab.num(r, "share")),
                        rank == null ? w.t("未排名", "not ranked") : Math.round(rank) + "/" + tab.count(r, "areas_ranked"),
                        rta(tab, r, rateBase), growth(tab, r), first == null ? "—" : area(tab, first)));
            }
            if (!byNode.isEmpty()) {
                tables.write(new TableView(w.t(w.region(m.region()) + "在各环节的" + levelZh(level) + "排名",
                        w.region(m.region()) + "'s rank among the " + levelEn(level) + " by node"),
                        List.of(w.t("环节", "Node"), w.t("申请量", "Filings"), w.t("占比", "Share"), w.t("排名", "Rank"),
                                "RTA", w.t("年均增长率", "CAGR"), w.t("第一名", "First")), byNode,
                        List.of(false, true, true, true, true, true, false), t.id(), t.rows().size(), t.columns().size()));
            }
        }
    }

    /** The row of the region (isRegion "yes") or the first-ranked area (isRegion null) of a level and node. */
    private static List<Object> find(Tab tab, String level, String node, String isRegion) {
        for (List<Object> r : tab.rows()) {
            if (level.equals(tab.str(r, "level")) && node.equals(tab.str(r, "node"))
                    && (isRegion != null ? isRegion.equals(tab.str(r, "is_region")) : Double.valueOf(1).equals(tab.num(r, "rank")))) {
                return r;
            }
        }
        return null;
    }

    private String area(Tab tab, List<Object> r) {
        String name = tab.str(r, w.en ? "area_en" : "area");
        return name == null ? "—" : name;
    }

    private String role(Tab tab, List<Object> r) {
        if ("yes".equals(tab.str(r, "is_region"))) {
            return w.t("目标区域", "region");
        }
        return "yes".equals(tab.str(r, "is_peer")) ? w.t("对标区域", "peer") : "";
    }

    private String growth(Tab tab, List<Object> r) {
        Double g = tab.num(r, "cagr");
        if (g != null) {
            return w.pct(g);
        }
        int base = table(PositioningRule.TABLE_ID).flatMap(PositioningRule::from).map(PositioningRule::minGrowthBase)
                .orElse(MinimumBase.STANDARD.growth());
        return tab.count(r, "growth_base") < base ? na(base) : "—";
    }

    private String rta(Tab tab, List<Object> r, int base) {
        Double v = tab.num(r, "rta");
        if (v != null) {
            return w.idx(v);
        }
        return tab.count(r, "rta_base") < base ? na(base) : "—";
    }

    private String na(int base) {
        return w.en ? MinimumBase.naEn(base) : MinimumBase.naZh(base);
    }

    private String pct(Double v) {
        return v == null ? "—" : w.pct(v);
    }

    private String levelZh(String level) {
        return switch (level) {
            case "country" -> "国家";
            case "city" -> "城市";
            default -> "省级地区";
        };
    }

    private String levelEn(String level) {
        return switch (level) {
            case "country" -> "countries";
            case "city" -> "cities";
            default -> "provinces";
        };
    }

    // ---- quality ----

    private void quality(MetricTable t, int rateBase) {
        Tab tab = new Tab(t);
        Map<String, Boolean> available = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        table(QualityIndicators.FIELDS_ID).ifPresent(f -> {
            Tab ft = new Tab(f);
            List<String> missing = new ArrayList<>();
            List<String> partial = new ArrayList<>();
            for (List<Object> r : ft.rows()) {
                String id = ft.str(r, "indicator");
                boolean ok = "available".equals(ft.str(r, "status"));
                available.put(id, ok);
                names.put(id, ft.str(r, w.en ? "indicator_en" : "indicator_zh"));
                Double share = ft.num(r, "share_with_field");
                if (!ok) {
                    missing.add(names.get(id) + w.t("（需要" + ft.str(r, "field_zh") + "）", " (needs " + ft.str(r, "field") + ")"));
                } else if (share != null && share < 0.995) {
                    partial.add(names.get(id) + w.t("（" + w.pct(share) + "的记录有该字段）", " (" + w.pct(share) + " of the records carry it)"));
                }
            }
            if (!missing.isEmpty()) {
                d.text(w.t("以下指标所需字段不在本批导出中，未计算：" + String.join("；", missing) + "。",
                        "Not in these exports, so not computed: " + String.join("; ", missing) + "."));
            }
            if (!partial.isEmpty()) {
                d.text(w.t("以下指标只在有该字段的记录上计算：" + String.join("；", partial) + "。",
                        "Computed over the records that carry the field only: " + String.join("; ", partial) + "."));
            }
        });
        if (names.isEmpty()) {
            for (QualityIndicators.Indicator i : QualityIndicators.Indicator.values()) {
                names.put(i.id, w.en ? i.nameEn : i.nameZh);
                available.put(i.id, true);
            }
        }
        // indicators × scopes over all nodes
        List<String> scopeKeys = new ArrayList<>();
        List<String> headers = new ArrayList<>(List.of(w.t("指标", "Indicator")));
        for (List<Object> r : tab.rows()) {
            String key = tab.str(r, "scope") + "|" + tab.str(r, "scope_code");
            if (RegionRanking.ALL.equals(tab.str(r, "node")) && !scopeKeys.contains(key)) {
                scopeKeys.add(key);
                headers.add(tab.str(r, w.en ? "scope_name_en" : "scope_name"));
            }
        }
        List<List<String>> cells = new ArrayList<>();
        for (Map.Entry<String, String> e : names.entrySet()) {
            if (!available.getOrDefault(e.getKey(), true)) {
                // said above in one sentence; a row of "not in these exports" cells would repeat it per scope
                continue;
            }
            List<String> line = new ArrayList<>(List.of(e.getValue()));
            for (String key : scopeKeys) {
                List<Object> r = scopeRow(tab, key, RegionRanking.ALL);
                line.add(value(tab, r, e.getKey(), available.getOrDefault(e.getKey(), true), rateBase));
            }
            cells.add(line);
        }
        List<Boolean> numeric = new ArrayList<>();
        numeric.add(false);
        scopeKeys.forEach(k -> numeric.add(true));
        tables.write(new TableView(w.t("专利质量指标：目标区域、对标区域、全国与全球（全部环节）",
                "Quality indicators: region, peers, nation and world (all nodes)"), headers, cells, numeric, t.id(),
                t.rows().size(), t.columns().size()));

        // the region per node against the nation (or the world for a country region)
        String region = scopeKeys.isEmpty() ? null : scopeKeys.get(0);
        String reference = scopeKeys.stream().filter(k -> k.startsWith(QualityIndicators.NATION + "|")).findFirst()
                .orElse(scopeKeys.stream().filter(k -> k.startsWith(QualityIndicators.WORLD + "|")).findFirst().orElse(null));
        if (region == null || reference == null) {
            return;
        }
        // the indicators computed (those whose field is not in the exports are named above, not shown as columns)
        List<String> shown = names.keySet().stream().filter(k -> available.getOrDefault(k, true)).toList();
        if (shown.isEmpty()) {
            return;
        }
        List<String> nodeHeaders = new ArrayList<>(List.of(w.t("环节", "Node")));
        shown.forEach(k -> nodeHeaders.add(names.get(k)));
        List<List<String>> byNode = new ArrayList<>();
        for (List<Object> r : tab.rows()) {
            String node = tab.str(r, "node");
            if (!(tab.str(r, "scope") + "|" + tab.str(r, "scope_code")).equals(region) || RegionRanking.ALL.equals(node)
                    || w.level(node) < 1 || w.level(node) > 2) {
                continue;
            }
            List<Object> ref = scopeRow(tab, reference, node);
            List<String> line = new ArrayList<>(List.of(w.node(node)));
            for (String id : shown) {
                boolean ok = available.getOrDefault(id, true);
                // short "n/a" here: the section's opening paragraph states the base
                String mine = value(tab, r, id, ok, rateBase).replace(na(rateBase), w.t("不适用", "n/a"));
                String theirs = value(tab, ref, id, ok, rateBase).replace(na(rateBase), w.t("不适用", "n/a"));
                line.add(!ok ? mine : mine + w.t("（" + theirs + "）", " (" + theirs + ")"));
            }
            byNode.add(line);
        }
        List<Boolean> nodeNumeric = new ArrayList<>();
        nodeNumeric.add(false);
        shown.forEach(k -> nodeNumeric.add(true));
        String refName = reference.startsWith(QualityIndicators.NATION + "|") ? w.t("全国", "national") : w.t("全球", "world");
        tables.write(new TableView(w.t(w.region(m.region()) + "各环节质量指标（括号内为" + refName + "）",
                w.region(m.region()) + " quality indicators by node (" + refName + " in brackets)"), nodeHeaders, byNode,
                nodeNumeric, t.id(), t.rows().size(), t.columns().size()));
    }

    private static List<Object> scopeRow(Tab tab, String key, String node) {
        for (List<Object> r : tab.rows()) {
            if ((tab.str(r, "scope") + "|" + tab.str(r, "scope_code")).equals(key) && node.equals(tab.str(r, "node"))) {
                return r;
            }
        }
        return null;
    }

    /** An indicator's cell: its value, "n/a — fewer than N", or "not in these exports". */
    private String value(Tab tab, List<Object> r, String id, boolean available, int rateBase) {
        if (!available) {
            return w.t("本批导出无此字段", "not in these exports");
        }
        if (r == null) {
            return "—";
        }
        Double v = tab.num(r, id);
        if (v == null) {
            return tab.count(r, id + "_base") < rateBase ? na(rateBase) : "—";
        }
        return QualityIndicators.Indicator.CITATION_INDEX.id.equals(id) ? w.idx(v) : w.pct(v);
    }

    // ---- leaders and findings ----

    private void leaders(MetricTable t) {
        Tab tab = new Tab(t);
        if (tab.rows().isEmpty()) {
            return;
        }
        List<List<String>> cells = new ArrayList<>();
        List<List<Object>> sorted = new ArrayList<>(tab.rows());
        sorted.sort(java.util.Comparator.comparingDouble((List<Object> r) -> tab.num(r, "national_rank"))
                .thenComparingDouble(r -> -tab.num(r, "count")));
        for (List<Object> r : sorted) {
            if (cells.size() >= LEADER_ROWS) {
                break;
            }
            cells.add(List.of(w.node(tab.str(r, "node")), "applicant".equals(tab.str(r, "kind")) ? w.t("申请人", "applicant")
                            : w.t("发明人", "inventor"), tab.str(r, "holder"), String.valueOf(tab.count(r, "national_rank")),
                    w.n(tab.count(r, "count")), tab.str(r, "leader") + w.t("（" + w.n(tab.count(r, "leader_count")) + "）",
                            " (" + w.n(tab.count(r, "leader_count")) + ")")));
        }
        tables.write(new TableView(w.t(w.region(m.region()) + "在全国排名前列的创新主体与发明人",
                w.region(m.region()) + "'s applicants and inventors among the national leaders"),
                List.of(w.t("环节", "Node"), w.t("类别", "Kind"), w.t("名称", "Name"), w.t("全国排名", "National rank"),
                        w.t("申请量", "Filings"), w.t("全国第一", "National first")), cells,
                List.of(false, false, false, true, true, false), t.id(), t.rows().size(), t.columns().size()));
    }

    private void findings(String... kinds) {
        table(QualityFindings.FINDINGS_ID).ifPresent(t -> {
            Tab tab = new Tab(t);
            for (List<Object> r : tab.rows()) {
                String kind = tab.str(r, "kind");
                for (String k : kinds) {
                    if (k.equals(kind)) {
                        String text = tab.str(r, w.en ? "text_en" : "text_zh");
                        if (text != null) {
                            d.text(text);
                        }
                    }
                }
            }
        });
    }
}
