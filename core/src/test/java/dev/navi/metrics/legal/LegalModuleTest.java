package dev.navi.metrics.legal;

import dev.navi.metrics.Actor;
import dev.navi.metrics.MetricContext;
import dev.navi.metrics.MetricRecord;
import dev.navi.metrics.MetricTable;
import dev.navi.metrics.ModuleResult;
import dev.navi.metrics.positioning.PositioningFixture;
import dev.navi.model.LegalStatus;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Hand-worked fixture: an export with legal status, transfer and licence counts but no pledge or litigation field.
 * <pre>
 *  id  year node applicants status   transfers licences
 *  r1  2020 cat  A          ACTIVE   1         0
 *  r2  2020 sep  A, B       LAPSED   0         1
 *  r3  2021 cat  B          PENDING  —         —        (blank cells: no event)
 *  r4  2021 ele  C          —        0         0
 *  r5  2022 sep  A          UNKNOWN  3         1        (a status text navi cannot read)
 * </pre>
 */
class LegalModuleTest {
    private static final Actor A = new Actor("Alpha Co", "Alpha", "enterprise", "US", null, null);
    private static final Actor B = new Actor("Beta Univ", "Beta Univ", "university", "CN", "四川省", "成都市");
    private static final Actor C = new Actor("Gamma Ltd", "Gamma", "enterprise", "CN", "广东省", "深圳市");

    private static MetricRecord rec(String id, int year, String node, List<Actor> apps, LegalStatus st, Integer transfers,
                                    Integer licences) {
        return new MetricRecord(id, "CN" + id + "A", "t", year, year, "CN", List.of("CN"), List.of("CN"), apps, List.of(),
                Set.of(node), List.of(), null, st, false, null, null, null, transfers, licences, null, null, null, List.of(),
                year, year, List.of());
    }

    private static final List<MetricRecord> RECORDS = List.of(
            rec("r1", 2020, "cat", List.of(A), LegalStatus.ACTIVE, 1, 0),
            rec("r2", 2020, "sep", List.of(A, B), LegalStatus.LAPSED, 0, 1),
            rec("r3", 2021, "cat", List.of(B), LegalStatus.PENDING, null, null),
            rec("r4", 2021, "ele", List.of(C), null, 0, 0),
            rec("r5", 2022, "sep", List.of(A), LegalStatus.UNKNOWN, 3, 1));

    private final ModuleResult result = LegalModule.compute(new MetricContext(RECORDS, PositioningFixture.map(),
            "application", null, List.of(), 2020, 2022, 2021));

    private MetricTable table(String id) {
        return result.tables().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<Object> row(MetricTable t, String first) {
        return t.rows().stream().filter(r -> first.equals(String.valueOf(r.get(0))) || first.equals(r.get(1)))
                .findFirst().orElseThrow();
    }

    private static Object cell(MetricTable t, List<Object> row, String column) {
        return row.get(t.columns().indexOf(column));
    }

    @Test
    void fieldsTableCountsTheRecordsThatCarryEachField() {
        MetricTable f = table(LegalModule.FIELDS);
        assertThat(f.rows()).containsExactly(Arrays.asList("legal_status", 4L, 5L), Arrays.asList("transfers", 4L, 5L),
                Arrays.asList("licences", 4L, 5L), Arrays.asList("pledges", 0L, 5L), Arrays.asList("litigations", 0L, 5L));
    }

    @Test
    void statusSharesAreOfTheRecordsWithAKnownStatus() {
        MetricTable s = table(LegalModule.STATUS);
        List<Object> all = s.rows().get(0);
        assertThat(all.subList(0, 7)).containsExactly("(all)", 0L, 5L, 3L, 1L, 1L, 1L);
        assertThat((Double) cell(s, all, "active_share")).isCloseTo(1.0 / 3, within(1e-12));
        List<Object> cat = row(s, "cat");
        assertThat(cat.subList(2, 7)).containsExactly(2L, 2L, 1L, 1L, 0L);
        assertThat((Double) cell(s, cat, "active_share")).isCloseTo(0.5, within(1e-12));
        assertThat(cell(s, row(s, "ele"), "active_share")).isNull();
    }

    @Test
    void eventsByYearCountRecordsAndLeaveKindsTheExportsLackEmpty() {
        MetricTable y = table(LegalModule.BY_YEAR);
        assertThat(y.rows()).hasSize(3);
        List<Object> y2020 = y.rows().get(0);
        assertThat(y2020).containsExactly(2020L, "yes", 2L, 1L, 1L, null, null, 2L, 1.0);
        assertThat(y.rows().get(1)).containsExactly(2021L, "yes", 2L, 0L, 0L, null, null, 0L, 0.0);
        assertThat(y.rows().get(2)).containsExactly(2022L, "no", 1L, 1L, 1L, null, null, 1L, 1.0);
    }

    @Test
    void holdersAreRankedByOperatedRecordsWithFullCounting() {
        MetricTable h = table(LegalModule.BY_HOLDER);
        assertThat(h.rows()).hasSize(2);
        assertThat(h.rows().get(0)).containsExactly(1L, "Alpha Co", "enterprise", "US", 3L, 2L, 2L, null, null, 3L, 1.0);
        assertThat(h.rows().get(1)).containsExactly(2L, "Beta Univ", "university", "CN", 2L, 0L, 1L, null, null, 1L, 0.5);
    }

    @Test
    void findingsStateTheSharesAndWhichFieldsTheExportsLack() {
        assertThat(result.findingsZh()).contains("已知法律状态的3件中，有效33.3%、审中33.3%、失效33.3%。",
                "发生过转让、许可、质押或诉讼的专利3件（占60.0%），其中转让2件，许可2件。",
                "本次导出数据不含质押、诉讼字段，相应分析未进行。");
        assertThat(result.findingsEn()).contains("The exports carry no pledge or litigation field, so those analyses were not made.");
        assertThat(result.findingsEn()).noneMatch(s -> s.matches(".*\\p{IsHan}.*"));
    }

    @Test
    void withoutAnyFieldOnlyTheFieldsTableIsMade() {
        List<MetricRecord> bare = RECORDS.stream().map(r -> rec(r.id(), r.applicationYear(), "cat", r.applicants(), null,
                null, null)).toList();
        ModuleResult r = LegalModule.compute(new MetricContext(bare, PositioningFixture.map(), "application", null,
                List.of(), 2020, 2022, 2021));
        assertThat(r.tables()).extracting(MetricTable::id).containsExactly(LegalModule.FIELDS);
        assertThat(r.definitions()).isEmpty();
        assertThat(result.definitions()).extracting(d -> d.id()).containsExactly("legal_status_share", "operated_record");
        assertThat(r.findingsZh()).containsExactly("本次导出数据不含法律状态、转让、许可、质押、诉讼字段，相应分析未进行。");
    }
}
