package dev.navi.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StackedXYAreaRenderer2;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.TableXYDataset;
import org.jfree.data.xy.XYZDataset;
import org.junit.jupiter.api.Test;

/** The chart types added for the full atlas: their data, axes, labels and layout, not only that they draw. */
class ChartTypesTest {

    static {
        System.setProperty("java.awt.headless", "true");
    }

    // ---------------------------------------------------------------- stacked area

    static JFreeChart stackedZh() {
        Map<String, Map<Integer, Number>> series = new LinkedHashMap<>();
        series.put("上游", Map.of(2018, 10, 2019, 12, 2020, 15, 2021, 20, 2022, 8));
        series.put("中游", Map.of(2018, 5, 2020, 9, 2021, 11, 2022, 4)); // 2019 missing: counts as 0
        series.put("下游关键材料与回收利用及梯次利用综合解决方案", Map.of(2019, 2, 2020, 3, 2021, 3));
        return Charts.stackedArea("各环节申请量构成", "申请量", series, 2022, "数据不完整");
    }

    @Test
    void stacked_area_keeps_series_order_zero_fills_missing_years_and_veils_the_incomplete_ones() {
        // when
        JFreeChart chart = stackedZh();
        XYPlot plot = chart.getXYPlot();
        TableXYDataset data = (TableXYDataset) plot.getDataset();

        // then
        assertThat(plot.getRenderer()).isInstanceOf(StackedXYAreaRenderer2.class);
        assertThat(data.getSeriesCount()).isEqualTo(3);
        assertThat(data.getSeriesKey(0).toString()).isEqualTo("上游");
        assertThat(data.getSeriesKey(2).toString()).isEqualTo("下游关键材料与回收利用及梯次利用综…");
        assertThat(data.getItemCount()).isEqualTo(5); // 2018–2022 for every series
        assertThat(data.getXValue(1, 1)).isEqualTo(2019);
        assertThat(data.getYValue(1, 1)).isZero();
        assertThat(data.getYValue(2, 0)).isZero();
        assertThat(plot.getDomainAxis().getRange().getLowerBound()).isEqualTo(2018);
        assertThat(plot.getDomainAxis().getRange().getUpperBound()).isEqualTo(2022);
        List<Double> lines = markers(plot.getDomainMarkers(Layer.FOREGROUND)).stream()
                .filter(m -> m instanceof ValueMarker).map(m -> ((ValueMarker) m).getValue()).toList();
        assertThat(lines).containsExactly(2021.5);
        assertThat(annotations(plot)).anyMatch(a -> a instanceof BandLabel);
        assertThat(chart.getLegend()).isNotNull();
    }

    @Test
    void stacked_area_without_incomplete_years_has_no_veil() {
        Map<String, Map<Integer, Number>> series = new LinkedHashMap<>();
        series.put("A", Map.of(2018, 1, 2019, 2));
        JFreeChart chart = Charts.stackedArea("t", "n", series, 2020, "incomplete");
        assertThat(chart.getXYPlot().getDomainMarkers(Layer.FOREGROUND)).isNull();
        assertThat(annotations(chart.getXYPlot())).noneMatch(a -> a instanceof BandLabel);
    }

    // ---------------------------------------------------------------- grouped bars

    static JFreeChart groupedZh() {
        return Charts.groupedBars("专利控制力", List.of("宁德时代新能源科技股份有限公司", "比亚迪股份有限公司",
                        "Contemporary Amperex Technology Co., Limited (Hong Kong)"),
                List.of("综合控制力", "技术控制力", "产品控制力"),
                new double[][] {{0.25, 0.24, 0.20}, {0.07, 0.05, 0.01}, {0.06, Double.NaN, 0.01}},
                "控制力", NumberFormat.getPercentInstance(Locale.ROOT), 0.2);
    }

    @Test
    void grouped_bars_keep_category_and_series_order_shorten_labels_and_leave_nan_out() {
        // when
        JFreeChart chart = groupedZh();
        CategoryPlot plot = chart.getCategoryPlot();
        var data = plot.getDataset();

        // then
        assertThat(plot.getOrientation()).isEqualTo(PlotOrientation.HORIZONTAL);
        assertThat(data.getRowKeys()).map(Object::toString).containsExactly("综合控制力", "技术控制力", "产品控制力");
        assertThat(data.getColumnKeys()).map(Object::toString).containsExactly("宁德时代新能源科技股份有限公司",
                "比亚迪股份有限公司", "Contemporary Amperex Technolo…");
        assertThat(data.getValue(0, 0).doubleValue()).isEqualTo(0.25);
        assertThat(data.getValue(2, 1)).isNull();
        // a percent axis: its tick units print percentages with the decimals their step needs
        assertThat(((NumberAxis) plot.getRangeAxis()).getStandardTickUnits().getCeilingTickUnit(0.25).valueToString(0.25))
                .isEqualTo("25%");
        assertThat(markers(plot.getRangeMarkers(Layer.FOREGROUND))).singleElement()
                .satisfies(m -> assertThat(((ValueMarker) m).getValue()).isEqualTo(0.2));
        assertThat(chart.getLegend()).isNotNull();
    }

    // ---------------------------------------------------------------- heat maps

    @Test
    void log_coloured_heat_map_stores_log_counts_and_labels_the_legend_in_counts() {
        // when
        JFreeChart chart = Charts.heatMap("来源国—目标市场", List.of("中国", "韩国"), List.of("中国", "美国", "欧专局 EP"),
                new double[][] {{967, 20, 0}, {41, 22, 28}}, "技术来源国", "目标市场", true);
        XYPlot plot = chart.getXYPlot();
        XYZDataset data = (XYZDataset) plot.getDataset();

        // then: the first row is drawn at the top (y = 1), its first cell coloured by log10(1 + 967)
        assertThat(data.getYValue(0, 0)).isEqualTo(1);
        assertThat(data.getZValue(0, 0)).isCloseTo(Math.log10(968), within(1e-9));
        assertThat(data.getZValue(0, 2)).isZero();
        assertThat(plot.getDomainAxis().getLabel()).isEqualTo("目标市场");
        assertThat(plot.getRangeAxis().getLabel()).isEqualTo("技术来源国");
        var legend = chart.getSubtitles().stream().filter(t -> t instanceof org.jfree.chart.title.PaintScaleLegend)
                .map(t -> (org.jfree.chart.title.PaintScaleLegend) t).findFirst().orElseThrow();
        assertThat(legend.getAxis()).isInstanceOf(Charts.CountScaleAxis.class);
        assertThat(((Charts.CountScaleAxis) legend.getAxis()).tickCounts())
                .containsExactly(0L, 1L, 2L, 5L, 10L, 20L, 50L, 100L, 200L, 500L);
        // every cell prints its count, not its log
        assertThat(annotations(plot)).filteredOn(a -> a instanceof org.jfree.chart.annotations.XYTextAnnotation)
                .map(a -> ((org.jfree.chart.annotations.XYTextAnnotation) a).getText()).contains("967", "0", "28");
    }

    @Test
    void column_labels_turn_vertical_only_when_they_do_not_fit_side_by_side() {
        String[] years = new String[20];
        for (int i = 0; i < 20; i++) {
            years[i] = String.valueOf(2005 + i);
        }
        assertThat(Charts.verticalColumnLabels(years)).isTrue();
        assertThat(Charts.verticalColumnLabels(new String[] {"CN", "US", "JP", "KR", "DE", "FR", "GB", "WO"})).isFalse();
        assertThat(Charts.verticalColumnLabels(new String[] {"正极材料", "负极材料", "电解液", "隔膜"})).isFalse();
        JFreeChart chart = Charts.heatMap("t", List.of("a"), List.of(years), new double[][] {new double[20]});
        assertThat(((SymbolAxis) chart.getXYPlot().getDomainAxis()).isVerticalTickLabels()).isTrue();
    }

    // ---------------------------------------------------------------- chain tree

    @Test
    void chain_tree_is_a_titled_chart_around_the_tree_plot() {
        Charts.TreeNode root = new Charts.TreeNode("动力电池", 1087, false, List.of(
                new Charts.TreeNode("上游", 596, false, List.of(new Charts.TreeNode("正极材料", 319, true, List.of()))),
                new Charts.TreeNode("中游", 725, false, List.of())));
        JFreeChart chart = Charts.chainTree("产业链结构", root, "关键产品");
        assertThat(chart.getPlot()).isInstanceOf(ChainTreePlot.class);
        assertThat(chart.getPlot().getPlotType()).isEqualTo("ChainTree");
        assertThat(chart.getTitle().getText()).isEqualTo("产业链结构");
        assertThat(chart.getLegend()).isNull();
        BufferedImage image = ChartWriter.render(chart, 800, 500, 1);
        assertThat(image.getRGB(400, 250)).isNotNull();
    }

    // ---------------------------------------------------------------- label collisions

    /** Bubbles close together: the labels of a plain centred layout would overlap. */
    static JFreeChart crowdedQuadrant() {
        List<String> labels = List.of("电池包/模组", "热管理", "充换电", "电芯结构设计", "固态电池", "三元材料",
                "Communication and data links", "Remote sensing and measurement", "磷酸铁锂");
        double[] x = {1.13, 1.15, 1.135, 1.14, 1.12, 0.86, 1.13, 1.055, 1.35};
        double[] y = {0.14, 0.19, 0.32, 0.16, 0.18, 0.31, 0.15, 0.17, 0.10};
        double[] size = {300, 170, 175, 170, 169, 169, 1000, 420, 217};
        return Charts.quadrant("区域定位", labels, x, y, 1.0, 0.11, size);
    }

    @Test
    void quadrant_labels_do_not_overlap_each_other_or_the_corner_names_and_stay_in_the_plot() {
        // given
        JFreeChart chart = crowdedQuadrant();
        XYPlot plot = chart.getXYPlot();
        PointLabels labels = annotations(plot).stream().filter(a -> a instanceof PointLabels)
                .map(a -> (PointLabels) a).findFirst().orElseThrow();
        // the biggest bubble's label is placed first
        assertThat(labels.labels()).hasSize(9);
        assertThat(labels.labels().get(0).text()).isEqualTo("Communication and data links");

        // when: lay the chart out at its atlas size and ask the labels where they went
        PointLabels.Layout layout = layoutOf(chart, labels);

        // then
        Rectangle2D dataArea = dataArea(chart);
        List<Rectangle2D> boxes = new ArrayList<>(layout.corners());
        for (LabelPlacer.Placement p : layout.labels()) {
            assertThat(p.box()).as("quadrant labels are never dropped").isNotNull();
            assertThat(dataArea.contains(p.box())).as("inside the plot: " + p.box()).isTrue();
            for (Rectangle2D other : boxes) {
                assertThat(p.box().intersects(other)).as(p.box() + " overlaps " + other).isFalse();
            }
            boxes.add(p.box());
        }
    }

    @Test
    void phase_diagram_keeps_first_and_last_year_and_drops_crowded_years_without_overlap() {
        // given: exponential growth crowds the early years into a corner
        List<int[]> points = new ArrayList<>();
        for (int y = 1995; y <= 2015; y++) {
            int f = (int) Math.round(2 * Math.pow(1.28, y - 1995));
            points.add(new int[] {y, f, (int) Math.round(f * 0.8) + 1});
        }
        JFreeChart chart = Charts.phaseDiagram("技术生命周期", points, "阶段：成长期");
        PointLabels labels = annotations(chart.getXYPlot()).stream().filter(a -> a instanceof PointLabels)
                .map(a -> (PointLabels) a).findFirst().orElseThrow();

        // when
        PointLabels.Layout layout = layoutOf(chart, labels);

        // then
        assertThat(labels.labels()).extracting(PointLabels.Label::text).startsWith("1995").endsWith("2015");
        assertThat(layout.labels().get(0).box()).isNotNull();
        assertThat(layout.labels().get(points.size() - 1).box()).isNotNull();
        assertThat(layout.labels()).filteredOn(p -> p.box() == null).as("some crowded years are left out").isNotEmpty();
        List<Rectangle2D> boxes = new ArrayList<>(layout.corners());
        for (LabelPlacer.Placement p : layout.labels()) {
            if (p.box() != null) {
                assertThat(boxes).noneMatch(b -> b.intersects(p.box()));
                boxes.add(p.box());
            }
        }
    }

    // ---------------------------------------------------------------- helpers

    private static final int W = 800;
    private static final int H = 500;

    private static Rectangle2D dataArea(JFreeChart chart) {
        BufferedImage image = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.draw(g2, new Rectangle2D.Double(0, 0, W, H), info);
        g2.dispose();
        return info.getPlotInfo().getDataArea();
    }

    private static PointLabels.Layout layoutOf(JFreeChart chart, PointLabels labels) {
        Rectangle2D dataArea = dataArea(chart);
        BufferedImage image = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        XYPlot plot = chart.getXYPlot();
        PointLabels.Layout layout = labels.layout(g2, plot, dataArea, plot.getDomainAxis(), plot.getRangeAxis());
        g2.dispose();
        return layout;
    }

    @SuppressWarnings("unchecked")
    private static List<XYAnnotation> annotations(XYPlot plot) {
        return (List<XYAnnotation>) plot.getAnnotations();
    }

    @SuppressWarnings("unchecked")
    private static List<Marker> markers(java.util.Collection<?> c) {
        return c == null ? List.of() : new ArrayList<>((java.util.Collection<Marker>) c);
    }
}
