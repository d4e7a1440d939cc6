package dev.navi.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.ui.RectangleInsets;

/**
 * navi's one chart theme: the bundled CJK font for every piece of text, a white background with light grey grid
 * lines, flat bars without shadows or 3D, and a ten-colour palette that survives colour blindness and grey-scale
 * printing (Okabe–Ito's colours, then greys).
 *
 * <p>Immutable after construction; {@link #INSTANCE} is shared. Use {@link #apply(JFreeChart)} rather than
 * {@code ChartFactory.setChartTheme}, which would change a JVM-wide default behind other code's back.
 */
public final class NaviChartTheme extends StandardChartTheme {

    private static final long serialVersionUID = 1L;

    /** Okabe–Ito (2008) colour-blind-safe colours, yellow moved late (weak on white paper), then greys. */
    public static final List<Color> PALETTE = List.of(
            new Color(0x0072B2), // blue
            new Color(0xE69F00), // orange
            new Color(0x009E73), // bluish green
            new Color(0xD55E00), // vermillion
            new Color(0xCC79A7), // reddish purple
            new Color(0x56B4E9), // sky blue
            new Color(0x4D4D4D), // dark grey
            new Color(0xF0E442), // yellow
            new Color(0x999999), // mid grey
            new Color(0x000000)); // black

    /** Text colour: near-black, softer than pure black in print. */
    public static final Color TEXT = new Color(0x222222);
    /** Grid line colour. */
    public static final Color GRID = new Color(0xDDDDDD);
    /** Colour of reference lines (thresholds, markers). */
    public static final Color REFERENCE = new Color(0x777777);

    /** Title size in points; the other sizes below are for a chart laid out at about 800 × 500 pt. */
    static final float TITLE_SIZE = 16f;
    static final float SUBTITLE_SIZE = 13f;
    static final float LABEL_SIZE = 12f;
    static final float TICK_SIZE = 11f;
    static final float SMALL_SIZE = 10f;

    /** The shared theme. */
    public static final NaviChartTheme INSTANCE = new NaviChartTheme();

    private NaviChartTheme() {
        super("navi", false);
        setExtraLargeFont(ChartFonts.bold(TITLE_SIZE));
        setLargeFont(ChartFonts.plain(LABEL_SIZE));
        setRegularFont(ChartFonts.plain(TICK_SIZE));
        setSmallFont(ChartFonts.plain(SMALL_SIZE));

        setTitlePaint(TEXT);
        setSubtitlePaint(TEXT);
        setAxisLabelPaint(TEXT);
        setTickLabelPaint(TEXT);
        setItemLabelPaint(TEXT);
        setLegendItemPaint(TEXT);
        setChartBackgroundPaint(Color.WHITE);
        setLegendBackgroundPaint(Color.WHITE);
        setPlotBackgroundPaint(Color.WHITE);
        setPlotOutlinePaint(new Color(0xBBBBBB));
        setDomainGridlinePaint(GRID);
        setRangeGridlinePaint(GRID);
        setBaselinePaint(REFERENCE);
        setCrosshairPaint(REFERENCE);
        setAxisOffset(new RectangleInsets(4, 4, 4, 4));

        setShadowVisible(false);
        setBarPainter(new StandardBarPainter());
        setXYBarPainter(new StandardXYBarPainter());

        Paint[] paints = PALETTE.toArray(new Paint[0]);
        Stroke[] strokes = {new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)};
        Stroke[] outlineStrokes = {new BasicStroke(1f)};
        Shape[] shapes = DefaultDrawingSupplier.createStandardSeriesShapes();
        setDrawingSupplier(new DefaultDrawingSupplier(paints, paints,
                new Paint[] {new Color(0x666666)}, strokes, outlineStrokes, shapes));
    }

    /** The palette colour for series {@code i}, cycling. */
    public static Color color(int i) {
        return PALETTE.get(Math.floorMod(i, PALETTE.size()));
    }

    @Override
    public void apply(JFreeChart chart) {
        super.apply(chart);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setBorderVisible(false);
        chart.setPadding(new RectangleInsets(8, 8, 8, 8));
    }
}
