package dev.navi.project;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML document read token by token into values that keep their line and column, so that every problem in a
 * project file can be reported where it is. Package-private: the Jackson and SnakeYAML types stay here.
 */
final class YamlTree {
    private YamlTree() {
    }

    /** A position in the file, 1-based. */
    record Pos(int line, int column) implements Comparable<Pos> {
        static final Pos FILE = new Pos(0, 0);

        @Override
        public int compareTo(Pos o) {
            return line != o.line ? Integer.compare(line, o.line) : Integer.compare(column, o.column);
        }

        @Override
        public String toString() {
            return line <= 0 ? "" : "line " + line + ", column " + column;
        }
    }

    /** A value: a map, a list or a scalar. */
    sealed interface Node permits MapNode, ListNode, Scalar {
        Pos pos();
    }

    /** One key of a map, with the key's position and its value. */
    record Entry(String key, Pos pos, Node value) {
    }

    /** A map, keys in file order. */
    record MapNode(Map<String, Entry> entries, Pos pos) implements Node {
    }

    /** A list. */
    record ListNode(List<Node> items, Pos pos) implements Node {
    }

    /** A scalar; {@code text} is null for a YAML null, {@code kind} tells a number or boolean from text. */
    record Scalar(String text, JsonToken kind, Pos pos) implements Node {
        boolean isNull() {
            return text == null;
        }

        boolean isNumber() {
            return kind == JsonToken.VALUE_NUMBER_INT || kind == JsonToken.VALUE_NUMBER_FLOAT;
        }
    }

    /** A syntax error at its true position, with the cause in plain words. */
    static final class SyntaxError extends Exception {
        final Pos pos;

        SyntaxError(Pos pos, String message) {
            super(message);
            this.pos = pos;
        }
    }

    /**
     * Parses a document.
     *
     * @param duplicates receives a message for each key given twice in one map
     * @return the root value, or {@code null} for an empty document
     */
    static Node parse(byte[] bytes, List<Located> duplicates) throws SyntaxError, IOException {
        try (JsonParser p = new YAMLFactory().createParser(bytes)) {
            if (p.nextToken() == null) {
                return null;
            }
            return value(p, duplicates);
        } catch (JacksonException e) {
            throw syntaxError(e);
        }
    }

    /** A message at a position. */
    record Located(Pos pos, String message) {
    }

    private static Node value(JsonParser p, List<Located> duplicates) throws IOException {
        JsonToken t = p.currentToken();
        Pos here = pos(p.currentTokenLocation());
        if (t == JsonToken.START_OBJECT) {
            Map<String, Entry> entries = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                Pos kp = pos(p.currentTokenLocation());
                p.nextToken();
                Node v = value(p, duplicates);
                Entry first = entries.putIfAbsent(key, new Entry(key, kp, v));
                if (first != null) {
                    duplicates.add(new Located(kp, key + ": given twice (first at line " + first.pos().line()
                            + "); keep one"));
                }
            }
            return new MapNode(entries, here);
        }
        if (t == JsonToken.START_ARRAY) {
            List<Node> items = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                items.add(value(p, duplicates));
            }
            return new ListNode(items, here);
        }
        return new Scalar(t == JsonToken.VALUE_NULL ? null : p.getText(), t, here);
    }

    private static Pos pos(JsonLocation l) {
        return l == null ? Pos.FILE : new Pos(l.getLineNr(), l.getColumnNr());
    }

    /**
     * SnakeYAML knows two marks: where the construct it was reading began (the context) and where the offending
     * character is (the problem). Jackson reports the first, which for a tab or a stray quote can be lines away;
     * the problem mark is where the user must look.
     */
    private static SyntaxError syntaxError(JacksonException e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof org.yaml.snakeyaml.error.MarkedYAMLException m && m.getProblemMark() != null) {
                var mark = m.getProblemMark();
                Pos pos = new Pos(mark.getLine() + 1, mark.getColumn() + 1);
                return new SyntaxError(pos, explain(m.getProblem(), m.getContext(), m.getContextMark()));
            }
        }
        String msg = e.getOriginalMessage() == null ? "syntax error" : e.getOriginalMessage().lines().findFirst().orElse("");
        return new SyntaxError(pos(e.getLocation()), "not valid YAML: " + msg);
    }

    private static String explain(String problem, String context, org.yaml.snakeyaml.error.Mark contextMark) {
        String p = problem == null ? "syntax error" : problem.strip();
        if (p.contains("\\t(TAB)") || p.contains("'\t'")) {
            return "a tab character: YAML indents with spaces only; replace the tab with spaces";
        }
        String where = contextMark == null || context == null ? ""
                : " (" + context.strip() + " at line " + (contextMark.getLine() + 1) + ", column "
                + (contextMark.getColumn() + 1) + ")";
        String hint = "";
        if (p.contains("mapping values are not allowed")) {
            hint = "; a value that contains ': ' must be quoted, e.g. name: '项目: 动力电池'";
        } else if (p.contains("expected <block end>") || p.contains("did not find expected key")) {
            hint = "; check the indentation of this line against the lines above it";
        } else if (p.contains("found unexpected end of stream") || p.contains("found unknown escape")
                || p.contains("unexpected")) {
            hint = "; a value that starts with a quote must end with the same quote — or put the whole value in "
                    + "single quotes";
        }
        return "not valid YAML: " + p + where + hint;
    }
}
