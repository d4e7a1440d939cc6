package dev.navi.metrics.direction;

import dev.navi.chain.map.ChainNode;
import dev.navi.metrics.stats.LifeCycle;
import dev.navi.metrics.stats.YearSeries;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class LifeCycleHierarchyTest {
    private static final YearSeries FLAT = YearSeries.of(2010, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100);
    private static final YearSeries FLAT_APPLICANTS = YearSeries.of(2010, 50, 50, 50, 50, 50, 50, 50, 50, 50, 50, 50, 50, 50);

    @Test
    void aParentIsNotMatureWhileAllItsChildrenAreEmerging() {
        // given two small rising children (emerging) under a parent whose own, larger series reads mature
        ChainNode a = node("a", List.of());
        ChainNode b = node("b", List.of());
        ChainNode parent = node("p", List.of(a, b));
        LifeCycle.Assessment small = LifeCycle.assess(YearSeries.of(2019, 1, 2, 3, 5),
                YearSeries.of(2019, 1, 2, 3, 4), 2022);
        LifeCycle.Assessment flat = LifeCycle.assess(FLAT, FLAT_APPLICANTS, 2022);
        assertThat(small.stage()).isEqualTo(LifeCycle.Stage.EMERGING);
        assertThat(flat.stage()).isEqualTo(LifeCycle.Stage.MATURE);
        Map<String, LifeCycle.Assessment> assessed = new LinkedHashMap<>();
        assessed.put("p", flat);
        assessed.put("a", small);
        assessed.put("b", small);

        // when
        Map<String, String[]> adjusted = LifeCycleHierarchy.reconcile(List.of(parent, a, b), assessed);

        // then the parent is clamped into its children's range [emerging, emerging], and the reason says so
        assertThat(adjusted).containsOnlyKeys("p");
        assertThat(adjusted.get("p")[0]).isEqualTo("EMERGING");
        assertThat(adjusted.get("p")[1]).contains("按自身序列判为成熟期", "下级环节均处于萌芽期", "故判为萌芽期");
        assertThat(adjusted.get("p")[2]).contains("called emerging");
    }

    @Test
    void aParentWithinItsChildrensRangeKeepsItsOwnCall() {
        ChainNode a = node("a", List.of());
        ChainNode b = node("b", List.of());
        ChainNode parent = node("p", List.of(a, b));
        LifeCycle.Assessment small = LifeCycle.assess(YearSeries.of(2019, 1, 2, 3, 5),
                YearSeries.of(2019, 1, 2, 3, 4), 2022);
        LifeCycle.Assessment flat = LifeCycle.assess(FLAT, FLAT_APPLICANTS, 2022);
        Map<String, LifeCycle.Assessment> assessed = new LinkedHashMap<>();
        assessed.put("p", flat);
        assessed.put("a", small);
        assessed.put("b", flat);
        // children emerging and mature: a mature parent is inside the range
        assertThat(LifeCycleHierarchy.reconcile(List.of(parent, a, b), assessed)).isEmpty();
    }

    private static ChainNode node(String id, List<ChainNode> children) {
        return new ChainNode(id, id, id, null, false, List.of(), children);
    }
}
