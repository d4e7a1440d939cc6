package dev.navi.io;

import dev.navi.ingest.IngestService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvCellsTest {
    @Test
    void cellsThatASpreadsheetWouldRunGetALeadingQuote() {
        assertThat(CsvCells.escape("=cmd|' /C calc'!A0")).isEqualTo("'=cmd|' /C calc'!A0");
        assertThat(CsvCells.escape("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(CsvCells.escape("@SUM(1)")).isEqualTo("'@SUM(1)");
        assertThat(CsvCells.escape("+1+cmd")).isEqualTo("'+1+cmd");
        assertThat(CsvCells.escape("-2+3+cmd|' /C calc'!A0")).isEqualTo("'-2+3+cmd|' /C calc'!A0");
        assertThat(CsvCells.escape("\t=1")).isEqualTo("'\t=1");
        assertThat(CsvCells.escape("\r=1")).isEqualTo("'\r=1");
        // a value that starts with a quote gets one more, so reading back is exact
        assertThat(CsvCells.escape("'quoted")).isEqualTo("''quoted");
        // numbers and ordinary text are left alone
        assertThat(CsvCells.escape("-0.25")).isEqualTo("-0.25");
        assertThat(CsvCells.escape("-12")).isEqualTo("-12");
        assertThat(CsvCells.escape("宁德时代")).isEqualTo("宁德时代");
        assertThat(CsvCells.escape("")).isEqualTo("");
    }

    @Test
    void unescapeUndoesEscape() {
        for (String v : List.of("=1+1", "'", "''", "'x", "-", "-2", "-2+3", "@a", "\tx", "plain", "'=x")) {
            assertThat(CsvCells.unescape(CsvCells.escape(v))).as(v).isEqualTo(v);
        }
    }

    @Test
    void navisDatasetRoundTripsHostileCellsExactly(@TempDir Path dir) throws IOException {
        // given a Lens export whose title and applicant would run as formulas
        Path lens = dir.resolve("lens.csv");
        Files.writeString(lens, String.join("\n",
                "#,Jurisdiction,Kind,Display Key,Lens ID,Publication Date,Publication Year,Application Identifier,"
                        + "Application Date,Priority Numbers,Earliest Priority Date,Title,Abstract,Applicants,Inventors,"
                        + "Owners,URL,Document Type,Has Full Text,Cites Patent Count,Cited by Patent Count,Simple Family Size,"
                        + "Extended Family Size,Sequence Count,CPC Classifications,IPCR Classifications,US Classifications,"
                        + "NPL Citation Count,NPL Resolved Citation Count,NPL Resolved Lens ID(s),NPL Resolved External ID(s),"
                        + "NPL Citations",
                "1,CN,A,CN 114000001 A,000-000-000-000-001,2022-01-04,2022,CN 202110000001 A,2021-01-04,,,"
                        + "\"=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",abstract,@SUM(1),'quoted,,,Patent Application,false,"
                        + "0,0,1,1,0,,H01M10/00,,0,0,,,",
                ""));
        IngestService service = IngestService.withMappings(List.of());
        service.ingest(new IngestService.IngestRequest(List.of(lens), dir.resolve("a"), false, null));
        String first = Files.readString(dir.resolve("a").resolve("records.csv"));
        // then records.csv carries the escaped cells
        assertThat(first).contains("'=HYPERLINK(").contains("'@SUM(1)").doesNotContain(",=HYPERLINK").doesNotContain(",@SUM");

        // when it is ingested again, the values come back exactly and are written the same
        service.ingest(new IngestService.IngestRequest(List.of(dir.resolve("a").resolve("records.csv")), dir.resolve("b"),
                false, null));
        assertThat(Files.readString(dir.resolve("b").resolve("records.csv"))).isEqualTo(first);
    }
}
