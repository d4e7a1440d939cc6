package dev.navi.pipeline;

import dev.navi.metrics.MetricTable;
import dev.navi.metrics.ModuleResult;
import dev.navi.model.YearBasis;
import dev.navi.project.Project;
import dev.navi.project.ProjectLoader;
import dev.navi.testing.Fixtures;
import dev.navi.testing.RealData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The done-when figures of the analysis set, from the real Lens drones export (5,884 rows, one per simple family) as
 * published in Oldham's WIPO open-source patent analytics manual: counted by publication, period 1990–2015 by Lens
 * Publication Year, names as exported, IPC classes counted once per record. navi's own tables must give them.
 */
class AnalysisSetTest {
    static final long[] YEARLY = {36, 38, 41, 27, 46, 35, 36, 31, 44, 43, 51, 54, 80, 101, 120, 107, 135, 143, 179, 201, 195,
            229, 322, 328, 558, 1110};

    static MetricsPipeline.Result result;

    @BeforeAll
    static void run(@TempDir Path dir) throws Exception {
        Path yaml = dir.resolve("navi.yaml");
        Files.writeString(yaml, String.join("\n",
                "name: drones (published figures)",
                "language: en",
                "inputs: ['" + RealData.file("lens_oldham_opa/drone_drones_fulltext_families_5884.csv") + "']",
                "map: '" + Fixtures.path("drones_class_map.yaml") + "'",
                "unit: publication",
                "region: US",
                "period: {from: 1990, to: 2015, basis: publication}",
                "outputs: [json]", ""), StandardCharsets.UTF_8);
        Project project = ProjectLoader.load(yaml);
        result = MetricsPipeline.run(project, dir.resolve("out"), null);
    }

    private static MetricTable table(String module, String id) {
        ModuleResult m = result.modules().get(module);
        return m.tables().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id));
    }

    private static Object cell(MetricTable t, List<Object> row, String column) {
        return row.get(t.columns().indexOf(column));
    }

    /** name → count of the rows of {@code node} at {@code level}. */
    private static Map<String, Long> names(MetricTable t, String node, String level, String nameColumn) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (List<Object> r : t.rows()) {
            if (node.equals(cell(t, r, "node")) && level.equals(cell(t, r, "name_level"))) {
                out.put((String) cell(t, r, nameColumn), (Long) cell(t, r, "count"));
            }
        }
        return out;
    }

    @Test
    void theSetIsThePublicationsOf1990To2015ByPublicationYear() {
        AnalysisSet set = result.set();
        assertThat(set.basis()).isEqualTo(YearBasis.PUBLICATION);
        assertThat(set.clean().recordsOut()).isEqualTo(5884);
        // 1,594 publications of 1977–1989 and 2016 are left out, none lacks a publication date
        assertThat(set.records()).hasSize(4290);
        assertThat(set.noYear()).isZero();
        assertThat(set.beforePeriod() + set.afterPeriod()).isEqualTo(5884 - 4290);
        assertThat(set.afterPeriod()).isEqualTo(1139); // 2016
        assertThat(result.context().records()).hasSize(4290);
    }

    @Test
    void yearlyTotalsArePublished() {
        MetricTable t = table("direction", "trend_by_year");
        List<Long> totals = new ArrayList<>();
        for (List<Object> r : t.rows()) {
            totals.add((Long) cell(t, r, "total"));
        }
        assertThat(totals).containsExactly(java.util.Arrays.stream(YEARLY).boxed().toArray(Long[]::new));
        assertThat(totals.stream().mapToLong(Long::longValue).sum()).isEqualTo(4290);
    }

    @Test
    void applicantsAndInventorsByNameAsExported() {
        Map<String, Long> applicants = names(table("direction", "leading_applicants"), "all", "exported", "applicant");
        assertThat(applicants).containsEntry("THALES SA", 75L).containsEntry("OSTERHOUT GROUP INC", 53L)
                .containsEntry("BOEING CO", 40L);
        assertThat(applicants.keySet().iterator().next()).isEqualTo("THALES SA");
        Map<String, Long> inventors = names(table("direction", "leading_inventors"), "all", "exported", "inventor");
        assertThat(inventors).containsEntry("KESLER MORRIS P", 84L).containsEntry("HALL KATHERINE L", 81L);
        assertThat(inventors.keySet()).startsWith("KESLER MORRIS P", "HALL KATHERINE L");
    }

    @Test
    void ipcClassesCountEachRecordOnce() {
        MetricTable t = table("direction", "ipc_composition");
        Map<String, Long> classes = new LinkedHashMap<>();
        for (List<Object> r : t.rows()) {
            if ("class".equals(cell(t, r, "level"))) {
                classes.put((String) cell(t, r, "code"), (Long) cell(t, r, "records"));
            }
        }
        assertThat(classes).containsEntry("G06", 722L).containsEntry("B64", 625L);
        // share = records / the set's 4,290 records
        List<Object> g06 = t.rows().stream().filter(r -> "G06".equals(cell(t, r, "code"))).findFirst().orElseThrow();
        assertThat((Double) cell(t, g06, "share")).isCloseTo(722 / 4290.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void classLevelRulesTagAndEveryModuleCountsTheSet() {
        // the map's B64 class rule tags exactly the records with a B64 code: 625 of the set
        MetricTable growth = table("direction", "growth_by_node");
        for (List<Object> r : growth.rows()) {
            if ("aircraft".equals(cell(growth, r, "node"))) {
                assertThat(cell(growth, r, "total")).isEqualTo(625L);
            }
            if ("(all)".equals(cell(growth, r, "node"))) {
                // the whole-chain row counts the set's tagged records (1,450 of 4,290: the drones map covers a third)
                long tagged = result.context().records().stream().filter(x -> !x.nodes().isEmpty()).count();
                assertThat(cell(growth, r, "total")).isEqualTo(tagged).isEqualTo(1450L);
            }
        }
        // positioning and path count the same set: node totals as in direction, no year outside the period
        MetricTable byNode = table("positioning", "region_by_node");
        for (List<Object> r : byNode.rows()) {
            if ("aircraft".equals(cell(byNode, r, "node"))) {
                assertThat(cell(byNode, r, "global_count")).isEqualTo(625L);
            }
        }
        for (String id : List.of("region_applicants", "region_inventors")) {
            MetricTable t = table("positioning", id);
            assertThat(t.rows()).as(id).isNotEmpty().allSatisfy(r -> {
                assertThat((Long) cell(t, r, "first_year")).isBetween(1990L, 2015L);
                assertThat((Long) cell(t, r, "last_year")).isBetween(1990L, 2015L);
            });
        }
        // BOEING CO: 40 publications of 1990–2015 (its 1975 publications are outside the set)
        MetricTable ra = table("positioning", "region_applicants");
        List<Object> boeing = ra.rows().stream().filter(r -> "BOEING CO".equals(cell(ra, r, "applicant"))).findFirst()
                .orElseThrow();
        assertThat((Long) cell(ra, boeing, "first_year")).isGreaterThanOrEqualTo(1990L);
        // offices of the set add up to the set
        MetricTable offices = table("direction", "office_by_year");
        assertThat(offices.rows().stream().mapToLong(r -> (Long) cell(offices, r, "total")).sum()).isEqualTo(4290);
    }
}
