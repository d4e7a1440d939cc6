package dev.navi.chart;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.SinglePixelPackedSampleModel;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A PNG writer for the opaque RGB images the charts are drawn on, writing byte for byte what ImageIO's PNG writer
 * (JDK 17) writes for them with a pHYs chunk — IHDR (8-bit RGB, not interlaced), pHYs, the rows unfiltered (filter
 * type 0 on every row, as that writer chooses for non-palette images) deflated at level 4 in IDAT chunks of 32,768
 * bytes, IEND — in a fraction of its time: that writer copies every row into a raster, every sample into an int and
 * computes its checksums in Java, which made PNG encoding most of the charts' cost (17 figures of 3200 × 2000 px).
 * {@code PngTest} holds the two writers to the same bytes.
 */
final class Png {
    private static final byte[] SIGNATURE = {(byte) 137, 80, 78, 71, 13, 10, 26, 10};
    /** ImageIO's IDAT chunk length. */
    static final int IDAT_LENGTH = 32_768;
    /** ImageIO's default deflate level for PNG. */
    static final int LEVEL = 4;

    private Png() {
    }

    /** Writes a {@link BufferedImage#TYPE_INT_RGB} image with its resolution in pixels per metre. */
    static void write(BufferedImage image, OutputStream out, long pixelsPerMetre) throws IOException {
        int w = image.getWidth();
        int h = image.getHeight();
        var raster = image.getRaster();
        int[] data = ((DataBufferInt) raster.getDataBuffer()).getData();
        int stride = ((SinglePixelPackedSampleModel) raster.getSampleModel()).getScanlineStride();
        int offset = ((DataBufferInt) raster.getDataBuffer()).getOffset()
                - raster.getSampleModelTranslateY() * stride - raster.getSampleModelTranslateX();
        out.write(SIGNATURE);
        byte[] ihdr = new byte[13];
        putInt(ihdr, 0, w);
        putInt(ihdr, 4, h);
        ihdr[8] = 8;  // bit depth
        ihdr[9] = 2;  // colour type: RGB
        chunk(out, "IHDR", ihdr, ihdr.length);
        byte[] phys = new byte[9];
        putInt(phys, 0, (int) pixelsPerMetre);
        putInt(phys, 4, (int) pixelsPerMetre);
        phys[8] = 1;  // unit: metre
        chunk(out, "pHYs", phys, phys.length);

        Deflater deflater = new Deflater(LEVEL);
        try {
            byte[] row = new byte[1 + 3 * w];
            byte[] idat = new byte[IDAT_LENGTH];
            byte[] buf = new byte[1 << 16];
            int filled = 0;
            for (int y = 0; y < h; y++) {
                row[0] = 0; // filter type None
                int p = offset + y * stride;
                for (int x = 0, o = 1; x < w; x++) {
                    int rgb = data[p + x];
                    row[o++] = (byte) (rgb >> 16);
                    row[o++] = (byte) (rgb >> 8);
                    row[o++] = (byte) rgb;
                }
                deflater.setInput(row);
                while (!deflater.needsInput()) {
                    filled = drain(deflater, buf, idat, filled, out);
                }
            }
            deflater.finish();
            while (!deflater.finished()) {
                filled = drain(deflater, buf, idat, filled, out);
            }
            if (filled > 0) {
                chunk(out, "IDAT", idat, filled);
            }
        } finally {
            deflater.end();
        }
        chunk(out, "IEND", new byte[0], 0);
    }

    /** Deflates into {@code buf} and moves the output into IDAT chunks of {@link #IDAT_LENGTH}; the bytes pending. */
    private static int drain(Deflater deflater, byte[] buf, byte[] idat, int filled, OutputStream out) throws IOException {
        int n = deflater.deflate(buf);
        int off = 0;
        while (n > 0) {
            if (filled == IDAT_LENGTH) {
                chunk(out, "IDAT", idat, filled);
                filled = 0;
            }
            int k = Math.min(n, IDAT_LENGTH - filled);
            System.arraycopy(buf, off, idat, filled, k);
            filled += k;
            off += k;
            n -= k;
        }
        return filled;
    }

    private static void chunk(OutputStream out, String type, byte[] data, int length) throws IOException {
        byte[] head = new byte[8];
        putInt(head, 0, length);
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(t, 0, head, 4, 4);
        out.write(head);
        out.write(data, 0, length);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data, 0, length);
        byte[] c = new byte[4];
        putInt(c, 0, (int) crc.getValue());
        out.write(c);
    }

    private static void putInt(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }
}
