package dev.navi.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.navi.metrics.Actor;
import dev.navi.metrics.MetricRecord;
import dev.navi.metrics.MetricTable;
import dev.navi.metrics.ModuleResult;
import dev.navi.model.LegalStatus;
import dev.navi.model.PatentType;
import dev.navi.project.Project;
import dev.navi.project.ProjectLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The ranking and the quality indicators of the bundled sample (四川省 against 广东省, 江苏省, 福建省), their values
 * pinned and re-counted from the analysis set by a plain stream over the records (an independent route from the
 * module's tallies), and their types in results.json.
 */
class PositioningSampleTest {
    private static final double EPS = 1e-6;
    @TempDir
    static Path dir;
    static MetricsPipeline.Result result;
    static ModuleResult positioning;

    @BeforeAll
    static void run() throws Exception {
        Project p = ProjectLoader.load(Path.of("..", "samples", "nev-battery", "navi.yaml"));
        Project json = new Project(p.file(), p.name(), p.language(), p.inputs(), p.mappings(), p.map(), p.aliases(), p.unit(),
                p.region(), p.peers(), p.fromYear(), p.toYear(), p.cutoff(), Set.of("json"));
        result = MetricsPipeline.run(json, dir.resolve("out"), null);
        positioning = result.modules().get("positioning");
    }

    static MetricTable table(String id) {
        return positioning.tables().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    static Object cell(MetricTable t, List<Object> r, String c) {
        return r.get(t.columns().indexOf(c));
    }

    static List<Object> ranking(String code, String node) {
        MetricTable t = table("region_ranking");
        return t.rows().stream().filter(r -> code.equals(cell(t, r, "area_code")) && node.equals(cell(t, r, "node")))
                .findFirst().orElseThrow();
    }

    static boolean tagged(MetricRecord r) {
        return !r.nodes().isEmpty();
    }

    static Predicate<MetricRecord> province(String name) {
        return r -> r.applicants().stream().anyMatch(a -> name.equals(a.province()));
    }

    static boolean chinese(MetricRecord r) {
        return r.applicants().stream().map(Actor::country).anyMatch("CN"::equals);
    }

    @Test
    void provincesRankedOnTheSample() {
        MetricTable t = table("region_ranking");
        // 34 provincial-level divisions + the unresolved row, × ((all) + 20 nodes)
        assertThat(t.rows()).hasSize(35 * 21);
        List<MetricRecord> set = result.context().records();
        long sichuan = set.stream().filter(PositioningSampleTest::tagged).filter(province("四川省")).count();
        long national = set.stream().filter(PositioningSampleTest::tagged).filter(PositioningSampleTest::chinese).count();
        long guangdong = set.stream().filter(PositioningSampleTest::tagged).filter(province("广东省")).count();
        // pinned, and the same by an independent recount
        assertThat(sichuan).isEqualTo(104);
        assertThat(national).isEqualTo(966);
        assertThat(guangdong).isEqualTo(230);
        List<Object> sc = ranking("四川省", "(all)");
        assertThat(cell(t, sc, "count")).isEqualTo(sichuan);
        assertThat(cell(t, sc, "reference_count")).isEqualTo(national);
        assertThat((Double) cell(t, sc, "share")).isCloseTo(104 / 966.0, within(EPS));
        // 广东 230, 福建 127, 四川 104: third of the 20 provinces with filings
        assertThat(cell(t, sc, "rank")).isEqualTo(3L);
        assertThat(cell(t, sc, "areas_ranked")).isEqualTo(20L);
        assertThat(cell(t, ranking("广东省", "(all)"), "rank")).isEqualTo(1L);
        assertThat(cell(t, ranking("福建省", "(all)"), "count")).isEqualTo(127L);
        // national records none of whose Chinese applicants has a province: 27, listed, not ranked
        long unresolved = set.stream().filter(PositioningSampleTest::tagged).filter(PositioningSampleTest::chinese)
                .filter(r -> r.applicants().stream().noneMatch(a -> "CN".equals(a.country()) && a.province() != null)).count();
        assertThat(unresolved).isEqualTo(27);
        assertThat(cell(t, ranking("unresolved", "(all)"), "count")).isEqualTo(unresolved);
        assertThat(cell(t, ranking("unresolved", "(all)"), "rank")).isNull();
        // cathode: 四川 36 of the nation's 280; RTA = (36/104) / (280/966) = 1.19426
        List<Object> cat = ranking("四川省", "cathode");
        assertThat(cell(t, cat, "count")).isEqualTo(36L);
        assertThat(cell(t, cat, "reference_count")).isEqualTo(280L);
        assertThat((Double) cell(t, cat, "rta")).isCloseTo((36 / 104.0) / (280 / 966.0), within(EPS));
    }

    @Test
    void qualityIndicatorsOnTheSample() {
        MetricTable t = table("quality_indicators");
        List<MetricRecord> set = result.context().records();
        List<MetricRecord> sichuan = set.stream().filter(PositioningSampleTest::tagged).filter(province("四川省")).toList();
        // invention share of 四川's tagged records: 81 of 104 typed
        long inventions = sichuan.stream().filter(r -> r.type() == PatentType.INVENTION).count();
        long typed = sichuan.stream().filter(r -> r.type() != null && r.type() != PatentType.UNKNOWN).count();
        assertThat(inventions).isEqualTo(81);
        assertThat(typed).isEqualTo(104);
        List<Object> all = row(t, "region", "(all)");
        assertThat((Double) cell(t, all, "invention_share")).isCloseTo(81 / 104.0, within(EPS));
        // grant rate in cathode: decided inventions (granted or in force, or lapsed) 23, granted 15
        List<MetricRecord> cathode = sichuan.stream().filter(r -> r.nodes().contains("cathode"))
                .filter(r -> r.type() == PatentType.INVENTION).toList();
        long granted = cathode.stream().filter(r -> r.status() != null && r.status() != LegalStatus.UNKNOWN)
                .filter(r -> r.granted() || r.status() == LegalStatus.ACTIVE).count();
        long decided = cathode.stream().filter(r -> r.status() != null && r.status() != LegalStatus.UNKNOWN)
                .filter(r -> r.granted() || r.status() == LegalStatus.ACTIVE || r.status() == LegalStatus.LAPSED).count();
        assertThat(granted).isEqualTo(15);
        assertThat(decided).isEqualTo(23);
        List<Object> cat = row(t, "region", "cathode");
        assertThat((Double) cell(t, cat, "grant_rate")).isCloseTo(15 / 23.0, within(EPS));
        assertThat(cell(t, cat, "grant_rate_base")).isEqualTo(23L);
        // the world is its own citation cohort
        assertThat((Double) cell(t, row(t, "world", "(all)"), "citation_index")).isCloseTo(1.0, within(EPS));
        // scopes: the region, three peers, the nation, the world, × ((all) + 20 nodes)
        assertThat(t.rows()).hasSize(6 * 21);
        // every indicator's field is in the sample's exports (operation counts on 963 of 1,087 records)
        MetricTable f = table("quality_indicator_fields");
        assertThat(f.rows()).allSatisfy(r -> assertThat(cell(f, r, "status")).isEqualTo("available"));
        assertThat(cell(f, f.rows().get(6), "records_with_field")).isEqualTo(963L);
    }

    static List<Object> row(MetricTable t, String scope, String node) {
        return t.rows().stream().filter(r -> scope.equals(cell(t, r, "scope")) && node.equals(cell(t, r, "node")))
                .findFirst().orElseThrow();
    }

    @Test
    void resultsJsonCarriesBothTablesWithTheirKinds() throws Exception {
        JsonNode root = new ObjectMapper().readTree(dir.resolve("out").resolve("results.json").toFile());
        JsonNode ranking = root.path("positioning").path("tables").path("region_ranking");
        assertThat(ranking.path("kinds").path("share").asText()).isEqualTo("share");
        assertThat(ranking.path("kinds").path("rta").asText()).isEqualTo("index");
        assertThat(ranking.path("kinds").path("cagr").asText()).isEqualTo("rate");
        assertThat(ranking.path("rows").size()).isEqualTo(35 * 21);
        JsonNode quality = root.path("positioning").path("tables").path("quality_indicators");
        assertThat(quality.path("kinds").path("citation_index").asText()).isEqualTo("index");
        assertThat(quality.path("kinds").path("grant_rate_base").asText()).isEqualTo("count");
        assertThat(root.path("definitions").has("quality_grant_rate")).isTrue();
        assertThat(root.path("definitions").path("quality_grant_rate").path("formulaZh").asText()).contains("已授权发明数");
        assertThat(root.path("definitions").path("minimum_base").path("formula").asText()).contains("fewer than 10");
    }

    @Test
    void findingsInBothLanguages() {
        assertThat(positioning.findingsZh()).hasSameSizeAs(positioning.findingsEn());
        assertThat(positioning.findingsZh()).anyMatch(s -> s.contains("数量占优") && s.contains("质量偏弱"));
        assertThat(positioning.findingsEn()).anyMatch(s -> s.contains("strong in quantity") && s.contains("weak in quality"));
        assertThat(positioning.findingsZh()).anyMatch(s -> s.contains("在全部20个环节都有本地申请人"));
    }
}
