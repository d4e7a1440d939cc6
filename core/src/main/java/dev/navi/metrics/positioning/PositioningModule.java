package dev.navi.metrics.positioning;

import dev.navi.chain.map.ChainMap;
import dev.navi.metrics.Actor;
import dev.navi.metrics.Definition;
import dev.navi.metrics.MetricContext;
import dev.navi.metrics.MetricRecord;
import dev.navi.metrics.MetricTable;
import dev.navi.metrics.ModuleResult;
import dev.navi.metrics.stats.Growth;
import dev.navi.metrics.stats.MinimumBase;
import dev.navi.metrics.stats.Quadrant;
import dev.navi.metrics.stats.Rta;
import dev.navi.metrics.stats.YearSeries;
import dev.navi.project.Region;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static dev.navi.metrics.positioning.RegionScope.cell;
import static dev.navi.metrics.positioning.RegionScope.fmt;
import static dev.navi.metrics.positioning.RegionScope.pct;

/**
 * Regional industry positioning (区域产业发展定位, GB/T 39551 module 2): the region of interest against national and
 * global totals in every chain node, its quadrant per node, its applicants and inventors.
 * <p>Counting basis: every record of the context counts once (in the context's unit); a record belongs to a region when
 * <em>any</em> of its applicants is located there ({@link RegionScope}). Node counts use the record's node tags (roll-ups
 * included); the "all nodes" totals are the distinct records tagged with at least one node of the map.
 * <p>Growth: CAGR from the application year {@code L−4} to {@code L} (the last five complete years, four yearly steps),
 * {@code L} = {@link MetricContext#lastCompleteYear()}; later years are not read. Recent activity: filings in the last
 * three complete years {@code L−2..L}.
 * <p>Quadrant: {@link PositioningRule} — one rule object the table, the chart and the sentences read (it is published
 * as the table {@value PositioningRule#TABLE_ID}). Growth rates below {@link dev.navi.metrics.stats.Growth#MIN_BASE}
 * filings in the window are n/a (blank), and such nodes are never 优势.
 */
public final class PositioningModule {
    /** Years of the growth window (L−4..L). */
    public static final int GROWTH_YEARS = dev.navi.metrics.ChainGrowth.YEARS;
    /** Years of the recent-activity window (L−2..L). */
    public static final int RECENT_YEARS = 3;
    /** Rows kept in the applicant and inventor rankings. */
    public static final int MAX_RANKED = 200;

    public static final String REGION_BY_NODE = "region_by_node";
    public static final String PEER_COMPARISON = "peer_comparison";
    public static final String REGION_APPLICANTS = "region_applicants";
    public static final String REGION_APPLICANTS_BY_TYPE = "region_applicants_by_type";
    public static final String REGION_INVENTORS = "region_inventors";

    /** Applicant types in table order; {@code unknown} for a null type. */
    public static final List<String> TYPES = List.of("enterprise", "university", "institute", "individual",
            "government_other", "unknown");

    private PositioningModule() {
    }

    public static ModuleResult compute(MetricContext ctx) {
        return compute(ctx, Growth.MIN_BASE);
    }

    /**
     * {@link #compute(MetricContext)} with another minimum growth base: hand-worked fixtures are smaller than any base a
     * real atlas uses.
     */
    public static ModuleResult compute(MetricContext ctx, int minGrowthBase) {
        return compute(ctx, new MinimumBase(minGrowthBase, MinimumBase.RATE));
    }

    /**
     * {@link #compute(MetricContext)} with other minimum bases (growth, and the rate base of the ranking's RTA and the
     * quality indicators): hand-worked fixtures are smaller than any base a real atlas uses.
     */
    public static ModuleResult compute(MetricContext ctx, MinimumBase bases) {
        int minGrowthBase = bases.growth();
        Region region = ctx.region();
        if (region == null) {
            return new ModuleResult(List.of(), List.of(),
                    List.of("未设定目标区域，未计算区域产业发展定位。"),
                    List.of("No region of interest was set; regional positioning was not computed."));
        }
        ChainMap map = ctx.map();
        List<String> nodeIds = map.entries().stream().map(e -> e.node().id()).toList();
        Set<String> nodeSet = new LinkedHashSet<>(nodeIds);
        // the growth window and the world benchmark are the chain's growth (ChainGrowth), as the direction chapter reports it
        int last = dev.navi.metrics.ChainGrowth.windowTo(ctx);
        int growthFrom = dev.navi.metrics.ChainGrowth.windowFrom(ctx);
        String label = RegionScope.label(region);

        // ---- counts per node ----
        Counts global = new Counts();
        Counts regional = new Counts();
        Counts national = new Counts();
        List<Counts> peerCounts = new ArrayList<>();
        for (int i = 0; i < ctx.peers().size(); i++) {
            peerCounts.add(new Counts());
        }
        List<MetricRecord> regionRecords = new ArrayList<>();
        countAll(ctx, nodeSet, global, regional, national, peerCounts, regionRecords);
        PositioningRule rule = PositioningRule.of(global.allYears, growthFrom, last, minGrowthBase);

        // ---- region_by_node ----
        List<List<Object>> rows = new ArrayList<>();
        for (ChainMap.Entry e : map.entries()) {
            String id = e.node().id();
            long rc = regional.node(id);
            long gc = global.node(id);
            double rta = Rta.rta(rc, regional.total, gc, global.total);
            double rCagr = rule.growth(regional.years(id));
            double gCagr = rule.growth(global.years(id));
            Quadrant quadrant = rule.place(rta, rCagr, rc);
            rows.add(row(id, e.node().name(), e.node().name("en"), (long) e.level(), rc, cell(Rta.share(rc, gc)),
                    national.node(id), gc, cell(Rta.share(rc, regional.total)), cell(rta), cell(rCagr), cell(gCagr),
                    quadrant.name(), quadrant.zh(), rta >= rule.rtaThreshold() ? "yes" : "no",
                    rCagr >= rule.growthBenchmark() ? "yes" : "no", rule.base(regional.years(id))));
        }
        String thresholdNote = rule.sentenceEn() + " Shares and CAGR are fractions (0.25 = 25%); a blank CAGR is n/a "
                + "(fewer than " + rule.minGrowthBase() + " filings in " + growthFrom + "–" + last + ", see region_growth_base). "
                + "Rows in chain-map order. Region totals: " + regional.total
                + " tagged records; national " + national.total + "; global " + global.total + ".";
        String thresholdNoteZh = rule.sentenceZh() + "份额和年均增长率为比例（0.25 = 25%）；年均增长率留空表示不适用（" + growthFrom + "–"
                + last + "年不足" + rule.minGrowthBase() + "项，见“增长率基数”列）。行按产业链结构图顺序。区域已标引记录" + regional.total
                + "条；全国" + national.total + "条；全球" + global.total + "条。";
        MetricTable byNode = new MetricTable(REGION_BY_NODE, label + "产业链各环节定位", label + " positioning by chain node",
                List.of("node", "node_name", "node_name_en", "level", "region_count", "region_share_of_node",
                        "national_count", "global_count", "region_share_of_region_total", "rta", "region_cagr",
                        "global_cagr", "quadrant", "quadrant_zh", "high_rta", "high_growth", "region_growth_base"),
                rows, List.of("region_membership", "region_share_of_node", "region_share_of_region_total", "rta",
                "cagr_5y", "quadrant"), thresholdNoteZh, thresholdNote);

        // ---- peer_comparison ----
        List<Region> all = new ArrayList<>();
        all.add(region);
        all.addAll(ctx.peers());
        List<Counts> allCounts = new ArrayList<>();
        allCounts.add(regional);
        allCounts.addAll(peerCounts);
        List<String> peerCols = new ArrayList<>(List.of("node", "node_name", "node_name_en"));
        for (Region r : all) {
            peerCols.add(RegionScope.label(r) + "_count");
            peerCols.add(RegionScope.label(r) + "_rta");
        }
        peerCols.add("global_count");
        List<List<Object>> peerRows = new ArrayList<>();
        for (ChainMap.Entry e : map.entries()) {
            String id = e.node().id();
            List<Object> row = new ArrayList<>(List.of(id, e.node().name(), e.node().name("en")));
            for (Counts c : allCounts) {
                row.add(c.node(id));
                row.add(cell(Rta.rta(c.node(id), c.total, global.node(id), global.total)));
            }
            row.add(global.node(id));
            peerRows.add(row);
        }
        MetricTable peers = new MetricTable(PEER_COMPARISON, label + "与对标区域比较", label + " against peer regions",
                peerCols, peerRows, List.of("region_membership", "rta"),
                "每个区域一列申请量、一列RTA（先列目标区域，再按项目文件顺序列对标区域）；RTA以全球合计为参照。行按产业链结构图顺序。",
                "One count and one RTA column per region (region of interest first, then peers in project order); RTA "
                        + "against global totals. Rows in chain-map order.");

        // ---- applicants ----
        List<String> leafOrder = map.entries().stream().filter(e -> e.node().isLeaf()).map(e -> e.node().id()).toList();
        Set<String> leaves = new LinkedHashSet<>(leafOrder);
        Map<String, ActorStats> applicants = new HashMap<>();
        Map<String, Map<String, Long>> typeByNode = new LinkedHashMap<>();
        regionApplicants(regionRecords, region, nodeSet, leaves, last, applicants, typeByNode);
        List<ActorStats> ranked = new ArrayList<>(applicants.values());
        ranked.sort(Comparator.<ActorStats>comparingLong(s -> -s.count).thenComparing(s -> s.name));
        List<List<Object>> appRows = new ArrayList<>();
        for (int i = 0; i < Math.min(MAX_RANKED, ranked.size()); i++) {
            ActorStats s = ranked.get(i);
            appRows.add(row((long) (i + 1), s.name, s.type(), s.group(), s.count, s.recent,
                    String.join(";", RegionScope.top(s.nodes, 3, leafOrder)),
                    s.firstYear == null ? null : (long) s.firstYear, s.lastYear == null ? null : (long) s.lastYear));
        }
        MetricTable apps = new MetricTable(REGION_APPLICANTS, label + "创新主体排名", label + " applicants ranked",
                List.of("rank", "applicant", "type", "group", "count", "recent_count", "top_nodes", "first_year", "last_year"),
                appRows, List.of("region_membership", "recent_activity"),
                "位于区域内的申请人，按其申请量降序排列，并列时按名称（码点顺序）；列前" + MAX_RANKED + "位。主要技术分支：其记录最多的3个"
                        + "末级技术分支，并列时按结构图顺序。近期申请量：" + (last - RECENT_YEARS + 1) + "–" + last + "年的申请。",
                "Applicants located in the region, by records they file in (desc), ties by name (code-point order); top "
                        + MAX_RANKED + ". top_nodes: the 3 leaf nodes with most of their records, ties in map order. "
                        + "recent_count: filings " + (last - RECENT_YEARS + 1) + "–" + last + ".");

        List<String> typeCols = new ArrayList<>(List.of("node", "node_name", "node_name_en"));
        typeCols.addAll(TYPES);
        List<List<Object>> typeRows = new ArrayList<>();
        for (ChainMap.Entry e : map.entries()) {
            List<Object> row = new ArrayList<>(List.of(e.node().id(), e.node().name(), e.node().name("en")));
            Map<String, Long> m = typeByNode.getOrDefault(e.node().id(), Map.of());
            for (String t : TYPES) {
                row.add(m.getOrDefault(t, 0L));
            }
            typeRows.add(row);
        }
        MetricTable byType = new MetricTable(REGION_APPLICANTS_BY_TYPE, label + "各类创新主体在各环节的申请量",
                label + " filings by applicant type and node", typeCols, typeRows, List.of("region_membership"),
                "一条区域记录在其位于区域内的申请人的每种类型下各计一次（故一行之和可大于区域申请量）。行按产业链结构图顺序。",
                "A region record counts once under every type among its applicants located in the region (so a row can "
                        + "sum to more than region_count). Rows in chain-map order.");

        // ---- inventors ----
        Map<String, InventorStats> inventors = regionInventors(regionRecords, last);
        List<InventorStats> invRanked = new ArrayList<>(inventors.values());
        invRanked.sort(InventorStats.ORDER);
        List<List<Object>> invRows = new ArrayList<>();
        for (int i = 0; i < Math.min(MAX_RANKED, invRanked.size()); i++) {
            InventorStats s = invRanked.get(i);
            invRows.add(row((long) (i + 1), s.name, s.count, cell(s.meanCitedBy()), s.recent, s.affiliation(),
                    s.firstYear == null ? null : (long) s.firstYear, s.lastYear == null ? null : (long) s.lastYear));
        }
        MetricTable invs = new MetricTable(REGION_INVENTORS, label + "发明人（人才）排名", label + " inventors (talent) ranked",
                List.of("rank", "inventor", "count", "mean_cited_by", "recent_count", "main_affiliation", "first_year",
                        "last_year"),
                invRows, List.of("region_membership", "inventor_activity", "inventor_quality", "recent_activity",
                "main_affiliation"),
                "区域记录中列名的发明人，按申请量降序排列，再按平均被引次数降序（无定义者列后），再按姓名；列前" + MAX_RANKED + "位。发明人"
                        + "姓名未作消歧（同名者合并）。",
                "Inventors named on the region's records, by count (desc), then mean citedBy (desc, undefined last), then "
                        + "name; top " + MAX_RANKED + ". Inventor names are not disambiguated (namesakes merge).");

        // ---- findings ----
        // a country region written as its code (region: CN) is named in each language (中国 / China)
        String labelZh = isCodeOnly(region) ? dev.navi.clean.region.Countries.label(region.code(), false) : label;
        String labelEn = isCodeOnly(region) ? dev.navi.clean.region.Countries.label(region.code(), true) : label;
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        Map<Quadrant, Integer> q = new TreeMap<>();
        for (List<Object> r : rows) {
            q.merge(Quadrant.valueOf((String) r.get(12)), 1, Integer::sum);
        }
        boolean isCountry = region.level() == Region.Level.COUNTRY;
        zh.add(labelZh + "在本产业链" + rows.size() + "个环节中：优势" + q.getOrDefault(Quadrant.ADVANTAGE, 0) + "个、基础"
                + q.getOrDefault(Quadrant.ESTABLISHED, 0) + "个、潜力"
                + q.getOrDefault(Quadrant.POTENTIAL, 0) + "个、薄弱" + q.getOrDefault(Quadrant.WEAK, 0) + "个、空白"
                + q.getOrDefault(Quadrant.GAP, 0) + "个；区域申请" + regional.total + "件，占全球" + pct(Rta.share(regional.total, global.total))
                + (isCountry ? "" : "，占全国" + pct(Rta.share(regional.total, national.total))) + "。");
        en.add(labelEn + " across the " + rows.size() + " chain nodes: " + q.getOrDefault(Quadrant.ADVANTAGE, 0) + " advantage, "
                + q.getOrDefault(Quadrant.ESTABLISHED, 0) + " established, "
                + q.getOrDefault(Quadrant.POTENTIAL, 0) + " potential, " + q.getOrDefault(Quadrant.WEAK, 0) + " weak, "
                + q.getOrDefault(Quadrant.GAP, 0) + " gap; " + regional.total + " filings, "
                + pct(Rta.share(regional.total, global.total)) + " of the world's"
                + (isCountry ? "." : " and " + pct(Rta.share(regional.total, national.total)) + " of the national total."));
        List<List<Object>> adv = rows.stream().filter(r -> "ADVANTAGE".equals(r.get(12)))
                .sorted(Comparator.comparingDouble(r -> -dbl(r.get(9)))).limit(3).toList();
        for (List<Object> r : adv) {
            zh.add(labelZh + "在" + r.get(1) + "领域占全球申请的" + pct(dbl(r.get(5))) + "，RTA为" + fmt(dbl(r.get(9)), 1)
                    + "，区域年均增长" + pct(dbl(r.get(10))) + "（不低于基准" + pct(rule.growthBenchmark()) + "），是优势环节。");
            en.add(labelEn + " holds " + pct(dbl(r.get(5))) + " of the world's filings in " + r.get(2) + " (RTA "
                    + fmt(dbl(r.get(9)), 1) + ") and grows " + pct(dbl(r.get(10))) + " a year (benchmark "
                    + pct(rule.growthBenchmark()) + "): an advantage node.");
        }
        List<List<Object>> weak = rows.stream().filter(r -> "WEAK".equals(r.get(12)) || "GAP".equals(r.get(12)))
                .sorted(Comparator.comparingDouble(r -> Double.isNaN(dbl(r.get(11))) ? Double.POSITIVE_INFINITY : -dbl(r.get(11))))
                .limit(3).toList();
        for (List<Object> r : weak) {
            Quadrant qq = Quadrant.valueOf((String) r.get(12));
            zh.add(labelZh + "在" + r.get(1) + "领域占全球申请的" + pct(dbl(r.get(5))) + "，RTA为" + fmt(dbl(r.get(9)), 1)
                    + "，而该领域全球年均增长" + pctOrNa(dbl(r.get(11)), rule, true) + "（" + qq.zh() + "环节）。");
            en.add(labelEn + " holds " + pct(dbl(r.get(5))) + " of the world's filings in " + r.get(2) + " (RTA "
                    + fmt(dbl(r.get(9)), 1) + "), while the field grows " + pctOrNa(dbl(r.get(11)), rule, false)
                    + " a year worldwide (" + qq.en() + " node).");
        }
        if (!ranked.isEmpty()) {
            ActorStats top = ranked.get(0);
            zh.add(labelZh + "申请量最多的创新主体是" + top.name + "（" + top.count + "件，占区域申请的"
                    + pct(Rta.share(top.count, regionRecords.size())) + "）。");
            en.add("The region's leading applicant is " + top.name + " (" + top.count + " filings, "
                    + pct(Rta.share(top.count, regionRecords.size())) + " of the region's).");
        }
        // ---- every province (city) ranked, quality indicators, and the findings they give (issue: positioning with
        // substance) ----
        MetricTable ranking = RegionRanking.compute(ctx, rule, bases);
        QualityIndicators.Result quality = QualityIndicators.compute(ctx, bases);
        QualityFindings.Result qf = QualityFindings.compute(ctx, rule, ranking, quality);
        zh.addAll(qf.findingsZh());
        en.addAll(qf.findingsEn());
        List<Definition> defs = new ArrayList<>(definitions(rule));
        defs.addAll(RegionRanking.definitions(rule, bases));
        defs.addAll(QualityIndicators.definitions(ctx, bases));
        defs.add(QualityFindings.definition(ctx));
        defs.add(HighValuePatents.definition(ctx));
        return new ModuleResult(List.of(byNode, peers, apps, byType, invs, rule.table(), ranking, quality.table(),
                quality.fields(), qf.table(), qf.findings(), HighValuePatents.compute(ctx, quality.cohorts())), defs, zh, en);
    }

    private static boolean isCodeOnly(Region region) {
        return region.level() == Region.Level.COUNTRY
                && (region.label() == null || region.label().isBlank() || region.label().equalsIgnoreCase(region.code()));
    }

    /** A growth rate as printed, or "n/a — fewer than N filings". */
    static String pctOrNa(double v, PositioningRule rule, boolean zh) {
        if (!Double.isNaN(v)) {
            return pct(v);
        }
        return zh ? "不适用（窗口内不足" + rule.minGrowthBase() + "项）" : "n/a (fewer than " + rule.minGrowthBase() + " filings)";
    }

    /** The definitions of the positioning metrics, with the numbers of {@code rule}. */
    public static List<Definition> definitions(PositioningRule rule) {
        int growthFrom = rule.growthFrom();
        int last = rule.growthTo();
        String basis = "records in the counting unit; a record belongs to a region when any of its applicants is located "
                + "there (country ISO2 / province / city of the applicant); national = any applicant in the region's country "
                + "(CN for a province or city); global = all records";
        String window = "all records of the analysis set; growth " + growthFrom + "–" + last
                + " (the last complete years, later years lag publication and are not read)";
        String basisZh = "按计数单位计数；记录的任一申请人位于某区域即属于该区域（按申请人的国家、省份、城市）；全国 = 任一申请人位于区域所在国家"
                + "（省、市对应中国）；全球 = 全部记录";
        String windowZh = "分析集全部记录；增长率按" + growthFrom + "–" + last + "年（最近完整年度；其后年份受公开滞后影响，不读取）";
        return List.of(
                new Definition("region_membership", "区域归属", "Region membership",
                        "record ∈ region ⇔ ∃ applicant located in region (any-applicant basis)", "—", basis, window)
                        .zh("记录属于区域 ⇔ 至少一个申请人位于该区域（任一申请人口径）", "—", basisZh, windowZh),
                new Definition("region_share_of_node", "区域占全球份额", "Region share of node",
                        "region_count(node) / global_count(node)", "fraction 0–1", basis, window)
                        .zh("区域该环节申请量 / 全球该环节申请量", "比例（0–1）", basisZh, windowZh),
                new Definition("region_share_of_region_total", "环节占区域总量比重", "Node share of the region's total",
                        "region_count(node) / region tagged records", "fraction 0–1", basis, window)
                        .zh("区域该环节申请量 / 区域已标引记录总数", "比例（0–1）", basisZh, windowZh),
                new Definition("rta", "显示性技术优势（区位熵）", "Revealed technological advantage (location quotient)",
                        "RTA = (region_node / region_total) / (global_node / global_total); totals = distinct tagged records",
                        "ratio (1 = as specialised as the world)", basis, window)
                        .zh("RTA =（区域该环节申请量 / 区域总量）/（全球该环节申请量 / 全球总量）；总量为不重复的已标引记录数",
                                "比值（1 = 与全球专业化程度相同）", basisZh, windowZh),
                new Definition("cagr_5y", "近五年复合增长率", "CAGR over the last five complete years",
                        "(count(" + last + ") / count(" + growthFrom + "))^(1/" + (last - growthFrom) + ") − 1; n/a when count("
                                + growthFrom + ") = 0 or fewer than " + rule.minGrowthBase() + " filings in " + growthFrom + "–" + last,
                        "fraction per year", basis + "; year = the analysis set's year basis (application year by default)", window)
                        .zh("(申请量(" + last + ") / 申请量(" + growthFrom + "))^(1/" + (last - growthFrom) + ") − 1；申请量("
                                + growthFrom + ") = 0 或" + growthFrom + "–" + last + "年不足" + rule.minGrowthBase() + "项时不适用",
                                "每年比例", basisZh + "；年份按分析集的年份口径（默认申请年）", windowZh),
                new Definition("quadrant", "区域定位象限", "Positioning quadrant",
                        rule.sentenceEn(), "category", basis, window)
                        .zh(rule.sentenceZh(), "类别", basisZh, windowZh),
                new Definition("recent_activity", "近期活跃度", "Recent activity",
                        "filings with a year (on the set's basis) in " + (last - RECENT_YEARS + 1) + "–" + last, "records", basis, window)
                        .zh("年份（按分析集的年份口径）在" + (last - RECENT_YEARS + 1) + "–" + last + "年的申请量", "记录数", basisZh, windowZh),
                new Definition("inventor_activity", "发明人活跃度", "Inventor activity",
                        "number of records naming the inventor", "records", basis, window)
                        .zh("署名该发明人的记录数", "记录数", basisZh, windowZh),
                new Definition("inventor_quality", "发明人质量", "Inventor quality",
                        "mean citedBy over the inventor's records that have a citation count", "citations per record",
                        basis, window)
                        .zh("该发明人有被引数据的记录的平均被引次数", "次/件", basisZh, windowZh),
                new Definition("main_affiliation", "主要所属单位", "Main affiliation",
                        "the applicant named most often on the inventor's records; ties by name", "—", basis, window)
                        .zh("该发明人记录中出现最多的申请人；并列时按名称", "—", basisZh, windowZh));
    }

    static double cagr(Map<Integer, Long> years, int from, int to) {
        if (to <= from) {
            return Double.NaN;
        }
        return Growth.cagr(YearSeries.of(years), from, to);
    }

    static double dbl(Object o) {
        return o instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    static List<Object> row(Object... cells) {
        return new ArrayList<>(java.util.Arrays.asList(cells));
    }

    /*
     * Each loop over the records is a method of its own, not a loop inside compute(): a hot loop in a long method makes
     * the JIT compile that whole method on stack (everything after the loop included), once per loop, which cost
     * seconds of compiler time per run at 1M records.
     */

    /** Every record into the counts of the scopes it is in; the region's records into {@code regionRecords}. */
    private static void countAll(MetricContext ctx, Set<String> nodeSet, Counts global, Counts regional, Counts national,
                                 List<Counts> peerCounts, List<MetricRecord> regionRecords) {
        for (MetricRecord r : ctx.records()) {
            count(ctx, r, nodeSet, global, regional, national, peerCounts, regionRecords);
        }
    }

    /** The region's applicants (each once per record) and its records by node and applicant type. */
    private static void regionApplicants(List<MetricRecord> regionRecords, Region region, Set<String> nodeSet,
                                         Set<String> leaves, int last, Map<String, ActorStats> applicants,
                                         Map<String, Map<String, Long>> typeByNode) {
        for (MetricRecord r : regionRecords) {
            regionApplicants(r, region, nodeSet, leaves, last, applicants, typeByNode);
        }
    }

    private static void regionApplicants(MetricRecord r, Region region, Set<String> nodeSet, Set<String> leaves,
                                         int last, Map<String, ActorStats> applicants,
                                         Map<String, Map<String, Long>> typeByNode) {
        Set<String> seen = new LinkedHashSet<>();
        Set<String> typesHere = new LinkedHashSet<>();
        for (Actor a : r.applicants()) {
            if (!RegionScope.actorIn(a, region) || a.name() == null) {
                continue;
            }
            typesHere.add(a.type() == null ? "unknown" : a.type());
            if (seen.add(a.name())) {
                applicants.computeIfAbsent(a.name(), k -> new ActorStats(k)).add(a, r, leaves, last);
            }
        }
        for (String n : r.nodes()) {
            if (nodeSet.contains(n)) {
                for (String t : typesHere) {
                    typeByNode.computeIfAbsent(n, k -> new HashMap<>()).merge(t, 1L, Long::sum);
                }
            }
        }
    }

    /** The inventors named on the region's records (stripped; each once per record as exported). */
    private static Map<String, InventorStats> regionInventors(List<MetricRecord> regionRecords, int last) {
        Map<String, InventorStats> inventors = new HashMap<>();
        for (MetricRecord r : regionRecords) {
            regionInventors(r, last, inventors);
        }
        return inventors;
    }

    private static void regionInventors(MetricRecord r, int last, Map<String, InventorStats> inventors) {
        List<String> invs = r.inventors();
        for (int i = 0; i < invs.size(); i++) {
            String inv = invs.get(i);
            if (inv == null || inv.isBlank() || dev.navi.metrics.Distinct.repeated(invs, i)) {
                continue;
            }
            inventors.computeIfAbsent(inv.strip(), InventorStats::new).add(r, last);
        }
    }

    /** The record's nodes that are in {@code nodeSet} (the map's), in its order; an empty list made without a stream. */
    static List<String> inMap(MetricRecord r, Set<String> nodeSet) {
        List<String> nodes = null;
        for (String n : r.nodes()) {
            if (nodeSet.contains(n)) {
                if (nodes == null) {
                    nodes = new ArrayList<>(4);
                }
                nodes.add(n);
            }
        }
        return nodes == null ? List.of() : nodes;
    }

    /** One record into the counts of every scope it is in (a method of its own: the JIT compiles it once). */
    private static void count(MetricContext ctx, MetricRecord r, Set<String> nodeSet, Counts global, Counts regional,
                              Counts national, List<Counts> peerCounts, List<MetricRecord> regionRecords) {
        Region region = ctx.region();
        List<String> nodes = inMap(r, nodeSet);
        boolean inRegion = RegionScope.recordIn(r, region);
        if (inRegion) {
            regionRecords.add(r);
        }
        if (nodes.isEmpty()) {
            return;
        }
        global.add(r, nodes);
        if (inRegion) {
            regional.add(r, nodes);
        }
        if (RegionScope.recordNational(r, region)) {
            national.add(r, nodes);
        }
        for (int i = 0; i < ctx.peers().size(); i++) {
            if (RegionScope.recordIn(r, ctx.peers().get(i))) {
                peerCounts.get(i).add(r, nodes);
            }
        }
    }

    /** Node counts, yearly series and the tagged total of one set of records. */
    static final class Counts {
        /** Per node its records and its records per year (an array from the first year met; see {@link #years}). */
        private final Map<String, NodeCount> nodes = new HashMap<>();
        final Map<Integer, Long> allYears = new TreeMap<>();
        long total;

        void add(MetricRecord r, List<String> tagged) {
            total++;
            Integer y = r.year();
            if (y != null) {
                allYears.merge(y, 1L, Long::sum);
            }
            for (String n : tagged) {
                NodeCount c = nodes.get(n);
                if (c == null) {
                    c = new NodeCount();
                    nodes.put(n, c);
                }
                c.count++;
                if (y != null) {
                    c.add(y);
                }
            }
        }

        long node(String id) {
            NodeCount c = nodes.get(id);
            return c == null ? 0 : c.count;
        }

        /** Year → records of the node, ascending years, the years with records only (made once, on first read). */
        Map<Integer, Long> years(String id) {
            NodeCount c = nodes.get(id);
            return c == null ? Map.of() : c.years();
        }
    }

    /** One node's records, and its records per year counted in an array (not a map merged once per record). */
    private static final class NodeCount {
        long count;
        private int first;
        private long[] byYear;
        private Map<Integer, Long> years;

        void add(int year) {
            if (byYear == null) {
                first = year;
                byYear = new long[8];
            } else if (year < first) {
                int shift = first - year;
                long[] grown = new long[byYear.length + shift];
                System.arraycopy(byYear, 0, grown, shift, byYear.length);
                byYear = grown;
                first = year;
            } else if (year - first >= byYear.length) {
                byYear = Arrays.copyOf(byYear, Math.max(byYear.length * 2, year - first + 1));
            }
            byYear[year - first]++;
            years = null;
        }

        Map<Integer, Long> years() {
            if (years == null) {
                Map<Integer, Long> m = new TreeMap<>();
                if (byYear != null) {
                    for (int k = 0; k < byYear.length; k++) {
                        if (byYear[k] > 0) {
                            m.put(first + k, byYear[k]);
                        }
                    }
                }
                years = Collections.unmodifiableMap(m);
            }
            return years;
        }
    }

    /** One applicant's records in the region. */
    static final class ActorStats {
        final String name;
        private final RegionScope.Mode types = new RegionScope.Mode();
        private final RegionScope.Mode groups = new RegionScope.Mode();
        final Map<String, Integer> nodes = new HashMap<>();
        long count;
        long recent;
        Integer firstYear;
        Integer lastYear;

        ActorStats(String name) {
            this.name = name;
        }

        void add(Actor a, MetricRecord r, Set<String> leaves, int last) {
            count++;
            types.add(a.type());
            groups.add(a.group());
            for (String n : r.nodes()) {
                if (leaves.contains(n)) {
                    nodes.merge(n, 1, Integer::sum);
                }
            }
            Integer y = r.year();
            if (y != null) {
                firstYear = firstYear == null ? y : Math.min(firstYear, y);
                lastYear = lastYear == null ? y : Math.max(lastYear, y);
                if (y > last - RECENT_YEARS && y <= last) {
                    recent++;
                }
            }
        }

        String type() {
            return types.get();
        }

        String group() {
            return groups.get();
        }
    }

    /** One inventor's records. */
    public static final class InventorStats {
        /** count desc, mean citedBy desc (undefined last), name. */
        public static final Comparator<InventorStats> ORDER = Comparator.<InventorStats>comparingLong(s -> -s.count)
                .thenComparingDouble(s -> Double.isNaN(s.meanCitedBy()) ? Double.POSITIVE_INFINITY : -s.meanCitedBy())
                .thenComparing(s -> s.name);
        public final String name;
        private final RegionScope.Mode affiliations = new RegionScope.Mode();
        public long count;
        public long recent;
        long citedSum;
        long citedN;
        Integer firstYear;
        Integer lastYear;

        public InventorStats(String name) {
            this.name = name;
        }

        public void add(MetricRecord r, int last) {
            count++;
            if (r.citedBy() != null) {
                citedSum += r.citedBy();
                citedN++;
            }
            // each distinct applicant name of the record once (a record names an applicant once or twice, so a look
            // back beats a set per record)
            List<Actor> as = r.applicants();
            for (int i = 0; i < as.size(); i++) {
                Actor a = as.get(i);
                if (a != null && a.name() != null && !dev.navi.metrics.Distinct.namedBefore(as, i, a.name())) {
                    affiliations.add(a.name());
                }
            }
            Integer y = r.year();
            if (y != null) {
                firstYear = firstYear == null ? y : Math.min(firstYear, y);
                lastYear = lastYear == null ? y : Math.max(lastYear, y);
                if (y > last - RECENT_YEARS && y <= last) {
                    recent++;
                }
            }
        }

        public double meanCitedBy() {
            return citedN == 0 ? Double.NaN : (double) citedSum / citedN;
        }

        /** The applicant named most often on the inventor's records; ties by name. */
        public String affiliation() {
            return affiliations.get();
        }
    }
}
