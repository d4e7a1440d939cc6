package dev.navi.report.docx;

import dev.navi.chain.map.ChainNode;
import dev.navi.metrics.MetricTable;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The front executive summary (主要结论与建议 / Key findings and recommendations): a few findings and
 * recommendations, each read from the cells of one result table and quoted exactly as that table prints them
 * ({@link Views#cell}), with the table it comes from. Nothing here parses a sentence; a statement whose table or
 * values are missing is left out. Items come in the order of importance, so a page that is too short drops the last.
 */
final class Summary {
    /** One statement and the metric tables its numbers come from. */
    record Item(String text, List<String> tables) {
        Item {
            tables = List.copyOf(tables);
        }
    }

    private final ReportModel m;
    private final Words w;
    private final Views views;

    Summary(ReportModel m, Words w, Views views) {
        this.m = m;
        this.w = w;
        this.views = views;
    }

    private Optional<MetricTable> table(String module, String id) {
        return m.table(module, id);
    }

    private String cell(MetricTable t, List<Object> row, String column) {
        return views.cell(t, row, column);
    }

    private static List<Object> find(MetricTable t, String column, String value) {
        return new Tab(t).find(column, value);
    }

    /** The findings, most important first. */
    List<Item> findings() {
        List<Item> out = new ArrayList<>();
        table("direction", "growth_by_node").ifPresent(g -> {
            Tab tab = new Tab(g);
            List<Object> all = find(g, "node", "(all)");
            if (all != null && tab.num(all, "total") != null) {
                Double cagr = tab.num(all, "cagr");
                String span = span(g);
                // "专利" and "records", not 申请 / filings: the unit may be families or publications, the year basis
                // priority or publication; the whole-chain row counts tagged records (ChainGrowth), and says so
                out.add(new Item(w.t(w.years(m.fromYear(), m.toYear()) + "（按" + m.yearBasis().zh() + "）全球共有"
                                + cell(g, all, "total") + w.measure() + "专利标引到本产业链" + (cagr == null || span == null ? ""
                                : "，" + span + "年均增长" + cell(g, all, "cagr")) + "。",
                        cell(g, all, "total") + " records worldwide matched the chain in " + w.years(m.fromYear(), m.toYear()) + " (by "
                                + m.yearBasis().en() + ")" + (cagr == null || span == null ? "" : ", growing "
                                + cell(g, all, "cagr") + " a year in " + span) + "."), List.of(g.id())));
            }
            List<Object> largest = null;
            for (ChainNode root : w.roots()) {
                List<Object> r = find(g, "node", root.id());
                if (r != null && tab.num(r, "total") != null && (largest == null || tab.num(r, "total") > tab.num(largest, "total"))) {
                    largest = r;
                }
            }
            List<Object> fastest = null;
            for (List<Object> r : g.rows()) {
                String id = tab.str(r, "node");
                // among the rows the table prints (levels 1 and 2)
                if (id != null && w.isNode(id) && w.level(id) <= 2 && tab.num(r, "cagr") != null
                        && (fastest == null || tab.num(r, "cagr") > tab.num(fastest, "cagr"))) {
                    fastest = r;
                }
            }
            if (largest != null) {
                String big = w.t("规模最大的一级环节是" + w.node(tab.str(largest, "node")) + "（" + cell(g, largest, "total")
                                + w.measure() + "，占" + cell(g, largest, "share") + "）",
                        "The largest top-level node is " + w.node(tab.str(largest, "node")) + " ("
                                + cell(g, largest, "total") + " records, " + cell(g, largest, "share") + ")");
                String fast = fastest == null ? "" : w.t("；增长最快的技术分支是" + w.node(tab.str(fastest, "node"))
                                + "（年均增长" + cell(g, fastest, "cagr") + "）",
                        "; the fastest-growing branch is " + w.node(tab.str(fastest, "node")) + " ("
                                + cell(g, fastest, "cagr") + " a year)");
                out.add(new Item(big + fast + w.t("。", "."), List.of(g.id())));
            }
        });
        table("direction", "life_cycle").ifPresent(t -> {
            Map<String, List<String>> byStage = new LinkedHashMap<>();
            for (ChainNode root : w.roots()) {
                List<Object> r = find(t, "node", root.id());
                if (r != null && new Tab(t).str(r, "stage") != null) {
                    byStage.computeIfAbsent(cell(t, r, "stage"), k -> new ArrayList<>()).add(w.node(root.id()));
                }
            }
            if (!byStage.isEmpty()) {
                List<String> parts = new ArrayList<>();
                byStage.forEach((stage, nodes) -> parts.add(w.t(w.list(nodes) + "处于" + stage,
                        w.list(nodes) + (nodes.size() == 1 ? " is" : " are") + " at the " + stage.toLowerCase(java.util.Locale.ROOT)
                                + " stage")));
                out.add(new Item(w.t("技术生命周期：", "Life cycle: ") + String.join(w.t("，", "; "), parts) + w.t("。", "."),
                        List.of(t.id())));
            }
        });
        table("direction", "leading_applicants").ifPresent(t -> {
            Tab tab = new Tab(t);
            Map<String, List<String>> leads = new LinkedHashMap<>();
            Map<String, List<String>> counts = new LinkedHashMap<>();
            for (ChainNode root : w.roots()) {
                for (List<Object> r : t.rows()) {
                    // navi's standard names (the table also ranks the names as exported and the groups)
                    String level = tab.str(r, "name_level");
                    if (root.id().equals(tab.str(r, "node")) && Double.valueOf(1).equals(tab.num(r, "rank"))
                            && tab.str(r, "applicant") != null && (level == null || "standard".equals(level))) {
                        leads.computeIfAbsent(tab.str(r, "applicant"), k -> new ArrayList<>()).add(w.node(root.id()));
                        counts.computeIfAbsent(tab.str(r, "applicant"), k -> new ArrayList<>()).add(cell(t, r, "count"));
                        break;
                    }
                }
            }
            String top = null;
            for (Map.Entry<String, List<String>> e : leads.entrySet()) {
                if (top == null || e.getValue().size() > leads.get(top).size()) {
                    top = e.getKey();
                }
            }
            if (top != null) {
                List<String> nodes = leads.get(top);
                List<String> n = counts.get(top);
                List<String> withCounts = new ArrayList<>();
                for (int i = 0; i < nodes.size(); i++) {
                    withCounts.add(w.t(nodes.get(i) + n.get(i) + w.measure(), nodes.get(i) + " " + n.get(i)));
                }
                out.add(new Item(w.t(top + "在" + w.list(withCounts) + "中申请量居首位。",
                        top + " files the most in " + w.list(withCounts) + "."), List.of(t.id())));
            }
        });
        table("direction", "origin_by_year").ifPresent(t -> {
            Tab tab = new Tab(t);
            List<String> top = new ArrayList<>();
            for (List<Object> r : Views.head(t.rows(), 3)) {
                String o = tab.str(r, "origin");
                if (o != null && !o.startsWith("(") && tab.num(r, "total") != null) {
                    top.add(w.t(cell(t, r, "origin") + "（" + cell(t, r, "total") + w.measure() + "）",
                            cell(t, r, "origin") + " (" + cell(t, r, "total") + ")"));
                }
            }
            if (!top.isEmpty()) {
                out.add(new Item(w.t("主要技术来源国为" + w.list(top) + "。", "The main origins are " + w.list(top) + "."),
                        List.of(t.id())));
            }
        });
        table("direction", "hotspots").ifPresent(t -> {
            Tab tab = new Tab(t);
            List<String> top = new ArrayList<>();
            for (List<Object> r : Views.head(t.rows(), 3)) {
                if (tab.str(r, "node") != null) {
                    top.add(w.t(w.node(tab.str(r, "node")) + "（近期年均增长" + cell(t, r, "recent_cagr") + "）",
                            w.node(tab.str(r, "node")) + " (" + cell(t, r, "recent_cagr") + " a year recently)"));
                }
            }
            if (!top.isEmpty()) {
                out.add(new Item(w.t("技术热点依次为" + w.list(top) + "。", "The hotspots are " + w.list(top) + "."),
                        List.of(t.id())));
            }
        });
        if (m.region() != null) {
            table("positioning", "region_by_node").ifPresent(t -> out.add(regionItem(t)));
        }
        table(dev.navi.metrics.legal.LegalModule.KEY, dev.navi.metrics.legal.LegalModule.STATUS).ifPresent(t -> {
            Tab tab = new Tab(t);
            List<Object> all = find(t, "node", "(all)");
            if (all != null && tab.num(all, "known") != null && tab.num(all, "known") > 0) {
                out.add(new Item(w.t("已知法律状态的" + cell(t, all, "known") + w.measure() + "中，有效" + cell(t, all, "active_share")
                                + "，审中" + cell(t, all, "pending_share") + "，失效" + cell(t, all, "lapsed_share") + "。",
                        "Of the " + cell(t, all, "known") + " with a known legal status, " + cell(t, all, "active_share")
                                + " are active, " + cell(t, all, "pending_share") + " pending and "
                                + cell(t, all, "lapsed_share") + " lapsed."), List.of(t.id())));
            }
        });
        out.removeIf(java.util.Objects::isNull);
        return out;
    }

    private Item regionItem(MetricTable t) {
        Tab tab = new Tab(t);
        Map<String, Long> byQuadrant = new LinkedHashMap<>();
        Map<String, String> label = new LinkedHashMap<>();
        List<String> advantage = new ArrayList<>();
        for (String q : List.of("ADVANTAGE", "ESTABLISHED", "POTENTIAL", "WEAK", "GAP")) {
            byQuadrant.put(q, 0L);
        }
        for (List<Object> r : t.rows()) {
            String q = tab.str(r, "quadrant");
            if (q == null) {
                continue;
            }
            byQuadrant.merge(q, 1L, Long::sum);
            label.putIfAbsent(q, cell(t, r, "quadrant"));
            if ("ADVANTAGE".equals(q) && advantage.size() < 3) {
                advantage.add(w.node(tab.str(r, "node")) + w.t("（RTA " + cell(t, r, "rta") + "）", " (RTA " + cell(t, r, "rta") + ")"));
            }
        }
        List<String> parts = new ArrayList<>();
        byQuadrant.forEach((q, n) -> {
            if (n > 0) {
                parts.add(w.t(label.get(q) + w.n(n) + "个", label.get(q).toLowerCase(java.util.Locale.ROOT) + " " + w.n(n)));
            }
        });
        if (parts.isEmpty()) {
            return null;
        }
        String region = w.region(m.region());
        return new Item(w.t(region + "在" + w.n(t.rows().size()) + "个环节中" + String.join("、", parts)
                        + (advantage.isEmpty() ? "" : "；优势环节为" + w.list(advantage)) + "。",
                "Of " + w.n(t.rows().size()) + " nodes, " + region + " counts " + String.join(", ", parts)
                        + (advantage.isEmpty() ? "" : "; its advantages are " + w.list(advantage)) + "."),
                List.of(t.id()));
    }

    /** The recommendations, most important first. */
    List<Item> recommendations() {
        List<Item> out = new ArrayList<>();
        if (m.region() == null) {
            return out;
        }
        table("path", "structure_priorities").ifPresent(t -> {
            Tab tab = new Tab(t);
            Map<String, List<String>> byAction = new LinkedHashMap<>();
            for (List<Object> r : Views.head(t.rows(), 5)) {
                if (tab.str(r, "node") != null && tab.str(r, "action") != null) {
                    byAction.computeIfAbsent(cell(t, r, "action"), k -> new ArrayList<>()).add(w.node(tab.str(r, "node")));
                }
            }
            if (!byAction.isEmpty()) {
                List<String> parts = new ArrayList<>();
                byAction.forEach((a, nodes) -> parts.add(w.t(a + w.list(nodes), a + " " + w.list(nodes))));
                out.add(new Item(w.t("产业结构：优先" + String.join("；", parts) + "。",
                        "Structure: first " + String.join("; ", parts) + "."), List.of(t.id())));
            }
        });
        list(out, "enterprise_targets", "applicant", "weak_node_count", "招商引资：优先接洽", "Investment attraction: approach ",
                "（薄弱/空白环节申请", " (");
        list(out, "talent_targets", "inventor", "weak_node_count", "人才引进：重点联系", "Talent: contact ",
                "（薄弱/空白环节申请", " (");
        list(out, "cooperation_partners", "applicant", "weak_node_count", "协同创新：与", "Cooperation: work with ",
                "（薄弱/空白环节申请", " (");
        return out;
    }

    private void list(List<Item> out, String id, String name, String count, String zhLead, String enLead, String zhOpen,
                      String enOpen) {
        table("path", id).ifPresent(t -> {
            Tab tab = new Tab(t);
            List<String> top = new ArrayList<>();
            for (List<Object> r : Views.head(t.rows(), 3)) {
                if (tab.str(r, name) != null) {
                    top.add(w.t(tab.str(r, name) + zhOpen + cell(t, r, count) + w.measure() + "）",
                            tab.str(r, name) + enOpen + cell(t, r, count) + " in weak or gap nodes)"));
                }
            }
            if (!top.isEmpty()) {
                boolean cooperation = id.equals("cooperation_partners");
                out.add(new Item(w.t(zhLead + w.list(top) + (cooperation ? "开展合作" : "") + "。",
                        enLead + w.list(top) + "."), List.of(t.id())));
            }
        });
    }

    /** The CAGR window of growth_by_node ({@code count_2019} … {@code count_2023}), or null. */
    private String span(MetricTable g) {
        Integer from = null;
        Integer to = null;
        for (String c : g.columns()) {
            if (c.matches("count_\\d{4}")) {
                int y = Integer.parseInt(c.substring(6));
                from = from == null ? y : Math.min(from, y);
                to = to == null ? y : Math.max(to, y);
            }
        }
        return from == null ? null : w.years(from, to);
    }
}
