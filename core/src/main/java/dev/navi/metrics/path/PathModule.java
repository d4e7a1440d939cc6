package dev.navi.metrics.path;

import dev.navi.chain.map.ChainMap;
import dev.navi.chain.map.ChainNode;
import dev.navi.metrics.Actor;
import dev.navi.metrics.Definition;
import dev.navi.metrics.MetricContext;
import dev.navi.metrics.MetricRecord;
import dev.navi.metrics.MetricTable;
import dev.navi.metrics.ModuleResult;
import dev.navi.metrics.positioning.PositioningModule;
import dev.navi.metrics.positioning.RegionScope;
import dev.navi.model.LegalStatus;
import dev.navi.project.Region;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static dev.navi.metrics.positioning.RegionScope.cell;
import static dev.navi.metrics.positioning.RegionScope.fmt;
import static dev.navi.metrics.positioning.RegionScope.pct;

/**
 * Development path navigation (产业发展路径导航, GB/T 39551 module 3): lists an official can act on, each entry with a
 * {@code reasons} (Chinese) and {@code reasons_en} column that state the numbers behind it. Built on the positioning
 * module's {@code region_by_node} quadrants; region membership is the "any applicant" basis of {@link RegionScope}.
 * <p>"Weak nodes" = the nodes placed GAP or WEAK. "Recently active" = at least one filing with application year in
 * {@code L−2..L}, {@code L} = last complete year; "previous" window = {@code L−5..L−3}.
 */
public final class PathModule {
    public static final String STRUCTURE_PRIORITIES = "structure_priorities";
    public static final String ENTERPRISE_TARGETS = "enterprise_targets";
    public static final String LOCAL_POTENTIAL_FIRMS = "local_potential_firms";
    public static final String TALENT_TARGETS = "talent_targets";
    public static final String COOPERATION_PARTNERS = "cooperation_partners";
    public static final String CO_APPLICANT_NETWORK = "co_applicant_network";
    public static final String OPERATION_RESERVE = "operation_reserve";

    public static final int TOP_TARGETS = 20;
    public static final int TOP_PARTNERS = 30;
    public static final int TOP_PAIRS = 50;
    public static final int TOP_RESERVE_PER_CATEGORY = 30;
    /**
     * Fewest filings (recent plus previous window) for a local firm to be listed for cultivation: growth from 1 to 2
     * filings is not a trend a programme can build on.
     */
    public static final int MIN_CULTIVATION_BASE = 5;

    private PathModule() {
    }

    /** One node's placement as read from {@code region_by_node}. */
    record NodeRow(String id, String name, String nameEn, String quadrant, long regionCount, double share, double rta,
                   double globalCagr, int order) {
    }

    public static ModuleResult compute(MetricContext ctx, ModuleResult positioning) {
        return compute(ctx, positioning, MIN_CULTIVATION_BASE);
    }

    /** {@link #compute(MetricContext, ModuleResult)} with another cultivation base (the tests' tiny fixtures). */
    static ModuleResult compute(MetricContext ctx, ModuleResult positioning, int minCultivationBase) {
        Region region = ctx.region();
        MetricTable byNode = positioning == null ? null : positioning.tables().stream()
                .filter(t -> t.id().equals(PositioningModule.REGION_BY_NODE)).findFirst().orElse(null);
        if (region == null || byNode == null) {
            return new ModuleResult(List.of(), List.of(),
                    List.of("未设定目标区域或缺少区域定位结果，未计算产业发展路径。"),
                    List.of("No region of interest or no positioning result; development paths were not computed."));
        }
        String label = RegionScope.label(region);
        int last = ctx.lastCompleteYear();
        int recentFrom = last - PositioningModule.RECENT_YEARS + 1;
        ChainMap map = ctx.map();
        List<String> order = map.entries().stream().map(e -> e.node().id()).toList();
        Set<String> leaves = map.entries().stream().filter(e -> e.node().isLeaf()).map(e -> e.node().id())
                .collect(Collectors.toSet());

        List<NodeRow> nodes = new ArrayList<>();
        List<String> cols = byNode.columns();
        for (int i = 0; i < byNode.rows().size(); i++) {
            List<Object> r = byNode.rows().get(i);
            nodes.add(new NodeRow((String) r.get(cols.indexOf("node")), (String) r.get(cols.indexOf("node_name")),
                    (String) r.get(cols.indexOf("node_name_en")), (String) r.get(cols.indexOf("quadrant")),
                    num(r.get(cols.indexOf("region_count"))).longValue(), dbl(r.get(cols.indexOf("region_share_of_node"))),
                    dbl(r.get(cols.indexOf("rta"))), dbl(r.get(cols.indexOf("global_cagr"))), i));
        }
        Map<String, NodeRow> nodeById = new LinkedHashMap<>();
        nodes.forEach(n -> nodeById.put(n.id(), n));
        Set<String> weak = nodes.stream().filter(n -> n.quadrant().equals("GAP") || n.quadrant().equals("WEAK"))
                .map(NodeRow::id).collect(Collectors.toCollection(LinkedHashSet::new));
        List<String> weakNamesZh = weak.stream().map(id -> nodeById.get(id).name()).toList();

        List<MetricTable> tables = new ArrayList<>();
        tables.add(structure(nodes, label));

        // ---- actors in weak nodes ----
        long weakTotal = 0;
        Map<String, ActorAgg> actors = new HashMap<>();
        Map<String, ActorAgg> localFirms = new HashMap<>();
        Map<String, PositioningModule.InventorStats> outsideInventors = new HashMap<>();
        Map<String, Map<String, Integer>> inventorWeakNodes = new HashMap<>();
        Set<String> regionInventors = new LinkedHashSet<>();
        Set<String> regionActorNames = new LinkedHashSet<>();
        Set<String> regionGroups = new LinkedHashSet<>();
        long regionRecent = regionFacts(ctx.records(), region, recentFrom, last, regionInventors, regionActorNames,
                regionGroups);
        // a node's place in the map, looked up (not searched for) once per record and node
        Map<String, Integer> place = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            place.putIfAbsent(order.get(i), i);
        }
        Comparator<String> inMapOrder = Comparator.comparingInt(n -> place.getOrDefault(n, -1));
        weakTotal = aggregateAll(ctx.records(), region, last, weak, leaves, inMapOrder, actors, localFirms,
                regionInventors, outsideInventors, inventorWeakNodes);
        String weakList = String.join("、", weakNamesZh);
        String weakListEn = weak.stream().map(id -> nodeById.get(id).nameEn()).collect(Collectors.joining(", "));

        // enterprise_targets
        List<ActorAgg> ent = actors.values().stream()
                .filter(a -> "enterprise".equals(a.type()) && !regionActorNames.contains(a.name) && a.recent > 0)
                // a firm whose group already has a member in the region is present there: expansion, not introduction
                .filter(a -> a.group() == null || !regionGroups.contains(a.group()))
                // patent-holding companies and defence contractors rank after every firm a region could attract
                .sorted(ActorAgg.ORDER).toList();
        ent = flaggedLast(ent, a -> a.flag().isPresent(), TOP_TARGETS);
        List<List<Object>> entRows = new ArrayList<>();
        for (int i = 0; i < ent.size(); i++) {
            ActorAgg a = ent.get(i);
            double share = weakTotal == 0 ? Double.NaN : (double) a.count / weakTotal;
            String top = names(RegionScope.top(a.nodes, 3, order), nodeById, false);
            String flagZh = a.flag().map(f -> "【注意：" + f.zh() + "】").orElse("");
            String flagEn = a.flag().map(f -> "[caution: " + f.en() + "] ").orElse("");
            entRows.add(row((long) (i + 1), a.name, a.group(), a.country(), a.province(), a.count, cell(share), a.recent,
                    String.join(";", RegionScope.top(a.nodes, 3, order)), a.flag().map(TargetFlags.Flag::code).orElse(null),
                    flagZh + "占全球薄弱/空白环节申请的" + pct(share) + "（" + a.count + "件）；" + growthZh(a, recentFrom, last)
                            + "；" + qualityZh(a) + "；主要环节：" + top,
                    flagEn + pct(share) + " of the world's filings in " + label + "'s weak/gap nodes (" + a.count + "); "
                            + growthEn(a, recentFrom, last) + "; " + qualityEn(a) + "; main nodes: "
                            + names(RegionScope.top(a.nodes, 3, order), nodeById, true)));
        }
        tables.add(new MetricTable(ENTERPRISE_TARGETS, label + "招商引资目标企业", label + " enterprise introduction targets",
                List.of("rank", "applicant", "group", "country", "province", "weak_node_count", "weak_node_share",
                        "recent_count", "top_weak_nodes", "flag", "reasons", "reasons_en"),
                entRows, List.of("weak_nodes", "enterprise_target", "recent_activity"),
                "区域内没有其申请人、也没有其所属集团成员的企业，在区域空白/薄弱环节（" + String.join("、", weakNamesZh) + "）有申请且近期"
                        + "活跃（" + recentFrom + "–" + last + "年至少1项申请）。薄弱环节申请量 = 其标引到任一薄弱环节的不同记录数；占比 = 该数 / "
                        + "薄弱环节全部记录数（" + weakTotal + "）。排序：未标记者在前（标记：专利运营公司、军工/出口管制企业），再按薄弱环节"
                        + "申请量降序、近期申请量降序、名称；列前" + TOP_TARGETS + "家。",
                "Enterprises with no applicant occurrence located in the region and no member of their group there, filing in the region's GAP/WEAK nodes ("
                        + String.join(", ", weak) + ") and recently active (≥ 1 filing " + recentFrom + "–" + last + "). "
                        + "weak_node_count = their distinct records tagged with any weak node; share = that / all records in "
                        + "weak nodes (" + weakTotal + "). Sorted: unflagged first (flag = npe: patent-holding company, "
                        + "defence: export-controlled defence contractor, see TargetFlags), then count desc, recent desc, name; top "
                        + TOP_TARGETS + "."));

        // local_potential_firms
        List<ActorAgg> local = localFirms.values().stream().filter(a -> a.recent > a.previous)
                .filter(a -> a.recent + a.previous >= minCultivationBase)
                .sorted(Comparator.<ActorAgg>comparingLong(a -> -(a.recent - a.previous)).thenComparingLong(a -> -a.recent)
                        .thenComparing(a -> a.name)).limit(TOP_TARGETS).toList();
        List<List<Object>> localRows = new ArrayList<>();
        for (int i = 0; i < local.size(); i++) {
            ActorAgg a = local.get(i);
            double recentShare = regionRecent == 0 ? Double.NaN : (double) a.recent / regionRecent;
            localRows.add(row((long) (i + 1), a.name, a.group(), a.count, a.recent, a.previous, cell(recentShare),
                    String.join(";", RegionScope.top(a.nodes, 3, order)),
                    "占" + label + "近三年（" + recentFrom + "–" + last + "）申请的" + pct(recentShare) + "；" + growthZh(a, recentFrom, last)
                            + "；" + qualityZh(a) + "；主要环节：" + names(RegionScope.top(a.nodes, 3, order), nodeById, false),
                    pct(recentShare) + " of " + label + "'s filings " + recentFrom + "–" + last + "; " + growthEn(a, recentFrom, last)
                            + "; " + qualityEn(a) + "; main nodes: " + names(RegionScope.top(a.nodes, 3, order), nodeById, true)));
        }
        tables.add(new MetricTable(LOCAL_POTENTIAL_FIRMS, label + "本地培育潜力企业", label + " local firms to cultivate",
                List.of("rank", "applicant", "group", "count", "recent_count", "previous_count", "recent_share_of_region",
                        "top_nodes", "reasons", "reasons_en"),
                localRows, List.of("recent_activity"),
                "位于区域内、" + recentFrom + "–" + last + "年申请量超过" + (recentFrom - 3) + "–" + (recentFrom - 1) + "年、且两个窗口合计至少"
                        + minCultivationBase + "项申请的企业；占区域近期申请比例 = 近期申请量 / 区域" + recentFrom + "–" + last + "年的"
                        + regionRecent + "项申请；按增量降序、近期申请量降序、名称排列；列前" + TOP_TARGETS + "家。",
                "Enterprises located in the region whose filings " + recentFrom + "–" + last + " exceed those of "
                        + (recentFrom - 3) + "–" + (recentFrom - 1) + ", with at least " + minCultivationBase
                        + " filings in the two windows together; recent_share_of_region = recent filings / the region's "
                        + regionRecent + " filings " + recentFrom + "–" + last + "; sorted by the increase desc, recent desc, name; top "
                        + TOP_TARGETS + "."));

        // talent_targets
        List<PositioningModule.InventorStats> tal = flaggedLast(outsideInventors.values().stream().filter(s -> s.recent > 0)
                .sorted(PositioningModule.InventorStats.ORDER).toList(), s -> TargetFlags.of(s.affiliation()).isPresent(),
                TOP_TARGETS);
        List<List<Object>> talRows = new ArrayList<>();
        for (int i = 0; i < tal.size(); i++) {
            PositioningModule.InventorStats s = tal.get(i);
            List<String> top = RegionScope.top(inventorWeakNodes.get(s.name), 3, order);
            java.util.Optional<TargetFlags.Flag> flag = TargetFlags.of(s.affiliation());
            talRows.add(row((long) (i + 1), s.name, s.affiliation(), s.count, s.recent, cell(s.meanCitedBy()),
                    String.join(";", top), flag.map(TargetFlags.Flag::code).orElse(null),
                    flag.map(f -> "【注意：所属单位为" + f.zh() + "】").orElse("")
                            + "在薄弱/空白环节（" + names(top, nodeById, false) + "）参与申请" + s.count + "件，近三年" + s.recent
                            + "件，篇均被引" + fmt(s.meanCitedBy(), 1) + "次；所属单位：" + s.affiliation(),
                    flag.map(f -> "[caution: affiliation is a " + f.en() + "] ").orElse("")
                            + "named on " + s.count + " filings in weak/gap nodes (" + names(top, nodeById, true) + "), " + s.recent
                            + " in " + recentFrom + "–" + last + ", mean citations " + fmt(s.meanCitedBy(), 1)
                            + "; affiliation: " + s.affiliation()));
        }
        tables.add(new MetricTable(TALENT_TARGETS, label + "人才引进对象", label + " talent introduction candidates",
                List.of("rank", "inventor", "affiliation", "weak_node_count", "recent_count", "mean_cited_by",
                        "top_weak_nodes", "flag", "reasons", "reasons_en"),
                talRows, List.of("weak_nodes", "talent_target", "recent_activity", "main_affiliation"),
                "未列名于任何区域记录、在空白/薄弱环节有申请且近期活跃的发明人；按申请量降序、平均被引次数降序（无定义者列后）、姓名排列；"
                        + "列前" + TOP_TARGETS + "位。计数只含薄弱环节的记录；所属单位 = 这些记录中出现最多的申请人。姓名未作消歧。",
                "Inventors not named on any region record, on records in GAP/WEAK nodes, recently active; by count desc, "
                        + "mean citedBy desc (undefined last), name; top " + TOP_TARGETS + ". Counts cover weak-node records "
                        + "only; affiliation = most frequent applicant on them. Names are not disambiguated."));

        // cooperation_partners
        List<ActorAgg> coop = actors.values().stream()
                .filter(a -> "university".equals(a.type()) || "institute".equals(a.type()))
                .sorted(Comparator.<ActorAgg>comparingLong(a -> -a.transferable).thenComparingLong(a -> -a.count)
                        .thenComparing(a -> a.name)).limit(TOP_PARTNERS).toList();
        List<List<Object>> coopRows = new ArrayList<>();
        for (int i = 0; i < coop.size(); i++) {
            ActorAgg a = coop.get(i);
            boolean local2 = regionActorNames.contains(a.name);
            List<String> top = RegionScope.top(a.nodes, 3, order);
            coopRows.add(row((long) (i + 1), a.name, a.type(), local2 ? "yes" : "no", a.country(), a.province(), a.count,
                    a.transferable, String.join(";", top),
                    "在薄弱/空白环节（" + names(top, nodeById, false) + "）有专利" + a.count + "件，其中有效或审中（可转化）"
                            + a.transferable + "件" + (local2 ? "；位于" + label : ""),
                    a.count + " patents in weak/gap nodes (" + names(top, nodeById, true) + "), " + a.transferable
                            + " active or pending (transferable)" + (local2 ? "; located in " + label : "")));
        }
        tables.add(new MetricTable(COOPERATION_PARTNERS, label + "技术合作伙伴（高校/院所）",
                label + " technology cooperation partners (universities / institutes)",
                List.of("rank", "applicant", "type", "in_region", "country", "province", "weak_node_count",
                        "transferable_count", "top_weak_nodes", "reasons", "reasons_en"),
                coopRows, List.of("weak_nodes", "transferable"),
                "在空白/薄弱环节有记录的高校和科研院所；可转化 = 法律状态为有效或审中。按可转化申请量降序、申请量降序、名称排列；列前"
                        + TOP_PARTNERS + "家。",
                "Universities and research institutes with records in GAP/WEAK nodes; transferable = legal status active or "
                        + "pending. Sorted by transferable desc, count desc, name; top " + TOP_PARTNERS + "."));

        tables.add(coApplicants(ctx, region, label, order));
        tables.add(reserve(ctx, region, map, order, label));

        // ---- findings ----
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        if (!weak.isEmpty()) {
            zh.add(label + "需补强的薄弱/空白环节共" + weak.size() + "个：" + weakList + "。");
            en.add(label + " has " + weak.size() + " weak or gap nodes to strengthen: " + weakListEn + ".");
        }
        if (!ent.isEmpty()) {
            zh.add("招商引资首选目标为" + ent.get(0).name + "：" + entRows.get(0).get(10) + "。");
            en.add("First enterprise target: " + ent.get(0).name + ": " + entRows.get(0).get(11) + ".");
        }
        if (!tal.isEmpty()) {
            zh.add("人才引进首选对象为" + tal.get(0).name + "：" + talRows.get(0).get(8) + "。");
            en.add("First talent candidate: " + tal.get(0).name + ": " + talRows.get(0).get(9) + ".");
        }
        return new ModuleResult(tables, definitions(recentFrom, last), zh, en);
    }


    /*
     * compute()'s loops over the records are methods of their own: a hot loop in a long method makes the JIT compile
     * all of that method on stack, once per loop.
     */

    /** The region's inventors, applicant names and groups; returns the region's records in the recent years. */
    private static long regionFacts(List<MetricRecord> records, Region region, int recentFrom, int last,
                                    Set<String> regionInventors, Set<String> regionActorNames, Set<String> regionGroups) {
        long regionRecent = 0;
        for (MetricRecord r : records) {
            if (RegionScope.recordIn(r, region)) {
                for (String i : r.inventors()) {
                    regionInventors.add(i.strip());
                }
                Integer y = r.year();
                if (y != null && y >= recentFrom && y <= last) {
                    regionRecent++;
                }
            }
            for (Actor a : r.applicants()) {
                if (RegionScope.actorIn(a, region) && a.name() != null) {
                    regionActorNames.add(a.name());
                    if (a.group() != null) {
                        regionGroups.add(a.group());
                    }
                }
            }
        }
        return regionRecent;
    }

    /** Every record through {@link #aggregate}; returns the records in a weak node. */
    private static long aggregateAll(List<MetricRecord> records, Region region, int last, Set<String> weak,
                                     Set<String> leaves, Comparator<String> inMapOrder, Map<String, ActorAgg> actors,
                                     Map<String, ActorAgg> localFirms, Set<String> regionInventors,
                                     Map<String, PositioningModule.InventorStats> outsideInventors,
                                     Map<String, Map<String, Integer>> inventorWeakNodes) {
        long weakTotal = 0;
        for (MetricRecord r : records) {
            if (aggregate(r, region, last, weak, leaves, inMapOrder, actors, localFirms, regionInventors, outsideInventors,
                    inventorWeakNodes)) {
                weakTotal++;
            }
        }
        return weakTotal;
    }

    /**
     * One record into the weak-node actors, the local firms and the outside inventors; whether it is in a weak node.
     * A method of its own, so the JIT compiles it once rather than all of compute() on stack.
     */
    private static boolean aggregate(MetricRecord r, Region region, int last, Set<String> weak, Set<String> leaves,
                                     Comparator<String> inMapOrder, Map<String, ActorAgg> actors,
                                     Map<String, ActorAgg> localFirms, Set<String> regionInventors,
                                     Map<String, PositioningModule.InventorStats> outsideInventors,
                                     Map<String, Map<String, Integer>> inventorWeakNodes) {
        List<String> inWeak = inOrder(r.nodes(), weak, inMapOrder);
        List<Actor> as = r.applicants();
        for (int i = 0; i < as.size(); i++) {
            Actor a = as.get(i);
            if (a == null || a.name() == null || dev.navi.metrics.Distinct.namedBefore(as, i, a.name())) {
                continue;
            }
            if (!inWeak.isEmpty()) {
                actors.computeIfAbsent(a.name(), ActorAgg::new).add(a, r, inWeak, last);
            }
            if (RegionScope.actorIn(a, region) && "enterprise".equals(a.type())) {
                localFirms.computeIfAbsent(a.name(), ActorAgg::new).add(a, r,
                        inOrder(r.nodes(), leaves, inMapOrder),
                        last);
            }
        }
        if (!inWeak.isEmpty()) {
            List<String> invs = r.inventors();
            for (int i = 0; i < invs.size(); i++) {
                String inv = invs.get(i);
                if (inv == null || inv.isBlank() || dev.navi.metrics.Distinct.repeated(invs, i)) {
                    continue;
                }
                String name = inv.strip();
                if (regionInventors.contains(name)) {
                    continue;
                }
                outsideInventors.computeIfAbsent(name, PositioningModule.InventorStats::new).add(r, last);
                Map<String, Integer> m = inventorWeakNodes.computeIfAbsent(name, k -> new HashMap<>());
                for (String n : inWeak) {
                    m.merge(n, 1, Integer::sum);
                }
            }
        }
        return !inWeak.isEmpty();
    }

    /** The nodes that are in {@code of}, in map order (none: an empty list, made without a stream). */
    private static List<String> inOrder(Collection<String> nodes, Set<String> of, Comparator<String> inMapOrder) {
        List<String> out = null;
        for (String n : nodes) {
            if (of.contains(n)) {
                if (out == null) {
                    out = new ArrayList<>(2);
                }
                out.add(n);
            }
        }
        if (out == null) {
            return List.of();
        }
        out.sort(inMapOrder);
        return Collections.unmodifiableList(out);
    }
    private static MetricTable structure(List<NodeRow> nodes, String label) {
        List<NodeRow> strengthen = nodes.stream().filter(n -> n.quadrant().equals("GAP") || n.quadrant().equals("WEAK"))
                .sorted(Comparator.<NodeRow>comparingDouble(n -> Double.isNaN(n.globalCagr()) ? Double.POSITIVE_INFINITY : -n.globalCagr())
                        .thenComparingInt(NodeRow::order)).toList();
        List<NodeRow> cultivate = nodes.stream().filter(n -> n.quadrant().equals("POTENTIAL"))
                .sorted(Comparator.<NodeRow>comparingDouble(n -> Double.isNaN(n.globalCagr()) ? Double.POSITIVE_INFINITY : -n.globalCagr())
                        .thenComparingInt(NodeRow::order)).toList();
        List<NodeRow> extend = nodes.stream().filter(n -> n.quadrant().equals("ADVANTAGE"))
                .sorted(Comparator.<NodeRow>comparingDouble(n -> -n.rta()).thenComparingInt(NodeRow::order)).toList();
        List<NodeRow> consolidate = nodes.stream().filter(n -> n.quadrant().equals("ESTABLISHED"))
                .sorted(Comparator.<NodeRow>comparingDouble(n -> -n.rta()).thenComparingInt(NodeRow::order)).toList();
        List<List<Object>> rows = new ArrayList<>();
        long rank = 1;
        for (NodeRow n : strengthen) {
            rows.add(row(rank++, "strengthen", "补强", n.id(), n.name(), n.quadrant(), n.regionCount(), cell(n.rta()),
                    cell(n.globalCagr()),
                    label + "在该环节" + (n.quadrant().equals("GAP") ? "无申请（空白）" : "申请" + n.regionCount() + "件，占全球"
                            + pct(n.share()) + "，RTA为" + fmt(n.rta(), 2) + "（薄弱）") + "，而该环节全球年均增长" + pct(n.globalCagr()),
                    (n.quadrant().equals("GAP") ? "no filings in " + label + " (gap)" : n.regionCount() + " filings in "
                            + label + ", " + pct(n.share()) + " of the world's, RTA " + fmt(n.rta(), 2) + " (weak)")
                            + ", while the node grows " + pct(n.globalCagr()) + " a year worldwide"));
        }
        for (NodeRow n : cultivate) {
            rows.add(row(rank++, "cultivate", "培育", n.id(), n.name(), n.quadrant(), n.regionCount(), cell(n.rta()),
                    cell(n.globalCagr()),
                    "RTA为" + fmt(n.rta(), 2) + "但区域增长不低于全产业链基准（潜力），全球年均增长" + pct(n.globalCagr()),
                    "RTA " + fmt(n.rta(), 2) + " but the region grows at least as fast as the whole chain (potential); "
                            + "world growth " + pct(n.globalCagr()) + " a year"));
        }
        for (NodeRow n : extend) {
            rows.add(row(rank++, "extend", "延伸", n.id(), n.name(), n.quadrant(), n.regionCount(), cell(n.rta()),
                    cell(n.globalCagr()),
                    "优势环节：申请" + n.regionCount() + "件，占全球" + pct(n.share()) + "，RTA为" + fmt(n.rta(), 2)
                            + "，可向上下游延伸",
                    "advantage node: " + n.regionCount() + " filings, " + pct(n.share()) + " of the world's, RTA "
                            + fmt(n.rta(), 2) + "; extend from it along the chain"));
        }
        for (NodeRow n : consolidate) {
            rows.add(row(rank++, "consolidate", "巩固", n.id(), n.name(), n.quadrant(), n.regionCount(), cell(n.rta()),
                    cell(n.globalCagr()),
                    "基础环节：申请" + n.regionCount() + "件，占全球" + pct(n.share()) + "，RTA为" + fmt(n.rta(), 2)
                            + "，但区域增长低于基准或基数不足，需巩固",
                    "established node: " + n.regionCount() + " filings, " + pct(n.share()) + " of the world's, RTA "
                            + fmt(n.rta(), 2) + ", but regional growth is below the benchmark or not measurable; consolidate"));
        }
        return new MetricTable(STRUCTURE_PRIORITIES, label + "产业结构优化重点", label + " structure optimisation priorities",
                List.of("priority", "action", "action_zh", "node", "node_name", "quadrant", "region_count", "rta",
                        "global_cagr", "reasons", "reasons_en"),
                rows, List.of("quadrant", "rta", "cagr_5y"),
                "补强 = 空白/薄弱环节，按全球年均增长率降序（无定义者列后），再按结构图顺序；培育 = 潜力环节，排序同上；延伸 = 优势环节，按RTA"
                        + "降序，再按结构图顺序；巩固 = 基础环节，排序同上。",
                "strengthen = GAP/WEAK nodes by global CAGR desc (undefined last), then map order; cultivate = POTENTIAL "
                        + "nodes, same order; extend = ADVANTAGE nodes by RTA desc, then map order; consolidate = ESTABLISHED nodes, same order.");
    }

    private static MetricTable coApplicants(MetricContext ctx, Region region, String label, List<String> order) {
        Map<String, long[]> pairs = new HashMap<>();
        Map<String, Map<String, Integer>> pairNodes = new HashMap<>();
        Map<String, String> types = new HashMap<>();
        for (MetricRecord r : ctx.records()) {
            if (RegionScope.recordIn(r, region)) {
                addPairs(r, order, pairs, pairNodes, types);
            }
        }
        List<String> keys = new ArrayList<>(pairs.keySet());
        keys.sort(Comparator.<String>comparingLong(k -> -pairs.get(k)[0]).thenComparing(Comparator.naturalOrder()));
        List<List<Object>> rows = new ArrayList<>();
        for (String k : keys.subList(0, Math.min(TOP_PAIRS, keys.size()))) {
            String[] ab = k.split("\u0000");
            long c = pairs.get(k)[0];
            List<String> top = RegionScope.top(pairNodes.get(k), 3, order);
            rows.add(row(ab[0], types.get(ab[0]), ab[1], types.get(ab[1]), c, String.join(";", top),
                    "共同申请" + c + "件，涉及" + mapNames(top, ctx.map(), false),
                    c + " joint filings, in " + mapNames(top, ctx.map(), true)));
        }
        return new MetricTable(CO_APPLICANT_NETWORK, label + "共同申请网络", label + " co-applicant network",
                List.of("applicant_a", "type_a", "applicant_b", "type_b", "joint_count", "top_nodes", "reasons", "reasons_en"),
                rows, List.of("co_applicant"),
                "同一区域记录上两个不同申请人组成的组合（按名称排序，甲 < 乙）；按共同申请量降序，再按名称排列；列前" + TOP_PAIRS + "对。",
                "Pairs of distinct applicants on the same region record (a < b by name); by joint count desc, then names; "
                        + "top " + TOP_PAIRS + ".");
    }

    /**
     * One region record's co-applicant pairs (distinct names, a < b by name) counted into {@code pairs}, with the
     * record's nodes per pair and each name's first type. A method of its own, so C2 compiles one record's work, not
     * coApplicants() on stack.
     */
    private static void addPairs(MetricRecord r, List<String> order, Map<String, long[]> pairs,
                                 Map<String, Map<String, Integer>> pairNodes, Map<String, String> types) {
        List<String> names = new ArrayList<>();
        for (Actor a : r.applicants()) {
            if (a != null && a.name() != null && !names.contains(a.name())) {
                names.add(a.name());
                types.putIfAbsent(a.name(), a.type());
            }
        }
        names.sort(Comparator.naturalOrder());
        for (int i = 0; i < names.size(); i++) {
            for (int j = i + 1; j < names.size(); j++) {
                String key = names.get(i) + "\u0000" + names.get(j);
                pairs.computeIfAbsent(key, k -> new long[1])[0]++;
                Map<String, Integer> m = pairNodes.computeIfAbsent(key, k -> new HashMap<>());
                r.nodes().stream().filter(order::contains).forEach(n -> m.merge(n, 1, Integer::sum));
            }
        }
    }

    private static MetricTable reserve(MetricContext ctx, Region region, ChainMap map, List<String> order, String label) {
        Set<String> key = map.keyProducts().stream().map(ChainNode::id).collect(Collectors.toCollection(LinkedHashSet::new));
        List<MetricRecord> cand = ctx.records().stream().filter(r -> r.nodes().stream().anyMatch(key::contains)).toList();
        double maxCited = cand.stream().mapToDouble(r -> r.citedBy() == null ? 0 : r.citedBy()).max().orElse(0);
        double maxFamily = cand.stream().mapToDouble(r -> r.familySize() == null ? 0 : r.familySize()).max().orElse(0);
        double maxClaims = cand.stream().mapToDouble(r -> r.claims() == null ? 0 : r.claims()).max().orElse(0);
        double maxValue = cand.stream().mapToDouble(r -> r.valueScore() == null ? 0 : r.valueScore()).max().orElse(0);
        record Scored(MetricRecord r, String category, double score) {
        }
        Map<String, List<Scored>> byCat = new LinkedHashMap<>();
        for (String c : List.of("license_transfer", "university_licensing", "free_to_use")) {
            byCat.put(c, new ArrayList<>());
        }
        for (MetricRecord r : cand) {
            boolean academic = r.applicants().stream().anyMatch(a -> a != null
                    && ("university".equals(a.type()) || "institute".equals(a.type())));
            String cat;
            if (r.status() == LegalStatus.LAPSED) {
                cat = "free_to_use";
            } else if (academic && (r.status() == LegalStatus.ACTIVE || r.status() == LegalStatus.PENDING)) {
                cat = "university_licensing";
            } else if (r.status() == LegalStatus.ACTIVE) {
                cat = "license_transfer";
            } else {
                continue;
            }
            double score = 100 * (0.4 * norm(r.citedBy(), maxCited) + 0.2 * norm(r.familySize(), maxFamily)
                    + 0.2 * norm(r.claims(), maxClaims) + 0.2 * norm(r.valueScore(), maxValue));
            byCat.get(cat).add(new Scored(r, cat, score));
        }
        Comparator<Scored> ord = Comparator.<Scored>comparingDouble(s -> -s.score())
                .thenComparingInt(s -> -(s.r().citedBy() == null ? -1 : s.r().citedBy()))
                .thenComparing(s -> s.r().publication() == null ? "" : s.r().publication())
                .thenComparing(s -> s.r().id());
        Map<String, String[]> catText = Map.of(
                "license_transfer", new String[]{"有效专利，可洽谈许可或转让", "active patent, to license or acquire"},
                "university_licensing", new String[]{"高校/院所专利（有效或审中），可开放许可", "university/institute patent (active or pending), open to licensing"},
                "free_to_use", new String[]{"已失效，可无偿利用", "lapsed, free to use"});
        List<List<Object>> rows = new ArrayList<>();
        for (Map.Entry<String, List<Scored>> e : byCat.entrySet()) {
            // the order is total (its last key is the unique id): the top k without sorting every candidate
            List<Scored> list = dev.navi.metrics.TopK.first(e.getValue(), TOP_RESERVE_PER_CATEGORY, ord);
            long rank = 1;
            for (Scored s : list) {
                MetricRecord r = s.r();
                List<String> nodeIds = r.nodes().stream().filter(key::contains).sorted(Comparator.comparingInt(order::indexOf))
                        .toList();
                String nodes = String.join(";", nodeIds);
                String apps = r.applicants().stream().filter(a -> a != null && a.name() != null).map(Actor::name)
                        .distinct().collect(Collectors.joining(";"));
                String[] t = catText.get(e.getKey());
                rows.add(row(e.getKey(), rank++, r.publication(), r.title(), r.status() == null ? null : r.status().name(),
                        apps, RegionScope.recordIn(r, region) ? "yes" : "no", nodes,
                        r.applicationYear() == null ? null : (long) r.applicationYear(), lng(r.citedBy()), lng(r.familySize()),
                        lng(r.claims()), r.valueScore(), cell(s.score()),
                        t[0] + "；关键产品环节" + mapNames(nodeIds, ctx.map(), false) + "；被引" + str(r.citedBy()) + "次、同族" + str(r.familySize()) + "件、权利要求"
                                + str(r.claims()) + "项，价值分" + fmt(s.score(), 1),
                        t[1] + "; key-product node " + mapNames(nodeIds, ctx.map(), true) + "; cited " + str(r.citedBy()) + ", family " + str(r.familySize())
                                + ", claims " + str(r.claims()) + ", score " + fmt(s.score(), 1)));
            }
        }
        return new MetricTable(OPERATION_RESERVE, "关键产品专利运营与储备清单", "Key-product patents for operation and reserve",
                List.of("category", "rank", "publication", "title", "status", "applicants", "holder_in_region", "key_nodes",
                        "application_year", "cited_by", "family_size", "claims", "vendor_value_score", "score", "reasons",
                        "reasons_en"),
                rows, List.of("value_score"),
                "标引到关键产品环节（" + mapNames(List.copyOf(key), map, false) + "）的记录。类别：失效可用 = 已失效；高校院所许可 = 有效或审中、"
                        + "且申请人含高校/科研院所；许可/转让 = 其他有效专利。非高校院所的审中专利和法律状态未知的专利不列入。得分 = 100 ×"
                        + "（0.4·c/c最大 + 0.2·f/f最大 + 0.2·k/k最大 + 0.2·v/v最大），c为被引次数、f为同族数、k为权利要求数、v为数据商价值评分，"
                        + "最大值取自关键产品记录，缺失值记0。并列时按被引次数降序、公开号、记录编号排列。每个类别列前" + TOP_RESERVE_PER_CATEGORY + "项。",
                "Records tagged with a key-product node (" + String.join(", ", key) + "). Categories: free_to_use = lapsed; "
                        + "university_licensing = active or pending with a university/institute applicant; license_transfer = "
                        + "other active. Pending non-academic and unknown-status records are not listed. Score = 100 × (0.4·c/c_max"
                        + " + 0.2·f/f_max + 0.2·k/k_max + 0.2·v/v_max), c = citedBy, f = family size, k = claims, v = vendor value "
                        + "score, maxima over the key-product records, a missing value counts 0. Ties: citedBy desc, "
                        + "publication, id. Top " + TOP_RESERVE_PER_CATEGORY + " per category.");
    }

    /** The definitions of the path metrics. */
    public static List<Definition> definitions(int recentFrom, int last) {
        String basis = "records in the counting unit; region membership on the any-applicant basis (an applicant located in "
                + "the region); weak nodes = nodes placed GAP or WEAK by the positioning module";
        String window = "all records of the analysis set; recent = years (on the set's year basis) " + recentFrom + "–" + last;
        String basisZh = "按计数单位计数；区域归属按任一申请人口径（申请人位于该区域）；薄弱环节 = 区域定位为空白或薄弱的环节";
        String windowZh = "分析集全部记录；近期 = （按分析集的年份口径）" + recentFrom + "–" + last + "年";
        return List.of(
                new Definition("weak_nodes", "薄弱/空白环节", "Weak and gap nodes",
                        "nodes with quadrant GAP (region count 0) or WEAK (RTA < 1 and region CAGR below the benchmark)",
                        "—", basis, window)
                        .zh("定位为空白（区域无申请）或薄弱（RTA低于1且区域增长低于基准）的环节", "—", basisZh, windowZh),
                new Definition("enterprise_target", "招商引资目标", "Enterprise introduction target",
                        "enterprise with no applicant occurrence in the region and no member of its group (alias-table roll-up) there, ≥ 1 recent filing in weak nodes; strength = "
                                + "its records in weak nodes; share = that / all records in weak nodes; patent-holding companies and "
                                + "defence contractors are flagged and ranked last", "records; fraction 0–1",
                        basis, window)
                        .zh("在区域内没有申请记录、其集团（按别名表归并）在区域内也无成员、且在薄弱环节有近期申请的企业；强度 = 其薄弱环节记录数，"
                                + "份额 = 该数 / 薄弱环节全部记录数；专利运营（控股）公司和军工企业加注并排在最后", "记录数；比例（0–1）",
                                basisZh, windowZh),
                new Definition("talent_target", "人才引进对象", "Talent introduction candidate",
                        "inventor named on no region record, ≥ 1 recent filing in weak nodes; ranked by weak-node records, then "
                                + "mean citedBy", "records", basis, window)
                        .zh("未出现在区域任何记录上、在薄弱环节有近期申请的发明人；按薄弱环节记录数、平均被引次数排序", "记录数", basisZh, windowZh),
                new Definition("transferable", "可转化专利", "Transferable patent", "legal status active or pending", "records",
                        basis, window)
                        .zh("法律状态为有效或审中", "记录数", basisZh, windowZh),
                new Definition("co_applicant", "共同申请", "Co-application",
                        "two distinct applicants named on the same region record", "records", basis, window)
                        .zh("同一区域记录上的两个不同申请人", "记录数", basisZh, windowZh),
                new Definition("value_score", "专利价值分", "Patent value score",
                        "100 × (0.4·citedBy/max + 0.2·familySize/max + 0.2·claims/max + 0.2·vendorScore/max), maxima over the "
                                + "key-product records, missing = 0; ties by citedBy desc, publication, id",
                        "index 0–100", basis, window)
                        .zh("100 ×（0.4·被引次数/最大值 + 0.2·同族数/最大值 + 0.2·权利要求数/最大值 + 0.2·数据库价值分/最大值），最大值取关键产品记录，"
                                + "缺失记0；并列时按被引次数降序、公开号", "指数（0–100）", basisZh, windowZh));
    }

    /** Recent against previous filings, as a multiple (analytic, not "one more filing"). */
    private static String growthZh(ActorAgg a, int recentFrom, int last) {
        String w = "近三年（" + recentFrom + "–" + last + "）申请" + a.recent + "件";
        if (a.previous == 0) {
            return w + "，前三年无申请（新进入）";
        }
        return w + "，为前三年（" + a.previous + "件）的" + fmt((double) a.recent / a.previous, 1) + "倍";
    }

    private static String growthEn(ActorAgg a, int recentFrom, int last) {
        String w = a.recent + " filed " + recentFrom + "–" + last;
        if (a.previous == 0) {
            return w + ", none in the three years before (new entrant)";
        }
        return w + ", " + fmt((double) a.recent / a.previous, 1) + " times the " + a.previous + " of the three years before";
    }

    private static String qualityZh(ActorAgg a) {
        return Double.isNaN(a.meanCitedBy()) ? "被引数据缺失" : "篇均被引" + fmt(a.meanCitedBy(), 1) + "次";
    }

    private static String qualityEn(ActorAgg a) {
        return Double.isNaN(a.meanCitedBy()) ? "no citation data" : "mean citations " + fmt(a.meanCitedBy(), 1);
    }

    /** Node names from the chain map for reasons a person reads (ids stay in the id columns). */
    private static String mapNames(List<String> ids, dev.navi.chain.map.ChainMap map, boolean en) {
        return ids.stream().map(id -> map.node(id).map(n -> n.name(en ? "en" : "zh")).orElse(id))
                .collect(Collectors.joining(en ? ", " : "、"));
    }

    private static String names(List<String> ids, Map<String, NodeRow> byId, boolean en) {
        return ids.stream().map(id -> byId.containsKey(id) ? (en ? byId.get(id).nameEn() : byId.get(id).name()) : id)
                .collect(Collectors.joining(en ? ", " : "、"));
    }

    private static double norm(Number v, double max) {
        return v == null || max <= 0 ? 0 : v.doubleValue() / max;
    }

    private static Long lng(Integer v) {
        return v == null ? null : (long) v;
    }

    private static String str(Integer v) {
        return v == null ? "–" : v.toString();
    }

    private static Number num(Object o) {
        return o instanceof Number n ? n : 0L;
    }

    private static double dbl(Object o) {
        return o instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    private static List<Object> row(Object... cells) {
        return new ArrayList<>(Arrays.asList(cells));
    }

    /**
     * The first {@code limit} of {@code ordered} with the flagged ones (patent-holding companies, defence contractors)
     * after all others, each group in its order: the same list as a stable sort by (flagged, order), but the flag — some
     * ninety patterns — is checked only until {@code limit} unflagged entries are found, not once per comparison.
     */
    static <T> List<T> flaggedLast(List<T> ordered, java.util.function.Predicate<T> flagged, int limit) {
        List<T> out = new ArrayList<>(limit);
        List<T> later = new ArrayList<>();
        for (T t : ordered) {
            if (out.size() >= limit) {
                return out;
            }
            if (flagged.test(t)) {
                if (later.size() < limit) {
                    later.add(t);
                }
            } else {
                out.add(t);
            }
        }
        for (int i = 0; i < later.size() && out.size() < limit; i++) {
            out.add(later.get(i));
        }
        return out;
    }

    /** One applicant's records in a set of nodes. */
    static final class ActorAgg {
        static final Comparator<ActorAgg> ORDER = Comparator.<ActorAgg>comparingLong(a -> -a.count)
                .thenComparingLong(a -> -a.recent).thenComparing(a -> a.name);
        final String name;
        private final RegionScope.Mode types = new RegionScope.Mode();
        private final RegionScope.Mode groups = new RegionScope.Mode();
        private final RegionScope.Mode countries = new RegionScope.Mode();
        private final RegionScope.Mode provinces = new RegionScope.Mode();
        final Map<String, Integer> nodes = new HashMap<>();
        long count;
        long recent;
        long previous;
        long transferable;
        long citedSum;
        long citedN;

        ActorAgg(String name) {
            this.name = name;
        }

        void add(Actor a, MetricRecord r, List<String> inNodes, int last) {
            count++;
            types.add(a.type());
            groups.add(a.group());
            countries.add(a.country());
            provinces.add(a.province());
            inNodes.forEach(n -> nodes.merge(n, 1, Integer::sum));
            if (r.citedBy() != null) {
                citedSum += r.citedBy();
                citedN++;
            }
            if (r.status() == LegalStatus.ACTIVE || r.status() == LegalStatus.PENDING) {
                transferable++;
            }
            Integer y = r.year();
            if (y != null) {
                int from = last - PositioningModule.RECENT_YEARS + 1;
                if (y >= from && y <= last) {
                    recent++;
                } else if (y >= from - 3 && y < from) {
                    previous++;
                }
            }
        }

        String type() {
            return types.get();
        }

        String group() {
            return groups.get();
        }

        double meanCitedBy() {
            return citedN == 0 ? Double.NaN : (double) citedSum / citedN;
        }

        /** The flag of the applicant or of its group. */
        java.util.Optional<TargetFlags.Flag> flag() {
            java.util.Optional<TargetFlags.Flag> f = TargetFlags.of(name);
            return f.isPresent() ? f : TargetFlags.of(group());
        }

        String country() {
            return countries.get();
        }

        String province() {
            return provinces.get();
        }
    }
}
