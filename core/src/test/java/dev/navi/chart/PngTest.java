package dev.navi.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

/** navi's PNG writer against ImageIO's: the same bytes, so the charts (and the documents they are in) do not change. */
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

    @Test
    void a_drawn_chart_gives_the_bytes_imageio_gives() throws IOException {
        BufferedImage chart = ChartWriter.render(Charts.rankedBars("申请人排名 ranking", java.util.List.of("甲公司", "B Corp", "丙大学"), java.util.List.of(12, 30, 21)), 1600, 1000, 2.0);

        byte[] mine = png(chart);

        assertThat(mine).isEqualTo(imageIo(chart));
    }

    @Test
    void noise_over_many_idat_chunks_gives_the_bytes_imageio_gives_and_reads_back() throws IOException {
        // random pixels hardly compress: ~120 kB of IDAT, four chunks of 32,768 bytes and a short last one
        BufferedImage noise = new BufferedImage(231, 173, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(7);
        for (int y = 0; y < noise.getHeight(); y++) {
            for (int x = 0; x < noise.getWidth(); x++) {
                noise.setRGB(x, y, random.nextInt(1 << 24));
            }
        }

        byte[] mine = png(noise);

        assertThat(mine).isEqualTo(imageIo(noise));
        assertThat(mine.length).isGreaterThan(3 * Png.IDAT_LENGTH);
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(mine));
        assertThat(back.getRGB(17, 99) & 0xffffff).isEqualTo(noise.getRGB(17, 99) & 0xffffff);
        assertThat(back.getRGB(230, 172) & 0xffffff).isEqualTo(noise.getRGB(230, 172) & 0xffffff);
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

        assertThat(png(part)).isEqualTo(imageIo(part));
    }
}
