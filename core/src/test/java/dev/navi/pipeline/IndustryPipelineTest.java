package dev.navi.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.navi.project.Project;
import dev.navi.project.ProjectLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A project whose industry files are broken still runs, says where each problem is, and uses what it can. */
class IndustryPipelineTest {
    @Test
    void aBrokenIndustryFileIsReportedAndTheRunGoesOn(@TempDir Path dir) throws Exception {
        // given the sample's Lens export and map, a firms table with a typo'd node and a market file that is missing
        Path sample = Path.of("..", "samples", "nev-battery").toAbsolutePath().normalize();
        Files.writeString(dir.resolve("firms.csv"), "name,province,city,nodes,output\n"
                + "遂宁弗迪电池有限公司,四川省,遂宁市,cel,330\n四川时代新能源科技有限公司,四川省,宜宾市,cell,760\n");
        Files.writeString(dir.resolve("navi.yaml"), "name: t\ninputs: [" + sample.resolve("exports/lens_nev_battery.csv")
                + "]\nmap: " + sample.resolve("chain-map.yaml") + "\nregion: 四川省\n"
                + "industry:\n  firms: firms.csv\n  market: market.csv\n");
        Project project = ProjectLoader.load(dir.resolve("navi.yaml"));
        List<String> warnings = new ArrayList<>();
        PipelineListener listener = new PipelineListener() {
            @Override
            public void warn(String message) {
                warnings.add(message);
            }
        };
        // when
        MetricsPipeline.execute(project, dir.resolve("out"), new MetricsPipeline.Options(Set.of("json"),
                LocalDate.of(2025, 7, 1), "test", listener));
        // then
        assertThat(warnings).containsExactly(
                "firms.csv: row 2, column nodes: 'cel' is not a node of the chain map nev-battery; did you mean 'cell'? use "
                        + "the node ids of the map (navi map validate lists them) (value left out)",
                "market.csv: does not exist (relative to the project file); check the path in navi.yaml industry.market, or "
                        + "run 'navi init' for a template (file left out)");
        JsonNode results = new ObjectMapper().readTree(dir.resolve("out/results.json").toFile());
        assertThat(results.at("/run/industry/used").toString()).isEqualTo("[\"firms\"]");
        JsonNode problems = results.at("/industry/tables/industry_inputs/rows");
        assertThat(problems.size()).isEqualTo(2);
        assertThat(problems.get(0).get(1).asLong()).isEqualTo(2);
        // each problem in both languages, so the Chinese atlas says it in Chinese (columns problem_zh, action_zh)
        assertThat(problems.get(0).get(4).asText()).isEqualTo("“cel”不是产业链结构图 nev-battery 的环节");
        assertThat(problems.get(0).get(6).asText()).isEqualTo("是否应为“cell”？请使用结构图的环节编号（navi map validate 会列出）");
        assertThat(problems.get(1).get(4).asText()).isEqualTo("文件不存在（路径相对于项目文件）");
        assertThat(problems.get(1).get(3).asText()).isEqualTo("does not exist (relative to the project file)");
        assertThat(results.at("/industry/tables/industry_firms/rows").size()).isEqualTo(2);
        assertThat(results.at("/industry/tables/market_vs_control").isMissingNode()).isTrue();
        assertThat(results.at("/industry/findingsEn").toString()).contains("market: market vs control strength");
        assertThat(Files.exists(dir.resolve("out/tables/industry_overview.csv"))).isTrue();
    }
}
