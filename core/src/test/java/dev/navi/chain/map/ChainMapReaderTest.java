package dev.navi.chain.map;

import dev.navi.chain.RuleSpec;
import dev.navi.ingest.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChainMapReaderTest {
    private static final Path SAMPLES = Path.of("..", "samples");
    private static final Path BROKEN = Path.of("src", "test", "resources", "fixtures", "chain", "broken_map.yaml");

    static Stream<Path> shippedMaps() throws IOException {
        try (Stream<Path> real = Files.list(SAMPLES.resolve("real-data-maps"))) {
            return Stream.concat(Stream.of(SAMPLES.resolve("nev-battery").resolve("chain-map.yaml")),
                    real.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream());
        }
    }

    @ParameterizedTest
    @MethodSource("shippedMaps")
    void everyShippedMapValidatesCleanly(Path file) {
        // when
        MapValidation v = ChainMapReader.read(file);

        // then
        assertThat(v.problems()).as(v.report()).isEmpty();
        ChainMap map = v.map();
        assertThat(map.size()).isGreaterThan(10);
        assertThat(map.nodes()).allSatisfy(n -> assertThat(!n.rules().isEmpty() || !n.children().isEmpty()).isTrue());
        assertThat(map.keyProducts()).isNotEmpty();
    }

    @Test
    void realDataMapsAreAllThere() throws IOException {
        assertThat(shippedMaps().map(p -> p.getFileName().toString()))
                .contains("drones.yaml", "genome-editing.yaml", "sichuan-tibet-railway.yaml", "pizza.yaml");
    }

    @Test
    void theStarterMapValidatesAndShowsEveryFeature() {
        // when
        MapValidation v = ChainMapReader.read("starter-map.yaml", StarterMap.text());

        // then
        assertThat(v.problems()).as(v.report()).isEmpty();
        ChainMap map = v.map();
        assertThat(map.roots()).extracting(ChainNode::id).containsExactly("upstream", "midstream", "downstream");
        assertThat(map.node("n1.3")).get().extracting(ChainNode::nameZh).isEqualTo("电解液");
        assertThat(map.node("cell").orElseThrow().rules().get(0).mainIpcOnly()).isTrue();
        assertThat(map.node("solid-state").orElseThrow().rules()).extracting(RuleSpec::label)
                .containsExactly("solid-state electrolyte cells", "title says solid-state");
        assertThat(map.keyProducts()).extracting(ChainNode::id).containsExactly("cathode", "cell", "bms");
    }

    @Test
    void aBrokenMapReportsEveryProblemWithItsLine() {
        // when
        MapValidation v = ChainMapReader.read(BROKEN);

        // then
        assertThat(v.ok()).isFalse();
        assertThat(v.map()).isNull();
        String f = BROKEN.toString();
        assertThat(v.problems()).extracting(Problem::location).containsExactly(
                f + ": line 5, column 3: industry.colour",
                f + ": line 12, column 25: nodes[0].children[0].ipc[1]",
                f + ": line 12, column 34: nodes[0].children[0].ipc[2]",
                f + ": line 12, column 42: nodes[0].children[0].ipc[3]",
                f + ": line 13, column 9: nodes[0].children[0].keywords",
                f + ": line 14, column 13: nodes[0].children[1].id",
                f + ": line 16, column 16: nodes[0].children[1].query",
                f + ": line 17, column 9: nodes[0].children[2]",
                f + ": line 19, column 9: nodes[0].children[3]",
                f + ": line 23, column 14: nodes[0].children[4].key",
                f + ": line 28, column 20: nodes[0].children[4].rules[1].label",
                f + ": line 29, column 13: nodes[0].children[4].rules[2]");
        List<String> messages = v.problems().stream().map(Problem::message).toList();
        assertThat(messages.get(0)).startsWith("unknown key 'colour' in industry").contains("id, zh, en, description");
        assertThat(messages.get(1)).startsWith("malformed IPC code 'H1M4/58'");
        assertThat(messages.get(2)).startsWith("malformed IPC code 'H01M4/'");
        assertThat(messages.get(3)).startsWith("malformed IPC code 'Z01M'");
        assertThat(messages.get(4)).contains("did you mean 'query'?");
        assertThat(messages.get(5)).isEqualTo("duplicate id 'cathode': already used at line 10");
        assertThat(messages.get(6)).startsWith("query syntax error at position 18: expected ')'");
        assertThat(messages.get(7)).startsWith("empty node 'empty-branch'");
        assertThat(messages.get(8)).startsWith("the node has no name");
        assertThat(messages.get(9)).isEqualTo("'key' must be true or false");
        assertThat(messages.get(10)).startsWith("rule label 'graphite' is used twice in node 'anode' (first at line 26)");
        assertThat(messages.get(11)).startsWith("rule 'rule 3' has no condition");
    }

    @Test
    void loadThrowsWithTheCountFirstAndOneProblemALine() {
        assertThatThrownBy(() -> ChainMapReader.load(BROKEN))
                .isInstanceOf(InputException.class)
                .satisfies(e -> {
                    String[] lines = e.getMessage().split("\n");
                    assertThat(lines[0]).isEqualTo(BROKEN + ": 12 problems in the chain map");
                    assertThat(lines).hasSize(13);
                    assertThat(lines[1]).startsWith(BROKEN + ": line 5, column 3: industry.colour: unknown key");
                });
    }

    @Test
    void yamlSyntaxErrorsAndMissingPartsAreProblemsNotExceptions() {
        assertThat(ChainMapReader.read("m.yaml", "industry: {zh: x\nnodes: [").problems()).singleElement()
                .satisfies(p -> {
                    assertThat(p.location()).startsWith("m.yaml: line ");
                    assertThat(p.message()).startsWith("not valid YAML");
                });
        assertThat(ChainMapReader.read("m.yaml", "industry: {zh: 电池}\nnodes: []\n").problems())
                .extracting(Problem::message).containsExactly("'nodes' is empty: the map has no segments or branches");
        assertThat(ChainMapReader.read("m.yaml", "industry: {zh: 电池}\n").problems())
                .extracting(Problem::message).containsExactly("'nodes' is missing: the map has no segments or branches");
        assertThat(ChainMapReader.read("m.yaml", "nodes:\n  - {zh: a, query: a}\n").problems())
                .extracting(Problem::message).singleElement().asString().startsWith("'industry' is missing");
        assertThat(ChainMapReader.read(Path.of("no-such-map.yaml")).problems()).extracting(Problem::message)
                .containsExactly("the chain map file does not exist");
    }

    @Test
    void readsJsonWithLocations(@TempDir Path dir) throws IOException {
        // given
        Path json = dir.resolve("map.json");
        Files.writeString(json, "{\"industry\": {\"en\": \"Pizza\"},\n \"nodes\": [\n  {\"en\": \"Ovens\", \"ipc\": \"A21B\"},\n"
                + "  {\"en\": \"Boxes\", \"ipc\": \"B65D85/36\", \"colour\": 1}]}\n");

        // when
        MapValidation v = ChainMapReader.read(json);

        // then
        assertThat(v.problems()).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo(json + ": line 4, column 39: nodes[1].colour");
            assertThat(p.message()).startsWith("unknown key 'colour' in a node");
        });
    }

    @Test
    void idsAreDerivedFromTheEnglishNameOrThePositionAndKeptUnique() {
        // given
        String yaml = """
                industry: {zh: 测试, en: Test Industry}
                nodes:
                  - en: Cathode Materials (LFP)
                    children:
                      - {zh: 磷酸铁锂, query: 磷酸铁锂}
                      - {en: Equipment, ipc: H01M4/04}
                  - zh: 设备
                    en: Equipment
                    children:
                      - {en: "Equipment", query: 设备}
                      - {id: n2.3, zh: 显式, query: x}
                      - {zh: 第三, query: y}
                """;

        // when
        ChainMap map = ChainMapReader.read("t.yaml", yaml).orThrow();

        // then
        assertThat(map.id()).isEqualTo("test-industry");
        assertThat(map.entries()).extracting(ChainMap.Entry::pathText).containsExactly(
                "cathode-materials-lfp",
                "cathode-materials-lfp/n1.1",                 // Chinese name only: its position
                "cathode-materials-lfp/equipment",
                "equipment-2",                                // taken, no parent: numbered
                "equipment-2/equipment-2.equipment",          // taken: qualified by the parent
                "equipment-2/n2.3",                           // explicit ids are never taken by derived ones
                "equipment-2/equipment-2.n2.3");
    }
}
