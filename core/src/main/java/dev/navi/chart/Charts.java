package dev.navi.chart;

import dev.navi.metrics.stats.Quadrant;

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
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
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
import org.jfree.chart.renderer.xy.StackedXYAreaRenderer2;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.DefaultTableXYDataset;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Factories for navi's chart types: trend lines and stacked areas by year (incomplete years marked), ranked and grouped
 * bars, heat maps (linear or log colours: node × year, node × country, applicant × node, origin → market), the
 * life-cycle phase diagram, the positioning quadrant and the chain tree. Each takes plain JDK data, returns a new
 * {@link JFreeChart} styled by {@link NaviChartTheme}, and never changes its arguments. Arguments must not be null
 * unless a parameter says so; labels may be Chinese or English and are shortened by one rule (18 Chinese / 30 Latin
 * characters). Point labels (quadrant, phase diagram) are placed at drawing time so that they do not collide and stay
 * inside the plot. Render with {@link ChartWriter}.
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
            plot.addDomainMarker(band, Layer.BACKGROUND);
            if (incompleteLabel != null && !incompleteLabel.isBlank()) {
                plot.addAnnotation(new BandLabel(incompleteLabel, incompleteFrom - 0.5,
                        ChartFonts.plain(NaviChartTheme.SMALL_SIZE), NaviChartTheme.REFERENCE));
            }
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
        return heatMap(title, rowLabels, colLabels, values, null, null, false);
    }

    /**
     * As {@link #heatMap(String, List, List, double[][])} with axis titles (either may be null) and, when
     * {@code logColours}, a colour scale on log10(1 + value) for counts that span orders of magnitude (an origin →
     * market matrix where one country holds most filings): the cells still print the counts, the legend is labelled
     * in counts (1, 2, 5, 10, 20, 50 ...). Values must then be ≥ 0. Column labels turn vertical when they would not
     * fit side by side.
     */
    public static JFreeChart heatMap(String title, List<String> rowLabels, List<String> colLabels, double[][] values,
                                     String rowAxis, String colAxis, boolean logColours) {
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
                double v = values[r][c];
                if (logColours && v < 0) {
                    throw new IllegalArgumentException("log colours need values >= 0; got " + v);
                }
                double z = logColours && !Double.isNaN(v) ? Math.log10(1 + v) : v;
                xs[k] = c;
                ys[k] = rows - 1 - r; // first row at the top
                zs[k] = z;
                if (!Double.isNaN(z)) {
                    min = Math.min(min, z);
                    max = Math.max(max, z);
                }
            }
        }
        if (min > max) {
            min = 0;
            max = 1;
        } else if (min == max) {
            max = min + 1;
        }
        if (logColours) {
            min = 0; // white = no filings
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries("values", new double[][] {xs, ys, zs});

        String[] colNames = colLabels.stream().map(Labels::shorten).toArray(String[]::new);
        List<String> reversedRows = new ArrayList<>(rowLabels.stream().map(Labels::shorten).toList());
        java.util.Collections.reverse(reversedRows);
        SymbolAxis x = new SymbolAxis(colAxis, colNames);
        x.setGridBandsVisible(false);
        x.setVerticalTickLabels(verticalColumnLabels(colNames));
        SymbolAxis y = new SymbolAxis(rowAxis, reversedRows.toArray(String[]::new));
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

        NumberAxis scaleAxis = logColours ? new CountScaleAxis(Math.pow(10, max) - 1) : new NumberAxis(null);
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
                    double z = zs[r * cols + c];
                    XYTextAnnotation a = new XYTextAnnotation(fmt.format(v), c, rows - 1 - r);
                    a.setFont(font);
                    a.setPaint((z - min) / (max - min) > 0.55 ? Color.WHITE : NaviChartTheme.TEXT);
                    a.setTextAnchor(TextAnchor.CENTER);
                    plot.addAnnotation(a);
                }
            }
        }
        return chart;
    }

    /**
     * Whether column labels must be drawn vertically: when the widest would not fit its column at a plot about 520 pt
     * wide (a narrow character about 6 pt at the tick font, a wide one 11 pt).
     */
    static boolean verticalColumnLabels(String[] labels) {
        if (labels.length == 0) {
            return false;
        }
        double widest = 0;
        for (String l : labels) {
            widest = Math.max(widest, Labels.units(l) / 3.0 * 6.2);
        }
        return widest + 8 > 520.0 / labels.length;
    }

    /** The legend axis of a log-coloured heat map: positions are log10(1 + count), tick labels are counts 1-2-5. */
    static final class CountScaleAxis extends NumberAxis {
        private static final long serialVersionUID = 1L;
        private final double maxCount;

        CountScaleAxis(double maxCount) {
            super(null);
            this.maxCount = maxCount;
        }

        /** The counts that get a tick: 0, then 1, 2, 5, 10, 20, 50 ... up to the maximum. */
        List<Long> tickCounts() {
            List<Long> out = new ArrayList<>(List.of(0L));
            for (long decade = 1; decade <= maxCount; decade *= 10) {
                for (long m : new long[] {1, 2, 5}) {
                    if (decade * m <= maxCount + 1e-9) {
                        out.add(decade * m);
                    }
                }
            }
            return out;
        }

        @Override
        @SuppressWarnings({"rawtypes", "unchecked"})
        public List refreshTicks(java.awt.Graphics2D g2, org.jfree.chart.axis.AxisState state,
                                 java.awt.geom.Rectangle2D dataArea, RectangleEdge edge) {
            List ticks = new ArrayList();
            NumberFormat fmt = NumberFormat.getIntegerInstance(java.util.Locale.ROOT);
            boolean vertical = RectangleEdge.isLeftOrRight(edge);
            for (long c : tickCounts()) {
                ticks.add(new org.jfree.chart.axis.NumberTick(Math.log10(1 + c), fmt.format(c),
                        vertical ? TextAnchor.CENTER_LEFT : TextAnchor.TOP_CENTER,
                        vertical ? TextAnchor.CENTER_LEFT : TextAnchor.TOP_CENTER, 0.0));
            }
            return ticks;
        }
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
        // year labels placed without collisions; the first and last year are always shown, a middle year without a
        // free place near its point is left out (the line still joins the points in year order)
        List<PointLabels.Label> yearLabels = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            int[] p = points.get(i);
            boolean end = i == 0 || i == points.size() - 1;
            // the first and last year first, then the recent years (usually spread out) before the early ones
            yearLabels.add(new PointLabels.Label(String.valueOf(p[0]), p[1], p[2], 3.5, false, !end,
                    end ? -1 : points.size() - i));
        }
        List<PointLabels.Corner> corners = new ArrayList<>();
        if (stageLabel != null && !stageLabel.isBlank()) {
            corners.add(new PointLabels.Corner(stageLabel, 1, ChartFonts.bold(NaviChartTheme.LABEL_SIZE),
                    NaviChartTheme.color(3)));
        }
        plot.addAnnotation(new PointLabels(yearLabels, corners, ChartFonts.plain(NaviChartTheme.SMALL_SIZE),
                NaviChartTheme.TEXT, true));
        return chart;
    }

    // ---------------------------------------------------------------- quadrant

    /** Names of the four quadrants of {@link #quadrant}. */
    public record QuadrantNames(String highXHighY, String lowXHighY, String lowXLowY, String highXLowY) {
        /**
         * The positioning quadrants of {@link dev.navi.metrics.stats.Rta#place}, named as {@link
         * dev.navi.metrics.stats.Quadrant} names them: high RTA and high growth is 优势, high RTA with low growth 基础, low
         * RTA with high growth 潜力, low RTA with low growth 薄弱; 空白 (no filings in the region) sits at RTA 0 inside
         * the 薄弱 corner.
         */
        public static final QuadrantNames DEFAULT = new QuadrantNames(Quadrant.ADVANTAGE.zh(), Quadrant.POTENTIAL.zh(),
                Quadrant.WEAK.zh() + " / " + Quadrant.GAP.zh(), Quadrant.ESTABLISHED.zh());
        /** {@link #DEFAULT} in English. */
        public static final QuadrantNames ENGLISH = new QuadrantNames("Advantage", "Potential", "Weak / gap",
                "Established");

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
                double r = bubbleRadius(bubbleSizes, biggest, column);
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

        // labels placed without collisions, the biggest bubbles first (ties in the given order)
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        if (bubbleSizes != null) {
            order.sort(Comparator.comparingDouble((Integer i) -> -bubbleSizes[i]));
        }
        List<PointLabels.Label> pointLabels = new ArrayList<>();
        for (int i : order) {
            pointLabels.add(new PointLabels.Label(shortLabels.get(i), x[i], y[i], bubbleRadius(bubbleSizes, biggest, i),
                    true, false, 0));
        }
        Font nameFont = ChartFonts.bold(NaviChartTheme.SUBTITLE_SIZE);
        List<PointLabels.Corner> corners = List.of(
                new PointLabels.Corner(names.highXHighY(), 0, nameFont, quadrantColors[0]),
                new PointLabels.Corner(names.lowXHighY(), 1, nameFont, quadrantColors[1]),
                new PointLabels.Corner(names.lowXLowY(), 2, nameFont, quadrantColors[2]),
                new PointLabels.Corner(names.highXLowY(), 3, nameFont, quadrantColors[3]));
        plot.addAnnotation(new PointLabels(pointLabels, corners, ChartFonts.plain(NaviChartTheme.SMALL_SIZE),
                NaviChartTheme.TEXT, false));
        return chart;
    }

    /** Bubble radius in points: 4 to 22, growing with the square root of the size; 5 without sizes. */
    private static double bubbleRadius(double[] sizes, double biggest, int i) {
        if (sizes == null || biggest <= 0) {
            return 5;
        }
        return 4 + 18 * Math.sqrt(Math.max(0, sizes[i]) / biggest);
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

    // ---------------------------------------------------------------- stacked area

    /**
     * Yearly counts as stacked areas, the first entry of {@code series} at the bottom (use a {@link LinkedHashMap});
     * missing and null values count as 0 over the years from the first to the last year any series has. Legend
     * labels are shortened like category labels.
     *
     * @param incompleteFrom  first incomplete year, or null: from there on the areas are veiled (lighter) and a dashed
     *                        line marks the boundary
     * @param incompleteLabel text on the veiled band, or null
     */
    public static JFreeChart stackedArea(String title, String yAxis, Map<String, Map<Integer, Number>> series,
                                         Integer incompleteFrom, String incompleteLabel) {
        int minYear = Integer.MAX_VALUE;
        int maxYear = Integer.MIN_VALUE;
        for (Map<Integer, Number> m : series.values()) {
            for (Map.Entry<Integer, Number> p : m.entrySet()) {
                if (p.getValue() != null) {
                    minYear = Math.min(minYear, p.getKey());
                    maxYear = Math.max(maxYear, p.getKey());
                }
            }
        }
        DefaultTableXYDataset data = new DefaultTableXYDataset();
        int rank = 0;
        for (Map.Entry<String, Map<Integer, Number>> e : series.entrySet()) {
            XYSeries s = new XYSeries(new Label(rank++, Labels.shorten(e.getKey())), true, false);
            for (int y = minYear; y <= maxYear; y++) {
                Number v = e.getValue().get(y);
                s.add(y, v == null ? 0.0 : v.doubleValue());
            }
            data.addSeries(s);
        }
        NumberAxis x = yearAxis(null);
        NumberAxis y = new NumberAxis(yAxis);
        y.setAutoRangeIncludesZero(true);
        y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        if (minYear < maxYear) {
            x.setRange(minYear, maxYear);
        } else if (minYear == maxYear) {
            x.setRange(minYear - 0.5, maxYear + 0.5);
        }
        StackedXYAreaRenderer2 renderer = new StackedXYAreaRenderer2();
        renderer.setOutline(false);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setDomainGridlinesVisible(false);
        JFreeChart chart = finish(new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, series.size() > 1));
        for (int i = 0; i < series.size(); i++) {
            renderer.setSeriesPaint(i, NaviChartTheme.color(i));
        }
        if (incompleteFrom != null && maxYear >= incompleteFrom) {
            double start = Math.max(minYear, incompleteFrom - 0.5);
            IntervalMarker veil = new IntervalMarker(start, maxYear + 0.5);
            veil.setPaint(Color.WHITE);
            veil.setAlpha(0.55f);
            veil.setOutlinePaint(null);
            plot.addDomainMarker(veil, Layer.FOREGROUND);
            plot.addDomainMarker(new ValueMarker(start, NaviChartTheme.REFERENCE, REFERENCE_STROKE), Layer.FOREGROUND);
            if (incompleteLabel != null && !incompleteLabel.isBlank()) {
                plot.addAnnotation(new BandLabel(incompleteLabel, start, ChartFonts.plain(NaviChartTheme.SMALL_SIZE),
                        NaviChartTheme.REFERENCE));
            }
        }
        return chart;
    }

    // ---------------------------------------------------------------- grouped bars

    /**
     * Grouped horizontal bars: one group per category (top to bottom in the given order, labels shortened), one bar
     * per series in each group (legend below). {@code values[s][c]} is series {@code s}, category {@code c}; NaN
     * leaves the bar out.
     *
     * @param format    tick label format of the value axis (e.g. a percent format for shares), or null for integers
     * @param reference a value marked by a dashed line (e.g. RTA 1), or null
     */
    public static JFreeChart groupedBars(String title, List<String> categories, List<String> seriesNames,
                                         double[][] values, String valueAxis, NumberFormat format, Double reference) {
        if (values.length != seriesNames.size()) {
            throw new IllegalArgumentException(values.length + " value rows for " + seriesNames.size() + " series");
        }
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int sIdx = 0; sIdx < seriesNames.size(); sIdx++) {
            if (values[sIdx].length != categories.size()) {
                throw new IllegalArgumentException("series " + sIdx + " has " + values[sIdx].length + " values for "
                        + categories.size() + " categories");
            }
            for (int c = 0; c < categories.size(); c++) {
                double v = values[sIdx][c];
                data.addValue(Double.isNaN(v) ? null : v, new Label(sIdx, Labels.shorten(seriesNames.get(sIdx))),
                        new Label(c, Labels.shorten(categories.get(c))));
            }
        }
        CategoryAxis cats = new CategoryAxis(null);
        cats.setMaximumCategoryLabelLines(1);
        cats.setMaximumCategoryLabelWidthRatio(0.4f);
        cats.setCategoryMargin(0.25);
        cats.setLowerMargin(0.01);
        cats.setUpperMargin(0.01);
        NumberAxis amount = new NumberAxis(valueAxis);
        amount.setUpperMargin(0.05);
        if (format instanceof DecimalFormat df && df.toPattern().contains("%")) {
            // a percent axis gets as many decimals as its tick step needs: with whole percents, ticks 0.5 % apart
            // printed 0%, 0%, 1%, 1% … (control strengths of a few per cent)
            amount.setStandardTickUnits(percentTicks(df));
        } else if (format != null) {
            amount.setNumberFormatOverride(format);
        } else {
            amount.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        }
        BarRenderer renderer = new BarRenderer();
        renderer.setItemMargin(0.04);
        CategoryPlot plot = new CategoryPlot(data, cats, amount, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        plot.setDomainGridlinesVisible(false);
        JFreeChart chart = finish(new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, seriesNames.size() > 1));
        for (int i = 0; i < seriesNames.size(); i++) {
            renderer.setSeriesPaint(i, NaviChartTheme.color(i));
        }
        if (reference != null) {
            ValueMarker m = new ValueMarker(reference, NaviChartTheme.REFERENCE, REFERENCE_STROKE);
            plot.addRangeMarker(m, Layer.FOREGROUND);
        }
        return chart;
    }

    /**
     * Horizontal 100 % stacked bars: one bar per category (top to bottom in the given order, labels shortened), one
     * segment per series (legend below), each segment labelled with its share when it is wide enough to hold the
     * label. {@code shares[s][c]} is the share (0–1) of series {@code s} in category {@code c}; a category's shares
     * should add up to 1 (NaN counts as 0). {@code colors} gives each series its colour (statuses read better in
     * their usual colours); null takes the palette in order.
     */
    public static JFreeChart stackedShares(String title, List<String> categories, List<String> seriesNames,
                                           double[][] shares, String valueAxis, List<Color> colors) {
        if (shares.length != seriesNames.size()) {
            throw new IllegalArgumentException(shares.length + " share rows for " + seriesNames.size() + " series");
        }
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int sIdx = 0; sIdx < seriesNames.size(); sIdx++) {
            if (shares[sIdx].length != categories.size()) {
                throw new IllegalArgumentException("series " + sIdx + " has " + shares[sIdx].length + " shares for "
                        + categories.size() + " categories");
            }
            for (int c = 0; c < categories.size(); c++) {
                double v = shares[sIdx][c];
                data.addValue(Double.isNaN(v) ? 0 : v, new Label(sIdx, Labels.shorten(seriesNames.get(sIdx))),
                        new Label(c, Labels.shorten(categories.get(c))));
            }
        }
        CategoryAxis cats = new CategoryAxis(null);
        cats.setMaximumCategoryLabelLines(1);
        cats.setMaximumCategoryLabelWidthRatio(0.3f);
        cats.setCategoryMargin(0.3);
        cats.setLowerMargin(0.01);
        cats.setUpperMargin(0.01);
        NumberAxis amount = new NumberAxis(valueAxis);
        amount.setRange(0, 1);
        amount.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(0.1));
        amount.setNumberFormatOverride(NumberFormat.getPercentInstance(java.util.Locale.ROOT));
        org.jfree.chart.renderer.category.StackedBarRenderer renderer = new org.jfree.chart.renderer.category.StackedBarRenderer();
        renderer.setDrawBarOutline(false);
        renderer.setShadowVisible(false);
        // a share label only where the segment can hold it (below 6 % the digits would spill over the neighbours),
        // with one decimal as the tables print shares
        NumberFormat pct = NumberFormat.getPercentInstance(java.util.Locale.ROOT);
        pct.setMinimumFractionDigits(1);
        pct.setMaximumFractionDigits(1);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator() {
            @Override
            public String generateLabel(org.jfree.data.category.CategoryDataset ds, int row, int column) {
                Number v = ds.getValue(row, column);
                return v == null || v.doubleValue() < 0.06 ? null : pct.format(v.doubleValue());
            }
        });
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.CENTER, TextAnchor.CENTER));
        CategoryPlot plot = new CategoryPlot(data, cats, amount, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        plot.setDomainGridlinesVisible(false);
        JFreeChart chart = finish(new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true));
        for (int i = 0; i < seriesNames.size(); i++) {
            renderer.setSeriesPaint(i, colors != null && i < colors.size() ? colors.get(i) : NaviChartTheme.color(i));
        }
        renderer.setDefaultItemLabelFont(ChartFonts.plain(NaviChartTheme.SMALL_SIZE));
        renderer.setDefaultItemLabelPaint(NaviChartTheme.TEXT);
        return chart;
    }

    /** Tick units for fractions shown as percentages, each printed with the decimals its step needs (0.5 % → 0.5%). */
    static org.jfree.chart.axis.TickUnits percentTicks(DecimalFormat base) {
        org.jfree.chart.axis.TickUnits units = new org.jfree.chart.axis.TickUnits();
        for (double step : new double[] {0.0001, 0.0002, 0.0005, 0.001, 0.002, 0.0025, 0.005, 0.01, 0.02, 0.025, 0.05,
                0.1, 0.2, 0.25, 0.5, 1, 2, 5, 10}) {
            DecimalFormat f = (DecimalFormat) base.clone();
            double percent = step * 100;
            int decimals = 0;
            while (decimals < 3 && Math.abs(percent * Math.pow(10, decimals) - Math.rint(percent * Math.pow(10, decimals))) > 1e-9) {
                decimals++;
            }
            f.setMinimumFractionDigits(decimals);
            f.setMaximumFractionDigits(decimals);
            units.add(new org.jfree.chart.axis.NumberTickUnit(step, f));
        }
        return units;
    }

    // ---------------------------------------------------------------- chain tree

    /**
     * A node of the chain tree of {@link #chainTree}: its name, its record count, whether it is highlighted (a key
     * product) and its children in drawing order. Immutable.
     */
    public record TreeNode(String name, long count, boolean highlighted, List<TreeNode> children) {
        public TreeNode {
            Objects.requireNonNull(name, "name");
            children = List.copyOf(children);
        }
    }

    /**
     * The industry-chain map as a left-to-right tree, {@code root} (the industry) at the left, each box with its name
     * and count; highlighted nodes are filled orange and explained by {@code keyLabel} (null: no legend). The layout
     * fits the drawing size: for maps of 25–60 nodes draw it taller (e.g. 800 × 1000 pt), the font shrinks and long
     * names wrap as needed.
     */
    public static JFreeChart chainTree(String title, TreeNode root, String keyLabel) {
        ChainTreePlot plot = new ChainTreePlot(root, keyLabel);
        JFreeChart chart = finish(new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false));
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setInsets(new RectangleInsets(8, 4, 4, 4));
        return chart;
    }

    /** Adds {@code text} as a small grey note under the plot, left-aligned (e.g. a counting caveat); returns chart. */
    static JFreeChart note(JFreeChart chart, String text) {
        TextTitle t = new TextTitle(text, ChartFonts.plain(NaviChartTheme.SMALL_SIZE));
        t.setPaint(NaviChartTheme.REFERENCE);
        t.setPosition(RectangleEdge.BOTTOM);
        t.setHorizontalAlignment(org.jfree.chart.ui.HorizontalAlignment.LEFT);
        t.setPadding(new RectangleInsets(4, 4, 0, 4));
        chart.addSubtitle(t);
        return chart;
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

    /** Numeric value for sorting; null and non-finite values sort last. */
    private static double value(Number n) {
        if (n == null || !Double.isFinite(n.doubleValue())) {
            return Double.NEGATIVE_INFINITY;
        }
        return n.doubleValue();
    }
}
