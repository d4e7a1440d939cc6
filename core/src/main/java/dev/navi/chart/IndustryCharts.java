package dev.navi.chart;

import dev.navi.metrics.MetricTable;
import dev.navi.metrics.ModuleResult;
import dev.navi.metrics.positioning.RegionScope;
import dev.navi.project.Region;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of the industry module (drawn only when its tables exist): {@code industry_match} — the region's share
 * of output against its share of patents per level-2 node — and {@code market_vs_control} — market share against
 * combined control strength for the holders with both, in the node with most such holders. Both go to the direction
 * chapter, after its industry section.
 */
final class IndustryCharts {
    private IndustryCharts() {
    }

    static List<AtlasCharts.Spec> plan(Map<String, ModuleResult> modules, Region region, boolean en) {
        List<AtlasCharts.Spec> out = new ArrayList<>();
        ModuleResult m = modules.get("industry");
        if (m == null || region == null) {
            return out;
        }
        NumberFormat pct = NumberFormat.getPercentInstance(Locale.ROOT);
        String label = RegionScope.label(region, en);
        MetricTable match = table(m, "industry_patent_match");
        if (match != null) {
            List<String> nodes = new ArrayList<>();
            List<Double> os = new ArrayList<>();
            List<Double> ps = new ArrayList<>();
            for (List<Object> r : match.rows()) {
                if (region.code().equals(cell(match, r, "region_code")) && Long.valueOf(2).equals(cell(match, r, "level"))
                        && cell(match, r, "output_share") instanceof Number o && cell(match, r, "patent_share") instanceof Number p) {
                    nodes.add(String.valueOf(cell(match, r, en ? "node_name_en" : "node_name")));
                    os.add(o.doubleValue());
                    ps.add(p.doubleValue());
                }
            }
            if (!nodes.isEmpty()) {
                double[][] v = {os.stream().mapToDouble(Double::doubleValue).toArray(),
                        ps.stream().mapToDouble(Double::doubleValue).toArray()};
                out.add(new AtlasCharts.Spec("industry_match", label + "产业–专利匹配（产值份额与专利份额）",
                        label + ": share of output vs share of patents by node", "direction", "industry_patent_match",
                        Charts.groupedBars(en ? label + ": share of output vs share of patents" : label + "各环节产值份额与专利份额",
                                nodes, en ? List.of("Share of output", "Share of patents") : List.of("产值份额", "专利份额"), v,
                                en ? "Share within the region" : "区域内份额", pct, null),
                        AtlasCharts.barHeight(nodes.size(), 2)));
            }
        }
        MetricTable mvc = table(m, "market_vs_control");
        if (mvc != null) {
            Map<String, List<List<Object>>> byNode = new java.util.LinkedHashMap<>();
            for (List<Object> r : mvc.rows()) {
                if ("firm".equals(cell(mvc, r, "holder_type")) && cell(mvc, r, "market_share") instanceof Number
                        && cell(mvc, r, "control") instanceof Number) {
                    byNode.computeIfAbsent(String.valueOf(cell(mvc, r, "node")), k -> new ArrayList<>()).add(r);
                }
            }
            List<List<Object>> rows = byNode.values().stream().max(java.util.Comparator.comparingInt(List::size)).orElse(List.of());
            if (rows.size() >= 2) {
                String node = String.valueOf(cell(mvc, rows.get(0), en ? "node_name_en" : "node_name"));
                String nodeZh = String.valueOf(cell(mvc, rows.get(0), "node_name"));
                String nodeEn = String.valueOf(cell(mvc, rows.get(0), "node_name_en"));
                double[][] v = {rows.stream().mapToDouble(r -> ((Number) cell(mvc, r, "market_share")).doubleValue()).toArray(),
                        rows.stream().mapToDouble(r -> ((Number) cell(mvc, r, "control")).doubleValue()).toArray()};
                out.add(new AtlasCharts.Spec("market_vs_control", "专利控制力与市场份额：" + nodeZh,
                        "Patent control vs market share: " + nodeEn, "direction", "market_vs_control",
                        Charts.groupedBars(en ? "Market share vs patent control: " + node : "市场份额与专利控制力：" + node,
                                rows.stream().map(r -> String.valueOf(cell(mvc, r, "holder"))).toList(),
                                en ? List.of("Market share", "Combined control") : List.of("市场份额", "综合控制力"), v,
                                en ? "Share / control (0–100%)" : "份额 / 控制力（0–100%）", pct, null),
                        AtlasCharts.barHeight(rows.size(), 2)));
            }
        }
        return out;
    }

    private static MetricTable table(ModuleResult m, String id) {
        return m.tables().stream().filter(t -> t.id().equals(id)).findFirst().orElse(null);
    }

    private static Object cell(MetricTable t, List<Object> r, String column) {
        int i = t.columns().indexOf(column);
        return i < 0 ? null : r.get(i);
    }
}
