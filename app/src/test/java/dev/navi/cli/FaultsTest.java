package dev.navi.cli;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Hostile inputs and broken output sets end with one clear line and a documented exit code. */
class FaultsTest {
    private static final Path SAMPLE = Path.of("..", "samples", "nev-battery", "navi.yaml");
    private static final Path LENS = Path.of("..", "samples", "nev-battery", "exports", "lens_nev_battery.csv");

    @Test
    void verifyPassesOnAWrittenSetAndFailsOnAChangedOne(@TempDir Path dir) throws IOException {
        // given a set written by analyze, with a file of the user's in it
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("analyze", "--config", SAMPLE.toString(), "--out", out.toString(), "--outputs", "json", "-q");
        assertThat(run.exitCode()).as(run.err()).isZero();
        Files.writeString(out.resolve("tables").resolve("my-notes.txt"), "mine");

        // then verify passes, and names the set's size
        CliRun ok = CliRun.of("verify", out.toString());
        assertThat(ok.exitCode()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("complete navi output set").contains("files match manifest.json");
        assertThat(ok.err()).contains("tables/my-notes.txt: not navi's (kept, not checked)");

        // when a table is changed, verify fails with exit 5 and names it
        Path table = out.resolve("tables").resolve("trend_by_year.csv");
        byte[] bytes = Files.readAllBytes(table);
        bytes[bytes.length - 2] = (byte) (bytes[bytes.length - 2] == '1' ? '2' : '1'); // same size, other content
        Files.write(table, bytes);
        CliRun bad = CliRun.of("verify", out.toString());
        assertThat(bad.exitCode()).isEqualTo(ExitCodes.VERIFY);
        assertThat(bad.err()).contains("tables/trend_by_year.csv: changed since navi wrote it").contains("NOT complete");

        // and a folder that is no set fails too
        assertThat(CliRun.of("verify", dir.resolve("nothing").toString()).exitCode()).isEqualTo(ExitCodes.VERIFY);
    }

    @Test
    void aRunWithFewerOutputsDropsThePreviousRunsDocumentsButKeepsTheUsersFiles(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        assertThat(CliRun.of("analyze", "--config", SAMPLE.toString(), "--out", out.toString(), "--outputs", "json,charts",
                "-q").exitCode()).isZero();
        Files.writeString(out.resolve("charts").resolve("my-chart.png"), "mine");

        CliRun r = CliRun.of("analyze", "--config", SAMPLE.toString(), "--out", out.toString(), "--outputs", "json", "-q");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(out.resolve("charts").resolve("trend.png")).doesNotExist(); // another run's output: not mixed in
        assertThat(Files.readString(out.resolve("charts").resolve("my-chart.png"))).isEqualTo("mine");
        assertThat(CliRun.of("verify", out.toString()).exitCode()).isZero();
    }

    @Test
    void navisOwnOutputsAreRefusedAsInputs(@TempDir Path dir) throws IOException {
        // given a workbook carrying navi's document property (as atlas.xlsx does)
        Path atlas = dir.resolve("exports").resolve("atlas.xlsx");
        Files.createDirectories(atlas.getParent());
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream os = Files.newOutputStream(atlas)) {
            wb.createSheet("data").createRow(0).createCell(0).setCellValue("公开号");
            wb.getProperties().getCustomProperties().addProperty("navi.output", "atlas.xlsx");
            wb.write(os);
        }
        CliRun r = CliRun.of("ingest", atlas.toString(), "--out", dir.resolve("o").toString(), "-q");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(r.err()).contains("atlas.xlsx: is a document navi wrote").contains("navi.output").hasLineCount(1);

        // and a file listed in an output set's manifest
        Path out = dir.resolve("out");
        assertThat(CliRun.of("analyze", "--config", SAMPLE.toString(), "--out", out.toString(), "--outputs", "json", "-q")
                .exitCode()).isZero();
        CliRun t = CliRun.of("ingest", out.resolve("tables").resolve("trend_by_year.csv").toString(), "--out",
                dir.resolve("o2").toString(), "-q");
        assertThat(t.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(t.err()).contains("is an output of navi").contains("manifest.json");
    }

    @Test
    void aLinkToANonExportIsNamedAndItsContentNotEchoed(@TempDir Path dir) throws IOException {
        Path secret = dir.resolve("passwd");
        Files.writeString(secret, "root:x:0:0:root:/root:/bin/bash\n");
        Path link = dir.resolve("export.csv");
        Files.createSymbolicLink(link, secret);

        CliRun r = CliRun.of("ingest", link.toString(), "--out", dir.resolve("o").toString(), "-q");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(r.err()).doesNotContain("root:x").contains("unrecognised layout").contains("not a table header");
    }

    @Test
    void aFifoIsRefusedNotWaitedOn(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("export.csv");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mk.waitFor() == 0, "mkfifo not available");

        CliRun r = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> CliRun.of("ingest", fifo.toString(), "--out", dir.resolve("o").toString(), "-q"));

        assertThat(r.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(r.err()).contains("is not a regular file").contains("FIFO").hasLineCount(1);
    }

    @Test
    void controlCharactersInAFileNameAreEscaped(@TempDir Path dir) throws IOException {
        Path evil = dir.resolve("a\nnavi: all good.csv");
        Files.writeString(evil, "x,y,z\n1,2,3\n");

        CliRun r = CliRun.of("ingest", evil.toString(), "--out", dir.resolve("o").toString(), "-q");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(r.err()).contains("a\\nnavi: all good.csv").hasLineCount(1);
    }

    @Test
    void anUnwritableOutputIsExit4WithOneLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("taken");
        Files.writeString(file, "a file, not a folder");
        CliRun r = CliRun.of("analyze", "--config", SAMPLE.toString(), "--out", file.toString(), "--outputs", "json", "-q");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.OUTPUT);
        assertThat(r.err()).contains("is not a folder").hasLineCount(1).doesNotContain("Exception");
        assertThat(LENS).exists();
    }

    @Test
    void outOfMemoryIsOneLineWithTheHeapAndHowToRaiseIt() {
        java.io.StringWriter err = new java.io.StringWriter();
        int code = Main.report(new OutOfMemoryError("Java heap space"), new java.io.PrintWriter(err), false);
        assertThat(code).isEqualTo(ExitCodes.MEMORY);
        assertThat(err.toString()).contains("out of memory").contains("MB)").contains("NAVI_JAVA_OPTS=-Xmx").hasLineCount(1);
        // also when a worker thread's failure arrives wrapped
        java.io.StringWriter wrapped = new java.io.StringWriter();
        assertThat(Main.report(new java.io.UncheckedIOException(new IOException("cannot draw a chart",
                new OutOfMemoryError("Java heap space"))), new java.io.PrintWriter(wrapped), false)).isEqualTo(ExitCodes.MEMORY);
    }

    @Test
    void poiFailingToSaveOnAFullDiskIsAnOutputError() {
        java.io.StringWriter err = new java.io.StringWriter();
        RuntimeException poi = new RuntimeException("Failed to save",
                new java.nio.file.FileSystemException("/out/.x.tmp/atlas.xlsx", null, "No space left on device"));
        int code = Main.report(poi, new java.io.PrintWriter(err), false);
        assertThat(code).isEqualTo(ExitCodes.OUTPUT);
        assertThat(err.toString()).contains("/out/.x.tmp/atlas.xlsx: the disk is full").hasLineCount(1);
    }
}
