package dev.navi.chain.match;

import dev.navi.chain.NodeSpec;
import dev.navi.chain.RuleSpec;
import dev.navi.model.Patent;
import dev.navi.model.Provenance;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Throughput of {@link Tagger} on a synthetic 200-node map (IPC prefixes and keyword queries of 3–10 terms, Chinese
 * and English) and synthetic records (titles and abstracts of 50–300 characters mixing map terms and filler). Prints
 * records per second for 1 and 2 threads; asserts nothing about time, since the machine it runs on is shared.
 *
 * <p>The normal test run tags 200,000 records. For the 1,000,000-record case run
 * {@code mvn -o -pl core test -Dtest=TaggerBenchmarkTest -Dnavi.bench.records=1000000} (records are generated once
 * into a pool of at most 100,000 distinct records and cycled, to keep the heap small).
 */
@Tag("benchmark")
class TaggerBenchmarkTest {

    private static final String[] ZH_HEAD = {"锂离子", "钠离子", "固态", "硅碳", "磷酸铁锂", "三元", "石墨", "富锂锰基", "高镍",
        "钛酸锂", "硫化物", "氧化物", "聚合物", "锂金属", "锂硫", "燃料", "储能", "动力", "超级", "柔性"};
    private static final String[] ZH_TAIL = {"电池", "正极材料", "负极材料", "电解质", "隔膜", "电解液", "集流体", "极片",
        "电芯", "模组", "管理系统", "热管理", "粘结剂", "导电剂", "前驱体"};
    private static final String[] EN_HEAD = {"lithium", "sodium", "solid state", "silicon carbon", "lithium iron phosphate",
        "nickel rich", "graphite", "polymer", "sulfide", "oxide", "lithium metal", "fuel", "flow", "thermal", "flexible"};
    private static final String[] EN_TAIL = {"battery", "cathode", "anode", "electrolyte", "separator", "binder",
        "current collector", "electrode", "cell", "module", "management system", "precursor", "coating"};
    private static final String ZH_FILLER = "本发明公开了一种及其制备方法所述包括以下步骤将混合后得到具有良好的性能提高降低成本结构简单"
            + "通过设置可以有效在于该装置用于其中一个第二连接固定安装";
    private static final String[] EN_FILLER = {"the", "invention", "discloses", "a", "method", "for", "preparing", "which",
        "comprises", "steps", "of", "mixing", "and", "heating", "to", "obtain", "with", "improved", "performance",
        "low", "cost", "device", "wherein", "said", "first", "second", "layer", "surface"};
    private static final String[] IPC_POOL = {"H01M4/58", "H01M4/525", "H01M4/505", "H01M4/587", "H01M4/62", "H01M4/13",
        "H01M10/0525", "H01M10/0562", "H01M10/0565", "H01M10/42", "H01M10/44", "H01M10/613", "H01M50/409",
        "H01M50/449", "H01M50/20", "H01M8/10", "H01G11/06", "H02J7/00", "B60L58/12", "C01B32/05", "C01G53/00",
        "C08J5/22", "G01R31/36", "Y02E60/10", "B82Y30/00", "H01B1/06"};

    @Test
    void printsRecordsPerSecond() throws Exception {
        // given
        int records = Integer.getInteger("navi.bench.records", 200_000);
        Random rnd = new Random(20240601L);
        List<NodeSpec> map = map(rnd);
        long compileStart = System.nanoTime();
        Tagger tagger = Tagger.compile(map);
        double compileMs = (System.nanoTime() - compileStart) / 1e6;
        List<Patent> pool = new ArrayList<>();
        for (int i = 0; i < Math.min(records, 100_000); i++) {
            pool.add(record(rnd, i));
        }
        run(tagger, pool, 60_000, 1); // warm-up
        run(tagger, pool, 60_000, 2);

        // when
        long[] one = run(tagger, pool, records, 1);
        long[] two = run(tagger, pool, records, 2);

        // then
        double s1 = one[0] / 1e9;
        double s2 = two[0] / 1e9;
        System.out.printf(Locale.ROOT, "Tagger: %d nodes, %d keyword patterns, compiled in %.0f ms; %,d records "
                        + "(%,d distinct), %.2f tags/record, %.1f%% tagged%n",
                map.size(), tagger.patternCount(), compileMs, records, pool.size(), one[1] / (double) records,
                100.0 * one[2] / records);
        System.out.printf(Locale.ROOT, "Tagger 1 thread : %.2f s = %,.0f records/s (1,000,000 records ≈ %.1f s)%n",
                s1, records / s1, 1_000_000 / (records / s1));
        System.out.printf(Locale.ROOT, "Tagger 2 threads: %.2f s = %,.0f records/s (1,000,000 records ≈ %.1f s)%n",
                s2, records / s2, 1_000_000 / (records / s2));
        assertThat(one[1]).isEqualTo(two[1]);
        assertThat(one[2]).isGreaterThan(records / 2);
    }

    /** Tags {@code n} records (cycling the pool) on {@code threads} threads; returns {nanos, tags, tagged records}. */
    private static long[] run(Tagger tagger, List<Patent> pool, int n, int threads) throws Exception {
        ExecutorService exec = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            List<Future<long[]>> parts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int from = (int) ((long) n * t / threads);
                int to = (int) ((long) n * (t + 1) / threads);
                parts.add(exec.submit(() -> {
                    long tags = 0;
                    long tagged = 0;
                    for (int i = from; i < to; i++) {
                        int k = tagger.tag(pool.get(i % pool.size())).size();
                        tags += k;
                        tagged += k > 0 ? 1 : 0;
                    }
                    return new long[] {tags, tagged};
                }));
            }
            long tags = 0;
            long tagged = 0;
            for (Future<long[]> f : parts) {
                tags += f.get()[0];
                tagged += f.get()[1];
            }
            return new long[] {System.nanoTime() - start, tags, tagged};
        } finally {
            exec.shutdown();
        }
    }

    // ---------------------------------------------------------------- synthetic map

    /** 3 segments (no rules) → 20 branches (no rules) → 177 leaves with rules: 200 nodes. */
    static List<NodeSpec> map(Random rnd) {
        List<NodeSpec> nodes = new ArrayList<>();
        List<String> segments = List.of("upstream", "midstream", "downstream");
        List<List<String>> segmentChildren = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        List<NodeSpec> branches = new ArrayList<>();
        List<NodeSpec> leaves = new ArrayList<>();
        int leafCount = 0;
        for (int b = 0; b < 20; b++) {
            String branchId = "b" + b;
            segmentChildren.get(b % 3).add(branchId);
            List<String> kids = new ArrayList<>();
            int k = b < 17 ? 9 : 8; // 17*9 + 3*8 = 177
            for (int i = 0; i < k; i++) {
                String id = branchId + "." + i;
                kids.add(id);
                leaves.add(new NodeSpec(id, rules(rnd, leafCount++), List.of()));
            }
            branches.add(new NodeSpec(branchId, List.of(), kids));
        }
        for (int s = 0; s < 3; s++) {
            nodes.add(new NodeSpec(segments.get(s), List.of(), segmentChildren.get(s)));
        }
        nodes.addAll(branches);
        nodes.addAll(leaves);
        return nodes;
    }

    private static List<RuleSpec> rules(Random rnd, int leaf) {
        List<RuleSpec> rules = new ArrayList<>();
        int kind = leaf % 10;
        if (kind < 3) {
            rules.add(new RuleSpec("ipc", List.of(pick(rnd, IPC_POOL)), kind == 0, List.of(), null));
            rules.add(new RuleSpec("query #1", List.of(), false, List.of(), query(rnd, 3 + rnd.nextInt(4))));
        } else if (kind < 8) {
            rules.add(new RuleSpec("query #1", List.of(), false, List.of(), query(rnd, 3 + rnd.nextInt(8))));
        } else {
            rules.add(new RuleSpec("ipc+query", List.of(pick(rnd, IPC_POOL).substring(0, 6)), false, List.of(),
                    query(rnd, 3 + rnd.nextInt(5))));
        }
        return rules;
    }

    /** A query with {@code terms} terms: (zh OR zh OR en ...) AND (zh OR en ...) [NOT x], with some fields and wildcards. */
    private static String query(Random rnd, int terms) {
        int first = Math.max(1, terms / 2);
        StringBuilder q = new StringBuilder();
        q.append(rnd.nextInt(3) == 0 ? "TI:(" : "(").append(orList(rnd, first)).append(")");
        int rest = terms - first;
        if (rest > 1) {
            q.append(rnd.nextBoolean() ? " AND TIAB:(" : " AND (").append(orList(rnd, rest - 1)).append(")");
            rest = 1;
        }
        if (rest == 1) {
            q.append(rnd.nextInt(3) == 0 ? " NOT " : " OR ").append(term(rnd));
        }
        return q.toString();
    }

    private static String orList(Random rnd, int n) {
        List<String> t = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            t.add(term(rnd));
        }
        return String.join(" OR ", t);
    }

    private static String term(Random rnd) {
        switch (rnd.nextInt(5)) {
            case 0:
            case 1:
            case 2:
                return pick(rnd, ZH_HEAD) + pick(rnd, ZH_TAIL);
            case 3:
                return "\"" + pick(rnd, EN_HEAD) + " " + pick(rnd, EN_TAIL) + "\"";
            default:
                String w = pick(rnd, EN_HEAD).replace(' ', '-') + " " + pick(rnd, EN_TAIL);
                return rnd.nextBoolean() ? "\"" + w.substring(0, w.length() - 1) + "*\"" : "\"" + w + "\"";
        }
    }

    // ---------------------------------------------------------------- synthetic records

    private static Patent record(Random rnd, int i) {
        boolean zh = rnd.nextInt(3) != 0;
        List<String> ipc = new ArrayList<>();
        for (int k = rnd.nextInt(4); k >= 0; k--) {
            ipc.add(pick(rnd, IPC_POOL));
        }
        return Patent.builder()
                .title(zh ? zhText(rnd, 15 + rnd.nextInt(35)) : enText(rnd, 50 + rnd.nextInt(70)))
                .abstractText(zh ? zhText(rnd, 80 + rnd.nextInt(220)) : enText(rnd, 150 + rnd.nextInt(150)))
                .ipc(ipc)
                .provenance(new Provenance("bench.csv", null, i + 2, "test"))
                .build();
    }

    private static String zhText(Random rnd, int chars) {
        StringBuilder b = new StringBuilder();
        while (b.length() < chars) {
            int r = rnd.nextInt(10);
            if (r < 1) {
                b.append(pick(rnd, ZH_HEAD)).append(pick(rnd, ZH_TAIL));
            } else if (r < 3) {
                b.append('，');
            } else {
                int from = rnd.nextInt(ZH_FILLER.length() - 6);
                b.append(ZH_FILLER, from, from + 2 + rnd.nextInt(4));
            }
        }
        return b.toString();
    }

    private static String enText(Random rnd, int chars) {
        StringBuilder b = new StringBuilder();
        while (b.length() < chars) {
            if (b.length() > 0) {
                b.append(' ');
            }
            int r = rnd.nextInt(10);
            if (r < 1) {
                b.append(pick(rnd, EN_HEAD).replace(' ', rnd.nextBoolean() ? '-' : ' ')).append(' ').append(pick(rnd, EN_TAIL));
            } else {
                b.append(pick(rnd, EN_FILLER));
            }
        }
        b.setCharAt(0, Character.toUpperCase(b.charAt(0)));
        return b.toString();
    }

    private static String pick(Random rnd, String[] from) {
        return from[rnd.nextInt(from.length)];
    }
}
