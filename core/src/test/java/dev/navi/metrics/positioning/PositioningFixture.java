package dev.navi.metrics.positioning;

import dev.navi.chain.map.ChainMap;
import dev.navi.chain.map.ChainMapReader;
import dev.navi.metrics.Actor;
import dev.navi.metrics.MetricContext;
import dev.navi.metrics.MetricRecord;
import dev.navi.metrics.MetricTable;
import dev.navi.metrics.ModuleResult;
import dev.navi.model.LegalStatus;
import dev.navi.project.Region;

import java.util.List;
import java.util.Set;

/**
 * A hand-built fixture: 12 records, region 四川省, peers 广东省 and 江苏省, a 3-node map (cat, sep = key product, ele),
 * last complete year 2023 (growth window 2019–2023, recent window 2021–2023).
 * <pre>
 *  id   year node applicants          inventors     status  citedBy
 *  r1   2019 cat  成都甲公司(SC)       张三          ACTIVE  5
 *  r2   2021 cat  成都甲公司(SC)       张三          ACTIVE  3
 *  r3   2023 cat  四川大学(SC),成都甲公司 李四,张三  PENDING 1
 *  r4   2022 sep  四川大学(SC)         李四          ACTIVE  2
 *  r5   2019 sep  深圳乙公司(GD)       王五          ACTIVE  10
 *  r6   2023 sep  深圳乙公司(GD)       王五          ACTIVE  4
 *  r7   2022 sep  Acme Corp(US)       Smith         LAPSED  8
 *  r8   2023 ele  Acme Corp(US)       Smith         ACTIVE  6
 *  r9   2019 ele  苏州丙公司(JS)       赵六          ACTIVE  2
 *  r10  2023 ele  苏州丙公司(JS)       赵六          PENDING 0
 *  r11  2021 sep  清华大学(BJ, univ)   钱七          ACTIVE  1
 *  r12  2020 cat  Beta KK(JP)         Tanaka        ACTIVE  2
 * </pre>
 * Sichuan (any applicant in 四川省) = r1–r4: total 4; cat 3, sep 1, ele 0. Global: cat 4, sep 5, ele 3; total 12.
 */
public final class PositioningFixture {
    static final Actor SC1 = new Actor("成都甲公司", "甲集团", "enterprise", "CN", "四川省", "成都市");
    static final Actor SC2 = new Actor("四川大学", "四川大学", "university", "CN", "四川省", "成都市");
    static final Actor GD1 = new Actor("深圳乙公司", "乙集团", "enterprise", "CN", "广东省", "深圳市");
    static final Actor JS1 = new Actor("苏州丙公司", "丙集团", "enterprise", "CN", "江苏省", "苏州市");
    static final Actor US1 = new Actor("Acme Corp", "Acme", "enterprise", "US", null, null);
    static final Actor JP1 = new Actor("Beta KK", "Beta", "enterprise", "JP", null, null);
    static final Actor BJU = new Actor("清华大学", "清华大学", "university", "CN", "北京市", "北京市");

    static final String MAP = """
            industry:
              id: battery
              zh: 动力电池
              en: Batteries
            nodes:
              - id: cat
                zh: 正极材料
                en: Cathode
                ipc: [H01M4/505]
              - id: sep
                zh: 隔膜
                en: Separator
                key: true
                ipc: [H01M50/40]
              - id: ele
                zh: 电解液
                en: Electrolyte
                ipc: [H01M10/0567]
            """;

    private PositioningFixture() {
    }

    public static ChainMap map() {
        return ChainMapReader.read("fixture-map.yaml", MAP).orThrow();
    }

    static MetricRecord rec(String id, int year, String node, List<Actor> apps, List<String> inventors, LegalStatus st,
                            int cited) {
        return new MetricRecord(id, "CN" + id.substring(1) + "A", "title " + id, year, year, "CN", List.of("CN"), List.of("CN"),
                apps, inventors, Set.of(node), List.of(), null, st, st == LegalStatus.ACTIVE, cited, null, null, null, null,
                null, null, null, List.of());
    }

    public static List<MetricRecord> records() {
        return List.of(
                rec("r1", 2019, "cat", List.of(SC1), List.of("张三"), LegalStatus.ACTIVE, 5),
                rec("r2", 2021, "cat", List.of(SC1), List.of("张三"), LegalStatus.ACTIVE, 3),
                rec("r3", 2023, "cat", List.of(SC2, SC1), List.of("李四", "张三"), LegalStatus.PENDING, 1),
                rec("r4", 2022, "sep", List.of(SC2), List.of("李四"), LegalStatus.ACTIVE, 2),
                rec("r5", 2019, "sep", List.of(GD1), List.of("王五"), LegalStatus.ACTIVE, 10),
                rec("r6", 2023, "sep", List.of(GD1), List.of("王五"), LegalStatus.ACTIVE, 4),
                rec("r7", 2022, "sep", List.of(US1), List.of("Smith"), LegalStatus.LAPSED, 8),
                rec("r8", 2023, "ele", List.of(US1), List.of("Smith"), LegalStatus.ACTIVE, 6),
                rec("r9", 2019, "ele", List.of(JS1), List.of("赵六"), LegalStatus.ACTIVE, 2),
                rec("r10", 2023, "ele", List.of(JS1), List.of("赵六"), LegalStatus.PENDING, 0),
                rec("r11", 2021, "sep", List.of(BJU), List.of("钱七"), LegalStatus.ACTIVE, 1),
                rec("r12", 2020, "cat", List.of(JP1), List.of("Tanaka"), LegalStatus.ACTIVE, 2));
    }

    public static MetricContext context() {
        return new MetricContext(records(), map(), "application", new Region(Region.Level.PROVINCE, "四川省", "四川省"),
                List.of(new Region(Region.Level.PROVINCE, "广东省", "广东省"), new Region(Region.Level.PROVINCE, "江苏省", "江苏省")),
                2015, 2024, 2023);
    }

    public static MetricTable table(ModuleResult r, String id) {
        return r.tables().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    /** The row whose {@code keyColumn} equals {@code key}. */
    public static List<Object> row(MetricTable t, String keyColumn, Object key) {
        int k = t.columns().indexOf(keyColumn);
        return t.rows().stream().filter(r -> key.equals(r.get(k))).findFirst().orElseThrow();
    }

    public static Object cell(MetricTable t, List<Object> row, String column) {
        int k = t.columns().indexOf(column);
        if (k < 0) {
            throw new IllegalArgumentException(t.id() + " has no column " + column + ": " + t.columns());
        }
        return row.get(k);
    }

    /** The values of one column, in row order. */
    public static List<Object> column(MetricTable t, String column) {
        int k = t.columns().indexOf(column);
        return t.rows().stream().map(r -> r.get(k)).toList();
    }
}
