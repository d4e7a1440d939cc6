package dev.navi.chain.map;

import dev.navi.chain.NodeSpec;
import dev.navi.chain.RuleSpec;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChainMapTest {
    private static final String YAML = """
            industry: {id: t, zh: 测试}
            nodes:
              - id: up
                zh: 上游
                children:
                  - id: cathode
                    zh: 正极材料
                    key: true
                    ipc: [H01M4/58, 'h01m 4/525']
                    ipcMainOnly: true
                    cpc: Y02E60/10
                    query: [正极, '"cathode material"']
                  - id: solid
                    en: Solid-state
                    rules:
                      - {ipc: H01M10/0562, query: 固态}
                      - {cpc: [H01M2300/0068], label: sulfide}
              - id: down
                en: Downstream
                query: 回收
            """;

    @Test
    void shorthandRulesAreSeparateAndRulesEntriesCombineTheirConditions() {
        // given
        ChainMap map = ChainMapReader.read("t.yaml", YAML).orThrow();

        // when
        List<NodeSpec> specs = map.toNodeSpecs();

        // then
        assertThat(specs).extracting(NodeSpec::id).containsExactly("up", "cathode", "solid", "down");
        assertThat(specs.get(0).rules()).isEmpty();                       // the union of its children
        assertThat(specs.get(0).children()).containsExactly("cathode", "solid");
        assertThat(specs.get(1).rules()).containsExactly(
                new RuleSpec("ipc", List.of("H01M4/58", "H01M4/525"), true, List.of(), null),
                new RuleSpec("cpc", List.of(), false, List.of("Y02E60/10"), null),
                new RuleSpec("query 1", List.of(), false, List.of(), "正极"),
                new RuleSpec("query 2", List.of(), false, List.of(), "\"cathode material\""));
        assertThat(specs.get(2).rules()).containsExactly(
                new RuleSpec("rule 1", List.of("H01M10/0562"), false, List.of(), "固态"),
                new RuleSpec("sulfide", List.of(), false, List.of("H01M2300/0068"), null));
        assertThat(specs.get(3).rules()).containsExactly(new RuleSpec("query", List.of(), false, List.of(), "回收"));
        assertThat(specs.get(3).children()).isEmpty();
    }

    @Test
    void entriesGiveThePathAndLevelAndLookUpsWork() {
        // given
        ChainMap map = ChainMapReader.read("t.yaml", YAML).orThrow();

        // then
        assertThat(map.entries()).extracting(ChainMap.Entry::pathText, ChainMap.Entry::level, ChainMap.Entry::parentId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("up", 1, null),
                        org.assertj.core.groups.Tuple.tuple("up/cathode", 2, "up"),
                        org.assertj.core.groups.Tuple.tuple("up/solid", 2, "up"),
                        org.assertj.core.groups.Tuple.tuple("down", 1, null));
        assertThat(map.node("solid")).get().extracting(ChainNode::nameEn).isEqualTo("Solid-state");
        assertThat(map.node("nope")).isEmpty();
        assertThat(map.parent("cathode")).get().extracting(ChainNode::id).isEqualTo("up");
        assertThat(map.parent("up")).isEmpty();
        assertThat(map.keyProducts()).extracting(ChainNode::id).containsExactly("cathode");
        assertThat(map.source()).isEqualTo("t.yaml");
        assertThat(map.node("down").orElseThrow().name()).isEqualTo("Downstream");
    }

    @Test
    void theModelRefusesDuplicateIdsAndNamelessNodes() {
        ChainNode a = new ChainNode("a", "甲", null, null, false,
                List.of(new RuleSpec("query", List.of(), false, List.of(), "甲")), List.of());
        assertThatThrownBy(() -> new ChainMap("m", "图", null, null, List.of(a, a), null))
                .hasMessageContaining("'a' is used twice");
        assertThatThrownBy(() -> new ChainNode("b", " ", null, null, false, List.of(), List.of()))
                .hasMessageContaining("needs a Chinese or an English name");
        assertThatThrownBy(() -> new ChainMap("m", "图", null, null, List.of(), null)).hasMessageContaining("no nodes");
    }
}
