package dev.navi.ingest.dataset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.navi.model.Field;
import dev.navi.model.LegalStatus;
import dev.navi.model.Patent;
import dev.navi.model.PatentType;
import dev.navi.model.Provenance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The columns of {@code records.csv}, in their stable order, and how each value is written and read back.
 *
 * <p>Format (documented in the README, section "The canonical dataset"): UTF-8 without BOM, comma-separated,
 * RFC 4180 quoting, LF line ends, one header row. Columns: every {@link Field#key()} in {@link Field} order,
 * then {@code sourceFile}, {@code sourceSheet}, {@code sourceRow}, {@code sourceLayout} (provenance) and
 * {@code extra} (the export's unmapped columns as a JSON object, column name → text, in the export's order).
 * Multi-value fields hold one value per line. Dates are ISO {@code yyyy-MM-dd}; enums are lower-case names
 * ({@code utility_model}, {@code lapsed}); an empty cell means "not present in the export".
 */
public final class CanonicalColumns {
    public static final String SOURCE_FILE = "sourceFile";
    public static final String SOURCE_SHEET = "sourceSheet";
    public static final String SOURCE_ROW = "sourceRow";
    public static final String SOURCE_LAYOUT = "sourceLayout";
    public static final String EXTRA = "extra";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> HEADER;

    static {
        List<String> h = new ArrayList<>();
        for (Field f : Field.values()) {
            h.add(f.key());
        }
        h.addAll(List.of(SOURCE_FILE, SOURCE_SHEET, SOURCE_ROW, SOURCE_LAYOUT, EXTRA));
        HEADER = List.copyOf(h);
    }

    private CanonicalColumns() {
    }

    /** The header row of {@code records.csv}. */
    public static List<String> header() {
        return HEADER;
    }

    /** One record as the cells of a {@code records.csv} row, in {@link #header()} order. */
    public static List<String> cells(Patent p) {
        List<String> out = cellsWithoutExtra(p);
        out.add(p.extra().isEmpty() ? "" : json(p.extra()));
        return out;
    }

    /** As {@link #cells(Patent)} without the last ({@code extra}) cell, for callers that expand the extra columns. */
    public static List<String> cellsWithoutExtra(Patent p) {
        List<String> out = new ArrayList<>(HEADER.size());
        for (Field f : Field.values()) {
            out.add(format(p.get(f)));
        }
        Provenance pv = p.provenance();
        out.add(pv.file());
        out.add(pv.sheet() == null ? "" : pv.sheet());
        out.add(Long.toString(pv.row()));
        out.add(pv.layout());
        return out;
    }

    static String format(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof List<?> l) {
            if (l.size() == 1) {
                return String.valueOf(l.get(0));
            }
            StringBuilder b = new StringBuilder();
            for (Object o : l) {
                if (b.length() > 0) {
                    b.append('\n');
                }
                b.append(o);
            }
            return b.toString();
        }
        if (v instanceof Double d) {
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        if (v instanceof Enum<?> e) {
            return e.name().toLowerCase(Locale.ROOT);
        }
        return v.toString();
    }

    /**
     * Reads one field's cell back.
     *
     * @throws IllegalArgumentException when the cell does not hold a value of the field's kind
     */
    public static Object parse(Field f, String cell) {
        if (cell == null || cell.isEmpty()) {
            return f.kind() == Field.Kind.LIST ? List.of() : null;
        }
        try {
            switch (f.kind()) {
                case LIST:
                    return List.of(cell.split("\n", -1));
                case DATE:
                    return LocalDate.parse(cell);
                case INT:
                    return Integer.valueOf(cell);
                case DECIMAL:
                    return Double.valueOf(cell);
                case TYPE:
                    return PatentType.valueOf(cell.toUpperCase(Locale.ROOT));
                case STATUS:
                    return LegalStatus.valueOf(cell.toUpperCase(Locale.ROOT));
                default:
                    return cell;
            }
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a valid " + f.key() + ": '" + cell + "'");
        }
    }

    /** Reads the {@code extra} cell. */
    public static Map<String, String> parseExtra(String cell) {
        if (cell == null || cell.isBlank()) {
            return Collections.emptyMap();
        }
        try {
            return JSON.readValue(cell, new TypeReference<LinkedHashMap<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the extra cell is not a JSON object of texts");
        }
    }

    /**
     * Appends {@code m} as Jackson's {@code writeValueAsString} writes it (compact, keys and values as JSON strings;
     * {@code "} and {@code \\} escaped, control characters as {@code \\b \\t \\n \\f \\r} or {@code \\u00XX}, all
     * else as it is), without a serializer per record. False (with {@code out} part-written) when a key is
     * {@code null}: the caller then uses {@link #json}, which fails as Jackson does.
     */
    static boolean appendJson(StringBuilder out, Map<String, String> m) {
        return appendJson(out, m, null);
    }

    /**
     * As {@link #appendJson(StringBuilder, Map)}, taking each key's JSON text from {@code keys} (key → its quoted,
     * escaped text, filled as keys come; {@code null}: none): the keys are an export's column names, the same in every
     * record, and were half of the escaping work.
     */
    static boolean appendJson(StringBuilder out, Map<String, String> m, Map<String, String> keys) {
        return appendJson(out, m, keys, "\"");
    }

    /**
     * As {@link #appendJson(StringBuilder, Map, Map)} with every quote of the JSON text written twice: the text as it
     * stands between the quotes of a CSV cell ({@link CsvRowBuilder#quotedCell}), made in one pass. {@code keys} must
     * hold only texts this method put there.
     */
    static boolean appendCsvQuotedJson(StringBuilder out, Map<String, String> m, Map<String, String> keys) {
        return appendJson(out, m, keys, "\"\"");
    }

    private static boolean appendJson(StringBuilder out, Map<String, String> m, Map<String, String> keys, String quote) {
        out.append('{');
        boolean first = true;
        for (Map.Entry<String, String> e : m.entrySet()) {
            if (e.getKey() == null) {
                return false;
            }
            if (!first) {
                out.append(',');
            }
            first = false;
            if (keys == null) {
                jsonString(out, e.getKey(), quote);
            } else {
                String k = keys.get(e.getKey());
                if (k == null && keys.size() < 1024) {
                    StringBuilder one = new StringBuilder(e.getKey().length() + 2 * quote.length());
                    jsonString(one, e.getKey(), quote);
                    k = one.toString();
                    keys.put(e.getKey(), k);
                }
                if (k == null) {
                    jsonString(out, e.getKey(), quote);
                } else {
                    out.append(k);
                }
            }
            out.append(':');
            if (e.getValue() == null) {
                out.append("null");
            } else {
                jsonString(out, e.getValue(), quote);
            }
        }
        out.append('}');
        return true;
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /** {@code s} as a JSON string, each {@code "} of the JSON text written as {@code quote}. */
    private static void jsonString(StringBuilder out, String s, String quote) {
        out.append(quote);
        int start = 0;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\') {
                continue;
            }
            out.append(s, start, i).append('\\');
            switch (c) {
                case '"' -> out.append(quote);
                case '\\' -> out.append('\\');
                case '\b' -> out.append('b');
                case '\t' -> out.append('t');
                case '\n' -> out.append('n');
                case '\f' -> out.append('f');
                case '\r' -> out.append('r');
                default -> out.append("u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
            start = i + 1;
        }
        out.append(s, start, n).append(quote);
    }

    static String json(Map<String, String> m) {
        try {
            return JSON.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
