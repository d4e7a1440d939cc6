package dev.navi.metrics;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TableCellsTest {
    private static MetricTable table(Object... cells) {
        List<List<Object>> rows = new ArrayList<>();
        for (Object c : cells) {
            rows.add(Arrays.asList("CN1A", c, 3L));
        }
        return new MetricTable("core_patents", "核心专利", "Core patents", List.of("publication", "title", "citations"), rows,
                List.of(), "sorted by citations");
    }

    @Test
    void aTenMegabyteTitleIsCutToAThousandCharactersAndTheNoteSaysSo() {
        String huge = "电".repeat(10_000_000);
        MetricTable t = TableCells.limit(table(huge, "short", huge));
        assertThat((String) t.rows().get(0).get(1)).hasSize(1_000).endsWith("…").startsWith("电电电");
        assertThat(t.rows().get(1).get(1)).isEqualTo("short");
        assertThat(t.rows().get(0).get(2)).isEqualTo(3L);
        assertThat(t.note()).isEqualTo("sorted by citations 2 text cell(s) longer than 1,000 characters cut to that "
                + "length (…); the records keep the full text");
        // a table with no Chinese note gets the sentence alone in Chinese
        assertThat(t.noteZh()).isEqualTo("2个文本单元格超过1,000个字符，已截断至该长度（…）；记录中保留全文。");
        MetricTable both = TableCells.limit(new MetricTable("t", "表", "T", List.of("title"), List.of(Arrays.asList(huge)),
                List.of(), "按被引次数排列。", "by citations."));
        assertThat(both.noteZh()).isEqualTo("按被引次数排列。1个文本单元格超过1,000个字符，已截断至该长度（…）；记录中保留全文。");
        assertThat(both.note()).isEqualTo("by citations. 1 text cell(s) longer than 1,000 characters cut to that length (…); "
                + "the records keep the full text");
    }

    @Test
    void aCutTableKeepsItsDeclaredColumnKinds() {
        MetricTable t = table("电".repeat(2_000)).declare(ColumnKind.COUNT, List.of("citations"));
        assertThat(TableCells.limit(t).kind("citations")).contains(ColumnKind.COUNT);
    }

    @Test
    void tablesWithoutLongCellsAreLeftAsTheyAre() {
        MetricTable t = table("a", null);
        assertThat(TableCells.limit(t)).isSameAs(t);
        Map<String, ModuleResult> modules = Map.of("direction", new ModuleResult(List.of(t), List.of(), List.of(), List.of()));
        assertThat(TableCells.limit(modules)).isSameAs(modules);
    }

    @Test
    void aSurrogatePairIsNotSplit() {
        String s = "a".repeat(998) + "😀" + "b".repeat(10);
        String c = TableCells.cut(s);
        assertThat(c).hasSize(999).endsWith("a…");
    }
}
