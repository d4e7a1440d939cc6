package dev.navi.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static dev.navi.cli.MainTest.fixture;
import static org.assertj.core.api.Assertions.assertThat;

class ChainCommandsTest {
    private static final Path SAMPLE_MAP = Path.of("..", "samples", "nev-battery", "chain-map.yaml");
    private static final Path SAMPLE_EXPORTS = Path.of("..", "samples", "nev-battery", "exports");

    @Test
    void validateShowAndInit(@TempDir Path dir) throws IOException {
        CliRun ok = CliRun.of("map", "validate", SAMPLE_MAP.toString());
        assertThat(ok.exitCode()).isZero();
        assertThat(ok.out()).contains(": ok (").contains("nodes");

        CliRun bad = CliRun.of("map", "validate", fixture("chain/broken_map.yaml").toString());
        assertThat(bad.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(bad.err()).contains("problems in the chain map").contains("line ").contains("query syntax error");

        CliRun show = CliRun.of("map", "show", "--rules", SAMPLE_MAP.toString());
        assertThat(show.exitCode()).isZero();
        assertThat(show.out()).contains("├─").contains("正极材料").contains("H01M4/");

        Path starter = dir.resolve("my-map.yaml");
        CliRun init = CliRun.of("map", "init", starter.toString());
        assertThat(init.exitCode()).isZero();
        assertThat(Files.readString(starter)).contains("industry:").contains("#");
        assertThat(CliRun.of("map", "validate", starter.toString()).exitCode()).isZero();
        assertThat(CliRun.of("map", "init", starter.toString()).exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void tagTheSampleAndReadTheSummary(@TempDir Path out) throws IOException {
        CliRun r = CliRun.of("tag", SAMPLE_EXPORTS.resolve("lens_nev_battery.csv").toString(), "--map", SAMPLE_MAP.toString(),
                "--out", out.toString(), "--review-sample", "3");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("records    1,000, tagged").contains("cathode").contains("review-sample.xlsx");
        JsonNode s = new ObjectMapper().readTree(out.resolve("tag-summary.json").toFile());
        assertThat(s.get("records").asLong()).isEqualTo(1000);
        assertThat(s.get("tagged").asLong() + s.get("untagged").asLong()).isEqualTo(1000);
        assertThat(s.get("nodes").get("cathode").asLong()).isPositive();
        assertThat(out.resolve("review-sample.xlsx")).exists();
        assertThat(Files.readAllLines(out.resolve("tagged.csv")).get(0)).contains("tags,tagAudit,node:upstream");
    }

    @Test
    void aMapThatMatchesNothingIsWarnedAbout(@TempDir Path dir) throws IOException {
        Path map = dir.resolve("nothing.yaml");
        Files.writeString(map, "industry: {id: x, en: X}\nnodes:\n  - id: a\n    en: A\n    query: zeppelin\n");
        CliRun r = CliRun.of("tag", fixture("gbk_incopat.csv").toString(), "--map", map.toString(), "--out", dir.resolve("o").toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).contains("no record matched any node of " + map);
    }

    @Test
    void tagNeedsAMapAndReportsABrokenOne(@TempDir Path out) {
        assertThat(CliRun.of("tag", fixture("gbk_incopat.csv").toString(), "--out", out.toString()).exitCode())
                .isEqualTo(ExitCodes.USAGE);
        CliRun broken = CliRun.of("tag", fixture("gbk_incopat.csv").toString(), "--out", out.toString(),
                "--map", fixture("chain/broken_map.yaml").toString());
        assertThat(broken.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(out.resolve("tagged.csv")).doesNotExist();
    }
}
