package dev.navi.report.docx;

import dev.navi.metrics.ColumnKind;
import dev.navi.metrics.Columns;
import dev.navi.metrics.MetricTable;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Column headers and cell texts of the report's tables, from the metric tables' column ids and raw values.
 *
 * <p>Headers, coded values and the percent rule are the atlas's one definition in {@link Columns} (shared with the
 * workbook). A column's kind follows from its declaration or its name: fractions print as percentages with one
 * decimal; {@code hhi} prints as a whole number with separators; year columns ({@code year}, {@code *_year}) print
 * without separators; {@code shift_pp} prints percentage points with one decimal; other whole numbers are counts
 * ({@code 1,087}); other fractional numbers are indices with two decimals. Node ids ({@code node}, {@code top_nodes}
 * ...) print as node names, and coded values (applicant type, life-cycle stage, legal status, yes/no ...) in the
 * report's language. An empty cell prints as an em dash, so no cell is ever blank or "null".
 */
final class Cells {
    /** Printed for a missing value. */
    static final String NONE = "—";

    private final Words w;
    private final Columns.Namer namer;

    Cells(Words w) {
        this.w = w;
        this.namer = new Columns.Namer() {
            @Override
            public boolean en() {
                return w.en;
            }

            @Override
            public java.util.Optional<String> node(String id) {
                return w.isNode(id) ? java.util.Optional.of(w.node(id)) : java.util.Optional.empty();
            }

            @Override
            public String place(String name) {
                return w.place(name);
            }

            @Override
            public String country(String code) {
                // a matrix of markets reads 美国, 欧洲专利局 … in the Chinese atlas and United States, European Patent
                // Office … in the English one (the same names as the country cells and the workbook's headers)
                return dev.navi.clean.region.Countries.label(code, w.en);
            }
        };
    }

    /** The base column id: {@code stage_zh}/{@code reason_en} → {@code stage}/{@code reason}; {@code type_a} stays. */
    static String base(String column) {
        return Columns.base(column);
    }

    /** Whether the atlas has a fixed header for the column (a field such as {@code total}), not one named by data. */
    static boolean named(String column) {
        return Columns.named(column);
    }

    /** The header of a column (the atlas's one definition, {@link Columns#header}). */
    String header(String tableId, String column) {
        return Columns.header(tableId, column, namer);
    }

    /** What kind of value a column holds. */
    enum Kind { TEXT, COUNT, YEAR, PERCENT, HHI, POINTS, INDEX, NODES }

    /**
     * The kind of a column: the producer's declaration when there is one ({@link MetricTable#kind}), else from the
     * column's name (see the class description).
     */
    static Kind kind(Optional<ColumnKind> declared, String column, Object sample) {
        if (declared.isPresent()) {
            return switch (declared.get()) {
                case COUNT -> Kind.COUNT;
                case SHARE, RATE -> Kind.PERCENT;
                case INDEX -> Kind.INDEX;
                case YEAR -> Kind.YEAR;
                case CODE, NAME, TEXT, FLAG -> Kind.TEXT;
            };
        }
        return kind(column, sample);
    }

    static Kind kind(String column, Object sample) {
        String c = base(column).toLowerCase(Locale.ROOT);
        if (c.equals("node") || c.equals("top_nodes") || c.equals("top_weak_nodes") || c.equals("key_nodes")) {
            return Kind.NODES;
        }
        if (sample instanceof String) {
            return Kind.TEXT;
        }
        if (c.equals("year") || c.endsWith("_year")) {
            return Kind.YEAR;
        }
        if (c.equals("hhi")) {
            return Kind.HHI;
        }
        if (c.equals("shift_pp")) {
            return Kind.POINTS;
        }
        if (Columns.infer(c, sample) == ColumnKind.SHARE) {
            return Kind.PERCENT;
        }
        if (sample instanceof Double || sample instanceof Float) {
            return Kind.INDEX;
        }
        return Kind.COUNT;
    }

    /** True when a column of this kind is right-aligned (numbers). */
    static boolean numeric(Kind k) {
        return k != Kind.TEXT && k != Kind.NODES;
    }

    /** The text of one cell. */
    String value(String column, Kind kind, Object v) {
        if (v == null) {
            return NONE;
        }
        if (v instanceof Number n) {
            double d = n.doubleValue();
            if (!Double.isFinite(d)) {
                return NONE;
            }
            return switch (kind) {
                case YEAR -> String.valueOf(Math.round(d));
                case PERCENT -> w.pct(d);
                case HHI -> w.n(d);
                case POINTS -> w.one(d);
                case INDEX -> w.idx(d);
                case COUNT -> d == Math.rint(d) ? w.n(d) : w.idx(d);
                default -> (n instanceof Double || n instanceof Float) ? w.idx(d) : w.n(d);
            };
        }
        String s = Docx.clean(String.valueOf(v)).strip();
        if (s.isEmpty() || "null".equalsIgnoreCase(s) || "NaN".equals(s)) {
            return NONE;
        }
        if (kind == Kind.NODES) {
            return s.contains(";") ? w.nodes(s) : w.node(s);
        }
        if (base(column).equals("province") || base(column).equals("city") || base(column).equals("region")) {
            return w.place(s);
        }
        if ((base(column).equals("country") || base(column).equals("origin") || base(column).equals("office")
                || base(column).equals("holder") || base(column).equals("actor")) && s.matches("[A-Z]{2}")) {
            // (holders and actors are applicants or, at country level, country codes: a two-capital name no country
            // table knows stays as written)
            // a country code reads as the country's name in the atlas's language (CN → 中国 / China)
            String name = dev.navi.clean.region.Countries.label(s, w.en);
            return name == null || name.isBlank() ? s : name;
        }
        if ("(unknown)".equals(s)) {
            return w.t("未知", "unknown");
        }
        String b = base(column);
        java.util.Optional<String> known = Columns.value(b, s, w.en);
        if (known.isPresent()) {
            return known.get();
        }
        // the modules' English reasons name the region as the project wrote it (四川省)
        return b.equals("reasons") ? w.places(s) : s;
    }
}
