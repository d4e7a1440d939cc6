package dev.navi.clean;

import dev.navi.ingest.IngestService;
import dev.navi.ingest.layout.LayoutRegistry;
import dev.navi.testing.RealData;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Exports whose rows are whole families (Derwent Innovations Index, Orbit) tell the counting unit so. */
class FamilyRowsTest {
    private final CleanService service = new CleanService(new IngestService(LayoutRegistry.builtIn()), ApplicantResolver.NONE);

    private CleanService.CleanResult run(CountingUnit unit, Path file) {
        return service.run(new CleanService.CleanRequest(List.of(file), Path.of("unused"), unit, ExclusionRules.none(), false, null));
    }

    @Test
    void diiRecordsAreFamiliesByDefault() {
        // given the 500 DWPI family records
        CleanService.CleanResult r = run(null, RealData.file("derwent_dii_poldham/derwent_drone_drones_1_500.ciw"));
        // then the unit is family, and the reason says the rows are families
        assertThat(r.unit()).isEqualTo(CountingUnit.FAMILY);
        assertThat(r.recordsIn()).isEqualTo(500);
        // two pairs of DWPI families claim exactly the same single priority (JP 2015-139264 of MIA INC, and an FR one):
        // by navi's simple-family rule each pair is one family
        assertThat(r.recordsOut()).isEqualTo(498);
        assertThat(r.duplicatesMerged()).containsEntry("same priorities", 2L);
        assertThat(r.unitReason()).contains("500 of 500 records are whole families as exported (dii 500): each counts as one family")
                .doesNotContain("does not split");
    }

    @Test
    void anApplicationUnitSaysFamilyRowsStillCountOnce() {
        CleanService.CleanResult r = run(CountingUnit.APPLICATION, RealData.file("derwent_dii_poldham/derwent_drone_drones_1_500.ciw"));
        assertThat(r.unit()).isEqualTo(CountingUnit.APPLICATION);
        assertThat(r.recordsOut()).isEqualTo(500);
        assertThat(r.unitReason()).startsWith("chosen by the user")
                .contains("since the export does not split it into its applications");
    }

    @Test
    void orbitRowsAreFamiliesToo() {
        CleanService.CleanResult r = run(null, RealData.file("orbit_aleivahernandez/ORBIT_REGISTRO_QUERY.csv"));
        assertThat(r.unit()).isEqualTo(CountingUnit.FAMILY);
        // UA122392 U (a utility model, its own family) is not the BASF family's UA122392 C2 (a patent)
        assertThat(r.recordsOut()).isEqualTo(27);
        assertThat(r.duplicatesMerged()).isEmpty();
        assertThat(r.unitReason()).contains("27 of 27 records are whole families as exported (orbit 27)");
    }

    @Test
    void publicationRowsAddNoNote() {
        CleanService.CleanResult r = run(null, RealData.file("patsnap_cn_yakkhini/data_054328d_utf8bom.csv"));
        assertThat(r.unitReason()).doesNotContain("whole families");
    }
}
