package dev.navi.report.docx;

import dev.navi.metrics.MetricTable;
import dev.navi.metrics.ModuleResult;
import dev.navi.metrics.path.PathModule;
import dev.navi.pipeline.MetricsPipeline;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The industry sections of the sample's atlas (the sample names synthetic industry tables), and the atlas without them. */
class IndustrySectionsTest {
    static SampleReports.Run regional;
    static byte[] with;
    static byte[] without;

    @BeforeAll
    static void run(@TempDir Path dir) throws Exception {
        regional = SampleReports.run(dir, true, false);
        ReportModel model = SampleReports.model(regional, ReportModel.Language.ZH);
        with = AtlasReportTest.write(model);
        // the same run as if the project had no industry data: no industry module, the path module as computed alone
        MetricsPipeline.Result r = regional.result();
        Map<String, ModuleResult> plain = new LinkedHashMap<>(r.modules());
        plain.remove("industry");
        plain.put("path", PathModule.compute(r.context(), plain.get("positioning")));
        SampleReports.Run bare = new SampleReports.Run(regional.project(), new MetricsPipeline.Result(r.clean(), r.context(),
                plain, r.cutoff(), r.tagged(), r.figures(), r.written()), regional.figures());
        without = AtlasReportTest.write(SampleReports.model(bare, ReportModel.Language.ZH));
    }

    static String captionedTable(XWPFDocument doc, String caption) {
        var body = doc.getBodyElements();
        for (int i = 0; i < body.size() - 1; i++) {
            if (body.get(i) instanceof org.apache.poi.xwpf.usermodel.XWPFParagraph p && p.getText().contains(caption)
                    && body.get(i + 1) instanceof XWPFTable t) {
                return t.getText();
            }
        }
        return null;
    }

    @Test
    void theSampleAtlasShowsTheIndustrySectionsInTheirChapters() throws Exception {
        try (XWPFDocument doc = AtlasReportTest.open(with)) {
            List<String> h2 = AtlasReportTest.texts(AtlasReportTest.styled(doc, "Heading2"));
            assertThat(h2).contains("1.6  产业概况", "2.9  产业链与专利布局的关联", "3.5  区域产业现实对照",
                    "4.7  产业数据支撑的招商、培育与人才");
            // the target split: BYD has a plant in Sichuan in the sample's firms table, so it is an expansion candidate
            assertThat(captionedTable(doc, "已在区域布局的招商目标")).contains("比亚迪股份有限公司").contains("遂宁弗迪电池有限公司");
            assertThat(captionedTable(doc, "尚未在区域布局的招商目标")).doesNotContain("比亚迪股份有限公司")
                    .contains("天津力神电池股份有限公司");
            // the match per node and control vs market are printed as tables with their numbers
            assertThat(captionedTable(doc, "产业–专利匹配度（目标区域，各环节）")).contains("电芯").contains("1,200.0")
                    .contains("专利滞后于产业");
            assertThat(captionedTable(doc, "专利控制力与市场份额对照")).contains("LG Energy Solution, Ltd.")
                    .contains("有市场、专利控制弱");
            String all = AtlasReportTest.allText(doc);
            assertThat(all).contains("产业数据融合").doesNotContain("本节需要产业数据");
            // the two industry figures are drawn and placed in the direction chapter before their tables
            assertThat(regional.figures()).filteredOn(f -> f.id().startsWith("industry_") || f.id().equals("market_vs_control"))
                    .extracting(f -> f.id() + "@" + f.section() + "/" + f.table())
                    .containsExactly("industry_match@direction/industry_patent_match",
                            "market_vs_control@direction/market_vs_control");
            assertThat(all).contains("四川省产业–专利匹配（产值份额与专利份额）").contains("专利控制力与市场份额：电芯");
            // a sheet is pointed to as a sheet of the workbook, not as a table id in the sentence
            assertThat(all).contains("见 atlas.xlsx 工作表“industry_unmatched_applicants”")
                    .contains("家未关联，见 atlas.xlsx 工作表“industry_unmatched_firms”").doesNotContain("见表 ");
        }
    }

    @Test
    void withoutIndustryDataEachSectionSaysWhichInputItNeeds() throws Exception {
        try (XWPFDocument doc = AtlasReportTest.open(without)) {
            String all = AtlasReportTest.allText(doc);
            assertThat(all).contains("本节需要产业数据：firms（企业）、region_output（区域产值）、market（市场）")
                    // the direction chapter's section needs two inputs and says so once, naming both
                    .containsOnlyOnce("本节需要产业数据：region_output（区域及对标区域各环节产值）和 market（各环节市场规模与份额）")
                    .doesNotContain("本节需要产业数据：market（各环节市场规模与份额）")
                    .contains("本节需要产业数据：firms（区域企业及其所在地）")
                    .doesNotContain("增资扩产");
        }
        MetricTable targets = regional.result().modules().get("path").tables().stream()
                .filter(t -> t.id().equals("enterprise_targets")).findFirst().orElseThrow();
        assertThat(targets.columns()).contains("present_in_region", "target_kind", "local_firms");
    }
}
