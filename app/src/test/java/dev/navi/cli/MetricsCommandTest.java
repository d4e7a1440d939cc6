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
        assertThat(r.out()).contains("records    1,087 counted by family").contains("path       7 tables").contains("四川省");
        JsonNode json = new ObjectMapper().readTree(out.resolve("results.json").toFile());
        // the positioning module's tables: region by node … the rule, then the national ranking and quality tables
        assertThat(r.out()).contains("positioning " + json.get("positioning").get("tables").size() + " tables");
        assertThat(json.get("positioning").get("tables").has("region_ranking")).isTrue();
        assertThat(json.get("positioning").get("tables").has("quality_indicators")).isTrue();
        assertThat(json.fieldNames()).toIterable().contains("run", "definitions", "direction", "positioning", "path");
        assertThat(r.out()).contains("direction  " + json.get("direction").get("tables").size() + " tables");
        assertThat(json.get("direction").get("tables").size()).isGreaterThanOrEqualTo(15);
        assertThat(Files.exists(out.resolve("tables").resolve("trend_by_year.csv"))).isTrue();
        assertThat(Files.exists(out.resolve("tables").resolve("enterprise_targets.csv"))).isTrue();
        // navi metrics writes the numbers only, whatever the project's outputs: the atlas is navi analyze's
        assertThat(out.resolve("charts")).doesNotExist();
        assertThat(out.resolve("atlas.xlsx")).doesNotExist();
        assertThat(out.resolve("atlas.docx")).doesNotExist();
        assertThat(json.get("run").get("outputs").toString()).isEqualTo("[\"json\"]");
    }

    @Test
    void metricsNeedsAProjectFileOrFilesAndAMap() {
        assertThat(CliRun.of("metrics", "--out", "x").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRun.of("metrics", "--out", "x", "a.csv").exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void filesAndOptionsWithoutAProjectFile(@TempDir Path out) throws IOException {
        Path exports = Path.of("..", "samples", "nev-battery", "exports");
        CliRun r = CliRun.of("metrics", exports.resolve("lens_nev_battery.csv").toString(), "--map",
                Path.of("..", "samples", "nev-battery", "chain-map.yaml").toString(), "--region", "广东", "--peers", "四川,江苏",
                "--unit", "application", "--cutoff", "2025-06-30", "--out", out.toString(), "-q");
        assertThat(r.exitCode()).isZero();
        JsonNode run = new ObjectMapper().readTree(out.resolve("results.json").toFile()).get("run");
        assertThat(run.get("unit").asText()).isEqualTo("application");
        assertThat(run.get("region").asText()).isEqualTo("广东省");
        assertThat(run.get("peers").toString()).contains("四川省").contains("江苏省");
        assertThat(run.get("lastCompleteYear").asInt()).isEqualTo(2023);
        assertThat(CliRun.of("metrics", exports.resolve("lens_nev_battery.csv").toString(), "--map",
                Path.of("..", "samples", "nev-battery", "chain-map.yaml").toString(), "--region", "火星", "--out",
                out.toString()).exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void yearBasisOverridesTheProjectAndChangesEveryModulesSet(@TempDir Path out) throws IOException {
        // given the sample project (application years 2005–2024) run once as it is and once by publication year
        String project = Path.of("..", "samples", "nev-battery", "navi.yaml").toString();
        CliRun app = CliRun.of("metrics", "--config", project, "--out", out.resolve("app").toString(), "-q");
        CliRun pub = CliRun.of("metrics", "--config", project, "--year-basis", "publication", "--from", "2010", "--to", "2020",
                "--out", out.resolve("pub").toString(), "-q");
        assertThat(app.exitCode()).as(app.err()).isZero();
        assertThat(pub.exitCode()).as(pub.err()).isZero();
        JsonNode run = new ObjectMapper().readTree(out.resolve("pub").resolve("results.json").toFile()).get("run");
        // then the set is the publications of 2010–2020, and the accounts still add up
        JsonNode set = run.get("analysisSet");
        assertThat(set.get("yearBasis").asText()).isEqualTo("publication");
        assertThat(set.get("period").toString()).isEqualTo("[2010,2020]");
        assertThat(set.get("records").asLong() + set.get("noYear").asLong() + set.get("beforePeriod").asLong()
                + set.get("afterPeriod").asLong()).isEqualTo(set.get("counted").asLong());
        assertThat(run.get("records").asLong()).isEqualTo(set.get("records").asLong());
        // ... which is smaller than the application-year set of the project's own period
        JsonNode appRun = new ObjectMapper().readTree(out.resolve("app").resolve("results.json").toFile()).get("run");
        assertThat(set.get("records").asLong()).isLessThan(appRun.get("records").asLong());
        assertThat(pub.out()).contains("set        ").contains("publication year");
        // a basis that does not exist is a usage error naming the choices
        CliRun bad = CliRun.of("metrics", "--config", project, "--year-basis", "grant", "--out", out.resolve("x").toString());
        assertThat(bad.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err()).contains("APPLICATION").contains("PRIORITY").contains("PUBLICATION");
    }
}
