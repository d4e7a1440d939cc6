package dev.navi.metrics.direction;

import dev.navi.chain.map.ChainMap;
import dev.navi.chain.map.ChainMapReader;
import dev.navi.metrics.Actor;
import dev.navi.metrics.MetricContext;
import dev.navi.metrics.MetricRecord;
import dev.navi.metrics.MetricTable;
import dev.navi.metrics.ModuleResult;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Fixture: 12 records, 2018–2024 analysed, last complete year 2022, map bat → {solid (key product), liquid}.
 * <pre>
 *  id  year nodes   applicants  origin markets    cited fam granted
 *  r1  2018 solid   A           CN     CN,US       10    4   yes
 *  r2  2018 liquid  B           JP     JP,CN,US     2    2   no
 *  r3  2019 solid   A           CN     CN           3    1   yes
 *  r4  2020 solid   A,B         CN     CN,US        5    3   yes
 *  r5  2020 liquid  C           US     US,EP        5    3   yes
 *  r6  2021 solid   B           JP     JP,CN        5    2   no
 *  r7  2021 liquid  C           US     US           5    2   no
 *  r8  2022 solid   A           CN     CN           5    3   no
 *  r9  2022 solid   D,E         KR     KR,US        -    -   no
 *  r10 2022 liquid  B           JP     US,CN        -    -   no
 *  r11 2022 solid   B           JP     JP           0    1   no
 *  r12 2023 solid   D,F         KR     KR           1    1   no
 * </pre>
 * Every record also carries the root node "bat" (roll-up). Claims are absent everywhere.
 */
class DirectionModuleTest {
    private static final String YAML = """
            industry: {id: t, zh: 电池产业, en: Battery industry}
            nodes:
              - id: bat
                zh: 电池
                en: Battery
                children:
                  - id: solid
                    zh: 固态电池
                    en: Solid-state battery
                    key: true
                    query: 固态
                  - id: liquid
                    zh: 液态电池
                    en: Liquid battery
                    query: 电解液
            """;

    private static final Actor A = new Actor("A Corp", "A Group", "enterprise", "CN", null, null);
    private static final Actor B = new Actor("B Corp", "B Group", "enterprise", "JP", null, null);
    private static final Actor C = new Actor("C Inc", "C Inc", "enterprise", "US", null, null);
    private static final Actor D = new Actor("D Co", "D Co", "enterprise", "KR", null, null);
    private static final Actor E = new Actor("E Univ", "E Univ", "university", "KR", null, null);
    private static final Actor F = new Actor("F Lab", "F Lab", "institute", "KR", null, null);

    private static MetricRecord rec(int n, int year, String node, List<Actor> applicants, String origin, String markets,
                                    Integer cited, Integer family, boolean granted, String... effects) {
        String pub = origin + String.format("%04d", n) + "A";
        return new MetricRecord("F:" + pub, pub, "title " + n, year, year == 2023 ? null : year, origin,
                Arrays.asList(markets.split(",")), List.of(origin), applicants, List.of(), Set.of("bat", node), List.of(),
                null, null, granted, cited, family, null, null, null, null, null, null, List.of(effects));
    }

    private static List<MetricRecord> records() {
        return List.of(
                rec(1, 2018, "solid", List.of(A), "CN", "CN,US", 10, 4, true, "高能量密度"),
                rec(2, 2018, "liquid", List.of(B), "JP", "JP,CN,US", 2, 2, false),
                rec(3, 2019, "solid", List.of(A), "CN", "CN", 3, 1, true),
                rec(4, 2020, "solid", List.of(A, B), "CN", "CN,US", 5, 3, true),
                rec(5, 2020, "liquid", List.of(C), "US", "US,EP", 5, 3, true),
                rec(6, 2021, "solid", List.of(B), "JP", "JP,CN", 5, 2, false, "高能量密度", "安全"),
                rec(7, 2021, "liquid", List.of(C), "US", "US", 5, 2, false),
                rec(8, 2022, "solid", List.of(A), "CN", "CN", 5, 3, false),
                rec(9, 2022, "solid", List.of(D, E), "KR", "KR,US", null, null, false),
                rec(10, 2022, "liquid", List.of(B), "JP", "US,CN", null, null, false),
                rec(11, 2022, "solid", List.of(B), "JP", "JP", 0, 1, false),
                rec(12, 2023, "solid", List.of(D, F), "KR", "KR", 1, 1, false));
    }

    private static ModuleResult compute(List<MetricRecord> records) {
        ChainMap map = ChainMapReader.read("t.yaml", YAML).orThrow();
        MetricContext ctx = new MetricContext(records, map, "family", null, List.of(), 2018, 2024, 2022);
        return DirectionModule.compute(ctx, ControlWeights.defaults(), 1, 1);
    }

    private static MetricTable table(ModuleResult r, String id) {
        return r.tables().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    private static Object cell(MetricTable t, List<Object> row, String column) {
        return row.get(t.columns().indexOf(column));
    }

    private static List<Object> rowWhere(MetricTable t, String column, Object... keyValues) {
        return t.rows().stream().filter(r -> {
            if (!cell(t, r, column).equals(keyValues[0])) {
                return false;
            }
            for (int i = 1; i < keyValues.length; i += 2) {
                if (!keyValues[i + 1].equals(cell(t, r, (String) keyValues[i]))) {
                    return false;
                }
            }
            return true;
        }).findFirst().orElseThrow();
    }

    @Test
    void tablesComeInPresentationOrderWithTheirDefinitions() {
        // when
        ModuleResult r = compute(records());

        // then
        assertThat(r.tables()).extracting(MetricTable::id).containsExactly("trend_by_year", "segment_by_year", "growth_yoy", "trend_by_priority_year",
                "growth_by_node", "life_cycle", "phase_diagram", "concentration", "leading_applicants", "applicant_by_node",
                "origin_by_year", "origin_by_node", "market_flow", "industry_transfer", "control_strength", "hotspots", "core_patents", "tech_effect_matrix",
                "leading_inventors", "ipc_composition", "office_by_year");
        List<String> defIds = r.definitions().stream().map(d -> d.id()).toList();
        for (MetricTable t : r.tables()) {
            assertThat(defIds).containsAll(t.definitions());
            assertThat(t.note()).isNotBlank();
            assertThat(t.noteZh()).as(t.id()).isNotBlank();
        }
        assertThat(r.definitions()).allSatisfy(d -> assertThat(d.window()).contains("18-month"));
        assertThat(r.findingsZh()).hasSameSizeAs(r.findingsEn()).hasSizeBetween(3, 6);
    }

    @Test
    void trendCountsByApplicationYearZeroFilledAndFlagsIncompleteYears() {
        // when
        MetricTable t = table(compute(records()), "trend_by_year");

        // then
        assertThat(t.columns()).containsExactly("year", "complete", "total", "bat", "solid", "liquid");
        assertThat(t.rows()).hasSize(7); // 2018..2024
        // 2022: r8, r9, r11 (solid) and r10 (liquid) -> total 4, bat 4, solid 3, liquid 1
        assertThat(t.rows().get(4)).containsExactly(2022L, "yes", 4L, 4L, 3L, 1L);
        // 2023: only r12, after the last complete year 2022
        assertThat(t.rows().get(5)).containsExactly(2023L, "no", 1L, 1L, 1L, 0L);
        // 2024: nothing, zero-filled
        assertThat(t.rows().get(6)).containsExactly(2024L, "no", 0L, 0L, 0L, 0L);

        // YoY, row 2023 vs 2022: total (1 − 4) / 4 = −0.75 (flagged incomplete); liquid (0 − 1) / 1 = −1;
        // row 2024 vs 2023: liquid had 0 in 2023 -> undefined (null)
        MetricTable yoy = table(compute(records()), "growth_yoy");
        assertThat(yoy.rows().get(4)).containsExactly(2023L, "no", -0.75, -0.75, -2.0 / 3, -1.0);
        assertThat(yoy.rows().get(5).get(5)).isNull();

        MetricTable p = table(compute(records()), "trend_by_priority_year");
        // r12 has no priority year: 2023 is 0
        assertThat(p.rows().get(5)).containsExactly(2023L, "no", 0L);
    }

    @Test
    void cagrOverTheLastFiveCompleteYearsAndRelativeGrowth() {
        // when
        MetricTable t = table(compute(records()), "growth_by_node");

        // then
        // solid: n(2018) = 1 (r1), n(2022) = 3 -> CAGR = 3^(1/4) − 1 = 0.316074
        // all:   n(2018) = 2, n(2022) = 4     -> CAGR = 2^(1/4) − 1 = 0.189207; relative = 0.126867
        List<Object> solid = rowWhere(t, "node", "solid");
        assertThat((Double) cell(t, solid, "cagr")).isCloseTo(0.316074, within(1e-6));
        assertThat((Double) cell(t, solid, "relative_growth")).isCloseTo(0.126867, within(1e-6));
        assertThat(cell(t, solid, "total")).isEqualTo(8L);
        assertThat((Double) cell(t, solid, "share")).isCloseTo(8 / 12.0, within(1e-12));
        // liquid: n(2018) = 1, n(2022) = 1 -> 0
        assertThat((Double) cell(t, rowWhere(t, "node", "liquid"), "cagr")).isCloseTo(0.0, within(1e-12));
        assertThat((Double) cell(t, rowWhere(t, "node", DirectionModule.ALL), "cagr")).isCloseTo(0.189207, within(1e-6));
    }

    @Test
    void concentrationUsesFullCounting() {
        // when
        MetricTable t = table(compute(records()), "concentration");

        // then
        // solid: A 4 (r1 r3 r4 r8), B 3 (r4 r6 r11), D 2 (r9 r12), E 1, F 1 -> T = 11
        // CR4 = (4+3+2+1)/11 = 0.909091; HHI = 10,000 · (16+9+4+1+1) / 121 = 2561.98 (highly concentrated)
        List<Object> solid = rowWhere(t, "node", "solid");
        assertThat(cell(t, solid, "applicants")).isEqualTo(5L);
        assertThat(cell(t, solid, "links")).isEqualTo(11L);
        assertThat((Double) cell(t, solid, "cr4")).isCloseTo(10 / 11.0, within(1e-9));
        assertThat((Double) cell(t, solid, "cr8")).isCloseTo(1.0, within(1e-12));
        assertThat((Double) cell(t, solid, "hhi")).isCloseTo(2561.98, within(0.01));
        assertThat(cell(t, solid, "reading")).isEqualTo("highly_concentrated");
    }

    @Test
    void leadingApplicantsBreakTiesByName() {
        // when
        MetricTable t = table(compute(records()), "leading_applicants");

        // then
        // liquid: B Corp 2 (r2 r10), C Inc 2 (r5 r7): tie -> by name, B first; share 2/4
        // (standard names; share_of_records 2 of the node's 4 records)
        List<List<Object>> liquid = t.rows().stream().filter(r -> r.get(0).equals("liquid") && r.get(1).equals("standard"))
                .toList();
        assertThat(liquid).containsExactly(
                List.of("liquid", "standard", 1L, "B Corp", "B Group", "enterprise", "JP", 2L, 0.5, 0.5),
                List.of("liquid", "standard", 2L, "C Inc", "C Inc", "enterprise", "US", 2L, 0.5, 0.5));
        List<List<Object>> solid = t.rows().stream().filter(r -> r.get(0).equals("solid") && r.get(1).equals("standard"))
                .toList();
        // D 2, then E 1 and F 1 tied -> E before F
        assertThat(solid).extracting(r -> r.get(3)).containsExactly("A Corp", "B Corp", "D Co", "E Univ", "F Lab");
        // node all ranks every record of the set first, at each name level
        assertThat(t.rows().get(0).subList(0, 2)).containsExactly("all", "standard");
        assertThat(t.rows()).filteredOn(r -> r.get(0).equals("all")).extracting(r -> r.get(1)).contains("exported", "group");
    }

    @Test
    void technologyControlIsTheQualityWeightedShare() {
        // when
        MetricTable t = table(compute(records()), "control_strength");

        // then
        // quality q = 1 + 0.4·ĉ + 0.3·f̂ + 0.2·granted (+ 0.1·claims, absent)
        // 2018 cohort: cited mean (10+2)/2 = 6, family mean (4+2)/2 = 3
        //   r2: 1 + 0.4·2/6 + 0.3·2/3 + 0   = 1.333333
        // 2020 cohort: cited mean 5, family mean 3 -> r5: 1 + 0.4 + 0.3 + 0.2 = 1.9
        // 2021 cohort: cited mean 5, family mean 2 -> r7: 1 + 0.4 + 0.3       = 1.7
        // r10: citedBy and familySize missing, not granted                   = 1
        // liquid: Σq = 5.933333; B (r2, r10) = 2.333333 / 5.933333 = 35/89 = 0.393258; C (r5, r7) = 54/89
        List<Object> b = rowWhere(t, "node", "liquid", "level", "applicant", "actor", "B Corp");
        List<Object> c = rowWhere(t, "node", "liquid", "level", "applicant", "actor", "C Inc");
        assertThat((Double) cell(t, b, "technology_control")).isCloseTo(35 / 89.0, within(1e-9));
        assertThat((Double) cell(t, c, "technology_control")).isCloseTo(54 / 89.0, within(1e-9));
        // liquid has no key-product branch: product control blank, combined renormalised over technology and market
        assertThat(cell(t, b, "product_control")).isNull();
        double market = (Double) cell(t, b, "market_control");
        assertThat((Double) cell(t, b, "combined"))
                .isCloseTo((0.4 * 35 / 89.0 + 0.3 * market) / 0.7, within(1e-9));
        // B holds r2, r10: JP 1 of 1, CN 2 of 2, US 2 of 4 liquid records -> market (3·1 + 7·1 + 7·0.5) / 20 = 0.675
        // (see the market test); combined B = (0.4·0.393258 + 0.3·0.675) / 0.7 = 0.514;
        // C = (0.4·0.606742 + 0.3·0.225) / 0.7 = 0.443 -> B first
        assertThat(market).isCloseTo(0.675, within(1e-12));
        assertThat(cell(t, b, "rank")).isEqualTo(1L);
        assertThat(cell(t, c, "rank")).isEqualTo(2L);
        // bat: key product = solid (8 records); A holds r1 r3 r4 r8 -> product control 4/8
        List<Object> a = rowWhere(t, "node", "bat", "level", "applicant", "actor", "A Corp");
        assertThat((Double) cell(t, a, "product_control")).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void marketControlIsThePresenceInEachMarketWeightedBySize() {
        // when
        MetricTable t = table(compute(records()), "control_strength");

        // then
        // market weights from all 12 records (one entry per record and distinct market):
        // CN r1 r2 r3 r4 r6 r8 r10 = 7; US r1 r2 r4 r5 r7 r9 r10 = 7; JP r2 r6 r11 = 3; KR r9 r12 = 2; EP r5 = 1; total 20
        // liquid records per market: JP r2 = 1; CN r2 r10 = 2; US r2 r5 r7 r10 = 4; EP r5 = 1
        // C holds r5, r7: US 2 of 4, EP 1 of 1 -> (7·0.5 + 1·1) / 20 = 0.225 (no transfer/licence/litigation events)
        List<Object> c = rowWhere(t, "node", "liquid", "level", "applicant", "actor", "C Inc");
        assertThat((Double) cell(t, c, "market_control")).isCloseTo(0.225, within(1e-12));
        // at country level JP holds exactly B's liquid records (r2, r10) -> the same 0.675 as B
        List<Object> jp = rowWhere(t, "node", "liquid", "level", "country", "actor", "JP");
        assertThat((Double) cell(t, jp, "market_control")).isCloseTo(0.675, within(1e-12));
    }

    @Test
    void marketFlowCountsEachOriginMarketPairOnce() {
        // when
        MetricTable t = table(compute(records()), "market_flow");

        // then
        // CN -> US: r1, r4 = 2; CN -> CN: r1 r3 r4 r8 = 4; JP -> CN: r2 r6 r10 = 3
        List<Object> cn = rowWhere(t, "origin", "CN");
        assertThat(cell(t, cn, "US")).isEqualTo(2L);
        assertThat(cell(t, cn, "CN")).isEqualTo(4L);
        assertThat(cell(t, rowWhere(t, "origin", "JP"), "CN")).isEqualTo(3L);
        // markets by pair count: CN 7, US 7 (tie -> CN first), JP 3, KR 2, EP 1
        assertThat(t.columns()).containsExactly("origin", "records", "CN", "US", "JP", "KR", "EP");
        // origins by records: CN 4, JP 4 (tie -> CN), KR 2, US 2 (tie -> KR)
        assertThat(t.rows()).extracting(r -> r.get(0)).containsExactly("CN", "JP", "KR", "US");
    }

    @Test
    void originByNodeCountsEachRecordOnceForEachOriginInEveryNodeItCarries() {
        // when
        MetricTable t = table(compute(records()), "origin_by_node");

        // then
        // origins in origin_by_year order: CN 4, JP 4 (tie -> CN), KR 2, US 2 (tie -> KR)
        assertThat(t.columns()).containsExactly("node", "name", "level", "records", "CN", "JP", "KR", "US");
        assertThat(t.rows()).extracting(r -> r.get(0)).containsExactly("bat", "solid", "liquid");
        // bat: all 12 records; solid: r1 r3 r4 r8 (CN), r6 r11 (JP), r9 r12 (KR); liquid: r2 r10 (JP), r5 r7 (US)
        assertThat(t.rows().get(0)).containsExactly("bat", "电池 / Battery", 1L, 12L, 4L, 4L, 2L, 2L);
        assertThat(t.rows().get(1)).containsExactly("solid", "固态电池 / Solid-state battery", 2L, 8L, 4L, 2L, 2L, 0L);
        assertThat(t.rows().get(2)).containsExactly("liquid", "液态电池 / Liquid battery", 2L, 4L, 0L, 2L, 0L, 2L);
    }

    @Test
    void applicantByNodeRanksTheFieldsApplicantsAndCountsThemPerNode() {
        // when
        MetricTable t = table(compute(records()), "applicant_by_node");

        // then
        assertThat(t.columns()).containsExactly("rank", "applicant", "country", "total", "bat", "solid", "liquid");
        // full counting: B r2 r4 r6 r10 r11 = 5; A r1 r3 r4 r8 = 4; C r5 r7 = 2 and D r9 r12 = 2 (tie -> "C Inc"
        // before "D Co"); E r9 = 1 and F r12 = 1
        assertThat(t.rows()).extracting(r -> r.get(1))
                .containsExactly("B Corp", "A Corp", "C Inc", "D Co", "E Univ", "F Lab");
        // B: solid r4 r6 r11 = 3, liquid r2 r10 = 2
        assertThat(t.rows().get(0)).containsExactly(1L, "B Corp", "JP", 5L, 5L, 3L, 2L);
        assertThat(t.rows().get(1)).containsExactly(2L, "A Corp", "CN", 4L, 4L, 4L, 0L);
        assertThat(t.rows().get(2)).containsExactly(3L, "C Inc", "US", 2L, 2L, 0L, 2L);
        assertThat(t.rows().get(5)).containsExactly(6L, "F Lab", "KR", 1L, 1L, 1L, 0L);
    }

    @Test
    void applicantByNodeRanksByTaggedRecordsOnly() {
        // given: G files 6 records the map does not cover (no node), more than anyone's tagged total
        Actor g = new Actor("G Noise", "G Noise", "enterprise", "DE", null, null);
        List<MetricRecord> all = new java.util.ArrayList<>(records());
        for (int i = 0; i < 6; i++) {
            all.add(new MetricRecord("F:DE" + i, "DE" + i + "A", "untagged " + i, 2020, 2020, "DE", List.of("DE"),
                    List.of("DE"), List.of(g), List.of(), Set.of(), List.of(), null, null, false, null, null, null, null,
                    null, null, null, null, List.of()));
        }

        // when
        MetricTable t = table(compute(all), "applicant_by_node");

        // then: the same six applicants as without G, in the same order
        assertThat(t.rows()).extracting(r -> r.get(1))
                .containsExactly("B Corp", "A Corp", "C Inc", "D Co", "E Univ", "F Lab");
    }

    @Test
    void corePatentsRankByTheValueScoreWithItsParts() {
        // when
        MetricTable t = table(compute(records()), "core_patents");

        // then
        // solid's citation cohorts (year: mean citedBy): 2018 r1 10; 2019 r3 3; 2020 r4 5; 2021 r6 5; 2022 r8 5, r11 0
        // → 2.5 (r9 has none); 2023 r12 1. Normalised: r8 5/2.5 = 2, r11 0, r9 n/a, every other 1.
        // citation part min(c, 4)/4; family part (offices − 1)/4 (office + markets); legal part (no status): granted
        // 0.75, else 0.5. score = 0.5 c + 0.25 f + 0.25 l:
        //   r8 .25 + 0 + .125 = .375; r1 .125 + .0625 + .1875 = .375; r4 the same .375; r3 .125 + 0 + .1875 = .3125;
        //   r6 .125 + .0625 + .125 = .3125; r12 .125 + 0 + .125 = .25; r9 0 + .0625 + .125 = .1875; r11 0 + 0 + .125
        // ties by normalised citations (r8 2.0 before r1, r4), then publication
        List<Object> pubs = t.rows().stream().filter(r -> r.get(0).equals("solid")).map(r -> r.get(2)).toList();
        assertThat(pubs).containsExactly("CN0008A", "CN0001A", "CN0004A", "CN0003A", "JP0006A", "KR0012A", "KR0009A",
                "JP0011A");
        List<Object> r8 = rowWhere(t, "node", "solid", "publication", "CN0008A");
        assertThat((Double) cell(t, r8, "cohort_citations")).isCloseTo(2.0, within(1e-9));
        assertThat((Double) cell(t, r8, "citation_part")).isCloseTo(0.5, within(1e-9));
        assertThat(cell(t, r8, "family_offices")).isEqualTo(1L);
        assertThat((Double) cell(t, r8, "legal_part")).isCloseTo(0.5, within(1e-9));
        assertThat((Double) cell(t, r8, "score")).isCloseTo(0.375, within(1e-9));
        // the oldest, most cited patent is not first by raw citations any more: r1 (10 citations) is as cited as its cohort
        List<Object> r1 = rowWhere(t, "node", "solid", "publication", "CN0001A");
        assertThat((Double) cell(t, r1, "cohort_citations")).isCloseTo(1.0, within(1e-9));
        assertThat(cell(t, rowWhere(t, "node", "solid", "publication", "KR0009A"), "cohort_citations")).isNull();
    }

    @Test
    void lifeCycleAndPhaseDiagramCoverEveryNode() {
        // when
        ModuleResult r = compute(records());

        // then
        MetricTable lc = table(r, "life_cycle");
        assertThat(lc.rows()).extracting(row -> row.get(0)).containsExactly("bat", "solid", "liquid");
        MetricTable pd = table(r, "phase_diagram");
        // solid 2022: 3 filings (r8 r9 r11), applicants A, D, E, B = 4
        assertThat(rowWhere(pd, "node", "solid", "year", 2022L)).containsExactly("solid", 2022L, 3L, 4L, "yes");
        assertThat(rowWhere(pd, "node", "solid", "year", 2023L)).containsExactly("solid", 2023L, 1L, 2L, "no");
    }

    @Test
    void techEffectMatrixCountsRecordsPerEffectAndIsEmptyWithoutEffects() {
        // when
        MetricTable t = table(compute(records()), "tech_effect_matrix");

        // then: 高能量密度 on r1 and r6 (2 records), 安全 on r6 -> columns by count
        assertThat(t.columns()).containsExactly("node", "name", "高能量密度", "安全");
        assertThat(rowWhere(t, "node", "solid")).containsExactly("solid", "固态电池 / Solid-state battery", 2L, 1L);

        // given records without effects
        List<MetricRecord> plain = records().stream().map(m -> new MetricRecord(m.id(), m.publication(), m.title(),
                m.applicationYear(), m.priorityYear(), m.office(), m.markets(), m.origins(), m.applicants(), m.inventors(),
                m.nodes(), m.ipc(), m.type(), m.status(), m.granted(), m.citedBy(), m.familySize(), m.claims(),
                m.transfers(), m.licences(), m.pledges(), m.litigations(), m.valueScore(), List.of())).toList();
        MetricTable empty = table(compute(plain), "tech_effect_matrix");
        assertThat(empty.rows()).isEmpty();
        assertThat(empty.note()).contains("No record carries");
    }

    @Test
    void hotspotsAndIndustryTransferAreComputed() {
        // when
        ModuleResult r = compute(records());

        // then
        MetricTable h = table(r, "hotspots");
        // solid has the highest CAGR (0.316) and most new entrants in 2020–2022 (D, E: first filing 2022;
        // B's first solid filing is r4 in 2020 -> also new) -> rank 1
        assertThat(h.rows().get(0).get(1)).isEqualTo("solid");
        assertThat(cell(h, h.rows().get(0), "new_entrants")).isEqualTo(3L);
        MetricTable tr = table(r, "industry_transfer");
        // periods 2018 (clipped) and 2018... : ending 2022 -> 2018–2022 only, since fromYear = 2018
        assertThat(tr.columns()).containsExactly("origin", "share_2018_2022", "shift_pp");
    }

    @Test
    void noRecordsAndNoCompleteYearDoNotFail() {
        // when
        ModuleResult empty = compute(List.of());
        ChainMap map = ChainMapReader.read("t.yaml", YAML).orThrow();
        ModuleResult early = DirectionModule.compute(
                new MetricContext(records(), map, "application", null, List.of(), 2018, 2024, 2016),
                ControlWeights.defaults());

        // then
        assertThat(table(empty, "trend_by_year").rows()).hasSize(7);
        assertThat(table(empty, "leading_applicants").rows()).isEmpty();
        assertThat(empty.findingsEn()).containsExactly("No records were counted in 2018–2024.");
        assertThat(cell(table(early, "growth_by_node"), table(early, "growth_by_node").rows().get(0), "cagr")).isNull();
        assertThat(table(early, "trend_by_year").rows()).allSatisfy(r -> assertThat(r.get(1)).isEqualTo("no"));
    }

    @Test
    void findingsStateTheNumbers() {
        // when
        ModuleResult r = compute(records());

        // then
        assertThat(r.findingsZh().get(0)).isEqualTo(
                "2018–2024年共12件（计数单位：同族，按申请年），均标引到产业链环节；产业链申请量2018–2022年年均增长18.9%，固态电池增长最快（CAGR 31.6%）。");
        assertThat(r.findingsEn().get(0)).contains("18.9% a year in 2018–2022", "Solid-state battery (CAGR 31.6%)");
        assertThat(r.findingsZh()).anySatisfy(f -> assertThat(f).contains("18个月公开滞后"));
    }

    @Test
    void sameInputSameOutput() {
        assertThat(compute(records())).isEqualTo(compute(records()));
    }

    @Test
    void chainStatisticsCountTheTaggedRecordsAndEachRecordStacksOnce() {
        // given the fixture, two records that match no node (2018, 2022) and one tagged to both branches (2022)
        List<MetricRecord> rs = new ArrayList<>(records());
        rs.add(new MetricRecord("F:U1", "CN0901A", "untagged 1", 2018, 2018, "CN", List.of("CN"), List.of("CN"), List.of(A),
                List.of(), Set.of(), List.of(), null, null, false, null, null, null, null, null, null, null, null, List.of()));
        rs.add(new MetricRecord("F:U2", "CN0902A", "untagged 2", 2022, 2022, "CN", List.of("CN"), List.of("CN"), List.of(A),
                List.of(), Set.of(), List.of(), null, null, false, null, null, null, null, null, null, null, null, List.of()));
        rs.add(new MetricRecord("F:M1", "US0913A", "both", 2022, 2022, "US", List.of("US"), List.of("US"),
                List.of(C), List.of(), Set.of("bat", "solid", "liquid"), List.of(), null, null, false, 1, 1, null, null, null,
                null, null, null, List.of()));

        // when
        ModuleResult r = compute(rs);

        // then the whole-chain row counts the 13 tagged records, not the 15 of the period; shares are of the 13
        MetricTable g = table(r, "growth_by_node");
        List<Object> all = g.rows().stream().filter(x -> DirectionModule.ALL.equals(x.get(0))).findFirst().orElseThrow();
        assertThat(cell(g, all, "total")).isEqualTo(13L);
        List<Object> solid = g.rows().stream().filter(x -> "solid".equals(x.get(0))).findFirst().orElseThrow();
        assertThat((Double) cell(g, solid, "share")).isCloseTo(9 / 13.0, within(1e-9));
        // chain growth 2018–2022 over tagged records: 2 → 5, (5/2)^(1/4) − 1 = 25.74 % (the 15 records would give 18.9 %)
        assertThat((Double) cell(g, all, "cagr")).isCloseTo(Math.pow(2.5, 0.25) - 1, within(1e-6));
        assertThat(r.findingsZh().get(0)).contains("共15件", "其中13件标引到产业链环节，2件（13.3%）未匹配任何环节、不计入产业链统计",
                "产业链申请量2018–2022年年均增长25.7%");
        assertThat(r.findingsEn().get(0)).contains("2 (13.3%) matched no node and are left out of the chain statistics");
        // each record stacks once: only solid / only liquid / several / untagged add up to the year's total
        MetricTable p = table(r, "segment_by_year");
        assertThat(p.columns()).containsExactly("year", "complete", "total", "solid", "liquid", "several", "untagged");
        assertThat(p.rows().get(0)).containsExactly(2018L, "yes", 3L, 1L, 1L, 0L, 1L);
        assertThat(p.rows().get(4)).containsExactly(2022L, "yes", 6L, 3L, 1L, 1L, 1L);
        for (List<Object> row : p.rows()) {
            assertThat((Long) row.get(3) + (Long) row.get(4) + (Long) row.get(5) + (Long) row.get(6)).isEqualTo(row.get(2));
        }
        assertThat(r.findingsZh()).contains("按一级环节划分（每件只计一次）：仅属固态电池的53.3%、仅属液态电池的26.7%，属多个环节的6.7%，"
                + "未匹配任何环节的13.3%。");
    }
}
