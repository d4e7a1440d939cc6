package dev.navi.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.Objects;

import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;

/**
 * The caption of a band that runs from {@code from} (data x) to the right edge of the plot, such as the incomplete
 * last years: centred at the top of the band when it fits there, else right-aligned just left of the band's start,
 * so it is never cut off. Immutable.
 */
final class BandLabel extends AbstractXYAnnotation {

    private static final long serialVersionUID = 1L;
    private static final Color BACKING = new Color(255, 255, 255, 200);

    private final String text;
    private final double from;
    private final Font font;
    private final Color paint;

    BandLabel(String text, double from, Font font, Color paint) {
        this.text = Objects.requireNonNull(text);
        this.from = from;
        this.font = Objects.requireNonNull(font);
        this.paint = Objects.requireNonNull(paint);
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                     int rendererIndex, PlotRenderingInfo info) {
        double start = Math.max(dataArea.getMinX(), domainAxis.valueToJava2D(from, dataArea, plot.getDomainAxisEdge()));
        double end = dataArea.getMaxX();
        FontMetrics fm = g2.getFontMetrics(font);
        double w = fm.stringWidth(text);
        double x = end - start >= w + 6 ? (start + end - w) / 2 : Math.max(dataArea.getMinX() + 2, start - 4 - w);
        double y = dataArea.getMinY() + 4;
        g2.setPaint(BACKING);
        g2.fill(new Rectangle2D.Double(x - 2, y, w + 4, fm.getAscent() + fm.getDescent()));
        g2.setFont(font);
        g2.setPaint(paint);
        g2.drawString(text, (float) x, (float) (y + fm.getAscent()));
    }

    @Override
    public boolean equals(Object o) {
        return o == this || (o instanceof BandLabel b && b.text.equals(text) && b.from == from && b.font.equals(font)
                && b.paint.equals(paint));
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, from, font, paint);
    }
}
