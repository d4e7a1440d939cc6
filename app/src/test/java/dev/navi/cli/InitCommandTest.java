package dev.navi.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class InitCommandTest {
    @Test
    void initWritesAProjectThatRunsOnceExportsAreThere(@TempDir Path dir) throws IOException {
        CliRun r = CliRun.of("init", dir.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(Files.readString(dir.resolve("navi.yaml"))).contains("inputs:").contains("region:").contains("#");
        assertThat(CliRun.of("map", "validate", dir.resolve("chain-map.yaml").toString()).exitCode()).isZero();
        // with no exports yet the project says what is missing
        CliRun empty = CliRun.of("metrics", "--config", dir.resolve("navi.yaml").toString(), "--out", dir.resolve("out").toString());
        assertThat(empty.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(empty.err()).contains("exports/*.xlsx' matches no file");
        // with an export in place it runs
        Files.copy(Path.of("..", "samples", "nev-battery", "exports", "lens_nev_battery.csv"), dir.resolve("exports").resolve("lens.csv"));
        Files.writeString(dir.resolve("navi.yaml"), Files.readString(dir.resolve("navi.yaml")).replace("  - exports/*.xlsx  ", "  # "));
        CliRun run = CliRun.of("metrics", "--config", dir.resolve("navi.yaml").toString(), "--out", dir.resolve("out").toString(), "-q");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(dir.resolve("out").resolve("results.json")).exists();
        // a second init does not overwrite the analyst's files
        assertThat(CliRun.of("init", dir.toString()).exitCode()).isEqualTo(ExitCodes.USAGE);
    }
}
