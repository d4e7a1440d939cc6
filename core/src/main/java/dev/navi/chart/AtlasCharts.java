package dev.navi.chart;

import dev.navi.chain.map.ChainMap;
import dev.navi.chain.map.ChainNode;
import dev.navi.metrics.MetricContext;
import dev.navi.metrics.MetricTable;
import dev.navi.metrics.ModuleResult;
import org.jfree.chart.JFreeChart;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Draws the atlas's main figures from the metric tables into a folder as PNG (1600×1000 px at scale 2):
 * {@code trend.png} (filings per top-level segment and in total, incomplete years shaded),
 * {@code heatmap_node_year.png} (branch × year), {@code leading_applicants.png} (the largest segment's top 10),
 * {@code life_cycle.png} (phase diagram of all records) and, with a region, {@code quadrant.png} (RTA × regional
 * growth). Names follow the project's language.
 */
public final class AtlasCharts {
    static final int WIDTH = 1600;
    static final int HEIGHT = 1000;
    static final double SCALE = 2;

    private AtlasCharts() {
    }

    /** Writes the figures; returns them in report order. */
    public static List<Figure> write(MetricContext ctx, Map<String, ModuleResult> modules, boolean english, Path dir)
            throws IOException {
        Files.createDirectories(dir);
        ChainMap map = ctx.map();
        Map<String, String> names = new LinkedHashMap<>();
        for (ChainNode n : map.nodes()) {
            names.put(n.id(), n.name(english ? "en" : "zh"));
        }
        List<Figure> out = new ArrayList<>();
        MetricTable trend = table(modules, "direction", "trend_by_year");
        if (trend != null) {
            Map<String, Map<Integer, Number>> series = new LinkedHashMap<>();
            series.put(english ? "All" : "合计", column(trend, "total"));
            for (ChainNode root : map.roots()) {
                series.put(names.get(root.id()), column(trend, root.id()));
            }
            out.add(fig(dir, "trend", "申请趋势", "Filings by year", "direction", "trend_by_year", Charts.trendLines(english ? "Filings by year" : "申请趋势",
                    english ? "Filings (" + ctx.unit() + ")" : "申请量（" + ctx.unit() + "）", series,
                    ctx.lastCompleteYear() + 1, english ? "incomplete" : "数据不完整")));
            List<ChainNode> leaves = map.nodes().stream().filter(ChainNode::isLeaf).toList();
            List<String> years = new ArrayList<>();
            for (List<Object> r : trend.rows()) {
                years.add(String.valueOf(r.get(0)));
            }
            double[][] values = new double[leaves.size()][years.size()];
            for (int i = 0; i < leaves.size(); i++) {
                Map<Integer, Number> c = column(trend, leaves.get(i).id());
                for (int j = 0; j < years.size(); j++) {
                    Number v = c.get(Integer.parseInt(years.get(j)));
                    values[i][j] = v == null ? Double.NaN : v.doubleValue();
                }
            }
            out.add(fig(dir, "heatmap_node_year", "技术分支年度申请热力图", "Filings by branch and year", "direction", "trend_by_year", Charts.heatMap(english ? "Filings by branch and year" : "技术分支年度申请热力图",
                    leaves.stream().map(n -> names.get(n.id())).toList(), years, values)));
        }
        MetricTable leading = table(modules, "direction", "leading_applicants");
        if (leading != null && !map.roots().isEmpty()) {
            String top = largestRoot(ctx, map);
            List<String> labels = new ArrayList<>();
            List<Number> counts = new ArrayList<>();
            int node = leading.columns().indexOf("node");
            int applicant = leading.columns().indexOf("applicant");
            int count = leading.columns().indexOf("count");
            for (List<Object> r : leading.rows()) {
                if (top.equals(r.get(node)) && labels.size() < 10) {
                    labels.add(String.valueOf(r.get(applicant)));
                    counts.add((Number) r.get(count));
                }
            }
            if (!labels.isEmpty()) {
                out.add(fig(dir, "leading_applicants", "主要申请人：" + names.get(top), "Leading applicants: " + names.get(top), "direction", "leading_applicants", Charts.rankedBars((english ? "Leading applicants: " : "主要申请人：")
                        + names.get(top), labels, counts)));
            }
        }
        MetricTable phase = table(modules, "direction", "phase_diagram");
        MetricTable stages = table(modules, "direction", "life_cycle");
        if (phase != null && !map.roots().isEmpty()) {
            String top = largestRoot(ctx, map);
            List<int[]> points = new ArrayList<>();
            int node = phase.columns().indexOf("node");
            for (List<Object> r : phase.rows()) {
                if (top.equals(r.get(node)) && "yes".equals(r.get(phase.columns().indexOf("complete")))) {
                    points.add(new int[] {((Number) r.get(phase.columns().indexOf("year"))).intValue(),
                            ((Number) r.get(phase.columns().indexOf("filings"))).intValue(),
                            ((Number) r.get(phase.columns().indexOf("applicants"))).intValue()});
                }
            }
            String stage = "";
            if (stages != null) {
                for (List<Object> r : stages.rows()) {
                    if (top.equals(r.get(stages.columns().indexOf("node")))) {
                        stage = String.valueOf(r.get(stages.columns().indexOf(english ? "stage" : "stage_zh")));
                    }
                }
            }
            if (!points.isEmpty()) {
                out.add(fig(dir, "life_cycle", "技术生命周期：" + names.get(top), "Technology life cycle: " + names.get(top), "direction", "phase_diagram", Charts.phaseDiagram((english ? "Technology life cycle: " : "技术生命周期：")
                        + names.get(top), points, stage)));
            }
        }
        MetricTable region = table(modules, "positioning", "region_by_node");
        if (region != null && !region.rows().isEmpty()) {
            List<String> labels = new ArrayList<>();
            List<double[]> xy = new ArrayList<>();
            int node = region.columns().indexOf("node");
            int rta = region.columns().indexOf("rta");
            int growth = region.columns().indexOf("region_cagr");
            int count = region.columns().indexOf("region_count");
            for (List<Object> r : region.rows()) {
                String id = String.valueOf(r.get(node));
                if (map.node(id).map(ChainNode::isLeaf).orElse(false) && r.get(rta) instanceof Number x
                        && r.get(growth) instanceof Number y) {
                    labels.add(names.get(id));
                    xy.add(new double[] {x.doubleValue(), y.doubleValue(), ((Number) r.get(count)).doubleValue()});
                }
            }
            if (!labels.isEmpty()) {
                double[] x = xy.stream().mapToDouble(v -> v[0]).toArray();
                double[] y = xy.stream().mapToDouble(v -> v[1]).toArray();
                double[] size = xy.stream().mapToDouble(v -> Math.max(1, v[2])).toArray();
                out.add(fig(dir, "quadrant", "区域定位：" + ctx.region().label(), "Regional position: " + ctx.region().label(), "positioning", "region_by_node", Charts.quadrant((english ? "Regional position: " : "区域定位：")
                        + ctx.region().label(), labels, x, y, 1.0, allGrowth(modules), size)));
            }
        }
        return out;
    }

    private static double allGrowth(Map<String, ModuleResult> modules) {
        MetricTable g = table(modules, "direction", "growth_by_node");
        if (g != null) {
            int node = g.columns().indexOf("node");
            int cagr = g.columns().indexOf("cagr");
            for (List<Object> r : g.rows()) {
                if ("(all)".equals(r.get(node)) && r.get(cagr) instanceof Number n) {
                    return n.doubleValue();
                }
            }
        }
        return 0;
    }

    private static String largestRoot(MetricContext ctx, ChainMap map) {
        String best = map.roots().get(0).id();
        long bestCount = -1;
        for (ChainNode root : map.roots()) {
            long c = ctx.records().stream().filter(r -> r.nodes().contains(root.id())).count();
            if (c > bestCount) {
                best = root.id();
                bestCount = c;
            }
        }
        return best;
    }

    private static MetricTable table(Map<String, ModuleResult> modules, String module, String id) {
        ModuleResult m = modules.get(module);
        return m == null ? null : m.tables().stream().filter(t -> t.id().equals(id)).findFirst().orElse(null);
    }

    private static Map<Integer, Number> column(MetricTable t, String name) {
        int c = t.columns().indexOf(name);
        Map<Integer, Number> out = new LinkedHashMap<>();
        if (c < 0) {
            return out;
        }
        for (List<Object> r : t.rows()) {
            out.put(((Number) r.get(0)).intValue(), (Number) r.get(c));
        }
        return out;
    }

    private static Figure fig(Path dir, String id, String titleZh, String titleEn, String section, String table,
                              JFreeChart chart) throws IOException {
        Path file = dir.resolve(id + ".png");
        try (OutputStream os = Files.newOutputStream(file)) {
            ChartWriter.png(chart, os, WIDTH, HEIGHT, SCALE);
        }
        return new Figure(id, file, null, titleZh, titleEn, section, table);
    }
}
