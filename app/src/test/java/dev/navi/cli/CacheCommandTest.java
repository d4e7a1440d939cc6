package dev.navi.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code navi cache status|clear} and analyze's use of the cache, black box. */
class CacheCommandTest {
    private static final Path SAMPLE = Path.of("..", "samples", "nev-battery").toAbsolutePath();

    private static Path project(Path dir) throws IOException {
        Files.copy(SAMPLE.resolve("exports").resolve("lens_nev_battery.csv"), dir.resolve("lens.csv"));
        Files.writeString(dir.resolve("navi.yaml"), String.join("\n",
                "name: cache",
                "inputs: [lens.csv]",
                "map: " + SAMPLE.resolve("chain-map.yaml"),
                "region: {name: 四川省}",
                "outputs: [json]", ""));
        return dir.resolve("navi.yaml");
    }

    @Test
    void analyzeStoresThenReadsTheCacheAndStatusAndClearShowIt(@TempDir Path dir) throws IOException {
        // given
        String project = project(dir).toString();

        // when / then: the first run reads the export and stores the cache, the second reads the cache
        CliRun first = CliRun.of("analyze", "--config", project, "--out", dir.resolve("a").toString(), "-q");
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("counted by family\n").doesNotContain("clean cache");
        CliRun second = CliRun.of("analyze", "--config", project, "--out", dir.resolve("b").toString(), "-q");
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.out()).contains("counted by family (read from the project's clean cache)");
        assertThat(Files.readAllBytes(dir.resolve("b").resolve("results.json")))
                .isEqualTo(Files.readAllBytes(dir.resolve("a").resolve("results.json")));

        CliRun status = CliRun.of("cache", "status", "--config", project);
        assertThat(status.exitCode()).as(status.err()).isZero();
        assertThat(status.out()).contains(dir.resolve(".navi-cache").toString()).contains("navi.yaml.clean-")
                .contains("counted records from 1,000 input records").contains("current: the project's inputs");

        // --no-cache reads the export again
        CliRun without = CliRun.of("analyze", "--config", project, "--out", dir.resolve("c").toString(), "-q", "--no-cache");
        assertThat(without.exitCode()).as(without.err()).isZero();
        assertThat(without.out()).doesNotContain("clean cache");

        // a changed input makes the entry stale
        Files.writeString(dir.resolve("lens.csv"), Files.readString(dir.resolve("lens.csv")).replace("液冷板", "冷却板"));
        assertThat(CliRun.of("cache", "status", "--config", project).out()).contains("stale:");

        CliRun clear = CliRun.of("cache", "clear", "--config", project);
        assertThat(clear.exitCode()).isZero();
        assertThat(clear.out()).contains("removed 1 file(s) from " + dir.resolve(".navi-cache"));
        assertThat(dir.resolve(".navi-cache")).doesNotExist();
        assertThat(CliRun.of("cache", "status", "--config", project).out()).startsWith("no cache entries for navi.yaml");
    }

    @Test
    void theCacheBelongsToAProjectFile() {
        CliRun r = CliRun.of("cache", "status");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("--config PROJECT is required");
    }
}
