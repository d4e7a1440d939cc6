package dev.navi.ingest;

import dev.navi.ingest.layout.LayoutRegistry;
import dev.navi.model.Patent;
import dev.navi.model.PatentType;
import dev.navi.testing.RealData;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Questel Orbit CSV / XLSX: one row per FamPat family; the real export and fixtures for its quirks. */
class OrbitTest {
    private static final String REAL = "orbit_aleivahernandez/ORBIT_REGISTRO_QUERY.csv";
    /** The real export's header, double space in 'Countries/authorities  - Count' included. */
    private static final List<String> HEADER = List.of("Publication numbers", "Standardized publication numbers",
            "Publication kind codes", "Publication numbers with kind code", "Country code and status", "Publication dates",
            "Original document", "URL document", "Earliest priority date", "Title", "Titulo", "Abstract", "Resumen", "Inventors",
            "Latest standardized assignees - inventors removed", "Assignee country", "Assignee address",
            "Countries/authorities  - Count", "Questel unique family ID (FAN)", "Family publication details", "EPO Family ID",
            "Application number", "Standardized application number");
    /** A two-member family: per-member prefixes, line-break multi-values, padded numbers with kind codes, KR dashes. */
    private static final List<String> FAMILY = List.of("CN109541060\nKR10-2019-0012345", "CN109541060B\nKR20190012345",
            "B\nA", "CN109541060         B \nKR10-2019-0012345   A ", "CNB\nKRA", "2021-06-29\n2019-03-29", "Open",
            "https://www.orbit.com/x", "2018-11-28", "(CN109541060)\nMethod for identifying adulteration of honey",
            "(CN109541060)\nMétodo para identificar", "(CN109541060)\nThe invention discloses a method.\n(KR10-2019-0012345)\nAnother text.",
            "(CN109541060)\nLa invención", "SHEN LIRONG\nJIANG WEIJIAN", "(CN109541060)\nHANGZHOU PUSHENG DETECTION TECHNOLOGY\nZHEJIANG UNIVERSITY",
            "(CN109541060)\nCN\n(KR10-2019-0012345)\nCN", "(CN109541060)\nNAME=HANGZHOU PUSHENG DETECTION TECH CO LTD  , COUNTRY=CN",
            "2", "84001204", "CN109541060         B  2021-06-29 [CN109541060B]", "65852176",
            "KR1020197001234\nCN201811435611", "2018CN-1435611");

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

    @Test
    void realCsvIsOneRecordPerFamily() {
        // given the real export (SOURCE.txt: 27 records, one row per family, 23 columns)
        FileReport r = inspect(RealData.file(REAL));
        // then
        assertThat(r.layout()).isEqualTo("orbit");
        assertThat(r.read()).isEqualTo(27);
        assertThat(r.kept()).isEqualTo(27);
        assertThat(r.rejected()).isZero();
        // no value problems; only inspect's low-fill warning for the application date this export has no column for
        assertThat(r.warnings()).containsOnlyKeys("applicationDate: filled in under 50 % of records");
        // every row has a title; one has no abstract, one no assignee, one no inventor (counted in the file)
        assertThat(r.fieldCounts()).containsEntry("title", 27L).containsEntry("abstract", 26L)
                .containsEntry("applicants", 26L).containsEntry("publicationDate", 27L).containsEntry("priorityDate", 27L)
                .containsEntry("applicationNumber", 27L).containsEntry("familyId", 27L).containsEntry("inventors", 26L);
        assertThat(r.fillRate("title")).isGreaterThanOrEqualTo(0.99);
        assertThat(r.notes()).anySatisfy(n -> assertThat(n).startsWith("each row is one patent family"))
                .anySatisfy(n -> assertThat(n).startsWith("the Orbit export has no 'Application dates' column"));
        // every one of the 23 columns is mapped or kept under its own name
        assertThat(r.mappedColumns().size() + r.unmappedColumns().size()).isEqualTo(23);
        assertThat(r.unmappedColumns()).contains("Titulo", "Resumen", "Countries/authorities  - Count", "EPO Family ID");
    }

    @Test
    void realCsvRecordsStripMemberPrefixes() throws IOException {
        List<Patent> ps = RealExportsTest.collect(RealData.file(REAL)).patents;
        Patent first = ps.get(0);
        assertThat(first.publicationNumber()).isEqualTo("CN119827680A");
        assertThat(first.kindCode()).isEqualTo("A");
        assertThat(first.patentType()).isEqualTo(PatentType.INVENTION);
        assertThat(first.title()).isEqualTo("Method for detecting neonicotinoid pesticide in honey and application");
        assertThat(first.abstractText()).startsWith("The invention discloses a method for detecting a neonicotinoid pesticide");
        assertThat(first.inventors()).containsExactly("Fei Zhixin", "Song Qing");
        assertThat(first.applicants()).containsExactly(
                "YUNNAN PROVINCIAL CENTER FOR DISEASE CONTROL & PREVENTION YUNNAN ACADEMY OF PREVENTIVE MEDICINE");
        assertThat(first.applicantCountries()).containsExactly("CN");
        assertThat(first.applicantAddresses()).containsExactly(
                "Yunnan Provincial Center for Disease Control and Prevention (Yunnan Academy of Preventive Medicine)");
        assertThat(first.publicationDate()).isEqualTo(LocalDate.of(2025, 4, 15));
        assertThat(first.priorityDate()).isEqualTo(LocalDate.of(2025, 1, 25));
        assertThat(first.applicationNumber()).isEqualTo("CN202510121390");
        assertThat(first.familyId()).isEqualTo("114197746");
        assertThat(first.extra()).containsEntry("Countries/authorities  - Count", "1").containsEntry("EPO Family ID", "95306351");
        // the 33-member BASF family: the first listed member, its date and its own office's application
        Patent basf = ps.stream().filter(p -> "71612568".equals(p.familyId())).findFirst().orElseThrow();
        assertThat(basf.publicationNumber()).isEqualTo("CA2950812C");
        assertThat(basf.publicationDate()).isEqualTo(LocalDate.of(2023, 10, 24));
        assertThat(basf.applicationNumber()).isEqualTo("CA2950812");
        assertThat(basf.familyMembers()).hasSize(33).contains("KR20170013995A", "WO2015185708A1", "US10450279B2");
        assertThat(basf.familySize()).isEqualTo(33);
        assertThat(basf.title()).isEqualTo("Compuestos de [1,2,4]triazol sustituido.");
        assertThat(basf.applicants()).containsExactly("BASF");
        assertThat(basf.applicantCountries()).containsExactly("DE");
        assertThat(basf.applicantAddresses()).containsExactly("BASF SE 67056 LUDWIGSHAFEN", "BASF SE 67056 Ludwigshafen");
        // a member number with slashes is a prefix too
        Patent in = ps.stream().filter(p -> "66676011".equals(p.familyId())).findFirst().orElseThrow();
        assertThat(in.applicants()).containsExactly("Mrs Mudhalwadkar Rohini Prashant");
        assertThat(in.title()).isEqualTo("Improvement towards quality detection system for Indian honey using gas sensor");
    }

    @Test
    void fixtureFamilyInCsvAndXlsxGivesTheSameRecord() throws IOException {
        // given the same family written as Orbit CSV and as Orbit XLSX
        Path csv = dir.resolve("orbit_family.csv");
        StringBuilder text = new StringBuilder(csvLine(HEADER)).append("\r\n").append(csvLine(FAMILY)).append("\r\n");
        Files.writeString(csv, text, StandardCharsets.UTF_8);
        Path xlsx = dir.resolve("orbit_family.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
            var sheet = wb.createSheet("Results");
            var h = sheet.createRow(0);
            var v = sheet.createRow(1);
            for (int i = 0; i < HEADER.size(); i++) {
                h.createCell(i).setCellValue(HEADER.get(i));
                v.createCell(i).setCellValue(FAMILY.get(i));
            }
            wb.write(out);
        }
        for (Path p : List.of(csv, xlsx)) {
            // when
            FileReport r = inspect(p);
            Patent f = RealExportsTest.collect(p).patents.get(0);
            // then
            assertThat(r.layout()).as(p.toString()).isEqualTo("orbit");
            assertThat(r.kept()).isEqualTo(1);
            assertThat(f.publicationNumber()).isEqualTo("CN109541060B");
            assertThat(f.familyMembers()).containsExactly("CN109541060B", "KR20190012345A");
            assertThat(f.familyOffices()).containsExactly("CN", "KR");
            assertThat(f.publicationDate()).isEqualTo(LocalDate.of(2021, 6, 29));
            // the member prefix goes; of several members' blocks the first is the record's text
            assertThat(f.title()).isEqualTo("Method for identifying adulteration of honey");
            assertThat(f.abstractText()).isEqualTo("The invention discloses a method.");
            // line-break multi-values, prefix lines dropped, duplicates once
            assertThat(f.inventors()).containsExactly("SHEN LIRONG", "JIANG WEIJIAN");
            assertThat(f.applicants()).containsExactly("HANGZHOU PUSHENG DETECTION TECHNOLOGY", "ZHEJIANG UNIVERSITY");
            assertThat(f.applicantCountries()).containsExactly("CN");
            assertThat(f.applicantAddresses()).containsExactly("HANGZHOU PUSHENG DETECTION TECH CO LTD");
            // the application of the record's own office, though the column lists the KR one first
            assertThat(f.applicationNumber()).isEqualTo("CN201811435611");
            assertThat(f.familyId()).isEqualTo("84001204");
            // the double-spaced header is kept under its own name
            assertThat(f.extra()).containsEntry("Countries/authorities  - Count", "2");
        }
    }

    @Test
    void applicationDatesGiveTheFamilysEarliestFiling() throws IOException {
        // given the fixture family with an 'Application dates' column (one date per application line)
        List<String> header = new java.util.ArrayList<>(HEADER);
        List<String> row = new java.util.ArrayList<>(FAMILY);
        header.add("Application dates");
        row.add("2019-01-20\n2018-11-28");
        Path csv = dir.resolve("with_dates.csv");
        Files.writeString(csv, csvLine(header) + "\n" + csvLine(row) + "\n", StandardCharsets.UTF_8);
        // then the earliest filing is the family's application date, and no note asks for the column
        FileReport r = inspect(csv);
        assertThat(RealExportsTest.collect(csv).patents.get(0).applicationDate()).isEqualTo(LocalDate.of(2018, 11, 28));
        assertThat(r.notes()).noneSatisfy(n -> assertThat(n).contains("no 'Application dates' column"));
    }

    @Test
    void headerSpacingDoesNotMatter() throws IOException {
        // given the header with single spaces everywhere
        List<String> single = HEADER.stream().map(h -> h.replaceAll(" +", " ")).toList();
        Path csv = dir.resolve("single_space.csv");
        Files.writeString(csv, csvLine(single) + "\n" + csvLine(FAMILY) + "\n", StandardCharsets.UTF_8);
        // then the same columns are mapped
        FileReport r = inspect(csv);
        assertThat(r.layout()).isEqualTo("orbit");
        assertThat(r.mappedColumns().values()).containsExactlyElementsOf(
                inspect(RealData.file(REAL)).mappedColumns().values());
    }

    private static String csvLine(List<String> cells) {
        StringBuilder b = new StringBuilder();
        for (String c : cells) {
            if (b.length() > 0) {
                b.append(',');
            }
            b.append('"').append(c.replace("\"", "\"\"")).append('"');
        }
        return b.toString();
    }
}
