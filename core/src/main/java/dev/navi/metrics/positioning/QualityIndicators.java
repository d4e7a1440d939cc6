package dev.navi.metrics.positioning;

import dev.navi.chain.map.ChainMap;
import dev.navi.clean.region.ChinaDivisions;
import dev.navi.clean.region.Countries;
import dev.navi.metrics.Actor;
import dev.navi.metrics.ColumnKind;
import dev.navi.metrics.Definition;
import dev.navi.metrics.MetricContext;
import dev.navi.metrics.MetricRecord;
import dev.navi.metrics.MetricTable;
import dev.navi.metrics.stats.MinimumBase;
import dev.navi.model.LegalStatus;
import dev.navi.model.PatentType;
import dev.navi.project.Region;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Quality indicators (质量指标) of the region, its peers, the nation and the world in every chain node: the table
 * {@value #TABLE_ID} (one row per scope and node, two columns per indicator: its value and its base) and the table
 * {@value #FIELDS_ID} (per indicator: the export field it needs, how many records of the analysis set carry it, its
 * minimum base, and "not in these exports" when none does).
 * <p>Every indicator is a ratio over the scope's records tagged to the node (roll-ups included; {@code (all)} = tagged
 * to any node) that carry its field; the value is empty (null) when no record of the set carries the field, or when
 * its base is below {@link MinimumBase#rate()}. Scope membership is the positioning module's any-applicant basis
 * ({@link RegionScope}); the nation is the region's country (left out for a country region, which is its own nation).
 * See {@link Indicator} for each formula.
 */
public final class QualityIndicators {
    /** Id of the indicator table. */
    public static final String TABLE_ID = "quality_indicators";
    /** Id of the table of fields each indicator needs. */
    public static final String FIELDS_ID = "quality_indicator_fields";
    /** Scope keys, in table order. */
    public static final String REGION = "region";
    public static final String PEER = "peer";
    public static final String NATION = "nation";
    public static final String WORLD = "world";

    private QualityIndicators() {
    }

    /** The indicators, in table order, each with its definition and the field it needs. */
    public enum Indicator {
        /** Inventions among the filings whose patent type is known (utility models and designs are the rest). */
        INVENTION_SHARE("invention_share", "发明专利占比", "Invention share of filings",
                "inventions / records with a known patent type", "发明专利数 / 专利类型已知的记录数",
                "patent type (patentType)", "专利类型"),
        /**
         * Granted inventions among the decided ones: decided = granted (a grant date, a B/C kind code in the unit, or
         * in force) or lapsed without a grant (refused, withdrawn, deemed withdrawn); pending ones are not decided.
         */
        GRANT_RATE("grant_rate", "发明授权率（已结案）", "Grant rate of decided applications",
                "granted inventions / decided inventions (granted, or lapsed without a grant); pending not counted",
                "已授权发明数 / 已结案发明数（已授权，或未授权而失效：驳回、撤回、视撤）；审中不计", "legal status (legalStatus), grant "
                + "date or kind code", "法律状态、授权日或文献类型代码"),
        /** Of the granted records whose status is known, the share still in force (有效维持). */
        IN_FORCE_SHARE("in_force_share", "授权专利有效占比", "Share of granted patents still in force",
                "granted records in force / granted records with a known legal status (in force or lapsed)",
                "仍有效的授权专利数 / 法律状态已知的授权专利数（有效或失效）", "legal status (legalStatus)", "法律状态"),
        /**
         * Families with a member outside the home office: home = the record's origin (priority country, else the
         * applicants' country); a WO (PCT) or EP member counts as outside.
         */
        OVERSEAS_SHARE("overseas_share", "海外布局占比（PCT及境外同族）", "PCT / overseas filing share",
                "records whose family has a member (WO and EP included) outside the home country / records with a home "
                        + "country", "有境外同族成员（含WO、EP）的记录数 / 技术来源国已知的记录数",
                "family members or offices (familyMembers, familyOffices, familySize)", "同族成员、同族国家或同族数量"),
        /**
         * Forward citations normalised by cohort: each record's citedBy over the mean citedBy of the analysis set's
         * records with the same year and node (the world cohort), averaged over the scope; 1 = as cited as its cohort.
         */
        CITATION_INDEX("citation_index", "被引指数（同年同环节归一）", "Forward citations normalised by cohort",
                "mean over the scope's records of citedBy / mean citedBy of all records of the set with the same year and "
                        + "node; records whose cohort mean is 0 are not counted",
                "范围内各记录的 被引次数 / 分析集中同年同环节记录的平均被引次数 的平均值；同期平均被引为0的记录不计",
                "forward citations (citedByCount)", "被引次数"),
        /** Industry–academia co-applications: an enterprise and a university or institute among the applicants. */
        INDUSTRY_ACADEMIA_SHARE("industry_academia_share", "产学研合作申请占比", "Co-applications with universities and institutes",
                "records with an enterprise and a university or research institute among the applicants / records whose "
                        + "applicants are typed", "申请人中同时有企业和高校或科研院所的记录数 / 申请人类型已知的记录数",
                "applicants (navi's applicant type)", "申请人（navi的申请人类型）"),
        /** Transfer, licence or pledge events: evidence of patent operation. */
        OPERATION_SHARE("operation_share", "运营活跃占比（转让、许可、质押）", "Transfer / licence / pledge activity",
                "records with at least one transfer, licence or pledge / records whose export carries those counts",
                "有转让、许可或质押记录的专利数 / 导出含上述字段的记录数",
                "transfer, licence and pledge counts (transferCount, licenceCount, pledgeCount)", "转让、许可、质押次数"),
        /**
         * High-value share: records whose {@link dev.navi.metrics.PatentValue} score in the node reaches the score of the
         * node's top {@link dev.navi.metrics.PatentValue#HIGH_VALUE_TOP} of the whole analysis set (ties included).
         */
        HIGH_VALUE_SHARE("high_value_share", "高价值专利占比", "High-value share",
                "records whose value score reaches the node's top-10% score over the whole analysis set / records",
                "价值评分达到该环节全部记录前10%门槛的记录数 / 记录数",
                "forward citations (citedByCount; with family offices and legal status, the value score's other parts)",
                "被引次数（另用同族国家、法律状态）");

        public final String id;
        public final String nameZh;
        public final String nameEn;
        final String formula;
        final String formulaZh;
        public final String field;
        public final String fieldZh;

        Indicator(String id, String nameZh, String nameEn, String formula, String formulaZh, String field, String fieldZh) {
            this.id = id;
            this.nameZh = nameZh;
            this.nameEn = nameEn;
            this.formula = formula;
            this.formulaZh = formulaZh;
            this.field = field;
            this.fieldZh = fieldZh;
        }

        /** The column kind of the value: a share, or an index for the citation index. */
        public ColumnKind kind() {
            return this == CITATION_INDEX ? ColumnKind.INDEX : ColumnKind.SHARE;
        }

        /** The definition id of the indicator. */
        public String definitionId() {
            return "quality_" + id;
        }
    }

    /**
     * One column of the comparison: the region, a peer, the nation or the world.
     *
     * @param key    {@link #REGION}, {@link #PEER}, {@link #NATION} or {@link #WORLD}
     * @param code   the region's code (ISO country code or Chinese division name), {@code world} for the world
     * @param nameZh name in Chinese
     * @param nameEn name in English
     * @param member whether a record belongs to the scope
     */
    public record Scope(String key, String code, String nameZh, String nameEn, Predicate<MetricRecord> member) {
    }

    /**
     * The computed indicators, for the findings and the report.
     *
     * @param scopes    the scopes in table order
     * @param values    scope index → node id → indicator ordinal → value (NaN = not measured)
     * @param bases     scope index → node id → indicator ordinal → base
     * @param records   scope index → node id → tagged records
     * @param available per indicator ordinal: whether any record of the set carries its field
     * @param table     the {@value #TABLE_ID} table
     * @param fields    the {@value #FIELDS_ID} table
     * @param cohorts   the citation cohorts of the set's records over the map's nodes (read again by the high-value
     *                  list, which scores the same records in the same cohorts)
     */
    public record Result(MetricTable table, MetricTable fields, List<Scope> scopes,
                         List<Map<String, double[]>> values, List<Map<String, long[]>> bases,
                         List<Map<String, Long>> records, boolean[] available,
                         dev.navi.metrics.PatentValue.Cohorts cohorts) {
        /** The value of one scope, node and indicator, NaN when not measured. */
        public double value(int scope, String node, Indicator i) {
            double[] v = values.get(scope).get(node);
            return v == null ? Double.NaN : v[i.ordinal()];
        }

        /** The base of one scope, node and indicator. */
        public long base(int scope, String node, Indicator i) {
            long[] b = bases.get(scope).get(node);
            return b == null ? 0 : b[i.ordinal()];
        }

        /** The index of the first scope with that key, or −1. */
        public int scope(String key) {
            for (int i = 0; i < scopes.size(); i++) {
                if (scopes.get(i).key().equals(key)) {
                    return i;
                }
            }
            return -1;
        }
    }

    /** The scopes of a context: region, peers in project order, the nation (not for a country region), the world. */
    static List<Scope> scopes(MetricContext ctx) {
        Region region = ctx.region();
        List<Scope> out = new ArrayList<>();
        out.add(scope(REGION, region));
        for (Region p : ctx.peers()) {
            out.add(scope(PEER, p));
        }
        if (region.level() != Region.Level.COUNTRY) {
            String c = RegionScope.countryOf(region);
            out.add(new Scope(NATION, c, "全国", orCode(Countries.label(c, true), c), r -> RegionScope.recordNational(r, region)));
        }
        out.add(new Scope(WORLD, "world", "全球", "World", r -> true));
        return out;
    }

    private static Scope scope(String key, Region r) {
        String zh;
        String en;
        if (r.level() == Region.Level.COUNTRY) {
            zh = orCode(Countries.label(r.code(), false), r.code());
            en = orCode(Countries.label(r.code(), true), r.code());
            if (r.label() != null && !r.label().isBlank() && !r.label().equalsIgnoreCase(r.code())) {
                zh = r.label();
            }
        } else {
            zh = RegionScope.label(r);
            en = r.level() == Region.Level.PROVINCE ? ChinaDivisions.standard().latinName(r.code()).orElse(zh) : zh;
        }
        return new Scope(key, r.code(), zh, en, x -> RegionScope.recordIn(x, r));
    }

    private static String orCode(String label, String code) {
        return label == null || label.isBlank() ? code : label;
    }

    /**
     * Per indicator, the records whose export carries its field. The loops over the records are methods of their own,
     * not loops inside compute(): the JIT then compiles this small method on stack, not all of compute().
     */
    private static long[] carrying(List<MetricRecord> records, Indicator[] inds) {
        long[] carrying = new long[inds.length];
        for (MetricRecord r : records) {
            for (Indicator i : inds) {
                if (carries(i, r)) {
                    carrying[i.ordinal()]++;
                }
            }
        }
        return carrying;
    }

    /** Computes both tables with the given minimum bases. */
    public static Result compute(MetricContext ctx, MinimumBase bases) {
        ChainMap map = ctx.map();
        List<String> nodeIds = new ArrayList<>();
        nodeIds.add(RegionRanking.ALL);
        map.entries().forEach(e -> nodeIds.add(e.node().id()));
        Set<String> nodeSet = new LinkedHashSet<>(nodeIds.subList(1, nodeIds.size()));
        Indicator[] inds = Indicator.values();

        // ---- which fields the exports carry, over the whole analysis set ----
        long[] carrying = carrying(ctx.records(), inds);
        boolean[] available = new boolean[inds.length];
        for (Indicator i : inds) {
            available[i.ordinal()] = carrying[i.ordinal()] > 0;
        }

        // ---- cohort means of citedBy: (node, year) over every tagged record of the set (PatentValue's cohorts) ----
        dev.navi.metrics.PatentValue.Cohorts cohorts = dev.navi.metrics.PatentValue.Cohorts.of(ctx.records(), nodeSet);
        Map<String, Double> thresholds = dev.navi.metrics.PatentValue.thresholds(ctx.records(), nodeSet, cohorts,
                r -> carries(Indicator.HIGH_VALUE_SHARE, r));

        // ---- tallies per scope and node ----
        List<Scope> scopes = scopes(ctx);
        int s = scopes.size();
        List<Map<String, double[]>> num = new ArrayList<>();
        List<Map<String, long[]>> base = new ArrayList<>();
        List<Map<String, Long>> recs = new ArrayList<>();
        for (int k = 0; k < s; k++) {
            num.add(new HashMap<>());
            base.add(new HashMap<>());
            recs.add(new HashMap<>());
        }
        // tallies by scope and node position (0 = all nodes, then the map's order), the maps above filled from them
        // at the end; per record the node-independent indicators are evaluated once, the two that read the node's
        // cohort (citation index, high-value share) once per node
        int nn = nodeIds.size();
        Map<String, Integer> position = new HashMap<>();
        for (int j = 0; j < nn; j++) {
            position.put(nodeIds.get(j), j);
        }
        double[][][] numAt = new double[s][nn][];
        long[][][] baseAt = new long[s][nn][];
        long[][] recsAt = new long[s][nn];
        RecordTally tally = new RecordTally(nodeIds, position, scopes, available, cohorts, thresholds, numAt, baseAt,
                recsAt);
        tally.addAll(ctx.records());
        for (int k = 0; k < s; k++) {
            for (int j = 0; j < nn; j++) {
                if (numAt[k][j] != null) {
                    num.get(k).put(nodeIds.get(j), numAt[k][j]);
                    base.get(k).put(nodeIds.get(j), baseAt[k][j]);
                    recs.get(k).put(nodeIds.get(j), recsAt[k][j]);
                }
            }
        }

        // ---- values and rows ----
        List<Map<String, double[]>> values = new ArrayList<>();
        List<String> cols = new ArrayList<>(List.of("scope", "scope_code", "scope_name", "scope_name_en", "node",
                "node_name", "node_name_en", "records"));
        for (Indicator i : inds) {
            cols.add(i.id);
            cols.add(i.id + "_base");
        }
        List<List<Object>> rows = new ArrayList<>();
        for (int k = 0; k < s; k++) {
            Scope sc = scopes.get(k);
            Map<String, double[]> vk = new HashMap<>();
            values.add(vk);
            for (String n : nodeIds) {
                double[] nm = num.get(k).getOrDefault(n, new double[inds.length]);
                long[] bs = base.get(k).getOrDefault(n, new long[inds.length]);
                double[] v = new double[inds.length];
                List<Object> row = new ArrayList<>(List.of(sc.key(), sc.code(), sc.nameZh(), sc.nameEn(), n,
                        RegionRanking.ALL.equals(n) ? "全部环节" : map.node(n).map(x -> x.name()).orElse(n),
                        RegionRanking.ALL.equals(n) ? "all nodes" : map.node(n).map(x -> x.name("en")).orElse(n),
                        recs.get(k).getOrDefault(n, 0L)));
                for (Indicator i : inds) {
                    int o = i.ordinal();
                    v[o] = available[o] && bases.rateMeasured(bs[o]) ? nm[o] / bs[o] : Double.NaN;
                    row.add(RegionScope.cell(v[o]));
                    row.add(bs[o]);
                }
                vk.put(n, v);
                rows.add(row);
            }
        }
        List<String> valueCols = new ArrayList<>();
        List<String> baseCols = new ArrayList<>(List.of("records"));
        List<String> shareCols = new ArrayList<>();
        for (Indicator i : inds) {
            (i.kind() == ColumnKind.SHARE ? shareCols : valueCols).add(i.id);
            baseCols.add(i.id + "_base");
        }
        List<String> defs = new ArrayList<>(List.of("region_membership", "minimum_base"));
        for (Indicator i : inds) {
            defs.add(i.definitionId());
        }
        String label = RegionScope.label(ctx.region());
        MetricTable table = new MetricTable(TABLE_ID, label + "专利质量指标（区域、对标、全国、全球）",
                label + " quality indicators (region, peers, nation, world)", cols, rows, defs,
                "行：依次为各范围（目标区域、按项目文件顺序的对标区域、全国、全球），其下为各技术分支（先“全部”，再按产业链结构图顺序）。"
                        + "每项指标给出数值（比例0–1；被引指数为比值，1 = 与同期同环节平均持平）及基数（该比值所依据的该范围、该技术分支的"
                        + "记录数）。基数低于" + bases.rate() + "（不适用）或分析集中没有记录带有该指标所需字段（见“质量指标所需字段”表）时留空。"
                        + "记录数 = 该范围、该技术分支的已标引记录数。",
                "Rows: scopes (region, peers in project order, nation, world), then nodes ((all) first, then chain-map order). "
                        + "Each indicator: its value (a fraction 0–1, the citation index a ratio with 1 = as cited as its "
                        + "cohort) and its base (the records of the scope and node the ratio is over). A value is empty when "
                        + "its base is below " + bases.rate() + " (n/a) or no record of the set carries its field (see "
                        + FIELDS_ID + "). records = tagged records of the scope and node.")
                .declare(ColumnKind.CODE, List.of("scope", "scope_code", "node"))
                .declare(ColumnKind.NAME, List.of("scope_name", "scope_name_en", "node_name", "node_name_en"))
                .declare(ColumnKind.COUNT, baseCols)
                .declare(ColumnKind.SHARE, shareCols)
                .declare(ColumnKind.INDEX, valueCols);

        long total = ctx.records().size();
        List<List<Object>> frows = new ArrayList<>();
        for (Indicator i : inds) {
            int o = i.ordinal();
            frows.add(new ArrayList<>(List.of(i.id, i.nameZh, i.nameEn, i.field, i.fieldZh, carrying[o],
                    total == 0 ? 0.0 : (double) carrying[o] / total, (long) bases.rate(),
                    available[o] ? "available" : "not in these exports", available[o] ? "可用" : "本批导出无此字段")));
        }
        MetricTable fields = new MetricTable(FIELDS_ID, "质量指标所需字段", "Fields the quality indicators need",
                List.of("indicator", "indicator_zh", "indicator_en", "field", "field_zh", "records_with_field", "share_with_field",
                        "min_base", "status", "status_zh"), frows, defs,
                "每项指标一行，顺序同“专利质量指标”表。有该字段的记录：分析集中（不论是否标引）带有该指标所需字段的记录数；没有任何记录"
                        + "带有该字段时，状态为“本批导出无此字段”。",
                "One row per indicator, in the order of " + TABLE_ID + ". records_with_field: records of the analysis set "
                        + "(tagged or not) that carry the indicator's field; status 'not in these exports' when none does.")
                .declare(ColumnKind.CODE, List.of("indicator", "status", "status_zh"))
                .declare(ColumnKind.NAME, List.of("indicator_zh", "indicator_en"))
                .declare(ColumnKind.TEXT, List.of("field", "field_zh"))
                .declare(ColumnKind.COUNT, List.of("records_with_field", "min_base"))
                .declare(ColumnKind.SHARE, List.of("share_with_field"));
        return new Result(table, fields, scopes, values, base, recs, available, cohorts);
    }

    /**
     * Adds one record to the tallies by scope and node position: the node-independent indicators evaluated once, the
     * two that read the node's cohort once per node. A class of its own so the JIT compiles {@link #add} once, not all
     * of compute() on stack (that was the largest single compilation of a run).
     */
    private static final class RecordTally {
        private final List<String> nodeIds;
        private final Map<String, Integer> position;
        private final List<Scope> scopes;
        private final boolean[] available;
        private final dev.navi.metrics.PatentValue.Cohorts cohorts;
        private final Map<String, Double> thresholds;
        private final double[][][] numAt;
        private final long[][][] baseAt;
        private final long[][] recsAt;
        private final Indicator[] inds = Indicator.values();
        private final double[] contribution = new double[inds.length];
        private final boolean[] inBase = new boolean[inds.length];
        private final double[] fixedValue = new double[inds.length];
        private final int[] at;
        private final int s;

        RecordTally(List<String> nodeIds, Map<String, Integer> position, List<Scope> scopes, boolean[] available,
                    dev.navi.metrics.PatentValue.Cohorts cohorts, Map<String, Double> thresholds, double[][][] numAt,
                    long[][][] baseAt, long[][] recsAt) {
            this.nodeIds = nodeIds;
            this.position = position;
            this.scopes = scopes;
            this.available = available;
            this.cohorts = cohorts;
            this.thresholds = thresholds;
            this.numAt = numAt;
            this.baseAt = baseAt;
            this.recsAt = recsAt;
            this.at = new int[nodeIds.size()];
            this.s = scopes.size();
        }

        void addAll(List<MetricRecord> records) {
            for (MetricRecord r : records) {
                add(r);
            }
        }

        void add(MetricRecord r) {
            int m = 1;
            at[0] = 0;
            for (String n : r.nodes()) {
                Integer j = position.get(n);
                if (j != null && j > 0) {
                    at[m++] = j;
                }
            }
            if (m == 1) {
                return;
            }
            boolean[] member = new boolean[s];
            boolean any = false;
            for (int k = 0; k < s; k++) {
                member[k] = scopes.get(k).member().test(r);
                any |= member[k];
            }
            if (!any) {
                return;
            }
            for (Indicator i : inds) {
                if (available[i.ordinal()] && !nodeDependent(i)) {
                    fixedValue[i.ordinal()] = evaluate(i, r, RegionRanking.ALL, cohorts, thresholds);
                }
            }
            int offices = dev.navi.metrics.PatentValue.offices(r);
            for (int x = 0; x < m; x++) {
                String n = nodeIds.get(at[x]);
                for (Indicator i : inds) {
                    inBase[i.ordinal()] = false;
                    if (!available[i.ordinal()]) {
                        continue;
                    }
                    double v = nodeDependent(i) ? evaluate(i, r, n, cohorts, thresholds, offices) : fixedValue[i.ordinal()];
                    if (!Double.isNaN(v)) {
                        inBase[i.ordinal()] = true;
                        contribution[i.ordinal()] = v;
                    }
                }
                for (int k = 0; k < s; k++) {
                    if (!member[k]) {
                        continue;
                    }
                    double[] nm = numAt[k][at[x]];
                    long[] bs = baseAt[k][at[x]];
                    if (nm == null) {
                        nm = numAt[k][at[x]] = new double[inds.length];
                        bs = baseAt[k][at[x]] = new long[inds.length];
                    }
                    recsAt[k][at[x]]++;
                    for (Indicator i : inds) {
                        if (inBase[i.ordinal()]) {
                            nm[i.ordinal()] += contribution[i.ordinal()];
                            bs[i.ordinal()]++;
                        }
                    }
                }
            }
        }
    }

    /** Whether the record carries the indicator's field (for "not in these exports"). */
    static boolean carries(Indicator i, MetricRecord r) {
        return switch (i) {
            case INVENTION_SHARE -> r.type() != null && r.type() != PatentType.UNKNOWN;
            case GRANT_RATE, IN_FORCE_SHARE -> statusKnown(r.status());
            case OVERSEAS_SHARE -> r.familySize() != null || r.markets().size() > 1;
            case CITATION_INDEX -> r.citedBy() != null;
            case INDUSTRY_ACADEMIA_SHARE -> r.applicants().stream().anyMatch(a -> a != null && a.type() != null);
            case OPERATION_SHARE -> r.transfers() != null || r.licences() != null || r.pledges() != null;
            // the score's main part is the citations: without them the top 10 % is a tie of every patent in force
            case HIGH_VALUE_SHARE -> r.citedBy() != null;
        };
    }

    private static boolean statusKnown(LegalStatus s) {
        return s == LegalStatus.ACTIVE || s == LegalStatus.PENDING || s == LegalStatus.LAPSED;
    }

    /**
     * The record's contribution to the indicator's numerator in a node (1 or 0 for a share, the normalised citations
     * for the index), or NaN when the record is not in the indicator's base.
     */
    static double evaluate(Indicator i, MetricRecord r, String node, dev.navi.metrics.PatentValue.Cohorts cohorts,
                           Map<String, Double> thresholds) {
        return evaluate(i, r, node, cohorts, thresholds, -1);
    }

    /** Whether an indicator's value depends on the node (it reads the node's citation cohort). */
    private static boolean nodeDependent(Indicator i) {
        return i == Indicator.CITATION_INDEX || i == Indicator.HIGH_VALUE_SHARE;
    }

    /** {@link #evaluate}, with the record's distinct family offices when known (≥ 0), else counted here. */
    private static double evaluate(Indicator i, MetricRecord r, String node, dev.navi.metrics.PatentValue.Cohorts cohorts,
                                   Map<String, Double> thresholds, int offices) {
        switch (i) {
            case INVENTION_SHARE:
                return carries(i, r) ? (r.type() == PatentType.INVENTION ? 1 : 0) : Double.NaN;
            case GRANT_RATE: {
                if (!carries(i, r) || r.type() != PatentType.INVENTION) {
                    return Double.NaN;
                }
                boolean granted = r.granted() || r.status() == LegalStatus.ACTIVE;
                boolean decided = granted || r.status() == LegalStatus.LAPSED;
                return decided ? (granted ? 1 : 0) : Double.NaN;
            }
            case IN_FORCE_SHARE: {
                boolean granted = r.granted() || r.status() == LegalStatus.ACTIVE;
                if (!granted || !(r.status() == LegalStatus.ACTIVE || r.status() == LegalStatus.LAPSED)) {
                    return Double.NaN;
                }
                return r.status() == LegalStatus.ACTIVE ? 1 : 0;
            }
            case OVERSEAS_SHARE: {
                if (r.origins().isEmpty()) {
                    return Double.NaN;
                }
                String home = r.origins().get(0);
                return r.markets().stream().anyMatch(m -> m != null && !m.equalsIgnoreCase(home)) ? 1 : 0;
            }
            case CITATION_INDEX:
                return cohorts.normalised(r, node);
            case INDUSTRY_ACADEMIA_SHARE: {
                if (!carries(i, r)) {
                    return Double.NaN;
                }
                boolean enterprise = false;
                boolean academic = false;
                for (Actor a : r.applicants()) {
                    if (a == null || a.type() == null) {
                        continue;
                    }
                    enterprise |= a.type().equals("enterprise");
                    academic |= a.type().equals("university") || a.type().equals("institute");
                }
                return enterprise && academic ? 1 : 0;
            }
            case HIGH_VALUE_SHARE: {
                Double threshold = thresholds.get(node);
                if (!carries(i, r) || threshold == null) {
                    return Double.NaN;
                }
                return (offices < 0 ? dev.navi.metrics.PatentValue.score(r, node, cohorts)
                        : dev.navi.metrics.PatentValue.score(r, node, cohorts, offices)).score() >= threshold - 1e-12 ? 1 : 0;
            }
            case OPERATION_SHARE: {
                if (!carries(i, r)) {
                    return Double.NaN;
                }
                return positive(r.transfers()) || positive(r.licences()) || positive(r.pledges()) ? 1 : 0;
            }
            default:
                throw new IllegalStateException(i.name());
        }
    }

    private static boolean positive(Integer v) {
        return v != null && v > 0;
    }

    /** The indicators' definitions. */
    public static List<Definition> definitions(MetricContext ctx, MinimumBase bases) {
        String basis = "the scope's records of the analysis set tagged to the node that carry the indicator's field; scope: "
                + "region / peer = any applicant located there, nation = any applicant in the region's country, world = all";
        String basisZh = "分析集中该范围标引到该环节、且含该指标所需字段的记录；范围：区域、对标区域为任一申请人位于该地，全国为任一申请人位于区域所在国家，全球为全部记录";
        String window = "the analysis set's period " + ctx.fromYear() + "–" + ctx.toYear() + " (" + ctx.basis().en()
                + "); legal status as of the data cut-off; n/a below " + bases.rate() + " records in the base";
        String windowZh = "分析集的期间" + ctx.fromYear() + "–" + ctx.toYear() + "年（按" + ctx.basis().zh()
                + "）；法律状态以数据截止日为准；基数不足" + bases.rate() + "项时不适用";
        List<Definition> out = new ArrayList<>();
        for (Indicator i : Indicator.values()) {
            boolean index = i == Indicator.CITATION_INDEX;
            out.add(new Definition(i.definitionId(), i.nameZh, i.nameEn, i.formula + "; field needed: " + i.field,
                    index ? "ratio (1 = as cited as its cohort)" : "fraction 0–1", basis, window)
                    .zh(i.formulaZh + "；所需字段：" + i.fieldZh, index ? "比值（1 = 与同期同环节平均持平）" : "比例（0–1）",
                            basisZh, windowZh));
        }
        return out;
    }
}
