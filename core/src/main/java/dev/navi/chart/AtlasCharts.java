package dev.navi.chart;

import dev.navi.chain.map.ChainMap;
import dev.navi.chain.map.ChainNode;
import dev.navi.clean.CountingUnit;
import dev.navi.metrics.MetricContext;
import dev.navi.metrics.MetricTable;
import dev.navi.metrics.positioning.PositioningRule;
import dev.navi.metrics.ModuleResult;
import org.jfree.chart.JFreeChart;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Draws the atlas's figures from the metric tables into a folder: PNG at print resolution (a chart laid out at
 * 800 × 500 pt, drawn at {@value #SCALE} px per pt, i.e. {@value #WIDTH} × {@value #HEIGHT} px at 288 dpi; the chain
 * tree and long bar charts are taller) and, on request, SVG. Names follow the project's language; every figure carries
 * a Chinese and an English caption and the id of the table it draws. In report order:
 * <ul>
 *   <li>overview: {@code chain_tree} (the chain map with each node's records, key products highlighted);</li>
 *   <li>direction: {@code trend} (lines: total and top-level segments), {@code trend_stacked} (areas by segment),
 *   {@code origin_stacked} (areas by origin: top 6 and other), {@code heatmap_node_year}, {@code heatmap_node_country},
 *   {@code life_cycle}, {@code life_cycle_2} … {@code life_cycle_4} (phase diagrams of the largest segments),
 *   {@code leading_applicants} (top 10 of the field), {@code heatmap_applicant_node} (top 15 × branches),
 *   {@code control_strength} (top 10 of the largest segment), {@code market_matrix} (origin → market);</li>
 *   <li>positioning (only with a region): {@code quadrant}, {@code peer_comparison} (RTA of the region and its peers),
 *   {@code ranking}, {@code ranking_heatmap} ({@link RankingCharts}), {@code province_map} and
 *   {@code province_map_segments} (the share of the national total by province: a schematic tile map, or the analyst's
 *   approved boundary map; {@link ProvinceMapCharts}).</li>
 * </ul>
 * A figure whose table is missing or empty is left out. Year axes show the analysed period, but a period longer than
 * {@value #MAX_YEARS} years starts at the later of the year by which 1% of the filings were made and the last
 * {@value #MAX_YEARS} years (the tables keep every year). The figures are rendered on up to two threads ({@link #start}
 * lets a caller place the first while later ones are drawn); each file depends only on its own chart, so the output
 * is the same whatever the scheduling.
 */
public final class AtlasCharts {
    /** Layout size in points of an ordinary figure. */
    static final int WIDTH_PT = 800;
    static final int HEIGHT_PT = 500;
    /** Pixels per point of the PNG files (288 dpi). */
    static final double SCALE = 4;
    static final int WIDTH = (int) (WIDTH_PT * SCALE);
    static final int HEIGHT = (int) (HEIGHT_PT * SCALE);
    /** Longest run of years a year axis shows. */
    static final int MAX_YEARS = 25;
    /** Top-level segments that get a phase diagram. */
    static final int MAX_PHASE_DIAGRAMS = 4;
    /** Countries shown separately in the stacked origin chart; the rest are summed as "other". */
    static final int TOP_ORIGINS = 6;
    static final int TOP_APPLICANTS = 10;
    static final int HEATMAP_APPLICANTS = 15;
    static final int MATRIX_ORIGINS = 10;
    static final int MATRIX_MARKETS = 8;
    /** Most rows of a node heat map before it moves up a level. */
    static final int MAX_HEATMAP_NODES = 25;
    private static final String UNKNOWN = "(unknown)";

    private AtlasCharts() {
    }

    /** {@link #write(MetricContext, Map, boolean, Path, boolean)} without SVG. */
    public static List<Figure> write(MetricContext ctx, Map<String, ModuleResult> modules, boolean english, Path dir)
            throws IOException {
        return write(ctx, modules, english, dir, false);
    }

    /**
     * Writes the figures into {@code dir} (created if missing) as {@code <id>.png} and, when {@code svg},
     * {@code <id>.svg}; returns them in report order.
     */
    public static List<Figure> write(MetricContext ctx, Map<String, ModuleResult> modules, boolean english, Path dir,
                                     boolean svg) throws IOException {
        return write(ctx, modules, english, dir, svg, null);
    }

    /**
     * {@link #write(MetricContext, Map, boolean, Path, boolean)} with the province map drawn from the analyst's
     * approved boundary map ({@code positioning.map} in the project file) instead of the schematic tile map; null for
     * the tile map.
     */
    public static List<Figure> write(MetricContext ctx, Map<String, ModuleResult> modules, boolean english, Path dir,
                                     boolean svg, dev.navi.clean.region.BoundaryMap boundaries) throws IOException {
        return start(ctx, modules, english, dir, svg, boundaries).all();
    }

    /**
     * Plans the figures and starts drawing them into {@code dir} on up to two threads; the returned {@link Drawing}
     * lists them at once and waits for one or all of them, so a caller can place the first figures (the Word report)
     * while the later ones are still being drawn.
     */
    public static Drawing start(MetricContext ctx, Map<String, ModuleResult> modules, boolean english, Path dir,
                                boolean svg, dev.navi.clean.region.BoundaryMap boundaries) throws IOException {
        Files.createDirectories(dir);
        List<Spec> specs = plan(ctx, modules, english, boundaries);
        int threads = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = dev.navi.concurrent.Daemons.pool("navi-charts", threads);
        List<Figure> figures = new ArrayList<>();
        List<Future<Figure>> futures = new ArrayList<>();
        try {
            for (Spec s : specs) {
                figures.add(figure(s, dir, svg));
                futures.add(pool.submit(() -> render(s, dir, svg)));
            }
        } catch (RuntimeException | Error e) {
            pool.shutdownNow();
            throw e;
        }
        pool.shutdown(); // the threads end when the last figure is drawn
        return new Drawing(figures, futures, pool);
    }

    /**
     * Figures being drawn ({@link #start}): their list, in report order, known before any is drawn, and a wait for one
     * or all. Each file depends only on its own chart, so what is written does not depend on who waits when.
     */
    public static final class Drawing {
        private final List<Figure> figures;
        private final List<Future<Figure>> futures;
        private final ExecutorService pool;

        private Drawing(List<Figure> figures, List<Future<Figure>> futures, ExecutorService pool) {
            this.figures = List.copyOf(figures);
            this.futures = List.copyOf(futures);
            this.pool = pool;
        }

        /** The figures in report order; their files exist once {@link #await} returns for them. */
        public List<Figure> figures() {
            return figures;
        }

        /**
         * Waits until {@code f}'s files are written; a figure that could not be drawn throws what drawing it threw
         * (an I/O error unchecked). A figure not of this drawing returns at once.
         */
        public void await(Figure f) {
            int i = figures.indexOf(f);
            if (i < 0) {
                return;
            }
            try {
                get(futures.get(i));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Waits for every figure and returns them in report order; stops the drawing at the first failure. */
        public List<Figure> all() throws IOException {
            try {
                List<Figure> out = new ArrayList<>();
                for (Future<Figure> f : futures) {
                    out.add(get(f));
                }
                return out;
            } finally {
                pool.shutdownNow();
            }
        }

        /** Stops drawing the figures not yet drawn (the run failed elsewhere); a no-op once {@link #all} returned. */
        public void stop() {
            pool.shutdownNow();
        }

        private static Figure get(Future<Figure> f) throws IOException {
            try {
                return f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while drawing the charts", e);
            } catch (ExecutionException e) {
                Throwable c = e.getCause();
                if (c instanceof UncheckedIOException u) {
                    throw u.getCause();
                }
                if (c instanceof RuntimeException r) {
                    throw r;
                }
                if (c instanceof Error err) {
                    throw err; // out of memory is the caller's to report as such, not an I/O error
                }
                throw new IOException("cannot draw a chart: " + c, c);
            }
        }
    }

    /**
     * One figure to draw.
     *
     * @param heightPt layout height in points (the width is always {@link #WIDTH_PT})
     */
    record Spec(String id, String titleZh, String titleEn, String section, String table, JFreeChart chart,
                int heightPt) {
    }

    /** The figure {@code s} becomes in {@code dir}, before it is drawn. */
    private static Figure figure(Spec s, Path dir, boolean svg) {
        return new Figure(s.id(), dir.resolve(s.id() + ".png"), svg ? dir.resolve(s.id() + ".svg") : null, s.titleZh(),
                s.titleEn(), s.section(), s.table());
    }

    private static Figure render(Spec s, Path dir, boolean svg) {
        try {
            Figure f = figure(s, dir, svg);
            try (OutputStream os = Files.newOutputStream(f.png())) {
                ChartWriter.png(s.chart(), os, (int) (WIDTH_PT * SCALE), (int) (s.heightPt() * SCALE), SCALE);
            }
            if (svg) {
                try (OutputStream os = Files.newOutputStream(f.svg())) {
                    ChartWriter.svg(s.chart(), os, WIDTH_PT, s.heightPt());
                }
            }
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The figures to draw, in report order, charts built but not rendered. */
    static List<Spec> plan(MetricContext ctx, Map<String, ModuleResult> modules, boolean english) {
        return plan(ctx, modules, english, null);
    }

    static List<Spec> plan(MetricContext ctx, Map<String, ModuleResult> modules, boolean english,
                           dev.navi.clean.region.BoundaryMap boundaries) {
        Plan p = new Plan(ctx, modules, english);
        p.chainTree();
        p.trend();
        p.trendStacked();
        p.originStacked();
        p.heatmapNodeYear();
        p.heatmapNodeCountry();
        p.lifeCycles();
        p.leadingApplicants();
        p.heatmapApplicantNode();
        p.controlStrength();
        p.marketMatrix();
        p.quadrant();
        p.peerComparison();
        p.specs.addAll(RankingCharts.plan(ctx, modules, english));
        p.specs.addAll(ProvinceMapCharts.plan(ctx, modules, english, boundaries));
        p.specs.addAll(IndustryCharts.plan(modules, ctx.region(), english));
        p.specs.addAll(LegalCharts.plan(ctx.map(), modules, english));
        return p.specs;
    }

    /** The state shared by the figure builders of one call. */
    private static final class Plan {
        final MetricContext ctx;
        final Map<String, ModuleResult> modules;
        final boolean en;
        final ChainMap map;
        /** Node names in the project's language (chart text), and in Chinese and English (captions). */
        final Map<String, String> names = new LinkedHashMap<>();
        final Map<String, String> namesZh = new LinkedHashMap<>();
        final Map<String, String> namesEn = new LinkedHashMap<>();
        final Map<String, Long> nodeCounts = new HashMap<>();
        final List<Spec> specs = new ArrayList<>();
        /** The value-axis title of filing counts, and the counting unit alone, in the project's language. */
        final String unit;
        final String unitText;

        Plan(MetricContext ctx, Map<String, ModuleResult> modules, boolean english) {
            this.ctx = ctx;
            this.modules = modules;
            this.en = english;
            this.map = ctx.map();
            for (ChainNode n : map.nodes()) {
                names.put(n.id(), n.name(english ? "en" : "zh"));
                namesZh.put(n.id(), n.name("zh"));
                namesEn.put(n.id(), n.name("en"));
            }
            MetricTable g = table("direction", "growth_by_node");
            if (g != null) {
                for (List<Object> r : g.rows()) {
                    if (cell(g, r, "total") instanceof Number n) {
                        nodeCounts.put(String.valueOf(cell(g, r, "node")), n.longValue());
                    }
                }
            } else {
                for (ChainNode n : map.nodes()) {
                    nodeCounts.put(n.id(), ctx.records().stream().filter(r -> r.nodes().contains(n.id())).count());
                }
                // the chain's root counts the tagged records, as growth_by_node's whole-chain row does
                nodeCounts.put("(all)", ctx.records().stream().filter(r -> !r.nodes().isEmpty()).count());
            }
            this.unitText = english ? ctx.unit() : unitZh(ctx.unit());
            this.unit = english ? "Filings (" + ctx.unit() + ")" : "申请量（" + unitText + "）";
        }

        /** The counting unit as a Chinese phrase (按同族计). */
        static String unitZh(String unit) {
            String name = CountingUnit.nameZh(unit);
            return name.equals(unit) ? unit : "按" + name + "计";
        }

        String t(String zh, String english) {
            return en ? english : zh;
        }

        void add(String id, String zh, String english, String section, String table, JFreeChart chart) {
            add(id, zh, english, section, table, chart, HEIGHT_PT);
        }

        void add(String id, String zh, String english, String section, String table, JFreeChart chart, int heightPt) {
            specs.add(new Spec(id, zh, english, section, table, chart, heightPt));
        }

        MetricTable table(String module, String id) {
            ModuleResult m = modules.get(module);
            MetricTable t = m == null ? null
                    : m.tables().stream().filter(x -> x.id().equals(id)).findFirst().orElse(null);
            return t == null || t.rows().isEmpty() ? null : t;
        }

        long count(String nodeId) {
            return nodeCounts.getOrDefault(nodeId, 0L);
        }

        /** Top-level segments, or the children of a single top-level node. */
        List<ChainNode> segments() {
            if (map.roots().size() == 1 && !map.roots().get(0).children().isEmpty()) {
                return map.roots().get(0).children();
            }
            return map.roots();
        }

        /** Segments by records descending, ties in map order. */
        List<ChainNode> largestSegments() {
            List<ChainNode> s = new ArrayList<>(segments());
            s.sort(Comparator.comparingLong((ChainNode n) -> -count(n.id())));
            return s;
        }

        /** Nodes of one level (1 = top level), in map order. */
        List<ChainNode> level(int level) {
            return map.entries().stream().filter(e -> e.level() == level).map(ChainMap.Entry::node).toList();
        }

        /** Rows of a node heat map: the leaves, else level-2 nodes, else the top level, whichever first fits. */
        List<ChainNode> heatmapNodes() {
            List<ChainNode> leaves = map.nodes().stream().filter(ChainNode::isLeaf).toList();
            if (leaves.size() <= MAX_HEATMAP_NODES) {
                return leaves;
            }
            List<ChainNode> two = level(2);
            return !two.isEmpty() && two.size() <= MAX_HEATMAP_NODES ? two : level(1);
        }

        /** Branch columns of the applicant heat map: level 2 when there are 3–15 such nodes, else the top level. */
        List<ChainNode> branchColumns() {
            List<ChainNode> two = level(2);
            return two.size() >= 3 && two.size() <= 15 ? two : level(1);
        }

        // ------------------------------------------------------------ overview

        void chainTree() {
            String industry = en ? (map.nameEn() != null ? map.nameEn() : map.nameZh())
                    : (map.nameZh() != null ? map.nameZh() : map.nameEn());
            List<Charts.TreeNode> kids = map.roots().stream().map(this::treeNode).toList();
            Charts.TreeNode root = new Charts.TreeNode(industry, count("(all)"), false, kids);
            int leaves = ChainTreePlot.leafCount(root);
            int height = Math.max(HEIGHT_PT, Math.min(1100, leaves * 24 + 100));
            add("chain_tree", "产业链结构及各环节专利数量", "Industry chain map with filings per node", "overview",
                    "growth_by_node", Charts.note(Charts.chainTree(t("产业链结构及各环节专利数量（" + unitText + "）",
                            "Industry chain map with filings per node (" + ctx.unit() + ")"), root,
                            t("关键产品/零部件", "Key product or component")),
                            t("注：上级环节包含下级环节的专利；一件专利可属于多个环节。",
                                    "A node includes its branches' filings; a filing can belong to several nodes.")),
                    height);
        }

        Charts.TreeNode treeNode(ChainNode n) {
            return new Charts.TreeNode(names.get(n.id()), count(n.id()), n.keyProduct(),
                    n.children().stream().map(this::treeNode).toList());
        }

        // ------------------------------------------------------------ direction

        void trend() {
            MetricTable trend = table("direction", "trend_by_year");
            if (trend == null) {
                return;
            }
            int[] years = displayYears(column(trend, "total"));
            Map<String, Map<Integer, Number>> series = new LinkedHashMap<>();
            series.put(t("合计", "All"), clip(column(trend, "total"), years));
            for (ChainNode root : segments()) {
                series.put(names.get(root.id()), clip(column(trend, root.id()), years));
            }
            add("trend", "专利申请趋势", "Filings by year", "direction", "trend_by_year",
                    Charts.trendLines(t("专利申请趋势", "Filings by year"), unit, series, ctx.lastCompleteYear() + 1,
                            t("数据不完整", "incomplete")));
        }

        void trendStacked() {
            // the partition (each record once: its segment, several segments, or untagged) stacks to the true total;
            // the overlapping per-node counts of trend_by_year would stack above it
            MetricTable parts = table("direction", "segment_by_year");
            if (parts == null) {
                return;
            }
            // the segment columns are the table's, between total and several
            List<String> segs = parts.columns().subList(parts.columns().indexOf("total") + 1,
                    parts.columns().indexOf(dev.navi.metrics.direction.DirectionModule.SEVERAL));
            if (segs.size() < 2) {
                return;
            }
            int[] years = displayYears(column(parts, "total"));
            Map<String, Map<Integer, Number>> series = new LinkedHashMap<>();
            for (String seg : segs) {
                series.put(t("仅", "Only ") + names.getOrDefault(seg, seg), clip(column(parts, seg), years));
            }
            series.put(t("多个环节", "Several segments"), clip(column(parts, dev.navi.metrics.direction.DirectionModule.SEVERAL), years));
            series.put(t("未标引", "Untagged"), clip(column(parts, dev.navi.metrics.direction.DirectionModule.UNTAGGED), years));
            add("trend_stacked", "各环节申请量构成（每件只计一次）", "Filings by segment, each record once", "direction",
                    "segment_by_year",
                    Charts.note(Charts.stackedArea(t("各环节申请量构成（每件只计一次）", "Filings by segment, each record once"),
                            unit, series, ctx.lastCompleteYear() + 1, t("数据不完整", "incomplete")),
                            t("注：每件专利只计一次——仅属一个一级环节的计入该环节，属多个环节的计入“多个环节”，未匹配任何环节的计入“未标引”；各层之和等于申请总量。",
                                    "Each filing counts once: in its segment when it has one, in \"several segments\" when it "
                                            + "has more, in \"untagged\" when it matches no node; the layers add up to the total.")));
        }

        void originStacked() {
            MetricTable o = table("direction", "origin_by_year");
            if (o == null) {
                return;
            }
            Map<Integer, Number> totals = new LinkedHashMap<>();
            List<String> yearCols = o.columns().stream().filter(c -> c.matches("\\d{4}")).toList();
            Map<String, Map<Integer, Number>> byOrigin = new LinkedHashMap<>();
            for (List<Object> r : o.rows()) {
                Map<Integer, Number> m = new LinkedHashMap<>();
                for (String y : yearCols) {
                    long v = ((Number) cell(o, r, y)).longValue();
                    m.put(Integer.parseInt(y), v);
                    totals.merge(Integer.parseInt(y), v, (a, b) -> a.longValue() + b.longValue());
                }
                byOrigin.put(String.valueOf(cell(o, r, "origin")), m);
            }
            int[] years = displayYears(totals);
            Map<String, Map<Integer, Number>> series = topAndOther(byOrigin, TOP_ORIGINS, t("其他", "Other"),
                    code -> Countries.name(code, en));
            series.replaceAll((k, v) -> clip(v, years));
            add("origin_stacked", "技术来源国申请趋势", "Filings by country of origin", "direction", "origin_by_year",
                    Charts.stackedArea(t("技术来源国申请趋势", "Filings by country of origin"), unit, series,
                            ctx.lastCompleteYear() + 1, t("数据不完整", "incomplete")));
        }

        void heatmapNodeYear() {
            MetricTable trend = table("direction", "trend_by_year");
            if (trend == null) {
                return;
            }
            int[] years = displayYears(column(trend, "total"));
            List<ChainNode> rows = heatmapNodes();
            List<String> cols = new ArrayList<>();
            boolean anyIncomplete = false;
            for (int y = years[0]; y <= years[1]; y++) {
                boolean incomplete = y > ctx.lastCompleteYear();
                anyIncomplete |= incomplete;
                cols.add(incomplete ? y + "*" : String.valueOf(y));
            }
            double[][] values = new double[rows.size()][cols.size()];
            for (int i = 0; i < rows.size(); i++) {
                Map<Integer, Number> c = column(trend, rows.get(i).id());
                for (int j = 0; j < cols.size(); j++) {
                    Number v = c.get(years[0] + j);
                    values[i][j] = v == null ? Double.NaN : v.doubleValue();
                }
            }
            JFreeChart chart = Charts.heatMap(t("技术分支年度申请热力图", "Filings by branch and year"),
                    rows.stream().map(n -> names.get(n.id())).toList(), cols, values, null,
                    t(ctx.basis().zh(), ctx.basis().en().substring(0, 1).toUpperCase(Locale.ROOT) + ctx.basis().en().substring(1)), false);
            if (anyIncomplete) {
                Charts.note(chart, t("* 数据不完整（18个月公开滞后）", "* incomplete (18-month publication lag)"));
            }
            add("heatmap_node_year", "技术分支年度申请热力图", "Filings by branch and year", "direction", "trend_by_year",
                    chart);
        }

        void heatmapNodeCountry() {
            MetricTable o = table("direction", "origin_by_node");
            if (o == null) {
                return;
            }
            List<String> origins = o.columns().subList(o.columns().indexOf("records") + 1, o.columns().size()).stream()
                    .filter(c -> !UNKNOWN.equals(c)).limit(MATRIX_ORIGINS).toList();
            if (origins.isEmpty()) {
                return;
            }
            Map<String, List<Object>> byNode = new HashMap<>();
            o.rows().forEach(r -> byNode.put(String.valueOf(cell(o, r, "node")), r));
            List<ChainNode> rows = heatmapNodes().stream().filter(n -> byNode.containsKey(n.id())).toList();
            double[][] values = new double[rows.size()][origins.size()];
            for (int i = 0; i < rows.size(); i++) {
                for (int j = 0; j < origins.size(); j++) {
                    values[i][j] = ((Number) cell(o, byNode.get(rows.get(i).id()), origins.get(j))).doubleValue();
                }
            }
            add("heatmap_node_country", "技术分支—来源国热力图", "Filings by branch and country of origin", "direction",
                    "origin_by_node", Charts.heatMap(t("技术分支—来源国申请热力图", "Filings by branch and country of origin"),
                            rows.stream().map(n -> names.get(n.id())).toList(),
                            origins.stream().map(c -> Countries.name(c, en)).toList(), values, null,
                            t("技术来源国", "Country of origin"), true));
        }

        void lifeCycles() {
            MetricTable phase = table("direction", "phase_diagram");
            if (phase == null) {
                return;
            }
            MetricTable stages = table("direction", "life_cycle");
            int k = 0;
            for (ChainNode seg : largestSegments()) {
                if (k == MAX_PHASE_DIAGRAMS) {
                    break;
                }
                List<int[]> points = new ArrayList<>();
                for (List<Object> r : phase.rows()) {
                    if (seg.id().equals(cell(phase, r, "node")) && "yes".equals(cell(phase, r, "complete"))
                            && ((Number) cell(phase, r, "filings")).longValue() > 0) {
                        points.add(new int[] {((Number) cell(phase, r, "year")).intValue(),
                                ((Number) cell(phase, r, "filings")).intValue(),
                                ((Number) cell(phase, r, "applicants")).intValue()});
                    }
                }
                points = clipPoints(points);
                if (points.size() < 2) {
                    continue;
                }
                String stage = null;
                if (stages != null) {
                    for (List<Object> r : stages.rows()) {
                        if (seg.id().equals(cell(stages, r, "node"))) {
                            Object st = cell(stages, r, en ? "stage" : "stage_zh");
                            stage = st == null ? null : (en ? "Stage: " : "阶段：") + st;
                        }
                    }
                }
                String name = names.get(seg.id());
                k++;
                add(k == 1 ? "life_cycle" : "life_cycle_" + k, "技术生命周期：" + namesZh.get(seg.id()),
                        "Technology life cycle: " + namesEn.get(seg.id()), "direction", "phase_diagram",
                        Charts.phaseDiagram(t("技术生命周期：", "Technology life cycle: ") + name, points, stage,
                                unit, t("申请人数", "Applicants")));
            }
        }

        /** The phase points of the displayed years (a long history starts where the year axes start). */
        List<int[]> clipPoints(List<int[]> points) {
            Map<Integer, Number> filings = new LinkedHashMap<>();
            points.forEach(p -> filings.put(p[0], p[1]));
            int[] years = displayYears(filings);
            return points.stream().filter(p -> p[0] >= years[0] && p[0] <= years[1]).toList();
        }

        void leadingApplicants() {
            MetricTable a = table("direction", "applicant_by_node");
            List<String> labels = new ArrayList<>();
            List<Number> counts = new ArrayList<>();
            if (a != null) {
                for (List<Object> r : a.rows()) {
                    if (labels.size() < TOP_APPLICANTS) {
                        labels.add(String.valueOf(cell(a, r, "applicant")));
                        counts.add((Number) cell(a, r, "total"));
                    }
                }
                add("leading_applicants", "主要申请人排名", "Leading applicants", "direction", "applicant_by_node",
                        Charts.rankedBars(t("主要申请人排名（前" + TOP_APPLICANTS + "位，" + unitText + "）",
                                "Top " + TOP_APPLICANTS + " applicants (" + ctx.unit() + ")"), labels, counts));
                return;
            }
            MetricTable leading = table("direction", "leading_applicants");
            if (leading == null) {
                return;
            }
            String top = largestSegments().get(0).id();
            for (List<Object> r : leading.rows()) {
                Object level = leading.columns().contains("name_level") ? cell(leading, r, "name_level") : "standard";
                if (top.equals(cell(leading, r, "node")) && "standard".equals(level) && labels.size() < TOP_APPLICANTS) {
                    labels.add(String.valueOf(cell(leading, r, "applicant")));
                    counts.add((Number) cell(leading, r, "count"));
                }
            }
            if (!labels.isEmpty()) {
                add("leading_applicants", "主要申请人：" + namesZh.get(top), "Leading applicants: " + namesEn.get(top),
                        "direction", "leading_applicants", Charts.rankedBars(t("主要申请人：", "Leading applicants: ")
                                + names.get(top), labels, counts));
            }
        }

        void heatmapApplicantNode() {
            MetricTable a = table("direction", "applicant_by_node");
            if (a == null) {
                return;
            }
            List<ChainNode> cols = branchColumns().stream().filter(n -> a.columns().contains(n.id())).toList();
            List<List<Object>> rows = a.rows().stream().limit(HEATMAP_APPLICANTS).toList();
            if (cols.isEmpty()) {
                return;
            }
            double[][] values = new double[rows.size()][cols.size()];
            for (int i = 0; i < rows.size(); i++) {
                for (int j = 0; j < cols.size(); j++) {
                    values[i][j] = ((Number) cell(a, rows.get(i), cols.get(j).id())).doubleValue();
                }
            }
            add("heatmap_applicant_node", "主要申请人技术分支分布", "Leading applicants by branch", "direction",
                    "applicant_by_node", Charts.heatMap(t("主要申请人技术分支分布", "Leading applicants by branch"),
                            rows.stream().map(r -> String.valueOf(cell(a, r, "applicant"))).toList(),
                            cols.stream().map(n -> names.get(n.id())).toList(), values, null, null, false),
                    HEIGHT_PT + Math.max(0, rows.size() - 12) * 20);
        }

        void controlStrength() {
            MetricTable c = table("direction", "control_strength");
            if (c == null || segments().isEmpty()) {
                return;
            }
            String seg = largestSegments().get(0).id();
            List<List<Object>> rows = c.rows().stream()
                    .filter(r -> seg.equals(cell(c, r, "node")) && "applicant".equals(cell(c, r, "level")))
                    .limit(TOP_APPLICANTS).toList();
            if (rows.isEmpty()) {
                return;
            }
            List<String> cols = List.of("combined", "technology_control", "product_control", "market_control");
            List<String> labels = en ? List.of("Combined", "Technology", "Product", "Market")
                    : List.of("综合控制力", "技术控制力", "产品控制力", "市场控制力");
            // a component undefined for every applicant (product control of a segment without key products) is left
            // out rather than shown as an empty legend entry
            List<String> series = new ArrayList<>();
            List<double[]> kept = new ArrayList<>();
            for (int s = 0; s < cols.size(); s++) {
                double[] v = new double[rows.size()];
                boolean any = false;
                for (int i = 0; i < rows.size(); i++) {
                    v[i] = cell(c, rows.get(i), cols.get(s)) instanceof Number n ? n.doubleValue() : Double.NaN;
                    any |= !Double.isNaN(v[i]);
                }
                if (any) {
                    series.add(labels.get(s));
                    kept.add(v);
                }
            }
            double[][] values = kept.toArray(double[][]::new);
            NumberFormat pct = NumberFormat.getPercentInstance(Locale.ROOT);
            String name = names.get(seg);
            add("control_strength", "专利控制力：" + namesZh.get(seg), "Patent control strength: " + namesEn.get(seg),
                    "direction",
                    "control_strength", Charts.groupedBars(t("专利控制力：", "Patent control strength: ") + name
                                    + t("（前" + rows.size() + "位申请人）", " (top " + rows.size() + " applicants)"),
                            rows.stream().map(r -> String.valueOf(cell(c, r, "actor"))).toList(), series, values,
                            t("控制力（0–100%）", "Control (0–100%)"), pct, null),
                    barHeight(rows.size(), series.size()));
        }

        void marketMatrix() {
            MetricTable f = table("direction", "market_flow");
            if (f == null) {
                return;
            }
            List<String> markets = f.columns().subList(f.columns().indexOf("records") + 1, f.columns().size()).stream()
                    .filter(c -> !UNKNOWN.equals(c)).limit(MATRIX_MARKETS).toList();
            List<List<Object>> rows = f.rows().stream().filter(r -> !UNKNOWN.equals(cell(f, r, "origin")))
                    .limit(MATRIX_ORIGINS).toList();
            if (markets.isEmpty() || rows.isEmpty()) {
                return;
            }
            double[][] values = new double[rows.size()][markets.size()];
            for (int i = 0; i < rows.size(); i++) {
                for (int j = 0; j < markets.size(); j++) {
                    values[i][j] = ((Number) cell(f, rows.get(i), markets.get(j))).doubleValue();
                }
            }
            add("market_matrix", "技术来源国—目标市场流向", "Origin → target market flows", "direction", "market_flow",
                    Charts.heatMap(t("技术来源国—目标市场流向（" + unitText + "）",
                                    "Origin → target market flows (" + ctx.unit() + ")"),
                            rows.stream().map(r -> Countries.name(String.valueOf(cell(f, r, "origin")), en)).toList(),
                            markets.stream().map(m -> Countries.name(m, en)).toList(), values,
                            t("技术来源国", "Country of origin"), t("目标市场", "Target market"), true));
        }

        // ------------------------------------------------------------ positioning

        void quadrant() {
            MetricTable region = table("positioning", "region_by_node");
            if (region == null || ctx.region() == null) {
                return;
            }
            // the growth line is the positioning rule's benchmark, the very number the table's quadrants used
            PositioningRule rule = PositioningRule.from(table("positioning", PositioningRule.TABLE_ID)).orElse(null);
            if (rule == null) {
                return;
            }
            List<String> labels = new ArrayList<>();
            List<String> unplotted = new ArrayList<>();
            List<double[]> xy = new ArrayList<>();
            for (List<Object> r : region.rows()) {
                String id = String.valueOf(cell(region, r, "node"));
                if (!map.node(id).map(ChainNode::isLeaf).orElse(false)) {
                    continue;
                }
                if (cell(region, r, "rta") instanceof Number x && cell(region, r, "region_cagr") instanceof Number y) {
                    labels.add(names.get(id));
                    Object c = cell(region, r, "region_count");
                    xy.add(new double[] {x.doubleValue(), y.doubleValue(), c instanceof Number n ? n.doubleValue() : 1});
                } else {
                    unplotted.add(names.get(id));
                }
            }
            if (labels.isEmpty()) {
                return;
            }
            double[] x = xy.stream().mapToDouble(v -> v[0]).toArray();
            double[] y = xy.stream().mapToDouble(v -> v[1]).toArray();
            double[] size = xy.stream().mapToDouble(v -> Math.max(1, v[2])).toArray();
            String label = dev.navi.metrics.positioning.RegionScope.label(ctx.region(), en);
            JFreeChart chart = Charts.quadrant(t("区域定位：", "Regional position: ") + label, labels, x, y,
                    rule.rtaThreshold(), rule.growthBenchmark(), size,
                    en ? Charts.QuadrantNames.ENGLISH : Charts.QuadrantNames.DEFAULT,
                    t("专业化指数 RTA", "Relative technological advantage (RTA)"),
                    t("区域年均增长率（" + rule.growthFrom() + "–" + rule.growthTo() + "年）",
                            "Regional growth (CAGR " + rule.growthFrom() + "–" + rule.growthTo() + ")"));
            String note = t("虚线：RTA = " + rule.rtaThreshold() + "；增长基准 " + pct(rule.growthBenchmark()),
                    "Dashed lines: RTA = " + rule.rtaThreshold() + "; growth benchmark " + pct(rule.growthBenchmark()));
            if (!unplotted.isEmpty()) {
                note += t("。未绘出（增长率不适用，近" + (rule.growthTo() - rule.growthFrom() + 1) + "年不足" + rule.minGrowthBase()
                                + "项）：" + String.join("、", unplotted),
                        ". Not drawn (growth n/a, fewer than " + rule.minGrowthBase() + " filings in "
                                + rule.growthFrom() + "–" + rule.growthTo() + "): " + String.join(", ", unplotted));
            }
            add("quadrant", "区域定位：" + label, "Regional position: " + label, "positioning", "region_by_node",
                    Charts.note(chart, note));
            ((org.jfree.chart.axis.NumberAxis) chart.getXYPlot().getRangeAxis())
                    .setNumberFormatOverride(NumberFormat.getPercentInstance(Locale.ROOT));
        }

        String pct(double v) {
            return String.format(Locale.ROOT, "%.1f%%", 100 * v);
        }

        void peerComparison() {
            MetricTable p = table("positioning", "peer_comparison");
            if (p == null || ctx.region() == null) {
                return;
            }
            List<String> regions = p.columns().stream().filter(c -> c.endsWith("_rta"))
                    .map(c -> c.substring(0, c.length() - "_rta".length())).toList();
            // the legend names the regions in the atlas's language (四川省 → Sichuan); the columns keep the project's names
            List<String> regionNames = regions.stream().map(r -> en
                    ? dev.navi.clean.region.ChinaDivisions.standard().latinName(r).orElse(dev.navi.clean.region.Countries.label(r, true))
                    : r).toList();
            if (regions.size() < 2) {
                return;
            }
            Map<String, List<Object>> byNode = new HashMap<>();
            p.rows().forEach(r -> byNode.put(String.valueOf(cell(p, r, "node")), r));
            List<ChainNode> nodes = branchColumns().stream().filter(n -> byNode.containsKey(n.id())).toList();
            if (nodes.isEmpty()) {
                return;
            }
            double[][] values = new double[regions.size()][nodes.size()];
            for (int s = 0; s < regions.size(); s++) {
                for (int i = 0; i < nodes.size(); i++) {
                    Object v = cell(p, byNode.get(nodes.get(i).id()), regions.get(s) + "_rta");
                    values[s][i] = v instanceof Number n ? n.doubleValue() : Double.NaN;
                }
            }
            NumberFormat two = NumberFormat.getNumberInstance(Locale.ROOT);
            two.setMinimumFractionDigits(1);
            two.setMaximumFractionDigits(2);
            String label = dev.navi.metrics.positioning.RegionScope.label(ctx.region(), en);
            add("peer_comparison", label + "与对标地区专业化指数比较", "Specialisation (RTA) of " + label + " and its peers",
                    "positioning", "peer_comparison",
                    Charts.groupedBars(t(label + "与对标地区专业化指数（RTA）比较", "Specialisation (RTA): " + label
                                    + " and peers"), nodes.stream().map(n -> names.get(n.id())).toList(), regionNames,
                            values, t("专业化指数 RTA（1 = 全球平均）", "RTA (1 = world average)"), two, 1.0),
                    barHeight(nodes.size(), regions.size()));
        }
    }

    /** Height of a grouped bar chart: about 9 pt per bar, at least the ordinary height, at most 1000 pt. */
    static int barHeight(int categories, int series) {
        return Math.max(HEIGHT_PT, Math.min(1000, categories * (series * 9 + 8) + 140));
    }

    /**
     * The years a year axis shows, {first, last}: from the first year with filings (the first year when none has) to
     * the last year; a run longer than {@link #MAX_YEARS} starts at the later of the year by which 1% of the filings
     * were made and the last {@value #MAX_YEARS} years.
     */
    static int[] displayYears(Map<Integer, Number> counts) {
        List<Integer> years = counts.keySet().stream().sorted().toList();
        if (years.isEmpty()) {
            return new int[] {0, -1};
        }
        int last = years.get(years.size() - 1);
        double total = counts.values().stream().filter(Objects::nonNull).mapToDouble(Number::doubleValue).sum();
        int first = years.get(0);
        for (int y : years) {
            Number v = counts.get(y);
            if (v != null && v.doubleValue() > 0) {
                first = y;
                break;
            }
        }
        if (last - first + 1 <= MAX_YEARS) {
            return new int[] {first, last};
        }
        double cum = 0;
        int onePercent = first;
        for (int y : years) {
            Number v = counts.get(y);
            cum += v == null ? 0 : v.doubleValue();
            if (cum >= 0.01 * total) {
                onePercent = y;
                break;
            }
        }
        return new int[] {Math.max(onePercent, last - MAX_YEARS + 1), last};
    }

    /** {@code series} restricted to the years {@code years[0]..years[1]}. */
    static Map<Integer, Number> clip(Map<Integer, Number> series, int[] years) {
        Map<Integer, Number> out = new LinkedHashMap<>();
        series.forEach((y, v) -> {
            if (y >= years[0] && y <= years[1]) {
                out.put(y, v);
            }
        });
        return out;
    }

    /**
     * The {@code top} series with the most filings (ties in the given order; the unknown origin never counts as one of
     * them) under their display names, then the sum of all the others as {@code otherLabel} (left out when there are
     * none). Years are the union of all series.
     */
    static Map<String, Map<Integer, Number>> topAndOther(Map<String, Map<Integer, Number>> series, int top,
                                                         String otherLabel, Function<String, String> displayName) {
        List<String> keys = new ArrayList<>(series.keySet());
        Map<String, Double> totals = new HashMap<>();
        series.forEach((k, m) -> totals.put(k, m.values().stream().filter(Objects::nonNull)
                .mapToDouble(Number::doubleValue).sum()));
        List<String> ranked = keys.stream().filter(k -> !UNKNOWN.equals(k))
                .sorted(Comparator.comparingDouble((String k) -> -totals.get(k))).limit(top).toList();
        Map<String, Map<Integer, Number>> out = new LinkedHashMap<>();
        ranked.forEach(k -> out.put(displayName.apply(k), series.get(k)));
        Map<Integer, Number> other = new java.util.TreeMap<>();
        boolean any = false;
        for (String k : keys) {
            if (!ranked.contains(k)) {
                any = true;
                series.get(k).forEach((y, v) -> other.merge(y, v == null ? 0L : v.longValue(),
                        (a, b) -> a.longValue() + b.longValue()));
            }
        }
        if (any) {
            out.put(otherLabel, other);
        }
        return out;
    }

    private static Object cell(MetricTable t, List<Object> row, String column) {
        int i = t.columns().indexOf(column);
        return i < 0 ? null : row.get(i);
    }

    private static Map<Integer, Number> column(MetricTable t, String name) {
        int c = t.columns().indexOf(name);
        Map<Integer, Number> out = new LinkedHashMap<>();
        if (c < 0) {
            return out;
        }
        for (List<Object> r : t.rows()) {
            out.put(((Number) r.get(0)).intValue(), (Number) r.get(c));
        }
        return out;
    }
}
