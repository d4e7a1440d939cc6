package dev.navi.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.PlotState;

/**
 * A choropleth of China's provincial-level divisions, one or more panels (the whole chain, then one per segment) drawn
 * side by side with one legend. Each place is a shape in layout units — a unit square of the tile grid, or a projected
 * polygon of the analyst's approved boundary file — fitted into its panel with the aspect kept. A place is filled by
 * its colour class ({@link ProvinceMapCharts#CLASS_COLOURS}, {@link ProvinceMapCharts#NO_FILINGS}), the region outlined
 * in {@link RankingCharts#REGION}, its peers in {@link RankingCharts#PEER}, and labelled with its name and the value
 * text it was given (the ranking table's share, printed by {@link dev.navi.text.Percent}). JFreeChart has no map plot,
 * so this one draws with Java 2D; being a {@link Plot}, it gets the chart's title, theme, legend and writers (PNG and
 * SVG). Immutable once built.
 */
final class ProvinceMapPlot extends Plot {

    private static final long serialVersionUID = 1L;

    /** Label font bounds in points: every label of a panel gets the same size, the largest at which all fit. */
    static final float MAX_FONT = 11f;
    static final float MIN_FONT = 5.5f;
    static final Color EDGE = new Color(0x9A9A9A);
    static final Color BOUNDARY = new Color(0x8C8C8C);
    static final Color MARKER_EDGE = new Color(0x7A7A7A);

    /**
     * One place on the map.
     *
     * @param code   the division code (or {@link ProvinceTiles#SCS})
     * @param label  the name drawn on it
     * @param shape  its outline in layout units (y down)
     * @param anchor where its label is centred, in layout units
     * @param kind   what it is and how it is drawn
     */
    record Place(String code, String label, Shape shape, Point2D anchor, Kind kind) {
        boolean marker() {
            return kind == Kind.MARKER;
        }
    }

    /** How a place is drawn. */
    enum Kind {
        /** A division: filled by its class, labelled. */
        DIVISION,
        /** Drawn and labelled but never coloured: the South China Sea Islands tile (dashed frame). */
        MARKER,
        /** Part of an approved map that is no division (南海诸岛, an inset): neutral fill, no label. */
        OTHER,
        /** A line of an approved map (the dashed national line, an inset frame): stroked, not filled. */
        LINE
    }

    /**
     * A place's value in one panel.
     *
     * @param text   the number drawn under the name (the table's share as printed), or null for none
     * @param cls    colour class, {@link ProvinceMapCharts#NONE} for no filings
     * @param region whether it is the region of interest
     * @param peer   whether it is a peer
     */
    record Value(String text, int cls, boolean region, boolean peer) {
    }

    /** One panel: its title (null for a single map) and the values by place code; a place without one is "no filings". */
    record Panel(String title, Map<String, Value> values) {
    }

    private final List<Place> places;
    private final List<Panel> panels;
    private final int columns;
    /** Whether the places are tiles (labels with name and value) rather than boundaries (thin grey edges). */
    private final boolean tiles;
    private final transient LegendItemCollection legend;

    ProvinceMapPlot(List<Place> places, List<Panel> panels, int columns, boolean tiles, LegendItemCollection legend) {
        this.places = List.copyOf(places);
        this.panels = List.copyOf(panels);
        this.columns = Math.max(1, columns);
        this.tiles = tiles;
        this.legend = Objects.requireNonNull(legend);
        setOutlineVisible(false);
    }

    @Override
    public String getPlotType() {
        return "ProvinceMap";
    }

    List<Place> places() {
        return places;
    }

    List<Panel> panels() {
        return panels;
    }

    @Override
    public LegendItemCollection getLegendItems() {
        return legend;
    }

    @Override
    public void draw(Graphics2D g2, Rectangle2D area, Point2D anchor, PlotState parentState, PlotRenderingInfo info) {
        getInsets().trim(area);
        if (info != null) {
            info.setPlotArea(area);
            info.setDataArea(area);
        }
        drawBackground(g2, area);
        int rows = (panels.size() + columns - 1) / columns;
        double pw = area.getWidth() / columns;
        double ph = area.getHeight() / rows;
        for (int i = 0; i < panels.size(); i++) {
            Rectangle2D cell = new Rectangle2D.Double(area.getX() + (i % columns) * pw, area.getY() + (i / columns) * ph, pw, ph);
            drawPanel(g2, cell, panels.get(i));
        }
    }

    /** The layout-to-page transform that fits every place into {@code box}, centred, aspect kept. */
    AffineTransform fit(Rectangle2D box) {
        Rectangle2D b = bounds();
        double s = Math.min(box.getWidth() / b.getWidth(), box.getHeight() / b.getHeight());
        AffineTransform t = new AffineTransform();
        t.translate(box.getCenterX() - b.getCenterX() * s, box.getCenterY() - b.getCenterY() * s);
        t.scale(s, s);
        return t;
    }

    Rectangle2D bounds() {
        Rectangle2D b = null;
        for (Place p : places) {
            Rectangle2D r = p.shape().getBounds2D();
            b = b == null ? r : b.createUnion(r);
        }
        return b == null ? new Rectangle2D.Double(0, 0, 1, 1) : b;
    }

    private void drawPanel(Graphics2D g2, Rectangle2D cell, Panel panel) {
        double pad = 4;
        Rectangle2D box = new Rectangle2D.Double(cell.getX() + pad, cell.getY() + pad, cell.getWidth() - 2 * pad,
                cell.getHeight() - 2 * pad);
        AffineTransform t;
        if (panel.title() != null) {
            // the title sits just above the map as fitted, not at the top of the panel's cell
            Font tf = ChartFonts.bold(NaviChartTheme.LABEL_SIZE);
            FontMetrics fm = g2.getFontMetrics(tf);
            double th = fm.getHeight() + 4;
            t = fit(new Rectangle2D.Double(box.getX(), box.getY() + th, box.getWidth(), box.getHeight() - th));
            double top = t.createTransformedShape(bounds()).getBounds2D().getY();
            g2.setFont(tf);
            g2.setPaint(NaviChartTheme.TEXT);
            String title = fit(panel.title(), fm, box.getWidth());
            g2.drawString(title, (float) (box.getCenterX() - fm.stringWidth(title) / 2.0), (float) (top - 4 - fm.getDescent()));
        } else {
            t = fit(box);
        }
        Stroke old = g2.getStroke();
        // fills and thin edges first, then the peers' and the region's outlines over them, then the labels
        for (Place p : places) {
            Shape s = t.createTransformedShape(p.shape());
            Value v = panel.values().get(p.code());
            if (p.kind() == Kind.LINE) {
                g2.setPaint(BOUNDARY);
                g2.setStroke(new BasicStroke(0.6f));
                g2.draw(s);
                continue;
            }
            if (p.kind() == Kind.OTHER) {
                g2.setPaint(ProvinceMapCharts.NO_FILINGS);
                g2.fill(s);
                g2.setPaint(BOUNDARY);
                g2.setStroke(new BasicStroke(0.4f));
                g2.draw(s);
                continue;
            }
            if (p.marker()) {
                g2.setPaint(Color.WHITE);
                g2.fill(s);
                g2.setPaint(MARKER_EDGE);
                g2.setStroke(new BasicStroke(0.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {3f, 2f}, 0f));
                g2.draw(s);
                continue;
            }
            g2.setPaint(fill(v));
            g2.fill(s);
            g2.setPaint(tiles ? EDGE : BOUNDARY);
            g2.setStroke(new BasicStroke(tiles ? 0.5f : 0.4f));
            g2.draw(s);
        }
        for (boolean regionPass : new boolean[] {false, true}) {
            for (Place p : places) {
                Value v = p.kind() == Kind.DIVISION ? panel.values().get(p.code()) : null;
                if (v == null || (regionPass ? !v.region() : !v.peer() || v.region())) {
                    continue;
                }
                Shape s = t.createTransformedShape(p.shape());
                g2.setPaint(regionPass ? RankingCharts.REGION : RankingCharts.PEER);
                g2.setStroke(new BasicStroke(regionPass ? 2.6f : 2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g2.draw(tiles ? inset(s, regionPass ? 1.3 : 1.0) : s);
            }
        }
        g2.setStroke(old);
        labels(g2, t, panel);
    }

    /** A tile's outline drawn just inside it, so a thick frame does not spill onto the neighbours. */
    private static Shape inset(Shape s, double by) {
        Rectangle2D r = s.getBounds2D();
        return new Rectangle2D.Double(r.getX() + by, r.getY() + by, Math.max(0, r.getWidth() - 2 * by),
                Math.max(0, r.getHeight() - 2 * by));
    }

    static Paint fill(Value v) {
        if (v == null || v.cls() < 0) {
            return ProvinceMapCharts.NO_FILINGS;
        }
        return ProvinceMapCharts.CLASS_COLOURS.get(Math.min(v.cls(), ProvinceMapCharts.CLASS_COLOURS.size() - 1));
    }

    /** Dark classes take white text. */
    static Color textColour(Value v) {
        return v != null && v.cls() >= ProvinceMapCharts.FIRST_DARK_CLASS ? Color.WHITE : NaviChartTheme.TEXT;
    }

    /** The lines drawn on a place: its name (wrapped at spaces when {@code wrap}) and its value text. */
    static List<String> lines(Place p, Value v, boolean wrap) {
        List<String> out = new ArrayList<>();
        if (wrap && p.label().contains(" ")) {
            // break at the space nearest the middle: "South China / Sea Islands", "Inner / Mongolia"
            String l = p.label();
            int mid = l.length() / 2;
            int best = -1;
            for (int i = 0; i < l.length(); i++) {
                if (l.charAt(i) == ' ' && (best < 0 || Math.abs(i - mid) < Math.abs(best - mid))) {
                    best = i;
                }
            }
            out.add(l.substring(0, best));
            out.add(l.substring(best + 1));
        } else {
            out.add(p.label());
        }
        if (v != null && v.text() != null && !p.marker()) {
            out.add(v.text());
        }
        return out;
    }

    /**
     * The label size of a panel: the largest (in half points, {@value #MAX_FONT} down to {@value #MIN_FONT}) at which
     * every tile's lines fit inside it, wrapping names at spaces where that helps. Boundary maps label at a fixed
     * small size (their shapes are not uniform).
     */
    float labelSize(Graphics2D g2, AffineTransform t, Panel panel) {
        if (!tiles) {
            return 6.5f;
        }
        for (float size = MAX_FONT; size >= MIN_FONT; size -= 0.5f) {
            if (allFit(g2, t, panel, size)) {
                return size;
            }
        }
        return MIN_FONT;
    }

    private boolean allFit(Graphics2D g2, AffineTransform t, Panel panel, float size) {
        FontMetrics fm = g2.getFontMetrics(ChartFonts.plain(size));
        for (Place p : places) {
            if (p.kind() != Kind.DIVISION && p.kind() != Kind.MARKER) {
                continue;
            }
            Rectangle2D r = t.createTransformedShape(p.shape()).getBounds2D();
            Value v = panel.values().get(p.code());
            if (!fits(lines(p, v, false), fm, r) && !fits(lines(p, v, true), fm, r)) {
                return false;
            }
        }
        return true;
    }

    private static boolean fits(List<String> lines, FontMetrics fm, Rectangle2D r) {
        double w = 0;
        for (String l : lines) {
            w = Math.max(w, fm.stringWidth(l));
        }
        return w <= r.getWidth() * 0.9 && lines.size() * fm.getHeight() <= r.getHeight() * 0.92;
    }

    private void labels(Graphics2D g2, AffineTransform t, Panel panel) {
        float size = labelSize(g2, t, panel);
        Font font = ChartFonts.plain(size);
        Font bold = ChartFonts.bold(size);
        FontMetrics fm = g2.getFontMetrics(font);
        for (Place p : places) {
            if (p.kind() == Kind.OTHER || p.kind() == Kind.LINE) {
                continue;
            }
            Value v = panel.values().get(p.code());
            Rectangle2D r = t.createTransformedShape(p.shape()).getBounds2D();
            List<String> lines = lines(p, v, false);
            if (!tiles && fm.stringWidth(lines.get(0)) > r.getWidth() * 1.6) {
                continue; // a small division of a boundary map (澳门, 香港): its label would cover its neighbours
            }
            if (tiles && !fits(lines, fm, r)) {
                lines = lines(p, v, true);
            }
            Point2D c = t.transform(p.anchor(), null);
            double lineH = fm.getHeight();
            double y = c.getY() - lines.size() * lineH / 2 + fm.getAscent();
            g2.setPaint(p.marker() ? MARKER_EDGE : textColour(v));
            boolean strong = v != null && (v.region() || v.peer());
            for (int i = 0; i < lines.size(); i++) {
                boolean value = i == lines.size() - 1 && v != null && v.text() != null && !p.marker();
                Font f = value || !strong ? font : bold;
                g2.setFont(f);
                FontMetrics m = g2.getFontMetrics(f);
                String s = lines.get(i);
                g2.drawString(s, (float) (c.getX() - m.stringWidth(s) / 2.0), (float) y);
                y += lineH;
            }
        }
    }

    private static String fit(String s, FontMetrics fm, double width) {
        if (fm.stringWidth(s) <= width) {
            return s;
        }
        String cut = s;
        while (cut.length() > 1 && fm.stringWidth(cut + "…") > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "…";
    }

    @Override
    public boolean equals(Object o) {
        return o == this;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
