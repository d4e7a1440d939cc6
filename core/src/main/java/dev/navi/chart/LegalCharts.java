package dev.navi.chart;

import dev.navi.chain.map.ChainMap;
import dev.navi.metrics.MetricTable;
import dev.navi.metrics.ModuleResult;
import dev.navi.metrics.legal.LegalModule;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The figure of the legal-status chapter (drawn only when the exports carry legal status): {@code legal_status} — the
 * shares of active, pending and lapsed records among those with a known status, for all records and the chain's
 * nodes down to level 2 (level 1 only when that would be more than {@value #MAX_BARS} bars), read from the table
 * {@code legal_status_by_node} so that the chart, the table and the chapter's sentence give the same shares.
 */
final class LegalCharts {
    /** Most bars before the chart keeps to the top-level segments. */
    static final int MAX_BARS = 25;
    /** Active, pending, lapsed: green, amber, grey (the usual reading of a status). */
    private static final List<Color> STATUS_COLORS = List.of(NaviChartTheme.PALETTE.get(2), NaviChartTheme.PALETTE.get(1),
            NaviChartTheme.PALETTE.get(8));

    private LegalCharts() {
    }

    static List<AtlasCharts.Spec> plan(ChainMap map, Map<String, ModuleResult> modules, boolean en) {
        List<AtlasCharts.Spec> out = new ArrayList<>();
        ModuleResult m = modules.get(LegalModule.KEY);
        MetricTable t = m == null ? null
                : m.tables().stream().filter(x -> x.id().equals(LegalModule.STATUS)).findFirst().orElse(null);
        if (t == null || t.rows().isEmpty()) {
            return out;
        }
        int maxLevel = 2;
        if (t.rows().stream().filter(r -> level(t, r) <= 2).count() > MAX_BARS) {
            maxLevel = 1;
        }
        List<String> names = new ArrayList<>();
        List<double[]> shares = new ArrayList<>();
        for (List<Object> r : t.rows()) {
            long known = number(t, r, "known").longValue();
            if (level(t, r) > maxLevel || known == 0) {
                continue;
            }
            String node = String.valueOf(r.get(t.columns().indexOf("node")));
            String name = level(t, r) == 0 ? (en ? "All records" : "全部记录")
                    : map.node(node).map(n -> n.name(en ? "en" : "zh")).orElse(node);
            names.add(name);
            shares.add(new double[] {number(t, r, "active_share").doubleValue(), number(t, r, "pending_share").doubleValue(),
                    number(t, r, "lapsed_share").doubleValue()});
        }
        if (names.isEmpty()) {
            return out;
        }
        double[][] v = new double[3][names.size()];
        for (int c = 0; c < names.size(); c++) {
            for (int s = 0; s < 3; s++) {
                v[s][c] = shares.get(c)[s];
            }
        }
        String zh = "法律状态构成（全部记录及各环节，占法律状态已知记录）";
        String english = "Legal status of all records and by node (share of records with a known status)";
        out.add(new AtlasCharts.Spec("legal_status", zh, english, LegalModule.KEY, LegalModule.STATUS,
                Charts.stackedShares(en ? "Legal status by node" : "各环节法律状态构成", names,
                        en ? List.of("Active", "Pending", "Lapsed") : List.of("有效", "审中", "失效"), v,
                        en ? "Share of records with a known status" : "占法律状态已知记录的比例", STATUS_COLORS),
                AtlasCharts.barHeight(names.size(), 1)));
        return out;
    }

    private static int level(MetricTable t, List<Object> r) {
        return number(t, r, "level").intValue();
    }

    private static Number number(MetricTable t, List<Object> r, String column) {
        Object v = r.get(t.columns().indexOf(column));
        return v instanceof Number n ? n : 0;
    }
}
