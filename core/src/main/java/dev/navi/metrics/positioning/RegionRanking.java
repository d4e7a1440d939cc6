package dev.navi.metrics.positioning;

import dev.navi.chain.map.ChainMap;
import dev.navi.clean.region.ChinaDivisions;
import dev.navi.clean.region.ChinaPlace;
import dev.navi.clean.region.Countries;
import dev.navi.clean.region.Division;
import dev.navi.metrics.Actor;
import dev.navi.metrics.ColumnKind;
import dev.navi.metrics.Definition;
import dev.navi.metrics.MetricContext;
import dev.navi.metrics.MetricRecord;
import dev.navi.metrics.MetricTable;
import dev.navi.metrics.stats.MinimumBase;
import dev.navi.metrics.stats.Rta;
import dev.navi.metrics.stats.TopRanks;
import dev.navi.project.Region;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Every area of the region's level ranked in every chain node (全国各省/各市排名), the table {@value #TABLE_ID}:
 * for a province region every provincial-level division of China; for a city region every province and every city of
 * its province; for a country region every country with filings (and, for China, every province).
 * <p>Per area and node: the count (records with an applicant located there, the positioning module's any-applicant
 * basis of {@link RegionScope}), its share of the reference (the national records — any applicant in China — for
 * provinces and cities, all records for countries), the rank among the areas of its level (1 = most; equal counts
 * share a rank, an area without filings is not ranked), the RTA against the reference, and the growth by the
 * positioning rule. RTA is left empty (n/a) for an area with fewer than {@link MinimumBase#rate()} tagged records,
 * growth below {@link MinimumBase#growth()} filings in the window: the columns {@code rta_base} and
 * {@code growth_base} say why. One row per area and node plus one {@code (all)} row per area (its tagged records);
 * areas without any filing stay in the table with 0, so "every province" is every province. National records whose
 * Chinese applicants have no resolved province (city) count in a row of their own, code {@code unresolved}.
 * <p>A record co-filed by applicants of several areas counts once in each: the areas' counts do not add up to the
 * reference's, and the shares of one node may sum to more than 1.
 */
public final class RegionRanking {
    /** Id of the table. */
    public static final String TABLE_ID = "region_ranking";
    /** The node id of the rows that count an area's tagged records over all nodes. */
    public static final String ALL = dev.navi.metrics.PatentValue.Cohorts.ALL;
    /** The code of the row that counts reference records whose area is not known. */
    public static final String UNRESOLVED = "unresolved";

    /** The columns, in order. */
    public static final List<String> COLUMNS = List.of("level", "area_code", "area", "area_en", "node", "node_name",
            "node_name_en", "count", "reference", "reference_count", "share", "rank", "areas_ranked", "rta", "rta_base",
            "cagr", "growth_base", "is_region", "is_peer");

    private RegionRanking() {
    }

    /** The level of one block of rows. */
    enum Level {
        COUNTRY("country"), PROVINCE("province"), CITY("city");

        final String key;

        Level(String key) {
            this.key = key;
        }
    }

    /** One area of a level: its code, names, and how a record's applicants place it there. */
    record Area(String code, String name, String nameEn) {
    }


    /**
     * The tagged records of the level's reference into {@code reference}, each area's into {@code byArea}, those with
     * no area into {@code unresolved}. A method of its own: the JIT compiles this loop, not all of compute(), on stack.
     */
    private static void countAreas(List<MetricRecord> records, Level level, String province, Set<String> nodeSet,
                                   PositioningModule.Counts reference, Map<String, PositioningModule.Counts> byArea,
                                   PositioningModule.Counts unresolved) {
        for (MetricRecord r : records) {
            List<String> nodes = PositioningModule.inMap(r, nodeSet);
            if (nodes.isEmpty() || !inReference(r, level)) {
                continue;
            }
            reference.add(r, nodes);
            Set<String> keys = keys(r, level, province);
            if (keys.isEmpty()) {
                if (level != Level.CITY || inProvince(r, province)) {
                    unresolved.add(r, nodes);
                }
            }
            for (String k : keys) {
                byArea.computeIfAbsent(k, x -> new PositioningModule.Counts()).add(r, nodes);
            }
        }
    }
    /**
     * The ranking table of the context's region.
     *
     * @param rule  the positioning rule (its growth window and base)
     * @param bases the minimum bases (RTA below {@link MinimumBase#rate()} tagged records is n/a)
     */
    public static MetricTable compute(MetricContext ctx, PositioningRule rule, MinimumBase bases) {
        Region region = ctx.region();
        Objects.requireNonNull(region, "region");
        ChainMap map = ctx.map();
        List<String> nodeIds = new ArrayList<>();
        nodeIds.add(ALL);
        map.entries().forEach(e -> nodeIds.add(e.node().id()));
        Set<String> nodeSet = new LinkedHashSet<>(nodeIds.subList(1, nodeIds.size()));
        ChinaDivisions divisions = ChinaDivisions.standard();

        List<List<Object>> rows = new ArrayList<>();
        for (Level level : levels(region)) {
            String province = level == Level.CITY ? provinceOf(region, ctx.records(), divisions) : null;
            if (level == Level.CITY && province == null) {
                continue; // a city the division table does not know and no record places: no province to rank in
            }
            // ---- count every area and the reference ----
            PositioningModule.Counts reference = new PositioningModule.Counts();
            Map<String, PositioningModule.Counts> byArea = new HashMap<>();
            PositioningModule.Counts unresolved = new PositioningModule.Counts();
            countAreas(ctx.records(), level, province, nodeSet, reference, byArea, unresolved);
            List<Area> areas = areas(level, province, byArea.keySet(), divisions);
            String referenceKey = level == Level.COUNTRY ? "world" : "national";
            for (String node : nodeIds) {
                boolean all = ALL.equals(node);
                long refCount = all ? reference.total : reference.node(node);
                Map<String, Long> counts = new HashMap<>();
                for (Area a : areas) {
                    PositioningModule.Counts c = byArea.get(a.code());
                    counts.put(a.code(), c == null ? 0 : all ? c.total : c.node(node));
                }
                Map<String, Long> ranks = ranks(counts);
                long ranked = counts.values().stream().filter(v -> v > 0).count();
                List<List<Object>> block = new ArrayList<>();
                for (Area a : areas) {
                    PositioningModule.Counts c = byArea.getOrDefault(a.code(), new PositioningModule.Counts());
                    long count = counts.get(a.code());
                    Double rta = all || !bases.rateMeasured(c.total) ? null
                            : RegionScope.cell(Rta.rta(count, c.total, refCount, reference.total));
                    Map<Integer, Long> years = all ? c.allYears : c.years(node);
                    block.add(row(level, a, node, map, count, referenceKey, refCount, ranks.get(a.code()), ranked, rta,
                            c.total, rule, years, flag(region, level, a.code()), peer(ctx.peers(), level, a.code())));
                }
                // by rank; areas without filings after, in division-code order (the order of areas())
                List<Integer> order = new ArrayList<>();
                for (int i = 0; i < block.size(); i++) {
                    order.add(i);
                }
                order.sort(Comparator.comparingLong((Integer i) -> block.get(i).get(11) == null ? Long.MAX_VALUE
                        : (Long) block.get(i).get(11)).thenComparingInt(i -> i));
                order.forEach(i -> rows.add(block.get(i)));
                if (unresolved.total > 0) {
                    long count = all ? unresolved.total : unresolved.node(node);
                    rows.add(row(level, new Area(UNRESOLVED, level == Level.CITY ? "城市未能确定" : level == Level.PROVINCE
                                    ? "省份未能确定" : "国家未能确定", level == Level.CITY ? "city not resolved"
                                    : level == Level.PROVINCE ? "province not resolved" : "country not resolved"),
                            node, map, count, referenceKey, refCount, null, ranked, null, unresolved.total, rule,
                            all ? unresolved.allYears : unresolved.years(node), "no", "no"));
                }
            }
        }
        String note = "Rows: levels (" + String.join(", ", levels(region).stream().map(l -> l.key).toList())
                + "), then nodes ((all) first, then chain-map order), then rank ascending, ties and areas without filings "
                + "in division-code order (countries by ISO code). share = count / reference_count (reference: national = records with an applicant in China; "
                + "world = all records); a record co-filed from several areas counts in each, so shares of a node can sum "
                + "to more than 1. rank: competition ranking among the areas of the level with filings (equal counts share "
                + "a rank); areas_ranked = how many have filings. rta = (count / area tagged total) / (reference_count / "
                + "reference tagged total), empty (n/a) when the area has fewer than " + bases.rate() + " tagged records "
                + "(rta_base); cagr empty (n/a) with fewer than " + rule.minGrowthBase() + " filings in " + rule.growthFrom()
                + "–" + rule.growthTo() + " (growth_base). The unresolved row counts reference records whose applicants' "
                + "area is not known; it is not ranked. City names have no English form in navi's division table "
                + "(name_en repeats the Chinese name).";
        String noteZh = "行：依次为各层级（" + String.join("、", levels(region).stream().map(l -> switch (l) {
                    case COUNTRY -> "国家";
                    case PROVINCE -> "省级";
                    case CITY -> "市级";
                }).toList()) + "），其下为各技术分支（先“全部环节”，再按产业链结构图顺序），再按排名升序；并列及无申请的地区按行政区划代码"
                + "排列（国家按国家代码）。占比 = 申请量 / 参照申请量（参照：全国 = 有中国申请人的记录，全球 = 全部记录）；多个地区联合申请的"
                + "记录在每个地区各计一次，故同一技术分支各地区占比之和可大于1。排名：该层级有申请的地区间的竞争排名（申请量相同者名次相同）；"
                + "参与排名地区数 = 有申请的地区数。RTA = （申请量 / 该地区已标引记录总数）/（参照申请量 / 参照范围已标引记录总数），该地区"
                + "已标引记录不足" + bases.rate() + "条时留空（不适用，见“RTA基数”列）；" + rule.growthFrom() + "–" + rule.growthTo()
                + "年不足" + rule.minGrowthBase() + "项时年均增长率留空（不适用，见“增长率基数”列）。“省份（城市）未能确定”行统计申请人所在地区未知的参照记录，"
                + "不参与排名。";
        return new MetricTable(TABLE_ID, RegionScope.label(region) + "所在层级各地区分环节排名",
                "Areas ranked by chain node (" + RegionScope.label(region) + "'s level)", COLUMNS, rows,
                List.of("region_membership", "ranking_share", "ranking_rank", "ranking_rta", "cagr_5y", "minimum_base"), noteZh, note)
                .declare(ColumnKind.CODE, List.of("level", "area_code", "node", "reference"))
                .declare(ColumnKind.FLAG, List.of("is_region", "is_peer"))
                .declare(ColumnKind.NAME, List.of("area", "area_en", "node_name", "node_name_en"))
                .declare(ColumnKind.COUNT, List.of("count", "reference_count", "rank", "areas_ranked", "rta_base",
                        "growth_base"))
                .declare(ColumnKind.SHARE, List.of("share"))
                .declare(ColumnKind.INDEX, List.of("rta"))
                .declare(ColumnKind.RATE, List.of("cagr"));
    }

    private static List<Object> row(Level level, Area a, String node, ChainMap map, long count, String reference,
                                    long refCount, Long rank, long ranked, Double rta, long areaTotal, PositioningRule rule,
                                    Map<Integer, Long> years, String isRegion, String isPeer) {
        String name = ALL.equals(node) ? "全部环节" : map.node(node).map(n -> n.name()).orElse(node);
        String nameEn = ALL.equals(node) ? "all nodes" : map.node(node).map(n -> n.name("en")).orElse(node);
        List<Object> r = new ArrayList<>();
        r.add(level.key);
        r.add(a.code());
        r.add(a.name());
        r.add(a.nameEn());
        r.add(node);
        r.add(name);
        r.add(nameEn);
        r.add(count);
        r.add(reference);
        r.add(refCount);
        r.add(refCount == 0 ? null : RegionScope.cell(Rta.share(count, refCount)));
        r.add(rank);
        r.add(ranked);
        r.add(rta);
        r.add(areaTotal);
        r.add(RegionScope.cell(rule.growth(years)));
        r.add(rule.base(years));
        r.add(isRegion);
        r.add(isPeer);
        return r;
    }

    /** The levels ranked for a region: its own, and the province above a city; China's provinces for CN. */
    static List<Level> levels(Region region) {
        return switch (region.level()) {
            case COUNTRY -> "CN".equalsIgnoreCase(region.code().strip()) ? List.of(Level.COUNTRY, Level.PROVINCE)
                    : List.of(Level.COUNTRY);
            case PROVINCE -> List.of(Level.PROVINCE);
            case CITY -> List.of(Level.PROVINCE, Level.CITY);
        };
    }

    /** Whether the record counts in the level's reference: national (a Chinese applicant) or, for countries, all. */
    private static boolean inReference(MetricRecord r, Level level) {
        if (level == Level.COUNTRY) {
            return true;
        }
        for (Actor a : r.applicants()) {
            if (a != null && a.country() != null && a.country().strip().equalsIgnoreCase("CN")) {
                return true;
            }
        }
        return false;
    }

    private static boolean inProvince(MetricRecord r, String province) {
        for (Actor a : r.applicants()) {
            if (a != null && province.equals(strip(a.province()))) {
                return true;
            }
        }
        return false;
    }

    /** The areas of a record at a level, distinct: what {@link RegionScope#actorIn} would place it in. */
    private static Set<String> keys(MetricRecord r, Level level, String province) {
        Set<String> out = new LinkedHashSet<>();
        for (Actor a : r.applicants()) {
            if (a == null) {
                continue;
            }
            switch (level) {
                case COUNTRY -> {
                    if (a.country() != null && !a.country().isBlank()) {
                        out.add(a.country().strip().toUpperCase(Locale.ROOT));
                    }
                }
                case PROVINCE -> {
                    if (a.country() != null && a.country().strip().equalsIgnoreCase("CN") && strip(a.province()) != null) {
                        out.add(strip(a.province()));
                    }
                }
                case CITY -> {
                    if (province.equals(strip(a.province())) && strip(a.city()) != null) {
                        out.add(strip(a.city()));
                    }
                }
            }
        }
        return out;
    }

    /** The province a city region lies in: from the division table, else from the records that place it. */
    static String provinceOf(Region region, List<MetricRecord> records, ChinaDivisions divisions) {
        String code = region.code().strip();
        for (MetricRecord r : records) {
            for (Actor a : r.applicants()) {
                if (a != null && code.equals(strip(a.city())) && strip(a.province()) != null) {
                    return strip(a.province());
                }
            }
        }
        return divisions.city(code).map(ChinaPlace::province).orElse(null);
    }

    /**
     * Every area of the level: all of China's provincial-level divisions, every city of the province (prefecture-level
     * and county-level cities directly under it), or the countries with filings; plus any area the records name that
     * the table lacks. Order: division code (countries: ISO code).
     */
    static List<Area> areas(Level level, String province, Set<String> seen, ChinaDivisions divisions) {
        Map<String, Area> out = new LinkedHashMap<>();
        switch (level) {
            case COUNTRY -> seen.stream().sorted().forEach(c -> out.put(c, new Area(c, orCode(Countries.label(c, false), c),
                    orCode(Countries.label(c, true), c))));
            case PROVINCE -> {
                for (Division d : divisions.divisions()) {
                    if (d.level() == Division.Level.PROVINCE) {
                        out.put(d.name(), new Area(d.name(), d.name(), divisions.latinName(d.name()).orElse(d.name())));
                    }
                }
            }
            case CITY -> {
                String parent = divisions.divisions().stream()
                        .filter(d -> d.level() == Division.Level.PROVINCE && d.name().equals(province))
                        .map(Division::code).findFirst().orElse(null);
                for (Division d : divisions.divisions()) {
                    boolean city = d.level() == Division.Level.CITY && d.parentCode().equals(parent);
                    boolean countyCity = d.level() == Division.Level.DISTRICT && d.parentCode().equals(parent);
                    if (parent != null && (city || countyCity) && seenOrCity(d, seen)) {
                        out.put(d.name(), new Area(d.name(), d.name(), d.name()));
                    }
                }
            }
        }
        seen.stream().sorted().filter(s -> !out.containsKey(s)).forEach(s -> out.put(s, new Area(s, s,
                level == Level.PROVINCE ? divisions.latinName(s).orElse(s) : s)));
        // areas keyed by their name; the area's code column is its name (a province's standard name is what the
        // project file and the applicants' fields use), countries their ISO code
        return new ArrayList<>(out.values());
    }

    /** Prefecture-level cities always; a county-level city under the province only when a record names it. */
    private static boolean seenOrCity(Division d, Set<String> seen) {
        return d.level() == Division.Level.CITY || seen.contains(d.name());
    }

    private static String orCode(String label, String code) {
        return label == null || label.isBlank() ? code : label;
    }

    /** Competition ranks ("1, 2, 2, 4") of the positive counts; zero counts are not ranked. */
    static Map<String, Long> ranks(Map<String, Long> counts) {
        List<Map.Entry<String, Long>> positive = counts.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).toList();
        Map<String, Long> out = new HashMap<>();
        long previous = -1;
        long rank = 0;
        for (int i = 0; i < positive.size(); i++) {
            long v = positive.get(i).getValue();
            if (v != previous) {
                rank = i + 1;
                previous = v;
            }
            out.put(positive.get(i).getKey(), rank);
        }
        return out;
    }

    /**
     * The entries of {@link #ranks} whose competition rank is at most {@code top} ({@link TopRanks}' rule), without
     * sorting every count.
     */
    static Map<String, Long> ranksUpTo(Map<String, Long> counts, int top) {
        TopRanks ranks = new TopRanks(top);
        for (long v : counts.values()) {
            ranks.add(v);
        }
        Map<String, Long> out = new HashMap<>();
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            long rank = ranks.rankOf(e.getValue());
            if (rank > 0) {
                out.put(e.getKey(), rank);
            }
        }
        return out;
    }

    private static String flag(Region region, Level level, String code) {
        return matches(region, level, code) ? "yes" : "no";
    }

    private static String peer(List<Region> peers, Level level, String code) {
        return peers.stream().anyMatch(p -> matches(p, level, code)) ? "yes" : "no";
    }

    private static boolean matches(Region r, Level level, String code) {
        if (r == null || r.code() == null) {
            return false;
        }
        return switch (level) {
            case COUNTRY -> r.level() == Region.Level.COUNTRY && r.code().strip().equalsIgnoreCase(code);
            case PROVINCE -> r.level() == Region.Level.PROVINCE && r.code().strip().equals(code);
            case CITY -> r.level() == Region.Level.CITY && r.code().strip().equals(code);
        };
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The definitions the table uses (besides the positioning module's region membership and CAGR). */
    public static List<Definition> definitions(PositioningRule rule, MinimumBase bases) {
        String basis = "records of the analysis set tagged to the node; an area counts a record when any of its applicants "
                + "is located there; reference = national records (any applicant in China) for provinces and cities, all "
                + "records for countries";
        String basisZh = "分析集中标引到该环节的记录；记录的任一申请人位于某地区即计入该地区；参照总量：省、市为全国记录（任一申请人位于中国），"
                + "国家为全部记录";
        String window = "the analysis set's period; growth " + rule.growthFrom() + "–" + rule.growthTo();
        String windowZh = "分析集的期间；增长率按" + rule.growthFrom() + "–" + rule.growthTo() + "年";
        return List.of(
                new Definition("ranking_share", "占全国（参照）份额", "Share of the national (reference) total",
                        "count(area, node) / count(reference, node)", "fraction 0–1", basis, window)
                        .zh("该地区该环节申请量 / 参照范围（全国或全球）该环节申请量", "比例（0–1）", basisZh, windowZh),
                new Definition("ranking_rank", "地区排名", "Area rank",
                        "competition rank of count(area, node) among the areas of the level (1 = most; equal counts share a "
                                + "rank; areas without filings are not ranked)", "rank", basis, window)
                        .zh("同一层级各地区该环节申请量的名次（1为最多；申请量相同者名次相同；无申请的地区不排名）", "名次", basisZh, windowZh),
                new Definition("ranking_rta", "地区显示性技术优势（相对全国）", "Area RTA against the reference",
                        "RTA = (count(area, node) / area tagged total) / (count(reference, node) / reference tagged total); "
                                + "n/a below " + bases.rate() + " tagged records of the area",
                        "ratio (1 = as specialised as the nation)", basis, window)
                        .zh("RTA =（地区该环节申请量 / 地区已标引总量）/（参照该环节申请量 / 参照已标引总量）；地区已标引记录不足"
                                + bases.rate() + "项时不适用", "比值（1 = 与全国专业化程度相同）", basisZh, windowZh),
                new Definition("minimum_base", "最小基数", "Minimum base",
                        "a rate is reported only with at least its base: growth ≥ " + bases.growth() + " filings in the "
                                + "window; RTA ≥ " + bases.rate() + " tagged records of the area; a share or rate indicator ≥ "
                                + bases.rate() + " records in its denominator; below it the atlas prints "
                                + MinimumBase.naEn(bases.rate()), "records", basis, window)
                        .zh("比率仅在达到最小基数时给出：增长率要求窗口内不少于" + bases.growth() + "项；RTA要求地区已标引记录不少于"
                                + bases.rate() + "项；比例类指标要求分母不少于" + bases.rate() + "项；不足时记为"
                                + MinimumBase.naZh(bases.rate()), "记录数", basisZh, windowZh));
    }
}
