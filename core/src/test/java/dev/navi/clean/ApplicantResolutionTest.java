package dev.navi.clean;

import dev.navi.clean.names.AliasTable;
import dev.navi.clean.region.ChinaDivisions;
import dev.navi.ingest.IngestService;
import dev.navi.ingest.layout.LayoutRegistry;
import dev.navi.model.Patent;
import dev.navi.model.Provenance;
import dev.navi.testing.Fixtures;
import dev.navi.testing.RealData;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ApplicantResolutionTest {
    private final StandardApplicantResolver resolver = new StandardApplicantResolver(AliasTable.starter(), ChinaDivisions.standard());

    private static CleanRecord record(Patent p) {
        return new CleanRecord(p, "P:" + p.publicationNumber(), List.of(p.publicationNumber()), List.of("t"), Map.of(), List.of());
    }

    private static Patent.Builder p(String pub) {
        return Patent.builder().publicationNumber(pub).office(pub.substring(0, 2)).provenance(new Provenance("t.csv", null, 2, "test"));
    }

    @Test
    void exportFieldsAddressesTagsAndOfficesInThatOrder() {
        // given four records, each giving the country a different way
        List<CleanRecord> in = List.of(
                record(p("CN114123456A").applicants(List.of("宁德时代新能源科技股份有限公司", "清华大学"))
                        .applicantProvinces(List.of("福建", "北京")).applicantCities(List.of("宁德", "北京"))
                        .applicantCountries(List.of("中国", "中国")).build()),
                record(p("CN115000001A").applicants(List.of("成都某某电池有限公司"))
                        .applicantAddresses(List.of("610041 四川省成都市高新区天府大道中段666号")).build()),
                record(p("WO2015026896A1").applicants(List.of("ELWHA LLC [US]")).build()),
                record(p("US11355780B2").applicants(List.of("Idemitsu Kosan Co., Ltd.")).priorityCountries(List.of("JP")).build()),
                record(p("DE102020000001A1").applicants(List.of("Muster Batterie")).build()));
        // when
        List<CleanRecord> out = resolver.resolve(in).records();
        // then
        ResolvedApplicant catl = out.get(0).applicants().get(0);
        assertThat(catl.country()).isEqualTo("CN");
        assertThat(catl.countrySource()).isEqualTo("country field");
        assertThat(catl.province()).isEqualTo("福建省");
        assertThat(catl.city()).isEqualTo("宁德市");
        assertThat(catl.placeSource()).isEqualTo("export field");
        assertThat(catl.standardName()).isEqualTo("宁德时代新能源科技股份有限公司");
        assertThat(catl.group()).isEqualTo("宁德时代"); // the starter alias table rolls CATL up to its group
        assertThat(catl.type()).isEqualTo("enterprise");
        ResolvedApplicant tsinghua = out.get(0).applicants().get(1);
        assertThat(tsinghua.type()).isEqualTo("university");
        assertThat(tsinghua.province()).isEqualTo("北京市");
        ResolvedApplicant chengdu = out.get(1).applicants().get(0);
        assertThat(chengdu.country()).isEqualTo("CN");
        assertThat(chengdu.countrySource()).isEqualTo("address");
        assertThat(chengdu.province()).isEqualTo("四川省");
        assertThat(chengdu.city()).isEqualTo("成都市");
        assertThat(chengdu.placeSource()).isEqualTo("address");
        assertThat(out.get(2).applicants().get(0).country()).isEqualTo("US");
        assertThat(out.get(2).applicants().get(0).countrySource()).isEqualTo("name tag");
        assertThat(out.get(3).applicants().get(0).country()).isEqualTo("JP");
        assertThat(out.get(3).applicants().get(0).countrySource()).isEqualTo("priority office");
        assertThat(out.get(4).applicants().get(0).countrySource()).isEqualTo("publication office");
        assertThat(out.get(4).applicants().get(0).province()).isNull();
    }

    @Test
    void variantsShareAStandardNameAcrossRecords() {
        List<CleanRecord> in = List.of(
                record(p("US1A").applicants(List.of("SZ DJI TECHNOLOGY CO LTD")).build()),
                record(p("US2A").applicants(List.of("SZ DJI Technology Co., Ltd.")).build()),
                record(p("CN3A").applicants(List.of("深圳市大疆创新科技有限公司")).build()),
                record(p("US4A").applicants(List.of("SANGAMO THERAPEUTICS INC (2017-01-05)")).build()),
                record(p("US5A").applicants(List.of("Sangamo Therapeutics, Inc.")).build()));
        List<CleanRecord> out = resolver.resolve(in).records();
        String dji = out.get(0).applicants().get(0).standardName();
        assertThat(out.get(1).applicants().get(0).standardName()).isEqualTo(dji);
        // cross-script variants merge through the starter alias table
        assertThat(out.get(2).applicants().get(0).group()).isEqualTo(out.get(0).applicants().get(0).group());
        assertThat(out.get(3).applicants().get(0).standardName()).isEqualTo(out.get(4).applicants().get(0).standardName());
    }

    @Test
    void vendorStandardNamesGiveTheGroupNotTheLegalEntity() {
        // given: incoPat's 标准化申请人 column rolls two firms up to one name
        List<CleanRecord> in = List.of(
                record(p("CN1A").applicants(List.of("某某动力电池（江苏）有限公司")).vendorApplicants(List.of("某某动力")).build()),
                record(p("CN2A").applicants(List.of("某某动力电池系统股份公司")).vendorApplicants(List.of("某某动力")).build()),
                record(p("CN3A").applicants(List.of("宁德时代新能源科技股份有限公司")).vendorApplicants(List.of("某某动力")).build()),
                record(p("CN4A").applicants(List.of("某某储能科技有限公司")).vendorApplicants(List.of("宁德时代")).build()));
        // when
        List<CleanRecord> out = resolver.resolve(in).records();
        // then: two legal entities in one group
        ResolvedApplicant a = out.get(0).applicants().get(0);
        ResolvedApplicant b = out.get(1).applicants().get(0);
        assertThat(a.standardName()).isEqualTo("某某动力电池（江苏）有限公司");
        assertThat(b.standardName()).isEqualTo("某某动力电池系统股份公司");
        assertThat(a.group()).isEqualTo("某某动力").isEqualTo(b.group());
        // the alias table's group wins over a vendor's; a vendor name the table knows as a group takes its spelling
        assertThat(out.get(2).applicants().get(0).group()).isEqualTo("宁德时代");
        assertThat(out.get(3).applicants().get(0).group()).isEqualTo("宁德时代");
        assertThat(out.get(3).applicants().get(0).standardName()).isEqualTo("某某储能科技有限公司");
    }

    @Test
    void cleanOnTheIncopatFixtureFillsTheApplicantColumns() {
        CleanService s = new CleanService(new IngestService(LayoutRegistry.builtIn()), resolver);
        CleanService.CleanResult r = s.run(new CleanService.CleanRequest(List.of(Fixtures.path("gbk_incopat.csv")), Path.of("x"),
                null, ExclusionRules.none(), false, null));
        ResolvedApplicant a = r.records().get(0).applicants().get(0);
        assertThat(a.exported()).isEqualTo("宁德时代新能源科技股份有限公司");
        assertThat(a.province()).isEqualTo("福建省");
        assertThat(r.applicantSummary().asMap()).containsEntry("resolved", true);
    }

    @Test
    void realPatsnapApplicantsAreChineseAndTyped() {
        CleanService s = new CleanService(new IngestService(LayoutRegistry.builtIn()), resolver);
        CleanService.CleanResult r = s.run(new CleanService.CleanRequest(
                List.of(RealData.file("patsnap_cn_yakkhini/data_054328d_utf8bom.csv")), Path.of("x"), null, ExclusionRules.none(), false, null));
        List<ResolvedApplicant> all = r.records().stream().flatMap(c -> c.applicants().stream()).toList();
        long cn = all.stream().filter(a -> "CN".equals(a.country())).count();
        assertThat((double) cn / all.size()).isGreaterThan(0.95);
        assertThat(all).anySatisfy(a -> assertThat(a.type()).isEqualTo("university"));
        assertThat(all).anySatisfy(a -> assertThat(a.type()).isEqualTo("enterprise"));
    }
}
