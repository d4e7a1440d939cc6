package dev.navi.chart;

import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Greedy placement of point labels so that they neither overlap each other nor leave the plot (in Java 2D
 * coordinates, after the axes have mapped the data). Deterministic: items are placed in the given order (put the
 * important ones first), each at the first of a fixed list of candidate positions around its point that is free,
 * else at the least bad one.
 *
 * <p>Candidates, in order of preference: centred on the point (only when {@link Item#centreAllowed()}), then right,
 * left, above, below and the four diagonals of the marker at growing distances (rings). A candidate is <em>free</em>
 * when it lies inside the bounds, overlaps no label placed before it (nor a reserved box), covers no other item's
 * marker and crosses none of the given line segments. When no candidate is free the one with the least weighted
 * overlap is taken (label overlap weighs most), or the label is dropped if {@link Item#droppable()}; a droppable
 * label only tries the first {@value #DROPPABLE_RINGS} rings, so it is never led far from its point. Labels placed
 * away from their marker get a leader line to their point.
 */
final class LabelPlacer {

    /** Number of rings of candidates around a point. */
    static final int RINGS = 5;
    /** Rings a droppable label may use. */
    static final int DROPPABLE_RINGS = 2;

    private LabelPlacer() {
    }

    /**
     * A label to place.
     *
     * @param x             the point's x (Java 2D)
     * @param y             the point's y (Java 2D)
     * @param radius        the marker's radius around the point
     * @param width         the label's width
     * @param height        the label's height
     * @param centreAllowed the label may sit on its own marker (bubbles)
     * @param droppable     the label may be left out when it cannot be placed cleanly
     */
    record Item(double x, double y, double radius, double width, double height, boolean centreAllowed,
                boolean droppable) {
    }

    /**
     * Where a label went.
     *
     * @param box    the label's box, or null when it was dropped
     * @param leader whether a leader line joins the box to its point
     */
    record Placement(Rectangle2D box, boolean leader) {
    }

    /**
     * Places {@code items} inside {@code bounds}, avoiding the {@code reserved} boxes (corner labels ...) and the
     * {@code segments} (lines the chart draws between points). Returns one placement per item, in the same order.
     */
    static List<Placement> place(List<Item> items, Rectangle2D bounds, List<Rectangle2D> reserved,
                                 List<Line2D> segments) {
        List<Rectangle2D> placed = new ArrayList<>(reserved);
        List<Placement> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            Rectangle2D best = null;
            double bestCost = Double.POSITIVE_INFINITY;
            List<Rectangle2D> candidates = candidates(it);
            for (int rank = 0; rank < candidates.size(); rank++) {
                Rectangle2D c = fitInside(candidates.get(rank), bounds);
                double cost = cost(c, i, items, placed, segments, bounds);
                if (cost == 0) {
                    best = c;
                    bestCost = 0;
                    break;
                }
                if (cost < bestCost) {
                    best = c;
                    bestCost = cost;
                }
            }
            if (best == null || (it.droppable() && bestCost >= MARKER_WEIGHT)) {
                out.add(new Placement(null, false));
                continue;
            }
            placed.add(best);
            out.add(new Placement(best, gap(best, it.x(), it.y()) > it.radius() + 4));
        }
        return out;
    }

    private static final double LABEL_WEIGHT = 1_000;
    private static final double MARKER_WEIGHT = 10;
    private static final double SEGMENT_WEIGHT = 1;

    /** The candidate boxes of an item, most preferred first. */
    static List<Rectangle2D> candidates(Item it) {
        List<Rectangle2D> out = new ArrayList<>();
        double w = it.width();
        double h = it.height();
        if (it.centreAllowed()) {
            out.add(new Rectangle2D.Double(it.x() - w / 2, it.y() - h / 2, w, h));
        }
        int rings = it.droppable() ? DROPPABLE_RINGS : RINGS;
        for (int ring = 0; ring < rings; ring++) {
            double d = it.radius() + 2 + ring * (h + 2);
            double dd = d / Math.sqrt(2);
            out.add(new Rectangle2D.Double(it.x() + d, it.y() - h / 2, w, h));            // right
            out.add(new Rectangle2D.Double(it.x() - d - w, it.y() - h / 2, w, h));        // left
            out.add(new Rectangle2D.Double(it.x() - w / 2, it.y() - d - h, w, h));        // above
            out.add(new Rectangle2D.Double(it.x() - w / 2, it.y() + d, w, h));            // below
            out.add(new Rectangle2D.Double(it.x() + dd, it.y() - dd - h, w, h));          // upper right
            out.add(new Rectangle2D.Double(it.x() - dd - w, it.y() - dd - h, w, h));      // upper left
            out.add(new Rectangle2D.Double(it.x() + dd, it.y() + dd, w, h));              // lower right
            out.add(new Rectangle2D.Double(it.x() - dd - w, it.y() + dd, w, h));          // lower left
        }
        return out;
    }

    /** The box moved (not resized) to lie inside {@code bounds} where it is small enough to. */
    static Rectangle2D fitInside(Rectangle2D r, Rectangle2D bounds) {
        double x = r.getX();
        double y = r.getY();
        if (r.getWidth() <= bounds.getWidth()) {
            x = Math.max(bounds.getMinX(), Math.min(x, bounds.getMaxX() - r.getWidth()));
        }
        if (r.getHeight() <= bounds.getHeight()) {
            y = Math.max(bounds.getMinY(), Math.min(y, bounds.getMaxY() - r.getHeight()));
        }
        return new Rectangle2D.Double(x, y, r.getWidth(), r.getHeight());
    }

    private static double cost(Rectangle2D c, int self, List<Item> items, List<Rectangle2D> placed,
                               List<Line2D> segments, Rectangle2D bounds) {
        double cost = 0;
        if (!bounds.contains(c)) {
            cost += LABEL_WEIGHT * 10;
        }
        for (Rectangle2D p : placed) {
            if (c.intersects(p)) {
                cost += LABEL_WEIGHT * (1 + overlap(c, p));
            }
        }
        for (int j = 0; j < items.size(); j++) {
            Item o = items.get(j);
            if (j == self && o.centreAllowed()) {
                continue;
            }
            // a small margin around markers so that labels do not touch them
            Rectangle2D m = markerBox(o, j == self ? 0.5 : 1.5);
            if (c.intersects(m)) {
                cost += MARKER_WEIGHT * (1 + overlap(c, m));
            }
        }
        for (Line2D s : segments) {
            if (s.intersects(c)) {
                cost += SEGMENT_WEIGHT;
            }
        }
        return cost;
    }

    /** Distance from the point (x, y) to the nearest point of {@code r} (0 inside). */
    static double gap(Rectangle2D r, double x, double y) {
        double dx = Math.max(0, Math.max(r.getMinX() - x, x - r.getMaxX()));
        double dy = Math.max(0, Math.max(r.getMinY() - y, y - r.getMaxY()));
        return Math.hypot(dx, dy);
    }

    /** The square around an item's marker, grown by {@code margin}. */
    private static Rectangle2D markerBox(Item it, double margin) {
        double r = it.radius() * 0.85 + margin; // the square inside-ish the circle: corners of a circle stay free
        return new Rectangle2D.Double(it.x() - r, it.y() - r, 2 * r, 2 * r);
    }

    private static double overlap(Rectangle2D a, Rectangle2D b) {
        double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
        double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
        return w > 0 && h > 0 ? w * h : 0;
    }
}
