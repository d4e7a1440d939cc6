package dev.navi.metrics.industry;

import dev.navi.chain.map.ChainMap;
import dev.navi.chain.map.ChainMapReader;
import dev.navi.clean.names.AliasTable;
import dev.navi.industry.Firm;
import dev.navi.industry.IndustryData;
import dev.navi.industry.MarketEntry;
import dev.navi.industry.OutputEntry;
import dev.navi.metrics.Actor;
import dev.navi.metrics.MetricContext;
import dev.navi.metrics.MetricRecord;
import dev.navi.metrics.MetricTable;
import dev.navi.metrics.ModuleResult;
import dev.navi.model.LegalStatus;
import dev.navi.project.Region;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A tiny fixture worked by hand. Map: cat, sep, ele (all level 1). Region 四川省, peer 广东省.
 * <pre>
 *  r1 cat 成都甲公司(SC, 甲集团)   r2 cat 成都甲公司   r3 sep 成都甲公司   r4 ele 四川大学(SC)
 *  r5 sep 深圳乙公司(GD, 乙集团)   r6 sep 深圳乙公司   r7 ele 深圳乙公司   r8 cat Acme Corp(US)
 * </pre>
 * Sichuan records: cat 2, sep 1, ele 1; Guangdong: cat 0, sep 2, ele 1.
 */
class IndustryModuleTest {
    static final Actor A = new Actor("成都甲公司", "甲集团", "enterprise", "CN", "四川省", "成都市");
    static final Actor U = new Actor("四川大学", "四川大学", "university", "CN", "四川省", "成都市");
    static final Actor B = new Actor("深圳乙公司", "乙集团", "enterprise", "CN", "广东省", "深圳市");
    static final Actor X = new Actor("Acme Corp", "Acme", "enterprise", "US", null, null);
    static final Region SC = new Region(Region.Level.PROVINCE, "四川省", "四川省");
    static final Region GD = new Region(Region.Level.PROVINCE, "广东省", "广东省");

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
                ipc: [H01M50/40]
              - id: ele
                zh: 电解液
                en: Electrolyte
                ipc: [H01M10/0567]
            """;

    static MetricRecord rec(String id, String node, Actor a) {
        return new MetricRecord(id, "CN" + id + "A", "t", 2022, 2022, "CN", List.of("CN"), List.of("CN"), List.of(a),
                List.of("发明人" + id.charAt(1)), Set.of(node), List.of(), null, LegalStatus.ACTIVE, true, 0, null, null, null,
                null, null, null, null, List.of());
    }

    static MetricContext ctx() {
        ChainMap map = ChainMapReader.read("fixture-map.yaml", MAP).orThrow();
        List<MetricRecord> rs = List.of(rec("r1", "cat", A), rec("r2", "cat", A), rec("r3", "sep", A), rec("r4", "ele", U),
                rec("r5", "sep", B), rec("r6", "sep", B), rec("r7", "ele", B), rec("r8", "cat", X));
        return new MetricContext(rs, map, "family", SC, List.of(GD), 2015, 2024, 2023);
    }

    static Firm firm(String name, String province, String city, String group, Double output) {
        return new Firm(name, null, province == null ? null : "CN", province, city, group, List.of("sep"), List.of(), null,
                output, null, 2024, 1);
    }

    static List<Firm> firms() {
        return List.of(firm("成都甲公司", "四川省", "成都市", null, 10.0), firm("乙集团四川分公司", "四川省", "遂宁市", "乙集团", 40.0),
                firm("丁集团成都工厂", "四川省", "成都市", "丁集团", 5.0), firm("深圳乙公司", "广东省", "深圳市", null, 20.0));
    }

    static List<OutputEntry> output() {
        return List.of(new OutputEntry(SC, "cat", 2024, 30, 2), new OutputEntry(SC, "sep", 2024, 10, 3),
                new OutputEntry(SC, "ele", 2024, 60, 4), new OutputEntry(GD, "cat", 2023, 999, 5),
                new OutputEntry(GD, "cat", 2024, 50, 6), new OutputEntry(GD, "sep", 2024, 50, 7));
    }

    static List<MarketEntry> market() {
        return List.of(new MarketEntry("sep", 2024, "全球", null, null, null, 100.0, null, null, 2),
                new MarketEntry("sep", 2024, "全球", "深圳乙公司", "firm", null, null, null, 0.05, 3),
                new MarketEntry("sep", 2024, "全球", "成都甲公司", "firm", null, null, null, 0.30, 4),
                new MarketEntry("sep", 2024, "全球", "Gamma Ltd", "firm", null, null, null, 0.15, 5),
                new MarketEntry("sep", 2023, "全球", "深圳乙公司", "firm", null, null, null, 0.50, 6));
    }

    static ModuleResult direction() {
        List<List<Object>> rows = List.of(
                row("sep", "applicant", 1L, "深圳乙公司", 2L, 0.4, null, 0.4, 0.40),
                row("sep", "applicant", 2L, "成都甲公司", 1L, 0.2, null, 0.2, 0.20),
                row("sep", "applicant", 3L, "Acme Corp", 1L, 0.06, null, 0.06, 0.06),
                row("sep", "country", 1L, "CN", 3L, 0.9, null, 0.9, 0.90));
        return new ModuleResult(List.of(new MetricTable("control_strength", "专利控制力", "Patent control strength",
                List.of("node", "level", "rank", "actor", "records", "technology_control", "product_control", "market_control",
                        "combined"), rows, List.of(), "")), List.of(), List.of(), List.of());
    }

    static ModuleResult path() {
        List<String> cols = List.of("rank", "applicant", "group", "country", "province", "weak_node_count", "reasons",
                "reasons_en");
        List<List<Object>> rows = List.of(row(1L, "深圳乙公司", "乙集团", "CN", "广东省", 3L, "r", "r"),
                row(2L, "Acme Corp", "Acme", "US", null, 1L, "r", "r"), row(3L, "Delta Co", "丁集团", "CN", "上海市", 1L, "r", "r"));
        return new ModuleResult(List.of(new MetricTable("enterprise_targets", "招商", "targets", cols, rows, List.of(), "n")),
                List.of(), List.of("f"), List.of("f"));
    }

    static List<Object> row(Object... cells) {
        return new ArrayList<>(Arrays.asList(cells));
    }

    static IndustryModule.Result run(IndustryData data) {
        return IndustryModule.compute(ctx(), direction(), path(), data, AliasTable.empty());
    }

    static IndustryData all() {
        return new IndustryData(true, Map.of(), List.of("firms", "market", "region_output"), firms(), market(), output(),
                List.of());
    }

    static MetricTable table(ModuleResult m, String id) {
        return m.tables().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    static Object cell(MetricTable t, List<Object> row, String column) {
        return row.get(t.columns().indexOf(column));
    }

    static List<Object> find(MetricTable t, String c1, Object v1, String c2, Object v2) {
        return t.rows().stream().filter(r -> v1.equals(cell(t, r, c1)) && v2.equals(cell(t, r, c2))).findFirst().orElseThrow();
    }

    static double num(Object o) {
        return ((Number) o).doubleValue();
    }

    @Test
    void matchPerNodeIsShareOfPatentsOverShareOfOutput() {
        // given the fixture  when
        ModuleResult m = run(all()).industry();
        MetricTable t = table(m, IndustryModule.MATCH);
        // then Sichuan: output 30/10/60 → 0.3/0.1/0.6; records 2/1/1 → 0.5/0.25/0.25
        List<Object> cat = find(t, "region_code", "四川省", "node", "cat");
        assertThat(num(cell(t, cat, "output_share"))).isCloseTo(0.3, within(1e-9));
        assertThat(num(cell(t, cat, "patent_share"))).isCloseTo(0.5, within(1e-9));
        assertThat(num(cell(t, cat, "match_ratio"))).isCloseTo(5.0 / 3, within(1e-9));
        assertThat(cell(t, cat, "reading")).isEqualTo("patents_lead");
        List<Object> ele = find(t, "region_code", "四川省", "node", "ele");
        assertThat(num(cell(t, ele, "match_ratio"))).isCloseTo(0.25 / 0.6, within(1e-9));
        assertThat(cell(t, ele, "reading")).isEqualTo("patents_lag");
        // Guangdong: the latest year (2024) is used, not 2023's 999; ele has no output so shares cover cat and sep only
        List<Object> gcat = find(t, "region_code", "广东省", "node", "cat");
        assertThat(num(cell(t, gcat, "output"))).isEqualTo(50.0);
        assertThat(num(cell(t, gcat, "patent_share"))).isEqualTo(0.0);
        List<Object> gele = find(t, "region_code", "广东省", "node", "ele");
        assertThat(cell(t, gele, "output_share")).isNull();
        assertThat(cell(t, gele, "records")).isEqualTo(1L);
        // match index = 1 − ½ Σ|ps − os|: Sichuan 1 − ½(0.2 + 0.15 + 0.35) = 0.65; Guangdong 1 − ½(0.5 + 0.5) = 0.5
        MetricTable mi = table(m, IndustryModule.MATCH_INDEX);
        assertThat(num(cell(mi, find(mi, "region_code", "四川省", "level", 1L), "match_index"))).isCloseTo(0.65, within(1e-9));
        assertThat(num(cell(mi, find(mi, "region_code", "广东省", "level", 1L), "match_index"))).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void marketVsControlSplitsHoldersByBothThresholds() {
        MetricTable t = table(run(all()).industry(), IndustryModule.MARKET_VS_CONTROL);
        // then the latest year's holders by share desc, then the strong patent holders without a share
        assertThat(t.rows().stream().map(r -> cell(t, r, "holder")).toList())
                .containsExactly("成都甲公司", "Gamma Ltd", "深圳乙公司", "Acme Corp");
        List<Object> a = t.rows().get(0);
        assertThat(num(cell(t, a, "control"))).isCloseTo(0.20, within(1e-9));
        assertThat(num(cell(t, a, "gap"))).isCloseTo(-0.10, within(1e-9));
        assertThat(cell(t, a, "position")).isEqualTo("market_and_patents");
        assertThat(cell(t, t.rows().get(1), "control")).isNull();
        assertThat(cell(t, t.rows().get(1), "position")).isEqualTo("market_without_patents");
        assertThat(num(cell(t, t.rows().get(2), "market_share"))).isEqualTo(0.05);
        assertThat(cell(t, t.rows().get(2), "position")).isEqualTo("patents_without_market");
        assertThat(cell(t, t.rows().get(3), "holder_type")).isEqualTo("applicant");
        assertThat(cell(t, t.rows().get(3), "position")).isEqualTo("patents_without_market");
    }

    @Test
    void targetsWithALocalFirmOfTheirGroupBecomeExpansionCandidates() {
        ModuleResult p = run(all()).path();
        MetricTable t = table(p, "enterprise_targets");
        assertThat(t.rows().stream().map(r -> cell(t, r, "target_kind")).toList())
                .containsExactly("expansion", "introduction", "expansion");
        assertThat(cell(t, t.rows().get(0), "local_firms")).isEqualTo("乙集团四川分公司");
        assertThat(cell(t, t.rows().get(2), "local_firms")).isEqualTo("丁集团成都工厂");
        assertThat(cell(t, t.rows().get(1), "present_in_region")).isEqualTo("no");
        assertThat(p.definitions()).extracting(d -> d.id()).contains("target_presence");
    }

    @Test
    void patentWeakFirmsAreLocalFirmsUnderHalfTheMedianIntensity() {
        // intensities: 成都甲公司 3/10 = 0.3, 深圳乙公司 3/20 = 0.15 → benchmark median 0.225; weak < 0.1125
        MetricTable t = table(run(all()).industry(), IndustryModule.WEAK_FIRMS);
        assertThat(t.rows().stream().map(r -> cell(t, r, "firm")).toList()).containsExactly("乙集团四川分公司", "丁集团成都工厂");
        assertThat(num(cell(t, t.rows().get(0), "benchmark"))).isCloseTo(0.225, within(1e-9));
        MetricTable f = table(run(all()).industry(), IndustryModule.FIRMS);
        assertThat(f.rows().stream().map(r -> cell(f, r, "link")).toList()).containsExactly("name", "group", "none", "name");
        MetricTable un = table(run(all()).industry(), IndustryModule.UNMATCHED_FIRMS);
        assertThat(un.rows()).extracting(r -> r.get(0)).containsExactly("丁集团成都工厂");
    }

    @Test
    void withoutIndustryDataNothingChangesAndTheFindingSaysWhatIsNeeded() {
        IndustryModule.Result r = run(IndustryData.none());
        assertThat(r.industry().tables()).isEmpty();
        assertThat(r.industry().findingsEn().get(0)).contains("No industry data").contains("industry: firms / market");
        assertThat(r.path().tables().get(0).columns()).doesNotContain("present_in_region");
    }

    @Test
    void withOnlyFirmsTheMatchAndMarketAreNotComputedAndSaidSo() {
        IndustryData firmsOnly = new IndustryData(true, Map.of(), List.of("firms"), firms(), List.of(), List.of(), List.of());
        ModuleResult m = run(firmsOnly).industry();
        assertThat(m.tables()).extracting(MetricTable::id).doesNotContain(IndustryModule.MATCH, IndustryModule.MARKET_VS_CONTROL)
                .contains(IndustryModule.OVERVIEW, IndustryModule.WEAK_FIRMS);
        assertThat(String.join(" ", m.findingsEn())).contains("market, region_output");
    }
}
