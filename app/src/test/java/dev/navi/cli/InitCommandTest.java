package dev.navi.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The newcomer's path, black box: {@code navi init}, copy the exports, then exactly the command {@code init} printed as
 * the next step — on CSV-only, XLSX-only and mixed exports, with no edit of the project file.
 */
class InitCommandTest {
    private static final Path EXPORTS = Path.of("..", "samples", "nev-battery", "exports");
    private static final String XLSX = "incopat_nev_battery.xlsx";
    private static final String LENS = "lens_nev_battery.csv";
    private static final String PATSNAP = "patsnap_nev_battery_gbk.csv";

    @ParameterizedTest
    @ValueSource(strings = {"csv", "xlsx", "mixed"})
    void initCopyAnalyzeRunsWithNoGuess(String kind, @TempDir Path tmp) throws IOException {
        // given: a fresh project
        Path dir = tmp.resolve("my-project");
        CliRun init = CliRun.of("init", dir.toString());
        assertThat(init.exitCode()).as(init.err()).isZero();
        assertThat(init.err()).isEmpty();
        String next = init.out().lines().filter(l -> l.contains(" analyze --config ")).findFirst().orElseThrow();
        // the printed next step is the real one: the launcher, the project file and an output folder
        assertThat(next.strip()).isEqualTo("3. navi analyze --config " + dir.resolve("navi.yaml") + " --out " + dir.resolve("out"));
        // before any export is copied the project says so, at the inputs key, and what to do
        CliRun empty = CliRun.of(args(next));
        assertThat(empty.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(empty.err()).contains("line 8, column 1: inputs: no export file found — exports/*.xlsx, exports/*.xls, "
                + "exports/*.csv, exports/*.tsv match no file").contains("copy the exports (CSV, TSV, XLS or XLSX) into "
                + dir.toAbsolutePath().resolve("exports"));
        // when: the exports are copied in and the printed command is run as it is
        List<String> files = switch (kind) {
            case "csv" -> List.of(LENS, PATSNAP);
            case "xlsx" -> List.of(XLSX);
            default -> List.of(XLSX, LENS, PATSNAP);
        };
        for (String f : files) {
            Files.copy(EXPORTS.resolve(f), dir.resolve("exports").resolve(f));
        }
        List<String> run = new ArrayList<>(List.of(args(next)));
        if (!kind.equals("mixed")) {
            run.addAll(List.of("--outputs", "json")); // the documents are drawn once, in the mixed case, to keep the test short
        }
        run.add("-q");
        CliRun r = CliRun.of(run.toArray(String[]::new));
        // then
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("from " + files.size() + " file(s)")
                .contains("default: the last 20 complete years up to the cut-off");
        JsonNode runJson = new ObjectMapper().readTree(dir.resolve("out").resolve("results.json").toFile()).get("run");
        assertThat(runJson.get("inputs")).hasSize(files.size());
        // cut-off in 2025, not on 31 December: the last complete year is 2024, twenty years back is 2005
        assertThat(runJson.get("period").toString()).isEqualTo("[2005,2024]");
        if (kind.equals("mixed")) {
            assertThat(dir.resolve("out").resolve("atlas.docx")).exists();
            assertThat(dir.resolve("out").resolve("atlas.xlsx")).exists();
        }
    }

    private static String[] args(String nextStep) {
        String[] words = nextStep.strip().split(" ");
        // "3." and the launcher ("navi") are not arguments
        return Arrays.copyOfRange(words, 2, words.length);
    }

    @Test
    void initDoesNotOverwriteTheAnalystsFiles(@TempDir Path dir) throws IOException {
        assertThat(CliRun.of("init", dir.toString()).exitCode()).isZero();
        assertThat(CliRun.of("map", "validate", dir.resolve("chain-map.yaml").toString()).exitCode()).isZero();
        CliRun again = CliRun.of("init", dir.toString());
        assertThat(again.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(again.err()).contains("navi.yaml exists; pass --force");
    }

    @Test
    void initFromExportsTakesInputsPeriodCutoffAndAStarterMapFromThem(@TempDir Path tmp) throws IOException {
        // given: exports copied into the future project's folder
        Path dir = tmp.resolve("p");
        Files.createDirectories(dir.resolve("exports"));
        for (String f : List.of(XLSX, LENS)) {
            Files.copy(EXPORTS.resolve(f), dir.resolve("exports").resolve(f));
        }
        // when
        CliRun init = CliRun.of("init", dir.toString(), "--from", dir.resolve("exports").resolve(XLSX).toString(),
                dir.resolve("exports").resolve(LENS).toString());
        // then
        assertThat(init.exitCode()).as(init.err()).isZero();
        String yaml = Files.readString(dir.resolve("navi.yaml"));
        assertThat(yaml).contains("  - exports/" + XLSX + "   # incoPat").contains("  - exports/" + LENS + "   # Lens")
                .doesNotContain("exports/*.csv")
                .contains("\nperiod: {from: 2005, to: 2024}")
                .containsPattern("\ncutoff: 2025-\\d\\d-\\d\\d ");
        assertThat(init.out()).contains("read       2,500 records from 2 file(s)").contains("period     2005–2024")
                .contains("chain map  ").contains("H01M");
        String map = Files.readString(dir.resolve("chain-map.yaml"));
        assertThat(map).contains("  - id: h01m\n    zh: H01M 待命名\n    en: H01M (to be named)\n    ipc: [H01M]");
        assertThat(CliRun.of("map", "validate", dir.resolve("chain-map.yaml").toString()).exitCode()).isZero();
        // and the drafted project runs as it is
        CliRun r = CliRun.of("analyze", "--config", dir.resolve("navi.yaml").toString(), "--out", dir.resolve("out").toString(),
                "--outputs", "json", "-q");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("period     2005–2024").doesNotContain("default:");
    }
}
