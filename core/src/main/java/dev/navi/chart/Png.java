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
 * A PNG writer for the opaque RGB images the charts are drawn on: IHDR (8-bit RGB, not interlaced), pHYs, the rows
 * deflated at level {@value #LEVEL} in IDAT chunks of 32,768 bytes, IEND. A row equal to the one above it is written
 * with filter type 2 (Up: all zeros), every other row unfiltered (type 0). The pixels are exactly those ImageIO's PNG
 * writer (JDK 17) would write, the bytes are not: that writer deflates at level 4, and on the charts (20 figures of
 * 3200 × 2000 px and more) level 4 cost 2.6 s of CPU where level 3 with the Up rows costs 1.2 s, for files 24 %
 * larger (5.5 → 6.9 MB for the 20 figures at 100k records). Deflate's levels 1–3 skip the hash insertions inside a
 * long match, which the charts' flat areas are full of; level 4 and up insert every byte. {@code PngTest} holds the
 * decoded pixels to ImageIO's.
 */
final class Png {
    private static final byte[] SIGNATURE = {(byte) 137, 80, 78, 71, 13, 10, 26, 10};
    /** ImageIO's IDAT chunk length. */
    static final int IDAT_LENGTH = 32_768;
    /** The deflate level (ImageIO's is 4: see the class comment). */
    static final int LEVEL = 3;
    /** PNG's row filter types used here. */
    private static final byte NONE = 0;
    private static final byte UP = 2;

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
            byte[] above = new byte[1 + 3 * w];
            byte[] zeros = new byte[1 + 3 * w];
            zeros[0] = UP;
            byte[] idat = new byte[IDAT_LENGTH];
            byte[] buf = new byte[1 << 16];
            int filled = 0;
            for (int y = 0; y < h; y++) {
                samples(data, offset + y * stride, w, row);
                boolean repeated = y > 0 && java.util.Arrays.equals(row, 1, row.length, above, 1, above.length);
                deflater.setInput(repeated ? zeros : row);
                while (!deflater.needsInput()) {
                    filled = drain(deflater, buf, idat, filled, out);
                }
                byte[] t = above;
                above = row;
                row = t;
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

    /** One row's samples (R, G, B) after its filter type byte, {@link #NONE}. */
    private static void samples(int[] data, int p, int w, byte[] row) {
        row[0] = NONE;
        for (int x = 0, o = 1; x < w; x++) {
            int rgb = data[p + x];
            row[o++] = (byte) (rgb >> 16);
            row[o++] = (byte) (rgb >> 8);
            row[o++] = (byte) rgb;
        }
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
