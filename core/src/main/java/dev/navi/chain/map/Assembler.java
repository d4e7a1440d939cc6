package dev.navi.chain.map;

import dev.navi.chain.RuleSpec;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks a {@link Draft} and builds the {@link ChainMap}: ids (explicit ones unique, missing ones derived), names,
 * IPC/CPC codes, query syntax, rule labels, empty nodes. Collects every problem; returns a map only when there are
 * none.
 */
final class Assembler {
    private static final Pattern ID = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]*");

    /** Problems with a sort key, so that the report follows the file. */
    static final class Problems {
        private record Item(int line, int column, int seq, Problem problem) {
        }

        private final List<Item> items = new ArrayList<>();

        void add(Draft.Where where, String message) {
            items.add(new Item(where.line(), where.column(), items.size(), new Problem(where.text(), message)));
        }

        boolean isEmpty() {
            return items.isEmpty();
        }

        List<Problem> sorted() {
            return items.stream()
                    .sorted(Comparator.comparingInt(Item::line).thenComparingInt(Item::column).thenComparingInt(Item::seq))
                    .map(Item::problem).toList();
        }
    }

    private final String source;
    private final Problems problems;
    private final Set<String> taken = new HashSet<>();

    private Assembler(String source, Problems problems) {
        this.source = source;
        this.problems = problems;
    }

    static MapValidation assemble(String source, Draft.Industry industry, List<Draft.Node> roots, Problems problems,
                                  String fallbackId) {
        return new Assembler(source, problems).run(industry, roots, fallbackId);
    }

    private MapValidation run(Draft.Industry industry, List<Draft.Node> roots, String fallbackId) {
        // ids: explicit ones first (so a derived id never takes an id the analyst wrote further down)
        Map<String, Draft.Where> explicit = new HashMap<>();
        for (Draft.Node n : all(roots)) {
            if (n.id == null) {
                continue;
            }
            String id = n.id.text().strip();
            if (!ID.matcher(id).matches()) {
                problems.add(n.id.where(), "id '" + id + "' must start with a letter or digit and contain only letters, "
                        + "digits, '.', '_' and '-'");
            }
            Draft.Where first = explicit.putIfAbsent(id, n.id.where());
            if (first != null) {
                problems.add(n.id.where(), "duplicate id '" + id + "': already used at " + shortWhere(first));
            } else {
                n.resolvedId = id;
            }
        }
        taken.addAll(explicit.keySet());
        derive(roots, null);

        String industryId = industry == null || industry.id == null || industry.id.text().isBlank()
                ? slug(industry != null && industry.en != null ? industry.en.text() : fallbackId)
                : industry.id.text().strip();
        if (industryId.isEmpty()) {
            industryId = "industry";
        }
        if (industry != null && industry.zh == null && industry.en == null) {
            problems.add(industry.where, "the industry needs a name: give zh (Chinese) or en (English)");
        }
        List<ChainNode> built = new ArrayList<>();
        for (Draft.Node r : roots) {
            built.add(build(r));
        }
        if (!problems.isEmpty()) {
            return new MapValidation(source, null, problems.sorted());
        }
        ChainMap map = new ChainMap(industryId, text(industry == null ? null : industry.zh),
                text(industry == null ? null : industry.en), text(industry == null ? null : industry.description),
                built, source);
        return new MapValidation(source, map, List.of());
    }

    private void derive(List<Draft.Node> nodes, String parentId) {
        for (Draft.Node n : nodes) {
            if (n.id == null) {
                String base = n.en == null ? "" : slug(n.en.text());
                if (base.isEmpty()) {
                    base = "n" + n.position.stream().map(String::valueOf).collect(Collectors.joining("."));
                }
                String id = base;
                if (taken.contains(id) && parentId != null) {
                    id = parentId + "." + base;
                }
                for (int i = 2; taken.contains(id); i++) {
                    id = base + "-" + i;
                }
                n.resolvedId = id;
                taken.add(id);
            }
            derive(n.children, n.resolvedId == null ? parentId : n.resolvedId);
        }
    }

    private ChainNode build(Draft.Node n) {
        String zh = text(n.zh);
        String en = text(n.en);
        boolean named = zh != null || en != null;
        if (!named) {
            problems.add(n.where, "the node has no name: give zh (Chinese) or en (English)");
        }
        if (n.rules.isEmpty() && n.children.isEmpty()) {
            problems.add(n.where, "empty node '" + label(n) + "': give it rules (ipc, cpc, query or rules) or children; "
                    + "an empty node would match nothing");
        }
        List<RuleSpec> rules = new ArrayList<>();
        Map<String, Draft.Where> labels = new HashMap<>();
        for (Draft.Rule r : n.rules) {
            RuleSpec spec = rule(r);
            Draft.Where first = labels.putIfAbsent(r.label, r.labelWhere);
            if (first != null) {
                problems.add(r.labelWhere, "rule label '" + r.label + "' is used twice in node '" + label(n)
                        + "' (first at " + shortWhere(first) + "); labels name the rule in the tagging audit");
            }
            if (spec != null) {
                rules.add(spec);
            }
        }
        List<ChainNode> children = new ArrayList<>();
        for (Draft.Node c : n.children) {
            children.add(build(c));
        }
        if (!problems.isEmpty() || n.resolvedId == null) {
            return null; // never returned to the caller
        }
        return new ChainNode(n.resolvedId, zh, en, text(n.description), n.key, rules, children);
    }

    private RuleSpec rule(Draft.Rule r) {
        List<String> ipc = codes(r.ipc, true);
        List<String> cpc = codes(r.cpc, false);
        String query = null;
        if (r.query != null) {
            query = r.query.text().strip();
            Optional<QueryCheck.Error> err = QueryCheck.check(query);
            if (err.isPresent()) {
                problems.add(r.query.where(), "query syntax error at position " + err.get().position() + ": "
                        + err.get().message() + " — " + pointAt(query, err.get().position()));
            }
        }
        if (r.ipc.isEmpty() && r.cpc.isEmpty() && r.query == null) {
            problems.add(r.where, "rule '" + r.label + "' has no condition: give ipc, cpc or query");
            return null;
        }
        if (r.mainOnly && r.ipc.isEmpty()) {
            problems.add(r.where, "ipcMainOnly is set but rule '" + r.label + "' has no ipc");
        }
        if (ipc.size() != r.ipc.size() || cpc.size() != r.cpc.size() || (query != null && query.isEmpty())) {
            return null;
        }
        return new RuleSpec(r.label, ipc, r.mainOnly, cpc, query);
    }

    private List<String> codes(List<Draft.Val> vals, boolean ipc) {
        List<String> out = new ArrayList<>();
        for (Draft.Val v : vals) {
            Optional<String> err = ipc ? CodeSyntax.checkIpc(v.text()) : CodeSyntax.checkCpc(v.text());
            if (err.isPresent()) {
                problems.add(v.where(), err.get());
            } else {
                out.add(CodeSyntax.normalise(v.text()));
            }
        }
        return out;
    }

    /** The query with a marker where the error is: {@code 正极 AND (磷酸铁锂 ⟵here}. */
    static String pointAt(String query, int pos) {
        int p = Math.max(0, Math.min(pos, query.length()));
        String before = query.substring(Math.max(0, p - 30), p);
        String after = query.substring(p, Math.min(query.length(), p + 30));
        return (p > 30 ? "…" : "") + before + "⟶" + after + (p + 30 < query.length() ? "…" : "");
    }

    /** "line 10" or "row 7": enough to find the first of two places in the same file. */
    private static String shortWhere(Draft.Where w) {
        String t = w.text();
        int i = t.indexOf(": line ");
        if (i >= 0) {
            return "line " + w.line();
        }
        i = t.indexOf(", row ");
        return i >= 0 ? t.substring(i + 2) : t;
    }

    private static String label(Draft.Node n) {
        if (n.resolvedId != null) {
            return n.resolvedId;
        }
        return n.zh != null ? n.zh.text() : n.en != null ? n.en.text() : "?";
    }

    private static String text(Draft.Val v) {
        return v == null || v.text().isBlank() ? null : v.text().strip();
    }

    /** Lower-case ASCII slug of an English name: {@code "Cathode materials (LFP)"} → {@code cathode-materials-lfp}. */
    static String slug(String name) {
        if (name == null) {
            return "";
        }
        String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > 40) {
            int cut = s.lastIndexOf('-', 40);
            s = s.substring(0, cut > 10 ? cut : 40);
        }
        return s;
    }

    private static List<Draft.Node> all(List<Draft.Node> roots) {
        List<Draft.Node> out = new ArrayList<>();
        for (Draft.Node r : roots) {
            out.add(r);
            out.addAll(all(r.children));
        }
        return out;
    }
}
