package dev.navi.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class MetricsCommandTest {
    @Test
    void metricsOnTheSampleProject(@TempDir Path out) throws IOException {
        CliRun r = CliRun.of("metrics", "--config", Path.of("..", "samples", "nev-battery", "navi.yaml").toString(),
                "--out", out.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("records    1,087 counted by family").contains("direction  15 tables")
                .contains("positioning 5 tables").contains("path       7 tables").contains("四川省");
        JsonNode json = new ObjectMapper().readTree(out.resolve("results.json").toFile());
        assertThat(json.fieldNames()).toIterable().contains("run", "definitions", "direction", "positioning", "path");
        assertThat(Files.exists(out.resolve("tables").resolve("trend_by_year.csv"))).isTrue();
        assertThat(Files.exists(out.resolve("tables").resolve("enterprise_targets.csv"))).isTrue();
    }

    @Test
    void metricsNeedsAProjectFile() {
        assertThat(CliRun.of("metrics", "--out", "x").exitCode()).isEqualTo(ExitCodes.USAGE);
    }
}
