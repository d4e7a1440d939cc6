package dev.navi.ingest;

import dev.navi.ingest.layout.LayoutRegistry;
import dev.navi.model.LegalStatus;
import dev.navi.model.Patent;
import dev.navi.model.PatentType;
import dev.navi.testing.Fixtures;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Layouts the real-data folder has no sample of, on small hand-made fixtures. */
class LayoutFixturesTest {
    @Test
    void incopatGbkWithFullWidthBrackets() throws IOException {
        RealExportsTest.Collected c = RealExportsTest.collect(Fixtures.path("gbk_incopat.csv"));
        FileReport r = new IngestService(LayoutRegistry.builtIn()).inspect(List.of(Fixtures.path("gbk_incopat.csv"))).get(0).report();
        assertThat(r.layout()).isEqualTo("incopat");
        assertThat(r.encoding()).isEqualTo("GB18030 (GBK)");
        assertThat(r.read()).isEqualTo(3);
        assertThat(r.kept()).isEqualTo(2);
        assertThat(c.rejects).singleElement().satisfies(j -> {
            assertThat(j.category()).isEqualTo("no identifier");
            assertThat(j.row()).isEqualTo(4);
        });
        Patent a = c.patents.get(0);
        assertThat(a.publicationNumber()).isEqualTo("CN114123456A");
        assertThat(a.publicationDate()).isEqualTo(LocalDate.of(2022, 3, 1));
        assertThat(a.applicationDate()).isEqualTo(LocalDate.of(2021, 1, 15));
        assertThat(a.applicationNumber()).isEqualTo("CN202110123456.7");
        assertThat(a.applicants()).containsExactly("宁德时代新能源科技股份有限公司", "清华大学");
        assertThat(a.vendorApplicants()).containsExactly("宁德时代", "清华大学");
        assertThat(a.applicantProvinces()).containsExactly("福建");
        assertThat(a.applicantCities()).containsExactly("宁德");
        assertThat(a.ipc()).containsExactly("H01M4/525", "H01M4/505", "H01M10/0525");
        assertThat(a.mainIpc()).isEqualTo("H01M4/525");
        assertThat(a.patentType()).isEqualTo(PatentType.INVENTION);
        assertThat(a.legalStatus()).isEqualTo(LegalStatus.PENDING);
        assertThat(a.citedByCount()).isEqualTo(3);
        assertThat(a.familyMembers()).containsExactly("CN114123456A", "WO2022123456A1");
        assertThat(a.familyOffices()).containsExactly("CN", "WO");
        assertThat(a.valueScore()).isEqualTo(8.0);
        assertThat(a.techEffects()).containsExactly("提高能量密度", "延长循环寿命");
        assertThat(a.transferCount()).isZero();
        // unmapped columns travel along
        assertThat(a.extra()).containsEntry("序号", "1").containsEntry("自定义备注", "甲");
        Patent b = c.patents.get(1);
        assertThat(b.publicationDate()).isEqualTo(LocalDate.of(2021, 12, 3));
        assertThat(b.ipc()).containsExactly("H01M10/613", "H01M10/6556");
        assertThat(b.patentType()).isEqualTo(PatentType.UTILITY_MODEL);
        assertThat(b.legalStatus()).isEqualTo(LegalStatus.ACTIVE);
        assertThat(b.transferCount()).isEqualTo(1);
        assertThat(b.abstractText()).isNull();
    }

    @Test
    void incopatHalfWidthHeaderReadsTheSame() throws IOException {
        Patent full = RealExportsTest.collect(Fixtures.path("gbk_incopat.csv")).patents.get(0);
        Patent half = RealExportsTest.collect(Fixtures.path("halfwidth_incopat.csv")).patents.get(0);
        assertThat(half.toBuilder().provenance(full.provenance()).build()).isEqualTo(full);
    }

    @Test
    void incopatXlsxWithAMergedTitleRowAndDateCells(@TempDir Path dir) throws IOException {
        // given an incoPat-like workbook: a merged title row, then the header, dates as real date cells
        Path file = dir.resolve("merged_title_row.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("专利列表");
            s.createRow(0).createCell(0).setCellValue("incoPat 检索结果 导出时间 2024-05-01");
            s.addMergedRegion(new CellRangeAddress(0, 0, 0, 4));
            Row h = s.createRow(1);
            String[] header = {"公开（公告）号", "标题", "申请人", "申请日", "被引证次数"};
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            Row d = s.createRow(2);
            d.createCell(0).setCellValue("CN114123456A");
            d.createCell(1).setCellValue("=SUM(A1:A2)");
            d.createCell(2).setCellValue("比亚迪股份有限公司");
            var dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy/m/d"));
            var dc = d.createCell(3);
            dc.setCellValue(LocalDate.of(2021, 1, 15));
            dc.setCellStyle(dateStyle);
            d.createCell(4).setCellValue(7);
            wb.createSheet("检索式").createRow(0).createCell(0).setCellValue("TIAB=(锂电池)");
            wb.write(out);
        }
        // when
        FileReport r = new IngestService(LayoutRegistry.builtIn()).inspect(List.of(file)).get(0).report();
        Patent p = RealExportsTest.collect(file).patents.get(0);
        // then
        assertThat(r.layout()).isEqualTo("incopat");
        assertThat(r.format()).isEqualTo("xlsx");
        assertThat(r.sheets()).containsExactly(new FileReport.SheetInfo("专利列表", 2));
        assertThat(r.notes()).anySatisfy(n -> assertThat(n).contains("'检索式' skipped"));
        assertThat(p.applicationDate()).isEqualTo(LocalDate.of(2021, 1, 15));
        assertThat(p.title()).isEqualTo("=SUM(A1:A2)"); // a text cell that looks like a formula stays text
        assertThat(p.citedByCount()).isEqualTo(7);
        assertThat(p.provenance().sheet()).isEqualTo("专利列表");
        assertThat(p.provenance().row()).isEqualTo(3);
    }

    @Test
    void derwentWithBanner() throws IOException {
        FileReport r = new IngestService(LayoutRegistry.builtIn()).inspect(List.of(Fixtures.path("derwent_banner.csv"))).get(0).report();
        assertThat(r.layout()).isEqualTo("derwent");
        assertThat(r.sheets().get(0).headerRow()).isEqualTo(3);
        assertThat(r.preambleRows()).isEqualTo(1);
        Patent p = RealExportsTest.collect(Fixtures.path("derwent_banner.csv")).patents.get(0);
        assertThat(p.publicationNumber()).isEqualTo("US2019123456A1");
        assertThat(p.applicants()).containsExactly("ACME ENERGY INC", "BETA LABS LLC");
        assertThat(p.vendorApplicants()).containsExactly("ACME ENERGY");
        assertThat(p.extra()).containsEntry("Ultimate Parent", "ACME HOLDINGS");
        assertThat(p.priorityNumbers()).containsExactly("US62555555");
        assertThat(p.priorityDate()).isEqualTo(LocalDate.of(2017, 10, 2));
        assertThat(p.familyOffices()).containsExactly("US", "CN", "EP");
        assertThat(p.citedByCount()).isEqualTo(12);
        assertThat(p.citesCount()).isEqualTo(7);
    }

    @Test
    void patentsViewPatentTable() throws IOException {
        List<Patent> ps = RealExportsTest.collect(Fixtures.path("patentsview_g_patent.tsv")).patents;
        assertThat(ps).extracting(Patent::publicationNumber).containsExactly("US10000000B2", "USD800000S1");
        assertThat(ps).extracting(Patent::patentType).containsExactly(PatentType.INVENTION, PatentType.DESIGN);
        assertThat(ps.get(0).grantDate()).isEqualTo(LocalDate.of(2018, 6, 19));
        assertThat(ps.get(0).claimsCount()).isEqualTo(20);
        assertThat(ps.get(0).provenance().layout()).isEqualTo("patentsview-patent");
    }

    @Test
    void utf16GoogleExport() throws IOException {
        FileReport r = new IngestService(LayoutRegistry.builtIn()).inspect(List.of(Fixtures.path("utf16_google.csv"))).get(0).report();
        assertThat(r.encoding()).isEqualTo("UTF-16LE (BOM)");
        Patent p = RealExportsTest.collect(Fixtures.path("utf16_google.csv")).patents.get(0);
        assertThat(p.publicationNumber()).isEqualTo("CN114123456A");
        assertThat(p.applicants()).containsExactly("宁德时代新能源科技股份有限公司", "清华大学");
        assertThat(p.title()).isEqualTo("一种电池");
    }

    @Test
    void lensPriorityNumbersThatLookLikeDates(@TempDir Path dir) throws IOException {
        // given an 8-digit EP number with no date beside it, and a US number with its date
        Path f = dir.resolve("lens.csv");
        Files.writeString(f, "#,Jurisdiction,Kind,Display Key,Lens ID,Priority Numbers,Applicants,URL\n"
                + "1,EP,A1,EP 3456789 A1,001-002-003-004-005,EP 19601206 A;;US 201161550506 P 20111024,ACME,https://lens.org/x\n");
        // when
        Patent p = RealExportsTest.collect(f).patents.get(0);
        // then the EP number stays a number and the earliest priority date is the US one
        assertThat(p.priorityNumbers()).containsExactly("EP19601206A", "US201161550506P");
        assertThat(p.priorityDate()).isEqualTo(LocalDate.of(2011, 10, 24));
        assertThat(p.priorityCountries()).containsExactly("EP", "US");
    }

    @Test
    void userMappingFile() throws IOException {
        IngestService s = IngestService.withMappings(List.of(Fixtures.path("custom_office_mapping.yaml")));
        FileReport r = s.inspect(List.of(Fixtures.path("custom_office_export.csv"))).get(0).report();
        assertThat(r.layout()).isEqualTo("mapping:office");
        assertThat(r.kept()).isEqualTo(2);
        assertThat(r.mappedColumns()).containsEntry("Doc No.", "publicationNumber").containsEntry("Filed", "applicationDate");
    }
}
