package dev.navi.chart;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Iterator;
import java.util.Locale;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;

/**
 * Writes charts as PNG or SVG. Works headless (it draws on a {@link BufferedImage} or an SVG document, never on a
 * screen) and is deterministic: the same chart gives the same bytes. PNG files carry no time stamp, only a resolution
 * (pHYs) chunk; SVG files use fixed ids and draw text as outlines, so they need no font on the reader's machine.
 */
public final class ChartWriter {

    private ChartWriter() {
    }

    /**
     * Draws {@code chart} on a {@code widthPx} × {@code heightPx} image and writes it to {@code out} as PNG. The chart
     * is laid out at {@code widthPx / scale} × {@code heightPx / scale} points and magnified by {@code scale}, so
     * fonts keep their point sizes while the image gains pixels: 1600 × 1000 at scale 2 is an 800 × 500 pt chart
     * at 144 dpi, recorded as such in the file. {@code out} is flushed, not closed.
     */
    public static void png(JFreeChart chart, OutputStream out, int widthPx, int heightPx, double scale)
            throws IOException {
        if (widthPx <= 0 || heightPx <= 0) {
            throw new IllegalArgumentException("image size must be positive: " + widthPx + " x " + heightPx);
        }
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("scale must be positive: " + scale);
        }
        BufferedImage image = render(chart, widthPx, heightPx, scale);
        write(image, out, 72.0 * scale);
        out.flush();
    }

    /** The chart drawn on an opaque RGB image, as {@link #png} writes it. */
    public static BufferedImage render(JFreeChart chart, int widthPx, int heightPx, double scale) {
        BufferedImage image = new BufferedImage(widthPx, heightPx, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g2.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g2.setColor(java.awt.Color.WHITE);
            g2.fillRect(0, 0, widthPx, heightPx);
            g2.scale(scale, scale);
            chart.draw(g2, new Rectangle2D.Double(0, 0, widthPx / scale, heightPx / scale));
        } finally {
            g2.dispose();
        }
        return image;
    }

    /**
     * Draws {@code chart} on a {@code width} × {@code height} point SVG canvas (JFreeSVG) and writes the document to
     * {@code out} as UTF-8. Text is converted to vector outlines of the bundled font, so Chinese renders on any viewer;
     * coordinates are rounded to 0.01 pt; definition ids use a fixed prefix instead of JFreeSVG's time-based one, so
     * the same chart gives the same bytes. {@code out} is flushed, not closed.
     */
    public static void svg(JFreeChart chart, OutputStream out, int width, int height) throws IOException {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("canvas size must be positive: " + width + " x " + height);
        }
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        g2.setDefsKeyPrefix("navi");
        DecimalFormat fmt = new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
        g2.setGeomDoubleConverter(fmt::format);
        g2.setTransformDoubleConverter(new DecimalFormat("0.####", DecimalFormatSymbols.getInstance(Locale.ROOT))::format);
        g2.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_VECTOR);
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g2.setColor(java.awt.Color.WHITE);
        g2.fillRect(0, 0, width, height);
        chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write(g2.getSVGDocument());
        w.flush();
    }

    private static void write(BufferedImage image, OutputStream out, double dpi) throws IOException {
        if (image.getType() == BufferedImage.TYPE_INT_RGB
                && image.getRaster().getDataBuffer() instanceof java.awt.image.DataBufferInt) {
            Png.write(image, out, Math.round(dpi / 0.0254));
            return;
        }
        writeImageIo(image, out, dpi);
    }

    /** The same file through ImageIO's PNG writer (any image type; {@link Png} writes the same bytes, faster). */
    static void writeImageIo(BufferedImage image, OutputStream out, double dpi) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        if (!writers.hasNext()) {
            throw new IOException("no PNG writer in this JRE");
        }
        ImageWriter writer = writers.next();
        try {
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
            String pixelsPerMetre = Long.toString(Math.round(dpi / 0.0254));
            IIOMetadataNode phys = new IIOMetadataNode("pHYs");
            phys.setAttribute("pixelsPerUnitXAxis", pixelsPerMetre);
            phys.setAttribute("pixelsPerUnitYAxis", pixelsPerMetre);
            phys.setAttribute("unitSpecifier", "meter");
            IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
            root.appendChild(phys);
            metadata.mergeTree("javax_imageio_png_1.0", root);
            try (ImageOutputStream ios = new MemoryCacheImageOutputStream(out)) {
                writer.setOutput(ios);
                writer.write(null, new IIOImage(image, null, metadata), param);
            }
        } finally {
            writer.dispose();
        }
    }
}
