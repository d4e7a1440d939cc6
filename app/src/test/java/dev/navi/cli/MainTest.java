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

import static org.assertj.core.api.Assertions.assertThat;

class MainTest {
    static Path fixture(String name) {
        return Path.of("..", "core", "src", "test", "resources", "fixtures", name);
    }

    @Test
    void versionAndHelp() {
        CliRun v = CliRun.of("--version");
        assertThat(v.exitCode()).isZero();
        assertThat(v.out()).startsWith("navi ").doesNotContain("unknown");
        CliRun h = CliRun.of("--help");
        assertThat(h.exitCode()).isZero();
        assertThat(h.out()).contains("inspect", "ingest", "Exit codes:", "3  input error");
    }

    @ParameterizedTest
    @ValueSource(strings = {"inspect", "ingest"})
    void everySubcommandHasHelp(String sub) {
        CliRun h = CliRun.of(sub, "--help");
        assertThat(h.exitCode()).isZero();
        assertThat(h.out()).contains("Usage: navi " + sub).contains("FILE").contains("--mapping");
    }

    @Test
    void usageErrorsExitWith2() {
        CliRun r = CliRun.of("inspect", "--no-such-option", "x.csv");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("Unknown option").contains("navi inspect --help");
        assertThat(CliRun.of("ingest", fixture("derwent_banner.csv").toString()).exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRun.of("frobnicate").exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void inspectPrintsTheReport() {
        CliRun r = CliRun.of("inspect", fixture("gbk_incopat.csv").toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("layout     incopat (incoPat)")
                .contains("GB18030 (GBK)")
                .contains("3 read = 2 kept + 1 rejected")
                .contains("rejected   no identifier: 1")
                .contains("公开（公告）号 → publicationNumber")
                .contains("publicationNumber 100%");
        assertThat(r.err().strip()).isEqualTo("navi: warning: " + fixture("gbk_incopat.csv") + ": 1 row(s) rejected, first at line 4: "
                + "no identifier: the row has neither a publication number nor an application number "
                + "(navi ingest lists every rejected row in rejects.csv)");
    }

    @Test
    void inspectSaysWhichColumnsDecidedTheLayoutAndWarnsAboutMissingKeyFields() {
        // given a Patentics export whose number column is named after the vendor, and an incoPat selection without
        // titles whose publication dates are mostly empty
        CliRun r = CliRun.of("inspect", fixture("patentics_hyperlink.csv").toString(), fixture("incopat_no_title.csv").toString());
        // then
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("layout     patentics (Patentics), by Patentics, 国际分类, 国际主分类, 影响因子 (score ")
                .contains("kept       影响因子 (known columns without a canonical field, kept as extra values)")
                .contains("layout     incopat (incoPat), by 公开（公告）号, 申请人 (score ")
                .contains("warning    title: filled in under 50 % of records: 0 of 3 (0 %); the incoPat layout normally "
                        + "carries it but this export has no column for it")
                .contains("warning    publicationDate: filled in under 50 % of records: 1 of 3 (33 %); the incoPat layout "
                        + "normally carries it; its column 公开（公告）日 is mostly empty");
        assertThat(r.out()).doesNotContain("warning    applicants").doesNotContain("warning    applicationDate");
    }

    @Test
    void inspectJsonForScripts() throws IOException {
        CliRun r = CliRun.of("inspect", "--json", fixture("derwent_banner.csv").toString(), fixture("utf16_google.csv").toString());
        assertThat(r.exitCode()).isZero();
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertThat(root.get("files")).hasSize(2);
        JsonNode f = root.get("files").get(0);
        assertThat(f.get("path").asText()).endsWith("derwent_banner.csv");
        assertThat(f.get("layout").asText()).isEqualTo("derwent");
        assertThat(f.get("encoding").asText()).isEqualTo("UTF-8");
        assertThat(f.get("records").asLong()).isEqualTo(1);
        assertThat(f.get("rejected").asLong()).isZero();
        assertThat(f.get("fields").get("publicationNumber").asDouble()).isEqualTo(1.0);
        assertThat(f.get("fields").get("grantDate").asDouble()).isEqualTo(0.0);
    }

    @Test
    void badInputIsOneLineWithExitCode3AndNoStackTrace() {
        CliRun r = CliRun.of("inspect", fixture("empty.csv").toString(), fixture("derwent_banner.csv").toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(r.out()).contains("derwent"); // the good file is still reported
        assertThat(r.err().strip()).startsWith("navi: ").contains("empty.csv").doesNotContain("\n").doesNotContain("at dev.navi");
        CliRun verbose = CliRun.of("inspect", "--verbose", fixture("empty.csv").toString());
        assertThat(verbose.err()).contains("InputException");
    }

    @Test
    void ingestWritesTheDataset(@TempDir Path out) throws IOException {
        CliRun r = CliRun.of("ingest", fixture("gbk_incopat.csv").toString(), fixture("stray_quote_google.csv").toString(),
                "--out", out.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("ingested 2 file(s): 13 read = 11 kept + 2 rejected");
        assertThat(out.resolve("records.csv")).exists();
        JsonNode s = new ObjectMapper().readTree(Files.readString(out.resolve("ingest-summary.json")));
        assertThat(s.get("read").asLong()).isEqualTo(13);
        assertThat(s.get("files").get(1).get("layout").asText()).isEqualTo("google-patents");
    }

    @Test
    void truncatedFileIsWarnedAboutAndStrictMakesItAnError(@TempDir Path out) {
        CliRun r = CliRun.of("ingest", fixture("truncated_quote_google.csv").toString(), "--out", out.toString(), "-q");
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).contains("truncated_quote_google.csv: 1 row(s) rejected, first at line 4: unterminated quote")
                .contains("rejects.csv");
        CliRun strict = CliRun.of("ingest", fixture("truncated_quote_google.csv").toString(), "--out", out.toString(), "-q", "--strict");
        assertThat(strict.exitCode()).isEqualTo(ExitCodes.INPUT);
    }

    @Test
    void ingestStopsOnABadFileWithExitCode3(@TempDir Path out) {
        CliRun r = CliRun.of("ingest", fixture("gbk_incopat.csv").toString(), fixture("not_a_zip.xlsx").toString(),
                "--out", out.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(r.err()).contains("not_a_zip.xlsx").contains("not a zip archive");
        assertThat(out.resolve("records.csv")).doesNotExist();
        CliRun skip = CliRun.of("ingest", fixture("gbk_incopat.csv").toString(), fixture("not_a_zip.xlsx").toString(),
                "--out", out.toString(), "--skip-bad-files", "--json");
        assertThat(skip.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(out.resolve("records.csv")).exists();
        assertThat(skip.out()).contains("\"error\"");
    }

    @Test
    void mappingFileOption() {
        CliRun r = CliRun.of("inspect", fixture("custom_office_export.csv").toString(),
                "--mapping", fixture("custom_office_mapping.yaml").toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("mapping:office").contains("2 read = 2 kept + 0 rejected");
        CliRun bad = CliRun.of("inspect", fixture("custom_office_export.csv").toString(),
                "--mapping", fixture("bad_mapping.yaml").toString());
        assertThat(bad.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(bad.err()).contains("unknown field 'publicationNo'");
    }
}
