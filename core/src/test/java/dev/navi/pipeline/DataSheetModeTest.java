package dev.navi.pipeline;

import dev.navi.project.ProjectLoader;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The workbook's data sheet: written in full, or left out with a note in the README sheet. */
class DataSheetModeTest {
    private static final Path SAMPLE = Path.of("..", "samples", "nev-battery");

    private static Path project(Path dir, String language) throws IOException {
        Files.copy(SAMPLE.resolve("exports").resolve("lens_nev_battery.csv"), dir.resolve("lens.csv"));
        Files.copy(SAMPLE.resolve("chain-map.yaml"), dir.resolve("chain-map.yaml"));
        Files.writeString(dir.resolve("navi.yaml"), String.join("\n", "name: data sheet", "language: " + language,
                "inputs: [lens.csv]", "map: chain-map.yaml", "outputs: [xlsx]", ""));
        return dir.resolve("navi.yaml");
    }

    private static MetricsPipeline.Result run(Path project, Path out, MetricsPipeline.DataSheetMode mode) {
        return MetricsPipeline.execute(ProjectLoader.load(project), out, new MetricsPipeline.Options(Set.of("xlsx"),
                LocalDate.of(2026, 1, 1), "test", null, false, false, mode));
    }

    private static String allText(Sheet sheet) {
        StringBuilder b = new StringBuilder();
        for (Row r : sheet) {
            for (Cell c : r) {
                b.append(c.toString()).append('\n');
            }
        }
        return b.toString();
    }

    @Test
    void noneLeavesTheDataSheetOutWithANoteAndAllWritesEveryRecord(@TempDir Path dir) throws IOException {
        // given
        Path project = project(dir, "en");

        // when
        MetricsPipeline.Result none = run(project, dir.resolve("none"), MetricsPipeline.DataSheetMode.NONE);
        MetricsPipeline.Result all = run(project, dir.resolve("all"), MetricsPipeline.DataSheetMode.ALL);

        // then: without — the header only, and the README says why and where the records are
        try (InputStream in = Files.newInputStream(dir.resolve("none").resolve("atlas.xlsx"));
             XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet data = wb.getSheet("Data");
            assertThat(data).isNotNull();
            assertThat(data.getLastRowNum()).isZero();
            assertThat(allText(wb.getSheetAt(0))).contains("Data sheet left out (--data-sheet none)")
                    .contains("cleaned.csv").contains("--data-sheet all");
        }
        // with — one row per record of the analysis set, and no such note
        try (InputStream in = Files.newInputStream(dir.resolve("all").resolve("atlas.xlsx"));
             XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheet("Data").getLastRowNum()).isEqualTo(all.set().records().size());
            assertThat(allText(wb.getSheetAt(0))).doesNotContain("Data sheet left out");
        }
        assertThat(none.set().records()).hasSameSizeAs(all.set().records());
    }

    @Test
    void autoWritesTheSheetUpToTheLimit() {
        int limit = MetricsPipeline.DATA_SHEET_AUTO_ROWS;
        assertThat(MetricsPipeline.leavesOutDataSheet(MetricsPipeline.DataSheetMode.AUTO, limit)).isFalse();
        assertThat(MetricsPipeline.leavesOutDataSheet(MetricsPipeline.DataSheetMode.AUTO, limit + 1)).isTrue();
        assertThat(MetricsPipeline.leavesOutDataSheet(MetricsPipeline.DataSheetMode.ALL, 10 * limit)).isFalse();
        assertThat(MetricsPipeline.leavesOutDataSheet(MetricsPipeline.DataSheetMode.NONE, 1)).isTrue();
    }
}
