package dev.navi.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.annotations.XYTitleAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.chart.util.UnitType;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Factories for navi's chart types. Each takes plain JDK data, returns a new {@link JFreeChart} styled by
 * {@link NaviChartTheme}, and never changes its arguments. Arguments must not be null unless a parameter says so;
 * labels may be Chinese or English. Render with {@link ChartWriter}.
 */
public final class Charts {

    private static final NaviChartTheme THEME = NaviChartTheme.INSTANCE;
    private static final Stroke REFERENCE_STROKE = new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
            10f, new float[] {6f, 4f}, 0f);

    private Charts() {
    }

    // ---------------------------------------------------------------- trend lines

    /** {@link #trendLines(String, String, Map, Integer, String)} without an incomplete period. */
    public static JFreeChart trendLines(String title, String yAxis, Map<String, Map<Integer, Number>> series) {
        return trendLines(title, yAxis, series, null, null);
    }

    /**
     * Yearly counts as lines, one per entry of {@code series} in the map's iteration order (use a
     * {@link LinkedHashMap} to fix the legend order). Years are integer ticks without grouping separators; null
     * values are skipped.
     *
     * @param incompleteFrom  first year whose data are incomplete (publication lag), or null: those years are shaded
     *                        and the line segments into them are dashed
     * @param incompleteLabel text on the shaded band (e.g. "数据不完整"), or null for none
     */
    public static JFreeChart trendLines(String title, String yAxis, Map<String, Map<Integer, Number>> series,
                                        Integer incompleteFrom, String incompleteLabel) {
        XYSeriesCollection data = new XYSeriesCollection();
        int minYear = Integer.MAX_VALUE;
        int maxYear = Integer.MIN_VALUE;
        for (Map.Entry<String, Map<Integer, Number>> e : series.entrySet()) {
            XYSeries s = new XYSeries(e.getKey(), true, false);
            for (Map.Entry<Integer, Number> p : new TreeMap<>(e.getValue()).entrySet()) {
                if (p.getValue() != null) {
                    s.add(p.getKey(), p.getValue());
                    minYear = Math.min(minYear, p.getKey());
                    maxYear = Math.max(maxYear, p.getKey());
                }
            }
            data.addSeries(s);
        }
        NumberAxis x = yearAxis(null);
        NumberAxis y = new NumberAxis(yAxis);
        y.setAutoRangeIncludesZero(true);
        y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        if (minYear <= maxYear) {
            x.setRange(minYear - 0.5, maxYear + 0.5);
        }
        Integer dashedFrom = incompleteFrom;
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true) {
            private static final long serialVersionUID = 1L;

            @Override
            public Stroke getItemStroke(int row, int column) {
                Stroke base = super.getItemStroke(row, column);
                if (dashedFrom != null && data.getXValue(row, column) >= dashedFrom
                        && base instanceof BasicStroke b) {
                    return new BasicStroke(b.getLineWidth(), b.getEndCap(), b.getLineJoin(), 10f,
                            new float[] {5f, 4f}, 0f);
                }
                return base;
            }
        };
        renderer.setDrawSeriesLineAsPath(false); // per-segment strokes, so the incomplete years can be dashed
        XYPlot plot = new XYPlot(data, x, y, renderer);
        JFreeChart chart = finish(new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, series.size() > 1));
        for (int i = 0; i < series.size(); i++) {
            renderer.setSeriesShape(i, new Ellipse2D.Double(-3, -3, 6, 6));
        }
        if (incompleteFrom != null && maxYear >= incompleteFrom) {
            IntervalMarker band = new IntervalMarker(incompleteFrom - 0.5, maxYear + 0.5);
            band.setPaint(new Color(0xF0F0F0));
            band.setOutlinePaint(null);
            if (incompleteLabel != null && !incompleteLabel.isBlank()) {
                band.setLabel(incompleteLabel);
                band.setLabelFont(ChartFonts.plain(NaviChartTheme.SMALL_SIZE));
                band.setLabelPaint(NaviChartTheme.REFERENCE);
                band.setLabelBackgroundColor(new Color(0, 0, 0, 0));
                band.setLabelAnchor(RectangleAnchor.TOP);
                band.setLabelTextAnchor(TextAnchor.TOP_CENTER);
                band.setLabelOffset(new RectangleInsets(UnitType.ABSOLUTE, 4, 0, 0, 0));
            }
            plot.addDomainMarker(band, Layer.BACKGROUND);
        }
        return chart;
    }

    // ---------------------------------------------------------------- ranked bars

    /**
     * Horizontal bars, longest at the top (ties keep their given order). Labels longer than 18 Chinese / 30 Latin
     * characters are shortened with an ellipsis; equal labels stay separate bars. Each bar shows its value.
     */
    public static JFreeChart rankedBars(String title, List<String> labels, List<Number> values) {
        if (labels.size() != values.size()) {
            throw new IllegalArgumentException(labels.size() + " labels for " + values.size() + " values");
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -value(values.get(i))));
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int rank = 0; rank < order.size(); rank++) {
            int i = order.get(rank);
            data.addValue(values.get(i), "value", new Label(rank, Labels.shorten(labels.get(i))));
        }
        CategoryAxis categories = new CategoryAxis(null);
        categories.setMaximumCategoryLabelLines(1);
        categories.setMaximumCategoryLabelWidthRatio(0.45f);
        categories.setCategoryMargin(0.25);
        categories.setLowerMargin(0.02);
        categories.setUpperMargin(0.02);
        NumberAxis amount = new NumberAxis(null);
        amount.setUpperMargin(0.12); // room for the value labels
        amount.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        BarRenderer renderer = new BarRenderer();
        CategoryPlot plot = new CategoryPlot(data, categories, amount, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        plot.setDomainGridlinesVisible(false);
        JFreeChart chart = finish(new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false));
        renderer.setSeriesPaint(0, NaviChartTheme.color(0));
        renderer.setMaximumBarWidth(0.08);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}",
                NumberFormat.getNumberInstance(java.util.Locale.ROOT)));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3,
                TextAnchor.CENTER_LEFT));
        renderer.setItemLabelAnchorOffset(4);
        renderer.setDefaultItemLabelFont(ChartFonts.plain(NaviChartTheme.SMALL_SIZE));
        return chart;
    }

    /** A category key that keeps equal (shortened) labels apart; drawn as its text. */
    private record Label(int rank, String text) implements Comparable<Label> {
        @Override
        public int compareTo(Label o) {
            return Integer.compare(rank, o.rank);
        }

        @Override
        public String toString() {
            return text;
        }
    }

    // ---------------------------------------------------------------- heat map

    /**
     * A grid of coloured cells: {@code values[r][c]} is row {@code rowLabels[r]} (top to bottom) and column
     * {@code colLabels[c]}. A sequential blue scale from white (minimum) to dark blue (maximum) with a legend on the
     * right; NaN cells are left light grey. Grids of up to 400 cells also print each value in its cell.
     */
    public static JFreeChart heatMap(String title, List<String> rowLabels, List<String> colLabels, double[][] values) {
        int rows = rowLabels.size();
        int cols = colLabels.size();
        if (values.length != rows) {
            throw new IllegalArgumentException(values.length + " value rows for " + rows + " row labels");
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double[] xs = new double[rows * cols];
        double[] ys = new double[rows * cols];
        double[] zs = new double[rows * cols];
        for (int r = 0; r < rows; r++) {
            if (values[r].length != cols) {
                throw new IllegalArgumentException("row " + r + " has " + values[r].length + " values for " + cols + " columns");
            }
            for (int c = 0; c < cols; c++) {
                int k = r * cols + c;
                xs[k] = c;
                ys[k] = rows - 1 - r; // first row at the top
                zs[k] = values[r][c];
                if (!Double.isNaN(values[r][c])) {
                    min = Math.min(min, values[r][c]);
                    max = Math.max(max, values[r][c]);
                }
            }
        }
        if (min > max) {
            min = 0;
            max = 1;
        } else if (min == max) {
            max = min + 1;
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries("values", new double[][] {xs, ys, zs});

        String[] colNames = colLabels.stream().map(Labels::shorten).toArray(String[]::new);
        List<String> reversedRows = new ArrayList<>(rowLabels.stream().map(Labels::shorten).toList());
        java.util.Collections.reverse(reversedRows);
        SymbolAxis x = new SymbolAxis(null, colNames);
        x.setGridBandsVisible(false);
        x.setVerticalTickLabels(cols > 8);
        SymbolAxis y = new SymbolAxis(null, reversedRows.toArray(String[]::new));
        y.setGridBandsVisible(false);

        LookupPaintScale scale = new LookupPaintScale(min, max, new Color(0xEEEEEE));
        Color low = Color.WHITE;
        Color high = new Color(0x08306B);
        int steps = 64;
        for (int i = 0; i < steps; i++) {
            double t = i / (double) (steps - 1);
            scale.add(min + (max - min) * i / steps, blend(low, high, 0.04 + 0.96 * t));
        }
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setPaintScale(scale);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        x.setRange(-0.5, cols - 0.5);
        y.setRange(-0.5, rows - 0.5);
        JFreeChart chart = finish(new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false));

        NumberAxis scaleAxis = new NumberAxis(null);
        scaleAxis.setRange(min, max);
        scaleAxis.setTickLabelFont(ChartFonts.plain(NaviChartTheme.SMALL_SIZE));
        scaleAxis.setTickLabelPaint(NaviChartTheme.TEXT);
        PaintScaleLegend legend = new PaintScaleLegend(scale, scaleAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        legend.setStripWidth(12);
        legend.setSubdivisionCount(64);
        legend.setMargin(new RectangleInsets(30, 10, 30, 0));
        legend.setBackgroundPaint(Color.WHITE);
        chart.addSubtitle(legend);

        if (rows * cols <= 400) {
            Font font = ChartFonts.plain(rows * cols <= 100 ? NaviChartTheme.SMALL_SIZE : 8f);
            DecimalFormat fmt = new DecimalFormat("#,##0.##", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT));
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    double v = values[r][c];
                    if (Double.isNaN(v)) {
                        continue;
                    }
                    XYTextAnnotation a = new XYTextAnnotation(fmt.format(v), c, rows - 1 - r);
                    a.setFont(font);
                    a.setPaint((v - min) / (max - min) > 0.55 ? Color.WHITE : NaviChartTheme.TEXT);
                    a.setTextAnchor(TextAnchor.CENTER);
                    plot.addAnnotation(a);
                }
            }
        }
        return chart;
    }

    private static Color blend(Color a, Color b, double t) {
        return new Color(
                (int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * t),
                (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * t),
                (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * t));
    }

    // ---------------------------------------------------------------- phase diagram

    /**
     * Technology life-cycle diagram: each element of {@code yearFilingsApplicants} is {@code {year, filings,
     * applicants}}; points are joined in year order and labelled with their year; {@code stageLabel} (may be null)
     * is shown in the upper left corner, e.g. "阶段：成长期".
     */
    public static JFreeChart phaseDiagram(String title, List<int[]> yearFilingsApplicants, String stageLabel) {
        return phaseDiagram(title, yearFilingsApplicants, stageLabel, "申请量 Filings", "申请人数 Applicants");
    }

    /** As {@link #phaseDiagram(String, List, String)} with explicit axis labels. */
    public static JFreeChart phaseDiagram(String title, List<int[]> yearFilingsApplicants, String stageLabel,
                                          String xLabel, String yLabel) {
        List<int[]> points = new ArrayList<>(yearFilingsApplicants);
        for (int[] p : points) {
            if (p.length != 3) {
                throw new IllegalArgumentException("each point is {year, filings, applicants}; got " + p.length + " values");
            }
        }
        points.sort(Comparator.comparingInt(p -> p[0]));
        XYSeries s = new XYSeries("phase", false, true);
        for (int[] p : points) {
            s.add(p[1], p[2]);
        }
        XYSeriesCollection data = new XYSeriesCollection(s);
        NumberAxis x = new NumberAxis(xLabel);
        NumberAxis y = new NumberAxis(yLabel);
        for (NumberAxis a : List.of(x, y)) {
            a.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
            a.setAutoRangeIncludesZero(false);
            a.setLowerMargin(0.08);
            a.setUpperMargin(0.08);
        }
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        JFreeChart chart = finish(new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false));
        renderer.setSeriesPaint(0, NaviChartTheme.color(0));
        renderer.setSeriesShape(0, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
        renderer.setSeriesStroke(0, new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Font yearFont = ChartFonts.plain(NaviChartTheme.SMALL_SIZE);
        for (int i = 0; i < points.size(); i++) {
            int[] p = points.get(i);
            XYTextAnnotation a = new XYTextAnnotation(" " + p[0], p[1], p[2]);
            a.setFont(yearFont);
            a.setPaint(NaviChartTheme.TEXT);
            a.setTextAnchor(i % 2 == 0 ? TextAnchor.BOTTOM_LEFT : TextAnchor.TOP_LEFT);
            plot.addAnnotation(a);
        }
        if (stageLabel != null && !stageLabel.isBlank()) {
            plot.addAnnotation(cornerLabel(stageLabel, 0.02, 0.98, RectangleAnchor.TOP_LEFT,
                    ChartFonts.bold(NaviChartTheme.LABEL_SIZE), NaviChartTheme.color(3)));
        }
        return chart;
    }

    // ---------------------------------------------------------------- quadrant

    /** Names of the four quadrants of {@link #quadrant}. */
    public record QuadrantNames(String highXHighY, String lowXHighY, String lowXLowY, String highXLowY) {
        /**
         * The positioning quadrants of {@link dev.navi.metrics.stats.Rta#place}: high RTA is an advantage whatever the
         * growth (优势, and 优势·增长放缓 below the growth threshold), low RTA with high growth is 潜力, low RTA with low
         * growth is 薄弱; 空白 (no filings in the region) sits at RTA 0 inside the 薄弱 corner.
         */
        public static final QuadrantNames DEFAULT = new QuadrantNames("优势", "潜力", "薄弱 / 空白", "优势·增长放缓");

        public QuadrantNames {
            Objects.requireNonNull(highXHighY);
            Objects.requireNonNull(lowXHighY);
            Objects.requireNonNull(lowXLowY);
            Objects.requireNonNull(highXLowY);
        }
    }

    /** {@link #quadrant(String, List, double[], double[], double, double, double[], QuadrantNames, String, String)}
     * with the default quadrant names and axis labels "RTA" / "增长率 Growth". */
    public static JFreeChart quadrant(String title, List<String> labels, double[] x, double[] y,
                                      double xThreshold, double yThreshold, double[] bubbleSizes) {
        return quadrant(title, labels, x, y, xThreshold, yThreshold, bubbleSizes, QuadrantNames.DEFAULT,
                "RTA", "增长率 Growth");
    }

    /**
     * Bubble scatter divided by dashed threshold lines into four named quadrants. Bubble areas are proportional to
     * {@code bubbleSizes} (null: all equal); bubbles are coloured by quadrant and labelled (shortened labels).
     */
    public static JFreeChart quadrant(String title, List<String> labels, double[] x, double[] y,
                                      double xThreshold, double yThreshold, double[] bubbleSizes,
                                      QuadrantNames names, String xLabel, String yLabel) {
        int n = labels.size();
        if (x.length != n || y.length != n || (bubbleSizes != null && bubbleSizes.length != n)) {
            throw new IllegalArgumentException("labels, x, y and bubbleSizes must have the same length");
        }
        XYSeries s = new XYSeries("items", false, true);
        double minX = xThreshold;
        double maxX = xThreshold;
        double minY = yThreshold;
        double maxY = yThreshold;
        double maxSize = 0;
        for (int i = 0; i < n; i++) {
            s.add(x[i], y[i]);
            minX = Math.min(minX, x[i]);
            maxX = Math.max(maxX, x[i]);
            minY = Math.min(minY, y[i]);
            maxY = Math.max(maxY, y[i]);
            if (bubbleSizes != null) {
                maxSize = Math.max(maxSize, bubbleSizes[i]);
            }
        }
        double padX = Math.max((maxX - minX) * 0.12, 1e-6);
        double padY = Math.max((maxY - minY) * 0.12, 1e-6);
        List<String> shortLabels = labels.stream().map(Labels::shorten).toList();
        double biggest = maxSize;
        Color[] quadrantColors = {NaviChartTheme.color(2), NaviChartTheme.color(0), NaviChartTheme.color(8),
                NaviChartTheme.color(3)};
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true) {
            private static final long serialVersionUID = 1L;

            @Override
            public Shape getItemShape(int row, int column) {
                double r = 5;
                if (bubbleSizes != null && biggest > 0) {
                    r = 4 + 18 * Math.sqrt(Math.max(0, bubbleSizes[column]) / biggest);
                }
                return new Ellipse2D.Double(-r, -r, 2 * r, 2 * r);
            }

            @Override
            public Paint getItemPaint(int row, int column) {
                return translucent(quadrantColors[quadrantOf(x[column], y[column], xThreshold, yThreshold)]);
            }

            @Override
            public Paint getItemOutlinePaint(int row, int column) {
                return quadrantColors[quadrantOf(x[column], y[column], xThreshold, yThreshold)];
            }
        };
        renderer.setUseOutlinePaint(true);
        renderer.setDrawOutlines(true);
        XYSeriesCollection data = new XYSeriesCollection(s);
        NumberAxis xa = new NumberAxis(xLabel);
        NumberAxis ya = new NumberAxis(yLabel);
        xa.setRange(minX - padX, maxX + padX);
        ya.setRange(minY - padY, maxY + padY);
        XYPlot plot = new XYPlot(data, xa, ya, renderer);
        JFreeChart chart = finish(new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false));

        ValueMarker vx = new ValueMarker(xThreshold, NaviChartTheme.REFERENCE, REFERENCE_STROKE);
        ValueMarker vy = new ValueMarker(yThreshold, NaviChartTheme.REFERENCE, REFERENCE_STROKE);
        plot.addDomainMarker(vx, Layer.BACKGROUND);
        plot.addRangeMarker(vy, Layer.BACKGROUND);

        Font labelFont = ChartFonts.plain(NaviChartTheme.SMALL_SIZE);
        for (int i = 0; i < n; i++) {
            XYTextAnnotation a = new XYTextAnnotation(shortLabels.get(i), x[i], y[i]);
            a.setFont(labelFont);
            a.setPaint(NaviChartTheme.TEXT);
            a.setTextAnchor(TextAnchor.CENTER);
            plot.addAnnotation(a);
        }
        Font nameFont = ChartFonts.bold(NaviChartTheme.SUBTITLE_SIZE);
        plot.addAnnotation(cornerLabel(names.highXHighY(), 0.98, 0.98, RectangleAnchor.TOP_RIGHT, nameFont, quadrantColors[0]));
        plot.addAnnotation(cornerLabel(names.lowXHighY(), 0.02, 0.98, RectangleAnchor.TOP_LEFT, nameFont, quadrantColors[1]));
        plot.addAnnotation(cornerLabel(names.lowXLowY(), 0.02, 0.02, RectangleAnchor.BOTTOM_LEFT, nameFont, quadrantColors[2]));
        plot.addAnnotation(cornerLabel(names.highXLowY(), 0.98, 0.02, RectangleAnchor.BOTTOM_RIGHT, nameFont, quadrantColors[3]));
        return chart;
    }

    /** 0 = high x high y, 1 = low x high y, 2 = low x low y, 3 = high x low y; a value on a threshold counts as high. */
    static int quadrantOf(double x, double y, double xThreshold, double yThreshold) {
        boolean hx = x >= xThreshold;
        boolean hy = y >= yThreshold;
        return hx ? (hy ? 0 : 3) : (hy ? 1 : 2);
    }

    private static Color translucent(Color c) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), 110);
    }

    // ---------------------------------------------------------------- helpers

    private static NumberAxis yearAxis(String label) {
        NumberAxis x = new NumberAxis(label);
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        x.setNumberFormatOverride(new DecimalFormat("0"));
        x.setAutoRangeIncludesZero(false);
        return x;
    }

    /** Applies the theme; annotations added afterwards keep their own fonts and colours. */
    private static JFreeChart finish(JFreeChart chart) {
        THEME.apply(chart);
        return chart;
    }

    private static XYTitleAnnotation cornerLabel(String text, double rx, double ry, RectangleAnchor anchor,
                                                 Font font, Paint paint) {
        TextTitle t = new TextTitle(text, font);
        t.setPaint(paint);
        t.setBackgroundPaint(new Color(255, 255, 255, 200));
        t.setPadding(new RectangleInsets(2, 4, 2, 4));
        t.setFrame(BlockBorder.NONE);
        return new XYTitleAnnotation(rx, ry, t, anchor);
    }

    /** Numeric value for sorting; null and non-finite values sort last. */
    private static double value(Number n) {
        if (n == null || !Double.isFinite(n.doubleValue())) {
            return Double.NEGATIVE_INFINITY;
        }
        return n.doubleValue();
    }
}
