package dev.navi.report.docx;

import dev.navi.chain.map.ChainNode;
import dev.navi.metrics.MetricTable;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which part of each metric table the report prints. The Word report is read, not filtered: it shows the rows and
 * columns a reader needs to follow the text, and says where the whole table is (atlas.xlsx sheet &lt;id&gt; and
 * tables/&lt;id&gt;.csv; the workbook names each sheet after its table id).
 *
 * <p>Rules: node tables show the first two levels of the chain map (at most {@value #NODE_ROWS} rows);
 * per-node rankings show the top {@value #PER_NODE} of each top-level node; lists show their top
 * {@value #LIST_ROWS} rows; year tables the last {@value #YEAR_ROWS} years; wide tables keep the columns the text
 * discusses (e.g. the top-level nodes of the trend, the last five complete years by origin, six technical effects).
 * Columns with a Chinese ({@code _zh}) or English ({@code _en}) variant use the one in the report's language.
 * A table id not listed here is printed with all its columns and its first {@value #LIST_ROWS} rows.
 */
final class Views {
    static final int NODE_ROWS = 20;
    static final int LIST_ROWS = 15;
    static final int YEAR_ROWS = 20;
    static final int PER_NODE = 5;

    private final Words w;
    private final Cells cells;
    private final int lastCompleteYear;

    Views(Words w, int lastCompleteYear) {
        this.w = w;
        this.cells = new Cells(w);
        this.lastCompleteYear = lastCompleteYear;
    }

    /** The printed view of {@code t}. */
    TableView of(MetricTable t) {
        Tab tab = new Tab(t);
        Set<String> roots = new LinkedHashSet<>(w.roots().stream().map(ChainNode::id).toList());
        Predicate<List<Object>> upperLevels = r -> {
            String n = tab.str(r, "node");
            return n != null && ("(all)".equals(n) || (w.level(n) >= 1 && w.level(n) <= 2));
        };
        Predicate<List<Object>> rootRows = r -> roots.contains(tab.str(r, "node"));
        return switch (t.id()) {
            case "trend_by_year", "growth_yoy" -> {
                List<String> cols = new ArrayList<>(List.of("year", "total"));
                cols.addAll(roots);
                yield view(tab, cols, tail(t.rows(), YEAR_ROWS));
            }
            case "trend_by_priority_year" -> view(tab, List.of("year", "complete", "total"), tail(t.rows(), YEAR_ROWS));
            case "growth_by_node" -> view(tab, List.of("node", "level", "total", "share", "cagr", "relative_growth"),
                    filter(t.rows(), upperLevels, NODE_ROWS));
            case "life_cycle" -> view(tab, List.of("node", "stage", "filings_cagr", "applicants_cagr", "saturation"),
                    filter(t.rows(), upperLevels, NODE_ROWS));
            case "phase_diagram" -> view(tab, List.of("node", "year", "filings", "applicants", "complete"),
                    tail(filter(t.rows(), rootRows.and(r -> tab.num(r, "year") != null
                            && tab.num(r, "year") > lastCompleteYear - 5 && tab.num(r, "year") <= lastCompleteYear),
                            Integer.MAX_VALUE), NODE_ROWS));
            case "concentration" -> view(tab, List.of("node", "records", "applicants", "cr4", "cr8", "hhi", "reading"),
                    filter(t.rows(), upperLevels, NODE_ROWS));
            case "leading_applicants" -> view(tab, List.of("node", "rank", "applicant", "type", "country", "count", "share"),
                    filter(t.rows(), rootRows.and(standardNames(tab)).and(rank(tab, "rank", PER_NODE)), Integer.MAX_VALUE));
            case "origin_by_year" -> {
                List<String> cols = new ArrayList<>(List.of("origin", "total"));
                for (int y = lastCompleteYear - 4; y <= lastCompleteYear; y++) {
                    cols.add(String.valueOf(y));
                }
                yield view(tab, cols, head(t.rows(), 10));
            }
            case "market_flow", "industry_transfer" -> view(tab, t.columns(), head(t.rows(), 10));
            case "control_strength" -> view(tab, List.of("node", "actor", "records", "technology_control", "product_control",
                            "market_control", "combined"),
                    filter(t.rows(), rootRows.and(r -> "applicant".equals(tab.str(r, "level"))).and(rank(tab, "rank", PER_NODE)),
                            Integer.MAX_VALUE));
            case "hotspots" -> view(tab, List.of("rank", "node", "level", "recent_cagr", "relative_growth", "new_entrants",
                    "new_entrant_share", "score"), head(t.rows(), 10));
            case "core_patents" -> view(tab, List.of("publication", "title", "application_year", "cited_by",
                    "cohort_citations", "family_offices", "legal_status", "score", "applicants"), corePatents(tab));
            case "tech_effect_matrix" -> {
                List<String> cols = new ArrayList<>(List.of("node"));
                t.columns().stream().filter(c -> !c.equals("node") && !c.equals("name")).limit(6).forEach(cols::add);
                yield view(tab, cols, filter(t.rows(), upperLevels, NODE_ROWS));
            }
            case "region_by_node" -> {
                // a country region is its own nation: its national count repeats the region's, so it is left out
                boolean national = t.rows().stream().anyMatch(r -> !java.util.Objects.equals(tab.num(r, "national_count"),
                        tab.num(r, "region_count")));
                List<String> cols = new ArrayList<>(List.of("node", "region_count", "region_share_of_node"));
                if (national) {
                    cols.add("national_count");
                }
                cols.addAll(List.of("global_count", "rta", "region_cagr", "global_cagr", "quadrant"));
                yield view(tab, cols, head(t.rows(), 30));
            }
            case "peer_comparison" -> {
                List<String> cols = new ArrayList<>(List.of("node"));
                t.columns().stream().filter(c -> c.endsWith("_count") || c.endsWith("_rta")).forEach(cols::add);
                yield view(tab, cols, filter(t.rows(), upperLevels, NODE_ROWS));
            }
            case "region_applicants" -> view(tab, List.of("rank", "applicant", "type", "count", "recent_count", "top_nodes",
                    "first_year", "last_year"), head(t.rows(), LIST_ROWS));
            case "region_applicants_by_type" -> view(tab, List.of("node", "enterprise", "university", "institute",
                    "individual", "government_other", "unknown"), filter(t.rows(), upperLevels, NODE_ROWS));
            case "region_inventors" -> view(tab, List.of("rank", "inventor", "count", "mean_cited_by", "recent_count",
                    "main_affiliation", "first_year", "last_year"), head(t.rows(), LIST_ROWS));
            case "structure_priorities" -> view(tab, List.of("priority", "action", "node", "quadrant", "region_count", "rta",
                    "global_cagr", "reasons"), head(t.rows(), LIST_ROWS));
            case "enterprise_targets" -> view(tab, List.of("rank", "applicant", "country", "province", "weak_node_count",
                    "recent_count", "reasons"), head(t.rows(), LIST_ROWS));
            case "local_potential_firms" -> view(tab, List.of("rank", "applicant", "count", "recent_count",
                    "previous_count", "reasons"), head(t.rows(), LIST_ROWS));
            case "talent_targets" -> view(tab, List.of("rank", "inventor", "affiliation", "weak_node_count", "recent_count",
                    "mean_cited_by", "reasons"), head(t.rows(), LIST_ROWS));
            case "cooperation_partners" -> view(tab, List.of("rank", "applicant", "type", "province", "weak_node_count",
                    "transferable_count", "reasons"), head(t.rows(), LIST_ROWS));
            case "co_applicant_network" -> view(tab, List.of("applicant_a", "applicant_b", "joint_count", "reasons"),
                    head(t.rows(), 10));
            case "operation_reserve" -> view(tab, List.of("category", "rank", "publication", "title", "status",
                    "applicants", "reasons"), filter(t.rows(), rank(tab, "rank", PER_NODE), Integer.MAX_VALUE));
            case "legal_status_by_node" -> view(tab, List.of("node", "records", "known", "active", "pending", "lapsed",
                    "active_share", "lapsed_share"), filter(t.rows(), upperLevels, NODE_ROWS));
            case "operation_by_year" -> view(tab, List.of("year", "records", "transferred", "licensed", "pledged", "litigated",
                    "operated", "operated_share"), tail(t.rows(), YEAR_ROWS));
            case "operation_by_holder" -> view(tab, List.of("rank", "applicant", "records", "transferred", "licensed",
                    "pledged", "litigated", "operated", "operated_share"), head(t.rows(), 10));
            case "legal_fields" -> view(tab, t.columns(), t.rows());
            default -> view(tab, t.columns(), head(t.rows(), LIST_ROWS));
        };
    }

    /** The column in the report's language: {@code x_zh} / {@code x_en} when the table has it, else {@code x}. */
    static String localized(Tab tab, String column, boolean en) {
        String variant = column + (en ? "_en" : "_zh");
        if (tab.has(variant)) {
            return variant;
        }
        return tab.has(column) ? column : null;
    }

    private TableView view(Tab tab, List<String> wanted, List<List<Object>> rows) {
        List<String> cols = new ArrayList<>();
        for (String c : wanted) {
            String l = localized(tab, c, w.en);
            if (l != null && !cols.contains(l)) {
                cols.add(l);
            }
        }
        List<String> headers = new ArrayList<>();
        List<Cells.Kind> kinds = new ArrayList<>();
        List<Boolean> numeric = new ArrayList<>();
        List<Boolean> series = new ArrayList<>();
        for (String c : cols) {
            // a declared column the report has no name for is named by data (a node, year or country): a series
            series.add(tab.table.kind(c).isPresent() && !Cells.named(c));
            headers.add(cells.header(tab.table.id(), c));
            Cells.Kind k = kindOf(tab, c);
            kinds.add(k);
            numeric.add(Cells.numeric(k));
        }
        List<List<String>> out = new ArrayList<>();
        for (List<Object> r : rows) {
            List<String> line = new ArrayList<>();
            for (int i = 0; i < cols.size(); i++) {
                line.add(cells.value(cols.get(i), kinds.get(i), r.get(tab.col(cols.get(i)))));
            }
            out.add(line);
        }
        String title = w.en ? w.places(tab.table.titleEn()) : tab.table.titleZh();
        if (title == null || title.isBlank()) {
            title = tab.table.id();
        }
        return new TableView(title, headers, out, numeric, tab.table.id(), tab.rows().size(),
                visibleColumns(tab), series);
    }

    /** How a column of the table prints: the producer's declaration, else from its name and first value. */
    private Cells.Kind kindOf(Tab tab, String c) {
        Object sample = null;
        for (List<Object> r : tab.rows()) {
            if (r.get(tab.col(c)) != null) {
                sample = r.get(tab.col(c));
                break;
            }
        }
        java.util.Optional<dev.navi.metrics.ColumnKind> declared = tab.table.kind(c);
        if (declared.isEmpty() && w.isNode(Cells.base(c))) {
            // an undeclared node-id column holds that node's numbers, whatever words its id contains
            declared = java.util.Optional.of(sample instanceof Double ? dev.navi.metrics.ColumnKind.INDEX
                    : dev.navi.metrics.ColumnKind.COUNT);
        }
        return Cells.kind(declared, c, sample);
    }

    /**
     * A cell of {@code t} as the report's tables print it (the summary and the text quote numbers through this, so
     * they read exactly as in the table they come from); the column in the report's language when it has variants.
     */
    String cell(MetricTable t, List<Object> row, String column) {
        Tab tab = new Tab(t);
        String c = localized(tab, column, w.en);
        if (c == null) {
            return Cells.NONE;
        }
        return cells.value(c, kindOf(tab, c), row.get(tab.col(c)));
    }

    /** Columns of the source table, counting a column and its language variant once. */
    private static int visibleColumns(Tab tab) {
        Set<String> bases = new LinkedHashSet<>();
        for (String c : tab.table.columns()) {
            bases.add(Cells.base(c));
        }
        return bases.size();
    }

    /** Rows of navi's standard names (tables that also list names as exported or groups carry a name_level). */
    private static Predicate<List<Object>> standardNames(Tab tab) {
        return r -> tab.str(r, "name_level") == null || "standard".equals(tab.str(r, "name_level"));
    }

    private static Predicate<List<Object>> rank(Tab tab, String column, int max) {
        return r -> {
            Double v = tab.num(r, column);
            return v != null && v <= max;
        };
    }

    static List<List<Object>> head(List<List<Object>> rows, int n) {
        return rows.subList(0, Math.min(n, rows.size()));
    }

    static List<List<Object>> tail(List<List<Object>> rows, int n) {
        return rows.subList(Math.max(0, rows.size() - n), rows.size());
    }

    static List<List<Object>> filter(List<List<Object>> rows, Predicate<List<Object>> keep, int n) {
        return rows.stream().filter(keep).limit(n).toList();
    }

    /** Core patents across all nodes, once each: by value score, normalised citations (missing last), publication. */
    private static List<List<Object>> corePatents(Tab tab) {
        Comparator<List<Object>> order = Comparator
                .comparing((List<Object> r) -> tab.num(r, "score") == null ? 1.0 : -tab.num(r, "score"))
                .thenComparing(r -> tab.num(r, "cohort_citations") == null ? 1.0 : -tab.num(r, "cohort_citations"))
                .thenComparing(r -> String.valueOf(tab.str(r, "publication")));
        List<List<Object>> sorted = new ArrayList<>(tab.rows());
        sorted.sort(order);
        Set<String> seen = new LinkedHashSet<>();
        List<List<Object>> out = new ArrayList<>();
        for (List<Object> r : sorted) {
            if (seen.add(String.valueOf(tab.str(r, "publication"))) && out.size() < 10) {
                out.add(r);
            }
        }
        return out;
    }
}
