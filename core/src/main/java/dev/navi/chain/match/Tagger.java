package dev.navi.chain.match;

import dev.navi.chain.NodeSpec;
import dev.navi.chain.RuleSpec;
import dev.navi.chain.query.Query;
import dev.navi.chain.query.QuerySyntaxException;
import dev.navi.chain.query.Scope;
import dev.navi.chain.query.TextNormaliser;
import dev.navi.model.Patent;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * Tags records against a compiled chain map: multi-label, one {@link Tag} per node that matched, naming the node's
 * first matching rule and what hit.
 *
 * <h2>Semantics</h2>
 * A rule holds when each condition it has holds (IPC prefixes AND CPC prefixes AND query, see {@link RuleSpec}); a node
 * with rules matches when one of them holds (the first in the node's order is reported). Every node also matches when
 * any node below it matched — a branch's records include its sub-branches', as analysts count a technology
 * decomposition — reported as a {@link Tag#CHILDREN} tag naming the children whose subtree matched. A node without
 * rules therefore matches exactly the union of its children.
 * The main IPC is {@link Patent#mainIpc()}, or the first IPC code when the export has no main-class column. Codes are
 * compared in {@link ClassCodes} normal form by string prefix.
 *
 * <h2>Evaluation strategy</h2>
 * At compile time every distinct query term becomes a pattern of one {@link TermMatcher} (one Aho–Corasick
 * automaton for the whole map), and every IPC/CPC prefix an entry of one {@link ClassPrefixMatcher} trie. Each rule
 * is listed under the patterns and prefixes it uses. Per record:
 * <ol>
 *   <li>title, abstract and first claim are normalised and scanned once each; every pattern found gets the field's
 *       bit in a per-thread mask array (only the touched entries are reset afterwards);</li>
 *   <li>each IPC / CPC code walks its trie once; the rules listed under the prefixes it reaches are marked as having
 *       that condition satisfied;</li>
 *   <li>the candidate rules are those reached by a found pattern or a satisfied classification condition, plus the
 *       rules that could hold with nothing found (a query-only rule whose query is true on an empty record, such as
 *       {@code NOT x}) — any other rule cannot hold, so it is never looked at;</li>
 *   <li>each candidate is checked completely (all conditions, the query evaluated against the masks, a term being
 *       present when its pattern was found in a field of its scope), in map order;</li>
 *   <li>rule-less nodes are resolved bottom-up.</li>
 * </ol>
 * So the cost per record is the text length plus the number of hits, independent of how many nodes and terms the map
 * has.
 *
 * <p>Immutable after {@link #compile}; {@link #tag} is thread-safe (scratch space is per thread), so callers may tag in
 * parallel.
 */
public final class Tagger {

    private static final int[] NONE = new int[0];
    private static final int FIELDS = 3;
    /** A classification condition that holds, where its text is not wanted ({@link #nodeIdsOf}). */
    private static final String HELD = "held";

    private final String[] nodeIds;
    private final boolean[] nodeHasRules;
    private final int[][] nodeChildren;
    private final int[] postOrder;

    private final Rule[] rules;
    private final TermMatcher terms;
    private final int[][] patternRules;
    private final ClassPrefixMatcher ipcMatcher;
    private final String[] ipcPrefixes;
    private final int[][] ipcAnyRules;
    private final int[][] ipcMainRules;
    private final ClassPrefixMatcher cpcMatcher;
    private final String[] cpcPrefixes;
    private final int[][] cpcRules;
    private final int[] alwaysCandidates;
    private final ThreadLocal<Scratch> scratch;

    /** A compiled rule. */
    private record Rule(int node, String label, boolean needsIpc, boolean mainIpcOnly, boolean needsCpc, Expr query) {
    }

    private Tagger(String[] nodeIds, boolean[] nodeHasRules, int[][] nodeChildren, int[] postOrder, Rule[] rules,
                   TermMatcher terms, int[][] patternRules, ClassPrefixMatcher ipcMatcher, String[] ipcPrefixes,
                   int[][] ipcAnyRules, int[][] ipcMainRules, ClassPrefixMatcher cpcMatcher, String[] cpcPrefixes,
                   int[][] cpcRules, int[] alwaysCandidates) {
        this.nodeIds = nodeIds;
        this.nodeHasRules = nodeHasRules;
        this.nodeChildren = nodeChildren;
        this.postOrder = postOrder;
        this.rules = rules;
        this.terms = terms;
        this.patternRules = patternRules;
        this.ipcMatcher = ipcMatcher;
        this.ipcPrefixes = ipcPrefixes;
        this.ipcAnyRules = ipcAnyRules;
        this.ipcMainRules = ipcMainRules;
        this.cpcMatcher = cpcMatcher;
        this.cpcPrefixes = cpcPrefixes;
        this.cpcRules = cpcRules;
        this.alwaysCandidates = alwaysCandidates;
        this.scratch = ThreadLocal.withInitial(Scratch::new);
    }

    /**
     * Compiles a chain map.
     *
     * @throws QuerySyntaxException     when a rule's query does not parse; its {@link QuerySyntaxException#context()}
     *                                  names the node id and the rule label
     * @throws IllegalArgumentException for duplicate node ids, unknown children, a cycle, or an IPC/CPC prefix that is
     *                                  not a classification symbol (the message names the node and rule)
     */
    public static Tagger compile(List<NodeSpec> nodes) {
        int n = nodes.size();
        String[] ids = new String[n];
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            ids[i] = nodes.get(i).id();
            if (index.put(ids[i], i) != null) {
                throw new IllegalArgumentException("duplicate node id " + ids[i]);
            }
        }
        int[][] children = new int[n][];
        boolean[] hasRules = new boolean[n];
        for (int i = 0; i < n; i++) {
            NodeSpec node = nodes.get(i);
            hasRules[i] = !node.rules().isEmpty();
            children[i] = new int[node.children().size()];
            for (int k = 0; k < children[i].length; k++) {
                Integer c = index.get(node.children().get(k));
                if (c == null) {
                    throw new IllegalArgumentException("node " + ids[i] + " lists unknown child " + node.children().get(k));
                }
                children[i][k] = c;
            }
        }
        int[] postOrder = postOrder(ids, children);

        Map<Pattern, Integer> patternIds = new LinkedHashMap<>();
        List<List<Integer>> patternRuleLists = new ArrayList<>();
        Map<String, Integer> ipcIds = new LinkedHashMap<>();
        List<List<Integer>> ipcAny = new ArrayList<>();
        List<List<Integer>> ipcMain = new ArrayList<>();
        Map<String, Integer> cpcIds = new LinkedHashMap<>();
        List<List<Integer>> cpcLists = new ArrayList<>();
        List<Rule> rules = new ArrayList<>();
        List<Integer> always = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (RuleSpec spec : nodes.get(i).rules()) {
                int r = rules.size();
                String where = "node " + ids[i] + " rule " + spec.label();
                for (String raw : spec.ipc()) {
                    int id = prefixId(raw, where, ipcIds, ipcAny, ipcMain);
                    addOnce((spec.mainIpcOnly() ? ipcMain : ipcAny).get(id), r);
                }
                for (String raw : spec.cpc()) {
                    int id = prefixId(raw, where, cpcIds, cpcLists, null);
                    addOnce(cpcLists.get(id), r);
                }
                Expr expr = null;
                if (spec.query() != null && !spec.query().isBlank()) {
                    Query q;
                    try {
                        q = Query.parse(spec.query());
                    } catch (QuerySyntaxException e) {
                        throw e.withContext(where);
                    }
                    expr = Expr.of(q, patternIds, patternRuleLists, r);
                }
                Rule rule = new Rule(i, spec.label(), !spec.ipc().isEmpty(), spec.mainIpcOnly(), !spec.cpc().isEmpty(),
                        expr);
                rules.add(rule);
                if (!rule.needsIpc && !rule.needsCpc && expr != null && expr.eval(new int[patternIds.size()])) {
                    always.add(r);
                }
            }
        }
        List<TermMatcher.Pattern> patterns = new ArrayList<>();
        for (Pattern p : patternIds.keySet()) {
            patterns.add(new TermMatcher.Pattern(p.text, p.prefix));
        }
        return new Tagger(ids, hasRules, children, postOrder, rules.toArray(new Rule[0]), TermMatcher.compile(patterns),
                toArrays(patternRuleLists),
                ClassPrefixMatcher.of(new ArrayList<>(ipcIds.keySet())), ipcIds.keySet().toArray(new String[0]),
                toArrays(ipcAny), toArrays(ipcMain),
                ClassPrefixMatcher.of(new ArrayList<>(cpcIds.keySet())), cpcIds.keySet().toArray(new String[0]),
                toArrays(cpcLists), always.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The node ids in map order. */
    public List<String> nodeIds() {
        return List.of(nodeIds);
    }

    /** Number of distinct keyword patterns in the automaton (for diagnostics and benchmarks). */
    public int patternCount() {
        return terms.size();
    }

    /**
     * The tags of one record, in map (node) order; empty when nothing matched. Never null.
     */
    public List<Tag> tag(Patent p) {
        Scratch s = scratch.get();
        try {
            s.explain = true;
            return match(p, s) ? tags(s) : List.of();
        } finally {
            s.reset();
        }
    }

    /**
     * The ids of the nodes one record matches, in map order: the node ids of {@link #tag}, without the rule labels
     * and the explanations (what the analysis counts needs only the nodes; building each hit's text was a fifth of
     * the tagging time). Empty when nothing matched. Never null.
     */
    public List<String> nodeIdsOf(Patent p) {
        Scratch s = scratch.get();
        try {
            s.explain = false;
            if (!match(p, s)) {
                return List.of();
            }
            List<String> ids = new ArrayList<>();
            for (int node = 0; node < nodeIds.length; node++) {
                if (s.nodeRule[node] >= 0 || s.subtree[node]) {
                    ids.add(nodeIds[node]);
                }
            }
            return ids;
        } finally {
            s.reset();
        }
    }

    /**
     * Matches one record into {@code s}: {@code s.nodeRule} (a node's first holding rule) and {@code s.subtree}
     * (whether a node's subtree matched); false when no rule holds. Each step is a method of its own, so each is
     * compiled once and small instead of all of them as one large compilation.
     */
    private boolean match(Patent p, Scratch s) {
        scanText(p, s);
        classify(p, s);
        for (int r : alwaysCandidates) {
            s.mark(r);
        }
        if (!check(s)) {
            return false;
        }
        rollUp(s);
        return true;
    }

    /** 1. keywords: one automaton pass per field; the rules of every pattern found become candidates. */
    private void scanText(Patent p, Scratch s) {
        scanField(p.title(), Scope.TITLE_BIT, s);
        // the other-language title and abstract (incoPat's 标题 (英文) beside 标题 (中文)) are the same fields to a
        // query: an English keyword finds a Chinese record by its English title and the other way round
        scanField(p.titleAlt(), Scope.TITLE_BIT, s);
        scanField(p.abstractText(), Scope.ABSTRACT_BIT, s);
        scanField(p.abstractAlt(), Scope.ABSTRACT_BIT, s);
        scanField(p.firstClaim(), Scope.CLAIMS_BIT, s);
        for (int k = 0; k < s.touchedCount; k++) {
            for (int r : patternRules[s.touched[k]]) {
                s.mark(r);
            }
        }
    }

    /** 2. classification: the rules whose IPC / CPC condition a code satisfies. */
    private void classify(Patent p, Scratch s) {
        String main = p.mainIpc() != null && !p.mainIpc().isBlank() ? p.mainIpc()
                : p.ipc().isEmpty() ? null : p.ipc().get(0);
        if (ipcPrefixes.length > 0) {
            if (main != null) {
                String code = ClassCodes.normalise(main);
                ipcMatcher.forEachMatch(code, id -> s.classHit(ipcMainRules[id], s.ipcWhy, "main ipc ", code, ipcPrefixes[id]));
                ipcMatcher.forEachMatch(code, id -> s.classHit(ipcAnyRules[id], s.ipcWhy, "ipc ", code, ipcPrefixes[id]));
            }
            for (String raw : p.ipc()) {
                String code = ClassCodes.normalise(raw);
                ipcMatcher.forEachMatch(code, id -> s.classHit(ipcAnyRules[id], s.ipcWhy, "ipc ", code, ipcPrefixes[id]));
            }
        }
        if (cpcPrefixes.length > 0) {
            for (String raw : p.cpc()) {
                String code = ClassCodes.normalise(raw);
                cpcMatcher.forEachMatch(code, id -> s.classHit(cpcRules[id], s.cpcWhy, "cpc ", code, cpcPrefixes[id]));
            }
        }
    }

    /** 3. checks the candidates in rule (= map) order; the first matching rule of a node wins. Whether any held. */
    private boolean check(Scratch s) {
        boolean any = false;
        long[] cand = s.candidates;
        for (int w = 0; w < cand.length; w++) {
            long bits = cand[w];
            while (bits != 0) {
                int r = (w << 6) + Long.numberOfTrailingZeros(bits);
                bits &= bits - 1;
                Rule rule = rules[r];
                if (s.nodeRule[rule.node] >= 0
                        || (rule.needsIpc && s.ipcWhy[r] == null)
                        || (rule.needsCpc && s.cpcWhy[r] == null)
                        || (rule.query != null && !rule.query.eval(s.mask))) {
                    continue;
                }
                s.nodeRule[rule.node] = r;
                any = true;
            }
        }
        return any;
    }

    /** 4. roll-up: every node matches what its subtree matched, bottom-up. */
    private void rollUp(Scratch s) {
        for (int node : postOrder) {
            boolean hit = s.nodeRule[node] >= 0;
            if (!nodeHasRules[node]) {
                for (int c : nodeChildren[node]) {
                    if (s.subtree[c]) {
                        hit = true;
                        break;
                    }
                }
            }
            s.subtree[node] = hit || subtreeOfChildren(node, s);
        }
    }

    /** The tags of a matched record, in node order. */
    private List<Tag> tags(Scratch s) {
        List<Tag> tags = new ArrayList<>();
        for (int node = 0; node < nodeIds.length; node++) {
            int r = s.nodeRule[node];
            if (r >= 0) {
                tags.add(new Tag(nodeIds[node], rules[r].label, describe(r, s)));
            } else if (s.subtree[node]) {
                StringBuilder why = new StringBuilder();
                for (int c : nodeChildren[node]) {
                    if (s.subtree[c]) {
                        why.append(why.length() == 0 ? "" : ", ").append(nodeIds[c]);
                    }
                }
                tags.add(new Tag(nodeIds[node], Tag.CHILDREN, why.toString()));
            }
        }
        return tags;
    }

    private boolean subtreeOfChildren(int node, Scratch s) {
        for (int c : nodeChildren[node]) {
            if (s.subtree[c]) {
                return true;
            }
        }
        return false;
    }

    private void scanField(String text, int bit, Scratch s) {
        if (text == null || text.isEmpty()) {
            return;
        }
        s.bit = bit;
        TextNormaliser.normalise(text, s.text);
        terms.scan(s.text.chars(), s.text.length(), s);
    }

    private String describe(int r, Scratch s) {
        Rule rule = rules[r];
        StringBuilder b = new StringBuilder(32);
        if (rule.needsIpc) {
            b.append(s.ipcWhy[r]);
        }
        if (rule.needsCpc) {
            b.append(b.length() == 0 ? "" : " & ").append(s.cpcWhy[r]);
        }
        if (rule.query != null) {
            b.append(b.length() == 0 ? "" : " & ");
            int before = b.length();
            rule.query.positiveHits(s.mask, b, before);
            if (b.length() == before) {
                b.append(rule.query.source);
            }
        }
        return b.toString();
    }

    // ------------------------------------------------------------------------------------------------ compile helpers

    private record Pattern(String text, boolean prefix) {
    }

    private static int prefixId(String raw, String where, Map<String, Integer> ids, List<List<Integer>> lists,
                                List<List<Integer>> mainLists) {
        String norm;
        try {
            norm = ClassCodes.normalisePrefix(raw);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
        Integer id = ids.get(norm);
        if (id == null) {
            id = ids.size();
            ids.put(norm, id);
            lists.add(new ArrayList<>());
            if (mainLists != null) {
                mainLists.add(new ArrayList<>());
            }
        }
        return id;
    }

    private static void addOnce(List<Integer> list, int r) {
        if (list.isEmpty() || list.get(list.size() - 1) != r) {
            list.add(r);
        }
    }

    private static int[][] toArrays(List<List<Integer>> lists) {
        int[][] out = new int[lists.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = lists.get(i).isEmpty() ? NONE : lists.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
        return out;
    }

    private static int[] postOrder(String[] ids, int[][] children) {
        int n = ids.length;
        int[] state = new int[n]; // 0 new, 1 on stack, 2 done
        int[] out = new int[n];
        int[] count = {0};
        for (int i = 0; i < n; i++) {
            visit(i, ids, children, state, out, count, new ArrayList<>());
        }
        return out;
    }

    private static void visit(int node, String[] ids, int[][] children, int[] state, int[] out, int[] count,
                              List<String> path) {
        if (state[node] == 2) {
            return;
        }
        path.add(ids[node]);
        if (state[node] == 1) {
            int from = path.indexOf(ids[node]);
            throw new IllegalArgumentException("the chain map has a cycle: " + String.join(" → ", path.subList(from, path.size())));
        }
        state[node] = 1;
        for (int c : children[node]) {
            visit(c, ids, children, state, out, count, path);
        }
        state[node] = 2;
        out[count[0]++] = node;
        path.remove(path.size() - 1);
    }

    // ------------------------------------------------------------------------------------------------ compiled queries

    /** A query compiled against pattern ids; a leaf is present when its pattern was found in a field of its scope. */
    private abstract static class Expr {
        Query source;

        abstract boolean eval(int[] mask);

        /** Appends the present terms outside NOT to {@code out}, comma-separated, each once ({@code from}: start). */
        abstract void positiveHits(int[] mask, StringBuilder out, int from);

        static Expr of(Query q, Map<Pattern, Integer> ids, List<List<Integer>> patternRules, int rule) {
            Expr e;
            if (q instanceof Query.Term t) {
                Pattern p = new Pattern(t.text(), t.prefix());
                Integer id = ids.get(p);
                if (id == null) {
                    id = ids.size();
                    ids.put(p, id);
                    patternRules.add(new ArrayList<>());
                }
                List<Integer> rulesOfPattern = patternRules.get(id);
                if (!rulesOfPattern.contains(rule)) {
                    rulesOfPattern.add(rule);
                }
                e = new Leaf(id, t.scope().mask(), t.toString());
            } else if (q instanceof Query.Not not) {
                e = new NotE(of(not.operand(), ids, patternRules, rule));
            } else {
                List<Query> ops = q instanceof Query.And a ? a.operands() : ((Query.Or) q).operands();
                Expr[] kids = new Expr[ops.size()];
                for (int i = 0; i < kids.length; i++) {
                    kids[i] = of(ops.get(i), ids, patternRules, rule);
                }
                e = new Junction(q instanceof Query.And, kids);
            }
            e.source = q;
            return e;
        }
    }

    private static final class Leaf extends Expr {
        final int pattern;
        final int scope;
        final String display;

        Leaf(int pattern, int scope, String display) {
            this.pattern = pattern;
            this.scope = scope;
            this.display = display;
        }

        @Override
        boolean eval(int[] mask) {
            return pattern < mask.length && (mask[pattern] & scope) != 0;
        }

        @Override
        void positiveHits(int[] mask, StringBuilder out, int from) {
            if (eval(mask) && !listed(out, from)) {
                out.append(out.length() == from ? "" : ", ").append(display);
            }
        }

        private boolean listed(StringBuilder out, int from) {
            int at = from;
            while ((at = out.indexOf(display, at)) >= 0) {
                int end = at + display.length();
                if ((at == from || out.charAt(at - 1) == ' ') && (end == out.length() || out.charAt(end) == ',')) {
                    return true;
                }
                at = end;
            }
            return false;
        }
    }

    private static final class NotE extends Expr {
        final Expr operand;

        NotE(Expr operand) {
            this.operand = operand;
        }

        @Override
        boolean eval(int[] mask) {
            return !operand.eval(mask);
        }

        @Override
        void positiveHits(int[] mask, StringBuilder out, int from) {
            // terms under NOT explain nothing
        }
    }

    private static final class Junction extends Expr {
        final boolean and;
        final Expr[] operands;

        Junction(boolean and, Expr[] operands) {
            this.and = and;
            this.operands = operands;
        }

        @Override
        boolean eval(int[] mask) {
            for (Expr e : operands) {
                if (e.eval(mask) != and) {
                    return !and;
                }
            }
            return and;
        }

        @Override
        void positiveHits(int[] mask, StringBuilder out, int from) {
            for (Expr e : operands) {
                e.positiveHits(mask, out, from);
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ per-thread state

    /** Scratch space of one thread; everything touched during a record is reset after it. */
    private final class Scratch implements IntConsumer {
        final int[] mask = new int[terms.size()];
        final int[] touched = new int[terms.size()];
        int touchedCount;
        int bit;
        final long[] candidates = new long[(rules.length + 63) >>> 6];
        final String[] ipcWhy = new String[rules.length];
        final String[] cpcWhy = new String[rules.length];
        final int[] nodeRule = new int[nodeIds.length];
        final boolean[] subtree = new boolean[nodeIds.length];
        /** The field being scanned, normalised. */
        final TextNormaliser.Buffer text = new TextNormaliser.Buffer();
        /** Whether a classification hit records its text ({@link #tag}) or only that it holds ({@link #nodeIdsOf}). */
        boolean explain = true;

        Scratch() {
            Arrays.fill(nodeRule, -1);
        }

        @Override
        public void accept(int pattern) {
            int m = mask[pattern];
            if (m == 0) {
                touched[touchedCount++] = pattern;
            }
            mask[pattern] = m | bit;
        }

        void mark(int rule) {
            candidates[rule >>> 6] |= 1L << rule;
        }

        void classHit(int[] rulesOfPrefix, String[] why, String kind, String code, String prefix) {
            for (int r : rulesOfPrefix) {
                if (why[r] == null) {
                    why[r] = !explain ? HELD
                            : kind + code + " ~ " + (prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix);
                    mark(r);
                }
            }
        }

        void reset() {
            for (int k = 0; k < touchedCount; k++) {
                mask[touched[k]] = 0;
            }
            touchedCount = 0;
            Arrays.fill(candidates, 0L);
            Arrays.fill(ipcWhy, null);
            Arrays.fill(cpcWhy, null);
            Arrays.fill(nodeRule, -1);
            Arrays.fill(subtree, false);
        }
    }
}
