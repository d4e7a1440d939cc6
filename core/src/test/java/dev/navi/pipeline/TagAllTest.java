package dev.navi.pipeline;

import dev.navi.chain.NodeSpec;
import dev.navi.chain.RuleSpec;
import dev.navi.chain.match.Tagger;
import dev.navi.clean.CleanRecord;
import dev.navi.metrics.MetricRecord;
import dev.navi.model.Patent;
import dev.navi.model.Provenance;
import dev.navi.model.YearBasis;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Tagging every record: each record's nodes in chain-map order, one shared set per distinct combination. */
class TagAllTest {
    private static NodeSpec leaf(String id, String query) {
        return new NodeSpec(id, List.of(new RuleSpec(id, List.of(), false, List.of(), query)), List.of());
    }

    private static CleanRecord record(int i, String title) {
        Patent p = Patent.builder().publicationNumber("CN" + i + "A").title(title)
                .provenance(new Provenance("t.csv", null, i + 2, "test")).build();
        return new CleanRecord(p, "P:CN" + i + "A", List.of("CN" + i + "A"), List.of("t.csv:" + (i + 2)), Map.of(),
                List.of());
    }

    @Test
    void equalNodeCombinationsShareOneOrderedUnmodifiableSet() {
        // nodes in map order b, a: a record matching both lists b first whatever its text's order
        Tagger tagger = Tagger.compile(List.of(leaf("b", "separator"), leaf("a", "anode")));
        String[] titles = {"anode and separator", "separator", "nothing", "separator for an anode", "anode"};
        List<CleanRecord> records = new ArrayList<>();
        // more records than one chunk (4096), so the sets are shared across the parallel chunks too
        for (int i = 0; i < 10_000; i++) {
            records.add(record(i, titles[i % titles.length]));
        }

        List<Set<String>> tags = MetricsPipeline.tagAll(tagger, records, PipelineListener.NONE);

        assertThat(tags).hasSize(records.size());
        assertThat(tags.get(0)).containsExactly("b", "a");
        assertThat(tags.get(1)).containsExactly("b");
        assertThat(tags.get(2)).isEmpty();
        assertThat(tags.get(3)).containsExactly("b", "a");
        assertThat(tags.get(4)).containsExactly("a");
        for (int i = 0; i < tags.size(); i++) {
            assertThat(List.copyOf(tags.get(i))).as("record " + i)
                    .isEqualTo(tagger.nodeIdsOf(records.get(i).patent()));
        }
        assertThat(tags.get(3)).isSameAs(tags.get(0));
        assertThat(tags.get(9_998)).isSameAs(tags.get(3));   // a later chunk's record
        assertThat(tags.stream().map(System::identityHashCode).distinct().count()).isEqualTo(4);
        assertThatThrownBy(() -> tags.get(1).add("x")).isInstanceOf(UnsupportedOperationException.class);

        List<MetricRecord> metric = MetricsPipeline.metricRecords(records, tags, YearBasis.APPLICATION);
        assertThat(metric.get(0).nodes()).containsExactlyInAnyOrder("a", "b");
        assertThat(metric.get(3).nodes()).isSameAs(metric.get(0).nodes());
    }
}
