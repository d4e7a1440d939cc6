package dev.navi.ingest;

import dev.navi.ingest.layout.LayoutRegistry;
import dev.navi.model.LegalStatus;
import dev.navi.model.Patent;
import dev.navi.testing.RealData;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Derwent Innovation exports, English and Chinese user interface, as CSV, XLS and XLSX. */
class DerwentInnovationTest {
    private static final String REAL_ZH = "derwent_innovation_zh_yangdongbjcn/derwent_innovation_zh_ti_68.xls";

    /** One record under the English UI's names and under the Chinese UI's names for the same fields. */
    private static final List<String> EN = List.of("DWPI Accession Number", "Publication Number", "Publication Date",
            "Title - DWPI", "Abstract - DWPI", "Assignee/Applicant", "Assignee - Original", "Assignee - DWPI", "Optimized Assignee",
            "Inventor", "Application Number", "Application Date", "Priority Number", "Priority Date - Earliest", "IPC - Current",
            "CPC - Current", "DWPI Family Members", "Count of Citing Patents");
    private static final List<String> ZH = List.of("DWPI 入藏号", "公开号", "公开日期", "标题 - DWPI", "摘要 - DWPI",
            "专利权人/申请人", "专利权人 - 原始", "专利权人 - DWPI", "优化的专利权人", "发明人", "申请号", "申请日期", "优先权号",
            "优先权日 - 最早", "IPC - 现版", "CPC - 现版", "DWPI 同族专利成员", "施引专利计数");
    private static final List<String> ROW = List.of("2018407917", "CN108053582A", "2018-05-18",
            "Shopping device for intelligent business", "NOVELTY - The device has a cart.",
            "Terminus (beijing) Technology Co. Ltd.,Beijing,100034,CN | ACME CO,Paris,75001,FR",
            "Terminus (beijing) Technology Co. Ltd. | ACME CO", "TERMINUS BEIJING TECHNOLOGY CO LTD | ACME CO",
            "TERMINUS BEIJING TECHNOLOGY CO LTD | ACME", "WANG, Jian", "CN201711214252A", "2017-11-28", "CN201711214252A",
            "2017-11-28", "G07G000100 | G05D000102", "G07G00010081 | G07C000900571",
            "CN108053582A | CN108053582B | WO2019104951A1", "0");

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
    void realChineseUiXls() throws IOException {
        // given the real .xls (SOURCE.txt: banner row 1, 132 Chinese headers in row 2, 68 records in rows 3-70)
        FileReport r = inspect(RealData.file(REAL_ZH));
        // then
        assertThat(r.layout()).isEqualTo("derwent");
        assertThat(r.sheets().get(0).headerRow()).isEqualTo(2);
        assertThat(r.preambleRows()).isEqualTo(1);
        assertThat(r.read()).isEqualTo(68);
        assertThat(r.kept()).isEqualTo(68);
        assertThat(r.rejected()).isZero();
        assertThat(r.mappedColumns().size() + r.unmappedColumns().size()).isEqualTo(132);
        // this field set has the original title only, no abstract
        assertThat(r.fillRate("title")).isGreaterThanOrEqualTo(0.99);
        assertThat(r.fieldCounts()).containsEntry("abstract", 0L).containsEntry("applicants", 68L)
                .containsEntry("publicationDate", 68L).containsEntry("applicationDate", 68L).containsEntry("ipc", 68L)
                .containsEntry("familyMembers", 68L);
        List<Patent> ps = RealExportsTest.collect(RealData.file(REAL_ZH)).patents;
        Patent p = ps.get(0);
        assertThat(p.publicationNumber()).isEqualTo("CN108053582A");
        assertThat(p.title()).isEqualTo("An artificial intelligent shopping device applied to intelligent business and system thereof");
        assertThat(p.applicants()).containsExactly("Terminus (beijing) Technology Co. Ltd.");
        assertThat(p.vendorApplicants()).containsExactly("TERMINUS BEIJING TECHNOLOGY CO LTD");
        assertThat(p.applicantCountries()).containsExactly("CN");
        assertThat(p.applicantAddresses()).containsExactly("Terminus (beijing) Technology Co. Ltd.,Beijing,100034,CN");
        assertThat(p.inventors()).containsExactly("WANG, Jian");
        // packed IPC / CPC written compactly
        assertThat(p.ipc()).containsExactly("G07G1/00", "G05D1/02", "G07C9/00", "G07G1/01");
        assertThat(p.cpc()).containsExactly("G07G1/0081", "G05D1/0246", "G06Q20/3224", "G07C9/00571", "G07C9/00896", "G07G1/01");
        assertThat(p.applicationNumber()).isEqualTo("CN201711214252A");
        assertThat(p.applicationDate()).isEqualTo(LocalDate.of(2017, 11, 28));
        assertThat(p.publicationDate()).isEqualTo(LocalDate.of(2018, 5, 18));
        assertThat(p.priorityDate()).isEqualTo(LocalDate.of(2017, 11, 28));
        assertThat(p.priorityNumbers()).containsExactly("CN201711214252A");
        assertThat(p.familyMembers()).containsExactly("CN108053582A", "CN108053582B", "WO2019104951A1");
        assertThat(p.familySize()).isEqualTo(3);
        assertThat(p.claimsCount()).isEqualTo(10);
        assertThat(p.citedByCount()).isZero();
        assertThat(p.legalStatus()).isEqualTo(LegalStatus.ACTIVE);
        assertThat(p.legalEvents()).hasSize(3).first().asString().startsWith("2018-11-27 GR01 PATENT GRANT");
        // the accession number is the source id and, with no family-id column, the DWPI family id
        assertThat(p.sourceId()).isEqualTo("2018407917");
        assertThat(p.familyId()).isEqualTo("2018407917");
        // knowingly kept: the DWPI IPC variant, the manual codes, the assignee code
        assertThat(p.extra()).containsEntry("IPC - 现版 - DWPI", "B62B000300 | G05D000102 | G06Q003006 | G07C000900 | G07G000100 | G07G000101")
                .containsEntry("专利权人代码 - DWPI", "TERM|N|TERMINUS BEIJING TECHNOLOGY CO LTD")
                .containsKey("DWPI 手工代码");
    }

    @ParameterizedTest(name = "{0} UI as {1}")
    @CsvSource({"en, csv", "en, xlsx", "en, xls", "zh, csv", "zh, xlsx", "zh, xls"})
    void bothUiLanguagesInEveryContainer(String ui, String container) throws IOException {
        // given a banner row, the header in the UI's language and one record
        List<String> header = ui.equals("en") ? EN : ZH;
        Path p = write("derwent_" + ui + "." + container, header);
        // when
        FileReport r = inspect(p);
        Patent x = RealExportsTest.collect(p).patents.get(0);
        // then: the same record whatever the language and container
        assertThat(r.layout()).isEqualTo("derwent");
        assertThat(r.preambleRows()).isEqualTo(1);
        assertThat(r.kept()).isEqualTo(1);
        assertThat(r.unmappedColumns()).containsExactly(header.get(5), header.get(7));
        assertThat(x.publicationNumber()).isEqualTo("CN108053582A");
        assertThat(x.title()).isEqualTo("Shopping device for intelligent business");
        assertThat(x.abstractText()).isEqualTo("NOVELTY - The device has a cart.");
        // the plain names, not the address-bearing Assignee/Applicant column
        assertThat(x.applicants()).containsExactly("Terminus (beijing) Technology Co. Ltd.", "ACME CO");
        assertThat(x.vendorApplicants()).containsExactly("TERMINUS BEIJING TECHNOLOGY CO LTD", "ACME");
        assertThat(x.ipc()).containsExactly("G07G1/00", "G05D1/02");
        assertThat(x.cpc()).containsExactly("G07G1/0081", "G07C9/00571");
        assertThat(x.familyMembers()).containsExactly("CN108053582A", "CN108053582B", "WO2019104951A1");
        assertThat(x.applicationDate()).isEqualTo(LocalDate.of(2017, 11, 28));
        assertThat(x.publicationDate()).isEqualTo(LocalDate.of(2018, 5, 18));
        assertThat(x.citedByCount()).isZero();
        assertThat(x.familyId()).isEqualTo("2018407917");
        assertThat(x.extra()).containsEntry(header.get(5), ROW.get(5)).containsEntry(header.get(7), ROW.get(7));
    }

    private Path write(String name, List<String> header) throws IOException {
        Path p = dir.resolve(name);
        String banner = "Derwent Innovation Patent Export, 2019-08-09 07:45:22 +0000";
        if (name.endsWith(".csv")) {
            StringBuilder b = new StringBuilder(banner).append('\n');
            b.append(String.join(",", header.stream().map(DerwentInnovationTest::quote).toList())).append('\n');
            b.append(String.join(",", ROW.stream().map(DerwentInnovationTest::quote).toList())).append('\n');
            Files.writeString(p, b, StandardCharsets.UTF_8);
            return p;
        }
        try (Workbook wb = name.endsWith(".xls") ? new HSSFWorkbook() : new XSSFWorkbook();
             OutputStream out = Files.newOutputStream(p)) {
            Sheet s = wb.createSheet("Sheet1");
            s.createRow(0).createCell(0).setCellValue(banner);
            Row h = s.createRow(1);
            Row v = s.createRow(2);
            for (int i = 0; i < header.size(); i++) {
                h.createCell(i).setCellValue(header.get(i));
                v.createCell(i).setCellValue(ROW.get(i));
            }
            wb.write(out);
        }
        return p;
    }

    private static String quote(String s) {
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
