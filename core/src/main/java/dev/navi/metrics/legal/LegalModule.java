package dev.navi.metrics.legal;

import dev.navi.metrics.Actor;
import dev.navi.metrics.ColumnKind;
import dev.navi.metrics.Definition;
import dev.navi.metrics.MetricContext;
import dev.navi.metrics.MetricRecord;
import dev.navi.metrics.MetricTable;
import dev.navi.metrics.ModuleResult;
import dev.navi.model.LegalStatus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Legal status and patent operation (法律状态与专利运营): the legal-status shares of the analysis set and of each chain
 * node, and the records with transfers, licences, pledges and litigation, by year and by holder, as far as the
 * exports carry those fields.
 *
 * <p>What the exports carry decides what is computed: {@code legal_fields} always states, per field, how many records
 * carry it. The status table is made when any record has a legal status; the operation tables when any record has an
 * event count (a count column, or a legal-events column navi counts events from). A kind of event no record carries
 * (an export with transfers but no litigation column) is left empty ({@code null}) in every table, never 0. Among the
 * records of an export that carries a kind, a record without a value counts as having none of that event.
 *
 * <p>Years are the records' years on the analysis set's basis (application year by default): these exports give no
 * event dates, so "by year" is the year of the operated patents, not the year they were transferred. Holders are the records' applicants as resolved
 * (full counting: each co-applicant counts the record once); a vendor's current-owner column is read as the
 * applicants when the export has no applicant column.
 */
public final class LegalModule {
    /** The module's key in the results. */
    public static final String KEY = "legal";
    public static final String FIELDS = "legal_fields";
    public static final String STATUS = "legal_status_by_node";
    public static final String BY_YEAR = "operation_by_year";
    public static final String BY_HOLDER = "operation_by_holder";
    /** Holders listed in {@link #BY_HOLDER}. */
    public static final int TOP_HOLDERS = 30;

    /** The kinds of operation event, in print order: column name, Chinese and English name, the record's count. */
    private record Kind(String column, String field, String zh, String en, Function<MetricRecord, Integer> count) {
    }

    private static final List<Kind> KINDS = List.of(
            new Kind("transferred", "transfers", "转让", "transfers", MetricRecord::transfers),
            new Kind("licensed", "licences", "许可", "licences", MetricRecord::licences),
            new Kind("pledged", "pledges", "质押", "pledges", MetricRecord::pledges),
            new Kind("litigated", "litigations", "诉讼", "litigation", MetricRecord::litigations));

    private LegalModule() {
    }

    /** Computes the module over the context's records. */
    public static ModuleResult compute(MetricContext ctx) {
        List<MetricRecord> records = ctx.records();
        List<MetricTable> tables = new ArrayList<>();
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        String unitZh = "family".equals(ctx.unit()) ? "项" : "件";

        Coverage cov = Coverage.of(records);
        long withStatus = cov.withStatus;
        List<Kind> carried = new ArrayList<>();
        for (int i = 0; i < KINDS.size(); i++) {
            if (cov.carrying[i] > 0) {
                carried.add(KINDS.get(i));
            }
        }
        List<List<Object>> fieldRows = new ArrayList<>();
        fieldRows.add(row("legal_status", withStatus, (long) records.size()));
        for (int i = 0; i < KINDS.size(); i++) {
            fieldRows.add(row(KINDS.get(i).field(), cov.carrying[i], (long) records.size()));
        }
        tables.add(new MetricTable(FIELDS, "法律状态与运营字段覆盖", "Legal-status and operation fields in the exports",
                List.of("field", "records", "total"), fieldRows, List.of(),
                "每个字段一行：分析集中带有该字段的记录数及全部记录数。没有任何记录带有的字段即导出数据中没有该字段，本模块各表不列出它。",
                "One row per field: records of the analysis set that carry it, of all records. A field no record carries "
                        + "was not in the exports; the tables of this module leave it out."));

        if (withStatus > 0) {
            tables.add(statusTable(ctx, records));
            Counts all = Counts.of(records);
            if (all.known() > 0) {
                zh.add("已知法律状态的" + n(all.known()) + unitZh + "中，有效" + pct(all.active, all.known()) + "、审中"
                        + pct(all.pending, all.known()) + "、失效" + pct(all.lapsed, all.known()) + "。");
                en.add("Of the " + n(all.known()) + " records with a known legal status, " + pct(all.active, all.known())
                        + " are active, " + pct(all.pending, all.known()) + " pending and " + pct(all.lapsed, all.known())
                        + " lapsed.");
            }
        }
        if (!carried.isEmpty()) {
            tables.add(yearTable(ctx, records, carried));
            MetricTable holders = holderTable(records, carried);
            tables.add(holders);
            List<String> zparts = new ArrayList<>();
            List<String> eparts = new ArrayList<>();
            for (Kind k : carried) {
                long n = cov.having[KINDS.indexOf(k)];
                zparts.add(k.zh() + n(n) + unitZh);
                eparts.add(n(n) + " with " + k.en());
            }
            long operated = cov.operated;
            zh.add("发生过转让、许可、质押或诉讼的专利" + n(operated) + unitZh + "（占" + pct(operated, records.size()) + "），其中"
                    + String.join("，", zparts) + "。");
            en.add(n(operated) + " records (" + pct(operated, records.size()) + ") were transferred, licensed, pledged or "
                    + "litigated: " + String.join(", ", eparts) + ".");
            if (!holders.rows().isEmpty()) {
                List<Object> top = holders.rows().get(0);
                long most = (Long) top.get(holders.columns().indexOf("operated"));
                zh.add("运营最活跃的持有人是" + top.get(1) + "（" + n(most) + unitZh + "发生过运营事件）。");
                en.add("The most active holder is " + top.get(1) + " (" + n(most) + (most == 1 ? " record" : " records")
                        + " with operation events).");
            }
        }
        List<String> missing = new ArrayList<>();
        List<String> missingEn = new ArrayList<>();
        if (withStatus == 0) {
            missing.add("法律状态");
            missingEn.add("legal status");
        }
        for (Kind k : KINDS) {
            if (!carried.contains(k)) {
                missing.add(k.zh());
                missingEn.add(k.field().substring(0, k.field().length() - 1));
            }
        }
        if (!missing.isEmpty()) {
            zh.add("本次导出数据不含" + String.join("、", missing) + "字段，相应分析未进行。");
            String list = missingEn.size() == 1 ? missingEn.get(0)
                    : String.join(", ", missingEn.subList(0, missingEn.size() - 1)) + " or " + missingEn.get(missingEn.size() - 1);
            en.add("The exports carry no " + list + " field, so those analyses were not made.");
        }
        // only the definitions of the tables made: an atlas without a legal chapter defines no legal metric
        List<Definition> used = definitions().stream().filter(d -> tables.stream().anyMatch(t -> t.definitions()
                .contains(d.id()))).toList();
        return new ModuleResult(tables, used, zh, en);
    }

    private static MetricTable statusTable(MetricContext ctx, List<MetricRecord> records) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(statusRow("(all)", 0, Counts.of(records)));
        // each node's records in one pass over the records (not one pass per node), in the records' order
        Map<String, List<MetricRecord>> byNode = new HashMap<>();
        for (dev.navi.chain.map.ChainMap.Entry e : ctx.map().entries()) {
            byNode.put(e.node().id(), new ArrayList<>());
        }
        for (MetricRecord r : records) {
            for (String n : r.nodes()) {
                List<MetricRecord> in = byNode.get(n);
                // once per record, should its nodes name one twice
                if (in != null && (in.isEmpty() || in.get(in.size() - 1) != r)) {
                    in.add(r);
                }
            }
        }
        for (dev.navi.chain.map.ChainMap.Entry e : ctx.map().entries()) {
            String id = e.node().id();
            rows.add(statusRow(id, e.level(), Counts.of(byNode.get(id))));
        }
        return new MetricTable(STATUS, "法律状态构成（全部及各环节）", "Legal status by node",
                List.of("node", "level", "records", "known", "active", "pending", "lapsed", "active_share", "pending_share",
                        "lapsed_share"), rows, List.of("legal_status_share"),
                "行：先列分析集全部记录（全部），再按产业链结构图顺序（深度优先）列出各技术分支，上级环节包含其下级分支。状态已知 = 导出数据"
                        + "给出法律状态（有效、审中或失效）的记录数；各占比以状态已知记录为分母；无法律状态或状态无法识别的记录只计入申请量。",
                "Rows: all records of the analysis set ((all)), then the chain nodes in map order (depth first); a node "
                        + "includes its sub-branches. known = records with a status the export states (active, pending or "
                        + "lapsed); shares are of known; records without a status or with one navi cannot read count in "
                        + "records only.")
                .declare(ColumnKind.COUNT, List.of("level", "records", "known", "active", "pending", "lapsed"))
                .declare(ColumnKind.SHARE, List.of("active_share", "pending_share", "lapsed_share"));
    }

    private static List<Object> statusRow(String node, int level, Counts c) {
        long known = c.known();
        return row(node, (long) level, (long) c.records, known, c.active, c.pending, c.lapsed, share(c.active, known),
                share(c.pending, known), share(c.lapsed, known));
    }

    private static MetricTable yearTable(MetricContext ctx, List<MetricRecord> records, List<Kind> carried) {
        List<String> cols = new ArrayList<>(List.of("year", "complete", "records"));
        KINDS.forEach(k -> cols.add(k.column()));
        cols.addAll(List.of("operated", "operated_share"));
        List<List<Object>> rows = new ArrayList<>();
        // per year of the period: [0] the records, [1 + kind] those with an event of the kind, [1 + kinds] operated
        long[][] byYear = eventsByYear(records, ctx.fromYear(), ctx.toYear());
        for (int y = ctx.fromYear(); y <= ctx.toYear(); y++) {
            long[] c = byYear[y - ctx.fromYear()];
            List<Object> row = new ArrayList<>(List.of((long) y, y <= ctx.lastCompleteYear() ? "yes" : "no", c[0]));
            for (int i = 0; i < KINDS.size(); i++) {
                row.add(carried.contains(KINDS.get(i)) ? (Object) c[1 + i] : null);
            }
            long operated = c[1 + KINDS.size()];
            row.add(operated);
            row.add(share(operated, c[0]));
            rows.add(row);
        }
        return new MetricTable(BY_YEAR, "专利运营事件（按" + ctx.basis().zh() + "）", "Operation events by "
                + ctx.basis().en(), cols, rows, List.of("operated_record"),
                "行：" + ctx.fromYear() + "–" + ctx.toYear() + "年（按" + ctx.basis().zh() + "），按年份升序，无记录的年份补0。单元格为至少有一次"
                        + "该类事件的记录数（导出数据不含事件日期，故年份为被运营专利自身的年份）。运营合计 = 有任一类事件的记录数；某列为空"
                        + "表示导出数据不含该类事件。" + ctx.lastCompleteYear() + "年以后各年“数据完整”为否。",
                "Rows: " + ctx.basis().en() + "s " + ctx.fromYear() + "–" + ctx.toYear() + " ascending, zero-filled. Cells "
                        + "count records with at least one event of the kind (the exports give no event dates, so the year is "
                        + "the operated patents' own year). operated = records with any of the events; an empty column "
                        + "is a kind the exports do not carry. complete = no after " + ctx.lastCompleteYear() + ".")
                .declare(ColumnKind.YEAR, List.of("year"))
                .declare(ColumnKind.COUNT, cols.subList(2, cols.size() - 1))
                .declare(ColumnKind.SHARE, List.of("operated_share"));
    }

    private static MetricTable holderTable(List<MetricRecord> records, List<Kind> carried) {
        Map<String, long[]> counts = new HashMap<>();
        Map<String, Actor> actors = new HashMap<>();
        holderCounts(records, carried, counts, actors);
        int op = KINDS.size() + 1;
        List<String> names = counts.keySet().stream().filter(n -> counts.get(n)[op] > 0)
                .sorted(Comparator.<String>comparingLong(n -> -counts.get(n)[op]).thenComparingLong(n -> -counts.get(n)[0])
                        .thenComparing(Comparator.naturalOrder()))
                .limit(TOP_HOLDERS).toList();
        List<String> cols = new ArrayList<>(List.of("rank", "applicant", "type", "country", "records"));
        KINDS.forEach(k -> cols.add(k.column()));
        cols.addAll(List.of("operated", "operated_share"));
        List<List<Object>> rows = new ArrayList<>();
        long rank = 0;
        for (String n : names) {
            long[] c = counts.get(n);
            Actor a = actors.get(n);
            List<Object> row = new ArrayList<>(List.of(++rank, n));
            row.add(a.type());
            row.add(a.country());
            row.add(c[0]);
            for (int i = 0; i < KINDS.size(); i++) {
                row.add(carried.contains(KINDS.get(i)) ? (Object) c[i + 1] : null);
            }
            row.add(c[op]);
            row.add(share(c[op], c[0]));
            rows.add(row);
        }
        return new MetricTable(BY_HOLDER, "专利运营活跃的持有人", "Holders with the most operated patents", cols, rows,
                List.of("operated_record"),
                "至少有一项运营记录（转让、许可、质押或诉讼）的申请人，按运营记录数降序、申请量降序、名称排列；列前" + TOP_HOLDERS + "位。"
                        + "全数计数：一条记录对其每个申请人各计一次。某列为空表示导出数据不含该类事件。",
                "Applicants with at least one operated record (transferred, licensed, pledged or litigated), by operated "
                        + "records descending, then records descending, then name; top " + TOP_HOLDERS + ". Full counting: a "
                        + "record counts once for each of its applicants. An empty column is a kind the exports do not carry.")
                .declare(ColumnKind.COUNT, cols.subList(4, cols.size() - 1))
                .declare(ColumnKind.SHARE, List.of("operated_share"));
    }

    /** The module's definitions, in both languages. */
    public static List<Definition> definitions() {
        return List.of(
                new Definition("legal_status_share", "法律状态构成", "Legal status shares",
                        "share(s) = records with status s / records with a known status (active + pending + lapsed)",
                        "fraction (×100 = %)", "records of the analysis set (counting unit) with the status the export "
                        + "states, normalised to active / pending / lapsed", "the status on the export date")
                        .zh("状态s的占比 = 状态为s的记录数 / 法律状态已知的记录数（有效 + 审中 + 失效）", "比例（×100 = %）",
                                "分析集中的记录（按计数单位），采用导出数据所载的法律状态，归并为有效、审中、失效",
                                "导出日的法律状态"),
                new Definition("operated_record", "运营专利", "Operated patent",
                        "a record with at least one transfer, licence, pledge or litigation event", "records",
                        "records of the analysis set; the event counts the export gives, or the events of its legal-events "
                                + "column (transfer or assignment, licence, pledge, litigation or invalidation)",
                        "events up to the export date; years are the records' years on the analysis set's basis")
                        .zh("至少发生过一次转让、许可、质押或诉讼事件的记录", "项/件",
                                "分析集中的记录；采用导出数据给出的事件次数，或从法律事件字段中识别的事件（转让/转移、许可、质押、诉讼/无效宣告）",
                                "截至导出日的事件；年份为记录在分析集年份口径下的年份"));
    }

    /**
     * Per holder (each distinct applicant name of a record once): [0] its records, [1 + kind] those with an event of
     * the kind, [1 + kinds] those operated. A method of its own (the JIT compiles the loop, not the table method).
     */
    private static void holderCounts(List<MetricRecord> records, List<Kind> carried, Map<String, long[]> counts,
                                     Map<String, Actor> actors) {
        boolean[] has = new boolean[KINDS.size()];
        for (MetricRecord r : records) {
            // the record's events once, not once per applicant
            for (int i = 0; i < KINDS.size(); i++) {
                has[i] = has(KINDS.get(i), r);
            }
            boolean operated = operated(r, carried);
            List<Actor> as = r.applicants();
            for (int j = 0; j < as.size(); j++) {
                Actor a = as.get(j);
                if (a.name() == null || a.name().isBlank() || named(as, j, a.name())) {
                    continue;
                }
                actors.putIfAbsent(a.name(), a);
                long[] c = counts.computeIfAbsent(a.name(), k -> new long[KINDS.size() + 2]);
                c[0]++;
                for (int i = 0; i < KINDS.size(); i++) {
                    if (has[i]) {
                        c[i + 1]++;
                    }
                }
                if (operated) {
                    c[KINDS.size() + 1]++;
                }
            }
        }
    }

    /** Whether an applicant before {@code j} has the name (a record's distinct names without a set per record). */
    private static boolean named(List<Actor> as, int j, String name) {
        for (int k = 0; k < j; k++) {
            if (name.equals(as.get(k).name())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Per year {@code from..to}: [0] the records, [1 + kind] those with an event of the kind, [1 + kinds] those with
     * any event (operated). One pass, not one filter of all records per year and kind.
     */
    private static long[][] eventsByYear(List<MetricRecord> records, int from, int to) {
        long[][] byYear = new long[Math.max(0, to - from + 1)][KINDS.size() + 2];
        for (MetricRecord r : records) {
            Integer y = r.year();
            if (y == null || y < from || y > to) {
                continue;
            }
            long[] c = byYear[y - from];
            c[0]++;
            boolean any = false;
            for (int i = 0; i < KINDS.size(); i++) {
                if (has(KINDS.get(i), r)) {
                    c[1 + i]++;
                    any = true;
                }
            }
            if (any) {
                c[1 + KINDS.size()]++;
            }
        }
        return byYear;
    }

    /**
     * The module's record counts in one pass: records with a legal status; per kind, records whose export carries
     * its field (a count, even 0) and records with at least one event; records with any event (operated: the kinds
     * not carried have no events, so "any kind" is "any carried kind").
     */
    private static final class Coverage {
        long withStatus;
        final long[] carrying = new long[KINDS.size()];
        final long[] having = new long[KINDS.size()];
        long operated;

        static Coverage of(List<MetricRecord> records) {
            Coverage c = new Coverage();
            for (MetricRecord r : records) {
                c.add(r);
            }
            return c;
        }

        private void add(MetricRecord r) {
            if (r.status() != null) {
                withStatus++;
            }
            boolean any = false;
            for (int i = 0; i < KINDS.size(); i++) {
                Integer n = KINDS.get(i).count().apply(r);
                if (n != null) {
                    carrying[i]++;
                    if (n > 0) {
                        having[i]++;
                        any = true;
                    }
                }
            }
            if (any) {
                operated++;
            }
        }
    }

    private static boolean has(Kind k, MetricRecord r) {
        Integer n = k.count().apply(r);
        return n != null && n > 0;
    }

    private static boolean operated(MetricRecord r, List<Kind> carried) {
        for (Kind k : carried) {
            if (has(k, r)) {
                return true;
            }
        }
        return false;
    }

    /** A count as the tables print it: 1,087. */
    private static String n(long v) {
        return String.format(Locale.ROOT, "%,d", v);
    }

    private static Double share(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }

    private static String pct(long part, long whole) {
        return whole == 0 ? "—" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
    }

    private static List<Object> row(Object... cells) {
        return new ArrayList<>(java.util.Arrays.asList(cells));
    }

    /** Status counts of a set of records. */
    private record Counts(long records, long active, long pending, long lapsed) {
        static Counts of(List<MetricRecord> rs) {
            long a = 0;
            long p = 0;
            long l = 0;
            for (MetricRecord r : rs) {
                if (r.status() == LegalStatus.ACTIVE) {
                    a++;
                } else if (r.status() == LegalStatus.PENDING) {
                    p++;
                } else if (r.status() == LegalStatus.LAPSED) {
                    l++;
                }
            }
            return new Counts(rs.size(), a, p, l);
        }

        long known() {
            return active + pending + lapsed;
        }
    }
}
