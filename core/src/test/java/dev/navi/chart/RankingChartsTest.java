package dev.navi.chart;

import dev.navi.metrics.MetricContext;
import dev.navi.metrics.ModuleResult;
import dev.navi.metrics.positioning.PositioningFixture;
import dev.navi.metrics.positioning.PositioningModule;
import dev.navi.metrics.stats.MinimumBase;
import org.jfree.chart.annotations.XYBoxAnnotation;
import org.jfree.data.xy.XYZDataset;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The ranking figures drawn from the positioning fixture's region_ranking (四川 4, 广东 2, 江苏 2, 北京 1). */
class RankingChartsTest {
    private final MetricContext ctx = PositioningFixture.context();
    private final Map<String, ModuleResult> modules = Map.of("positioning", PositioningModule.compute(ctx, new MinimumBase(1, 1)));

    @Test
    void rankedBarsHighlightTheRegionAndItsPeers() {
        List<AtlasCharts.Spec> specs = RankingCharts.plan(ctx, modules, false);
        assertThat(specs).extracting(AtlasCharts.Spec::id).containsExactly("ranking", "ranking_heatmap");
        assertThat(specs).allSatisfy(s -> assertThat(s.section()).isEqualTo("positioning"));
        var plot = specs.get(0).chart().getCategoryPlot();
        // rank order; equal counts (江苏 2, 广东 2) in division-code order (320000 before 440000)
        assertThat(plot.getDataset().getColumnKeys()).map(Object::toString)
                .containsExactly("#1  四川省", "#2  江苏省", "#2  广东省", "#4  北京市");
        assertThat(plot.getDataset().getValue(0, 0).intValue()).isEqualTo(4);
        var r = plot.getRenderer();
        assertThat(r.getItemPaint(0, 0)).isEqualTo(RankingCharts.REGION);
        assertThat(r.getItemPaint(0, 1)).isEqualTo(RankingCharts.PEER);
        assertThat(r.getItemPaint(0, 2)).isEqualTo(RankingCharts.PEER);
        assertThat(r.getItemPaint(0, 3)).isEqualTo(RankingCharts.OTHER);
    }

    @Test
    void theHeatMapShowsSharesOfTheNationWithTheRegionFramed() {
        AtlasCharts.Spec heat = RankingCharts.plan(ctx, modules, true).get(1);
        var plot = heat.chart().getXYPlot();
        XYZDataset data = (XYZDataset) plot.getDataset();
        // rows cat, sep, ele (top row first, drawn at y = 2); columns 四川, 江苏, 广东, 北京
        // sep (y = 1): 四川 1 of the nation's 4 = 25 %
        double sep = Double.NaN;
        for (int i = 0; i < data.getItemCount(0); i++) {
            if (data.getXValue(0, i) == 0 && data.getYValue(0, i) == 1) {
                sep = data.getZValue(0, i);
            }
        }
        assertThat(sep).isEqualTo(25.0);
        assertThat(plot.getAnnotations()).anyMatch(a -> a instanceof XYBoxAnnotation);
        assertThat(heat.titleEn()).startsWith("Share of the national total by node");
    }
}
