package dev.navi.metrics.direction;

import dev.navi.chain.map.ChainNode;
import dev.navi.metrics.Actor;
import dev.navi.metrics.Definition;
import dev.navi.metrics.MetricContext;
import dev.navi.metrics.MetricRecord;
import dev.navi.metrics.MetricTable;
import dev.navi.metrics.stats.Concentration;
import dev.navi.metrics.stats.Tally;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Tables over the whole analysis set (node {@value #ALL}) beside each chain node, with stable ids for batch scripts:
 * {@code leading_applicants}, {@code leading_inventors}, {@code ipc_composition} (技术构成) and {@code office_by_year}.
 *
 * <p>Counting is "records per name" (full counting): a record counts once for each distinct name it carries, so a
 * name's count is the number of records naming it. Applicant names are given at three levels, each stated in the
 * {@code name_level} column: {@code exported} (the name as the export wrote it, trimmed: what a vendor's own
 * "top applicants" and published studies count), {@code standard} (navi's standard name: case, punctuation, width and
 * legal-form suffixes normalised, the alias table applied) and {@code group} (the standard name rolled up to its
 * group). Inventor names are not resolved by navi, so {@code leading_inventors} has the {@code exported} level only.
 */
final class SetTables {
    /** Node id of the rows over the whole analysis set. */
    static final String ALL = "all";
    /** Rows per node and name level in the node rows. */
    static final int TOP_NODE = DirectionModule.TOP_APPLICANTS;
    /** Rows per name level over the whole set. */
    static final int TOP_ALL = 50;
    static final List<String> NAME_LEVELS = List.of("standard", "exported", "group");
    /** IPC levels of {@code ipc_composition}, broadest first. */
    static final List<String> IPC_LEVELS = List.of("section", "class", "subclass", "main_group");

    private SetTables() {
    }

    /** The definitions the tables use. */
    static List<Definition> definitions(String basis, String window) {
        String names = basis + "; records per name: a record counts once for each distinct name it carries";
        return List.of(
                new Definition("applicant_records", "申请人记录数", "Records per applicant",
                        "records naming the applicant at the row's name level (exported / standard / group)", "records",
                        names, window),
                new Definition("inventor_records", "发明人记录数", "Records per inventor",
                        "records naming the inventor (names as exported; navi does not resolve inventor names)",
                        "records", names, window),
                new Definition("ipc_share", "技术构成占比", "IPC composition share",
                        "records with at least one IPC code in the class / all records of the analysis set; a record counts "
                                + "once per class however many of its codes fall in it", "fraction 0–1", basis, window),
                new Definition("office_filings", "公开国家/地区分布", "Records by publication office",
                        "records of the set by the office of their (representative) publication and year", "records",
                        basis, window));
    }

    /**
     * {@code leading_applicants}: for node {@value #ALL} (every record of the set, tagged or not) the top
     * {@value #TOP_ALL} names, then for each node (its tagged records) the top {@link #TOP_NODE}, at each name level.
     * {@code share} keeps its meaning of count / applicant–record links of the node (standard level) and
     * {@code share_of_records} is count / records of the node.
     */
    static MetricTable leadingApplicants(List<MetricRecord> set, List<ChainNode> nodes,
                                         Map<String, int[]> byNode, Map<String, Actor> actorInfo,
                                         Tally.Names standardNames, int[][] standardIds) {
        List<List<Object>> rows = new ArrayList<>();
        // each record's names at each level made once (by its position in the set), not once per node it is tagged with
        // as ids of one dictionary per level, so that a node's counts are an array (Tally), not a map of names; the
        // standard level is the direction module's dictionary and ids (each record's distinct standard names)
        Tally.Names[] dictionaries = {standardNames, new Tally.Names(), new Tally.Names()};
        int[][][] levels = new int[3][][];
        levels[0] = standardIds;
        levels[1] = new int[set.size()][];
        levels[2] = new int[set.size()][];
        for (int i = 0; i < set.size(); i++) {
            MetricRecord r = set.get(i);
            levels[1][i] = dictionaries[1].ids(distinct(r.applicantsAsExported()));
            levels[2][i] = dictionaries[2].ids(groups(r).toArray(new String[0]));
        }
        Tally[] tallies = {new Tally(dictionaries[0]), new Tally(dictionaries[1]), new Tally(dictionaries[2])};
        applicantRows(rows, ALL, all(set.size()), TOP_ALL, actorInfo, levels, tallies);
        for (ChainNode n : nodes) {
            applicantRows(rows, n.id(), byNode.get(n.id()), TOP_NODE, actorInfo, levels, tallies);
        }
        return new MetricTable("leading_applicants", "主要申请人", "Leading applicants",
                List.of("node", "name_level", "rank", "applicant", "group", "type", "country", "count", "share",
                        "share_of_records"), rows, List.of("applicant_share", "applicant_records"),
                "计数：“全部”行 = 分析集的全部记录（不论是否标引），每个名称层级列前" + TOP_ALL + "位；其后按产业链结构图顺序列出各技术分支"
                        + "（该分支的已标引记录），每个分支前" + TOP_NODE + "位。名称层级：标准名称 = 经规范化并应用别名表后的名称，原始名称 = 导出"
                        + "数据中的写法，集团 = 标准名称所属集团。申请量 = 列有该申请人的记录数（全数计数：一条记录有多个申请人时各计一次）；"
                        + "占比 = 申请量 / 该分支该层级的申请人—记录关联数；记录占比 = 申请量 / 该分支记录数。按申请量降序排名，并列时按名称"
                        + "升序（字符串顺序），名次连续。所属集团、类型和国家/地区取该标准名称首次出现时的信息（原始名称层级留空）。",
                "Counts: node " + ALL + " = every record of the analysis set (tagged or not), top " + TOP_ALL + " per name "
                        + "level; then each node in map order = the records tagged with it, top " + TOP_NODE + ". name_level: "
                        + "standard = navi's standard name (normalised, alias table applied), exported = the name as the "
                        + "export wrote it, group = the standard name's group. count = records naming the applicant "
                        + "(full counting: a record with several applicants counts once for each); share = count / "
                        + "applicant–record links of the node at that level; share_of_records = count / records of the "
                        + "node. Ranked by count descending, ties by name ascending (String order), ranks consecutive. "
                        + "group/type/country from the standard name's first occurrence (blank at the exported level).");
    }

    private static void applicantRows(List<List<Object>> rows, String node, int[] rs, int top,
                                      Map<String, Actor> actorInfo, int[][][] levels, Tally[] tallies) {
        for (String level : NAME_LEVELS) {
            int l = switch (level) {
                case "standard" -> 0;
                case "group" -> 2;
                default -> 1;
            };
            Tally counts = tallies[l];
            counts.clear();
            counts.addAll(rs, levels[l]);
            for (Concentration.Share s : counts.ranked(top)) {
                Actor a = level.equals("standard") ? actorInfo.get(s.applicant()) : null;
                rows.add(row(node, level, (long) s.rank(), s.applicant(), a == null ? null : a.group(),
                        a == null ? null : a.type(), a == null ? null : a.country(), s.count(), s.share(),
                        rs.length == 0 ? Double.NaN : s.count() / (double) rs.length));
            }
        }
    }

    /** The positions 0..n−1: every record of the set. */
    private static int[] all(int n) {
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = i;
        }
        return out;
    }

    /** The four whole-set tables that are not computed elsewhere: inventors, IPC composition, offices by year. */
    static List<MetricTable> wholeSet(MetricContext ctx, List<MetricRecord> set, Map<String, int[]> byNode) {
        List<MetricTable> out = new ArrayList<>();
        out.add(leadingInventors(ctx, set, byNode));
        out.add(ipcComposition(set));
        out.add(officeByYear(ctx, set));
        return out;
    }

    private static MetricTable leadingInventors(MetricContext ctx, List<MetricRecord> set,
                                                Map<String, int[]> byNode) {
        List<List<Object>> rows = new ArrayList<>();
        // each record's inventor names made once (by its position in the set), not once per node it is tagged with
        Tally.Names dictionary = new Tally.Names();
        int[][] inventors = new int[set.size()][];
        for (int i = 0; i < set.size(); i++) {
            inventors[i] = dictionary.ids(inventors(set.get(i)));
        }
        Tally tally = new Tally(dictionary);
        inventorRows(rows, ALL, all(set.size()), TOP_ALL, inventors, tally);
        for (ChainNode n : ctx.map().nodes()) {
            // byNode holds the positions of the set's records tagged with the node, in the set's order
            inventorRows(rows, n.id(), byNode.get(n.id()), TOP_NODE, inventors, tally);
        }
        return new MetricTable("leading_inventors", "主要发明人", "Leading inventors",
                List.of("node", "name_level", "rank", "inventor", "count", "share", "share_of_records"), rows,
                List.of("inventor_records"),
                "计数：“全部”行 = 分析集的全部记录，列前" + TOP_ALL + "位；其后按产业链结构图顺序列出各技术分支（该分支的已标引记录），每个分支"
                        + "前" + TOP_NODE + "位。名称层级为原始名称：发明人姓名按导出数据的写法（去除首尾空格；未作发明人消歧，同名者合并，"
                        + "不同拼写分列）。申请量 = 列有该发明人的记录数；占比 = 申请量 / 该分支的发明人—记录关联数；记录占比 = 申请量 / 该分支"
                        + "记录数。按申请量降序排名，并列时按姓名升序。",
                "Counts: node " + ALL + " = every record of the analysis set, top " + TOP_ALL + "; then each node in map "
                        + "order = the records tagged with it, top " + TOP_NODE + ". name_level exported: inventor names as "
                        + "the export wrote them (trimmed; navi does not disambiguate inventors, so namesakes merge and "
                        + "spelling variants stay apart). count = records naming the inventor; share = count / "
                        + "inventor–record links of the node; share_of_records = count / records of the node. Ranked by "
                        + "count descending, ties by name ascending.");
    }

    /** The distinct values of a short list, in order. */
    private static String[] distinct(List<String> values) {
        String[] out = new String[values.size()];
        int n = 0;
        for (String v : values) {
            n = dev.navi.metrics.Distinct.add(out, n, v);
        }
        return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }

    /** Distinct inventor names of a record as exported (stripped), in export order. */
    private static String[] inventors(MetricRecord r) {
        List<String> names = r.inventors();
        String[] out = new String[names.size()];
        int n = 0;
        for (String i : names) {
            if (i != null && !i.isBlank()) {
                n = dev.navi.metrics.Distinct.add(out, n, i.strip());
            }
        }
        return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }

    private static void inventorRows(List<List<Object>> rows, String node, int[] rs, int top, int[][] inventors,
                                     Tally counts) {
        counts.clear();
        counts.addAll(rs, inventors);
        for (Concentration.Share s : counts.ranked(top)) {
            rows.add(row(node, "exported", (long) s.rank(), s.applicant(), s.count(), s.share(),
                    rs.length == 0 ? Double.NaN : s.count() / (double) rs.length));
        }
    }

    private static MetricTable ipcComposition(List<MetricRecord> set) {
        List<Map<String, Long>> byLevel = new ArrayList<>();
        IPC_LEVELS.forEach(l -> byLevel.add(new HashMap<>()));
        long without = countIpc(set, byLevel);
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < IPC_LEVELS.size(); i++) {
            for (Concentration.Share s : Concentration.ranked(byLevel.get(i))) {
                rows.add(row(IPC_LEVELS.get(i), (long) s.rank(), s.applicant(), s.count(),
                        set.isEmpty() ? Double.NaN : s.count() / (double) set.size()));
            }
        }
        return new MetricTable("ipc_composition", "技术构成（IPC）", "Technology composition (IPC)",
                List.of("level", "rank", "code", "records", "share"), rows, List.of("ipc_share"),
                "计数：分析集全部" + set.size() + "条记录（不论是否标引），其中" + without + "条没有IPC分类号。层级：部（H）、大类（H01）、"
                        + "小类（H01M）、大组（H01M10/00）。申请量 = 至少有一个分类号属于该类的记录数，每条记录计一次；占比 = 申请量 / 分析集"
                        + "全部记录数（分类号分属多个类的记录在每个类中各计一次，故占比之和大于1）。列出全部分类号，按层级、申请量降序、"
                        + "分类号升序排列。",
                "Counts: all " + set.size() + " records of the analysis set (tagged or not); " + without + " of them carry "
                        + "no IPC code. level: section (H), class (H01), subclass (H01M), main_group (H01M10/00). records = "
                        + "records with at least one IPC code in the class, counted once per record; share = records / all "
                        + "records of the set (a record with codes in several classes counts in each, so shares add up to "
                        + "more than 1). Every code is listed; by level, then records descending, then code ascending.");
    }

    /** Marks a text that is not an IPC code in the memo of {@link #countIpc}. */
    private static final String[] NOT_IPC = new String[0];

    /**
     * The records' distinct codes at each level counted once per record into {@code byLevel}; the records without an
     * IPC code. Each distinct text is split into its levels once: a set of a million records carries a few thousand
     * distinct codes, and the level strings are then the same instances, their hashes computed once.
     */
    private static long countIpc(List<MetricRecord> set, List<Map<String, Long>> byLevel) {
        Map<String, String[]> levels = new HashMap<>();
        long without = 0;
        for (MetricRecord r : set) {
            if (!countIpc(r, byLevel, levels)) {
                without++;
            }
        }
        return without;
    }

    /** One record's distinct codes at each level into {@code byLevel}; whether it has an IPC code at all. */
    private static boolean countIpc(MetricRecord r, List<Map<String, Long>> byLevel, Map<String, String[]> memo) {
        List<String> ipc = r.ipc();
        int n = ipc.size();
        String[][] parts = new String[n][];
        for (int k = 0; k < n; k++) {
            String raw = ipc.get(k);
            String[] p = raw == null ? NOT_IPC : memo.get(raw);
            if (p == null) {
                p = ipcLevels(raw);
                p = p == null ? NOT_IPC : p;
                memo.put(raw, p);
            }
            parts[k] = p;
        }
        boolean any = false;
        for (int i = 0; i < IPC_LEVELS.size(); i++) {
            Map<String, Long> counts = byLevel.get(i);
            for (int k = 0; k < n; k++) {
                String c = parts[k].length == 0 ? null : parts[k][i];
                if (c != null && !earlier(parts, k, i, c)) {
                    counts.merge(c, 1L, Long::sum);
                    any = true;
                }
            }
        }
        return any;
    }

    /** Whether a code before {@code k} has {@code c} at level {@code i}. */
    private static boolean earlier(String[][] parts, int k, int i, String c) {
        for (int j = 0; j < k; j++) {
            if (parts[j].length > 0 && c.equals(parts[j][i])) {
                return true;
            }
        }
        return false;
    }

    /**
     * Section, class, subclass and main group of an IPC code ({@code H01M 10/0525}, {@code H01M10/0525},
     * {@code A01K47/00}), or {@code null} when the text is not one; a code of only a class gives nulls below it.
     */
    static String[] ipcLevels(String raw) {
        if (raw == null) {
            return null;
        }
        String c = raw.replace(" ", "").toUpperCase(Locale.ROOT);
        if (c.isEmpty() || c.charAt(0) < 'A' || c.charAt(0) > 'H') {
            return null;
        }
        String section = c.substring(0, 1);
        if (c.length() < 3 || !Character.isDigit(c.charAt(1)) || !Character.isDigit(c.charAt(2))) {
            return new String[] {section, null, null, null};
        }
        String cls = c.substring(0, 3);
        if (c.length() < 4 || !Character.isLetter(c.charAt(3))) {
            return new String[] {section, cls, null, null};
        }
        String sub = c.substring(0, 4);
        int slash = c.indexOf('/', 4);
        String digits = slash < 0 ? c.substring(4) : c.substring(4, slash);
        String group = null;
        if (!digits.isEmpty() && digits.chars().allMatch(Character::isDigit)) {
            group = sub + Integer.parseInt(digits) + "/00";
        }
        return new String[] {section, cls, sub, group};
    }

    private static MetricTable officeByYear(MetricContext ctx, List<MetricRecord> set) {
        Map<String, Map<Integer, Long>> byOffice = new HashMap<>();
        Map<String, Long> totals = new HashMap<>();
        for (MetricRecord r : set) {
            String office = r.office() == null || r.office().isBlank() ? DirectionModule.UNKNOWN : r.office();
            totals.merge(office, 1L, Long::sum);
            if (r.year() != null) {
                byOffice.computeIfAbsent(office, k -> new TreeMap<>()).merge(r.year(), 1L, Long::sum);
            }
        }
        List<String> cols = new ArrayList<>(List.of("office", "total", "share"));
        for (int y = ctx.fromYear(); y <= ctx.toYear(); y++) {
            cols.add(String.valueOf(y));
        }
        List<List<Object>> rows = new ArrayList<>();
        List<String> order = new ArrayList<>(totals.keySet());
        order.sort(java.util.Comparator.comparing((String o) -> DirectionModule.UNKNOWN.equals(o))
                .thenComparing(o -> -totals.get(o)).thenComparing(o -> o));
        for (String o : order) {
            List<Object> row = new ArrayList<>(List.of(o, totals.get(o), set.isEmpty() ? Double.NaN
                    : totals.get(o) / (double) set.size()));
            Map<Integer, Long> ys = byOffice.getOrDefault(o, Map.of());
            for (int y = ctx.fromYear(); y <= ctx.toYear(); y++) {
                row.add(ys.getOrDefault(y, 0L));
            }
            rows.add(row(row.toArray()));
        }
        return new MetricTable("office_by_year", "公开国家/地区年度分布", "Records by publication office and year",
                cols, rows, List.of("office_filings"),
                "计数：分析集的全部记录（不论是否标引），按记录（代表性）公开文本的受理局统计；以同族为计数单位时每个同族只计一次，计入其"
                        + "代表性公开文本的受理局（同族的布局范围见“技术来源国—目标市场流向”表）。年份列为" + ctx.fromYear() + "–" + ctx.toYear()
                        + "年，年份按" + ctx.basis().zh() + "，无申请的年份补0。行按合计降序排列，再按受理局，“未知”最后。",
                "Counts: all records of the analysis set (tagged or not), by the office of the record's (representative) "
                        + "publication; with the family unit each family counts once, at its representative's office (the "
                        + "family's reach is in market_flow). Year columns " + ctx.fromYear() + "–" + ctx.toYear() + " on the "
                        + "set's year basis (" + ctx.basis().en() + "), zero-filled. Rows by total descending, then office; "
                        + DirectionModule.UNKNOWN + " last.");
    }

    private static Set<String> groups(MetricRecord r) {
        Set<String> out = new LinkedHashSet<>();
        for (Actor a : r.applicants()) {
            if (a == null) {
                continue;
            }
            String g = a.group() != null && !a.group().isBlank() ? a.group() : a.name();
            if (g != null && !g.isBlank()) {
                out.add(g);
            }
        }
        return out;
    }

    private static List<Object> row(Object... cells) {
        List<Object> out = new ArrayList<>(cells.length);
        for (Object c : cells) {
            out.add(c instanceof Double d && (d.isNaN() || d.isInfinite()) ? null : c instanceof Integer i ? Long.valueOf(i) : c);
        }
        return out;
    }
}
