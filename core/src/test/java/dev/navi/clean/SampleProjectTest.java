package dev.navi.clean;

import dev.navi.clean.names.AliasTable;
import dev.navi.clean.region.ChinaDivisions;
import dev.navi.ingest.IngestService;
import dev.navi.ingest.layout.LayoutRegistry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundled synthetic sample (samples/nev-battery): the generator knows the truth — 3,000 exported rows, 2,000
 * distinct publications, 1,468 applications, 1,087 simple families (162 of them with more than one application).
 */
class SampleProjectTest {
    private static final Path EXPORTS = Path.of("..", "samples", "nev-battery", "exports");

    @ParameterizedTest(name = "{0}")
    @CsvSource({"PUBLICATION, 2000", "APPLICATION, 1468", "FAMILY, 1087"})
    void cleanFindsTheGeneratedTruth(CountingUnit unit, long expected) throws Exception {
        List<Path> files;
        try (var s = Files.list(EXPORTS)) {
            files = s.sorted().toList();
        }
        CleanService service = new CleanService(new IngestService(LayoutRegistry.builtIn()),
                new StandardApplicantResolver(AliasTable.starter(), ChinaDivisions.standard()));
        CleanService.CleanResult r = service.run(new CleanService.CleanRequest(files, Path.of("x"), unit,
                ExclusionRules.none(), false, null));
        assertThat(r.recordsIn()).isEqualTo(3000);
        assertThat(r.ingestRejects()).isEmpty();
        assertThat(r.recordsOut()).isEqualTo(expected);
        if (unit == CountingUnit.FAMILY) {
            assertThat(r.familiesFormed()).isEqualTo(162);
        }
    }

    /**
     * 广东邦普循环科技 and 四川时代新能源科技 are two CATL subsidiaries in two provinces; incoPat's standardised name rolls
     * both up to 宁德时代. The legal entities stay apart (own standard name, own province), the group is shared.
     * 四川昌德电气 and 合肥昌德换热器 share only the vendor name 昌德 and stay two legal entities as well.
     */
    @org.junit.jupiter.api.Test
    void vendorStandardNamesGiveTheGroupNotTheLegalEntity() throws Exception {
        // given
        List<Path> files;
        try (var s = Files.list(EXPORTS)) {
            files = s.sorted().toList();
        }
        CleanService service = new CleanService(new IngestService(LayoutRegistry.builtIn()),
                new StandardApplicantResolver(AliasTable.starter(), ChinaDivisions.standard()));
        // when
        CleanService.CleanResult r = service.run(new CleanService.CleanRequest(files, Path.of("x"), CountingUnit.FAMILY,
                ExclusionRules.none(), false, null));
        // then
        List<ResolvedApplicant> all = r.records().stream().flatMap(c -> c.applicants().stream()).toList();
        List<ResolvedApplicant> brunp = all.stream().filter(a -> a.exported().equals("广东邦普循环科技有限公司")).toList();
        assertThat(brunp).isNotEmpty().allSatisfy(a -> {
            assertThat(a.standardName()).isEqualTo("广东邦普循环科技有限公司");
            assertThat(a.group()).isEqualTo("宁德时代");
            assertThat(a.province()).isEqualTo("广东省");
        });
        assertThat(all.stream().filter(a -> a.standardName().equals("四川时代新能源科技有限公司")))
                .isNotEmpty().allSatisfy(a -> assertThat(a.province()).isEqualTo("四川省"));
        assertThat(all.stream().filter(a -> a.exported().equals("四川昌德电气有限公司")))
                .isNotEmpty().allSatisfy(a -> assertThat(a.standardName()).isEqualTo("四川昌德电气有限公司"));
    }
}
