package dev.navi.ingest;

import dev.navi.ingest.layout.LayoutRegistry;
import dev.navi.model.Patent;
import dev.navi.model.PatentType;
import dev.navi.testing.RealData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Derwent Innovations Index field-tagged text (.ciw / savedrecs.txt): the real export and one fixture per quirk. */
class DerwentDiiTest {
    private static final String REAL = "derwent_dii_poldham/derwent_drone_drones_1_500.ciw";

    @TempDir
    Path dir;

    private final IngestService service = new IngestService(LayoutRegistry.builtIn());

    private FileReport inspect(Path p) {
        IngestService.FileOutcome o = service.inspect(List.of(p)).get(0);
        if (o.failed()) {
            throw o.error();
        }
        return o.report();
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    /** Two records, Clarivate header, continuation lines, two-member family, and no line break after EF. */
    private static final String TWO_RECORDS = """
            FN Clarivate Analytics Web of Science
            VR 1.0
            PT P
            PN US2017104972-A1; WO2017062725-A1
            TI Optical engine apparatus has phosphor plate.
            AU NOVOTNY V J
               RUDY P
            AE SORAA LASER DIODE INC (SORA-Non-standard)
               RUDY P (RUDY-Individual)
            GA 201728877S
            AB    NOVELTY - The apparatus has a laser diode device.
               USE - Optical engine apparatus for headlights.
               ADVANTAGE - The apparatus enables cost-effective projection.
               DESCRIPTION OF DRAWING(S) - The drawing shows a view.
               Light source (610)
            DC V07 (Fibre-optics and Light Control)
            IP H04N-009/77; F21K-099/00
            PD US2017104972-A1   13 Apr 2017   H04N-009/77   201731   Pages: 18   English
               WO2017062725-A1   13 Apr 2017   H04N-009/77   201731      English
            AD US2017104972-A1    US878676    08 Oct 2015
               WO2017062725-A1    WOUS055920    07 Oct 2016
            PI US878676    08 Oct 2015
               US246751P    01 Sep 2015
            CP    WO2017062725-A1
                  DE102007003458-A1   DIEHL BGT DEFENCE GMBH & CO KG (DIEH)   GUNDEL B
                  US8511606-B1   BOEING CO (BOEI)   LUTKE K R
                  US8511606-B1   BOEING CO (BOEI)   LUTKE K R
            UT DIIDW:201728877S
            ER

            PT P
            PN KR2017040876-A; KR1723066-B1
            TI Drone.
            AE KIM J (KIMJ-Individual)
            GA 2017291601
            IP B64C-039/02
            PD KR2017040876-A   13 Apr 2017      201731   Pages: 0   Korean
            AD KR2017040876-A    KR139015    02 Oct 2015
            PI KR139015    02 Oct 2015
            UT DIIDW:2017291601
            ER

            EF""";

    @Test
    void realExportIsOneRecordPerDwpiFamily() {
        // given the real 500-record export (SOURCE.txt: 500 records; 'FN Thomson Reuters', EF without a final newline)
        FileReport r = inspect(RealData.file(REAL));
        // then
        assertThat(r.layout()).isEqualTo("dii");
        assertThat(r.format()).isEqualTo("tagged");
        assertThat(r.encoding()).isEqualTo("UTF-8");
        assertThat(r.read()).isEqualTo(500);
        assertThat(r.kept()).isEqualTo(500);
        assertThat(r.rejected()).isZero();
        assertThat(r.warnings()).isEmpty();
        // every record has TI, AE, PD, AD, PI, IP; 498 of 500 have AB (counted with grep)
        assertThat(r.fieldCounts()).containsEntry("title", 500L).containsEntry("applicants", 500L)
                .containsEntry("publicationDate", 500L).containsEntry("applicationDate", 500L)
                .containsEntry("priorityDate", 500L).containsEntry("ipc", 500L).containsEntry("abstract", 498L)
                .containsEntry("familyId", 500L);
        assertThat(r.unmappedColumns()).contains("PT", "DC", "MC", "DS", "CR");
        assertThat(r.notes()).anySatisfy(n -> assertThat(n).startsWith("each row is one patent family"));
    }

    @Test
    void realExportFirstAndLastRecords() throws IOException {
        List<Patent> ps = RealExportsTest.collect(RealData.file(REAL)).patents;
        Patent first = ps.get(0);
        assertThat(first.publicationNumber()).isEqualTo("JP2017071285A");
        assertThat(first.title()).startsWith("Control apparatus of flight vehicle has power transmission control unit");
        assertThat(first.inventors()).containsExactly("YAMAGUCHI Y", "KANO T", "NAKAMURA H", "NISHIDA T", "OGAWA T");
        assertThat(first.applicants()).containsExactly("TABUCHI DENKI KK");
        assertThat(first.extra()).containsEntry("AE codes", "TABU-Non-standard");
        assertThat(first.publicationDate()).isEqualTo(LocalDate.of(2017, 4, 13));
        assertThat(first.applicationNumber()).isEqualTo("JP2015198782");
        assertThat(first.applicationDate()).isEqualTo(LocalDate.of(2015, 10, 6));
        assertThat(first.priorityNumbers()).containsExactly("JP2015198782");
        assertThat(first.ipc()).containsExactly("B64C39/02", "B64C13/20", "B64C27/08", "B64F1/36", "G05D1/00", "H02J7/00", "H02J50/00");
        assertThat(first.mainIpc()).isEqualTo("B64C39/02");
        assertThat(first.familyId()).isEqualTo("201729614T");
        assertThat(first.sourceId()).isEqualTo("DIIDW:201729614T");
        assertThat(first.abstractText()).startsWith("NOVELTY - The apparatus has a taking-off-and-landing control unit")
                .contains(" USE - Control apparatus of flight vehicle (claimed).").endsWith("Power transmission control unit (302)");
        // the last record is closed by ER and followed by EF with no line break after it
        Patent last = ps.get(ps.size() - 1);
        assertThat(last.publicationNumber()).isEqualTo("DE102015006910A1");
        assertThat(last.familyMembers()).containsExactly("DE102015006910A1", "WO2016188512A1");
        assertThat(last.sourceId()).isEqualTo("DIIDW:2016735343");
        assertThat(last.citesCount()).isEqualTo(6);
    }

    @Test
    void fixtureReadsContinuationLinesColumnLinesAndCodes() throws IOException {
        // given two records with every multi-line field, the Clarivate header and no line break after EF
        Path p = write("savedrecs.txt", TWO_RECORDS);
        // when
        FileReport r = inspect(p);
        List<Patent> ps = RealExportsTest.collect(p).patents;
        // then
        assertThat(r.layout()).isEqualTo("dii");
        assertThat(r.read()).isEqualTo(2);
        assertThat(r.kept()).isEqualTo(2);
        Patent a = ps.get(0);
        assertThat(a.provenance().row()).isEqualTo(3); // the PT line
        // the US pre-grant number gets back the zero DWPI drops after the year
        assertThat(a.publicationNumber()).isEqualTo("US20170104972A1");
        assertThat(a.familyMembers()).containsExactly("US20170104972A1", "WO2017062725A1");
        assertThat(a.familySize()).isEqualTo(2);
        assertThat(a.familyOffices()).containsExactly("US", "WO");
        assertThat(a.patentType()).isEqualTo(PatentType.INVENTION);
        // continuation lines: one inventor / applicant per line; patentee codes stripped and kept
        assertThat(a.inventors()).containsExactly("NOVOTNY V J", "RUDY P");
        assertThat(a.applicants()).containsExactly("SORAA LASER DIODE INC", "RUDY P");
        assertThat(a.extra()).containsEntry("AE codes", "SORA-Non-standard; RUDY-Individual");
        // DWPI abstract: every section in order, the ADVANTAGE section as the technical effect
        assertThat(a.abstractText()).isEqualTo("NOVELTY - The apparatus has a laser diode device. USE - Optical engine apparatus "
                + "for headlights. ADVANTAGE - The apparatus enables cost-effective projection. DESCRIPTION OF DRAWING(S) - "
                + "The drawing shows a view. Light source (610)");
        assertThat(a.techEffects()).containsExactly("The apparatus enables cost-effective projection.");
        // PD / AD / PI column lines: the first member's date, main IPC and application; every priority, earliest date
        assertThat(a.publicationDate()).isEqualTo(LocalDate.of(2017, 4, 13));
        assertThat(a.mainIpc()).isEqualTo("H04N9/77");
        assertThat(a.ipc()).containsExactly("H04N9/77", "F21K99/00");
        assertThat(a.applicationNumber()).isEqualTo("US2015878676");
        assertThat(a.applicationDate()).isEqualTo(LocalDate.of(2015, 10, 8));
        assertThat(a.priorityNumbers()).containsExactly("US2015878676", "US2015246751P");
        assertThat(a.priorityDate()).isEqualTo(LocalDate.of(2015, 9, 1));
        assertThat(a.priorityCountries()).containsExactly("US");
        // CP: the member's own line is not a citation, the duplicate counts once
        assertThat(a.citesCount()).isEqualTo(2);
        assertThat(a.extra()).containsEntry("DC", "V07 (Fibre-optics and Light Control)").containsEntry("PT", "P");
        // KR: the zero after the year and the leading 10 of grants are put back; a PD line without IPC
        Patent b = ps.get(1);
        assertThat(b.publicationNumber()).isEqualTo("KR20170040876A");
        assertThat(b.familyMembers()).containsExactly("KR20170040876A", "KR101723066B1");
        assertThat(b.mainIpc()).isNull();
        assertThat(b.publicationDate()).isEqualTo(LocalDate.of(2017, 4, 13));
        assertThat(b.applicationNumber()).isEqualTo("KR2015139015");
        assertThat(b.provenance().row()).isEqualTo(31);
    }

    @Test
    void crlfAndThomsonReutersHeaderWithFinalNewline() throws IOException {
        // given the same records with CRLF line ends, the older FN line and a line break after EF
        String text = TWO_RECORDS.replace("FN Clarivate Analytics Web of Science", "FN Thomson Reuters Web of Science™")
                .replace("\n", "\r\n") + "\r\n";
        Path p = write("old.ciw", text);
        // then the records are the same
        List<Patent> ps = RealExportsTest.collect(p).patents;
        assertThat(ps).extracting(Patent::publicationNumber).containsExactly("US20170104972A1", "KR20170040876A");
        assertThat(ps.get(0).inventors()).containsExactly("NOVOTNY V J", "RUDY P");
    }

    @Test
    void detectedByContentNotByName() throws IOException {
        // given the records under a name that says CSV
        Path p = write("export.csv", TWO_RECORDS);
        // then
        assertThat(inspect(p).layout()).isEqualTo("dii");
    }

    @Test
    void theSameTagsAsColumnsOfATabDelimitedFileAreReadAlike() throws IOException {
        // given the tags as the header of a tab-delimited file, multi-values joined with "; "
        String tsv = "PT\tPN\tTI\tAU\tAE\tGA\tIP\tPD\tAD\tPI\tUT\n"
                + "P\tUS2017104972-A1; WO2017062725-A1\tOptical engine.\tNOVOTNY V J; RUDY P\tSORAA LASER DIODE INC (SORA-Non-standard)"
                + "\t201728877S\tH04N-009/77; F21K-099/00"
                + "\tUS2017104972-A1   13 Apr 2017   H04N-009/77   201731   Pages: 18   English; WO2017062725-A1   13 Apr 2017"
                + "\tUS2017104972-A1    US878676    08 Oct 2015; WO2017062725-A1    WOUS055920    07 Oct 2016"
                + "\tUS878676    08 Oct 2015\tDIIDW:201728877S\n";
        Path p = write("savedrecs_tab.txt", tsv);
        // when
        FileReport r = inspect(p);
        Patent a = RealExportsTest.collect(p).patents.get(0);
        // then
        assertThat(r.layout()).isEqualTo("dii");
        assertThat(r.format()).isEqualTo("tsv");
        assertThat(a.publicationNumber()).isEqualTo("US20170104972A1");
        assertThat(a.familyMembers()).containsExactly("US20170104972A1", "WO2017062725A1");
        assertThat(a.inventors()).containsExactly("NOVOTNY V J", "RUDY P");
        assertThat(a.applicants()).containsExactly("SORAA LASER DIODE INC");
        assertThat(a.publicationDate()).isEqualTo(LocalDate.of(2017, 4, 13));
        assertThat(a.applicationNumber()).isEqualTo("US2015878676");
        assertThat(a.priorityNumbers()).containsExactly("US2015878676");
        assertThat(a.ipc()).containsExactly("H04N9/77", "F21K99/00");
    }

    @Test
    void truncatedRecordAndStrayTextAreRejectedWithTheirLine() throws IOException {
        // given a stray line between records and a file cut off inside its last record (no ER, no EF)
        String text = TWO_RECORDS.substring(0, TWO_RECORDS.indexOf("PT P\nPN KR")) + "some stray text\n"
                + "PT P\nPN KR2017040876-A\nTI Drone.\nAE KIM J\nGA 2017291601\n";
        Path p = write("cut.ciw", text);
        // when
        FileReport r = inspect(p);
        RealExportsTest.Collected c = RealExportsTest.collect(p);
        // then the whole first record is kept, the stray line and the cut-off record are rejected, and counts add up
        assertThat(r.read()).isEqualTo(3);
        assertThat(r.kept()).isEqualTo(1);
        assertThat(r.rejected()).isEqualTo(2);
        assertThat(c.rejects).extracting(Reject::row).containsExactly(31L, 32L);
        assertThat(c.rejects.get(0).reason()).contains("text outside a record");
        assertThat(c.rejects.get(1).reason()).contains("file ends inside the record starting on line 32");
    }

    @Test
    void webOfScienceArticlesAreNotPatentsAndGetTheMappingAdvice() throws IOException {
        // given Web of Science *article* records (tagged text without patent tags)
        Path p = write("articles.txt", "FN Clarivate Analytics Web of Science\nVR 1.0\nPT J\nAU Smith, J\nTI A paper\n"
                + "SO JOURNAL\nER\n\nEF");
        // then: unrecognised, with the advice to write a mapping; nothing crashes
        assertThatThrownBy(() -> inspect(p)).isInstanceOf(InputException.class)
                .hasMessageContaining("unrecognised layout").hasMessageContaining("mapping file");
    }

    @Test
    void anEmptyDiiExportSaysSo() throws IOException {
        Path p = write("empty.ciw", "FN Clarivate Analytics Web of Science\nVR 1.0\nEF");
        assertThatThrownBy(() -> inspect(p)).isInstanceOf(InputException.class).hasMessageContaining("empty.ciw")
                .hasMessageContaining("holds no rows");
    }
}
