package dev.navi.chain.map;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import dev.navi.text.Suggestions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a chain map written in YAML or JSON (the format is described in this package's documentation) and checks it,
 * reporting every problem with its line, column and path ({@code map.yaml: line 14, column 7:
 * nodes[1].children[0].query}). The file is read token by token so that every value keeps its location.
 */
public final class ChainMapReader {
    static final List<String> TOP_KEYS = List.of("industry", "nodes");
    static final List<String> INDUSTRY_KEYS = List.of("id", "zh", "en", "description");
    static final List<String> NODE_KEYS = List.of("id", "zh", "en", "description", "key", "ipc", "ipcMainOnly", "cpc",
            "query", "rules", "children");
    static final List<String> RULE_KEYS = List.of("label", "ipc", "ipcMainOnly", "cpc", "query");
    /** Keys analysts write by habit, and the key they mean. */
    private static final Map<String, String> HABITS = Map.ofEntries(
            Map.entry("keywords", "query"), Map.entry("keyword", "query"), Map.entry("search", "query"),
            Map.entry("检索式", "query"), Map.entry("关键词", "query"), Map.entry("name", "zh or en"),
            Map.entry("name_zh", "zh"), Map.entry("namezh", "zh"), Map.entry("name_en", "en"), Map.entry("nameen", "en"),
            Map.entry("keyproduct", "key"), Map.entry("key_product", "key"), Map.entry("mainonly", "ipcMainOnly"),
            Map.entry("ipc_main_only", "ipcMainOnly"), Map.entry("main", "ipcMainOnly"), Map.entry("nodes", "children"),
            Map.entry("desc", "description"), Map.entry("rule", "rules"), Map.entry("branches", "children"),
            Map.entry("segments", "nodes"));

    private ChainMapReader() {
    }

    /**
     * Reads and checks a map; never throws for a bad map, returns its problems instead. A file ending in
     * {@code .xlsx}, {@code .xls}, {@code .xlsm}, {@code .csv} or {@code .tsv} is read as a technology decomposition
     * table ({@link DecompositionTableReader}); anything else as YAML ({@code .json}: JSON).
     */
    public static MapValidation read(Path file) {
        String source = file.toString();
        if (source.toLowerCase(Locale.ROOT).matches(".*\\.(xlsx|xls|xlsm|csv|tsv)")) {
            return DecompositionTableReader.read(file);
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return failed(source, "the chain map file does not exist");
        } catch (IOException e) {
            return failed(source, "cannot read the chain map: " + e.getMessage());
        }
        boolean json = source.toLowerCase(Locale.ROOT).endsWith(".json");
        return read(source, bytes, json, fileStem(file));
    }

    /**
     * Reads and checks a map (YAML, JSON or a decomposition table, as {@link #read(Path)}).
     *
     * @throws dev.navi.ingest.InputException listing every problem (first line the count, then one a line)
     */
    public static ChainMap load(Path file) {
        return read(file).orThrow();
    }

    /** Reads a map from text (YAML, which includes JSON); {@code source} names it in problems. */
    public static MapValidation read(String source, String text) {
        return read(source, text.getBytes(java.nio.charset.StandardCharsets.UTF_8), false, source);
    }

    private static MapValidation read(String source, byte[] bytes, boolean json, String stem) {
        Y root;
        try (JsonParser p = (json ? new JsonFactory() : new YAMLFactory()).createParser(bytes)) {
            Parse parse = new Parse(source);
            JsonToken t = p.nextToken();
            if (t == null) {
                return failed(source, "the chain map is empty; `navi map init` writes a starter map");
            }
            root = parse.value(p, "");
            Assembler.Problems problems = parse.problems;
            return new Structure(source, problems).map(root, stem);
        } catch (JacksonException e) {
            JsonLocation l = e.getLocation();
            String msg = e.getOriginalMessage();
            int nl = msg == null ? -1 : msg.indexOf('\n');
            msg = msg == null ? "syntax error" : nl < 0 ? msg : msg.substring(0, nl);
            String where = l == null ? source : source + ": line " + l.getLineNr() + ", column " + l.getColumnNr();
            String hint = json ? "" : " (a value that starts with a double quote, '[', '{', '*' or '&' must be put in "
                    + "single quotes, e.g. query: '\"solid state\" OR 固态')";
            return new MapValidation(source, null, List.of(new Problem(where, "not valid " + (json ? "JSON" : "YAML")
                    + ": " + msg + hint)));
        } catch (IOException e) {
            return failed(source, "cannot read the chain map: " + e.getMessage());
        }
    }

    private static MapValidation failed(String source, String message) {
        return new MapValidation(source, null, List.of(new Problem(source, message)));
    }

    // ---- a small located tree ----

    /** A YAML/JSON value with its location. */
    private sealed interface Y permits YMap, YList, YScalar {
        Draft.Where where();
    }

    private record YEntry(String key, Draft.Where where, Y value) {
    }

    private record YMap(Map<String, YEntry> entries, Draft.Where where) implements Y {
    }

    private record YList(List<Y> items, Draft.Where where) implements Y {
    }

    /** {@code text} is null for a YAML/JSON null; {@code bool} tells a real boolean from the text "true". */
    private record YScalar(String text, JsonToken kind, Draft.Where where) implements Y {
        boolean isBoolean() {
            return kind == JsonToken.VALUE_TRUE || kind == JsonToken.VALUE_FALSE;
        }
    }

    /** Turns the token stream into located values; the path of each value is in its {@link Draft.Where}. */
    private static final class Parse {
        final String source;
        final Assembler.Problems problems = new Assembler.Problems();

        Parse(String source) {
            this.source = source;
        }

        Draft.Where where(JsonParser p, String path) {
            JsonLocation l = p.currentTokenLocation();
            return new Draft.Where(source + ": line " + l.getLineNr() + ", column " + l.getColumnNr()
                    + (path.isEmpty() ? "" : ": " + path), l.getLineNr(), l.getColumnNr());
        }

        Y value(JsonParser p, String path) throws IOException {
            JsonToken t = p.currentToken();
            Draft.Where here = where(p, path);
            if (t == JsonToken.START_OBJECT) {
                Map<String, YEntry> entries = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    String childPath = path.isEmpty() ? key : path + "." + key;
                    Draft.Where kw = where(p, childPath);
                    p.nextToken();
                    Y v = value(p, childPath);
                    YEntry first = entries.putIfAbsent(key, new YEntry(key, kw, v));
                    if (first != null) {
                        problems.add(kw, "key '" + key + "' is given twice (first at line " + first.where().line()
                                + "); only one is allowed");
                    }
                }
                return new YMap(entries, here);
            }
            if (t == JsonToken.START_ARRAY) {
                List<Y> items = new ArrayList<>();
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(value(p, path + "[" + i++ + "]"));
                }
                return new YList(items, here);
            }
            if (t == JsonToken.VALUE_NULL) {
                return new YScalar(null, t, here);
            }
            return new YScalar(p.getText(), t, here);
        }
    }

    /** Reads the located tree as a chain map draft. */
    private static final class Structure {
        final String source;
        final Assembler.Problems problems;

        Structure(String source, Assembler.Problems problems) {
            this.source = source;
            this.problems = problems;
        }

        MapValidation map(Y root, String stem) {
            if (!(root instanceof YMap top)) {
                problems.add(root.where(), "a chain map is a mapping with 'industry' and 'nodes'; "
                        + "`navi map init` writes a starter map");
                return new MapValidation(source, null, problems.sorted());
            }
            unknownKeys(top, TOP_KEYS, "at the top level");
            Draft.Industry industry = new Draft.Industry();
            YEntry ind = top.entries().get("industry");
            if (ind == null) {
                problems.add(top.where(), "'industry' is missing: give industry: {id: ..., zh: ..., en: ...}");
            } else if (ind.value() instanceof YMap im) {
                industry.where = ind.where();
                unknownKeys(im, INDUSTRY_KEYS, "in industry");
                industry.id = scalar(im, "id");
                industry.zh = scalar(im, "zh");
                industry.en = scalar(im, "en");
                industry.description = scalar(im, "description");
            } else {
                problems.add(ind.where(), "'industry' must be a mapping: {id: ..., zh: ..., en: ..., description: ...}");
            }
            List<Draft.Node> roots = new ArrayList<>();
            YEntry nodes = top.entries().get("nodes");
            if (nodes == null) {
                problems.add(top.where(), "'nodes' is missing: the map has no segments or branches");
            } else {
                roots = nodes(nodes, List.of());
                if (roots.isEmpty() && nodes.value() instanceof YList) {
                    problems.add(nodes.where(), "'nodes' is empty: the map has no segments or branches");
                }
            }
            return Assembler.assemble(source, industry.where == null ? null : industry, roots, problems, stem);
        }

        List<Draft.Node> nodes(YEntry e, List<Integer> parentPos) {
            List<Draft.Node> out = new ArrayList<>();
            if (e.value() instanceof YScalar s && s.text() == null) {
                problems.add(e.where(), "'" + e.key() + "' is empty; give a list of nodes or leave it out");
                return out;
            }
            if (!(e.value() instanceof YList list)) {
                problems.add(e.value().where(), "'" + e.key() + "' must be a list of nodes (each starting with '- ')");
                return out;
            }
            int i = 0;
            for (Y item : list.items()) {
                List<Integer> pos = new ArrayList<>(parentPos);
                pos.add(++i);
                if (item instanceof YMap m) {
                    out.add(node(m, pos));
                } else {
                    problems.add(item.where(), "a node must be a mapping with at least zh or en (and rules or children)");
                }
            }
            return out;
        }

        Draft.Node node(YMap m, List<Integer> pos) {
            Draft.Node n = new Draft.Node();
            n.position = pos;
            n.where = m.where();
            unknownKeys(m, NODE_KEYS, "in a node");
            n.id = scalar(m, "id");
            n.zh = scalar(m, "zh");
            n.en = scalar(m, "en");
            n.description = scalar(m, "description");
            n.key = bool(m, "key");
            boolean mainOnly = bool(m, "ipcMainOnly");
            // shorthand: each kind is its own rule, OR-ed with the others
            YEntry ipc = m.entries().get("ipc");
            if (ipc != null) {
                Draft.Rule r = rule("ipc", ipc.where(), mainOnly);
                r.ipc.addAll(codes(ipc));
                n.rules.add(r);
            } else if (mainOnly) {
                problems.add(m.entries().get("ipcMainOnly").where(), "ipcMainOnly is set but the node has no ipc");
            }
            YEntry cpc = m.entries().get("cpc");
            if (cpc != null) {
                Draft.Rule r = rule("cpc", cpc.where(), false);
                r.cpc.addAll(codes(cpc));
                n.rules.add(r);
            }
            YEntry query = m.entries().get("query");
            if (query != null) {
                List<Draft.Val> qs = strings(query, false);
                for (int i = 0; i < qs.size(); i++) {
                    Draft.Rule r = rule(qs.size() == 1 ? "query" : "query " + (i + 1), qs.get(i).where(), false);
                    r.query = qs.get(i);
                    n.rules.add(r);
                }
                if (qs.isEmpty()) {
                    problems.add(query.where(), "'query' is empty; give a query or leave it out");
                }
            }
            YEntry rules = m.entries().get("rules");
            if (rules != null) {
                if (rules.value() instanceof YList list) {
                    int i = 0;
                    for (Y item : list.items()) {
                        i++;
                        if (item instanceof YMap rm) {
                            n.rules.add(ruleEntry(rm, i));
                        } else {
                            problems.add(item.where(), "a rule must be a mapping of ipc, ipcMainOnly, cpc, query and label");
                        }
                    }
                } else {
                    problems.add(rules.value().where(), "'rules' must be a list of {ipc, ipcMainOnly, cpc, query, label}");
                }
            }
            YEntry children = m.entries().get("children");
            if (children != null) {
                n.children.addAll(nodes(children, pos));
            }
            return n;
        }

        Draft.Rule ruleEntry(YMap rm, int index) {
            unknownKeys(rm, RULE_KEYS, "in a rule");
            Draft.Val label = scalar(rm, "label");
            Draft.Rule r = rule(label == null || label.text().isBlank() ? "rule " + index : label.text().strip(),
                    label == null ? rm.where() : label.where(), bool(rm, "ipcMainOnly"));
            r.where = rm.where();
            YEntry ipc = rm.entries().get("ipc");
            if (ipc != null) {
                r.ipc.addAll(codes(ipc));
            }
            YEntry cpc = rm.entries().get("cpc");
            if (cpc != null) {
                r.cpc.addAll(codes(cpc));
            }
            YEntry q = rm.entries().get("query");
            if (q != null) {
                if (q.value() instanceof YScalar) {
                    r.query = scalar(rm, "query");
                } else {
                    problems.add(q.where(), "one query per rule: combine terms with AND / OR inside one query");
                }
            }
            return r;
        }

        private static Draft.Rule rule(String label, Draft.Where where, boolean mainOnly) {
            Draft.Rule r = new Draft.Rule();
            r.label = label;
            r.labelWhere = where;
            r.where = where;
            r.mainOnly = mainOnly;
            return r;
        }

        /** IPC/CPC codes: a list, or one string with codes separated by , ; ， ； 、 */
        List<Draft.Val> codes(YEntry e) {
            List<Draft.Val> out = new ArrayList<>();
            for (Draft.Val v : strings(e, true)) {
                for (String part : CodeSyntax.split(v.text())) {
                    out.add(new Draft.Val(part, v.where()));
                }
            }
            if (out.isEmpty()) {
                problems.add(e.where(), "'" + e.key() + "' is empty; give codes or leave it out");
            }
            return out;
        }

        /** A single string or a list of strings. */
        List<Draft.Val> strings(YEntry e, boolean numbersOk) {
            List<Draft.Val> out = new ArrayList<>();
            if (e.value() instanceof YScalar s) {
                if (s.text() != null) {
                    out.add(new Draft.Val(s.text(), s.where()));
                }
            } else if (e.value() instanceof YList l) {
                for (Y item : l.items()) {
                    if (item instanceof YScalar s && s.text() != null) {
                        out.add(new Draft.Val(s.text(), s.where()));
                    } else {
                        problems.add(item.where(), "'" + e.key() + "' must be text or a list of texts");
                    }
                }
            } else {
                problems.add(e.value().where(), "'" + e.key() + "' must be text or a list of texts");
            }
            return out;
        }

        Draft.Val scalar(YMap m, String key) {
            YEntry e = m.entries().get(key);
            if (e == null) {
                return null;
            }
            if (e.value() instanceof YScalar s) {
                return s.text() == null ? null : new Draft.Val(s.text(), s.where());
            }
            problems.add(e.value().where(), "'" + key + "' must be a single text"
                    + (key.equals("query") ? "" : " (not a list or a mapping)"));
            return null;
        }

        boolean bool(YMap m, String key) {
            YEntry e = m.entries().get(key);
            if (e == null) {
                return false;
            }
            if (e.value() instanceof YScalar s) {
                if (s.isBoolean()) {
                    return s.kind() == JsonToken.VALUE_TRUE;
                }
                if (s.text() != null) {
                    Boolean b = Flags.parse(s.text());
                    if (b != null) {
                        return b;
                    }
                }
            }
            problems.add(e.value().where(), "'" + key + "' must be true or false");
            return false;
        }

        void unknownKeys(YMap m, List<String> valid, String where) {
            for (YEntry e : m.entries().values()) {
                if (!valid.contains(e.key())) {
                    String hint = didYouMean(e.key(), valid);
                    problems.add(e.where(), "unknown key '" + e.key() + "' " + where + (hint == null ? "" : "; did you mean '"
                            + hint + "'?") + ". Valid keys: " + String.join(", ", valid));
                }
            }
        }
    }

    /** The valid key closest to {@code key}, or null when none is close. */
    static String didYouMean(String key, List<String> valid) {
        String habit = HABITS.get(key.toLowerCase(Locale.ROOT).replace("-", "_"));
        if (habit != null && (valid.contains(habit) || habit.equals("zh or en"))) {
            return habit;
        }
        return Suggestions.closest(key, valid, 2);
    }

    static String fileStem(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
