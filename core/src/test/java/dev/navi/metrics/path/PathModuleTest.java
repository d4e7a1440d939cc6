package dev.navi.metrics.path;

import dev.navi.metrics.MetricContext;
import dev.navi.metrics.MetricTable;
import dev.navi.metrics.ModuleResult;
import dev.navi.metrics.positioning.PositioningFixture;
import dev.navi.metrics.positioning.PositioningModule;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.navi.metrics.positioning.PositioningFixture.cell;
import static dev.navi.metrics.positioning.PositioningFixture.column;
import static dev.navi.metrics.positioning.PositioningFixture.row;
import static dev.navi.metrics.positioning.PositioningFixture.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Fixture and hand-worked counts: see {@link PositioningFixture}. Weak nodes (GAP/WEAK) = sep, ele. */
class PathModuleTest {
    private static final double EPS = 1e-9;
    private final MetricContext ctx = PositioningFixture.context();
    private final ModuleResult result = PathModule.compute(ctx, PositioningModule.compute(ctx, 1), 1);

    @Test
    void aFirmWhoseGroupIsAlreadyInTheRegionIsNoIntroductionTarget() {
        // given Acme's group also owns a Sichuan subsidiary (one more record, in a strong node)
        java.util.List<dev.navi.metrics.MetricRecord> records = new java.util.ArrayList<>(PositioningFixture.records());
        dev.navi.metrics.Actor acmeSichuan = new dev.navi.metrics.Actor("Acme 成都有限公司", "Acme", "enterprise", "CN", "四川省", "成都市");
        records.add(new dev.navi.metrics.MetricRecord("r13", "CN13A", "t", 2020, 2020, "CN", java.util.List.of("CN"),
                java.util.List.of("CN"), java.util.List.of(acmeSichuan), java.util.List.of("周八"), java.util.Set.of("cat"),
                java.util.List.of(), null, dev.navi.model.LegalStatus.ACTIVE, true, 0, null, null, null, null, null, null,
                null, java.util.List.of()));
        MetricContext withGroup = new MetricContext(records, ctx.map(), ctx.unit(), ctx.region(), ctx.peers(), ctx.fromYear(),
                ctx.toYear(), ctx.lastCompleteYear());
        // when
        ModuleResult r = PathModule.compute(withGroup, PositioningModule.compute(withGroup, 1), 1);
        // then Acme Corp, the first target without it, is not listed: its group is present in 四川省
        MetricTable t = PositioningFixture.table(r, "enterprise_targets");
        assertThat(PositioningFixture.column(t, "applicant")).doesNotContain("Acme Corp");
        assertThat(PositioningFixture.column(PositioningFixture.table(result, "enterprise_targets"), "applicant")).contains("Acme Corp");
    }

    @Test
    void patentHoldingCompaniesAndDefenceFirmsRankLastAndAreFlagged() {
        // given Elwha LLC (a patent-holding company) and Lockheed Martin with 3 weak-node filings each, more than any
        // other non-Sichuan enterprise (2)
        java.util.List<dev.navi.metrics.MetricRecord> records = new java.util.ArrayList<>(PositioningFixture.records());
        dev.navi.metrics.Actor elwha = new dev.navi.metrics.Actor("Elwha LLC", "Elwha", "enterprise", "US", null, null);
        dev.navi.metrics.Actor lockheed = new dev.navi.metrics.Actor("Lockheed Martin Corporation", "Lockheed Martin",
                "enterprise", "US", null, null);
        for (int i = 0; i < 3; i++) {
            records.add(rec("e" + i, elwha, "Hyde"));
            records.add(rec("l" + i, lockheed, "Jones"));
        }
        MetricContext c = new MetricContext(records, ctx.map(), ctx.unit(), ctx.region(), ctx.peers(), ctx.fromYear(),
                ctx.toYear(), ctx.lastCompleteYear());
        // when
        ModuleResult r = PathModule.compute(c, PositioningModule.compute(c, 1), 1);
        // then the firms a region can attract come first, the flagged ones after them, with the reason saying why
        MetricTable t = PositioningFixture.table(r, "enterprise_targets");
        assertThat(column(t, "applicant")).containsExactly("Acme Corp", "深圳乙公司", "苏州丙公司", "Elwha LLC",
                "Lockheed Martin Corporation");
        assertThat(cell(t, row(t, "applicant", "Elwha LLC"), "flag")).isEqualTo("npe");
        assertThat(cell(t, row(t, "applicant", "Lockheed Martin Corporation"), "flag")).isEqualTo("defence");
        assertThat((String) cell(t, row(t, "applicant", "Elwha LLC"), "reasons")).startsWith("【注意：专利运营/控股公司");
        // and an inventor of the patent-holding company ranks after the others in the talent list
        MetricTable tal = PositioningFixture.table(r, "talent_targets");
        List<Object> hyde = row(tal, "inventor", "Hyde");
        assertThat(cell(tal, hyde, "flag")).isEqualTo("npe");
        assertThat(tal.rows().indexOf(hyde)).isGreaterThan(tal.rows().indexOf(row(tal, "inventor", "王五")));
    }

    private static dev.navi.metrics.MetricRecord rec(String id, dev.navi.metrics.Actor a, String inventor) {
        return new dev.navi.metrics.MetricRecord(id, "US" + id, "t", 2022, 2022, "US", java.util.List.of("US"),
                java.util.List.of("US"), java.util.List.of(a), java.util.List.of(inventor), java.util.Set.of("sep"),
                java.util.List.of(), null, dev.navi.model.LegalStatus.ACTIVE, true, 0, null, null, null, null, null, null,
                null, java.util.List.of());
    }

    @Test
    void cultivationNeedsAMinimumBase() {
        // 成都甲公司 has 3 filings in the two windows (r1 2019; r2, r3 2021–2023) < 5: not listed with the real base
        ModuleResult r = PathModule.compute(ctx, PositioningModule.compute(ctx, 1));
        assertThat(PositioningFixture.table(r, "local_potential_firms").rows()).isEmpty();
    }

    @Test
    void tablesInOrderAndEveryListHasReasons() {
        assertThat(result.tables()).extracting(MetricTable::id).containsExactly("structure_priorities",
                "enterprise_targets", "local_potential_firms", "talent_targets", "cooperation_partners",
                "co_applicant_network", "operation_reserve");
        for (MetricTable t : result.tables()) {
            assertThat(t.columns()).contains("reasons", "reasons_en");
            assertThat(t.rows()).as(t.id()).isNotEmpty();
        }
    }

    @Test
    void noPositioningGivesAnEmptyResult() {
        assertThat(PathModule.compute(ctx, null).tables()).isEmpty();
    }

    @Test
    void structurePriorities() {
        MetricTable t = table(result, "structure_priorities");
        // strengthen: ele (GAP, world CAGR 18.9%) before sep (WEAK, 0.0%); consolidate: cat (ESTABLISHED: RTA 2.25 but
        // regional growth 0 % below the 7.5 % benchmark)
        assertThat(column(t, "node")).containsExactly("ele", "sep", "cat");
        assertThat(column(t, "action")).containsExactly("strengthen", "strengthen", "consolidate");
        assertThat((String) cell(t, row(t, "node", "sep"), "reasons"))
                .isEqualTo("四川省在该环节申请1件，占全球20.0%，RTA为0.60（薄弱），而该环节全球年均增长0.0%");
    }

    @Test
    void enterpriseTargets() {
        MetricTable t = table(result, "enterprise_targets");
        // non-Sichuan enterprises in sep/ele, recent (2021–2023) ≥ 1; records in weak nodes = 8 (sep 5 + ele 3)
        // Acme Corp: r7 sep 2022, r8 ele 2023 → 2, recent 2, share 2/8 = 0.25
        // 深圳乙公司: r5, r6 → 2, recent 1; 苏州丙公司: r9, r10 → 2, recent 1 → tie, broken by name (深 U+6DF1 < 苏 U+82CF)
        // 成都甲公司 is local → excluded
        assertThat(column(t, "applicant")).containsExactly("Acme Corp", "深圳乙公司", "苏州丙公司");
        List<Object> acme = row(t, "applicant", "Acme Corp");
        assertThat(cell(t, acme, "weak_node_count")).isEqualTo(2L);
        assertThat(cell(t, acme, "recent_count")).isEqualTo(2L);
        assertThat((Double) cell(t, acme, "weak_node_share")).isCloseTo(0.25, within(EPS));
        assertThat(cell(t, acme, "top_weak_nodes")).isEqualTo("sep;ele");
        assertThat(cell(t, acme, "reasons"))
                .isEqualTo("占全球薄弱/空白环节申请的25.0%（2件）；近三年（2021–2023）申请2件，前三年无申请（新进入）；"
                        + "篇均被引7.0次；主要环节：隔膜、电解液"); // mean citations (8 (r7) + 6 (r8)) / 2 = 7.0
        assertThat(cell(t, acme, "flag")).isNull();
        assertThat(cell(t, acme, "country")).isEqualTo("US");
    }

    @Test
    void localPotentialFirms() {
        MetricTable t = table(result, "local_potential_firms");
        // 成都甲公司: 2021–2023 r2, r3 = 2 against 2018–2020 r1 = 1; Sichuan filed 3 in 2021–2023 (r2, r3, r4)
        assertThat(column(t, "applicant")).containsExactly("成都甲公司");
        assertThat(cell(t, t.rows().get(0), "previous_count")).isEqualTo(1L);
        assertThat((Double) cell(t, t.rows().get(0), "recent_share_of_region")).isCloseTo(2 / 3.0, within(EPS));
        // the reason is analytic (share, growth multiple, quality), not "增加1件"
        assertThat((String) cell(t, t.rows().get(0), "reasons")).isEqualTo("占四川省近三年（2021–2023）申请的66.7%；"
                + "近三年（2021–2023）申请2件，为前三年（1件）的2.0倍；篇均被引3.0次；主要环节：正极材料").doesNotContain("增加");
    }

    @Test
    void talentTargets() {
        MetricTable t = table(result, "talent_targets");
        // inventors on no Sichuan record, in sep/ele, recent ≥ 1:
        // Smith r7, r8 → 2, mean cited (8 + 6)/2 = 7; 王五 r5, r6 → 2, mean (10 + 4)/2 = 7 → tie, by name ("S" < "王")
        // 赵六 2, mean 1; 钱七 1 (r11 2021). 李四 is on Sichuan records; Tanaka only in cat.
        assertThat(column(t, "inventor")).containsExactly("Smith", "王五", "赵六", "钱七");
        List<Object> w = row(t, "inventor", "王五");
        assertThat(cell(t, w, "affiliation")).isEqualTo("深圳乙公司");
        assertThat(cell(t, w, "recent_count")).isEqualTo(1L);
        assertThat((Double) cell(t, w, "mean_cited_by")).isCloseTo(7.0, within(EPS));
        assertThat(cell(t, w, "reasons")).isEqualTo("在薄弱/空白环节（隔膜）参与申请2件，近三年1件，篇均被引7.0次；所属单位：深圳乙公司");
    }

    @Test
    void cooperation() {
        MetricTable t = table(result, "cooperation_partners");
        // 四川大学 (r4 sep, active) and 清华大学 (r11 sep, active): 1 transferable each, tie by name (四 U+56DB < 清 U+6E05)
        assertThat(column(t, "applicant")).containsExactly("四川大学", "清华大学");
        assertThat(column(t, "in_region")).containsExactly("yes", "no");
        MetricTable n = table(result, "co_applicant_network");
        // r3: 四川大学 + 成都甲公司 (四 U+56DB < 成 U+6210)
        assertThat(n.rows()).hasSize(1);
        assertThat(n.rows().get(0).subList(0, 5)).containsExactly("四川大学", "university", "成都甲公司", "enterprise", 1L);
        // reasons name the nodes as a person reads them; the ids stay in top_nodes
        String nodes = (String) n.rows().get(0).get(n.columns().indexOf("top_nodes"));
        String reason = (String) n.rows().get(0).get(n.columns().indexOf("reasons"));
        assertThat(reason).startsWith("共同申请1件，涉及");
        for (String id : nodes.split(";")) {
            assertThat(reason).doesNotContain(id);
        }
    }

    @Test
    void operationReserve() {
        MetricTable t = table(result, "operation_reserve");
        // key product = sep: r4 (active, university), r5, r6 (active), r7 (lapsed), r11 (active, university)
        // score = 100 × 0.4 × citedBy / 10 (family, claims, vendor score missing → 0): r5 40, r6 16, r7 32, r4 8, r11 4
        assertThat(column(t, "publication")).containsExactly("CN5A", "CN6A", "CN4A", "CN11A", "CN7A");
        assertThat(column(t, "category")).containsExactly("license_transfer", "license_transfer", "university_licensing",
                "university_licensing", "free_to_use");
        assertThat((Double) cell(t, row(t, "publication", "CN5A"), "score")).isCloseTo(40.0, within(EPS));
        assertThat((Double) cell(t, row(t, "publication", "CN7A"), "score")).isCloseTo(32.0, within(EPS));
        assertThat(cell(t, row(t, "publication", "CN4A"), "holder_in_region")).isEqualTo("yes");
        assertThat(cell(t, row(t, "publication", "CN4A"), "key_nodes")).isEqualTo("sep");
        assertThat((String) cell(t, row(t, "publication", "CN4A"), "reasons")).contains("关键产品环节隔膜；").doesNotContain("sep");
    }

    @Test
    void findingsAndDeterminism() {
        assertThat(result.findingsZh().get(0)).isEqualTo("四川省需补强的薄弱/空白环节共2个：隔膜、电解液。");
        assertThat(result.findingsEn()).hasSameSizeAs(result.findingsZh());
        assertThat(PathModule.compute(ctx, PositioningModule.compute(ctx, 1), 1)).isEqualTo(result);
    }
}
