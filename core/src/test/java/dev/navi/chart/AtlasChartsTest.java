package dev.navi.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.imageio.ImageIO;

import dev.navi.chain.map.ChainMap;
import dev.navi.chain.map.ChainMapReader;
import dev.navi.metrics.Actor;
import dev.navi.metrics.MetricContext;
import dev.navi.metrics.MetricRecord;
import dev.navi.metrics.MetricTable;
import dev.navi.metrics.ModuleResult;
import dev.navi.metrics.direction.ControlWeights;
import dev.navi.metrics.direction.DirectionModule;
import dev.navi.project.Region;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fixture: a map bat → {mat → {cath (key), anod}, sys → {pack, bms}}, 120 records 2012–2024 (last complete year
 * 2022) spread over the four leaves, five applicants from CN, JP, KR, US and DE, markets CN/US/EP/WO.
 */
class AtlasChartsTest {

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private static final String YAML = """
            industry: {id: t, zh: 电池产业, en: Battery industry}
            nodes:
              - id: mat
                zh: 材料
                en: Materials
                children:
                  - {id: cath, zh: 正极材料, en: Cathode, key: true, query: 正极}
                  - {id: anod, zh: 负极材料, en: Anode, query: 负极}
              - id: sys
                zh: 系统
                en: Systems
                children:
                  - {id: pack, zh: 电池包, en: Battery pack, query: 电池包}
                  - {id: bms, zh: 电池管理系统, en: Battery management, query: 管理}
            """;

    private static final List<Actor> ACTORS = List.of(
            new Actor("宁德时代", "宁德时代", "enterprise", "CN", null, null),
            new Actor("Panasonic", "Panasonic", "enterprise", "JP", null, null),
            new Actor("LG Energy Solution", "LG", "enterprise", "KR", null, null),
            new Actor("Tesla", "Tesla", "enterprise", "US", null, null),
            new Actor("BASF", "BASF", "enterprise", "DE", null, null));
    private static final List<String> LEAVES = List.of("cath", "anod", "pack", "bms");
    private static final Map<String, String> PARENT = Map.of("cath", "mat", "anod", "mat", "pack", "sys", "bms", "sys");

    static MetricContext context(Region region) {
        ChainMap map = ChainMapReader.read("t.yaml", YAML).orThrow();
        List<MetricRecord> records = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            int year = 2012 + (i * 7) % 13;
            String leaf = LEAVES.get(i % 4);
            Actor a = ACTORS.get((i * 3) % 5);
            String pub = a.country() + String.format("%05d", i) + "A";
            List<String> markets = i % 3 == 0 ? List.of(a.country(), "US", "WO") : List.of(a.country());
            records.add(new MetricRecord("F:" + pub, pub, "title " + i, year, year, a.country(), markets,
                    List.of(a.country()), List.of(a), List.of(), Set.of(leaf, PARENT.get(leaf)), List.of(), null, null,
                    i % 2 == 0, i % 9, 1 + i % 4, null, null, null, null, null, null, List.of()));
        }
        return new MetricContext(records, map, "family", region, List.of(), 2012, 2024, 2022);
    }

    static Map<String, ModuleResult> modules(MetricContext ctx) {
        Map<String, ModuleResult> m = new LinkedHashMap<>();
        m.put("direction", DirectionModule.compute(ctx, ControlWeights.defaults()));
        return m;
    }

    /** Hand-made positioning tables, with just the columns the charts read. */
    static ModuleResult positioning() {
        MetricTable region = new MetricTable("region_by_node", "区域", "Region",
                List.of("node", "region_count", "rta", "region_cagr"),
                List.of(List.of("mat", 20L, 1.1, 0.2), List.of("cath", 12L, 1.3, 0.25), List.of("anod", 8L, 0.8, 0.3),
                        List.of("pack", 5L, 0.9, -0.1), java.util.Arrays.asList("bms", 2L, 1.2, null)),
                List.of(), "test");
        // the rule the table used: growth benchmark 12 % a year, 2019–2023
        MetricTable rule = new dev.navi.metrics.positioning.PositioningRule(1.0, 0.12, true, 2019, 2023, 10).table();
        MetricTable peers = new MetricTable("peer_comparison", "对标", "Peers",
                List.of("node", "node_name", "四川省_count", "四川省_rta", "广东省_count", "广东省_rta", "global_count"),
                List.of(List.of("mat", "材料", 20L, 1.1, 30L, 0.9, 60L), List.of("cath", "正极材料", 12L, 1.3, 10L, 0.7, 30L),
                        List.of("anod", "负极材料", 8L, 0.8, 20L, 1.1, 30L), List.of("sys", "系统", 10L, 0.8, 40L, 1.2, 60L),
                        List.of("pack", "电池包", 5L, 0.9, 20L, 1.2, 30L), List.of("bms", "电池管理系统", 2L, 1.2, 20L, 1.0, 30L)),
                List.of(), "test");
        return new ModuleResult(List.of(region, peers, rule), List.of(), List.of(), List.of());
    }

    @Test
    void without_a_region_the_figures_come_in_report_order_with_sections_tables_and_captions() {
        // given
        MetricContext ctx = context(null);

        // when
        List<AtlasCharts.Spec> specs = AtlasCharts.plan(ctx, modules(ctx), false);

        // then
        assertThat(specs).extracting(AtlasCharts.Spec::id).containsExactly("chain_tree", "trend", "trend_stacked",
                "origin_stacked", "heatmap_node_year", "heatmap_node_country", "life_cycle", "life_cycle_2",
                "leading_applicants", "heatmap_applicant_node", "control_strength", "market_matrix");
        assertThat(specs.get(0).section()).isEqualTo("overview");
        assertThat(specs.subList(1, specs.size())).allSatisfy(s -> assertThat(s.section()).isEqualTo("direction"));
        assertThat(specs).allSatisfy(s -> {
            assertThat(s.titleZh()).isNotBlank();
            assertThat(s.titleEn()).isNotBlank();
            assertThat(s.table()).isNotBlank();
        });
        // captions name the node in each language, whatever the project's language
        AtlasCharts.Spec lifeCycle = specs.stream().filter(s -> s.id().equals("life_cycle")).findFirst().orElseThrow();
        assertThat(lifeCycle.titleZh()).startsWith("技术生命周期：");
        assertThat(lifeCycle.titleEn()).matches("Technology life cycle: (Materials|Systems)");
        assertThat(specs).filteredOn(s -> s.id().equals("heatmap_node_country"))
                .extracting(AtlasCharts.Spec::table).containsExactly("origin_by_node");
    }

    @Test
    void with_a_region_the_positioning_figures_follow() {
        // given
        MetricContext ctx = context(new Region(Region.Level.PROVINCE, "51", "四川省"));
        Map<String, ModuleResult> modules = modules(ctx);
        modules.put("positioning", positioning());

        // when
        List<AtlasCharts.Spec> specs = AtlasCharts.plan(ctx, modules, true);

        // then
        assertThat(specs.subList(specs.size() - 2, specs.size())).extracting(AtlasCharts.Spec::id, AtlasCharts.Spec::section)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("quadrant", "positioning"),
                        org.assertj.core.groups.Tuple.tuple("peer_comparison", "positioning"));
        // the quadrant shows the leaves only, named in English, and the corners in English
        var quadrant = specs.get(specs.size() - 2).chart();
        PointLabels labels = quadrant.getXYPlot().getAnnotations().stream().filter(a -> a instanceof PointLabels)
                .map(a -> (PointLabels) a).findFirst().orElseThrow();
        assertThat(labels.labels()).extracting(PointLabels.Label::text)
                .containsExactlyInAnyOrder("Cathode", "Anode", "Battery pack");
        // the growth line is the rule's benchmark (12 %), the RTA line 1.0
        assertThat(quadrant.getXYPlot().getRangeMarkers(org.jfree.chart.ui.Layer.BACKGROUND))
                .extracting(m -> ((org.jfree.chart.plot.ValueMarker) m).getValue()).containsExactly(0.12);
        assertThat(quadrant.getXYPlot().getDomainMarkers(org.jfree.chart.ui.Layer.BACKGROUND))
                .extracting(m -> ((org.jfree.chart.plot.ValueMarker) m).getValue()).containsExactly(1.0);
        // the leaf with undefined growth is not drawn but named under the chart
        String note = ((org.jfree.chart.title.TextTitle) quadrant.getSubtitle(quadrant.getSubtitleCount() - 1)).getText();
        assertThat(note).contains("12.0%", "Not drawn", "Battery management");
        // the peer chart compares the region and its peers (series) across the level-2 branches, RTA 1 marked
        var peerPlot = specs.get(specs.size() - 1).chart().getCategoryPlot();
        var peers = peerPlot.getDataset();
        // in English, the regions by their Latin names
        assertThat(peers.getRowKeys()).map(Object::toString).containsExactly("Sichuan", "Guangdong");
        assertThat(peers.getColumnKeys()).map(Object::toString)
                .containsExactly("Cathode", "Anode", "Battery pack", "Battery management");
        assertThat(peers.getValue(1, 0).doubleValue()).isEqualTo(0.7);
        assertThat(peerPlot.getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND)).hasSize(1);
    }

    @Test
    void missing_tables_leave_their_figures_out() {
        // given: no module results at all
        MetricContext ctx = context(new Region(Region.Level.PROVINCE, "51", "四川省"));

        // when
        List<AtlasCharts.Spec> specs = AtlasCharts.plan(ctx, Map.of(), false);

        // then: only the chain tree, counted from the records themselves
        assertThat(specs).extracting(AtlasCharts.Spec::id).containsExactly("chain_tree");
    }

    @Test
    void writes_png_and_svg_files_deterministically(@TempDir Path dir) throws IOException {
        // given
        MetricContext ctx = context(null);
        Map<String, ModuleResult> modules = modules(ctx);

        // when
        List<Figure> first = AtlasCharts.write(ctx, modules, false, dir.resolve("a"), true);
        List<Figure> again = AtlasCharts.write(ctx, modules, false, dir.resolve("b"), true);
        List<Figure> pngOnly = AtlasCharts.write(ctx, modules, false, dir.resolve("c"));

        // then
        assertThat(first).hasSize(12);
        for (int i = 0; i < first.size(); i++) {
            Figure f = first.get(i);
            assertThat(f.png().getFileName().toString()).isEqualTo(f.id() + ".png");
            assertThat(f.svg().getFileName().toString()).isEqualTo(f.id() + ".svg");
            assertThat(Files.readAllBytes(f.png())).as(f.id() + ".png").isEqualTo(Files.readAllBytes(again.get(i).png()));
            assertThat(Files.readAllBytes(f.svg())).as(f.id() + ".svg").isEqualTo(Files.readAllBytes(again.get(i).svg()));
            assertThat(pngOnly.get(i).svg()).isNull();
        }
        BufferedImage trend = ImageIO.read(first.get(1).png().toFile());
        assertThat(trend.getWidth()).isEqualTo(AtlasCharts.WIDTH);
        assertThat(trend.getHeight()).isEqualTo(AtlasCharts.HEIGHT);
        String svg = Files.readString(first.get(0).svg());
        assertThat(svg).startsWith("<?xml").contains("<svg ", "width='800' height='500'").doesNotContain("<text");
        assertThat(Files.list(dir.resolve("c")).map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".svg"));
    }

    @Test
    void a_drawing_lists_its_figures_before_they_are_drawn_and_waits_for_each(@TempDir Path dir) throws IOException {
        // given
        MetricContext ctx = context(null);
        Map<String, ModuleResult> modules = modules(ctx);
        List<Figure> written = AtlasCharts.write(ctx, modules, false, dir.resolve("a"));

        // when
        AtlasCharts.Drawing drawing = AtlasCharts.start(ctx, modules, false, dir.resolve("b"), false, null);
        List<Figure> listed = drawing.figures();
        Figure last = listed.get(listed.size() - 1);
        drawing.await(last);

        // then: the figures write() returns, in the same order; an awaited figure's file is complete
        assertThat(listed).hasSize(written.size());
        for (int i = 0; i < listed.size(); i++) {
            assertThat(listed.get(i).id()).isEqualTo(written.get(i).id());
            assertThat(listed.get(i).png()).isEqualTo(dir.resolve("b").resolve(written.get(i).id() + ".png"));
        }
        assertThat(Files.readAllBytes(last.png())).isEqualTo(Files.readAllBytes(written.get(written.size() - 1).png()));
        assertThat(drawing.all()).isEqualTo(listed);
        for (int i = 0; i < listed.size(); i++) {
            assertThat(Files.readAllBytes(listed.get(i).png())).as(listed.get(i).id())
                    .isEqualTo(Files.readAllBytes(written.get(i).png()));
        }
    }

    @Test
    void a_long_history_starts_at_one_percent_of_the_filings_or_the_last_25_years() {
        // given: 1945–2017 with a thin early tail
        Map<Integer, Number> counts = new LinkedHashMap<>();
        for (int y = 1945; y <= 2017; y++) {
            counts.put(y, y < 1990 ? 1 : (y - 1989) * 100L);
        }
        // total = 45 + 100·(1+…+28) = 40,645; 1% = 406.45 is reached in 1992 (45 + 100 + 200 + 300 = 645), but the
        // last 25 years start later, in 1993
        assertThat(AtlasCharts.displayYears(counts)).containsExactly(1993, 2017);
        // a short period is kept whole, leading empty years dropped
        Map<Integer, Number> shortRun = new LinkedHashMap<>();
        shortRun.put(2005, 0);
        shortRun.put(2006, 3);
        shortRun.put(2007, 5);
        assertThat(AtlasCharts.displayYears(shortRun)).containsExactly(2006, 2007);
        // when the 1% point is later than the 25-year window's start, it wins
        Map<Integer, Number> late = new LinkedHashMap<>();
        for (int y = 1980; y <= 2017; y++) {
            late.put(y, y < 2000 ? 0.1 : 10);
        }
        // total = 20 × 0.1 + 18 × 10 = 182; 1% = 1.82 is reached in 1998 (19 × 0.1 = 1.9), after the window's 1993
        assertThat(AtlasCharts.displayYears(late)).containsExactly(1998, 2017);
    }

    @Test
    void top_and_other_keeps_the_largest_series_and_sums_the_rest_with_the_unknown_origin() {
        Map<String, Map<Integer, Number>> series = new LinkedHashMap<>();
        series.put("CN", Map.of(2020, 10, 2021, 12));
        series.put("(unknown)", Map.of(2020, 50));
        series.put("JP", Map.of(2020, 3, 2021, 4));
        series.put("US", Map.of(2020, 1, 2021, 9));
        series.put("DE", Map.of(2020, 2));

        Map<String, Map<Integer, Number>> out = AtlasCharts.topAndOther(series, 2, "其他", c -> Countries.name(c, false));

        assertThat(out.keySet()).containsExactly("中国", "美国", "其他");
        assertThat(out.get("其他")).containsEntry(2020, 55L).containsEntry(2021, 4L);
    }

    @Test
    void the_stacked_segments_add_up_to_the_true_total() {
        // given the fixture, a record in both segments and one that matches no node, both 2020
        MetricContext base = context(null);
        List<MetricRecord> records = new ArrayList<>(base.records());
        records.add(new MetricRecord("F:M", "CN99998A", "both", 2020, 2020, "CN", List.of("CN"), List.of("CN"),
                List.of(ACTORS.get(0)), List.of(), Set.of("cath", "mat", "pack", "sys"), List.of(), null, null, false, 0, 1,
                null, null, null, null, null, null, List.of()));
        records.add(new MetricRecord("F:U", "CN99999A", "none", 2020, 2020, "CN", List.of("CN"), List.of("CN"),
                List.of(ACTORS.get(0)), List.of(), Set.of(), List.of(), null, null, false, 0, 1,
                null, null, null, null, null, null, List.of()));
        MetricContext ctx = new MetricContext(records, base.map(), "family", null, List.of(), 2012, 2024, 2022);
        Map<String, ModuleResult> modules = modules(ctx);
        MetricTable trend = modules.get("direction").tables().stream().filter(t -> t.id().equals("trend_by_year"))
                .findFirst().orElseThrow();

        // when
        AtlasCharts.Spec stacked = AtlasCharts.plan(ctx, modules, false).stream().filter(x -> x.id().equals("trend_stacked"))
                .findFirst().orElseThrow();

        // then its layers are: only Materials, only Systems, several segments, untagged; per year they sum to the total
        var data = (org.jfree.data.xy.TableXYDataset) stacked.chart().getXYPlot().getDataset();
        assertThat(data.getSeriesCount()).isEqualTo(4);
        assertThat(data.getSeriesKey(2).toString()).isEqualTo("多个环节");
        assertThat(data.getSeriesKey(3).toString()).isEqualTo("未标引");
        assertThat(stacked.table()).isEqualTo("segment_by_year");
        int checked = 0;
        for (int item = 0; item < data.getItemCount(); item++) {
            int year = (int) data.getXValue(0, item);
            double sum = 0;
            for (int series = 0; series < 4; series++) {
                sum += data.getYValue(series, item);
            }
            for (List<Object> r : trend.rows()) {
                if (((Long) r.get(0)).intValue() == year) {
                    assertThat(sum).as("year %d", year).isEqualTo(((Long) r.get(2)).doubleValue());
                    checked++;
                }
            }
            if (year == 2020) {
                assertThat(data.getYValue(2, item)).isEqualTo(1.0);
                assertThat(data.getYValue(3, item)).isEqualTo(1.0);
            }
        }
        assertThat(checked).isEqualTo(data.getItemCount()).isPositive();
    }
}
