package dev.navi.chart;

import dev.navi.chain.map.ChainMap;
import dev.navi.metrics.MetricContext;
import dev.navi.metrics.MetricTable;
import dev.navi.metrics.ModuleResult;
import dev.navi.metrics.positioning.RegionRanking;
import dev.navi.metrics.positioning.RegionScope;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYBoxAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of the positioning module's national ranking ({@code region_ranking}), drawn only with a region:
 * {@code ranking} — the areas of the region's level ranked by their tagged filings over all nodes, the region's bar
 * in the accent colour and its peers' in a second colour — and {@code ranking_heatmap} — the share of the national
 * total of the leading areas (and the region and its peers) in each node of the first two levels, the region's column
 * framed. For a city region the cities of its province are drawn; for a country region the countries.
 */
final class RankingCharts {
    /** Areas shown beside the region and its peers. */
    static final int TOP = 15;
    static final int HEATMAP_AREAS = 10;
    static final Color REGION = NaviChartTheme.PALETTE.get(3);
    static final Color PEER = NaviChartTheme.PALETTE.get(1);
    static final Color OTHER = NaviChartTheme.PALETTE.get(0);

    private RankingCharts() {
    }

    static List<AtlasCharts.Spec> plan(MetricContext ctx, Map<String, ModuleResult> modules, boolean en) {
        List<AtlasCharts.Spec> out = new ArrayList<>();
        ModuleResult m = modules.get("positioning");
        if (m == null || ctx.region() == null) {
            return out;
        }
        MetricTable t = m.tables().stream().filter(x -> x.id().equals(RegionRanking.TABLE_ID)).findFirst().orElse(null);
        if (t == null || t.rows().isEmpty()) {
            return out;
        }
        // the region's own level (province; city for a city region; country), else the table's last
        String level = String.valueOf(cell(t, t.rows().stream().filter(r -> "yes".equals(cell(t, r, "is_region"))).findFirst()
                .orElse(t.rows().get(t.rows().size() - 1)), "level"));
        List<List<Object>> all = new ArrayList<>();
        for (List<Object> r : t.rows()) {
            if (level.equals(cell(t, r, "level")) && RegionRanking.ALL.equals(cell(t, r, "node")) && cell(t, r, "rank") instanceof Long) {
                all.add(r);
            }
        }
        if (all.isEmpty()) {
            return out;
        }
        String label = RegionScope.label(ctx.region());
        String levelZh = switch (level) {
            case "city" -> "城市";
            case "country" -> "国家";
            default -> "省级地区";
        };
        String levelEn = switch (level) {
            case "city" -> "Cities";
            case "country" -> "Countries";
            default -> "Provinces";
        };
        String refZh = "country".equals(level) ? "全球" : "全国";
        String ref = "country".equals(level) ? (en ? "world" : refZh) : (en ? "national" : refZh);

        // ---- ranked bars ----
        List<List<Object>> shown = new ArrayList<>();
        for (List<Object> r : all) {
            if (shown.size() < TOP || marked(t, r)) {
                shown.add(r);
            }
        }
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<Paint> paints = new ArrayList<>();
        for (List<Object> r : shown) {
            String name = name(t, r, en);
            data.addValue((Long) cell(t, r, "count"), "count", "#" + cell(t, r, "rank") + "  " + name);
            paints.add("yes".equals(cell(t, r, "is_region")) ? REGION : "yes".equals(cell(t, r, "is_peer")) ? PEER : OTHER);
        }
        CategoryAxis categories = new CategoryAxis(null);
        categories.setMaximumCategoryLabelLines(1);
        categories.setMaximumCategoryLabelWidthRatio(0.35f);
        categories.setCategoryMargin(0.2);
        NumberAxis amount = new NumberAxis(en ? "Filings, all nodes (" + ctx.unit() + ")" : "申请量（全部环节）");
        amount.setUpperMargin(0.12);
        amount.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        BarRenderer renderer = new BarRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                return paints.get(column);
            }
        };
        CategoryPlot plot = new CategoryPlot(data, categories, amount, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        plot.setDomainGridlinesVisible(false);
        JFreeChart chart = new JFreeChart(en ? levelEn + " ranked by filings (all nodes)" : "各" + levelZh + "申请量排名（全部环节）",
                JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        NaviChartTheme.INSTANCE.apply(chart);
        renderer.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setMaximumBarWidth(0.06);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", NumberFormat.getIntegerInstance(Locale.ROOT)));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        renderer.setItemLabelAnchorOffset(4);
        renderer.setDefaultItemLabelFont(ChartFonts.plain(NaviChartTheme.SMALL_SIZE));
        LegendItemCollection items = new LegendItemCollection();
        items.add(new LegendItem(en ? "Region" : "目标区域", REGION));
        if (shown.stream().anyMatch(r -> "yes".equals(cell(t, r, "is_peer")))) {
            items.add(new LegendItem(en ? "Peers" : "对标区域", PEER));
        }
        items.add(new LegendItem(en ? "Other areas" : "其他地区", OTHER));
        plot.setFixedLegendItems(items);
        LegendTitle legend = new LegendTitle(plot);
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setItemFont(ChartFonts.plain(NaviChartTheme.SMALL_SIZE));
        chart.addLegend(legend);
        int height = Math.max(AtlasCharts.HEIGHT_PT, Math.min(900, shown.size() * 24 + 140));
        out.add(new AtlasCharts.Spec("ranking", "各" + levelZh + "申请量排名（" + label + "及对标区域突出显示）",
                levelEn + " ranked by filings (" + label + " and its peers highlighted)", "positioning",
                RegionRanking.TABLE_ID, chart, height));

        // ---- node × area heat map of the share of the national total ----
        ChainMap map = ctx.map();
        List<String> nodes = new ArrayList<>();
        List<String> two = map.entries().stream().filter(e -> e.level() == 2).map(e -> e.node().id()).toList();
        List<String> one = map.entries().stream().filter(e -> e.level() == 1).map(e -> e.node().id()).toList();
        nodes.addAll(two.size() >= 3 && two.size() <= 15 ? two : one);
        List<List<Object>> cols = new ArrayList<>();
        for (List<Object> r : all) {
            if (cols.size() < HEATMAP_AREAS || marked(t, r)) {
                cols.add(r);
            }
        }
        if (nodes.isEmpty() || cols.size() < 2) {
            return out;
        }
        List<String> colLabels = new ArrayList<>();
        int regionCol = -1;
        for (int c = 0; c < cols.size(); c++) {
            boolean region = "yes".equals(cell(t, cols.get(c), "is_region"));
            colLabels.add(region ? (en ? "[" + name(t, cols.get(c), en) + "]" : "【" + name(t, cols.get(c), en) + "】")
                    : name(t, cols.get(c), en));
            if (region) {
                regionCol = c;
            }
        }
        double[][] values = new double[nodes.size()][cols.size()];
        for (int i = 0; i < nodes.size(); i++) {
            for (int c = 0; c < cols.size(); c++) {
                List<Object> r = row(t, level, (String) cell(t, cols.get(c), "area_code"), nodes.get(i));
                Object v = r == null ? null : cell(t, r, "share");
                values[i][c] = v instanceof Number n ? Math.round(n.doubleValue() * 1000) / 10.0 : Double.NaN;
            }
        }
        List<String> rowLabels = nodes.stream().map(n -> map.node(n).map(x -> x.name(en ? "en" : "zh")).orElse(n)).toList();
        JFreeChart heat = Charts.heatMap(en ? "Share of the " + ref + " total by node (%)" : "各环节占" + ref + "份额（%）",
                rowLabels, colLabels, values, null, null, false);
        if (regionCol >= 0) {
            XYBoxAnnotation frame = new XYBoxAnnotation(regionCol - 0.5, -0.5, regionCol + 0.5, nodes.size() - 0.5,
                    new BasicStroke(3f), REGION, null);
            heat.getXYPlot().addAnnotation(frame);
        }
        int heatHeight = Math.max(AtlasCharts.HEIGHT_PT, Math.min(900, nodes.size() * 34 + 200));
        out.add(new AtlasCharts.Spec("ranking_heatmap", "各环节占" + refZh + "份额：主要地区与" + label,
                "Share of the " + ("country".equals(level) ? "world" : "national") + " total by node: leading areas and " + label,
                "positioning", RegionRanking.TABLE_ID, heat, heatHeight));
        return out;
    }

    private static boolean marked(MetricTable t, List<Object> r) {
        return "yes".equals(cell(t, r, "is_region")) || "yes".equals(cell(t, r, "is_peer"));
    }

    private static String name(MetricTable t, List<Object> r, boolean en) {
        return String.valueOf(cell(t, r, en ? "area_en" : "area"));
    }

    private static List<Object> row(MetricTable t, String level, String code, String node) {
        for (List<Object> r : t.rows()) {
            if (level.equals(cell(t, r, "level")) && code.equals(cell(t, r, "area_code")) && node.equals(cell(t, r, "node"))) {
                return r;
            }
        }
        return null;
    }

    private static Object cell(MetricTable t, List<Object> r, String column) {
        int i = t.columns().indexOf(column);
        return i < 0 ? null : r.get(i);
    }
}
