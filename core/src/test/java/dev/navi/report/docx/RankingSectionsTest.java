package dev.navi.report.docx;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The positioning chapter's national ranking and quality section (3.6) of the sample's atlas, in both languages: its
 * heading, the ranking and quality tables with the sample's numbers, the n/a texts of rates below their base, the
 * ranking figures placed in the chapter.
 */
class RankingSectionsTest {
    static byte[] zh;
    static byte[] en;
    static ReportModel zhModel;

    @BeforeAll
    static void run(@TempDir Path dir) throws Exception {
        SampleReports.Run run = SampleReports.run(dir, true, false, false);
        zhModel = SampleReports.model(run, ReportModel.Language.ZH);
        zh = AtlasReportTest.write(zhModel);
        en = AtlasReportTest.write(SampleReports.model(run, ReportModel.Language.EN));
    }

    @Test
    void theChineseSection() throws Exception {
        try (XWPFDocument doc = AtlasReportTest.open(zh)) {
            List<String> h2 = AtlasReportTest.texts(AtlasReportTest.styled(doc, "Heading2"));
            assertThat(h2).contains("3.6  全国排名与质量指标");
            String all = AtlasReportTest.allText(doc);
            // 四川省 104 of the nation's 966 tagged families: 10.8 %, third of 20 provinces (PositioningSampleTest)
            assertThat(all).contains("四川省已标引申请104项，占全国同类申请的10.8%，在有申请的20个省级地区中居第3位。");
            // 27 of the 966 national families have no Chinese applicant with a known province (2.8 %)
            assertThat(all).contains("另有27项（占2.8%）的申请人未能确定所在省级地区");
            String ranking = IndustrySectionsTest.captionedTable(doc, "各省级地区申请量排名");
            assertThat(ranking).contains("广东省").contains("230").contains("目标区域").contains("对标区域");
            String byNode = IndustrySectionsTest.captionedTable(doc, "四川省在各环节的省级地区排名");
            // cathode: 36 of 280 (12.9 %), second of 20, RTA (36/104)/(280/966) = 1.19
            assertThat(byNode).contains("正极材料").contains("12.9%").contains("2/20").contains("1.19");
            // separator: 8 filings in the growth window, fewer than 10
            assertThat(byNode).contains("不适用（不足10项）");
            String quality = IndustrySectionsTest.captionedTable(doc, "专利质量指标：目标区域、对标区域、全国与全球");
            // invention share 81/104 = 77.9 %; the world is its own citation cohort (1.00)
            assertThat(quality).contains("发明专利占比").contains("77.9%").contains("1.00").contains("全国").contains("全球");
            assertThat(IndustrySectionsTest.captionedTable(doc, "四川省高价值专利")).isNotNull();
            assertThat(all).contains("数量占优").contains("质量偏弱");
            // the province map, a schematic, in the section; its Sichuan tile reads the sentence's 10.8%
            assertThat(all).contains("各省级地区占全国份额分布（全部环节，四川省及对标区域加框；示意图，非按比例）")
                    .contains("各省级地区占全国份额分布（分环节，四川省及对标区域加框；示意图，非按比例）");
            assertThat(all.indexOf("各省级地区占全国份额分布（全部环节")).isGreaterThan(all.indexOf("3.6  全国排名与质量指标"));
        }
    }

    @Test
    void anIndicatorWhoseFieldIsNotInTheExportsIsNamedOnceAndNotShownAsCellsOfTheTables() throws Exception {
        // given the sample's quality results with the invention share's field marked as not in the exports
        var mods = new java.util.LinkedHashMap<>(zhModel.modules());
        var pos = mods.get("positioning");
        List<dev.navi.metrics.MetricTable> tables = new java.util.ArrayList<>();
        for (var t : pos.tables()) {
            if (t.id().equals(dev.navi.metrics.positioning.QualityIndicators.FIELDS_ID)) {
                int status = t.columns().indexOf("status");
                List<List<Object>> rows = new java.util.ArrayList<>();
                for (List<Object> r : t.rows()) {
                    List<Object> copy = new java.util.ArrayList<>(r);
                    if ("invention_share".equals(r.get(t.columns().indexOf("indicator")))) {
                        copy.set(status, "not in these exports");
                    }
                    rows.add(copy);
                }
                t = new dev.navi.metrics.MetricTable(t.id(), t.titleZh(), t.titleEn(), t.columns(), rows, t.definitions(),
                        t.noteZh(), t.note(), t.kinds());
            }
            tables.add(t);
        }
        mods.put("positioning", new dev.navi.metrics.ModuleResult(tables, pos.definitions(), pos.findingsZh(), pos.findingsEn()));
        try (XWPFDocument doc = AtlasReportTest.open(AtlasReportTest.write(AtlasReportTest.withModules(zhModel, mods)))) {
            // then the sentence names it, and neither quality table has a row or column for it
            assertThat(AtlasReportTest.allText(doc)).contains("以下指标所需字段不在本批导出中，未计算：发明专利占比");
            assertThat(IndustrySectionsTest.captionedTable(doc, "专利质量指标：目标区域、对标区域、全国与全球"))
                    .doesNotContain("发明专利占比").contains("授权专利有效占比");
            assertThat(IndustrySectionsTest.captionedTable(doc, "四川省各环节质量指标")).doesNotContain("发明专利占比")
                    .contains("授权专利有效占比");
        }
    }

    @Test
    void theEnglishSection() throws Exception {
        try (XWPFDocument doc = AtlasReportTest.open(en)) {
            List<String> h2 = AtlasReportTest.texts(AtlasReportTest.styled(doc, "Heading2"));
            assertThat(h2).contains("3.6  National ranking and quality indicators");
            String all = AtlasReportTest.allText(doc);
            assertThat(all).contains("Sichuan has 104 records tagged, 10.8% of the national total; rank 3 of the 20 provinces "
                    + "with filings.");
            assertThat(all).contains("27 records (2.8%) have no applicant whose province is known");
            String byNode = IndustrySectionsTest.captionedTable(doc, "Sichuan's rank among the provinces by node");
            assertThat(byNode).contains("Cathode materials").contains("2/20").contains("n/a — fewer than 10");
            assertThat(IndustrySectionsTest.captionedTable(doc, "Quality indicators: region, peers, nation and world"))
                    .contains("Guangdong").contains("World").contains("77.9%");
            assertThat(all).contains("strong in quantity").contains("weak in quality");
            assertThat(all).contains("Provinces' share of the national total (all nodes; Sichuan and its peers outlined; "
                    + "schematic tile map, not to scale)");
        }
    }
}
