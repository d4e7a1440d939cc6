package dev.navi.chain.map;

import dev.navi.chain.RuleSpec;

import java.util.List;
import java.util.Map;

/**
 * Draws a chain map as a text tree (for {@code navi map show}):
 *
 * <pre>
 * nev-battery  新能源汽车动力电池 / NEV power batteries
 * ├─ upstream  上游 / Upstream
 * │  ├─ cathode  正极材料 / Cathode materials  [key]  (120)
 * │  │       ipc: H01M4/505 | H01M4/525
 * │  │       query: 正极材料 OR "cathode material"
 * │  └─ anode  负极材料 / Anode materials  (87)
 * └─ downstream  下游 / Downstream
 * </pre>
 *
 * Each line: the id, the names, {@code [key]} for a key product or component, and the count when counts are given.
 * Rules are printed under their node, one a line (see {@link #describe}). Lines end with {@code \n}.
 */
public final class MapPrinter {
    private MapPrinter() {
    }

    /** The tree, with or without rules. */
    public static String print(ChainMap map, boolean withRules) {
        return print(map, withRules, Map.of());
    }

    /**
     * The tree with a count after each node that has one in {@code counts} (node id → count); nodes without an entry
     * show no count.
     */
    public static String print(ChainMap map, boolean withRules, Map<String, Long> counts) {
        StringBuilder sb = new StringBuilder();
        sb.append(map.id()).append("  ").append(names(map.nameZh(), map.nameEn()));
        Long total = counts.get(map.id());
        if (total != null) {
            sb.append("  (").append(total).append(')');
        }
        sb.append('\n');
        List<ChainNode> roots = map.roots();
        for (int i = 0; i < roots.size(); i++) {
            node(sb, roots.get(i), "", i == roots.size() - 1, withRules, counts);
        }
        return sb.toString();
    }

    private static void node(StringBuilder sb, ChainNode n, String indent, boolean last, boolean withRules,
                             Map<String, Long> counts) {
        sb.append(indent).append(last ? "└─ " : "├─ ").append(n.id()).append("  ").append(names(n.nameZh(), n.nameEn()));
        if (n.keyProduct()) {
            sb.append("  [key]");
        }
        Long c = counts.get(n.id());
        if (c != null) {
            sb.append("  (").append(c).append(')');
        }
        sb.append('\n');
        String childIndent = indent + (last ? "   " : "│  ");
        if (withRules) {
            String ruleIndent = childIndent + (n.children().isEmpty() ? "   " : "│  ") + "  ";
            for (RuleSpec r : n.rules()) {
                sb.append(ruleIndent).append(describe(r)).append('\n');
            }
        }
        List<ChainNode> children = n.children();
        for (int i = 0; i < children.size(); i++) {
            node(sb, children.get(i), childIndent, i == children.size() - 1, withRules, counts);
        }
    }

    /**
     * One rule as text. A shorthand rule shows its values after its label ({@code ipc: H01M4/505 | H01M4/525},
     * {@code query 2: 电解质 AND NOT 固态}); any other rule names each condition
     * ({@code solid-state: ipc H01M10/0562 AND query (固态 OR "solid-state")}).
     */
    public static String describe(RuleSpec r) {
        boolean onlyIpc = !r.ipc().isEmpty() && r.cpc().isEmpty() && r.query() == null;
        boolean onlyCpc = r.ipc().isEmpty() && !r.cpc().isEmpty() && r.query() == null;
        boolean onlyQuery = r.ipc().isEmpty() && r.cpc().isEmpty() && r.query() != null;
        String mainOnly = r.mainIpcOnly() ? " (main class only)" : "";
        if (onlyIpc && r.label().startsWith("ipc")) {
            return r.label() + ": " + String.join(" | ", r.ipc()) + mainOnly;
        }
        if (onlyCpc && r.label().startsWith("cpc")) {
            return r.label() + ": " + String.join(" | ", r.cpc());
        }
        if (onlyQuery && r.label().startsWith("query")) {
            return r.label() + ": " + r.query();
        }
        StringBuilder sb = new StringBuilder(r.label()).append(": ");
        String sep = "";
        int kinds = (r.ipc().isEmpty() ? 0 : 1) + (r.cpc().isEmpty() ? 0 : 1) + (r.query() == null ? 0 : 1);
        if (!r.ipc().isEmpty()) {
            sb.append("ipc ").append(String.join(" | ", r.ipc())).append(mainOnly);
            sep = " AND ";
        }
        if (!r.cpc().isEmpty()) {
            sb.append(sep).append("cpc ").append(String.join(" | ", r.cpc()));
            sep = " AND ";
        }
        if (r.query() != null) {
            sb.append(sep).append("query ").append(kinds > 1 ? "(" + r.query() + ")" : r.query());
        }
        return sb.toString();
    }

    private static String names(String zh, String en) {
        if (zh != null && en != null) {
            return zh + " / " + en;
        }
        return zh != null ? zh : en;
    }
}
