package dev.navi.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ChartsTest {

    static {
        // Charts must not need a display; set before anything touches AWT in this JVM.
        System.setProperty("java.awt.headless", "true");
    }

    /** Where sample PNGs are left for a person to look at. */
    private static final Path SAMPLES = Path.of(System.getProperty("java.io.tmpdir"), "navi-chart-samples");

    @TempDir
    Path dir;

    static Stream<Arguments> charts() {
        return Stream.of(
                Arguments.of("trend_zh", trendZh()),
                Arguments.of("trend_en", trendEn()),
                Arguments.of("bars_zh", Charts.rankedBars("主要申请人排名（前10）",
                        List.of("宁德时代新能源科技股份有限公司", "比亚迪股份有限公司", "LG Energy Solution, Ltd. (Korea)",
                                "松下电器产业株式会社", "国轩高科", "中创新航科技集团股份有限公司", "蜂巢能源", "亿纬锂能",
                                "Samsung SDI Co., Ltd.", "欣旺达电子股份有限公司"),
                        List.of(812, 655, 430, 388, 301, 255, 210, 201, 199, 120))),
                Arguments.of("bars_en", Charts.rankedBars("Top applicants",
                        List.of("Contemporary Amperex Technology Co., Limited", "BYD Co Ltd", "Panasonic Holdings Corporation"),
                        List.of(120, 340, 95))),
                Arguments.of("heatmap_zh", Charts.heatMap("产业链环节 × 年份 申请量",
                        List.of("正极材料", "负极材料", "电解液", "隔膜", "电池管理系统"),
                        List.of("2018", "2019", "2020", "2021", "2022", "2023"),
                        new double[][] {
                                {12, 18, 25, 40, 52, 31},
                                {8, 11, 19, 22, 30, 17},
                                {3, 5, 9, Double.NaN, 14, 6},
                                {2, 4, 4, 7, 9, 5},
                                {20, 26, 35, 61, 88, 47}})),
                Arguments.of("heatmap_en", Charts.heatMap("Node × applicant",
                        List.of("Cathode", "Anode"), List.of("CATL", "BYD", "LGES"),
                        new double[][] {{1, 2, 3}, {4, 5, 6}})),
                Arguments.of("phase_zh", Charts.phaseDiagram("技术生命周期",
                        List.of(new int[] {2016, 40, 22}, new int[] {2015, 25, 15}, new int[] {2017, 70, 35},
                                new int[] {2018, 120, 52}, new int[] {2019, 180, 70}, new int[] {2020, 260, 85},
                                new int[] {2021, 330, 96}, new int[] {2022, 350, 94}),
                        "阶段：成长期")),
                Arguments.of("phase_en", Charts.phaseDiagram("Life cycle",
                        List.of(new int[] {2020, 5, 3}, new int[] {2021, 9, 4}), "Stage: emerging",
                        "Filings", "Applicants")),
                Arguments.of("quadrant_zh", Charts.quadrant("区域技术优势与增长",
                        List.of("正极材料", "负极材料", "电解液", "隔膜", "电池管理系统", "热管理与安全防护技术综合解决方案"),
                        new double[] {1.8, 0.6, 1.2, 0.4, 2.3, 0.9},
                        new double[] {0.35, 0.42, -0.05, 0.02, 0.18, -0.12},
                        1.0, 0.1, new double[] {120, 40, 60, 10, 200, 30})),
                Arguments.of("quadrant_en", Charts.quadrant("RTA vs growth",
                        List.of("Cathode", "Anode"), new double[] {1.5, 0.5}, new double[] {0.2, -0.1},
                        1.0, 0.0, null)),
                Arguments.of("quadrant_crowded_zh", ChartTypesTest.crowdedQuadrant()),
                Arguments.of("stacked_zh", ChartTypesTest.stackedZh()),
                Arguments.of("grouped_zh", ChartTypesTest.groupedZh()),
                Arguments.of("heatmap_log_zh", Charts.heatMap("技术来源国—目标市场流向", List.of("中国", "韩国", "日本"),
                        List.of("中国", "PCT（WO）", "美国", "欧专局 EP"),
                        new double[][] {{967, 48, 20, 22}, {41, 23, 22, 28}, {20, 11, 21, 0}}, "技术来源国", "目标市场",
                        true)),
                Arguments.of("tree_zh", Charts.chainTree("产业链结构及各环节专利数量", ChainTreePlotTest.bigTree(),
                        "关键产品/零部件")));
    }

    private static JFreeChart trendZh() {
        Map<String, Map<Integer, Number>> series = new LinkedHashMap<>();
        series.put("中国", Map.of(2015, 120, 2016, 180, 2017, 260, 2018, 390, 2019, 520, 2020, 610, 2021, 700,
                2022, 640, 2023, 300));
        series.put("日本", Map.of(2015, 200, 2016, 210, 2017, 220, 2018, 230, 2019, 235, 2020, 240, 2021, 238,
                2022, 200, 2023, 90));
        series.put("美国", Map.of(2015, 90, 2016, 100, 2017, 130, 2018, 150, 2019, 170, 2020, 200, 2021, 210,
                2022, 190, 2023, 80));
        return Charts.trendLines("新能源汽车动力电池专利申请趋势", "申请量（件）", series, 2022, "数据不完整");
    }

    private static JFreeChart trendEn() {
        Map<String, Map<Integer, Number>> series = new LinkedHashMap<>();
        series.put("Filings", Map.of(2019, 3, 2020, 7, 2021, 12));
        return Charts.trendLines("Filings per year", "Filings", series);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("charts")
    void renders_a_non_blank_png_of_the_requested_size(String name, JFreeChart chart) throws IOException {
        // given
        Path file = dir.resolve(name + ".png");

        // when
        try (OutputStream out = Files.newOutputStream(file)) {
            ChartWriter.png(chart, out, 1600, 1000, 2.0);
        }
        Files.createDirectories(SAMPLES);
        Files.copy(file, SAMPLES.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        // then
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo(1600);
        assertThat(image.getHeight()).isEqualTo(1000);
        assertThat(nonWhiteShare(image)).as("share of non-white pixels").isGreaterThan(0.01);
        assertThat(chart.getTitle().getFont().getFamily()).isEqualTo(ChartFonts.FAMILY);
        assertThat(chart.getTitle().getFont().canDisplayUpTo("新能源汽车动力电池")).isEqualTo(-1);
    }

    @Test
    void aPercentAxisOfSmallSharesPrintsEachTickOnceWithTheDecimalsItsStepNeeds() throws Exception {
        // given control strengths of 0.5–3.6 % (a node's top applicants)
        java.text.NumberFormat pct = java.text.NumberFormat.getPercentInstance(java.util.Locale.ROOT);
        JFreeChart c = Charts.groupedBars("t", List.of("a", "b"), List.of("s"), new double[][] {{0.036, 0.005}}, "x", pct, null);
        var axis = (org.jfree.chart.axis.NumberAxis) c.getCategoryPlot().getRangeAxis();
        // when drawn
        ChartWriter.png(c, OutputStream.nullOutputStream(), 800, 500, 1);
        // then the ticks are distinct labels (0%, 0.5%, 1% … or 0%, 1%, 2% …), never 0%, 0%, 1%, 1%
        var unit = axis.getTickUnit();
        java.util.List<String> labels = new java.util.ArrayList<>();
        for (double v = 0; v <= axis.getUpperBound() + 1e-12; v += unit.getSize()) {
            labels.add(unit.valueToString(v));
        }
        assertThat(labels).doesNotHaveDuplicates().hasSizeGreaterThan(3);
        assertThat(Charts.percentTicks((java.text.DecimalFormat) pct).getCeilingTickUnit(0.004).valueToString(0.005))
                .isEqualTo("0.5%");
    }

    @Test
    void bundled_font_displays_chinese_and_is_not_a_system_fallback() {
        Font font = ChartFonts.plain(12);
        assertThat(font.getFamily()).isEqualTo(ChartFonts.FAMILY);
        assertThat(font.getFontName()).doesNotContain("Dialog");
        assertThat(font.canDisplayUpTo("新能源汽车动力电池 优势潜力薄弱空白 Lithium-ion 2023")).isEqualTo(-1);
        assertThat(ChartFonts.bold(16).getSize2D()).isEqualTo(16f);
        assertThat(ChartFonts.base()).isSameAs(ChartFonts.base());
    }

    @Test
    void theme_puts_the_bundled_font_on_axes_and_legend() {
        JFreeChart chart = trendZh();
        var plot = chart.getXYPlot();
        assertThat(plot.getRangeAxis().getLabelFont().getFamily()).isEqualTo(ChartFonts.FAMILY);
        assertThat(plot.getRangeAxis().getTickLabelFont().getFamily()).isEqualTo(ChartFonts.FAMILY);
        assertThat(chart.getLegend().getItemFont().getFamily()).isEqualTo(ChartFonts.FAMILY);
        assertThat(plot.getBackgroundPaint()).isEqualTo(java.awt.Color.WHITE);
    }

    @Test
    void png_output_is_deterministic() throws IOException {
        ByteArrayOutputStream a = new ByteArrayOutputStream();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        ChartWriter.png(trendZh(), a, 800, 500, 1.0);
        ChartWriter.png(trendZh(), b, 800, 500, 1.0);
        assertThat(a.toByteArray()).isEqualTo(b.toByteArray());
        assertThat(new String(a.toByteArray(), java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("tIME");
        assertThat(ImageIO.read(new ByteArrayInputStream(a.toByteArray())).getWidth()).isEqualTo(800);
    }

    @Test
    void ranked_bars_are_sorted_longest_first_with_shortened_labels() {
        JFreeChart chart = Charts.rankedBars("t", List.of("a", "b", "c"), List.of(1, 3, 2));
        var data = chart.getCategoryPlot().getDataset();
        assertThat(data.getColumnKeys()).map(Object::toString).containsExactly("b", "c", "a");
        assertThat(data.getValue(0, 0)).isEqualTo(3);
    }

    @Test
    void long_labels_are_cut_to_18_chinese_or_30_latin_characters() {
        String zh18 = "一二三四五六七八九十一二三四五六七八";
        assertThat(Labels.shorten(zh18)).isEqualTo(zh18);
        assertThat(Labels.shorten(zh18 + "九")).isEqualTo("一二三四五六七八九十一二三四五六七…");
        String en30 = "abcdefghijklmnopqrstuvwxyz0123";
        assertThat(Labels.shorten(en30)).isEqualTo(en30);
        assertThat(Labels.shorten(en30 + "4")).isEqualTo("abcdefghijklmnopqrstuvwxyz012…");
        assertThat(Labels.shorten(null)).isEmpty();
    }

    @Test
    void quadrant_of_a_point_on_a_threshold_is_the_high_side() {
        assertThat(Charts.quadrantOf(1, 1, 1, 1)).isZero();
        assertThat(Charts.quadrantOf(0, 1, 1, 0)).isEqualTo(1);
        assertThat(Charts.quadrantOf(0, -1, 1, 0)).isEqualTo(2);
        assertThat(Charts.quadrantOf(2, -1, 1, 0)).isEqualTo(3);
    }

    private static double nonWhiteShare(BufferedImage image) {
        long nonWhite = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    nonWhite++;
                }
            }
        }
        return nonWhite / (double) (image.getWidth() * image.getHeight());
    }
}
