package dev.navi.metrics.positioning;

import dev.navi.metrics.ColumnKind;
import dev.navi.metrics.MetricContext;
import dev.navi.metrics.MetricTable;
import dev.navi.metrics.ModuleResult;
import dev.navi.metrics.stats.MinimumBase;
import dev.navi.project.Region;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.navi.metrics.positioning.PositioningFixture.cell;
import static dev.navi.metrics.positioning.PositioningFixture.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * {@link RegionRanking} on the 12-record {@link PositioningFixture}, worked by hand. National records (an applicant in
 * China): r1–r6, r9, r10, r11 = 9 tagged; provinces (all nodes): 四川 4 (r1–r4), 广东 2 (r5, r6), 江苏 2 (r9, r10),
 * 北京 1 (r11).
 */
class RegionRankingTest {
    private static final double EPS = 1e-9;
    private final ModuleResult result = PositioningModule.compute(PositioningFixture.context(), new MinimumBase(1, 1));
    private final MetricTable t = table(result, RegionRanking.TABLE_ID);

    private List<Object> row(String level, String code, String node) {
        return t.rows().stream().filter(r -> level.equals(cell(t, r, "level")) && code.equals(cell(t, r, "area_code"))
                && node.equals(cell(t, r, "node"))).findFirst().orElseThrow(() -> new AssertionError(level + " " + code + " " + node));
    }

    @Test
    void everyProvinceTimesEveryNodeIsARow() {
        // 34 provincial-level divisions (31 + 台湾省, 香港, 澳门) × ((all) + 3 nodes); no unresolved national record
        assertThat(t.rows()).hasSize(34 * 4);
        List<Object> yunnan = row("province", "云南省", "(all)");
        assertThat(cell(t, yunnan, "count")).isEqualTo(0L);
        assertThat(cell(t, yunnan, "rank")).isNull(); // no filings: not ranked
    }

    @Test
    void countsSharesAndCompetitionRanks() {
        List<Object> sc = row("province", "四川省", "(all)");
        assertThat(cell(t, sc, "count")).isEqualTo(4L);
        assertThat(cell(t, sc, "reference_count")).isEqualTo(9L);
        assertThat((Double) cell(t, sc, "share")).isCloseTo(4 / 9.0, within(EPS));
        assertThat(cell(t, sc, "rank")).isEqualTo(1L);
        assertThat(cell(t, sc, "is_region")).isEqualTo("yes");
        assertThat(cell(t, sc, "area_en")).isEqualTo("Sichuan");
        // 广东 2 and 江苏 2 share rank 2, 北京 1 is 4th (competition ranking); four provinces have filings
        assertThat(cell(t, row("province", "广东省", "(all)"), "rank")).isEqualTo(2L);
        assertThat(cell(t, row("province", "江苏省", "(all)"), "rank")).isEqualTo(2L);
        assertThat(cell(t, row("province", "北京市", "(all)"), "rank")).isEqualTo(4L);
        assertThat(cell(t, sc, "areas_ranked")).isEqualTo(4L);
        assertThat(cell(t, row("province", "广东省", "(all)"), "is_peer")).isEqualTo("yes");
        assertThat(cell(t, row("province", "北京市", "(all)"), "is_peer")).isEqualTo("no");
        // sep: national r4, r5, r6, r11 = 4; 广东 2 (1st), 四川 1 and 北京 1 (both 2nd)
        List<Object> scSep = row("province", "四川省", "sep");
        assertThat(cell(t, scSep, "reference_count")).isEqualTo(4L);
        assertThat((Double) cell(t, scSep, "share")).isCloseTo(0.25, within(EPS));
        assertThat(cell(t, scSep, "rank")).isEqualTo(2L);
        assertThat(cell(t, row("province", "北京市", "sep"), "rank")).isEqualTo(2L);
        assertThat(cell(t, row("province", "广东省", "sep"), "rank")).isEqualTo(1L);
    }

    @Test
    void rtaAgainstTheNationAndGrowth() {
        // RTA(四川, sep) = (1/4) / (4/9) = 0.5625; RTA(广东, sep) = (2/2) / (4/9) = 2.25; RTA(江苏, ele) = (2/2) / (2/9) = 4.5
        assertThat((Double) cell(t, row("province", "四川省", "sep"), "rta")).isCloseTo(0.5625, within(EPS));
        assertThat((Double) cell(t, row("province", "广东省", "sep"), "rta")).isCloseTo(2.25, within(EPS));
        assertThat((Double) cell(t, row("province", "江苏省", "ele"), "rta")).isCloseTo(4.5, within(EPS));
        // 四川 in cat: (3/4) / (3/9) = 2.25 (r12 is Japanese, not national)
        assertThat((Double) cell(t, row("province", "四川省", "cat"), "rta")).isCloseTo(2.25, within(EPS));
        assertThat(cell(t, row("province", "四川省", "cat"), "reference_count")).isEqualTo(3L);
        // 四川 all nodes 2019 r1 → 2023 r3: (1/1)^(1/4) − 1 = 0 over 4 filings in the window (r1, r2, r4, r3)
        List<Object> sc = row("province", "四川省", "(all)");
        assertThat((Double) cell(t, sc, "cagr")).isCloseTo(0.0, within(EPS));
        assertThat(cell(t, sc, "growth_base")).isEqualTo(4L);
        assertThat(cell(t, sc, "rta")).isNull(); // the all-nodes row has no RTA (1 by definition)
    }

    @Test
    void belowTheMinimumBaseTheRtaIsNotReported() {
        MetricTable std = table(PositioningModule.compute(PositioningFixture.context(), new MinimumBase(1, 5)),
                RegionRanking.TABLE_ID);
        // 四川 has 4 tagged records < 5: n/a, with its base beside it
        List<Object> r = std.rows().stream().filter(x -> "四川省".equals(cell(std, x, "area_code")) && "sep".equals(cell(std, x, "node")))
                .findFirst().orElseThrow();
        assertThat(cell(std, r, "rta")).isNull();
        assertThat(cell(std, r, "rta_base")).isEqualTo(4L);
        assertThat(cell(std, r, "count")).isEqualTo(1L);
    }

    @Test
    void theRegionRowsAgreeWithRegionByNode() {
        MetricTable byNode = table(result, "region_by_node");
        for (List<Object> b : byNode.rows()) {
            String node = (String) cell(byNode, b, "node");
            List<Object> r = row("province", "四川省", node);
            assertThat(cell(t, r, "count")).as(node).isEqualTo(cell(byNode, b, "region_count"));
            assertThat(cell(t, r, "reference_count")).as(node).isEqualTo(cell(byNode, b, "national_count"));
        }
    }

    @Test
    void columnsAreTyped() {
        assertThat(t.kind("share")).contains(ColumnKind.SHARE);
        assertThat(t.kind("rta")).contains(ColumnKind.INDEX);
        assertThat(t.kind("cagr")).contains(ColumnKind.RATE);
        assertThat(t.kind("count")).contains(ColumnKind.COUNT);
        assertThat(t.kinds().keySet()).containsExactlyInAnyOrderElementsOf(t.columns());
    }

    @Test
    void aCityRegionRanksTheProvincesAndTheCitiesOfItsProvince() {
        MetricContext c = PositioningFixture.context();
        MetricContext city = new MetricContext(c.records(), c.map(), c.unit(), new Region(Region.Level.CITY, "成都市", "成都市"),
                List.of(), c.fromYear(), c.toYear(), c.lastCompleteYear());
        MetricTable ct = table(PositioningModule.compute(city, new MinimumBase(1, 1)), RegionRanking.TABLE_ID);
        List<Object> chengdu = ct.rows().stream().filter(r -> "city".equals(cell(ct, r, "level"))
                && "成都市".equals(cell(ct, r, "area_code")) && "(all)".equals(cell(ct, r, "node"))).findFirst().orElseThrow();
        // both Sichuan applicants are in 成都市: r1–r4; national reference 9
        assertThat(cell(ct, chengdu, "count")).isEqualTo(4L);
        assertThat(cell(ct, chengdu, "reference_count")).isEqualTo(9L);
        assertThat(cell(ct, chengdu, "rank")).isEqualTo(1L);
        assertThat(cell(ct, chengdu, "is_region")).isEqualTo("yes");
        // 四川省 has 21 prefecture-level divisions, each a row of every node
        long cities = ct.rows().stream().filter(r -> "city".equals(cell(ct, r, "level")) && "(all)".equals(cell(ct, r, "node"))).count();
        assertThat(cities).isEqualTo(21);
        assertThat(ct.rows().stream().filter(r -> "province".equals(cell(ct, r, "level")) && "(all)".equals(cell(ct, r, "node"))).count())
                .isEqualTo(34);
    }

    @Test
    void aCountryRegionRanksTheCountriesAgainstTheWorld() {
        MetricContext c = PositioningFixture.context();
        MetricContext cn = new MetricContext(c.records(), c.map(), c.unit(), new Region(Region.Level.COUNTRY, "CN", "CN"),
                List.of(new Region(Region.Level.COUNTRY, "US", "US")), c.fromYear(), c.toYear(), c.lastCompleteYear());
        MetricTable ct = table(PositioningModule.compute(cn, new MinimumBase(1, 1)), RegionRanking.TABLE_ID);
        List<Object> china = ct.rows().stream().filter(r -> "country".equals(cell(ct, r, "level"))
                && "CN".equals(cell(ct, r, "area_code")) && "(all)".equals(cell(ct, r, "node"))).findFirst().orElseThrow();
        // CN 9 of the world's 12; US 2 (r7, r8); JP 1 (r12)
        assertThat(cell(ct, china, "count")).isEqualTo(9L);
        assertThat(cell(ct, china, "reference")).isEqualTo("world");
        assertThat(cell(ct, china, "reference_count")).isEqualTo(12L);
        assertThat(cell(ct, china, "is_region")).isEqualTo("yes");
        List<Object> us = ct.rows().stream().filter(r -> "US".equals(cell(ct, r, "area_code")) && "(all)".equals(cell(ct, r, "node")))
                .findFirst().orElseThrow();
        assertThat(cell(ct, us, "rank")).isEqualTo(2L);
        assertThat(cell(ct, us, "is_peer")).isEqualTo("yes");
        // and China's provinces below, against the nation
        assertThat(ct.rows().stream().anyMatch(r -> "province".equals(cell(ct, r, "level")))).isTrue();
    }

    @Test
    void competitionRanks() {
        assertThat(RegionRanking.ranks(java.util.Map.of("a", 5L, "b", 3L, "c", 5L, "d", 0L, "e", 1L)))
                .containsEntry("a", 1L).containsEntry("c", 1L).containsEntry("b", 3L).containsEntry("e", 4L)
                .doesNotContainKey("d");
    }
}
