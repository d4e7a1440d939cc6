package dev.navi.ingest;

import dev.navi.ingest.layout.LayoutRegistry;
import dev.navi.testing.Fixtures;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Bad input gets one clear line naming the file (and row where it applies); good rows are never lost. */
class BadInputTest {
    private final IngestService service = new IngestService(LayoutRegistry.builtIn());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            empty.csv            | the file is empty
            binary_junk.csv      | binary content
            not_a_zip.xlsx       | not a zip archive
            header_only_lens.csv | but no records below it
            unknown_layout.csv   | unrecognised layout
            """)
    void badFilesGetAOneLineErrorNamingTheFile(String fixture, String expected) {
        Path file = Fixtures.path(fixture);
        IngestService.FileOutcome o = service.inspect(List.of(file)).get(0);
        assertThat(o.failed()).isTrue();
        assertThat(o.error().getMessage())
                .startsWith(file.toString() + ": ")
                .contains(expected)
                .doesNotContain("\n");
        assertThat(o.error().file()).isEqualTo(file.toString());
    }

    @Test
    void unknownLayoutErrorSaysWhatToDo() {
        String m = service.inspect(List.of(Fixtures.path("unknown_layout.csv"))).get(0).error().getMessage();
        assertThat(m).contains("'Doc No., Heading, Owner, Filed'").contains("--mapping").contains("lens, google-patents");
    }

    @Test
    void strayQuoteLosesOnlyItsOwnRow() throws IOException {
        RealExportsTest.Collected c = RealExportsTest.collect(Fixtures.path("stray_quote_google.csv"));
        assertThat(c.patents).hasSize(9);
        assertThat(c.patents).extracting(p -> p.publicationNumber()).doesNotContain("US10000004B2").contains("US10000005B2", "US10000010B2");
        assertThat(c.rejects).singleElement().satisfies(r -> {
            assertThat(r.category()).isEqualTo("unterminated quote");
            assertThat(r.row()).isEqualTo(5);
            assertThat(r.raw()).startsWith("US-10000004-B2,\"Broken title");
        });
    }

    @Test
    void truncatedFileRejectsTheCutRow() throws IOException {
        RealExportsTest.Collected c = RealExportsTest.collect(Fixtures.path("truncated_quote_google.csv"));
        assertThat(c.patents).hasSize(2);
        assertThat(c.rejects).singleElement().satisfies(r -> {
            assertThat(r.reason()).contains("never closes before the end of the file");
            assertThat(r.row()).isEqualTo(4);
        });
    }

    @Test
    void zipBombIsRefused(@TempDir Path dir) throws IOException {
        // given a genuine workbook whose sheet XML is padded to inflate 50 MB from a few kilobytes
        Path good = dir.resolve("good.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(good)) {
            wb.createSheet("s").createRow(0).createCell(0).setCellValue("公开（公告）号");
            wb.write(out);
        }
        Path bomb = dir.resolve("bomb.xlsx");
        try (ZipFile in = new ZipFile(good.toFile()); ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(bomb))) {
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                z.putNextEntry(new ZipEntry(e.getName()));
                byte[] content = in.getInputStream(e).readAllBytes();
                if (e.getName().startsWith("xl/worksheets/")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int root = xml.indexOf("<worksheet");
                    z.write(xml.substring(0, root).getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = new byte[1 << 20];
                    java.util.Arrays.fill(spaces, (byte) ' ');
                    for (int i = 0; i < 50; i++) {
                        z.write(spaces);
                    }
                    z.write(xml.substring(root).getBytes(StandardCharsets.UTF_8));
                } else {
                    z.write(content);
                }
                z.closeEntry();
            }
        }
        assertThat(Files.size(bomb)).isLessThan(1 << 20);
        // when
        IngestService.FileOutcome o = service.inspect(List.of(bomb)).get(0);
        // then
        assertThat(o.failed()).isTrue();
        assertThat(o.error().getMessage()).startsWith(bomb.toString() + ": ").contains("zip bomb").doesNotContain("\n");
    }

    @Test
    void aFileThatFailsPartWayKeepsItsCountsBalanced(@TempDir Path dir) throws IOException {
        // given a workbook whose first sheet is fine and whose second sheet's XML is broken
        Path good = dir.resolve("two_sheets.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(good)) {
            for (String name : List.of("a", "b")) {
                var s = wb.createSheet(name);
                s.createRow(0).createCell(0).setCellValue("公开（公告）号");
                s.getRow(0).createCell(1).setCellValue("申请人");
                s.createRow(1).createCell(0).setCellValue("CN11111111" + (name.equals("a") ? "1A" : "2A"));
                s.getRow(1).createCell(1).setCellValue("甲公司");
            }
            wb.write(out);
        }
        Path broken = dir.resolve("broken_second_sheet.xlsx");
        try (ZipFile in = new ZipFile(good.toFile()); ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(broken))) {
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                z.putNextEntry(new ZipEntry(e.getName()));
                byte[] content = in.getInputStream(e).readAllBytes();
                if (e.getName().equals("xl/worksheets/sheet2.xml")) {
                    content = java.util.Arrays.copyOf(content, content.length / 2); // cut in the middle
                }
                z.write(content);
                z.closeEntry();
            }
        }
        // when ingesting it with --skip-bad-files
        Path out = dir.resolve("out");
        IngestService.IngestResult r = service.ingest(new IngestService.IngestRequest(List.of(broken), out, true, null));
        // then the failure is reported and the row read before it is counted and kept
        IngestService.FileOutcome o = r.files().get(0);
        assertThat(o.failed()).isTrue();
        assertThat(o.error().getMessage()).contains("after 1 rows had been read");
        assertThat(o.report().kept()).isEqualTo(1);
        assertThat(r.read()).isEqualTo(r.kept() + r.rejected()).isEqualTo(1);
        assertThat(Files.readAllLines(out.resolve("records.csv"))).hasSize(2);
    }

    @Test
    void zipThatIsNotAWorkbook(@TempDir Path dir) throws IOException {
        Path zip = dir.resolve("photos.xlsx");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("a.txt"));
            z.write("hello".getBytes(StandardCharsets.UTF_8));
        }
        IngestService.FileOutcome o = service.inspect(List.of(zip)).get(0);
        assertThat(o.error().getMessage()).contains("not an Excel .xlsx workbook");
    }

    @Test
    void missingFileAndDirectory(@TempDir Path dir) {
        assertThat(service.inspect(List.of(dir.resolve("nope.csv"))).get(0).error().getMessage()).endsWith("no such file");
        assertThat(service.inspect(List.of(dir)).get(0).error().getMessage()).contains("is a directory");
    }

    @Test
    void htmlDisguisedAsXls(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("export.xls");
        Files.writeString(f, "<html><body><table><tr><td>公开号</td></tr></table></body></html>");
        assertThat(service.inspect(List.of(f)).get(0).error().getMessage()).contains("holds HTML/XML");
    }

    @Test
    void brokenMappingFileNamesTheEntry() {
        assertThatThrownBy(() -> IngestService.withMappings(List.of(Fixtures.path("bad_mapping.yaml"))))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("bad_mapping.yaml")
                .hasMessageContaining("'Doc No.' maps to unknown field 'publicationNo'")
                .hasMessageContaining("publicationNumber");
    }

    @Test
    void ingestStopsAtTheFirstBadFileUnlessTold(@TempDir Path out) {
        List<Path> files = List.of(Fixtures.path("derwent_banner.csv"), Fixtures.path("empty.csv"));
        assertThatThrownBy(() -> service.ingest(new IngestService.IngestRequest(files, out, false, null)))
                .isInstanceOf(InputException.class).hasMessageContaining("empty.csv");
        assertThat(out.resolve("records.csv")).doesNotExist();
        IngestService.IngestResult r = service.ingest(new IngestService.IngestRequest(files, out, true, null));
        assertThat(r.kept()).isEqualTo(1);
        assertThat(r.files()).extracting(IngestService.FileOutcome::failed).containsExactly(false, true);
    }
}
