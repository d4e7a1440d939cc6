package dev.navi.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;

/**
 * Labels of the points of an XY plot, laid out when the plot is drawn (only then are pixel positions and text sizes
 * known) by {@link LabelPlacer}: no two labels overlap, none covers another point's marker where it can be helped, all
 * stay inside the data area; far-placed labels get a grey leader line. Also draws up to four corner captions (quadrant
 * names, a stage label), which the point labels avoid. Immutable.
 */
final class PointLabels extends AbstractXYAnnotation {

    private static final long serialVersionUID = 1L;
    private static final Color BACKING = new Color(255, 255, 255, 190);
    private static final Color LEADER = new Color(0x888888);
    private static final double PAD = 1.5;
    private static final double CORNER_INSET = 6;

    /**
     * One point's label.
     *
     * @param text          the label
     * @param x             the point's x in data units
     * @param y             the point's y in data units
     * @param radius        its marker's radius in points
     * @param centreAllowed the label may sit on the marker (bubbles)
     * @param droppable     the label may be left out when it has no free place
     * @param priority      placement order: lower first, ties in list order
     */
    record Label(String text, double x, double y, double radius, boolean centreAllowed, boolean droppable,
                 int priority) implements java.io.Serializable {
    }

    /**
     * A caption in a corner of the data area: corner 0 = top right, 1 = top left, 2 = bottom left, 3 = bottom right.
     */
    record Corner(String text, int corner, Font font, Color paint) implements java.io.Serializable {
    }

    private final List<Label> labels;
    private final List<Corner> corners;
    private final Font font;
    private final Color paint;
    private final boolean connected;

    /**
     * @param labels    the labels, in the order of the plot's points (placed by {@link Label#priority()})
     * @param corners   corner captions, may be empty
     * @param font      the labels' font
     * @param paint     the labels' colour
     * @param connected the plot joins the points with lines in the order of {@code labels}; labels avoid crossing
     *                  those lines where they can
     */
    PointLabels(List<Label> labels, List<Corner> corners, Font font, Color paint, boolean connected) {
        this.labels = List.copyOf(labels);
        this.corners = List.copyOf(corners);
        this.font = Objects.requireNonNull(font);
        this.paint = Objects.requireNonNull(paint);
        this.connected = connected;
    }

    List<Label> labels() {
        return labels;
    }

    /**
     * Where everything goes on a plot of the given size.
     *
     * @param corners the corner captions' boxes, in the order of the corners
     * @param labels  per label (in list order) its placement (a null box: left out)
     * @param points  per label its point in Java 2D
     */
    record Layout(List<Rectangle2D> corners, List<LabelPlacer.Placement> labels, List<Point2D> points) {
    }

    /** Lays the captions and labels out for the plot's current axes and {@code dataArea}. */
    Layout layout(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis) {
        RectangleEdge xEdge = plot.getDomainAxisEdge();
        RectangleEdge yEdge = plot.getRangeAxisEdge();
        Rectangle2D bounds = new Rectangle2D.Double(dataArea.getX() + 2, dataArea.getY() + 2,
                dataArea.getWidth() - 4, dataArea.getHeight() - 4);
        List<Rectangle2D> reserved = new ArrayList<>();
        for (Corner c : corners) {
            FontMetrics fm = g2.getFontMetrics(c.font());
            double w = fm.stringWidth(c.text()) + 8;
            double h = fm.getAscent() + fm.getDescent() + 4;
            double x = c.corner() == 0 || c.corner() == 3 ? dataArea.getMaxX() - CORNER_INSET - w
                    : dataArea.getX() + CORNER_INSET;
            double y = c.corner() <= 1 ? dataArea.getY() + CORNER_INSET : dataArea.getMaxY() - CORNER_INSET - h;
            reserved.add(new Rectangle2D.Double(x, y, w, h));
        }
        FontMetrics fm = g2.getFontMetrics(font);
        List<LabelPlacer.Item> items = new ArrayList<>();
        List<Point2D> points = new ArrayList<>();
        for (Label l : labels) {
            double px = domainAxis.valueToJava2D(l.x(), dataArea, xEdge);
            double py = rangeAxis.valueToJava2D(l.y(), dataArea, yEdge);
            points.add(new Point2D.Double(px, py));
            items.add(new LabelPlacer.Item(px, py, l.radius(), fm.stringWidth(l.text()) + 2 * PAD,
                    fm.getAscent() + fm.getDescent() + 2 * PAD, l.centreAllowed(), l.droppable()));
        }
        List<Line2D> segments = new ArrayList<>();
        if (connected) {
            for (int i = 1; i < points.size(); i++) {
                segments.add(new Line2D.Double(points.get(i - 1), points.get(i)));
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt(i -> labels.get(i).priority()));
        List<LabelPlacer.Placement> inOrder = LabelPlacer.place(order.stream().map(items::get).toList(), bounds,
                reserved, segments);
        LabelPlacer.Placement[] placed = new LabelPlacer.Placement[labels.size()];
        for (int k = 0; k < order.size(); k++) {
            placed[order.get(k)] = inOrder.get(k);
        }
        return new Layout(reserved, List.of(placed), points);
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                     int rendererIndex, PlotRenderingInfo info) {
        Layout layout = layout(g2, plot, dataArea, domainAxis, rangeAxis);
        FontMetrics fm = g2.getFontMetrics(font);
        g2.setFont(font);
        for (int i = 0; i < labels.size(); i++) {
            LabelPlacer.Placement p = layout.labels().get(i);
            if (p.box() == null) {
                continue;
            }
            Rectangle2D box = p.box();
            Point2D pt = layout.points().get(i);
            if (p.leader()) {
                double cx = Math.max(box.getMinX(), Math.min(pt.getX(), box.getMaxX()));
                double cy = Math.max(box.getMinY(), Math.min(pt.getY(), box.getMaxY()));
                double dx = cx - pt.getX();
                double dy = cy - pt.getY();
                double len = Math.hypot(dx, dy);
                double r = labels.get(i).radius();
                g2.setPaint(LEADER);
                g2.setStroke(new BasicStroke(0.6f));
                g2.draw(new Line2D.Double(pt.getX() + dx / len * r, pt.getY() + dy / len * r, cx, cy));
            }
            if (!box.contains(pt)) {
                g2.setPaint(BACKING); // legible over grid and data lines
                g2.fill(box);
            }
            g2.setFont(font);
            g2.setPaint(paint);
            g2.drawString(labels.get(i).text(), (float) (box.getX() + PAD), (float) (box.getY() + PAD + fm.getAscent()));
        }
        for (int i = 0; i < corners.size(); i++) {
            Corner c = corners.get(i);
            Rectangle2D box = layout.corners().get(i);
            g2.setPaint(BACKING);
            g2.fill(box);
            g2.setFont(c.font());
            g2.setPaint(c.paint());
            g2.drawString(c.text(), (float) (box.getX() + 4),
                    (float) (box.getY() + 2 + g2.getFontMetrics(c.font()).getAscent()));
        }
    }

    @Override
    public boolean equals(Object o) {
        return o == this || (o instanceof PointLabels p && p.labels.equals(labels) && p.corners.equals(corners)
                && p.font.equals(font) && p.paint.equals(paint) && p.connected == connected);
    }

    @Override
    public int hashCode() {
        return Objects.hash(labels, corners, font, paint, connected);
    }
}
