package dev.navi.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.Inflater;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

/**
 * navi's PNG writer against ImageIO's: the same pixels when read back (the bytes differ: navi deflates at a lower
 * level and writes a row equal to the one above as an Up row), the same chunks around them, the same bytes twice.
 */
class PngTest {

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Png.write(image, out, Math.round(288 / 0.0254));
        return out.toByteArray();
    }

    private static byte[] imageIo(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ChartWriter.writeImageIo(image, out, 288);
        return out.toByteArray();
    }

    /** Every pixel of a PNG file, read back by ImageIO, as 0xRRGGBB. */
    private static int[] pixels(byte[] png) throws IOException {
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(png));
        int[] px = back.getRGB(0, 0, back.getWidth(), back.getHeight(), null, 0, back.getWidth());
        for (int i = 0; i < px.length; i++) {
            px[i] &= 0xffffff;
        }
        return px;
    }

    private static int[] pixels(BufferedImage image) {
        int[] px = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        for (int i = 0; i < px.length; i++) {
            px[i] &= 0xffffff;
        }
        return px;
    }

    /** The chunk types in file order, and the inflated image data (filter type byte, then the row's samples, per row). */
    private record Chunks(List<String> types, List<Integer> lengths, byte[] raw) {
    }

    private static Chunks chunks(byte[] png) throws Exception {
        ByteBuffer b = ByteBuffer.wrap(png);
        b.position(8);
        List<String> types = new ArrayList<>();
        List<Integer> lengths = new ArrayList<>();
        ByteArrayOutputStream idat = new ByteArrayOutputStream();
        while (b.hasRemaining()) {
            int length = b.getInt();
            byte[] type = new byte[4];
            b.get(type);
            byte[] data = new byte[length];
            b.get(data);
            b.getInt(); // CRC (ImageIO checks it when reading back)
            String t = new String(type, java.nio.charset.StandardCharsets.US_ASCII);
            types.add(t);
            lengths.add(length);
            if (t.equals("IDAT")) {
                idat.write(data);
            }
        }
        Inflater inflater = new Inflater();
        inflater.setInput(idat.toByteArray());
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        byte[] buf = new byte[1 << 16];
        while (!inflater.finished()) {
            raw.write(buf, 0, inflater.inflate(buf));
        }
        inflater.end();
        return new Chunks(types, lengths, raw.toByteArray());
    }

    @Test
    void a_drawn_chart_reads_back_as_the_pixels_imageio_writes_and_is_smaller_than_raw() throws Exception {
        BufferedImage chart = ChartWriter.render(Charts.rankedBars("申请人排名 ranking", java.util.List.of("甲公司", "B Corp", "丙大学"), java.util.List.of(12, 30, 21)), 1600, 1000, 2.0);

        byte[] mine = png(chart);
        byte[] theirs = imageIo(chart);

        assertThat(pixels(mine)).isEqualTo(pixels(theirs)).isEqualTo(pixels(chart));
        assertThat(png(chart)).as("the same image gives the same bytes").isEqualTo(mine);
        // the chunks ImageIO writes, in its order; the header and resolution byte for byte
        Chunks c = chunks(mine);
        assertThat(c.types().get(0)).isEqualTo("IHDR");
        assertThat(c.types().get(1)).isEqualTo("pHYs");
        assertThat(c.types().get(c.types().size() - 1)).isEqualTo("IEND");
        assertThat(java.util.Arrays.copyOfRange(mine, 0, 8 + 25 + 21)).isEqualTo(java.util.Arrays.copyOfRange(theirs, 0, 8 + 25 + 21));
        // a lower deflate level than ImageIO's 4, but not so low that the file balloons
        assertThat(mine.length).isLessThan(theirs.length * 3 / 2);
    }

    @Test
    void a_row_equal_to_the_one_above_is_an_up_row_of_zeros_every_other_row_unfiltered() throws Exception {
        // 5 × 4: rows 0 and 1 white, row 2 with a red pixel, row 3 equal to row 2
        BufferedImage image = new BufferedImage(5, 4, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 4; y++) {
            for (int x = 0; x < 5; x++) {
                image.setRGB(x, y, 0xffffff);
            }
        }
        image.setRGB(3, 2, 0xff0000);
        image.setRGB(3, 3, 0xff0000);

        byte[] mine = png(image);

        byte[] raw = chunks(mine).raw();
        int stride = 1 + 3 * 5;
        assertThat(raw).hasSize(4 * stride);
        assertThat(raw[0]).as("the first row has none above").isEqualTo((byte) 0);
        assertThat(raw[stride]).isEqualTo((byte) 2);
        assertThat(raw[2 * stride]).isEqualTo((byte) 0);
        assertThat(raw[2 * stride + 1 + 3 * 3]).isEqualTo((byte) 0xff);  // red of (3, 2), unfiltered
        assertThat(raw[2 * stride + 1 + 3 * 3 + 1]).isEqualTo((byte) 0);
        assertThat(raw[3 * stride]).isEqualTo((byte) 2);
        for (int i = 1; i < stride; i++) {
            assertThat(raw[stride + i]).isZero();
            assertThat(raw[3 * stride + i]).isZero();
        }
        assertThat(pixels(mine)).isEqualTo(pixels(image));
    }

    @Test
    void noise_over_many_idat_chunks_reads_back_pixel_for_pixel() throws Exception {
        // random pixels hardly compress: ~122 kB of IDAT, three chunks of 32,768 bytes and a short last one; every
        // fifth row repeats the row above, so Up rows come between unfiltered ones
        BufferedImage noise = new BufferedImage(231, 220, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(7);
        for (int y = 0; y < noise.getHeight(); y++) {
            for (int x = 0; x < noise.getWidth(); x++) {
                noise.setRGB(x, y, y % 5 == 4 ? noise.getRGB(x, y - 1) : random.nextInt(1 << 24));
            }
        }

        byte[] mine = png(noise);

        assertThat(mine.length).isGreaterThan(3 * Png.IDAT_LENGTH);
        Chunks c = chunks(mine);
        assertThat(c.types().subList(2, 6)).containsOnly("IDAT");
        assertThat(c.lengths().subList(2, 5)).containsOnly(Png.IDAT_LENGTH);
        assertThat(c.lengths().get(5)).isLessThan(Png.IDAT_LENGTH);
        assertThat(pixels(mine)).isEqualTo(pixels(noise)).isEqualTo(pixels(imageIo(noise)));
    }

    @Test
    void a_sub_image_is_written_from_its_own_pixels() throws IOException {
        BufferedImage big = new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = big.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 300, 200);
        g.setColor(new Color(0x2a6fb0));
        g.fillOval(40, 30, 180, 120);
        g.dispose();
        BufferedImage part = big.getSubimage(50, 40, 120, 90);

        assertThat(pixels(png(part))).isEqualTo(pixels(part)).isEqualTo(pixels(imageIo(part)));
    }
}
