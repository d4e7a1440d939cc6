package dev.navi.metrics.positioning;

import dev.navi.chain.map.ChainMap;
import dev.navi.chain.map.ChainMapReader;
import dev.navi.metrics.Actor;
import dev.navi.metrics.ColumnKind;
import dev.navi.metrics.MetricContext;
import dev.navi.metrics.MetricRecord;
import dev.navi.metrics.MetricTable;
import dev.navi.metrics.positioning.QualityIndicators.Indicator;
import dev.navi.metrics.stats.MinimumBase;
import dev.navi.model.LegalStatus;
import dev.navi.model.PatentType;
import dev.navi.project.Region;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static dev.navi.metrics.positioning.PositioningFixture.cell;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * {@link QualityIndicators} on eight hand-made records in one node {@code a}, region 四川省, no peers:
 * <pre>
 *  id  year applicants      type  status  granted citedBy markets  origin ops (transfer/licence/pledge)
 *  q1  2020 SC ent          INV   ACTIVE  yes     4       CN,US    CN     1/-/-
 *  q2  2020 SC ent+SC univ  INV   LAPSED  no      0       CN       CN     0/-/-
 *  q3  2021 SC ent          UM    ACTIVE  yes     2       CN       CN     -/-/-   (no operation fields)
 *  q4  2021 SC univ         INV   PENDING no      -       CN,WO    CN     -/2/-
 *  q5  2020 GD ent          INV   LAPSED  yes     2       CN       CN     -/-/1
 *  q6  2021 GD ent          INV   ACTIVE  yes     6       CN,EP    CN     0/-/-
 *  q7  2020 US ent          INV   ACTIVE  yes     6       US,CN    US     0/-/-
 *  q8  2021 US ent          -     -       no      4       US       US     -/-/-
 * </pre>
 * Cohort means of citedBy (node a): 2020 (q1 4, q2 0, q5 2, q7 6) = 3; 2021 (q3 2, q6 6, q8 4; q4 has none) = 4.
 */
class QualityIndicatorsTest {
    private static final double EPS = 1e-9;
    static final Actor SC_ENT = new Actor("成都甲公司", "甲", "enterprise", "CN", "四川省", "成都市");
    static final Actor SC_UNI = new Actor("四川大学", "四川大学", "university", "CN", "四川省", "成都市");
    static final Actor GD_ENT = new Actor("深圳乙公司", "乙", "enterprise", "CN", "广东省", "深圳市");
    static final Actor US_ENT = new Actor("Acme Corp", "Acme", "enterprise", "US", null, null);

    static ChainMap map() {
        return ChainMapReader.read("q.yaml", """
                industry:
                  id: q
                  zh: 测试
                  en: Test
                nodes:
                  - id: a
                    zh: 甲环节
                    en: Node A
                    ipc: [H01M4]
                """).orThrow();
    }

    static MetricRecord rec(String id, int year, List<Actor> apps, PatentType type, LegalStatus st, boolean granted,
                            Integer cited, List<String> markets, String origin, Integer transfers, Integer licences,
                            Integer pledges) {
        return new MetricRecord(id, "CN" + id + "A", id, year, year, markets.get(0), markets, List.of(origin), apps, List.of(),
                Set.of("a"), List.of(), type, st, granted, cited, null, null, transfers, licences, pledges, null, null,
                List.of());
    }

    static List<MetricRecord> records() {
        return List.of(
                rec("q1", 2020, List.of(SC_ENT), PatentType.INVENTION, LegalStatus.ACTIVE, true, 4, List.of("CN", "US"), "CN", 1, null, null),
                rec("q2", 2020, List.of(SC_ENT, SC_UNI), PatentType.INVENTION, LegalStatus.LAPSED, false, 0, List.of("CN"), "CN", 0, null, null),
                rec("q3", 2021, List.of(SC_ENT), PatentType.UTILITY_MODEL, LegalStatus.ACTIVE, true, 2, List.of("CN"), "CN", null, null, null),
                rec("q4", 2021, List.of(SC_UNI), PatentType.INVENTION, LegalStatus.PENDING, false, null, List.of("CN", "WO"), "CN", null, 2, null),
                rec("q5", 2020, List.of(GD_ENT), PatentType.INVENTION, LegalStatus.LAPSED, true, 2, List.of("CN"), "CN", null, null, 1),
                rec("q6", 2021, List.of(GD_ENT), PatentType.INVENTION, LegalStatus.ACTIVE, true, 6, List.of("CN", "EP"), "CN", 0, null, null),
                rec("q7", 2020, List.of(US_ENT), PatentType.INVENTION, LegalStatus.ACTIVE, true, 6, List.of("US", "CN"), "US", 0, null, null),
                rec("q8", 2021, List.of(US_ENT), null, null, false, 4, List.of("US"), "US", null, null, null));
    }

    static MetricContext context(List<MetricRecord> records) {
        return new MetricContext(records, map(), "application", new Region(Region.Level.PROVINCE, "四川省", "四川省"),
                List.of(), 2015, 2024, 2023);
    }

    private final QualityIndicators.Result q = QualityIndicators.compute(context(records()), new MinimumBase(1, 1));

    private double v(String scope, Indicator i) {
        return q.value(q.scope(scope), "a", i);
    }

    private long base(String scope, Indicator i) {
        return q.base(q.scope(scope), "a", i);
    }

    @Test
    void scopesAreRegionNationWorld() {
        assertThat(q.scopes()).extracting(QualityIndicators.Scope::key).containsExactly("region", "nation", "world");
        assertThat(q.scopes().get(0).nameEn()).isEqualTo("Sichuan");
        assertThat(q.scopes().get(1).nameEn()).isEqualTo("China");
    }

    @Test
    void inventionShare() {
        // region q1–q4: inventions q1, q2, q4 of 4 typed; nation q1–q6: 5 of 6; world: q8 untyped, 6 of 7
        assertThat(v("region", Indicator.INVENTION_SHARE)).isCloseTo(0.75, within(EPS));
        assertThat(base("region", Indicator.INVENTION_SHARE)).isEqualTo(4);
        assertThat(v("nation", Indicator.INVENTION_SHARE)).isCloseTo(5 / 6.0, within(EPS));
        assertThat(v("world", Indicator.INVENTION_SHARE)).isCloseTo(6 / 7.0, within(EPS));
        assertThat(base("world", Indicator.INVENTION_SHARE)).isEqualTo(7);
    }

    @Test
    void grantRateOfDecidedInventions() {
        // region: q1 granted, q2 lapsed without a grant (refused/withdrawn), q4 pending (not decided) → 1 / 2
        assertThat(v("region", Indicator.GRANT_RATE)).isCloseTo(0.5, within(EPS));
        assertThat(base("region", Indicator.GRANT_RATE)).isEqualTo(2);
        // nation adds q5 (granted, since lapsed) and q6 (granted) → 3 / 4; world adds q7 (granted; q8 has no status) → 4 / 5
        assertThat(v("nation", Indicator.GRANT_RATE)).isCloseTo(0.75, within(EPS));
        assertThat(v("world", Indicator.GRANT_RATE)).isCloseTo(0.8, within(EPS));
    }

    @Test
    void grantedStillInForce() {
        // region: granted with a known status q1 (in force), q3 (utility model, in force) → 2 / 2
        assertThat(v("region", Indicator.IN_FORCE_SHARE)).isCloseTo(1.0, within(EPS));
        assertThat(base("region", Indicator.IN_FORCE_SHARE)).isEqualTo(2);
        // nation adds q5 (lapsed after its grant) and q6 (in force) → 3 / 4
        assertThat(v("nation", Indicator.IN_FORCE_SHARE)).isCloseTo(0.75, within(EPS));
    }

    @Test
    void overseasFamilies() {
        // region: q1 (US member) and q4 (WO) of 4; nation adds q6 (EP) → 3 / 6; world: q7 (home US, CN member) → 4 / 8
        assertThat(v("region", Indicator.OVERSEAS_SHARE)).isCloseTo(0.5, within(EPS));
        assertThat(v("nation", Indicator.OVERSEAS_SHARE)).isCloseTo(0.5, within(EPS));
        assertThat(v("world", Indicator.OVERSEAS_SHARE)).isCloseTo(0.5, within(EPS));
        assertThat(base("world", Indicator.OVERSEAS_SHARE)).isEqualTo(8);
    }

    @Test
    void citationsNormalisedByCohort() {
        // region: q1 4/3, q2 0/3, q3 2/4 (q4 has no count) → (1.3333 + 0 + 0.5) / 3 = 0.61111
        assertThat(v("region", Indicator.CITATION_INDEX)).isCloseTo((4 / 3.0 + 0 + 0.5) / 3, within(EPS));
        assertThat(base("region", Indicator.CITATION_INDEX)).isEqualTo(3);
        // nation adds q5 2/3 and q6 6/4 → (4/3 + 0 + 0.5 + 2/3 + 1.5) / 5 = 0.8
        assertThat(v("nation", Indicator.CITATION_INDEX)).isCloseTo(0.8, within(EPS));
        // the world is its own cohort: 1
        assertThat(v("world", Indicator.CITATION_INDEX)).isCloseTo(1.0, within(EPS));
    }

    @Test
    void industryAcademiaAndOperation() {
        // q2 is the only enterprise + university record: region 1/4, nation 1/6, world 1/8
        assertThat(v("region", Indicator.INDUSTRY_ACADEMIA_SHARE)).isCloseTo(0.25, within(EPS));
        assertThat(v("nation", Indicator.INDUSTRY_ACADEMIA_SHARE)).isCloseTo(1 / 6.0, within(EPS));
        assertThat(v("world", Indicator.INDUSTRY_ACADEMIA_SHARE)).isCloseTo(1 / 8.0, within(EPS));
        // operation over the records that carry the counts: region q1 (transfer), q2 (0), q4 (licence) → 2/3;
        // nation adds q5 (pledge), q6 (0) → 3/5; world adds q7 (0) → 3/6 (q3 and q8 carry none)
        assertThat(v("region", Indicator.OPERATION_SHARE)).isCloseTo(2 / 3.0, within(EPS));
        assertThat(base("region", Indicator.OPERATION_SHARE)).isEqualTo(3);
        assertThat(v("nation", Indicator.OPERATION_SHARE)).isCloseTo(0.6, within(EPS));
        assertThat(v("world", Indicator.OPERATION_SHARE)).isCloseTo(0.5, within(EPS));
    }

    @Test
    void highValueShare() {
        // value scores in node a (cohorts 2020: 3, 2021: 4; score = 0.5 c + 0.25 f + 0.25 l):
        //   q1 .4792, q2 0, q3 .3125, q4 .1875, q5 (2/3)/4·.5 + 0 + .25·.25 = .1458, q6 (1.5/4)·.5 + .0625 + .25 = .5,
        //   q7 (2/4)·.5 + .0625 + .25 = .5625, q8 (1/4)·.5 + 0 + .125 = .25
        // only records with a citation count are scored (q4 has none): top 10 % of 7 = 1 record, the threshold is
        // q7's .5625, so only q7 (a US record) is high-value
        assertThat(v("region", Indicator.HIGH_VALUE_SHARE)).isCloseTo(0.0, within(EPS));
        assertThat(base("region", Indicator.HIGH_VALUE_SHARE)).isEqualTo(3);
        assertThat(v("nation", Indicator.HIGH_VALUE_SHARE)).isCloseTo(0.0, within(EPS));
        assertThat(v("world", Indicator.HIGH_VALUE_SHARE)).isCloseTo(1 / 7.0, within(EPS));
        assertThat(base("world", Indicator.HIGH_VALUE_SHARE)).isEqualTo(7);
    }

    @Test
    void theTableCarriesValuesBasesAndKinds() {
        MetricTable t = q.table();
        List<Object> region = t.rows().stream().filter(r -> "region".equals(cell(t, r, "scope")) && "a".equals(cell(t, r, "node")))
                .findFirst().orElseThrow();
        assertThat((Double) cell(t, region, "grant_rate")).isCloseTo(0.5, within(EPS));
        assertThat(cell(t, region, "grant_rate_base")).isEqualTo(2L);
        assertThat(cell(t, region, "records")).isEqualTo(4L);
        // (all) equals the one node here
        List<Object> all = t.rows().stream().filter(r -> "region".equals(cell(t, r, "scope")) && "(all)".equals(cell(t, r, "node")))
                .findFirst().orElseThrow();
        assertThat(cell(t, all, "grant_rate")).isEqualTo(cell(t, region, "grant_rate"));
        assertThat(t.kind("grant_rate")).contains(ColumnKind.SHARE);
        assertThat(t.kind("citation_index")).contains(ColumnKind.INDEX);
        assertThat(t.kind("grant_rate_base")).contains(ColumnKind.COUNT);
        assertThat(t.rows()).hasSize(3 * 2); // (region, nation, world) × ((all), a)
    }

    @Test
    void belowTheMinimumBaseAValueIsNotReported() {
        QualityIndicators.Result std = QualityIndicators.compute(context(records()), MinimumBase.STANDARD);
        // 4 region records < 10: n/a, base kept
        assertThat(std.value(0, "a", Indicator.INVENTION_SHARE)).isNaN();
        assertThat(std.base(0, "a", Indicator.INVENTION_SHARE)).isEqualTo(4);
        MetricTable t = std.table();
        assertThat(cell(t, t.rows().get(0), "invention_share")).isNull();
    }

    @Test
    void aFieldNoRecordCarriesIsNotInTheseExports() {
        List<MetricRecord> noCitations = records().stream().map(r -> new MetricRecord(r.id(), r.publication(), r.title(),
                r.applicationYear(), r.priorityYear(), r.office(), r.markets(), r.origins(), r.applicants(), r.inventors(),
                r.nodes(), r.ipc(), r.type(), r.status(), r.granted(), null, r.familySize(), r.claims(), r.transfers(),
                r.licences(), r.pledges(), r.litigations(), r.valueScore(), r.techEffects())).toList();
        QualityIndicators.Result none = QualityIndicators.compute(context(noCitations), new MinimumBase(1, 1));
        assertThat(none.value(0, "a", Indicator.CITATION_INDEX)).isNaN();
        assertThat(none.available()[Indicator.CITATION_INDEX.ordinal()]).isFalse();
        MetricTable f = none.fields();
        List<Object> row = f.rows().stream().filter(r -> "citation_index".equals(cell(f, r, "indicator"))).findFirst().orElseThrow();
        assertThat(cell(f, row, "status")).isEqualTo("not in these exports");
        assertThat(cell(f, row, "status_zh")).isEqualTo("本批导出无此字段");
        assertThat(cell(f, row, "records_with_field")).isEqualTo(0L);
        List<Object> ops = f.rows().stream().filter(r -> "operation_share".equals(cell(f, r, "indicator"))).findFirst().orElseThrow();
        // q1, q2, q4, q5, q6, q7 carry an operation count
        assertThat(cell(f, ops, "records_with_field")).isEqualTo(6L);
        assertThat(cell(f, ops, "status")).isEqualTo("available");
    }
}
