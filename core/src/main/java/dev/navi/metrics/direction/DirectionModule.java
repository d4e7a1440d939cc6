package dev.navi.metrics.direction;

import dev.navi.chain.map.ChainMap;
import dev.navi.chain.map.ChainNode;
import dev.navi.clean.CountingUnit;
import dev.navi.metrics.Actor;
import dev.navi.metrics.ColumnKind;
import dev.navi.metrics.Definition;
import dev.navi.metrics.MetricContext;
import dev.navi.metrics.MetricRecord;
import dev.navi.metrics.MetricTable;
import dev.navi.metrics.TopK;
import dev.navi.metrics.ModuleResult;
import dev.navi.metrics.stats.Concentration;
import dev.navi.metrics.stats.Tally;
import dev.navi.metrics.stats.Growth;
import dev.navi.metrics.stats.LifeCycle;
import dev.navi.metrics.stats.YearSeries;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Industry direction navigation (产业发展方向导航, GB/T 39551-2020): filing trends, growth, life cycle, concentration,
 * leading applicants, origins and markets, industry transfer, patent control strength, hotspots, core patents and the
 * technology–effect matrix.
 *
 * <p>Scope: the analysis set, {@link MetricContext#records()}, whose year on the context's basis
 * ({@link MetricRecord#year()}: application year by default) lies in {@code fromYear..toYear} (the trend by priority year reads the priority year instead). A record counts in a node when
 * the node's id is among {@link MetricRecord#nodes()} (roll-ups included, so a parent contains its children's records).
 * Nodes are listed depth first in the map's order. Years after {@link MetricContext#lastCompleteYear()} are incomplete
 * (18-month publication lag): they are shown and flagged, and every growth, life-cycle and hotspot value stops at the
 * last complete year. Fractions are 0..1 (× 100 = %); an undefined value (NaN) is written as an empty cell.
 */
public final class DirectionModule {
    /** Cap of a normalised citation, family or claim value in the record quality. */
    public static final double QUALITY_CAP = 5;
    /** Number of complete years of the growth window (CAGR from L−4 to L). */
    public static final int CAGR_YEARS = dev.navi.metrics.ChainGrowth.YEARS;
    /** Number of last complete years in which a first filing makes a new entrant. */
    public static final int RECENT_YEARS = 3;
    /** Length of the industry-transfer periods. */
    public static final int PERIOD_YEARS = 5;
    public static final int TOP_APPLICANTS = 10;
    /** Fewest records of a node for its concentration to be labelled (低/中/高集中度). */
    public static final int CONCENTRATION_MIN_BASE = 30;
    public static final int TOP_CONTROL = 20;
    public static final int TOP_CORE = 10;
    public static final int TOP_EFFECTS = 15;
    /** Applicants (rows) of the applicant × node matrix. */
    public static final int TOP_MATRIX_APPLICANTS = 20;
    /** Label of a missing origin, market or country. */
    public static final String UNKNOWN = "(unknown)";
    /** Node id of the all-nodes row. */
    public static final String ALL = "(all)";

    private final MetricContext ctx;
    private final ControlWeights weights;
    private final int from;
    private final int to;
    private final int last;
    private final List<MetricRecord> records;
    /** The records matching at least one node: every chain statistic (shares, the whole-chain row) counts these. */
    private final List<MetricRecord> tagged;
    private final List<ChainNode> nodes;
    private final Map<String, List<MetricRecord>> byNode = new LinkedHashMap<>();
    private final Map<String, Actor> actorInfo = new HashMap<>();
    /** {@link #records} as an array: the tables below address a record by its position. */
    private final MetricRecord[] recs;
    /**
     * Per record (by position in {@link #records}) the sets the tables read again and again (distinct standard names,
     * applicant countries, origins, markets), made once: a large run has hundreds of thousands of records, each read by
     * many tables and nodes. An array, not a map keyed by record: a lookup per read costs more than making the set.
     */
    private final Facts[] factsAt;
    /** The positions of each node's records in {@link #records}, in their order (the same records as {@link #byNode}). */
    private final Map<String, int[]> nodeIdx = new HashMap<>();
    /** Year → records of each node, made once (trends, growth and the life cycle read it). */
    private final Map<String, Map<Integer, Long>> nodeYears = new HashMap<>();
    /** Applicant → records of each node, made once (concentration, the applicant × node matrix and the findings read it). */
    private final Map<String, Tally.Counts> nodeApplicants = new HashMap<>();
    /** The standard names as ids, and each record's distinct standard names as ids (by position in {@link #records}). */
    private final Tally.Names applicantNames = new Tally.Names();
    private final int[][] applicantIds;
    /** Counts by applicant id, reused node after node (the module runs on one thread). */
    private final Tally applicantTally;
    /** Per applicant id the stamp of the last group of records it was seen in (distinct counts without sets). */
    private final int[] seen;
    private int stamp;

    /** A record's distinct standard names, applicant countries, origins and markets ({@link #names} ...). */
    private record Facts(String[] names, String[] countries, String[] origins, String[] markets) {
    }
    private final Map<String, Definition> definitions = new LinkedHashMap<>();
    private final List<MetricTable> tables = new ArrayList<>();
    private final List<String> findingsZh = new ArrayList<>();
    private final List<String> findingsEn = new ArrayList<>();
    private final String basis;
    private final String window;

    // values kept for the findings
    private final Map<String, Double> nodeCagr = new HashMap<>();
    private final Map<String, LifeCycle.Stage> nodeStage = new HashMap<>();
    private double allCagr = Double.NaN;
    private int cagrFrom;
    private int cagrTo;

    /** Minimum bases (see {@link Growth#MIN_BASE}, {@link #CONCENTRATION_MIN_BASE}); smaller only in hand-worked tests. */
    private final int growthBase;
    private final int concentrationBase;

    private DirectionModule(MetricContext ctx, ControlWeights weights, int growthBase, int concentrationBase) {
        this.growthBase = growthBase;
        this.concentrationBase = concentrationBase;
        this.ctx = ctx;
        this.weights = weights;
        this.from = ctx.fromYear();
        this.to = ctx.toYear();
        this.last = Math.min(ctx.lastCompleteYear(), ctx.toYear());
        this.records = ctx.records().stream()
                .filter(r -> r.year() != null && r.year() >= from && r.year() <= to)
                .toList();
        this.nodes = ctx.map().nodes();
        Set<String> nodeIds = new HashSet<>();
        nodes.forEach(n -> nodeIds.add(n.id()));
        this.tagged = records.stream().filter(r -> r.nodes().stream().anyMatch(nodeIds::contains)).toList();
        this.recs = records.toArray(new MetricRecord[0]);
        this.factsAt = facts(recs);
        this.applicantIds = ids(factsAt, applicantNames);
        this.applicantTally = new Tally(applicantNames);
        this.seen = new int[applicantNames.size()];
        // one pass over the records (not one per node); each node's list keeps the records' order
        Map<String, List<MetricRecord>> lists = new HashMap<>();
        Map<String, Positions> positions = new HashMap<>();
        for (ChainNode n : nodes) {
            lists.put(n.id(), new ArrayList<>());
            positions.put(n.id(), new Positions());
        }
        byNode(recs, lists, positions);
        for (ChainNode n : nodes) {
            byNode.put(n.id(), Collections.unmodifiableList(lists.get(n.id())));
            nodeIdx.put(n.id(), positions.get(n.id()).toArray());
        }
        actorInfo(records, actorInfo);
        this.basis = "records in the counting unit " + ctx.unit() + ", year = " + ctx.basis().en() + "; records with a "
                + ctx.basis().en() + " in " + from + "–" + to
                + "; a record counts in every node it is tagged with (roll-ups included)";
        this.window = from + "–" + to + "; years after " + ctx.lastCompleteYear()
                + " are incomplete because of the 18-month publication lag and are shown but not read as"
                + " a decline";
    }

    // the constructor's loops over the records, each a method of its own: the JIT compiles a hot loop's whole method
    // on stack, and the constructor is long

    private static Facts[] facts(MetricRecord[] recs) {
        Facts[] facts = new Facts[recs.length];
        for (int i = 0; i < recs.length; i++) {
            MetricRecord r = recs[i];
            facts[i] = new Facts(distinctNames(r), distinctCountries(r), distinctOrUnknown(r.origins()),
                    distinctOrUnknown(r.markets()));
        }
        return facts;
    }

    private static int[][] ids(Facts[] facts, Tally.Names names) {
        int[][] ids = new int[facts.length][];
        for (int i = 0; i < facts.length; i++) {
            ids[i] = names.ids(facts[i].names());
        }
        return ids;
    }

    /** Each record into the lists (and positions) of the nodes it is tagged with, in the records' order. */
    private static void byNode(MetricRecord[] recs, Map<String, List<MetricRecord>> lists, Map<String, Positions> positions) {
        for (int i = 0; i < recs.length; i++) {
            for (String id : recs[i].nodes()) {
                List<MetricRecord> l = lists.get(id);
                if (l != null) {
                    l.add(recs[i]);
                    positions.get(id).add(i);
                }
            }
        }
    }

    /** Each applicant name's first actor (its type, group, country) in the records' order. */
    private static void actorInfo(List<MetricRecord> records, Map<String, Actor> actorInfo) {
        for (MetricRecord r : records) {
            for (Actor a : r.applicants()) {
                if (a != null && !blank(a.name())) {
                    actorInfo.putIfAbsent(a.name(), a);
                }
            }
        }
    }

    /** Computes the module. */
    public static ModuleResult compute(MetricContext ctx, ControlWeights weights) {
        return compute(ctx, weights, Growth.MIN_BASE, CONCENTRATION_MIN_BASE);
    }

    /** {@link #compute(MetricContext, ControlWeights)} with other minimum bases (the tests' tiny fixtures). */
    static ModuleResult compute(MetricContext ctx, ControlWeights weights, int growthBase, int concentrationBase) {
        Objects.requireNonNull(ctx, "ctx");
        Objects.requireNonNull(weights, "weights");
        if (ctx.toYear() < ctx.fromYear()) {
            throw new IllegalArgumentException("toYear " + ctx.toYear() + " < fromYear " + ctx.fromYear());
        }
        DirectionModule m = new DirectionModule(ctx, weights, growthBase, concentrationBase);
        m.trends();
        m.growth();
        m.lifeCycle();
        m.concentration();
        m.originsAndMarkets();
        m.control();
        m.hotspots();
        m.corePatents();
        m.techEffects();
        m.tables.addAll(SetTables.wholeSet(ctx, m.records, m.nodeIdx));
        SetTables.definitions(m.basis, m.window).forEach(d -> m.definitions.putIfAbsent(d.id(), d));
        m.findings();
        ControlWeights w = weights;
        Map<String, Definition> defs = DirectionDefinitionsZh.add(m.definitions, new DirectionDefinitionsZh.Params(ctx.unit(),
                m.from, m.to, m.last, m.cagrFrom, m.cagrTo, Math.max(m.from, m.last - RECENT_YEARS + 1), growthBase,
                concentrationBase, num(w.cite()), num(w.family()), num(w.grant()), num(w.claims()), num(QUALITY_CAP),
                num(w.ops()), num(w.technology()), num(w.product()), num(w.market()), ctx.basis().zh()));
        return new ModuleResult(m.tables, List.copyOf(defs.values()), m.findingsZh, m.findingsEn);
    }

    // ---------------------------------------------------------------- 1. trends

    private void trends() {
        def("filings", "申请量", "Filings", "number of records per year (and node)", "records", basis, window);
        def("incomplete_year", "不完整年份", "Incomplete year",
                "a year y > lastCompleteYear (L = " + ctx.lastCompleteYear() + "): filings of the last 18 months before the "
                        + "data cut-off are not yet all published", "flag yes/no", basis, window);
        List<String> cols = new ArrayList<>(List.of("year", "complete", "total"));
        nodes.forEach(n -> cols.add(n.id()));
        List<List<Object>> rows = new ArrayList<>();
        Map<Integer, Long> totals = countByYear(records, MetricRecord::year);
        List<Map<Integer, Long>> perNode = nodes.stream().map(n -> nodeYears(n.id())).toList();
        for (int y = from; y <= to; y++) {
            List<Object> row = new ArrayList<>(List.of((long) y, y <= ctx.lastCompleteYear() ? "yes" : "no",
                    totals.getOrDefault(y, 0L)));
            for (Map<Integer, Long> m : perNode) {
                row.add(m.getOrDefault(y, 0L));
            }
            rows.add(row);
        }
        tables.add(new MetricTable("trend_by_year", "各技术分支申请趋势（按" + ctx.basis().zh() + "）",
                "Filing trend by node (" + ctx.basis().en() + ")",
                cols, rows, List.of("filings", "incomplete_year"),
                "行：" + from + "–" + to + "年，按年份升序，无申请的年份补0。合计 = 当年的不同记录数（标引到多个技术分支的记录在合计中计一次、"
                        + "在每个分支中各计一次；未标引记录只计入合计）。技术分支列按产业链结构图顺序（深度优先）排列。" + ctx.lastCompleteYear()
                        + "年以后各年“数据完整”为否：发明专利申请约18个月后公开，数据尚不完整，不代表申请量下降。",
                "Rows: years " + from + "–" + to + " ascending, zero-filled. total = distinct records of the year (a record "
                        + "tagged with several nodes counts once in total and once in each node; untagged records count "
                        + "in total only). Node columns are node ids in map order (depth first). complete = no for years "
                        + "after " + ctx.lastCompleteYear() + ": incomplete (18-month publication lag), not a decline.")
                .declare(ColumnKind.COUNT, cols.subList(2, cols.size())));

        segments(totals);

        def("yoy", "同比增长率", "Year-on-year growth",
                "g(y) = (n(y) − n(y−1)) / n(y−1); blank when n(y−1) = 0", "fraction (×100 = %)", basis, window);
        List<List<Object>> yrows = new ArrayList<>();
        for (int y = from + 1; y <= to; y++) {
            List<Object> row = new ArrayList<>();
            row.add((long) y);
            row.add(y <= ctx.lastCompleteYear() ? "yes" : "no");
            row.add(yoy(totals, y));
            for (Map<Integer, Long> m : perNode) {
                row.add(yoy(m, y));
            }
            yrows.add(row);
        }
        tables.add(new MetricTable("growth_yoy", "申请量同比增长率（按" + ctx.basis().zh() + "）",
                "Year-on-year growth (" + ctx.basis().en() + ")",
                cols, yrows, List.of("yoy", "incomplete_year"),
                "行：" + (from + 1) + "–" + to + "年，按年份升序；各列同“各技术分支申请趋势”表，数值为同比增长率（比例）。" + ctx.lastCompleteYear()
                        + "年以后各年“数据完整”为否：其下降源于公开滞后，不代表申请量下降。",
                "Rows: years " + (from + 1) + "–" + to + " ascending; columns as in trend_by_year, values are YoY growth "
                        + "fractions. complete = no for years after " + ctx.lastCompleteYear() + ": a drop there is the "
                        + "publication lag, not a decline.").declare(ColumnKind.RATE, cols.subList(2, cols.size())));

        def("filings_priority", "申请量（按优先权年）", "Filings by priority year",
                "number of records per earliest priority year", "records",
                "records in the counting unit " + ctx.unit() + ", year = earliest priority year; records with a priority "
                        + "year in " + from + "–" + to + " (whatever their " + ctx.basis().en() + ")", window);
        Map<Integer, Long> prio = countByYear(ctx.records().stream()
                .filter(r -> r.priorityYear() != null && r.priorityYear() >= from && r.priorityYear() <= to).toList(),
                MetricRecord::priorityYear);
        List<List<Object>> prows = new ArrayList<>();
        for (int y = from; y <= to; y++) {
            prows.add(List.of((long) y, y <= ctx.lastCompleteYear() ? "yes" : "no", prio.getOrDefault(y, 0L)));
        }
        tables.add(new MetricTable("trend_by_priority_year", "申请趋势（按优先权年）", "Filing trend (priority year)",
                List.of("year", "complete", "total"), prows, List.of("filings_priority", "incomplete_year"),
                "行：按年份升序，无申请的年份补0；没有优先权年的记录不计入。" + ctx.lastCompleteYear() + "年以后各年“数据完整”为否（发明专利申请"
                        + "约18个月后公开），不代表申请量下降。",
                "Rows: years ascending, zero-filled; records without a priority year are not counted. complete = no "
                        + "for years after " + ctx.lastCompleteYear() + " (18-month publication lag), not a decline."));
    }

    /** Column of {@code segment_by_year} for records in several top-level segments. */
    public static final String SEVERAL = "several";
    /** Column of {@code segment_by_year} for records that match no node. */
    public static final String UNTAGGED = "untagged";

    /**
     * The filings of each year split so that every record counts exactly once (the stacked chart's and the text's one
     * rule): in its top-level segment when it has one, in {@link #SEVERAL} when it is tagged to two or more, in
     * {@link #UNTAGGED} when it matches no node; the parts add up to the year's total.
     */
    private void segments(Map<Integer, Long> totals) {
        List<ChainNode> roots = segmentNodes(ctx.map());
        Map<String, String> rootOf = new HashMap<>();
        for (ChainNode root : roots) {
            for (ChainNode n : nodes) {
                if (isUnder(n, root)) {
                    rootOf.put(n.id(), root.id());
                }
            }
        }
        List<String> cols = new ArrayList<>(List.of("year", "complete", "total"));
        roots.forEach(r -> cols.add(r.id()));
        cols.add(SEVERAL);
        cols.add(UNTAGGED);
        Map<Integer, long[]> byYear = segmentsByYear(roots, rootOf);
        List<List<Object>> rows = new ArrayList<>();
        long[] sum = new long[roots.size() + 2];
        for (int y = from; y <= to; y++) {
            long[] c = byYear.getOrDefault(y, new long[roots.size() + 2]);
            List<Object> row = new ArrayList<>(List.of((long) y, y <= ctx.lastCompleteYear() ? "yes" : "no",
                    totals.getOrDefault(y, 0L)));
            for (int i = 0; i < c.length; i++) {
                row.add(c[i]);
                sum[i] += c[i];
            }
            rows.add(row);
        }
        def("segment_partition", "环节构成（每件只计一次）", "Segment composition (each record once)",
                "per year: records whose top-level segments are exactly {s} (one segment), records in two or more segments "
                        + "(several), records matching no node (untagged); the parts add up to the year's total",
                "records", basis, window);
        tables.add(new MetricTable("segment_by_year", "各环节申请量构成（每件只计一次）",
                "Filings by segment, each record once (application year)", cols, rows,
                List.of("segment_partition", "incomplete_year"),
                "行：" + from + "–" + to + "年，按年份升序，无申请的年份补0。每条记录只计一次：只属一个一级环节的计入该环节，标引到两个及以上"
                        + "一级环节的计入“多个环节”，未匹配任何环节的计入“未标引”；各环节列与“多个环节”“未标引”之和等于合计。",
                "Rows: years " + from + "–" + to + " ascending, zero-filled. Each record counts once: in its top-level "
                        + "segment when it has one, in 'several' when it is tagged to two or more segments, in 'untagged' when "
                        + "it matches no node; the segment columns, several and untagged add up to total.")
                .declare(ColumnKind.COUNT, cols.subList(2, cols.size())));
        long all = records.size();
        if (all > 0 && roots.size() > 1) {
            List<String> zh = new ArrayList<>();
            List<String> en = new ArrayList<>();
            for (int i = 0; i < roots.size(); i++) {
                zh.add("仅属" + roots.get(i).name() + "的" + pct(share(sum[i], all)) + "%");
                en.add(pct(share(sum[i], all)) + "% only in " + roots.get(i).name("en"));
            }
            segmentZh = "按一级环节划分（每件只计一次）：" + String.join("、", zh) + "，属多个环节的" + pct(share(sum[roots.size()], all))
                    + "%，未匹配任何环节的" + pct(share(sum[roots.size() + 1], all)) + "%。";
            segmentEn = "By top-level segment, each record once: " + String.join(", ", en) + ", "
                    + pct(share(sum[roots.size()], all)) + "% in several segments and " + pct(share(sum[roots.size() + 1], all))
                    + "% matching no node.";
        }
    }

    /**
     * Year → per segment (in {@code roots}' order) the records whose only segment it is, then the records in several,
     * then the untagged ones. A method of its own: the JIT compiles this loop, not all of segments(), on stack.
     */
    private Map<Integer, long[]> segmentsByYear(List<ChainNode> roots, Map<String, String> rootOf) {
        Map<String, Integer> rootIndex = new HashMap<>();
        for (int i = 0; i < roots.size(); i++) {
            rootIndex.putIfAbsent(roots.get(i).id(), i);
        }
        Map<Integer, long[]> byYear = new TreeMap<>();
        for (MetricRecord r : records) {
            String only = null;
            boolean several = false;
            for (String n : r.nodes()) {
                String root = rootOf.get(n);
                if (root != null && !root.equals(only)) {
                    if (only == null) {
                        only = root;
                    } else {
                        several = true;
                    }
                }
            }
            long[] c = byYear.computeIfAbsent(r.year(), y -> new long[roots.size() + 2]);
            if (only == null) {
                c[roots.size() + 1]++;
            } else if (several) {
                c[roots.size()]++;
            } else {
                c[rootIndex.get(only)]++;
            }
        }
        return byYear;
    }

    /**
     * The segments of a map: its top-level nodes, or the children of its single top-level node (a map with one root
     * "drones" has its segments one level down).
     */
    public static List<ChainNode> segmentNodes(dev.navi.chain.map.ChainMap map) {
        if (map.roots().size() == 1 && !map.roots().get(0).children().isEmpty()) {
            return map.roots().get(0).children();
        }
        return map.roots();
    }

    private String segmentZh;
    private String segmentEn;

    private static boolean isUnder(ChainNode n, ChainNode root) {
        if (n.id().equals(root.id())) {
            return true;
        }
        for (ChainNode c : root.children()) {
            if (isUnder(n, c)) {
                return true;
            }
        }
        return false;
    }

    private static Double yoy(Map<Integer, Long> counts, int y) {
        long prev = counts.getOrDefault(y - 1, 0L);
        return prev == 0 ? null : (counts.getOrDefault(y, 0L) - prev) / (double) prev;
    }

    // ---------------------------------------------------------------- 2. growth

    private void growth() {
        cagrTo = dev.navi.metrics.ChainGrowth.windowTo(ctx);
        cagrFrom = dev.navi.metrics.ChainGrowth.windowFrom(ctx);
        String w = cagrFrom + "–" + cagrTo + " (the last " + CAGR_YEARS + " complete years, clipped to the analysed "
                + "period); " + window;
        def("cagr", "年均复合增长率", "CAGR", "CAGR = (n(" + cagrTo + ") / n(" + cagrFrom + "))^(1/" + (cagrTo - cagrFrom)
                + ") − 1; n/a (blank) when n(" + cagrFrom + ") = 0 or when the node has fewer than " + growthBase
                + " filings in " + cagrFrom + "–" + cagrTo, "fraction per year (×100 = %)", basis, w);
        def("relative_growth", "相对增长率", "Relative growth",
                "node CAGR − CAGR of the whole chain (the tagged records, ChainGrowth; Growth.relativeGrowth); > 0: the node "
                        + "grows faster than the chain", "fraction per year (×100 = percentage points)", basis, w);
        def("share_of_all", "占比", "Share of all", "records of the node / tagged records " + from + "–" + to
                + " (records matching at least one node; untagged records are in no chain statistic; shares of nodes sum "
                + "to more than 1 where records carry several nodes)", "fraction 0–1", basis, window);
        YearSeries all = series(tagged);
        // the chain's growth has one definition (ChainGrowth), which the positioning benchmark reads too
        dev.navi.metrics.ChainGrowth chain = dev.navi.metrics.ChainGrowth.of(ctx, growthBase);
        allCagr = chain.cagr();
        List<List<Object>> rows = new ArrayList<>();
        for (ChainNode n : nodes) {
            List<MetricRecord> rs = byNode.get(n.id());
            YearSeries s = YearSeries.of(nodeYears(n.id())).zeroFilled(from, to);
            double c = cagr(s);
            nodeCagr.put(n.id(), c);
            rows.add(row(n.id(), n.displayName(), (long) level(n), (long) rs.size(), share(rs.size(), tagged.size()),
                    (long) s.valueOr(cagrFrom, 0), (long) s.valueOr(cagrTo, 0), c, Growth.relativeGrowth(c, allCagr)));
        }
        rows.add(row(ALL, "全产业链（已标引记录） / Whole chain (tagged records)", 0L, (long) tagged.size(),
                tagged.isEmpty() ? Double.NaN : 1.0, (long) all.valueOr(cagrFrom, 0), (long) all.valueOr(cagrTo, 0), allCagr, 0.0));
        tables.add(new MetricTable("growth_by_node", "各技术分支增长", "Growth by node",
                List.of("node", "name", "level", "total", "share", "count_" + cagrFrom, "count_" + cagrTo, "cagr", "relative_growth"),
                rows, List.of("filings", "share_of_all", "cagr", "relative_growth"),
                "行：按产业链结构图顺序（深度优先）列出各技术分支，最后为全产业链行（已标引记录）。年均增长率按" + cagrFrom + "–" + cagrTo
                        + "年计算，只用完整年度；留空表示无定义（起始年为0，或窗口内不足" + growthBase + "条记录）。层级 = 在产业链结构图中的"
                        + "深度（1为一级环节，全产业链行为0）。产业链统计只计已标引记录：共" + String.format(Locale.ROOT, "%,d", records.size())
                        + "条记录中的" + String.format(Locale.ROOT, "%,d", tagged.size()) + "条；其余" + String.format(Locale.ROOT, "%,d",
                        records.size() - tagged.size()) + "条（" + pct(share(records.size() - tagged.size(), records.size()))
                        + "%）未匹配任何技术分支，未纳入统计。",
                "Rows: nodes in map order (depth first), then the whole-chain row " + ALL + " (the tagged records). CAGR "
                        + cagrFrom + "–" + cagrTo + " uses complete years only; blank = undefined (start year 0, or fewer than "
                        + growthBase + " records in the window). level = "
                        + "depth in the map (1 = top level; 0 for " + ALL + "). Chain statistics count the tagged records: "
                        + String.format(Locale.ROOT, "%,d", tagged.size()) + " of " + String.format(Locale.ROOT, "%,d",
                        records.size()) + "; " + String.format(Locale.ROOT, "%,d", records.size() - tagged.size()) + " ("
                        + pct(share(records.size() - tagged.size(), records.size())) + "%) matched no node and are left out."));
    }

    // ---------------------------------------------------------------- 3. life cycle

    private void lifeCycle() {
        def("life_cycle", "技术生命周期", "Technology life cycle",
                "stage from LifeCycle.assess: filings and distinct applicants (by standard name) per year over the window "
                        + "L−3..L (L = last complete year), plus a logistic fit C(t) = K / (1 + e^(−r(t − t0))) of the "
                        + "cumulative complete-year filings; saturation = C(L) / K",
                "stage; K in records, r per year, t0 year, R² and saturation 0–1", basis, window);
        List<List<Object>> phase = new ArrayList<>();
        Map<String, LifeCycle.Assessment> assessed = new LinkedHashMap<>();
        for (ChainNode n : nodes) {
            List<MetricRecord> rs = byNode.get(n.id());
            YearSeries f = YearSeries.of(nodeYears(n.id())).zeroFilled(from, to);
            Map<Integer, Integer> applCount = distinctApplicantsByYear(nodeIdx.get(n.id()));
            YearSeries a = YearSeries.of(applCount).zeroFilled(from, to);
            LifeCycle.Assessment as = LifeCycle.assess(f, a, last);
            assessed.put(n.id(), as);
            for (LifeCycle.PhasePoint p : as.phaseDiagram()) {
                phase.add(row(n.id(), (long) p.year(), (long) p.filings(), (long) p.applicants(), p.complete() ? "yes" : "no"));
            }
        }
        Map<String, String[]> adjusted = LifeCycleHierarchy.reconcile(nodes, assessed);
        List<List<Object>> rows = new ArrayList<>();
        for (ChainNode n : nodes) {
            LifeCycle.Assessment as = assessed.get(n.id());
            var fit = as.fit();
            String[] adj = adjusted.get(n.id());
            LifeCycle.Stage stage = adj == null ? as.stage() : LifeCycle.Stage.valueOf(adj[0]);
            nodeStage.put(n.id(), stage);
            rows.add(row(n.id(), n.displayName(), stage.en(), stage.zh(), as.filingsCagr(), as.applicantsCagr(),
                    fit.status().name(), fit.k(), fit.r(), fit.t0(), fit.rSquared(), fit.saturation(),
                    adj == null ? as.reasonZh() : as.reasonZh() + adj[1], adj == null ? as.reasonEn() : as.reasonEn() + adj[2]));
        }
        tables.add(new MetricTable("life_cycle", "技术生命周期", "Technology life cycle",
                List.of("node", "name", "stage", "stage_zh", "filings_cagr", "applicants_cagr", "fit_status", "k", "r", "t0",
                        "r_squared", "saturation", "reason_zh", "reason_en"),
                rows, List.of("life_cycle"), "行：按产业链结构图顺序。未作拟合时（拟合状态为“有申请的年份过少”或“累计曲线无拐点”）拟合参数留空。"
                + "判定阶段时不考虑" + last + "年以后的年份。" + LifeCycleHierarchy.RULE_ZH, "Rows: nodes in map order. Fit parameters are blank when the fit is not "
                + "made (fit_status TOO_FEW_YEARS or NO_CURVATURE). Years after " + last + " are ignored for the stage. "
                + LifeCycleHierarchy.RULE_EN));
        tables.add(new MetricTable("phase_diagram", "技术生命周期相图", "Life-cycle phase diagram",
                List.of("node", "year", "filings", "applicants", "complete"), phase, List.of("life_cycle", "incomplete_year"),
                "行：按产业链结构图顺序，各技术分支内按年份升序（" + from + "–" + to + "年，无申请的年份补0）。申请人数 = 当年提交申请的不同"
                        + "标准申请人名称数。“数据完整”为否的年份数据尚不完整，不代表下降。",
                "Rows: nodes in map order, years ascending " + from + "–" + to + " (zero-filled). applicants = distinct "
                        + "standard applicant names filing in the year. complete = no: incomplete year, not a decline."));
    }

    // ---------------------------------------------------------------- 4. concentration

    private void concentration() {
        String fullBasis = basis + "; full counting: a record with several applicants counts once for each distinct "
                + "applicant (standard name), so T = applicant–record links can exceed the records";
        def("cr4", "CR4", "CR4", "CR4 = sum of the 4 largest applicant counts / T", "fraction 0–1", fullBasis, window);
        def("cr8", "CR8", "CR8", "CR8 = sum of the 8 largest applicant counts / T", "fraction 0–1", fullBasis, window);
        def("hhi", "赫芬达尔指数", "HHI", "HHI = Σ (100 · c_i / T)²; < 1,500 unconcentrated, 1,500–2,500 moderately, "
                + "> 2,500 highly concentrated", "index 0–10,000", fullBasis, window);
        def("applicant_share", "申请人份额", "Applicant share", "count of the applicant / T", "fraction 0–1", fullBasis, window);
        List<List<Object>> rows = new ArrayList<>();
        for (ChainNode n : nodes) {
            Tally.Counts counts = nodeApplicants(n.id());
            long links = counts.total();
            long[] values = counts.values();
            double hhi = Concentration.hhi(values);
            Concentration.HhiReading reading = Concentration.reading(hhi);
            // a concentration label on a handful of filings says nothing about market structure
            boolean based = byNode.get(n.id()).size() >= concentrationBase;
            rows.add(row(n.id(), n.displayName(), (long) byNode.get(n.id()).size(), (long) counts.distinct(), links,
                    Concentration.crN(values, 4), Concentration.crN(values, 8), hhi,
                    based ? reading.name().toLowerCase(Locale.ROOT) : "n/a (fewer than " + concentrationBase + " records)",
                    based ? readingZh(reading) : "不适用（不足" + concentrationBase + "项）"));
        }
        tables.add(new MetricTable("concentration", "各技术分支集中度", "Concentration by node",
                List.of("node", "name", "records", "applicants", "links", "cr4", "cr8", "hhi", "reading", "reading_zh"),
                rows, List.of("cr4", "cr8", "hhi"), "行：按产业链结构图顺序。全数计数（关联数 = 申请人—记录组合数）。留空表示该技术分支"
                + "没有申请人。", "Rows: nodes in map order. Full counting (links = applicant–record "
                + "pairs). Blank = node without applicants."));
        // the standard names are the module's applicant dictionary and each record's ids in it, made once
        tables.add(SetTables.leadingApplicants(records, nodes, nodeIdx, actorInfo, applicantNames, applicantIds));
        applicantByNode();
    }

    /** The applicant × node matrix of the leading applicants of the whole field (the applicant × node heat map). */
    private void applicantByNode() {
        String fullBasis = basis + "; full counting: a record with several applicants counts once for each distinct "
                + "applicant (standard name)";
        def("applicant_node_filings", "申请人—技术分支申请量", "Filings by applicant and node",
                "records of the applicant tagged with the node", "records", fullBasis, window);
        // ranked by their records tagged to the map: untagged records (noise the map does not cover) must not lift an
        // applicant into a matrix of the map's nodes
        Positions taggedAny = new Positions();
        for (int i = 0; i < recs.length; i++) {
            if (!recs[i].nodes().isEmpty()) {
                taggedAny.add(i);
            }
        }
        // by total descending, ties by name ascending: the ranking of Concentration
        List<Concentration.Share> top = applicantCounts(taggedAny.toArray()).ranked(TOP_MATRIX_APPLICANTS);
        List<String> cols = new ArrayList<>(List.of("rank", "applicant", "country", "total"));
        nodes.forEach(n -> cols.add(n.id()));
        List<Tally.Counts> perNode = nodes.stream().map(n -> nodeApplicants(n.id())).toList();
        List<List<Object>> rows = new ArrayList<>();
        int rank = 1;
        for (Concentration.Share e : top) {
            Actor a = actorInfo.get(e.applicant());
            List<Object> row = new ArrayList<>(List.of((long) rank++, e.applicant()));
            row.add(a == null ? null : a.country());
            row.add(e.count());
            for (Tally.Counts m : perNode) {
                row.add(m.count(e.applicant()));
            }
            rows.add(row);
        }
        tables.add(new MetricTable("applicant_by_node", "主要申请人技术分支分布", "Leading applicants by node", cols, rows,
                List.of("applicant_node_filings"), "行：标引到产业链的分析记录中申请量前" + TOP_MATRIX_APPLICANTS + "位的申请人，按合计降序"
                + "排列，并列时按名称升序（字符串顺序）；合计 = 其" + from + "–" + to + "年的已标引记录数。技术分支列按产业链结构图顺序（深度优先）；"
                + "一条记录计入其标引的每个技术分支。全数计数；国家/地区取该申请人首次出现时的国别。", "Rows: the top " + TOP_MATRIX_APPLICANTS + " applicants of the "
                + "analysed records tagged to the map, by total descending, ties by name ascending (String order); total = "
                + "their tagged records in " + from + "–" + to + ". Node columns are node ids in map order (depth first); a record counts in every node "
                + "it is tagged with. Full counting; country from the applicant's first occurrence.")
                .declare(ColumnKind.COUNT, nodes.stream().map(ChainNode::id).toList()));
    }

    // ---------------------------------------------------------------- 5. origins, markets, transfer

    private void originsAndMarkets() {
        String obasis = basis + "; a record counts once for each distinct origin country (priority country, else "
                + "applicant country); " + UNKNOWN + " when none";
        def("origin_filings", "技术来源国申请量", "Filings by origin", "records per origin country and year", "records",
                obasis, window);
        Map<String, Map<Integer, Long>> byOrigin = originsByYear();
        Map<String, Long> originTotals = new HashMap<>();
        byOrigin.forEach((o, m) -> originTotals.put(o, m.values().stream().mapToLong(Long::longValue).sum()));
        List<String> originOrder = ranked(originTotals);
        List<String> cols = new ArrayList<>(List.of("origin", "total"));
        for (int y = from; y <= to; y++) {
            cols.add(String.valueOf(y));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (String o : originOrder) {
            List<Object> row = new ArrayList<>(List.of(o, originTotals.get(o)));
            for (int y = from; y <= to; y++) {
                row.add(byOrigin.get(o).getOrDefault(y, 0L));
            }
            rows.add(row);
        }
        tables.add(new MetricTable("origin_by_year", "技术来源国申请趋势", "Filings by origin country and year", cols, rows,
                List.of("origin_filings", "incomplete_year"), "行：技术来源国按合计降序排列，并列时按国家代码升序，“未知”列最后。"
                + "年份列为" + from + "–" + to + "年；" + ctx.lastCompleteYear() + "年以后各年因18个月公开滞后数据不完整，不代表下降。", "Rows: origins by total descending, ties by code ascending, "
                + UNKNOWN + " last. Year columns " + from + "–" + to + "; years after " + ctx.lastCompleteYear()
                + " incomplete (18-month lag), not a decline.").declare(ColumnKind.COUNT, cols.subList(1, cols.size())));

        // origin by node
        def("origin_by_node", "技术分支来源国分布", "Filings by node and origin", "records of the node per origin "
                + "country", "records", obasis, window);
        List<String> ncols = new ArrayList<>(List.of("node", "name", "level", "records"));
        ncols.addAll(originOrder);
        List<List<Object>> nrows = new ArrayList<>();
        for (ChainNode n : nodes) {
            Map<String, Long> c = originCounts(nodeIdx.get(n.id()));
            List<Object> row = new ArrayList<>(List.of(n.id(), n.displayName(), (long) level(n),
                    (long) byNode.get(n.id()).size()));
            for (String o : originOrder) {
                row.add(c.getOrDefault(o, 0L));
            }
            nrows.add(row);
        }
        tables.add(new MetricTable("origin_by_node", "各技术分支来源国分布", "Filings by node and origin country", ncols,
                nrows, List.of("origin_by_node"), "行：按产业链结构图顺序（深度优先）。来源国列的顺序同“技术来源国申请趋势”表（按记录数"
                + "降序，并列时按代码，“未知”最后）。一条记录有多个来源国时在每个来源国各计一次，故一行中各来源国之和可大于其申请量。", "Rows: nodes in map order (depth first). Origin columns in the order of "
                + "origin_by_year (records descending, ties by code, " + UNKNOWN + " last). A record with several origins "
                + "counts once in each, so a row's origin cells can sum to more than its records.")
                .declare(ColumnKind.COUNT, ncols.subList(3, ncols.size())));

        // market flow
        def("market_flow", "技术流向", "Origin → market flow", "records per (origin, target market) pair; a record counts "
                + "once for each distinct pair of its origins and markets", "records", obasis
                + "; markets = offices of the family members (else the office), WO and EP included", window);
        Map<String, Map<String, Long>> flow = new HashMap<>();
        Map<String, Long> marketTotals = new HashMap<>();
        countFlows(flow, marketTotals);
        List<String> marketOrder = ranked(marketTotals);
        List<String> fcols = new ArrayList<>(List.of("origin", "records"));
        fcols.addAll(marketOrder);
        List<List<Object>> frows = new ArrayList<>();
        for (String o : originOrder) {
            List<Object> row = new ArrayList<>(List.of(o, originTotals.get(o)));
            for (String m : marketOrder) {
                row.add(flow.getOrDefault(o, Map.of()).getOrDefault(m, 0L));
            }
            frows.add(row);
        }
        tables.add(new MetricTable("market_flow", "技术来源国—目标市场流向", "Origin → target market matrix", fcols, frows,
                List.of("market_flow"), "行：技术来源国，顺序同“技术来源国申请趋势”表（按记录数降序，并列时按代码，“未知”最后）；目标市场列"
                + "按组合数降序排列，并列时按代码。单元格 = 来自该来源国、且目标市场中包含该市场的记录数。", "Rows: origins as in origin_by_year (records descending, ties by code, "
                + UNKNOWN + " last); market columns by pair count descending, ties by code. Cell = records from the origin "
                + "with the market among their markets.").declare(ColumnKind.COUNT, fcols.subList(1, fcols.size())));

        // industry transfer
        List<int[]> periods = new ArrayList<>();
        for (int end = last; end >= from; end -= PERIOD_YEARS) {
            periods.add(0, new int[]{Math.max(from, end - PERIOD_YEARS + 1), end});
        }
        def("industry_transfer", "产业转移", "Industry transfer", "share of an origin in a period = its records / origin–record "
                + "links of the period; shift = (share in the last period − share in the period before) × 100",
                "share fraction 0–1; shift in percentage points", obasis, PERIOD_YEARS + "-year periods ending at the last "
                + "complete year " + last + " (the earliest may be shorter); incomplete years after " + last
                + " (incomplete because of the 18-month publication lag) are left out");
        List<String> tcols = new ArrayList<>(List.of("origin"));
        List<Map<String, Double>> pshares = new ArrayList<>();
        for (int[] p : periods) {
            tcols.add("share_" + p[0] + "_" + p[1]);
            Map<String, Long> c = new HashMap<>();
            byOrigin.forEach((o, m) -> m.forEach((y, v) -> {
                if (y >= p[0] && y <= p[1]) {
                    c.merge(o, v, Long::sum);
                }
            }));
            long tot = c.values().stream().mapToLong(Long::longValue).sum();
            Map<String, Double> sh = new HashMap<>();
            for (String o : originOrder) {
                sh.put(o, tot == 0 ? Double.NaN : c.getOrDefault(o, 0L) / (double) tot);
            }
            pshares.add(sh);
        }
        tcols.add("shift_pp");
        List<List<Object>> trows = new ArrayList<>();
        for (String o : originOrder) {
            List<Object> row = new ArrayList<>();
            row.add(o);
            for (Map<String, Double> sh : pshares) {
                row.add(nz(sh.get(o)));
            }
            double shift = pshares.size() < 2 ? Double.NaN
                    : 100 * (pshares.get(pshares.size() - 1).get(o) - pshares.get(pshares.size() - 2).get(o));
            row.add(nz(shift));
            trows.add(row);
        }
        if (!pshares.isEmpty()) {
            Map<String, Double> lastShares = pshares.get(pshares.size() - 1);
            Comparator<List<Object>> cmp = Comparator.comparing((List<Object> r) -> UNKNOWN.equals(r.get(0)))
                    .thenComparing(r -> -orZero(lastShares.get((String) r.get(0))))
                    .thenComparing(r -> (String) r.get(0));
            trows.sort(cmp);
        }
        tables.add(new MetricTable("industry_transfer", "产业转移（技术来源国份额变化）", "Industry transfer (origin shares by period)",
                tcols, trows, List.of("industry_transfer"), "行：技术来源国按最后时段的份额降序排列，并列时按代码，“未知”列最后。"
                + "份额变化（百分点）= 最后时段份额 − 前一时段份额（只有一个时段时留空）。", "Rows: origins by share in the last period descending, ties by "
                + "code, " + UNKNOWN + " last. shift_pp = last period − previous period in percentage points (blank with "
                + "one period)."));
    }

    // the per-record steps of originsAndMarkets(), and the loops over the records, each a method of its own so the JIT
    // compiles it once (not the whole table method on stack for each of its record loops)

    private Map<String, Map<Integer, Long>> originsByYear() {
        Map<String, Map<Integer, Long>> byOrigin = new HashMap<>();
        for (int i = 0; i < recs.length; i++) {
            countOrigins(byOrigin, factsAt[i].origins(), recs[i].year());
        }
        return byOrigin;
    }

    private void countFlows(Map<String, Map<String, Long>> flow, Map<String, Long> marketTotals) {
        for (Facts f : factsAt) {
            countFlow(flow, marketTotals, f);
        }
    }

    private static void countOrigins(Map<String, Map<Integer, Long>> byOrigin, String[] origins, Integer year) {
        for (String o : origins) {
            byOrigin.computeIfAbsent(o, k -> new HashMap<>()).merge(year, 1L, Long::sum);
        }
    }

    private Map<String, Long> originCounts(int[] positions) {
        Map<String, Long> c = new HashMap<>();
        for (int i : positions) {
            for (String o : factsAt[i].origins()) {
                c.merge(o, 1L, Long::sum);
            }
        }
        return c;
    }

    private static void countFlow(Map<String, Map<String, Long>> flow, Map<String, Long> marketTotals, Facts f) {
        for (String o : f.origins()) {
            for (String m : f.markets()) {
                flow.computeIfAbsent(o, k -> new HashMap<>()).merge(m, 1L, Long::sum);
                marketTotals.merge(m, 1L, Long::sum);
            }
        }
    }

    // ---------------------------------------------------------------- 6. control strength

    private void control() {
        ControlWeights w = weights;
        double[] quality = quality();
        // market weights over all analysed records
        Map<String, Long> marketEntries = marketEntries();
        long entries = marketEntries.values().stream().mapToLong(Long::longValue).sum();
        // markets as ids in name order (so ascending ids iterate as a TreeMap of names would), each market's weight
        // = its share of all market entries (0 for UNKNOWN, which has none), and each record's markets as ids
        String[] marketNames = marketNames();
        Map<String, Integer> marketId = new HashMap<>();
        double[] marketWeight = new double[marketNames.length];
        for (int m = 0; m < marketNames.length; m++) {
            marketId.put(marketNames[m], m);
            marketWeight[m] = marketEntries.getOrDefault(marketNames[m], 0L) / (double) entries;
        }
        int[][] marketIds = new int[recs.length][];
        Tally.Names countryNames = new Tally.Names();
        int[][] countryIds = new int[recs.length][];
        recordIds(marketId, marketIds, countryNames, countryIds);
        Tally countryTally = new Tally(countryNames);
        String q = String.format(Locale.ROOT, "q = 1 + %s·ĉ + %s·f̂ + %s·granted + %s·k̂ (ĉ, f̂, k̂ = citedBy, familySize, "
                        + "claims ÷ the mean of the record's application-year cohort in the whole dataset, capped at %s; "
                        + "missing value = 0)", num(w.cite()), num(w.family()), num(w.grant()), num(w.claims()),
                num(QUALITY_CAP));
        String cbasis = basis + "; an actor holds a record when it is among its applicants (distinct standard names; for "
                + "countries, distinct applicant countries), so shares of actors can sum to more than 1";
        def("technology_control", "技术控制力", "Technology control", "Σ q(records of the actor in the node) / Σ q(records "
                + "of the node); " + q, "fraction 0–1", cbasis, window);
        def("product_control", "产品控制力", "Product control", "records of the actor in the node's key-product branches "
                + "(ChainMap key products among the node and its descendants) / records in those branches; blank when the "
                + "node has no key-product branch or it has no records", "fraction 0–1", cbasis, window);
        def("market_control", "市场控制力", "Market control", "coverage = Σ over markets m of weight(m) × (the actor's records "
                + "in the node reaching m / the node's records reaching m) (market weight = the market's share of all records' "
                + "market entries, one entry per record and distinct market; every known market counts, so small markets "
                + "weigh little; records without market data add nothing) — the actor's presence in each market, weighted by "
                + "the market's size, so holding one of many records in a market counts for little; where the node "
                + "has transfer/licence/litigation events: (1 − " + num(w.ops()) + ")·coverage + " + num(w.ops())
                + "·(events of the actor / events in the node), else coverage", "fraction 0–1", cbasis, window);
        def("combined_control", "综合控制力", "Combined control", "(" + num(w.technology()) + "·technology + "
                + num(w.product()) + "·product + " + num(w.market()) + "·market) / sum of the weights of the defined "
                + "components (a missing component is dropped and the weights renormalised)", "fraction 0–1", cbasis, window);
        List<List<Object>> rows = new ArrayList<>();
        for (ChainNode n : nodes) {
            // positions of the node's records in records: the per-record sets and qualities are read by position
            int[] rs = nodeIdx.get(n.id());
            Set<String> keyIds = keyProductIds(n.id());
            int[] keyRecords = recordsInAny(keyIds);
            // the same sums in the same order as over the node's records (DoubleStream's compensated sum)
            double nodeQ = Arrays.stream(rs).mapToDouble(i -> quality[i]).sum();
            long nodeEvents = Arrays.stream(rs).mapToLong(i -> events(recs[i])).sum();
            long[] nodeMarkets = marketCounts(rs, marketIds, marketNames.length);
            ControlScan scan = new ControlScan(quality, marketIds, marketWeight, entries, nodeQ, nodeEvents, nodeMarkets,
                    keyRecords);
            for (String level : List.of("applicant", "country")) {
                boolean applicants = level.equals("applicant");
                List<Object[]> actorRows = scan.actorRows(rs, applicants ? applicantNames : countryNames,
                        applicants ? applicantIds : countryIds, applicants ? applicantTally : countryTally);
                int limit = level.equals("applicant") ? TOP_CONTROL : Integer.MAX_VALUE;
                // combined descending, then the distinct name: a total order, so the top 20 need no full sort
                Comparator<Object[]> byCombined = Comparator.comparing((Object[] a) -> -orZero((Double) a[5]))
                        .thenComparing(a -> (String) a[0]);
                if (limit < actorRows.size()) {
                    actorRows = TopK.first(actorRows, limit, byCombined);
                } else {
                    actorRows.sort(byCombined);
                }
                for (int i = 0; i < actorRows.size() && i < limit; i++) {
                    Object[] a = actorRows.get(i);
                    rows.add(row(n.id(), level, (long) (i + 1), a[0], a[1], a[2], a[3], a[4], a[5]));
                }
            }
        }
        tables.add(new MetricTable("control_strength", "专利控制力", "Patent control strength",
                List.of("node", "level", "rank", "actor", "records", "technology_control", "product_control",
                        "market_control", "combined"),
                rows, List.of("technology_control", "product_control", "market_control", "combined_control"),
                "行：按产业链结构图顺序；每个技术分支先列前" + TOP_CONTROL + "位申请人，再列全部申请人国别（申请人无国别的记录不归入任何"
                        + "国家）；各组内按综合控制力降序排列，并列时按名称升序（字符串顺序）。权重：" + w.describeZh() + "。",
                "Rows: nodes in map order; per node the top " + TOP_CONTROL + " applicants, then all applicant countries "
                        + "(records whose applicants have no country are not attributed to a country); within each, "
                        + "combined descending, ties by actor name ascending (String order). Weights: " + w + "."));
    }

    /**
     * One node's control-strength scan: each actor's technology, product and market control from the records it holds.
     * Its own small methods, not loops inside control(): the JIT compiles a method this size in a fraction of the time
     * it spent re-compiling all of control() for each of its hot loops (on-stack replacement), a large share of a 1M run.
     */
    private final class ControlScan {
        private final double[] quality;
        private final int[][] marketIds;
        private final double[] marketWeight;
        private final long entries;
        private final double nodeQ;
        private final long nodeEvents;
        private final long[] nodeMarkets;
        private final int[] keyRecords;
        private final int[] reached;
        private final int[] reachedIds;

        ControlScan(double[] quality, int[][] marketIds, double[] marketWeight, long entries, double nodeQ, long nodeEvents,
                    long[] nodeMarkets, int[] keyRecords) {
            this.quality = quality;
            this.marketIds = marketIds;
            this.marketWeight = marketWeight;
            this.entries = entries;
            this.nodeQ = nodeQ;
            this.nodeEvents = nodeEvents;
            this.nodeMarkets = nodeMarkets;
            this.keyRecords = keyRecords;
            this.reached = new int[marketWeight.length];
            this.reachedIds = new int[marketWeight.length];
        }

        /** {name, records, technology, product, market, combined} of every actor (at one level) of the node's records. */
        List<Object[]> actorRows(int[] rs, Tally.Names actorNames, int[][] actorsAt, Tally held) {
            // each actor's records of the node, in the node's order (a CSR layout: offsets per actor id, then the
            // positions), not a map of lists; rows are sorted by the caller by a total order, so the actors' order is free
            held.clear();
            held.addAll(rs, actorsAt);
            int[] actors = held.ids();
            int[] slot = new int[actorNames.size()];
            int[] start = new int[actors.length + 1];
            for (int k = 0; k < actors.length; k++) {
                slot[actors[k]] = k;
                start[k + 1] = start[k] + held.count(actors[k]);
            }
            int[] positions = positionsByActor(rs, actorsAt, slot, start);
            int[] keyCount = new int[actorNames.size()];
            for (int i : keyRecords) {
                for (int h : actorsAt[i]) {
                    keyCount[h]++;
                }
            }
            List<Object[]> actorRows = new ArrayList<>(actors.length);
            for (int k = 0; k < actors.length; k++) {
                actorRows.add(actorRow(actorNames.name(actors[k]), Arrays.copyOfRange(positions, start[k], start[k + 1]),
                        keyCount[actors[k]]));
            }
            return actorRows;
        }

        private int[] positionsByActor(int[] rs, int[][] actorsAt, int[] slot, int[] start) {
            int n = start.length - 1;
            int[] fill = Arrays.copyOf(start, n);
            int[] positions = new int[start[n]];
            for (int i : rs) {
                for (int h : actorsAt[i]) {
                    positions[fill[slot[h]]++] = i;
                }
            }
            return positions;
        }

        private Object[] actorRow(String name, int[] mine, int keyCount) {
            // one record (most actors of a large run): DoubleStream's compensated sum of one value is the value
            double held1 = mine.length == 1 ? quality[mine[0]] : Arrays.stream(mine).mapToDouble(i -> quality[i]).sum();
            double tech = nodeQ > 0 ? held1 / nodeQ : Double.NaN;
            double prod = keyRecords.length == 0 ? Double.NaN : keyCount / (double) keyRecords.length;
            double cov = entries > 0 ? coverage(mine) : Double.NaN;
            double market = cov;
            if (nodeEvents > 0 && !Double.isNaN(cov)) {
                long mineEvents = Arrays.stream(mine).mapToLong(i -> events(recs[i])).sum();
                market = (1 - weights.ops()) * cov + weights.ops() * mineEvents / (double) nodeEvents;
            }
            double combined = combine(tech, prod, market);
            return new Object[]{name, (long) mine.length, tech, prod, market, combined};
        }

        /** Σ over the markets the records reach, in name order (market ids are), of weight × reach / the node's reach. */
        private double coverage(int[] mine) {
            int touched = 0;
            for (int i : mine) {
                for (int m : marketIds[i]) {
                    if (reached[m]++ == 0) {
                        reachedIds[touched++] = m;
                    }
                }
            }
            Arrays.sort(reachedIds, 0, touched);
            double cov = 0;
            for (int t = 0; t < touched; t++) {
                int m = reachedIds[t];
                cov += marketWeight[m] * reached[m] / (double) nodeMarkets[m];
            }
            for (int t = 0; t < touched; t++) {
                reached[reachedIds[t]] = 0;
            }
            return cov;
        }
    }

    /** The quality of each record, by its position in {@link #records}. */
    // control()'s loops over the records, each a method of its own (see originsAndMarkets)

    /** Market → its entries among the records' markets (UNKNOWN left out). */
    private Map<String, Long> marketEntries() {
        Map<String, Long> marketEntries = new HashMap<>();
        for (Facts f : factsAt) {
            for (String m : f.markets()) {
                if (!UNKNOWN.equals(m)) {
                    marketEntries.merge(m, 1L, Long::sum);
                }
            }
        }
        return marketEntries;
    }

    /** The records' distinct markets (UNKNOWN included), in name order. */
    private String[] marketNames() {
        java.util.TreeSet<String> names = new java.util.TreeSet<>();
        for (Facts f : factsAt) {
            names.addAll(Arrays.asList(f.markets()));
        }
        return names.toArray(new String[0]);
    }

    /** Per market id, the entries of the records at {@code positions}. */
    private static long[] marketCounts(int[] positions, int[][] marketIds, int markets) {
        long[] counts = new long[markets];
        for (int i : positions) {
            for (int m : marketIds[i]) {
                counts[m]++;
            }
        }
        return counts;
    }

    /** Each record's markets as ids of {@code marketId}, and its applicant countries as ids of {@code countryNames}. */
    private void recordIds(Map<String, Integer> marketId, int[][] marketIds, Tally.Names countryNames, int[][] countryIds) {
        for (int i = 0; i < recs.length; i++) {
            String[] ms = factsAt[i].markets();
            marketIds[i] = new int[ms.length];
            for (int k = 0; k < ms.length; k++) {
                marketIds[i][k] = marketId.get(ms[k]);
            }
            countryIds[i] = countryNames.ids(factsAt[i].countries());
        }
    }

    private double[] quality() {
        Map<Integer, double[]> cite = cohortMeans(MetricRecord::citedBy);
        Map<Integer, double[]> fam = cohortMeans(MetricRecord::familySize);
        Map<Integer, double[]> cl = cohortMeans(MetricRecord::claims);
        double[] q = new double[recs.length];
        for (int i = 0; i < recs.length; i++) {
            MetricRecord r = recs[i];
            double v = 1 + weights.cite() * norm(r.citedBy(), cite.get(r.year()))
                    + weights.family() * norm(r.familySize(), fam.get(r.year()))
                    + weights.grant() * (r.granted() ? 1 : 0)
                    + weights.claims() * norm(r.claims(), cl.get(r.year()));
            q[i] = v;
        }
        return q;
    }

    /** year → {sum, n} of the non-null values. */
    private Map<Integer, double[]> cohortMeans(Function<MetricRecord, Integer> f) {
        Map<Integer, double[]> m = new HashMap<>();
        for (MetricRecord r : records) {
            Integer v = f.apply(r);
            if (v != null) {
                double[] a = m.computeIfAbsent(r.year(), k -> new double[2]);
                a[0] += v;
                a[1]++;
            }
        }
        return m;
    }

    /** The value ÷ its cohort mean, capped; 0 when missing or the mean is 0. */
    static double norm(Integer value, double[] cohort) {
        if (value == null || cohort == null || cohort[1] == 0 || cohort[0] <= 0) {
            return 0;
        }
        return Math.min(QUALITY_CAP, value / (cohort[0] / cohort[1]));
    }

    private double combine(double tech, double prod, double market) {
        double s = 0;
        double ws = 0;
        double[][] parts = {{tech, weights.technology()}, {prod, weights.product()}, {market, weights.market()}};
        for (double[] p : parts) {
            if (!Double.isNaN(p[0]) && p[1] > 0) {
                s += p[0] * p[1];
                ws += p[1];
            }
        }
        return ws == 0 ? Double.NaN : s / ws;
    }

    private Set<String> keyProductIds(String nodeId) {
        Set<String> out = new LinkedHashSet<>();
        for (ChainMap.Entry e : ctx.map().entries()) {
            if (e.node().keyProduct() && e.path().contains(nodeId)) {
                out.add(e.node().id());
            }
        }
        return out;
    }

    /**
     * Positions, ascending, of the records tagged to any of the nodes: the union of their position lists (not a scan of
     * every record per node: that was most of the control table's time at 1M records).
     */
    private int[] recordsInAny(Set<String> ids) {
        BitSet in = new BitSet(recs.length);
        for (String id : ids) {
            int[] at = nodeIdx.get(id);
            if (at == null) {
                // a node of the map outside the analysed nodes: find its records the slow way
                for (int i = 0; i < recs.length; i++) {
                    if (recs[i].nodes().contains(id)) {
                        in.set(i);
                    }
                }
                continue;
            }
            for (int i : at) {
                in.set(i);
            }
        }
        return in.stream().toArray();
    }

    private static long events(MetricRecord r) {
        return orZero(r.transfers()) + orZero(r.licences()) + orZero(r.litigations());
    }

    // ---------------------------------------------------------------- 7. hotspots and core patents

    private void hotspots() {
        int recentFrom = Math.max(from, last - RECENT_YEARS + 1);
        def("new_entrants", "新进入者", "New entrants", "applicants (standard names) whose first filing in the node in "
                + from + "–" + to + " has a " + ctx.basis().en() + " in " + recentFrom + "–" + last, "applicants", basis, window);
        def("hotspot_score", "热点得分", "Hotspot score", "score = 0.5·(g − min g)/(max g − min g) + 0.5·(s − min s)/(max s − "
                + "min s) over the leaf branches, g = relative growth (node CAGR − CAGR of all records), s = new-entrant share "
                + "(new entrants / recent applicants); both are relative, so a large aggregate does not win by size; a term is "
                + "0 when the node's value is n/a (growth below the minimum base, fewer than " + growthBase
                + " recent applicants) or all branches are equal", "index 0–1", basis, window);
        // hotspots are technology branches: aggregates (segments) would win on size alone
        List<ChainNode> branches = nodes.stream().filter(ChainNode::isLeaf).toList();
        double[] c = branches.stream().mapToDouble(n -> nodeCagr.get(n.id())).toArray();
        double[] rg = Arrays.stream(c).map(v -> Growth.relativeGrowth(v, allCagr)).toArray();
        long[] ne = new long[branches.size()];
        long[] ra = new long[branches.size()];
        double[] sh = new double[branches.size()];
        // per applicant id: its first year in the branch, and whether it filed in the recent years (stamped per branch)
        int[] firstYear = new int[applicantNames.size()];
        int[] recentStamp = new int[applicantNames.size()];
        for (int i = 0; i < branches.size(); i++) {
            stamp++;
            Positions met = new Positions();
            long recent = firstYears(nodeIdx.get(branches.get(i).id()), recentFrom, firstYear, recentStamp, met);
            long entrants = 0;
            for (int a : met.toArray()) {
                if (firstYear[a] >= recentFrom && firstYear[a] <= last) {
                    entrants++;
                }
            }
            ne[i] = entrants;
            ra[i] = recent;
            sh[i] = ra[i] < growthBase ? Double.NaN : ne[i] / (double) ra[i];
        }
        double gMin = Arrays.stream(rg).filter(v -> !Double.isNaN(v)).min().orElse(Double.NaN);
        double gMax = Arrays.stream(rg).filter(v -> !Double.isNaN(v)).max().orElse(Double.NaN);
        double sMin = Arrays.stream(sh).filter(v -> !Double.isNaN(v)).min().orElse(Double.NaN);
        double sMax = Arrays.stream(sh).filter(v -> !Double.isNaN(v)).max().orElse(Double.NaN);
        List<Object[]> hs = new ArrayList<>();
        for (int i = 0; i < branches.size(); i++) {
            double a = Double.isNaN(rg[i]) || !(gMax > gMin) ? 0 : (rg[i] - gMin) / (gMax - gMin);
            double b = Double.isNaN(sh[i]) || !(sMax > sMin) ? 0 : (sh[i] - sMin) / (sMax - sMin);
            hs.add(new Object[]{i, 0.5 * a + 0.5 * b});
        }
        hs.sort(Comparator.comparing((Object[] h) -> -(Double) h[1]).thenComparing(h -> (Integer) h[0]));
        List<List<Object>> rows = new ArrayList<>();
        int rank = 1;
        for (Object[] h : hs) {
            int i = (Integer) h[0];
            ChainNode n = branches.get(i);
            rows.add(row((long) rank++, n.id(), n.displayName(), (long) level(n), c[i], rg[i], ne[i], ra[i], sh[i], h[1]));
        }
        tables.add(new MetricTable("hotspots", "技术热点", "Technology hotspots",
                List.of("rank", "node", "name", "level", "recent_cagr", "relative_growth", "new_entrants", "recent_applicants",
                        "new_entrant_share", "score"),
                rows, List.of("cagr", "relative_growth", "new_entrants", "hotspot_score"),
                "行：产业链结构图的末级技术分支，按得分降序排列，并列时按结构图顺序（一级环节不参与排名，否则会因规模大而居前）。近期年均增长 = "
                        + cagrFrom + "–" + cagrTo + "年的年均增长率；近期申请人数 = " + recentFrom + "–" + last + "年提交申请的不同申请人数。",
                "Rows: the leaf branches of the map, score descending, ties by map order (segments are not ranked: "
                        + "they would win on size). recent_cagr = CAGR " + cagrFrom + "–" + cagrTo
                        + "; recent_applicants = distinct applicants filing in " + recentFrom + "–" + last + "."));
    }

    /**
     * For the records at {@code positions} (one branch): each applicant's first year into {@code firstYear}, the
     * applicants met into {@code met}; returns the applicants with a record in the recent years. Distinct by the
     * current {@link #stamp}. A method of its own: the JIT compiles this loop, not all of hotspots(), on stack.
     */
    private long firstYears(int[] positions, int recentFrom, int[] firstYear, int[] recentStamp, Positions met) {
        long recent = 0;
        for (int p : positions) {
            int year = recs[p].year();
            boolean isRecent = year >= recentFrom && year <= last;
            for (int a : applicantIds[p]) {
                if (seen[a] != stamp) {
                    seen[a] = stamp;
                    firstYear[a] = year;
                    met.add(a);
                } else if (year < firstYear[a]) {
                    firstYear[a] = year;
                }
                if (isRecent && recentStamp[a] != stamp) {
                    recentStamp[a] = stamp;
                    recent++;
                }
            }
        }
        return recent;
    }

    private void corePatents() {
        // ranked by the value score (cohort-normalised citations, family breadth, legal strength), not raw citations,
        // which favour old patents; the score's parts are columns so a reader can see why a patent ranks
        def("core_patent", "核心专利", "Core patents", "records of the node ranked by the value score: "
                + dev.navi.metrics.PatentValue.ruleEn() + "; ties by normalised citations, then publication number",
                "score 0–1", basis + "; the citation cohort is the node's records of the same year", window);
        dev.navi.metrics.PatentValue.Cohorts cohorts = dev.navi.metrics.PatentValue.Cohorts.of(records,
                byNode.keySet());
        List<List<Object>> rows = new ArrayList<>();
        int[] offices = officeCounts();
        for (ChainNode n : nodes) {
            List<MetricRecord> rs = byNode.get(n.id());
            int[] at = nodeIdx.get(n.id());
            // the scores by position in the node's list (not in a map keyed by record)
            dev.navi.metrics.PatentValue.Score[] score = scores(at, n.id(), cohorts, offices);
            Comparator<Integer> byPosition = Comparator.comparingDouble((Integer j) -> -score[j].score())
                    .thenComparingDouble(j -> Double.isNaN(score[j].normalisedCitations()) ? Double.POSITIVE_INFINITY
                            : -score[j].normalisedCitations())
                    .thenComparing(j -> rs.get(j).publication() == null ? "" : rs.get(j).publication())
                    .thenComparing(j -> rs.get(j).id());
            // the top k without sorting the node's records (a node of a large run holds hundreds of thousands)
            List<Integer> positions = upTo(at.length);
            List<Integer> best = TopK.first(positions, TOP_CORE, byPosition);
            List<MetricRecord> sorted = best.stream().map(rs::get).toList();
            Map<MetricRecord, dev.navi.metrics.PatentValue.Score> scores = new java.util.IdentityHashMap<>();
            best.forEach(j -> scores.put(rs.get(j), score[j]));
            for (int i = 0; i < sorted.size() && i < TOP_CORE; i++) {
                MetricRecord r = sorted.get(i);
                dev.navi.metrics.PatentValue.Score v = scores.get(r);
                rows.add(row(n.id(), (long) (i + 1), r.publication(), r.title(),
                        r.applicationYear() == null ? null : (long) r.applicationYear(),
                        r.citedBy() == null ? null : (long) r.citedBy(), r.familySize() == null ? null : (long) r.familySize(),
                        r.granted() ? "yes" : "no", String.join("; ", names(r)),
                        Double.isNaN(v.normalisedCitations()) ? null : v.normalisedCitations(), v.citations(),
                        (long) v.offices(), v.family(), r.status() == null ? null : r.status().name(),
                        v.legal(), v.score()));
            }
        }
        tables.add(new MetricTable("core_patents", "核心专利", "Core patents",
                List.of("node", "rank", "publication", "title", "application_year", "cited_by", "family_size", "granted",
                        "applicants", "cohort_citations", "citation_part", "family_offices", "family_part", "legal_status",
                        "legal_part", "score"),
                rows, List.of("core_patent"), "行：按产业链结构图顺序；每个技术分支按价值得分降序列出前" + TOP_CORE + "项，并列时按归一被引"
                + "（被引次数 / 该技术分支同年记录的平均被引次数）降序，再按公开号升序。" + dev.navi.metrics.PatentValue.ruleZh() + "。",
                "Rows: nodes in map order; top " + TOP_CORE + " per node by the value score "
                + "descending, then cohort_citations (citedBy / the mean of the node's records of the same year) descending, "
                + "then publication ascending (tie rule). " + dev.navi.metrics.PatentValue.ruleEn() + ".")
                .declare(ColumnKind.INDEX, List.of("cohort_citations", "citation_part", "family_part", "legal_part", "score"))
                .declare(ColumnKind.COUNT, List.of("rank", "cited_by", "family_size", "family_offices"))
                .declare(ColumnKind.YEAR, List.of("application_year"))
                .declare(ColumnKind.FLAG, List.of("granted"))
                .declare(ColumnKind.CODE, List.of("legal_status")));
    }

    // corePatents()'s loops over the records, each a method of its own (see originsAndMarkets)

    /** Per record position, {@link dev.navi.metrics.PatentValue#offices} (counted once, read per node). */
    private int[] officeCounts() {
        int[] offices = new int[recs.length];
        for (int i = 0; i < recs.length; i++) {
            offices[i] = dev.navi.metrics.PatentValue.offices(recs[i]);
        }
        return offices;
    }

    /** The value scores of the records at {@code at} in the node's cohort. */
    private dev.navi.metrics.PatentValue.Score[] scores(int[] at, String node, dev.navi.metrics.PatentValue.Cohorts cohorts,
                                                         int[] offices) {
        dev.navi.metrics.PatentValue.Score[] score = new dev.navi.metrics.PatentValue.Score[at.length];
        for (int j = 0; j < at.length; j++) {
            score[j] = dev.navi.metrics.PatentValue.score(recs[at[j]], node, cohorts, offices[at[j]]);
        }
        return score;
    }

    /** 0, 1, …, n − 1. */
    private static List<Integer> upTo(int n) {
        List<Integer> positions = new ArrayList<>(n);
        for (int j = 0; j < n; j++) {
            positions.add(j);
        }
        return positions;
    }

    // ---------------------------------------------------------------- 8. technology–effect matrix

    private void techEffects() {
        def("tech_effect", "技术功效矩阵", "Technology–effect matrix", "records of the node carrying the effect phrase",
                "records", basis + "; a record counts once per distinct effect", window);
        Map<String, Long> totals = new HashMap<>();
        for (MetricRecord r : records) {
            new LinkedHashSet<>(r.techEffects()).stream().filter(e -> !blank(e)).forEach(e -> totals.merge(e, 1L, Long::sum));
        }
        List<String> cols = new ArrayList<>(List.of("node", "name"));
        List<List<Object>> rows = new ArrayList<>();
        String note;
        String noteZh;
        if (totals.isEmpty()) {
            noteZh = "没有记录带有技术功效短语（导出数据中无功效字段），故矩阵为空。";
            note = "No record carries technical-effect phrases (the export has no technical-effect field), so the matrix is empty.";
        } else {
            List<String> effects = ranked(totals).stream().limit(TOP_EFFECTS).toList();
            cols.addAll(effects);
            for (ChainNode n : nodes) {
                List<Object> row = new ArrayList<>(List.of(n.id(), n.displayName()));
                for (String e : effects) {
                    row.add(byNode.get(n.id()).stream().filter(r -> r.techEffects().contains(e)).count());
                }
                rows.add(row);
            }
            noteZh = "行：按产业链结构图顺序。列：按记录数降序排列的前" + TOP_EFFECTS + "个技术功效，并列时按短语升序。";
            note = "Rows: nodes in map order. Columns: the top " + TOP_EFFECTS + " effects by records descending, ties by "
                    + "phrase ascending.";
        }
        tables.add(new MetricTable("tech_effect_matrix", "技术功效矩阵", "Technology–effect matrix", cols, rows,
                List.of("tech_effect"), noteZh, note).declare(ColumnKind.COUNT, cols.subList(Math.min(2, cols.size()), cols.size())));
    }

    // ---------------------------------------------------------------- findings

    private void findings() {
        String unit = ctx.unit();
        if (records.isEmpty()) {
            findingsZh.add(from + "–" + to + "年没有可统计的记录。");
            findingsEn.add("No records were counted in " + from + "–" + to + ".");
            return;
        }
        String unitZh = CountingUnit.nameZh(unit);
        String head = from + "–" + to + "年共" + String.format(Locale.ROOT, "%,d", records.size()) + "件（计数单位："
                + unitZh + "，按" + ctx.basis().zh() + "）";
        String headEn = String.format(Locale.ROOT, "%,d", records.size()) + " records (" + unit + ", by " + ctx.basis().en() + ") in "
                + from + "–" + to;
        List<ChainNode> leaves = nodes.stream().filter(ChainNode::isLeaf).toList();
        ChainNode fastest = null;
        for (ChainNode n : leaves) {
            double c = nodeCagr.get(n.id());
            if (!Double.isNaN(c) && (fastest == null || c > nodeCagr.get(fastest.id()))) {
                fastest = n;
            }
        }
        long untagged = records.size() - tagged.size();
        if (untagged == 0) {
            head += "，均标引到产业链环节";
            headEn += ", all tagged to the chain";
        } else {
            head += "，其中" + String.format(Locale.ROOT, "%,d", tagged.size()) + "件标引到产业链环节，"
                    + String.format(Locale.ROOT, "%,d", untagged) + "件（" + pct(share(untagged, records.size()))
                    + "%）未匹配任何环节、不计入产业链统计";
            headEn += ", " + String.format(Locale.ROOT, "%,d", tagged.size()) + " of them tagged to the chain; "
                    + String.format(Locale.ROOT, "%,d", untagged) + " (" + pct(share(untagged, records.size()))
                    + "%) matched no node and are left out of the chain statistics";
        }
        if (!Double.isNaN(allCagr)) {
            head += "；产业链申请量" + cagrFrom + "–" + cagrTo + "年年均增长" + pct(allCagr) + "%";
            headEn += "; the chain's filings grew " + pct(allCagr) + "% a year in " + cagrFrom + "–" + cagrTo;
        }
        if (fastest != null) {
            head += "，" + fastest.name() + "增长最快（CAGR " + pct(nodeCagr.get(fastest.id())) + "%）";
            headEn += ", fastest in " + fastest.name("en") + " (CAGR " + pct(nodeCagr.get(fastest.id())) + "%)";
        }
        findingsZh.add(head + "。");
        findingsEn.add(headEn + ".");
        if (segmentZh != null) {
            findingsZh.add(segmentZh);
            findingsEn.add(segmentEn);
        }
        ChainNode largest = nodes.stream().max(Comparator.comparingInt((ChainNode n) -> byNode.get(n.id()).size())
                .thenComparing(n -> -nodes.indexOf(n))).orElse(null);
        ChainNode biggestLeaf = leaves.stream().max(Comparator.comparingInt((ChainNode n) -> byNode.get(n.id()).size())
                .thenComparing(n -> -nodes.indexOf(n))).orElse(largest);
        if (biggestLeaf != null && !byNode.get(biggestLeaf.id()).isEmpty()) {
            int k = byNode.get(biggestLeaf.id()).size();
            LifeCycle.Stage st = nodeStage.get(biggestLeaf.id());
            findingsZh.add(biggestLeaf.name() + "是申请量最多的技术分支，共" + String.format(Locale.ROOT, "%,d", k) + "件，占已标引记录的" + pct(share(k, tagged.size()))
                    + "%，技术生命周期处于" + st.zh() + "。");
            findingsEn.add(biggestLeaf.name("en") + " is the largest branch with " + String.format(Locale.ROOT, "%,d", k)
                    + " records, "
                    + pct(share(k, tagged.size())) + "% of the tagged records; its life-cycle stage is " + st.en() + ".");
        }
        ChainNode conc = null;
        double best = Double.NEGATIVE_INFINITY;
        for (ChainNode n : leaves) {
            double h = Concentration.hhi(nodeApplicants(n.id()).values());
            if (!Double.isNaN(h) && h > best) {
                best = h;
                conc = n;
            }
        }
        if (conc != null) {
            Tally.Counts counts = nodeApplicants(conc.id());
            Concentration.Share top = counts.ranked(1).get(0);
            findingsZh.add(conc.name() + "集中度最高（HHI " + String.format(Locale.ROOT, "%.0f", best) + "，CR4 "
                    + pct(Concentration.crN(counts.values(), 4)) + "%），" + top.applicant() + "居首（" + top.count() + "件，"
                    + pct(top.share()) + "%）。");
            findingsEn.add(conc.name("en") + " is the most concentrated branch (HHI " + String.format(Locale.ROOT, "%.0f", best)
                    + ", CR4 " + pct(Concentration.crN(counts.values(), 4)) + "%), led by " + top.applicant() + " (" + top.count()
                    + " records, " + pct(top.share()) + "%).");
        }
        Map<String, Long> origin = new HashMap<>();
        long links = 0;
        for (Facts f : factsAt) {
            for (String o : f.origins()) {
                origin.merge(o, 1L, Long::sum);
                links++;
            }
        }
        List<String> oo = ranked(origin);
        if (!oo.isEmpty() && !UNKNOWN.equals(oo.get(0))) {
            String o = oo.get(0);
            // the country by its name in each language (US → 美国 / United States), as every table and chart shows it
            findingsZh.add(dev.navi.clean.region.Countries.label(o, false) + "是最大的技术来源国，占来源国计数的"
                    + pct(origin.get(o) / (double) links) + "%。");
            findingsEn.add(dev.navi.clean.region.Countries.label(o, true) + " is the largest origin, "
                    + pct(origin.get(o) / (double) links) + "% of origin counts.");
        }
        if (to > ctx.lastCompleteYear()) {
            int first = ctx.lastCompleteYear() + 1;
            String years = first == to ? String.valueOf(to) : first + "–" + to;
            findingsZh.add(years + "年的数据因18个月公开滞后尚不完整，其回落不代表下降。");
            findingsEn.add("Filings of " + years + " are incomplete because of the 18-month "
                    + "publication lag; their drop is not a decline.");
        }
    }

    // ---------------------------------------------------------------- helpers

    private void def(String id, String zh, String en, String formula, String unit, String basis, String window) {
        definitions.putIfAbsent(id, new Definition(id, zh, en, formula, unit, basis, window));
    }

    private int level(ChainNode n) {
        return ctx.map().entry(n.id()).map(ChainMap.Entry::level).orElse(0);
    }

    private YearSeries series(List<MetricRecord> rs) {
        return YearSeries.of(countByYear(rs, MetricRecord::year)).zeroFilled(from, to);
    }

    /** The window CAGR, n/a (NaN) below {@link Growth#MIN_BASE} filings in the window or from a zero start. */
    private double cagr(YearSeries s) {
        return cagrTo > cagrFrom ? Growth.cagrWithBase(s, cagrFrom, cagrTo, growthBase) : Double.NaN;
    }

    private Map<Integer, Long> countByYear(List<MetricRecord> rs, Function<MetricRecord, Integer> year) {
        // the period's years in an array (no boxing per record); a year outside it (a caller's other basis) in the map
        long[] inPeriod = new long[Math.max(0, to - from + 1)];
        Map<Integer, Long> m = new TreeMap<>();
        for (MetricRecord r : rs) {
            Integer y = year.apply(r);
            if (y != null && y >= from && y <= to) {
                inPeriod[y - from]++;
            } else {
                m.merge(y, 1L, Long::sum);
            }
        }
        for (int i = 0; i < inPeriod.length; i++) {
            if (inPeriod[i] > 0) {
                m.put(from + i, inPeriod[i]);
            }
        }
        return m;
    }

    /** A growing list of record positions (no boxing). */
    static final class Positions {
        private int[] at = new int[8];
        private int size;

        void add(int i) {
            if (size == at.length) {
                at = Arrays.copyOf(at, size * 2);
            }
            at[size++] = i;
        }

        int[] toArray() {
            return Arrays.copyOf(at, size);
        }
    }

    /** Records of a node per year (the same map as countByYear over its records), made once per node. */
    private Map<Integer, Long> nodeYears(String id) {
        Map<Integer, Long> m = nodeYears.get(id);
        if (m == null) {
            // every record of records has its year in from..to (the constructor's filter)
            long[] c = new long[to - from + 1];
            for (int i : nodeIdx.get(id)) {
                c[recs[i].year() - from]++;
            }
            m = new TreeMap<>();
            for (int k = 0; k < c.length; k++) {
                if (c[k] > 0) {
                    m.put(from + k, c[k]);
                }
            }
            m = Collections.unmodifiableMap(m);
            nodeYears.put(id, m);
        }
        return m;
    }

    /**
     * Year → distinct standard names filing in it, over the records at these positions (years with records only):
     * the records bucketed by year, then each year's names counted once with a stamp per year, not a set per year.
     */
    private Map<Integer, Integer> distinctApplicantsByYear(int[] positions) {
        // every record of records has its year in from..to (the constructor's filter)
        int span = to - from + 1;
        int[] start = new int[span + 1];
        for (int i : positions) {
            start[recs[i].year() - from + 1]++;
        }
        for (int y = 0; y < span; y++) {
            start[y + 1] += start[y];
        }
        int[] byYear = new int[positions.length];
        int[] fill = Arrays.copyOf(start, span);
        for (int i : positions) {
            byYear[fill[recs[i].year() - from]++] = i;
        }
        Map<Integer, Integer> out = new TreeMap<>();
        for (int y = 0; y < span; y++) {
            if (start[y] == start[y + 1]) {
                continue;
            }
            int distinct = 0;
            stamp++;
            for (int k = start[y]; k < start[y + 1]; k++) {
                for (int id : applicantIds[byYear[k]]) {
                    if (seen[id] != stamp) {
                        seen[id] = stamp;
                        distinct++;
                    }
                }
            }
            out.put(from + y, distinct);
        }
        return out;
    }

    /** The applicant counts of a node's records, made once per node. */
    private Tally.Counts nodeApplicants(String id) {
        Tally.Counts m = nodeApplicants.get(id);
        if (m == null) {
            m = applicantCounts(nodeIdx.get(id));
            nodeApplicants.put(id, m);
        }
        return m;
    }

    /** Distinct standard applicant names of a record, in export order. */
    /** {@link #names} as an array (a look back per name, not a set per record). */
    private static String[] distinctNames(MetricRecord r) {
        List<Actor> as = r.applicants();
        String[] out = new String[as.size()];
        int n = 0;
        for (Actor a : as) {
            if (a != null && !blank(a.name())) {
                n = dev.navi.metrics.Distinct.add(out, n, a.name());
            }
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    /** The distinct applicant countries of a record, in applicant order (what countries() held). */
    private static String[] distinctCountries(MetricRecord r) {
        List<Actor> as = r.applicants();
        String[] out = new String[as.size()];
        int n = 0;
        for (Actor a : as) {
            if (a != null && !blank(a.country())) {
                n = dev.navi.metrics.Distinct.add(out, n, a.country());
            }
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    /** The distinct non-blank values in order, or {@link #UNKNOWN} alone when there are none (origins, markets). */
    private static String[] distinctOrUnknown(List<String> values) {
        String[] out = new String[values.size()];
        int n = 0;
        for (String v : values) {
            if (!blank(v)) {
                n = dev.navi.metrics.Distinct.add(out, n, v);
            }
        }
        return n == 0 ? new String[]{UNKNOWN} : n == out.length ? out : Arrays.copyOf(out, n);
    }

    static Set<String> names(MetricRecord r) {
        Set<String> out = new LinkedHashSet<>();
        for (Actor a : r.applicants()) {
            if (a != null && !blank(a.name())) {
                out.add(a.name());
            }
        }
        return out;
    }

    private Tally.Counts applicantCounts(int[] positions) {
        applicantTally.clear();
        applicantTally.addAll(positions, applicantIds);
        return applicantTally.snapshot();
    }

    /** Keys by count descending, then key ascending, {@link #UNKNOWN} last. */
    private static List<String> ranked(Map<String, Long> counts) {
        return counts.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, Long> e) -> UNKNOWN.equals(e.getKey()))
                        .thenComparing(e -> -e.getValue())
                        .thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey).toList();
    }

    private static String readingZh(Concentration.HhiReading r) {
        return switch (r) {
            case UNCONCENTRATED -> "低集中度";
            case MODERATELY_CONCENTRATED -> "中等集中度";
            case HIGHLY_CONCENTRATED -> "高集中度";
            case UNDEFINED -> "无数据";
        };
    }

    /** A row with NaN / infinite doubles turned into null (blank). */
    private static List<Object> row(Object... cells) {
        List<Object> out = new ArrayList<>(cells.length);
        for (Object c : cells) {
            out.add(c instanceof Double d ? nz(d) : c instanceof Integer i ? Long.valueOf(i) : c);
        }
        return out;
    }

    private static Double nz(Double d) {
        return d == null || !Double.isFinite(d) ? null : d;
    }

    private static double share(long part, long total) {
        return total == 0 ? Double.NaN : part / (double) total;
    }

    private static double orZero(Double d) {
        return d == null || Double.isNaN(d) ? 0 : d;
    }

    private static long orZero(Integer i) {
        return i == null ? 0 : i;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String pct(double fraction) {
        return String.format(Locale.ROOT, "%.1f", 100 * fraction);
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%s", v);
    }
}
