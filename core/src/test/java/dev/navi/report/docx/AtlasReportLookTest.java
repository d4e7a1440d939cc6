package dev.navi.report.docx;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Writes the sample reports for a person to look at, when {@code -Dnavi.docx.look=<folder>} is given: {@code
 * atlas.docx} (Chinese), {@code atlas-en.docx} and {@code atlas-noregion.docx}. Skipped otherwise.
 */
class AtlasReportLookTest {

    @Test
    void writesTheSampleReportsForLooking(@TempDir Path dir) throws Exception {
        String folder = System.getProperty("navi.docx.look");
        assumeTrue(folder != null && !folder.isBlank(), "set -Dnavi.docx.look=<folder> to write the sample reports");
        Path out = Path.of(folder);
        Files.createDirectories(out);
        SampleReports.Run zh = SampleReports.run(dir.resolve("zh"), true, false);
        write(SampleReports.model(zh, ReportModel.Language.ZH), out.resolve("atlas.docx"));
        SampleReports.Run en = SampleReports.run(dir.resolve("en"), true, true);
        write(SampleReports.model(en, ReportModel.Language.EN), out.resolve("atlas-en.docx"));
        SampleReports.Run none = SampleReports.run(dir.resolve("none"), false, false);
        write(SampleReports.model(none, ReportModel.Language.ZH), out.resolve("atlas-noregion.docx"));
    }

    private static void write(ReportModel model, Path file) throws Exception {
        try (OutputStream os = Files.newOutputStream(file)) {
            AtlasReport.write(model, os);
        }
    }
}
