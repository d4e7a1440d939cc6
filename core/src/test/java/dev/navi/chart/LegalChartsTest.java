package dev.navi.chart;

import dev.navi.metrics.MetricContext;
import dev.navi.metrics.ModuleResult;
import dev.navi.metrics.legal.LegalModule;
import dev.navi.metrics.positioning.PositioningFixture;
import org.junit.jupiter.api.Test;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The legal-status figure drawn from the positioning fixture's statuses: all 12 records 9 active, 2 pending, 1 lapsed;
 * cat (r1 r2 r3 r12) 3 active 1 pending; sep (r4 r5 r6 r7 r11) 4 active 1 lapsed; ele (r8 r9 r10) 2 active 1 pending.
 */
class LegalChartsTest {
    private final MetricContext ctx = PositioningFixture.context();
    private final Map<String, ModuleResult> modules = Map.of(LegalModule.KEY, LegalModule.compute(ctx));

    @Test
    void theStatusChartShowsTheTablesSharesForAllRecordsAndEachNode() throws Exception {
        // when
        List<AtlasCharts.Spec> specs = LegalCharts.plan(ctx.map(), modules, false);
        // then one figure in the legal chapter, beside the status table
        assertThat(specs).hasSize(1);
        AtlasCharts.Spec s = specs.get(0);
        assertThat(s.id()).isEqualTo("legal_status");
        assertThat(s.section()).isEqualTo(LegalModule.KEY);
        assertThat(s.table()).isEqualTo(LegalModule.STATUS);
        assertThat(s.titleZh()).startsWith("法律状态构成");
        assertThat(s.titleEn()).startsWith("Legal status");
        var data = s.chart().getCategoryPlot().getDataset();
        assertThat(data.getColumnKeys()).map(Object::toString).containsExactly("全部记录", "正极材料", "隔膜", "电解液");
        assertThat(data.getRowKeys()).map(Object::toString).containsExactly("有效", "审中", "失效");
        double[][] expected = {{9 / 12.0, 3 / 4.0, 4 / 5.0, 2 / 3.0}, {2 / 12.0, 1 / 4.0, 0, 1 / 3.0}, {1 / 12.0, 0, 1 / 5.0, 0}};
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 4; c++) {
                assertThat(data.getValue(r, c).doubleValue()).as("status %d node %d", r, c).isCloseTo(expected[r][c], within(1e-4));
            }
        }
        // and the English chart reads in English
        var en = LegalCharts.plan(ctx.map(), modules, true).get(0).chart().getCategoryPlot().getDataset();
        assertThat(en.getColumnKeys()).map(Object::toString).containsExactly("All records", "Cathode", "Separator", "Electrolyte");
        assertThat(en.getRowKeys()).map(Object::toString).containsExactly("Active", "Pending", "Lapsed");
        String out = System.getenv("NAVI_CHART_OUT");
        if (out != null) {
            try (OutputStream os = Files.newOutputStream(Path.of(out, "legal_status.png"))) {
                ChartWriter.png(s.chart(), os, 1600, 1000, 2);
            }
        }
    }

    @Test
    void noLegalStatusNoFigure() {
        MetricContext none = new MetricContext(List.of(), ctx.map(), ctx.unit(), ctx.region(), ctx.peers(), ctx.fromYear(),
                ctx.toYear(), ctx.lastCompleteYear());
        assertThat(LegalCharts.plan(none.map(), Map.of(LegalModule.KEY, LegalModule.compute(none)), false)).isEmpty();
    }
}
