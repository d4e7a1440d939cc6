package dev.navi.chart;

import dev.navi.clean.region.ChinaDivisions;
import dev.navi.clean.region.Division;
import dev.navi.metrics.MetricContext;
import dev.navi.metrics.MetricTable;
import dev.navi.metrics.ModuleResult;
import dev.navi.metrics.positioning.PositioningFixture;
import dev.navi.metrics.positioning.PositioningModule;
import dev.navi.metrics.positioning.RegionRanking;
import dev.navi.metrics.stats.MinimumBase;
import dev.navi.text.Percent;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The province map: the tile layout covers China's 34 provincial-level divisions, the colour classes, and the values
 * drawn equal region_ranking's (positioning fixture: national records = any applicant in China = r1–r6, r9–r11 = 9;
 * 四川 4, 广东 2, 江苏 2, 北京 1).
 */
class ProvinceMapChartsTest {
    private final MetricContext ctx = PositioningFixture.context();
    private final Map<String, ModuleResult> modules = Map.of("positioning", PositioningModule.compute(ctx, new MinimumBase(1, 1)));

    @Test
    void theTilesCoverEveryProvincialLevelDivisionOnceAndTheSouthChinaSeaIslands() {
        // given the region code's province list
        Set<String> provinces = ChinaDivisions.standard().divisions().stream()
                .filter(d -> d.level() == Division.Level.PROVINCE).map(Division::code).collect(Collectors.toSet());
        // when / then
        List<String> codes = ProvinceTiles.tiles().stream().map(ProvinceTiles.Tile::code).toList();
        assertThat(provinces).hasSize(34);
        assertThat(codes).doesNotHaveDuplicates().hasSize(35).contains(ProvinceTiles.SCS);
        assertThat(codes.stream().filter(c -> !c.equals(ProvinceTiles.SCS)).collect(Collectors.toSet())).isEqualTo(provinces);
        assertThat(ProvinceTiles.tiles()).filteredOn(t -> t.code().equals("710000")).singleElement()
                .satisfies(t -> assertThat(t.zh()).isEqualTo("台湾"));
        // one tile a cell
        assertThat(ProvinceTiles.tiles().stream().map(t -> t.row() + "," + t.col()).distinct()).hasSize(35);
    }

    @Test
    void colourClassesFollowTheFixedBreaksOnTheShareAsPrinted() {
        assertThat(ProvinceMapCharts.classOf(0, 0.0)).isEqualTo(ProvinceMapCharts.NONE);
        assertThat(ProvinceMapCharts.classOf(3, null)).isEqualTo(ProvinceMapCharts.NONE);
        assertThat(ProvinceMapCharts.classOf(1, 0.0004)).isEqualTo(0);   // 0.0 %, but filed: the lightest blue
        assertThat(ProvinceMapCharts.classOf(1, 0.00949)).isEqualTo(0);  // prints 0.9 %
        assertThat(ProvinceMapCharts.classOf(1, 0.00999)).isEqualTo(1);  // prints 1.0 %: 1–2 %
        assertThat(Percent.of(0.0199)).isEqualTo("2.0%");
        assertThat(ProvinceMapCharts.classOf(1, 0.0199)).isEqualTo(2);   // prints 2.0 %: 2–5 %
        assertThat(ProvinceMapCharts.classOf(1, 0.0194)).isEqualTo(1);   // 1.9 %
        assertThat(ProvinceMapCharts.classOf(1, 0.02)).isEqualTo(2);
        assertThat(ProvinceMapCharts.classOf(1, 0.0499)).isEqualTo(3);   // prints 5.0 %
        assertThat(ProvinceMapCharts.classOf(1, 0.0994)).isEqualTo(3);   // 9.9 %
        assertThat(ProvinceMapCharts.classOf(1, 0.0996)).isEqualTo(4);   // 10.0 %
        assertThat(ProvinceMapCharts.classOf(9, 0.5)).isEqualTo(4);
        assertThat(List.of(0, 1, 2, 3, 4).stream().map(ProvinceMapCharts::classLabel))
                .containsExactly("<1%", "1–2%", "2–5%", "5–10%", "≥10%");
        assertThat(ProvinceMapCharts.CLASS_COLOURS).hasSize(ProvinceMapCharts.BREAKS.size() + 1);
    }

    @Test
    void theMapDrawsRegionRankingsSharesForEveryProvince() {
        // given
        List<AtlasCharts.Spec> specs = ProvinceMapCharts.plan(ctx, modules, false, null);
        MetricTable t = modules.get("positioning").tables().stream().filter(x -> x.id().equals(RegionRanking.TABLE_ID))
                .findFirst().orElseThrow();
        // when
        ProvinceMapPlot plot = (ProvinceMapPlot) specs.get(0).chart().getPlot();
        ProvinceMapPlot.Panel all = plot.panels().get(0);
        // then: hand-worked values
        assertThat(specs).extracting(AtlasCharts.Spec::id).containsExactly("province_map", "province_map_segments");
        assertThat(specs.get(0).table()).isEqualTo(RegionRanking.TABLE_ID);
        assertThat(specs.get(0).titleZh()).contains("示意图");
        assertThat(specs.get(0).titleEn()).contains("schematic tile map");
        assertThat(all.values().get("510000")).isEqualTo(new ProvinceMapPlot.Value("44.4%", 4, true, false)); // 4 / 9
        assertThat(all.values().get("440000")).isEqualTo(new ProvinceMapPlot.Value("22.2%", 4, false, true)); // 2 / 9
        assertThat(all.values().get("320000").peer()).isTrue();
        assertThat(all.values().get("110000")).isEqualTo(new ProvinceMapPlot.Value("11.1%", 4, false, false)); // 1 / 9
        assertThat(all.values().get("310000")).isEqualTo(new ProvinceMapPlot.Value("0.0%", ProvinceMapCharts.NONE, false, false));
        // and every province's text is the table's share, printed as the report prints it
        Map<String, String> codes = ProvinceMapCharts.provinceCodes();
        int seen = 0;
        for (List<Object> r : t.rows()) {
            if ("province".equals(r.get(0)) && RegionRanking.ALL.equals(r.get(4)) && codes.containsKey((String) r.get(1))) {
                double share = ((Number) r.get(t.columns().indexOf("share"))).doubleValue();
                assertThat(all.values().get(codes.get((String) r.get(1))).text()).isEqualTo(Percent.of(share));
                seen++;
            }
        }
        assertThat(seen).isEqualTo(34);
        assertThat(all.values()).hasSize(34);
    }

    @Test
    void oneSegmentPanelPerTopLevelNode() {
        ProvinceMapPlot plot = (ProvinceMapPlot) ProvinceMapCharts.plan(ctx, modules, true, null).get(1).chart().getPlot();
        assertThat(plot.panels()).extracting(ProvinceMapPlot.Panel::title).containsExactly("Cathode", "Separator", "Electrolyte");
        // separator: 四川 r4 of the national r4, r5, r6, r11 = 25 %
        assertThat(plot.panels().get(1).values().get("510000").text()).isEqualTo("25.0%");
        // English tile labels
        assertThat(plot.places()).anyMatch(p -> p.code().equals("150000") && p.label().equals("Inner Mongolia"));
    }

    @Test
    void theLegendSaysWhatGreyAndTheFramesMean() {
        var items = ProvinceMapCharts.plan(ctx, modules, false, null).get(0).chart().getPlot().getLegendItems();
        List<String> labels = new java.util.ArrayList<>();
        for (int i = 0; i < items.getItemCount(); i++) {
            labels.add(items.get(i).getLabel());
        }
        assertThat(labels).containsExactly("<1%", "1–2%", "2–5%", "5–10%", "≥10%", "无申请", "目标区域", "对标区域");
    }

    @Test
    void rendersAsPngAndSvgWithTheChineseLabelsAsOutlines() throws Exception {
        AtlasCharts.Spec s = ProvinceMapCharts.plan(ctx, modules, false, null).get(0);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ChartWriter.png(s.chart(), png, 800, 600, 1);
        assertThat(png.size()).isGreaterThan(1000);
        ByteArrayOutputStream svg = new ByteArrayOutputStream();
        ChartWriter.svg(s.chart(), svg, 800, 600);
        assertThat(svg.toString(StandardCharsets.UTF_8)).contains("<svg").contains("<path").doesNotContain("<text");
    }

    @Test
    void noRegionNoMap() {
        MetricContext none = new MetricContext(ctx.records(), ctx.map(), ctx.unit(), null, List.of(), ctx.fromYear(),
                ctx.toYear(), ctx.lastCompleteYear(), ctx.basis());
        assertThat(ProvinceMapCharts.plan(none, modules, false, null)).isEmpty();
    }

    @Test
    void anApprovedBoundaryMapIsDrawnWithItsApprovalNumber() throws Exception {
        // given the rectangles fixture: 四川省, 广东, Jiangsu, a grey 南海诸岛 polygon, one line
        java.nio.file.Path f = java.nio.file.Path.of(getClass().getResource("/dev/navi/clean/region/boundaries/rectangles.geojson").toURI());
        dev.navi.clean.region.BoundaryMap b = dev.navi.clean.region.BoundaryMap.read(f, "name", "GS(2024)0650号");
        // when
        List<AtlasCharts.Spec> specs = ProvinceMapCharts.plan(ctx, modules, false, b);
        ProvinceMapPlot plot = (ProvinceMapPlot) specs.get(0).chart().getPlot();
        // then
        assertThat(specs.get(0).titleZh()).contains("审图号：GS(2024)0650号").doesNotContain("示意图");
        assertThat(specs.get(0).titleEn()).contains("map approval no. GS(2024)0650号");
        assertThat(plot.places()).extracting(ProvinceMapPlot.Place::kind).containsExactly(ProvinceMapPlot.Kind.DIVISION,
                ProvinceMapPlot.Kind.DIVISION, ProvinceMapPlot.Kind.DIVISION, ProvinceMapPlot.Kind.OTHER,
                ProvinceMapPlot.Kind.LINE);
        assertThat(plot.panels().get(0).values().get("510000").text()).isEqualTo("44.4%");
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ChartWriter.png(specs.get(0).chart(), png, 800, 600, 1);
        assertThat(png.size()).isGreaterThan(1000);
    }
}
