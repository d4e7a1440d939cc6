package dev.navi.metrics.positioning;

import dev.navi.metrics.MetricTable;
import dev.navi.metrics.ModuleResult;
import dev.navi.metrics.stats.MinimumBase;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.navi.metrics.positioning.PositioningFixture.cell;
import static dev.navi.metrics.positioning.PositioningFixture.table;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link QualityFindings} on the 12-record {@link PositioningFixture} (四川省; national records r1–r6, r9–r11).
 * National applicants in cat: 成都甲公司 on r1, r2, r3 (3), 四川大学 on r3 (1); in sep: 深圳乙公司 r5, r6 (2),
 * 四川大学 r4 and 清华大学 r11 (1 each). Inventors in cat: 张三 r1–r3 (3), 李四 r3 (1); in sep: 王五 (2), 李四 and 钱七 (1).
 */
class QualityFindingsTest {
    private final ModuleResult result = PositioningModule.compute(PositioningFixture.context(), new MinimumBase(1, 1));
    private final MetricTable leaders = table(result, QualityFindings.LEADERS_ID);

    private List<Object> leader(String node, String kind, String holder) {
        return leaders.rows().stream().filter(r -> node.equals(cell(leaders, r, "node")) && kind.equals(cell(leaders, r, "kind"))
                && holder.equals(cell(leaders, r, "holder"))).findFirst().orElseThrow(() -> new AssertionError(node + " " + holder));
    }

    @Test
    void theRegionsApplicantsAndInventorsInTheNationalTop() {
        assertThat(cell(leaders, leader("cat", "applicant", "成都甲公司"), "national_rank")).isEqualTo(1L);
        assertThat(cell(leaders, leader("cat", "applicant", "成都甲公司"), "count")).isEqualTo(3L);
        assertThat(cell(leaders, leader("cat", "applicant", "四川大学"), "national_rank")).isEqualTo(2L);
        // sep: 深圳乙公司 leads with 2; 四川大学 shares rank 2 with 清华大学 (not in the region, so not listed)
        List<Object> sep = leader("sep", "applicant", "四川大学");
        assertThat(cell(leaders, sep, "national_rank")).isEqualTo(2L);
        assertThat(cell(leaders, sep, "leader")).isEqualTo("深圳乙公司");
        assertThat(cell(leaders, sep, "leader_count")).isEqualTo(2L);
        assertThat(cell(leaders, sep, "ranked")).isEqualTo(3L);
        assertThat(leaders.rows().stream().noneMatch(r -> "清华大学".equals(cell(leaders, r, "holder")))).isTrue();
        assertThat(cell(leaders, leader("cat", "inventor", "张三"), "national_rank")).isEqualTo(1L);
        assertThat(cell(leaders, leader("sep", "inventor", "李四"), "national_rank")).isEqualTo(2L);
        // nothing in ele: 四川 has no record there
        assertThat(leaders.rows().stream().noneMatch(r -> "ele".equals(cell(leaders, r, "node")))).isTrue();
    }

    @Test
    void findingsInBothLanguagesFromTheValues() {
        MetricTable f = table(result, QualityFindings.FINDINGS_ID);
        List<Object> gap = f.rows().stream().filter(r -> "no_local_holder".equals(cell(f, r, "kind"))).findFirst().orElseThrow();
        // ele: no Sichuan record; the nation's 2 (r9, r10) are both 江苏's
        assertThat(cell(f, gap, "text_zh")).isEqualTo("四川省在1个环节没有本地申请人：电解液（全国2件，最多为江苏省（2件））。");
        assertThat(cell(f, gap, "text_en")).isEqualTo("Sichuan has no local applicant in 1 node: Electrolyte (2 nationally, "
                + "most from Jiangsu (2)).");
        assertThat(f.rows().stream().filter(r -> "national_leader_applicant".equals(cell(f, r, "kind")))
                .map(r -> (String) cell(f, r, "text_zh")).toList())
                .contains("四川省的成都甲公司在正极材料环节的申请量居全国第1位（3件）。");
        // every sentence is in the module's findings, in both languages, in the same order
        assertThat(result.findingsZh()).containsSubsequence(f.rows().stream().map(r -> (String) cell(f, r, "text_zh")).toList());
        assertThat(result.findingsEn()).containsSubsequence(f.rows().stream().map(r -> (String) cell(f, r, "text_en")).toList());
    }
}
