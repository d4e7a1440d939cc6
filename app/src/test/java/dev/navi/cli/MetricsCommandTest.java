package dev.navi.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class MetricsCommandTest {
    @Test
    void metricsOnTheSampleProject(@TempDir Path out) throws IOException {
        CliRun r = CliRun.of("metrics", "--config", Path.of("..", "samples", "nev-battery", "navi.yaml").toString(),
                "--out", out.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("records    1,087 counted by family").contains("direction  15 tables")
                .contains("positioning 5 tables").contains("path       7 tables").contains("四川省");
        JsonNode json = new ObjectMapper().readTree(out.resolve("results.json").toFile());
        assertThat(json.fieldNames()).toIterable().contains("run", "definitions", "direction", "positioning", "path");
        assertThat(Files.exists(out.resolve("tables").resolve("trend_by_year.csv"))).isTrue();
        assertThat(Files.exists(out.resolve("tables").resolve("enterprise_targets.csv"))).isTrue();
        // the project asks for charts: PNGs of the main figures, readable images of the print size
        for (String png : java.util.List.of("trend.png", "heatmap_node_year.png", "leading_applicants.png", "life_cycle.png",
                "quadrant.png")) {
            var img = javax.imageio.ImageIO.read(out.resolve("charts").resolve(png).toFile());
            assertThat(img).as(png).isNotNull();
            assertThat(img.getWidth()).isEqualTo(1600);
        }
        // the project asks for xlsx: the workbook re-opens with a README, the data and one sheet per table
        try (var in = Files.newInputStream(out.resolve("atlas.xlsx"));
             var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            assertThat(wb.getSheetName(0)).isEqualTo("README 说明");
            assertThat(wb.getSheet("data 数据").getLastRowNum()).isEqualTo(1087);
            assertThat(wb.getSheet("trend_by_year")).isNotNull();
            assertThat(wb.getNumberOfSheets()).isEqualTo(2 + 15 + 5 + 7);
        }
    }

    @Test
    void metricsNeedsAProjectFileOrFilesAndAMap() {
        assertThat(CliRun.of("metrics", "--out", "x").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRun.of("metrics", "--out", "x", "a.csv").exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void filesAndOptionsWithoutAProjectFile(@TempDir Path out) throws IOException {
        Path exports = Path.of("..", "samples", "nev-battery", "exports");
        CliRun r = CliRun.of("metrics", exports.resolve("lens_nev_battery.csv").toString(), "--map",
                Path.of("..", "samples", "nev-battery", "chain-map.yaml").toString(), "--region", "广东", "--peers", "四川,江苏",
                "--unit", "application", "--cutoff", "2025-06-30", "--out", out.toString(), "-q");
        assertThat(r.exitCode()).isZero();
        JsonNode run = new ObjectMapper().readTree(out.resolve("results.json").toFile()).get("run");
        assertThat(run.get("unit").asText()).isEqualTo("application");
        assertThat(run.get("region").asText()).isEqualTo("广东省");
        assertThat(run.get("peers").toString()).contains("四川省").contains("江苏省");
        assertThat(run.get("lastCompleteYear").asInt()).isEqualTo(2023);
        assertThat(CliRun.of("metrics", exports.resolve("lens_nev_battery.csv").toString(), "--map",
                Path.of("..", "samples", "nev-battery", "chain-map.yaml").toString(), "--region", "火星", "--out",
                out.toString()).exitCode()).isEqualTo(ExitCodes.USAGE);
    }
}
