package dev.navi.metrics.positioning;

import dev.navi.chain.map.ChainMap;
import dev.navi.metrics.Actor;
import dev.navi.metrics.ColumnKind;
import dev.navi.metrics.Definition;
import dev.navi.metrics.MetricContext;
import dev.navi.metrics.MetricRecord;
import dev.navi.metrics.MetricTable;
import dev.navi.metrics.positioning.QualityIndicators.Indicator;
import dev.navi.metrics.stats.Tally;
import dev.navi.metrics.stats.TopRanks;
import dev.navi.model.LegalStatus;
import dev.navi.project.Region;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Positioning findings from the ranking and the quality indicators, in Chinese and English, stated from the computed
 * values (never from text): where the region is strong in quantity but weak in quality and the reverse, which of its
 * applicants and inventors lead nationally in a node (the table {@value #LEADERS_ID}), and which nodes have no local
 * holder.
 * <p>Rules. <b>Quantity</b>: the region's RTA against the reference (the nation for a province or city, the world for a
 * country) in {@link RegionRanking}; strong at or above the positioning rule's RTA threshold. <b>Quality</b>: the
 * region's quality indicators against the reference scope's in the same node, over the indicators measured in both
 * (at least {@value #MIN_COMPARED}); weak when more than half are below the reference, strong when more than half are
 * at or above it. <b>National leaders</b>: applicants of the reference country (all applicants for a country region)
 * ranked per node by records (competition ranks); the region's applicants — and the inventors named on its records —
 * ranked in the top {@value #TOP} are listed. <b>No local holder</b>: nodes where the region has no record; and, when
 * the exports carry legal status, nodes where it has records but none in force.
 */
public final class QualityFindings {
    /** Id of the table of the region's applicants and inventors who rank nationally in a node. */
    public static final String LEADERS_ID = "region_national_leaders";
    /** National ranks listed. */
    public static final int TOP = 10;
    /** Fewest indicators compared for a quality reading. */
    public static final int MIN_COMPARED = 2;
    /** Sentences of each kind, at most. */
    static final int MAX_SENTENCES = 3;

    private QualityFindings() {
    }

    /**
     * The findings and the leaders table.
     *
     * @param table     the {@value #LEADERS_ID} table
     * @param findingsZh sentences in Chinese
     * @param findingsEn the same sentences in English
     * @param findings   the sentences as the table {@value #FINDINGS_ID} (kind, node, text_zh, text_en)
     */
    public record Result(MetricTable table, List<String> findingsZh, List<String> findingsEn, MetricTable findings) {
    }

    /** Id of the table of the findings, one row per sentence with its kind, so the atlas places them by kind. */
    public static final String FINDINGS_ID = "positioning_quality_findings";

    /** The sentences in both languages with their kind and node. */
    private static final class Said {
        final List<String> zh = new ArrayList<>();
        final List<String> en = new ArrayList<>();
        final List<List<Object>> rows = new ArrayList<>();

        void add(String kind, String node, String textZh, String textEn) {
            zh.add(textZh);
            en.add(textEn);
            List<Object> r = new ArrayList<>();
            r.add(kind);
            r.add(node);
            r.add(textZh);
            r.add(textEn);
            rows.add(r);
        }
    }

    /** Findings of the context's region from its ranking and its quality indicators. */
    public static Result compute(MetricContext ctx, PositioningRule rule, MetricTable ranking, QualityIndicators.Result quality) {
        Region region = ctx.region();
        ChainMap map = ctx.map();
        boolean country = region.level() == Region.Level.COUNTRY;
        String labelZh = quality.scopes().get(0).nameZh();
        String labelEn = quality.scopes().get(0).nameEn();
        String refZh = country ? "全球" : "全国";
        String refEn = country ? "worldwide" : "nationally";
        Said say = new Said();

        // ---- the region's own rows of the ranking (its level) ----
        Map<String, List<Object>> own = new HashMap<>();
        Map<String, List<Object>> first = new HashMap<>();
        String level = switch (region.level()) {
            case COUNTRY -> "country";
            case PROVINCE -> "province";
            case CITY -> "city";
        };
        int cLevel = ranking.columns().indexOf("level");
        int cNode = ranking.columns().indexOf("node");
        int cRegion = ranking.columns().indexOf("is_region");
        int cRank = ranking.columns().indexOf("rank");
        for (List<Object> r : ranking.rows()) {
            if (!level.equals(r.get(cLevel))) {
                continue;
            }
            if ("yes".equals(r.get(cRegion))) {
                own.put((String) r.get(cNode), r);
            }
            if (Long.valueOf(1).equals(r.get(cRank))) {
                first.putIfAbsent((String) r.get(cNode), r);
            }
        }

        // ---- quantity against quality ----
        int ref = quality.scope(country ? QualityIndicators.WORLD : QualityIndicators.NATION);
        List<Reading> readings = new ArrayList<>();
        for (var e : map.entries()) {
            String node = e.node().id();
            List<Object> row = own.get(node);
            Double rta = row == null ? null : (Double) cell(ranking, row, "rta");
            if (rta == null) {
                continue;
            }
            List<Indicator> below = new ArrayList<>();
            List<Indicator> above = new ArrayList<>();
            for (Indicator i : Indicator.values()) {
                double v = quality.value(0, node, i);
                double w = quality.value(ref, node, i);
                if (Double.isNaN(v) || Double.isNaN(w)) {
                    continue;
                }
                (v < w ? below : above).add(i);
            }
            int compared = below.size() + above.size();
            if (compared < MIN_COMPARED) {
                continue;
            }
            boolean strongQuantity = rta >= rule.rtaThreshold();
            if (strongQuantity && below.size() * 2 > compared) {
                readings.add(new Reading(node, true, rta, (Long) cell(ranking, row, "rank"), below));
            } else if (!strongQuantity && above.size() * 2 > compared) {
                readings.add(new Reading(node, false, rta, (Long) cell(ranking, row, "rank"), above));
            }
        }
        readings.sort(Comparator.comparingDouble((Reading r) -> -Math.abs(r.rta - rule.rtaThreshold())).thenComparing(r -> r.node));
        int strongWeak = 0;
        int weakStrong = 0;
        for (Reading r : readings) {
            if (r.quantityStrong ? strongWeak++ >= MAX_SENTENCES : weakStrong++ >= MAX_SENTENCES) {
                continue;
            }
            String nodeZh = map.node(r.node).map(n -> n.name()).orElse(r.node);
            String nodeEn = map.node(r.node).map(n -> n.name("en")).orElse(r.node);
            List<String> partsZh = new ArrayList<>();
            List<String> partsEn = new ArrayList<>();
            for (Indicator i : r.indicators) {
                partsZh.add(i.nameZh + show(i, quality.value(0, r.node, i)) + "（" + refZh + show(i, quality.value(ref, r.node, i)) + "）");
                partsEn.add(decapitalise(i.nameEn) + " " + show(i, quality.value(0, r.node, i)) + " against "
                        + show(i, quality.value(ref, r.node, i)));
            }
            String rank = r.rank == null ? "" : "，" + refZh + "第" + r.rank + "位";
            String rankEn = r.rank == null ? "" : ", rank " + r.rank + " " + refEn;
            if (r.quantityStrong) {
                say.add("quantity_strong_quality_weak", r.node, labelZh + "在" + nodeZh + "环节数量占优（RTA " + RegionScope.fmt(r.rta, 2) + rank + "）而质量偏弱："
                        + String.join("、", partsZh) + "，低于" + refZh + "水平。", labelEn + " is strong in quantity in " + nodeEn + " (RTA " + RegionScope.fmt(r.rta, 2) + rankEn
                        + ") but weak in quality: " + String.join("; ", partsEn) + " " + refEn + ".");
            } else {
                say.add("quantity_weak_quality_strong", r.node, labelZh + "在" + nodeZh + "环节数量不占优（RTA " + RegionScope.fmt(r.rta, 2) + rank + "）而质量较好："
                        + String.join("、", partsZh) + "，不低于" + refZh + "水平。", labelEn + " is weak in quantity in " + nodeEn + " (RTA " + RegionScope.fmt(r.rta, 2) + rankEn
                        + ") but strong in quality: " + String.join("; ", partsEn) + " " + refEn + ".");
            }
        }

        // ---- national leaders ----
        MetricTable leaders = leaders(ctx);
        List<List<Object>> best = new ArrayList<>();
        Set<String> seenNode = new LinkedHashSet<>();
        Set<String> seenName = new LinkedHashSet<>();
        for (String kind : List.of("applicant", "inventor")) {
            seenNode.clear();
            seenName.clear();
            List<List<Object>> ofKind = new ArrayList<>();
            for (List<Object> r : leaders.rows()) {
                if (kind.equals(cell(leaders, r, "kind")) && (Long) cell(leaders, r, "national_rank") <= 3) {
                    ofKind.add(r);
                }
            }
            // each name once, at its best node (a parent and its branch often repeat the same lead)
            ofKind.sort(Comparator.comparingLong((List<Object> r) -> (Long) cell(leaders, r, "national_rank"))
                    .thenComparingLong(r -> -(Long) cell(leaders, r, "count")));
            ofKind.removeIf(r -> !seenName.add((String) cell(leaders, r, "holder")) || !seenNode.add((String) cell(leaders, r, "node")));
            ofKind.sort(Comparator.comparingLong((List<Object> r) -> (Long) cell(leaders, r, "national_rank"))
                    .thenComparingLong(r -> -(Long) cell(leaders, r, "count")));
            best.addAll(ofKind.subList(0, Math.min(MAX_SENTENCES, ofKind.size())));
        }
        for (List<Object> r : best) {
            boolean applicant = "applicant".equals(cell(leaders, r, "kind"));
            String name = (String) cell(leaders, r, "holder");
            long rank = (Long) cell(leaders, r, "national_rank");
            long count = (Long) cell(leaders, r, "count");
            String leader = (String) cell(leaders, r, "leader");
            long leaderCount = (Long) cell(leaders, r, "leader_count");
            String nodeZh = (String) cell(leaders, r, "node_name");
            String nodeEn = (String) cell(leaders, r, "node_name_en");
            String who = applicant ? "的" : "发明人";
            String leadZh = rank == 1 ? "" : "；" + refZh + "第一为" + leader + "（" + leaderCount + "件）";
            String leadEn = rank == 1 ? "" : "; first: " + leader + ", " + leaderCount;
            say.add(applicant ? "national_leader_applicant" : "national_leader_inventor", (String) cell(leaders, r, "node"),
                    labelZh + who + name + "在" + nodeZh + "环节的申请量居" + refZh + "第" + rank + "位（" + count + "件" + leadZh + "）。",
                    (applicant ? "" : "Inventor ") + name + " (" + labelEn + ") ranks " + ordinal(rank) + " " + refEn + " in "
                    + nodeEn + " (" + count + " filings" + leadEn + ").");
        }

        // ---- nodes without a local holder ----
        List<String> gapsZh = new ArrayList<>();
        List<String> gapsEn = new ArrayList<>();
        for (var e : map.entries()) {
            List<Object> row = own.get(e.node().id());
            if (row != null && Long.valueOf(0).equals(cell(ranking, row, "count"))) {
                long refCount = (Long) cell(ranking, row, "reference_count");
                List<Object> top = first.get(e.node().id());
                String lead = top == null ? "" : "，最多为" + cell(ranking, top, "area") + "（" + cell(ranking, top, "count") + "件）";
                String leadEn = top == null ? "" : ", most from " + cell(ranking, top, "area_en") + " (" + cell(ranking, top, "count") + ")";
                gapsZh.add(e.node().name() + "（" + refZh + refCount + "件" + lead + "）");
                gapsEn.add(e.node().name("en") + " (" + refCount + " " + refEn + leadEn + ")");
            }
        }
        if (gapsZh.isEmpty()) {
            say.add("no_local_holder", null, labelZh + "在全部" + map.entries().size() + "个环节都有本地申请人。",
                    labelEn + " has a local applicant in every one of the " + map.entries().size() + " nodes.");
        } else {
            say.add("no_local_holder", null, labelZh + "在" + gapsZh.size() + "个环节没有本地申请人：" + String.join("；", gapsZh) + "。",
                    labelEn + " has no local applicant in " + gapsEn.size() + (gapsEn.size() == 1 ? " node: " : " nodes: ") + String.join("; ", gapsEn) + ".");
        }
        if (quality.available()[Indicator.IN_FORCE_SHARE.ordinal()]) {
            List<String> noneZh = new ArrayList<>();
            List<String> noneEn = new ArrayList<>();
            // one pass over the records (not one per node): the region's records and their active ones per node
            Map<String, long[]> inRegion = regionActiveByNode(ctx.records(), region);
            for (var e : map.entries()) {
                long[] c = inRegion.getOrDefault(e.node().id(), new long[2]);
                long n = c[0];
                long active = c[1];
                if (n > 0 && active == 0) {
                    noneZh.add(e.node().name() + "（" + n + "件）");
                    noneEn.add(e.node().name("en") + " (" + n + ")");
                }
            }
            if (!noneZh.isEmpty()) {
                say.add("no_patent_in_force", null, labelZh + "在" + noneZh.size() + "个环节有申请但无有效专利：" + String.join("；", noneZh) + "。",
                        labelEn + " files in " + noneEn.size() + (noneEn.size() == 1 ? " node" : " nodes") + " but holds no patent in force there: "
                        + String.join("; ", noneEn) + ".");
            }
        }
        MetricTable findings = new MetricTable(FINDINGS_ID, "区域定位的数量与质量判断", "Positioning findings on quantity and quality",
                List.of("kind", "node", "text_zh", "text_en"), say.rows, List.of("national_leader", "minimum_base"),
                "每条判断一行，顺序同本模块的结论：数量与质量对照（数量强弱按RTA阈值判断；质量按区域与参照范围均可测算的指标中多数指标的"
                        + "结果判断，至少" + MIN_COMPARED + "项），全国领先主体，无本地权利人的环节，无有效专利的环节。",
                "One row per finding, in the order of the module's findings: quantity against quality (strong/weak by the "
                        + "RTA threshold; quality by the majority of the indicators measured in both the region and the "
                        + "reference, at least " + MIN_COMPARED + "), national leaders, nodes without a local holder, nodes "
                        + "without a patent in force.")
                .declare(ColumnKind.CODE, List.of("kind", "node"))
                .declare(ColumnKind.TEXT, List.of("text_zh", "text_en"));
        return new Result(leaders, say.zh, say.en, findings);
    }

    private record Reading(String node, boolean quantityStrong, double rta, Long rank, List<Indicator> indicators) {
    }

    /**
     * The region's applicants and inventors ranked in the top {@value #TOP} of the reference in a node: applicants of
     * the reference country (every applicant for a country region), each counted once per record it is on; inventors
     * named on the reference's records; the region's inventors are those named on its records.
     */
    /**
     * Per node, the region's records and the active ones among them. A method of its own, not a loop in the findings:
     * the JIT compiles a hot loop's whole method on stack.
     */
    private static Map<String, long[]> regionActiveByNode(List<MetricRecord> records, Region region) {
        Map<String, long[]> inRegion = new HashMap<>();
        for (MetricRecord r : records) {
            if (!RegionScope.recordIn(r, region)) {
                continue;
            }
            for (String node : r.nodes()) {
                long[] c = inRegion.computeIfAbsent(node, k -> new long[2]);
                c[0]++;
                if (r.status() == LegalStatus.ACTIVE) {
                    c[1]++;
                }
            }
        }
        return inRegion;
    }

    static MetricTable leaders(MetricContext ctx) {
        Region region = ctx.region();
        boolean country = region.level() == Region.Level.COUNTRY;
        String home = RegionScope.countryOf(region);
        ChainMap map = ctx.map();
        Set<String> nodeSet = new LinkedHashSet<>();
        map.entries().forEach(e -> nodeSet.add(e.node().id()));
        // names as ids (one dictionary per kind), each reference record's distinct ids once, and per node the
        // positions of its reference records: a node's counts are then an array, not a map of hundreds of thousands
        // of names filled once per record and node
        LeaderInputs in = new LeaderInputs(country, home, region, nodeSet);
        in.addAll(ctx.records());
        Tally.Names applicantIds = in.applicantIds;
        Tally.Names inventorIds = in.inventorIds;
        List<int[]> recApplicants = in.recApplicants;
        List<int[]> recInventors = in.recInventors;
        List<int[]> recLocal = in.recLocal;
        List<Boolean> recInRegion = in.recInRegion;
        Map<String, List<Integer>> nodeRecords = in.nodeRecords;
        List<List<Object>> rows = new ArrayList<>();
        int[] count = new int[Math.max(applicantIds.size(), inventorIds.size())];
        for (var e : map.entries()) {
            String node = e.node().id();
            List<Integer> positions = nodeRecords.getOrDefault(node, List.of());
            for (String kind : List.of("applicant", "inventor")) {
                boolean applicant = "applicant".equals(kind);
                nodeLeaders(rows, e.node(), kind, positions, applicant ? applicantIds : inventorIds,
                        applicant ? recApplicants : recInventors, applicant ? recLocal : null, recInRegion, count);
            }
        }
        String ref = country ? "all applicants worldwide" : "applicants located in " + home;
        String refZh = country ? "全球全部申请人" : "位于" + dev.navi.clean.region.Countries.label(home, false) + "的申请人";
        return new MetricTable(LEADERS_ID, RegionScope.label(region) + "在各环节全国排名前" + TOP + "的创新主体与发明人",
                RegionScope.label(region) + "'s applicants and inventors in the national top " + TOP + " of a node",
                List.of("node", "node_name", "node_name_en", "kind", "holder", "national_rank", "count", "ranked", "leader",
                        "leader_count"), rows, List.of("region_membership", "national_leader"),
                "行：按产业链结构图顺序，先申请人后发明人，按全国排名、再按名称排列。申请人在" + refZh + "中按其在该技术分支的记录数排名"
                        + "（并列同名次）；发明人在这些记录的发明人中排名；申请人位于区域内（发明人列名于区域记录）且排名前" + TOP + "时列出。"
                        + "参与排名数 = 该技术分支参与排名的名称数；第一名并列时按名称取首位。",
                "Rows: nodes in chain-map order, applicants then inventors, by national_rank then name. Applicants ranked "
                        + "among " + ref + " by the node's records they are on (competition ranks); inventors among the "
                        + "inventors of those records; listed when the applicant is located in the region (the inventor "
                        + "is named on a region record) and ranks in the top " + TOP + ". ranked = names ranked in the node; "
                        + "leader = the first (ties by name).")
                .declare(ColumnKind.CODE, List.of("node", "kind"))
                .declare(ColumnKind.NAME, List.of("node_name", "node_name_en", "holder", "leader"))
                .declare(ColumnKind.COUNT, List.of("national_rank", "count", "ranked", "leader_count"));
    }

    /**
     * One node's leaders of one kind: its records counted per name (ids), the top-{@value #TOP} threshold, the region's
     * names at or above it. A method of its own so the JIT compiles it once, not all of leaders() per hot loop.
     */
    private static void nodeLeaders(List<List<Object>> rows, dev.navi.chain.map.ChainNode node, String kind,
                                    List<Integer> positions, Tally.Names dictionary, List<int[]> held, List<int[]> recLocal,
                                    List<Boolean> recInRegion, int[] count) {
        // count the node's records per name; the names counted, in the order first met
        List<Integer> counted = new ArrayList<>();
        Set<Integer> mine = new LinkedHashSet<>();
        countNode(positions, held, recLocal, recInRegion, count, counted, mine);
        long total = counted.size();
        // national ranks by TopRanks' rule (competition ranks, only the top TOP)
        TopRanks ranks = new TopRanks(TOP);
        int leader = rankNode(counted, dictionary, count, ranks);
        List<Object[]> listed = new ArrayList<>();
        for (int id : mine) {
            int c = id < count.length ? count[id] : 0;
            long rank = ranks.rankOf(c);
            if (rank == 0) {
                continue;
            }
            listed.add(new Object[]{dictionary.name(id), rank, (long) c});
        }
        listed.sort(Comparator.<Object[]>comparingLong(x -> (Long) x[1]).thenComparing(x -> (String) x[0]));
        for (Object[] x : listed) {
            rows.add(new ArrayList<>(List.of(node.id(), node.name(), node.name("en"), kind, x[0], x[1],
                    x[2], total, dictionary.name(leader), (long) count[leader])));
        }
        clear(counted, count);
    }

    /** Sets the counts of the {@code counted} names back to 0 for the next node. */
    private static void clear(List<Integer> counted, int[] count) {
        for (int id : counted) {
            count[id] = 0;
        }
    }

    /**
     * Counts one node's records per name into {@code count}: the names met, in the order first met, into
     * {@code counted}; the region's names into {@code mine} (an applicant located there: {@code recLocal} is given;
     * an inventor named on a region record: {@code recLocal} is null). Each loop over records is a method of its own so
     * the JIT compiles it on its own, not inside one large on-stack compile of the whole node's work.
     */
    private static void countNode(List<Integer> positions, List<int[]> held, List<int[]> recLocal,
                                  List<Boolean> recInRegion, int[] count, List<Integer> counted, Set<Integer> mine) {
        boolean applicant = recLocal != null;
        for (int p : positions) {
            for (int id : held.get(p)) {
                if (count[id]++ == 0) {
                    counted.add(id);
                }
            }
            if (applicant) {
                for (int id : recLocal.get(p)) {
                    mine.add(id);
                }
            } else if (recInRegion.get(p)) {
                for (int id : held.get(p)) {
                    mine.add(id);
                }
            }
        }
    }

    /** Adds the counts of the {@code counted} names to {@code ranks}; the leader (most records, ties by name), or -1. */
    private static int rankNode(List<Integer> counted, Tally.Names dictionary, int[] count, TopRanks ranks) {
        int leader = -1;
        for (int id : counted) {
            int c = count[id];
            ranks.add(c);
            if (leader < 0 || c > count[leader] || c == count[leader]
                    && dictionary.name(id).compareTo(dictionary.name(leader)) < 0) {
                leader = id;
            }
        }
        return leader;
    }

    /** The leaders' definition. */
    static Definition definition(MetricContext ctx) {
        String basis = "records of the analysis set tagged to the node with an applicant in the region's country (all "
                + "records for a country region)";
        String basisZh = "分析集中标引到该环节、且有申请人位于区域所在国家的记录（国家区域为全部记录）";
        String window = "the analysis set's period " + ctx.fromYear() + "–" + ctx.toYear();
        String windowZh = "分析集的期间" + ctx.fromYear() + "–" + ctx.toYear() + "年";
        return new Definition("national_leader", "全国排名领先主体", "National leaders in a node",
                "applicants (inventors) ranked by the node's records they are on, competition ranks; the region's in the top "
                        + TOP + " listed", "rank", basis, window)
                .zh("按各申请人（发明人）在该环节的记录数排名（并列同名次）；列出区域内排名前" + TOP + "的", "名次", basisZh, windowZh);
    }

    private static Object cell(MetricTable t, List<Object> row, String column) {
        return row.get(t.columns().indexOf(column));
    }

    private static String show(Indicator i, double v) {
        return i == Indicator.CITATION_INDEX ? RegionScope.fmt(v, 2) : RegionScope.pct(v);
    }

    /** "Invention share" → "invention share", but "PCT / overseas" stays (an acronym keeps its capitals). */
    static String decapitalise(String s) {
        return s.length() > 1 && Character.isUpperCase(s.charAt(0)) && Character.isLowerCase(s.charAt(1))
                ? Character.toLowerCase(s.charAt(0)) + s.substring(1) : s;
    }

    private static String ordinal(long n) {
        long m100 = n % 100;
        String suffix = m100 >= 11 && m100 <= 13 ? "th" : switch ((int) (n % 10)) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }

    /**
     * The leaders' inputs gathered over the reference records: names as ids (one dictionary per kind), each record's
     * distinct ids once, and per node the positions of its records. A class of its own so that the loop over the
     * records is a small method the JIT compiles on stack, not all of leaders().
     */
    private static final class LeaderInputs {
        final Tally.Names applicantIds = new Tally.Names();
        final Tally.Names inventorIds = new Tally.Names();
        final List<int[]> recApplicants = new ArrayList<>();
        final List<int[]> recInventors = new ArrayList<>();
        final List<int[]> recLocal = new ArrayList<>();
        final List<Boolean> recInRegion = new ArrayList<>();
        final Map<String, List<Integer>> nodeRecords = new HashMap<>();
        private final boolean country;
        private final String home;
        private final Region region;
        private final Set<String> nodeSet;

        LeaderInputs(boolean country, String home, Region region, Set<String> nodeSet) {
            this.country = country;
            this.home = home;
            this.region = region;
            this.nodeSet = nodeSet;
        }

        void addAll(List<MetricRecord> records) {
            for (MetricRecord r : records) {
                add(r);
            }
        }

        private void add(MetricRecord r) {
            boolean inRef = country || RegionScope.recordNational(r, region);
            if (!inRef) {
                return;
            }
            int at = recApplicants.size();
            boolean any = false;
            for (String n : r.nodes()) {
                if (nodeSet.contains(n)) {
                    nodeRecords.computeIfAbsent(n, k -> new ArrayList<>()).add(at);
                    any = true;
                }
            }
            if (!any) {
                return;
            }
            // the record's distinct names in first-met order (a record names a few: a look back, not a set)
            List<Actor> as = r.applicants();
            String[] names = new String[as.size()];
            String[] local = new String[as.size()];
            int nn = 0;
            int nl = 0;
            for (Actor a : as) {
                if (a == null || a.name() == null) {
                    continue;
                }
                if (country || (a.country() != null && a.country().strip().equalsIgnoreCase(home))) {
                    nn = dev.navi.metrics.Distinct.add(names, nn, a.name());
                }
                if (RegionScope.actorIn(a, region)) {
                    nl = dev.navi.metrics.Distinct.add(local, nl, a.name());
                }
            }
            List<String> inventors = r.inventors();
            String[] invs = new String[inventors.size()];
            int ni = 0;
            for (String i : inventors) {
                if (i != null && !i.isBlank()) {
                    ni = dev.navi.metrics.Distinct.add(invs, ni, i.strip());
                }
            }
            recApplicants.add(applicantIds.ids(java.util.Arrays.copyOf(names, nn)));
            recInventors.add(inventorIds.ids(java.util.Arrays.copyOf(invs, ni)));
            recLocal.add(applicantIds.ids(java.util.Arrays.copyOf(local, nl)));
            recInRegion.add(RegionScope.recordIn(r, region));
        }
    }
}
