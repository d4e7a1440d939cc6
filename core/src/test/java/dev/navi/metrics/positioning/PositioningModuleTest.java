package dev.navi.metrics.positioning;

import dev.navi.metrics.MetricContext;
import dev.navi.metrics.MetricTable;
import dev.navi.metrics.ModuleResult;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.navi.metrics.positioning.PositioningFixture.cell;
import static dev.navi.metrics.positioning.PositioningFixture.column;
import static dev.navi.metrics.positioning.PositioningFixture.row;
import static dev.navi.metrics.positioning.PositioningFixture.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PositioningModuleTest {
    private static final double EPS = 1e-9;
    private final ModuleResult result = PositioningModule.compute(PositioningFixture.context(), 1);

    @Test
    void noRegionGivesAnEmptyResultWithANote() {
        MetricContext c = PositioningFixture.context();
        ModuleResult r = PositioningModule.compute(new MetricContext(c.records(), c.map(), c.unit(), null, List.of(),
                c.fromYear(), c.toYear(), c.lastCompleteYear()));
        assertThat(r.tables()).isEmpty();
        assertThat(r.findingsZh()).hasSize(1);
        assertThat(r.findingsEn().get(0)).contains("No region");
    }

    @Test
    void tablesInOrder() {
        assertThat(result.tables()).extracting(MetricTable::id).containsExactly("region_by_node", "peer_comparison",
                "region_applicants", "region_applicants_by_type", "region_inventors", "positioning_rule", "region_ranking",
                "quality_indicators", "quality_indicator_fields", "region_national_leaders", "positioning_quality_findings", "region_high_value_patents");
        assertThat(result.definitions()).extracting(d -> d.id()).contains("rta", "quadrant", "region_membership");
    }

    @Test
    void rtaShareAndCounts() {
        MetricTable t = table(result, "region_by_node");
        assertThat(column(t, "node")).containsExactly("cat", "sep", "ele");
        List<Object> cat = row(t, "node", "cat");
        // cat: Sichuan 3 (r1, r2, r3) of its 4; world 4 (r1, r2, r3, r12) of 12
        // RTA = (3/4) / (4/12) = 0.75 / 0.3333 = 2.25
        assertThat(cell(t, cat, "region_count")).isEqualTo(3L);
        assertThat(cell(t, cat, "global_count")).isEqualTo(4L);
        assertThat((Double) cell(t, cat, "rta")).isCloseTo(2.25, within(EPS));
        // region share of node = 3 / 4 = 0.75; share of region total = 3 / 4 = 0.75
        assertThat((Double) cell(t, cat, "region_share_of_node")).isCloseTo(0.75, within(EPS));
        List<Object> sep = row(t, "node", "sep");
        // sep: Sichuan 1 (r4) of 4; world 5 (r4, r5, r6, r7, r11) → share 1/5 = 0.2; RTA = (1/4)/(5/12) = 0.6
        assertThat((Double) cell(t, sep, "region_share_of_node")).isCloseTo(0.2, within(EPS));
        assertThat((Double) cell(t, sep, "rta")).isCloseTo(0.6, within(EPS));
        assertThat((Double) cell(t, sep, "region_share_of_region_total")).isCloseTo(0.25, within(EPS));
        // national (any CN applicant): r4, r5, r6, r11 = 4
        assertThat(cell(t, sep, "national_count")).isEqualTo(4L);
    }

    @Test
    void quadrants() {
        MetricTable t = table(result, "region_by_node");
        // threshold growth = world all-node CAGR 2019→2023 = (4/3)^(1/4) − 1 = 0.0746 (2019: r1, r5, r9; 2023: r3, r6, r8, r10)
        assertThat(t.note()).contains("7.5%");
        // cat: RTA 2.25 ≥ 1 but region CAGR 2019→2023 = (1 (r3) / 1 (r1))^(1/4) − 1 = 0 < 7.5 % → ESTABLISHED (基础),
        // not ADVANTAGE: 优势 needs RTA ≥ 1 AND growth ≥ the benchmark
        assertThat((Double) cell(t, row(t, "node", "cat"), "region_cagr")).isCloseTo(0.0, within(EPS));
        assertThat(cell(t, row(t, "node", "cat"), "quadrant")).isEqualTo("ESTABLISHED");
        // sep: region count 1 > 0, RTA 0.6 < 1, region CAGR undefined (0 filings in 2019) → not high → WEAK
        List<Object> sep = row(t, "node", "sep");
        assertThat(cell(t, sep, "quadrant")).isEqualTo("WEAK");
        assertThat(cell(t, sep, "region_cagr")).isNull();
        // world sep CAGR: 1 (r5) in 2019, 1 (r6) in 2023 → 0
        assertThat((Double) cell(t, sep, "global_cagr")).isCloseTo(0.0, within(EPS));
        // ele: no Sichuan filings → GAP; world CAGR 2019 1 (r9) → 2023 2 (r8, r10): 2^(1/4) − 1 = 0.18921
        List<Object> ele = row(t, "node", "ele");
        assertThat(cell(t, ele, "quadrant")).isEqualTo("GAP");
        assertThat((Double) cell(t, ele, "global_cagr")).isCloseTo(Math.pow(2, 0.25) - 1, within(EPS));
        assertThat((Double) cell(t, ele, "rta")).isCloseTo(0.0, within(EPS));
    }

    @Test
    void peers() {
        MetricTable t = table(result, "peer_comparison");
        assertThat(t.columns()).containsExactly("node", "node_name", "node_name_en", "四川省_count", "四川省_rta", "广东省_count",
                "广东省_rta", "江苏省_count", "江苏省_rta", "global_count");
        // 广东省: r5, r6 both sep → RTA sep = (2/2) / (5/12) = 2.4
        List<Object> sep = row(t, "node", "sep");
        // names in both languages, so an English atlas need not show the Chinese one
        assertThat(cell(t, sep, "node_name")).isEqualTo("隔膜");
        assertThat(cell(t, sep, "node_name_en")).isEqualTo("Separator");
        assertThat(cell(t, sep, "广东省_count")).isEqualTo(2L);
        assertThat((Double) cell(t, sep, "广东省_rta")).isCloseTo(2.4, within(EPS));
        // 江苏省: r9, r10 both ele → RTA ele = (2/2) / (3/12) = 4.0
        assertThat((Double) cell(t, row(t, "node", "ele"), "江苏省_rta")).isCloseTo(4.0, within(EPS));
    }

    @Test
    void applicantsAndTypes() {
        MetricTable t = table(result, "region_applicants");
        // 成都甲公司: r1, r2, r3 = 3 (2019–2023, recent 2021–2023: r2, r3 = 2); 四川大学: r3, r4 = 2
        assertThat(column(t, "applicant")).containsExactly("成都甲公司", "四川大学");
        List<Object> a = row(t, "applicant", "成都甲公司");
        assertThat(cell(t, a, "count")).isEqualTo(3L);
        assertThat(cell(t, a, "recent_count")).isEqualTo(2L);
        assertThat(cell(t, a, "type")).isEqualTo("enterprise");
        assertThat(cell(t, a, "group")).isEqualTo("甲集团");
        assertThat(cell(t, a, "top_nodes")).isEqualTo("cat");
        assertThat(cell(t, a, "first_year")).isEqualTo(2019L);
        assertThat(cell(t, a, "last_year")).isEqualTo(2023L);
        // 四川大学: cat 1 (r3), sep 1 (r4) tie → map order cat;sep
        assertThat(cell(t, row(t, "applicant", "四川大学"), "top_nodes")).isEqualTo("cat;sep");

        MetricTable ty = table(result, "region_applicants_by_type");
        // cat: enterprise r1, r2, r3 = 3; university r3 = 1
        List<Object> cat = row(ty, "node", "cat");
        assertThat(cell(ty, cat, "enterprise")).isEqualTo(3L);
        assertThat(cell(ty, cat, "university")).isEqualTo(1L);
        assertThat(cell(ty, row(ty, "node", "ele"), "enterprise")).isEqualTo(0L);
    }

    @Test
    void inventors() {
        MetricTable t = table(result, "region_inventors");
        assertThat(column(t, "inventor")).containsExactly("张三", "李四");
        // 张三: r1, r2, r3 → 3; mean citedBy (5 + 3 + 1) / 3 = 3.0; recent r2, r3 = 2; affiliation 成都甲公司 (3 of 3)
        List<Object> z = row(t, "inventor", "张三");
        assertThat(cell(t, z, "count")).isEqualTo(3L);
        assertThat((Double) cell(t, z, "mean_cited_by")).isCloseTo(3.0, within(EPS));
        assertThat(cell(t, z, "recent_count")).isEqualTo(2L);
        assertThat(cell(t, z, "main_affiliation")).isEqualTo("成都甲公司");
        // 李四: r3 {四川大学, 成都甲公司}, r4 {四川大学} → 四川大学 (2 vs 1)
        assertThat(cell(t, row(t, "inventor", "李四"), "main_affiliation")).isEqualTo("四川大学");
    }

    @Test
    void findingsStateTheNumbers() {
        assertThat(result.findingsZh()).contains("四川省在隔膜领域占全球申请的20.0%，RTA为0.6，而该领域全球年均增长0.0%（薄弱环节）。");
        // no advantage sentence (cat is 基础); ele (world growth 18.9%) comes before sep (0.0%)
        assertThat(result.findingsZh().get(1)).startsWith("四川省在电解液领域占全球申请的0.0%，RTA为0.0，而该领域全球年均增长18.9%");
        assertThat(result.findingsZh().get(0)).contains("优势0个", "基础1个", "薄弱1个", "空白1个", "区域申请4件", "占全球33.3%",
                "占全国");
        assertThat(result.findingsEn()).hasSameSizeAs(result.findingsZh());
        assertThat(result.findingsEn()).anyMatch(s -> s.contains("Separator") && s.contains("RTA 0.6"));
    }

    @Test
    void theTableFollowsThePublishedRule() {
        // given the rule as published for the chart and the report
        MetricTable t = table(result, "region_by_node");
        PositioningRule rule = PositioningRule.from(table(result, PositioningRule.TABLE_ID)).orElseThrow();
        // then its benchmark is the world all-node CAGR (4/3)^(1/4) − 1 = 0.074570 over 2019–2023
        assertThat(rule.growthBenchmark()).isCloseTo(Math.pow(4 / 3.0, 0.25) - 1, within(EPS));
        assertThat(rule.growthFrom()).isEqualTo(2019);
        assertThat(rule.growthTo()).isEqualTo(2023);
        // and every row's quadrant is the one the rule gives for that row's numbers
        for (List<Object> r : t.rows()) {
            double rta = cell(t, r, "rta") instanceof Number n ? n.doubleValue() : Double.NaN;
            double g = cell(t, r, "region_cagr") instanceof Number n ? n.doubleValue() : Double.NaN;
            long count = (Long) cell(t, r, "region_count");
            assertThat(cell(t, r, "quadrant")).isEqualTo(rule.place(rta, g, count).name());
        }
        // and the sentence states the same numbers
        assertThat(rule.sentenceZh()).contains("RTA不低于1且区域年均增长率不低于基准7.5%", "2019–2023年");
        assertThat(t.note()).contains("7.5%");
    }

    @Test
    void growthOnFewFilingsIsNotMeasuredAndNeverAnAdvantage() {
        // given the real minimum base (10 filings in the growth window)
        ModuleResult r = PositioningModule.compute(PositioningFixture.context());
        MetricTable t = table(r, "region_by_node");
        // the world has 11 tagged filings in 2019–2023 (r1 r5 r9, r2 r11, r4 r7, r3 r6 r8 r10) ≥ 10: benchmark defined
        PositioningRule rule = PositioningRule.from(table(r, PositioningRule.TABLE_ID)).orElseThrow();
        assertThat(rule.benchmarkDefined()).isTrue();
        // cat: Sichuan has 3 filings in the window (r1, r2, r3) < 10 → growth n/a; RTA 2.25 → ESTABLISHED, not ADVANTAGE
        List<Object> cat = row(t, "node", "cat");
        assertThat(cell(t, cat, "region_cagr")).isNull();
        assertThat(cell(t, cat, "region_growth_base")).isEqualTo(3L);
        assertThat(cell(t, cat, "quadrant")).isEqualTo("ESTABLISHED");
        // sep: world 5 filings in the window < 10 → world node growth n/a too
        assertThat(cell(t, row(t, "node", "sep"), "global_cagr")).isNull();
        assertThat(r.findingsZh()).anySatisfy(f -> assertThat(f).contains("不适用（窗口内不足10项）"));
    }

    @Test
    void deterministic() {
        assertThat(PositioningModule.compute(PositioningFixture.context(), 1)).isEqualTo(result);
    }
}
