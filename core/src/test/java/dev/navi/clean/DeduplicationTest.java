package dev.navi.clean;

import dev.navi.ingest.IngestService;
import dev.navi.ingest.layout.LayoutRegistry;
import dev.navi.model.LegalStatus;
import dev.navi.model.Patent;
import dev.navi.model.Provenance;
import dev.navi.testing.RealData;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class DeduplicationTest {
    private final CleanService service = new CleanService(new IngestService(LayoutRegistry.builtIn()), ApplicantResolver.NONE);

    private CleanService.CleanResult run(CountingUnit unit, ExclusionRules rules, Path... files) {
        return service.run(new CleanService.CleanRequest(List.of(files), Path.of("unused"), unit, rules, false, null));
    }

    @Test
    void googlePairDeduplicatesToTheSuperset() {
        // given gp-search.csv (4,264 rows, 4,263 ids) and its superset gp-search-2.csv (4,294 ids)
        CleanService.CleanResult r = run(CountingUnit.PUBLICATION, ExclusionRules.none(),
                RealData.file("google_patents_vcers/gp-search.csv"), RealData.file("google_patents_vcers/gp-search-2.csv"));
        // then every id of the first file is merged into its twin in the second
        assertThat(r.recordsIn()).isEqualTo(4264 + 4294);
        assertThat(r.recordsOut()).isEqualTo(4294);
        assertThat(r.duplicatesMerged()).containsEntry("same publication number", 4264L);
        assertThat(r.ingestRejects()).isEmpty();
        assertThat(r.removed()).hasSize(4264).allSatisfy(x -> assertThat(x.action()).isEqualTo("merged"));
        assertThat(r.records()).extracting(CleanRecord::unitId).doesNotHaveDuplicates();
        // a merged record lists both source rows
        assertThat(r.records()).anySatisfy(c -> {
            assertThat(c.sources()).hasSize(3); // the id duplicated inside gp-search.csv, plus gp-search-2.csv
        });
    }

    @Test
    void patsnapAAndBPublicationsCollapseToApplications() {
        // given 531 Patsnap publications of which 98 CN applications appear as both A and B
        CleanService.CleanResult r = run(null, ExclusionRules.none(), RealData.file("patsnap_cn_yakkhini/data_054328d_utf8bom.csv"));
        // then the default unit is application (no family data) and 98 B publications merge into their A
        assertThat(r.unit()).isEqualTo(CountingUnit.APPLICATION);
        assertThat(r.unitReason()).contains("0 of 531");
        assertThat(r.recordsIn()).isEqualTo(531);
        assertThat(r.recordsOut()).isEqualTo(433);
        assertThat(r.duplicatesMerged()).containsEntry("same application (A and B publications share the serial number)", 98L);
        CleanRecord ab = r.records().stream().filter(c -> c.publications().equals(List.of("CN110210173A", "CN110210173B")))
                .findFirst().orElseThrow();
        // the merged application keeps the first publication's number and the grant's (later) legal status
        assertThat(ab.patent().publicationNumber()).isEqualTo("CN110210173A");
        assertThat(ab.patent().legalStatus()).isEqualTo(LegalStatus.ACTIVE);
        // ... and says so: the status came from the B publication's row
        List<Patent> rows = new java.util.ArrayList<>();
        new IngestService(LayoutRegistry.builtIn()).readAll(List.of(RealData.file("patsnap_cn_yakkhini/data_054328d_utf8bom.csv")),
                new dev.navi.ingest.RecordSink() {
                    @Override
                    public void record(Patent p) {
                        rows.add(p);
                    }

                    @Override
                    public void reject(dev.navi.ingest.Reject reject) {
                    }

                    @Override
                    public void lookupRow(String f, String l, List<String> h, List<String> c) {
                    }
                }, false, null);
        String bRow = rows.stream().filter(p -> "CN110210173B".equals(p.publicationNumber())).findFirst().orElseThrow()
                .provenance().location();
        assertThat(ab.fieldSources().get("legalStatus")).isEqualTo(bRow);
        assertThat(ab.sources()).contains(bRow).hasSize(2);
        // the same two files (UTF-8 and GBK copies) give the same 433 applications
        CleanService.CleanResult both = run(null, ExclusionRules.none(), RealData.file("patsnap_cn_yakkhini/data_054328d_utf8bom.csv"),
                RealData.file("patsnap_cn_yakkhini/data_5a66d18_gbk.csv"));
        assertThat(both.recordsOut()).isEqualTo(433);
        assertThat(both.duplicatesMerged()).containsEntry("same publication number", 531L);
    }

    @Test
    void familiesFromMembersIdsAndPriorities() {
        // given (hand-built) four applications: two share a priority, one lists another as family member, one is alone
        Patent a = p("CN111111111A", "CN2020000001", LocalDate.of(2020, 1, 1)).priorityNumbers(List.of("CN202010000001")).build();
        Patent b = p("US20210000001A1", "US17000001", LocalDate.of(2021, 1, 1)).priorityNumbers(List.of("CN202010000001")).build();
        Patent c = p("EP3000001A1", "EP21000001", LocalDate.of(2021, 2, 1)).familyMembers(List.of("US20210000001A1", "EP3000001A1")).build();
        Patent d = p("JP2021000001A", "JP2021000001", LocalDate.of(2021, 3, 1)).build();
        List<Deduplicator.Group> groups = Deduplicator.byFamily(List.of(a, b, c, d));
        assertThat(groups).hasSize(2);
        assertThat(groups.get(0).members()).containsExactly(a, b, c);
        assertThat(groups.get(0).rules()).containsExactly(null, "same priorities", "listed as a family member");
        assertThat(groups.get(1).members()).containsExactly(d);
    }

    @Test
    void lensFamilyMembersAreLensIds() {
        // Lens lists simple family members by Lens ID, which ingest keeps as the source id
        Patent a = p("CN109094052A", "CN201811916253", LocalDate.of(2018, 1, 8)).sourceId("140-397-109-687-195")
                .familyMembers(List.of("140-397-109-687-195", "880-001-002-003-00X")).build();
        Patent b = p("US20200000001A1", "US16000001", LocalDate.of(2019, 1, 8)).sourceId("880-001-002-003-00X").build();
        List<Deduplicator.Group> groups = Deduplicator.byFamily(List.of(a, b));
        assertThat(groups).singleElement().satisfies(g -> assertThat(g.members()).containsExactly(a, b));
    }

    @Test
    void applicationKeysNormaliseVendorSpellings() {
        assertThat(Deduplicator.applicationKey(p("CN1A", "CN202110123456.7", null).build())).isEqualTo("CN202110123456");
        assertThat(Deduplicator.applicationKey(p("CN1A", "202110123456.7", null).office("CN").build())).isEqualTo("CN202110123456");
        assertThat(Deduplicator.applicationKey(p("US1B2", "US 201715458258 A", null).build())).isEqualTo("US201715458258A");
    }

    @Test
    void aTrailingLetterIsIgnoredOnlyWhereNoOtherLetterSharesTheDigits() {
        // given AU 1988/021211 A and …D (two Lens applications of different simple families) and a US application once
        // with Lens's kind letter and once without it
        Patent auA = p("AU613074B2", "AU 1988/021211 A", null).build();
        Patent auD = p("AU1988021211A", "AU 1988/021211 D", null).build();
        Patent auBare = p("AU1988021211B", "AU 1988/021211", null).build();
        Patent usA = p("US9000001B2", "US 201715458258 A", null).build();
        Patent usBare = p("US20180000001A1", "US201715458258", null).build();
        // when
        List<Deduplicator.Group> groups = Deduplicator.byApplication(List.of(auA, auD, auBare, usA, usBare));
        // then the AU three stay apart (which of A and D the bare number is cannot be told); the US pair is one
        assertThat(groups).hasSize(4);
        assertThat(groups.get(3).members()).containsExactly(usA, usBare);
        assertThat(groups.get(3).rules()).containsExactly(null, "same application number");
    }

    @Test
    void lensDronesFamiliesExportKeepsItsAuApplicationsApartAndNamesTheUnitItReallyCounts() {
        // given the real Lens drones export (one row per simple family, 5,884 rows): four AU numbers occur with two
        // letters (1988/021211 A and D, 1989/028170, 2000/022464, 1979/045475); priorities identify no shared family
        CleanService.CleanResult r = run(null, ExclusionRules.none(),
                RealData.file("lens_oldham_opa/drone_drones_fulltext_families_5884.csv"));
        // then nothing is merged (the key used to drop the letter and merged those four pairs: 5,880 out) ...
        assertThat(r.recordsIn()).isEqualTo(5884);
        assertThat(r.recordsOut()).isEqualTo(5884);
        assertThat(r.merged()).isZero();
        assertThat(r.records()).filteredOn(c -> c.patent().applicationNumber() != null
                && c.patent().applicationNumber().replaceAll("[^0-9A-Z]", "").matches("AU1988021211[AD]"))
                .extracting(c -> c.patent().publicationNumber()).containsExactlyInAnyOrder("AU1988021211A", "AU613074B2");
        // ... and as no family was formed, the unit is application, and the reason says why
        assertThat(r.familiesFormed()).isZero();
        assertThat(r.unit()).isEqualTo(CountingUnit.APPLICATION);
        assertThat(r.unitReason()).contains("0 families formed");
        assertThat(r.records()).allSatisfy(c -> assertThat(c.unitId()).startsWith("A:"));
    }

    @Test
    void lensWeekYearPublicationDatesTakeThePublicationYear() {
        // given the drones export: US 2015/0377837 A1 was published on Thursday 2015-12-31; the export writes its date
        // as 2016-12-31 beside Publication Year 2015 (66 rows carry a 27-31 December date a year after their year)
        CleanService.CleanResult r = run(CountingUnit.PUBLICATION, ExclusionRules.none(),
                RealData.file("lens_oldham_opa/drone_drones_fulltext_families_5884.csv"));
        Patent us = r.records().stream().map(CleanRecord::patent)
                .filter(p -> "US20150377837A1".equals(p.publicationNumber())).findFirst().orElseThrow();
        // then the date is 2015-12-31 and the exported text is kept
        assertThat(us.publicationDate()).isEqualTo(LocalDate.of(2015, 12, 31));
        assertThat(us.extra()).containsEntry(dev.navi.ingest.layout.LensLayout.EXPORTED_DATE, "2016-12-31");
        assertThat(r.records()).filteredOn(c -> c.patent().extra().containsKey(dev.navi.ingest.layout.LensLayout.EXPORTED_DATE))
                .hasSize(66);
        // and every record's publication year is now its Publication Year
        assertThat(r.records()).allSatisfy(c -> assertThat(String.valueOf(c.patent().publicationDate().getYear()))
                .isEqualTo(c.patent().extra().get("Publication Year")));
    }

    @Test
    void exclusionRulesListEveryRemovedRecord() {
        ExclusionRules rules = new ExclusionRules(List.of("扣件"), List.of(), List.of(), 2010, 2030, Set.of());
        CleanService.CleanResult r = run(CountingUnit.PUBLICATION, rules, RealData.file("patsnap_cn_yakkhini/data_054328d_utf8bom.csv"));
        long titled = r.removed().stream().filter(x -> x.rule().startsWith("keyword '扣件'")).count();
        assertThat(titled).isPositive();
        assertThat(r.excluded()).isEqualTo(r.removed().stream().filter(x -> x.action().equals("excluded")).count());
        assertThat(r.excludedByRule()).containsKey("keyword");
        assertThat(r.recordsIn()).isEqualTo(r.recordsOut() + r.excluded()
                + r.duplicatesMerged().values().stream().mapToLong(Long::longValue).sum());
        assertThat(r.records()).noneSatisfy(c -> assertThat(c.patent().title()).contains("扣件"));
    }

    private static Patent.Builder p(String pub, String app, LocalDate filed) {
        return Patent.builder().publicationNumber(pub).applicationNumber(app).applicationDate(filed)
                .office(pub.substring(0, 2)).provenance(new Provenance("t.csv", null, 2, "test"));
    }
}
