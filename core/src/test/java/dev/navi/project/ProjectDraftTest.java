package dev.navi.project;

import dev.navi.chain.map.StarterMap;
import dev.navi.model.YearBasis;
import dev.navi.testing.RealData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code navi init --from}'s draft: the period's year basis follows the dates the exports carry, so the drafted project
 * runs as it is even on an export without application dates (a real Orbit export has no such column; PATENTSCOPE's
 * result list neither).
 */
class ProjectDraftTest {
    @Test
    void basisIsApplicationWhenHalfTheRecordsCarryItElseTheFirstWellFilledOneElseTheBestFilled() {
        // order of the array: application, priority, publication
        assertThat(ProjectDraft.chooseBasis(new long[] {6, 9, 10}, 10)).isZero();          // 6 of 10 ≥ half
        assertThat(ProjectDraft.chooseBasis(new long[] {5, 9, 10}, 10)).isZero();          // exactly half is enough
        assertThat(ProjectDraft.chooseBasis(new long[] {0, 27, 27}, 27)).isEqualTo(1);     // Orbit: priority before publication
        assertThat(ProjectDraft.chooseBasis(new long[] {0, 2222, 6177}, 6177)).isEqualTo(2); // PATENTSCOPE: priority 36 %
        assertThat(ProjectDraft.chooseBasis(new long[] {3, 1, 0}, 10)).isZero();           // nothing half filled: best filled
        assertThat(ProjectDraft.chooseBasis(new long[] {1, 3, 2}, 10)).isEqualTo(1);
        assertThat(ProjectDraft.chooseBasis(new long[] {0, 0, 0}, 10)).isEqualTo(-1);      // no dates: no period
    }

    @Test
    void anOrbitExportWithoutApplicationDatesGetsAPeriodByPriorityYearThatLoads(@TempDir Path dir) throws IOException {
        Path orbit = RealData.file("orbit_aleivahernandez/ORBIT_REGISTRO_QUERY.csv");
        ProjectDraft d = ProjectDraft.inspect(List.of(orbit));
        assertThat(d.records()).isEqualTo(27);
        assertThat(d.dated().get(YearBasis.APPLICATION)).isZero();
        assertThat(d.dated().get(YearBasis.PRIORITY)).isEqualTo(27);
        assertThat(d.basis()).isEqualTo(YearBasis.PRIORITY);
        String yaml = d.projectYaml(dir);
        assertThat(yaml).containsPattern("\nperiod: \\{from: \\d{4}, to: \\d{4}, basis: priority\\}   # by priority year: only 0 "
                + "of 27 records carry an application date\n");
        Files.writeString(dir.resolve("navi.yaml"), yaml);
        Files.writeString(dir.resolve("chain-map.yaml"), StarterMap.text());
        Project p = ProjectLoader.load(dir.resolve("navi.yaml"));
        assertThat(p.yearBasis()).isEqualTo(YearBasis.PRIORITY);
        assertThat(p.fromYear()).isEqualTo(d.fromYear());
        assertThat(p.toYear()).isEqualTo(d.toYear());
    }

    @Test
    void aLensExportKeepsTheApplicationBasisAndThePlainPeriodLine(@TempDir Path dir) {
        ProjectDraft d = ProjectDraft.inspect(List.of(RealData.file("lens_oldham_opa/drone_drones_fulltext_families_5884.csv")));
        assertThat(d.basis()).isEqualTo(YearBasis.APPLICATION);
        assertThat(d.projectYaml(dir)).contains("\nperiod: {from: " + d.fromYear() + ", to: " + d.toYear() + "}        # the last")
                .doesNotContain("basis:");
    }
}
