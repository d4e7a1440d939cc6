package dev.navi.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Option values in the user's terms, --skip-bad-files, and the default period stated. */
class AnalyzeOptionsTest {
    private static final Path EXPORTS = Path.of("..", "samples", "nev-battery", "exports");
    private static final Path MAP = Path.of("..", "samples", "nev-battery", "chain-map.yaml");

    @Test
    void datesAreReadInTheFormsAnalystsWriteAndABadOneListsThem(@TempDir Path out) {
        CliRun bad = CliRun.of("analyze", EXPORTS.resolve("lens_nev_battery.csv").toString(), "--map", MAP.toString(),
                "--date", "30/11/2026", "--out", out.toString());
        assertThat(bad.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err()).contains("--date': '30/11/2026' is not a date; write the year first: 2026-11-30, 2026/11/30, "
                + "2026.11.30, 20261130 or 2026年11月30日");
        assertThat(new Dates().convert("2026/11/30")).isEqualTo(java.time.LocalDate.of(2026, 11, 30));
        assertThat(new Dates().convert("2026.1.5")).isEqualTo(java.time.LocalDate.of(2026, 1, 5));
        assertThat(new Dates().convert("20261130")).isEqualTo(java.time.LocalDate.of(2026, 11, 30));
        assertThat(new Dates().convert("2026年11月30日")).isEqualTo(java.time.LocalDate.of(2026, 11, 30));
        CliRun feb30 = CliRun.of("analyze", "--cutoff", "2026-02-30", "--out", out.toString());
        assertThat(feb30.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(feb30.err()).contains("'2026-02-30' is not a day of the calendar");
    }

    @Test
    void anOutputFolderThatIsAFileSaysSo(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("report.docx"), "x");
        CliRun r = CliRun.of("analyze", EXPORTS.resolve("lens_nev_battery.csv").toString(), "--map", MAP.toString(),
                "--outputs", "json", "--out", file.toString(), "-q");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.OUTPUT);
        assertThat(r.err()).contains(file.toString()).contains("not a folder; give --out a folder");
    }

    @Test
    void aStrayUnreadableFileStopsTheRunUnlessSkipped(@TempDir Path dir) throws IOException {
        // given: a project whose exports/ holds one good export and one file that is no export
        Files.createDirectories(dir.resolve("exports"));
        Files.copy(EXPORTS.resolve("lens_nev_battery.csv"), dir.resolve("exports").resolve("lens.csv"));
        Files.writeString(dir.resolve("exports").resolve("notes.csv"), "meeting notes\nask the vendor about the export\n");
        Files.copy(MAP, dir.resolve("chain-map.yaml"));
        Files.writeString(dir.resolve("navi.yaml"), "inputs: [exports/*.csv]\nmap: chain-map.yaml\noutputs: [json]\n");
        String config = dir.resolve("navi.yaml").toString();
        // when / then: without the option the run stops at the file and says how to go on
        CliRun stop = CliRun.of("analyze", "--config", config, "--out", dir.resolve("out").toString(), "-q");
        assertThat(stop.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(stop.err()).contains("notes.csv").contains("(or pass --skip-bad-files to go on without this file)");
        // with it the file is reported, skipped and counted, and the atlas is written from the rest
        CliRun skip = CliRun.of("analyze", "--config", config, "--out", dir.resolve("out").toString(), "-q",
                "--skip-bad-files");
        assertThat(skip.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(skip.err()).contains("notes.csv").contains("(skipped)");
        assertThat(skip.out()).contains("input      1,000 rows read, 0 rejected, from 1 file(s); 1 file(s) skipped");
        assertThat(dir.resolve("out").resolve("results.json")).exists();
    }

    @Test
    void withoutAPeriodTheLastTwentyCompleteYearsAreTakenAndSaid(@TempDir Path out) throws IOException {
        CliRun r = CliRun.of("analyze", EXPORTS.resolve("lens_nev_battery.csv").toString(), "--map", MAP.toString(),
                "--cutoff", "2025-06-30", "--outputs", "json", "--out", out.toString(), "-q");
        assertThat(r.exitCode()).as(r.err()).isZero();
        // cut-off 30 June 2025: 2024 is the last complete year, 2005 twenty years back
        assertThat(r.out()).contains("period     2005–2024, complete to 2023 (cut-off 2025-06-30); default: the last 20 "
                + "complete years up to the cut-off");
        JsonNode run = new ObjectMapper().readTree(out.resolve("results.json").toFile()).get("run");
        assertThat(run.get("period").toString()).isEqualTo("[2005,2024]");
        assertThat(run.get("periodSource").asText()).startsWith("default: the last 20 complete years");
        // a period given is taken as it is
        CliRun given = CliRun.of("analyze", EXPORTS.resolve("lens_nev_battery.csv").toString(), "--map", MAP.toString(),
                "--cutoff", "2025-06-30", "--from", "2010", "--to", "2020", "--outputs", "json", "--out", out.toString(), "-q");
        assertThat(given.out()).contains("period     2010–2020, complete to 2020 (cut-off 2025-06-30)\n");
    }
}
