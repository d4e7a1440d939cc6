package dev.navi.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.navi.chain.Corrections;
import dev.navi.chain.TagService;
import dev.navi.chain.map.ChainMapReader;
import dev.navi.clean.CleanService;
import dev.navi.clean.CountingUnit;
import dev.navi.clean.ExclusionRules;
import dev.navi.clean.StandardApplicantResolver;
import dev.navi.ingest.IngestService;
import dev.navi.ingest.layout.LayoutRegistry;
import dev.navi.project.Project;
import dev.navi.project.ProjectLoader;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * navi metrics on the sample project, checked against an independent recount: the same project cleaned to
 * cleaned.csv, that file tagged to tagged.csv by navi tag, and the rows counted here.
 */
class MetricsPipelineTest {
    static Project project;
    static JsonNode results;
    static List<CSVRecord> tagged;

    @BeforeAll
    static void run(@TempDir Path dir) throws Exception {
        project = ProjectLoader.load(Path.of("..", "samples", "nev-battery", "navi.yaml"));
        MetricsPipeline.run(project, dir.resolve("metrics"), null);
        results = new ObjectMapper().readTree(dir.resolve("metrics").resolve("results.json").toFile());
        // the independent route: navi clean, then navi tag on cleaned.csv
        IngestService ingest = new IngestService(LayoutRegistry.builtIn());
        new CleanService(ingest, StandardApplicantResolver.withAliases(null)).clean(new CleanService.CleanRequest(
                project.inputs(), dir.resolve("clean"), CountingUnit.FAMILY, ExclusionRules.load(project.file()), false, null));
        new TagService(ingest).tag(new TagService.TagRequest(List.of(dir.resolve("clean").resolve("cleaned.csv")),
                ChainMapReader.load(project.map()), dir.resolve("tag"), Corrections.none(), 0, 1, false, null));
        try (CSVParser p = CSVParser.parse(dir.resolve("tag").resolve("tagged.csv"), StandardCharsets.UTF_8,
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            tagged = p.getRecords();
        }
    }

    private static JsonNode table(String module, String id) {
        JsonNode t = results.get(module).get("tables").get(id);
        assertThat(t).as(module + "." + id).isNotNull();
        return t;
    }

    private static int column(JsonNode table, String name) {
        JsonNode cols = table.get("columns");
        for (int i = 0; i < cols.size(); i++) {
            if (cols.get(i).asText().equals(name)) {
                return i;
            }
        }
        throw new AssertionError("no column " + name);
    }

    @Test
    void resultsHaveTheDocumentedShape() {
        assertThat(results.has("definitions") && results.has("direction") && results.has("positioning") && results.has("path")).isTrue();
        assertThat(results.get("definitions").size()).isGreaterThan(20);
        results.get("definitions").properties().forEach(e -> {
            assertThat(e.getValue().get("formula").asText()).as(e.getKey()).isNotBlank();
            assertThat(e.getValue().get("unit").asText()).as(e.getKey()).isNotBlank();
            assertThat(e.getValue().get("basis").asText()).as(e.getKey()).isNotBlank();
        });
        assertThat(results.get("run").get("unit").asText()).isEqualTo("family");
        assertThat(results.get("run").get("records").asLong()).isEqualTo(1087);
        assertThat(results.get("run").get("lastCompleteYear").asInt()).isEqualTo(2023);
        assertThat(tagged).hasSize(1087);
    }

    @Test
    void trendCellsAgreeWithARecountOfTheTaggedCsv() {
        JsonNode t = table("direction", "trend_by_year");
        int year = column(t, "year");
        int total = column(t, "total");
        for (String node : List.of("cathode", "cell", "recycling")) {
            int c = column(t, node);
            for (JsonNode row : t.get("rows")) {
                int y = row.get(year).asInt();
                long recount = tagged.stream().filter(r -> r.get("applicationDate").startsWith(y + "-"))
                        .filter(r -> r.get("node:" + node).equals("1")).count();
                assertThat(row.get(c).asLong()).as(node + " " + y).isEqualTo(recount);
            }
        }
        for (JsonNode row : t.get("rows")) {
            int y = row.get(year).asInt();
            long recount = tagged.stream().filter(r -> r.get("applicationDate").startsWith(y + "-")).count();
            assertThat(row.get(total).asLong()).as("total " + y).isEqualTo(recount);
        }
    }

    @Test
    void regionCountsAgreeWithARecount() {
        JsonNode t = table("positioning", "region_by_node");
        int node = column(t, "node");
        int region = column(t, "region_count");
        int global = column(t, "global_count");
        for (JsonNode row : t.get("rows")) {
            String id = row.get(node).asText();
            long inNode = tagged.stream().filter(r -> r.get("node:" + id).equals("1")).count();
            long inRegion = tagged.stream().filter(r -> r.get("node:" + id).equals("1"))
                    .filter(r -> r.get("extra").contains("四川省")).count();
            assertThat(row.get(global).asLong()).as("global " + id).isEqualTo(inNode);
            assertThat(row.get(region).asLong()).as("region " + id).isEqualTo(inRegion);
        }
    }

    @Test
    void findingsStateTheTotalWithThousandsSeparatorsAndTheUnitInTheirLanguage() {
        assertThat(results.get("direction").get("findingsZh").get(0).asText()).startsWith("2005–2024年共1,087件（计数单位：同族，按申请年）");
        assertThat(results.get("direction").get("findingsEn").get(0).asText()).startsWith("1,087 records (family, by application year)");
    }

    @Test
    void realPatsnapRailwayProject(@TempDir Path dir) throws Exception {
        dev.navi.testing.RealData.dir(); // skips (or fails in CI) without ../shared
        Project railway = ProjectLoader.load(Path.of("..", "samples", "real-data-projects", "railway.yaml"));
        MetricsPipeline.Result r = MetricsPipeline.run(railway, dir, null);
        // 531 publications, 98 A/B pairs: 433 applications (the unit the project file asks for); the default period
        // (the last 20 complete years up to the cut-off 2022-05-15: 2002–2021, from the earliest year when later) leaves out the 2022 filings
        assertThat(r.clean().recordsOut()).isEqualTo(433);
        int earliest = r.clean().records().stream().map(c -> c.patent().applicationDate()).filter(d -> d != null)
                .mapToInt(d -> d.getYear()).min().orElseThrow();
        assertThat(r.set().fromYear()).isEqualTo(Math.max(2002, earliest));
        assertThat(r.set().toYear()).isEqualTo(2021);
        long after = r.clean().records().stream().map(c -> c.patent().applicationDate())
                .filter(d -> d != null && d.getYear() > 2021).count();
        long before = r.clean().records().stream().map(c -> c.patent().applicationDate())
                .filter(d -> d != null && d.getYear() < 2002).count();
        assertThat(r.set().afterPeriod()).isEqualTo(after).isPositive();
        assertThat(r.set().beforePeriod()).isEqualTo(before);
        assertThat(r.context().records()).hasSize((int) (433 - after - before - r.set().noYear()));
        assertThat(r.context().unit()).isEqualTo("application");
        assertThat(r.context().lastCompleteYear()).isEqualTo(2019); // cut-off 2022-05-15 minus 18 months
        JsonNode json = new ObjectMapper().readTree(dir.resolve("results.json").toFile());
        JsonNode t = json.get("positioning").get("tables").get("region_by_node");
        assertThat(t.get("rows")).hasSize(ChainMapReader.load(railway.map()).size());
        long total = 0;
        for (JsonNode row : json.get("direction").get("tables").get("trend_by_year").get("rows")) {
            total += row.get(2).asLong();
        }
        // the project file sets no period: the last 20 complete years up to the cut-off 2022-05-15 end in 2021, and the
        // data start in 2014, so 2014–2021; the 2022 filings stay counted but fall outside the trend
        assertThat(r.context().fromYear()).isEqualTo(2014);
        assertThat(r.context().toYear()).isEqualTo(2021);
        long withYear = r.context().records().stream().filter(m -> m.applicationYear() != null
                && m.applicationYear() >= 2014 && m.applicationYear() <= 2021).count();
        assertThat(total).isEqualTo(withYear);
        // legal status and operation: 法律状态/事件 lists 权利转移 for three applications (CN111236973, CN111188630 and
        // CN106979867, each as A and B, filed 2017 and 2020) and no licence, pledge or litigation event
        JsonNode byYear = json.get("legal").get("tables").get("operation_by_year");
        long transferred = 0;
        long licensed = 0;
        for (JsonNode row : byYear.get("rows")) {
            transferred += row.get(3).asLong();
            licensed += row.get(4).asLong();
        }
        assertThat(transferred).isEqualTo(3);
        assertThat(licensed).isZero();
        assertThat(json.get("legal").get("tables").get("legal_status_by_node").get("rows").get(0).get(3).asLong())
                .isPositive();
    }

    @Test
    void sameProjectSameBytes(@TempDir Path dir) throws Exception {
        MetricsPipeline.run(project, dir.resolve("a"), null);
        MetricsPipeline.run(project, dir.resolve("b"), null);
        assertThat(Files.readAllBytes(dir.resolve("a").resolve("results.json")))
                .isEqualTo(Files.readAllBytes(dir.resolve("b").resolve("results.json")));
        assertThat(Files.readAllBytes(dir.resolve("a").resolve("tables").resolve("control_strength.csv")))
                .isEqualTo(Files.readAllBytes(dir.resolve("b").resolve("tables").resolve("control_strength.csv")));
    }
}
