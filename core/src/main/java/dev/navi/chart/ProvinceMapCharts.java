package dev.navi.chart;

import dev.navi.chain.map.ChainMap;
import dev.navi.chain.map.ChainNode;
import dev.navi.clean.region.BoundaryMap;
import dev.navi.clean.region.ChinaDivisions;
import dev.navi.clean.region.Division;
import dev.navi.metrics.MetricContext;
import dev.navi.metrics.MetricTable;
import dev.navi.metrics.ModuleResult;
import dev.navi.metrics.positioning.RegionRanking;
import dev.navi.metrics.positioning.RegionScope;
import dev.navi.text.Percent;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The positioning module's province map (全国各省份额分布图), drawn from {@code region_ranking}'s province rows whenever
 * the table has them (a province region; a city region, whose province is ranked too; China as the region):
 * {@code province_map} colours every provincial-level division by its share of the national total over the whole
 * chain, {@code province_map_segments} does so per top-level segment (2 to {@value #MAX_PANELS} of them), one panel
 * each. The number on a place is the table's {@code share} printed by {@link Percent#of} — the same text the report's
 * ranking table and sentences print.
 *
 * <p><b>Form.</b> By default a schematic tile map: every division one same-size square at its approximate position
 * ({@link ProvinceTiles}), the South China Sea Islands a labelled tile, so the whole country is there and no boundary is
 * drawn — a schematic (示意图) needs no boundary data and no map approval number. With an approved boundary file
 * ({@code positioning.map} in the project file, {@link BoundaryMap}) the divisions are drawn from it instead and the
 * caption carries its approval number (审图号).
 *
 * <p><b>Colour classes</b>, defined once here: fixed breaks at {@link #BREAKS} (1 %, 2 %, 5 %, 10 % of the national
 * total; lower bound included) on the share as printed (rounded to 0.1 %), so a tile that reads "5.0%" is in the 5–10 %
 * class. Fixed rather than quantile breaks so that the whole-chain map, the segment maps and next month's atlas use
 * the same colours for the same share — quantiles of 34 mostly small values jump from map to map. A division without
 * filings in the node (count 0) is {@link #NO_FILINGS} light grey, said so in the legend. Colours: ColorBrewer's
 * sequential Blues (5 of the 6-class scheme, lightest left out so that the first class stands apart from the grey).
 */
final class ProvinceMapCharts {
    /** Class breaks on the share of the national total (fractions), lower bound included. */
    static final List<Double> BREAKS = List.of(0.01, 0.02, 0.05, 0.10);
    /** One colour per class, light to dark (ColorBrewer Blues). */
    static final List<Color> CLASS_COLOURS = List.of(new Color(0xC6DBEF), new Color(0x9ECAE1), new Color(0x6BAED6),
            new Color(0x3182BD), new Color(0x08519C));
    /** Classes from which labels are white. */
    static final int FIRST_DARK_CLASS = 3;
    /** The class of a division without filings. */
    static final int NONE = -1;
    static final Color NO_FILINGS = new Color(0xEDEDED);
    /** Most segment panels. */
    static final int MAX_PANELS = 6;
    static final int HEIGHT_PT = 600;

    private ProvinceMapCharts() {
    }

    /**
     * The colour class of a division: {@link #NONE} without filings (or without a share), else the number of breaks at
     * or below its share as printed.
     */
    static int classOf(long count, Double share) {
        if (count <= 0 || share == null) {
            return NONE;
        }
        double v = Percent.rounded(share);
        int c = 0;
        while (c < BREAKS.size() && v >= BREAKS.get(c)) {
            c++;
        }
        return c;
    }

    /** The legend text of class {@code c}: {@code <1%}, {@code 1–2%} … {@code ≥10%}. */
    static String classLabel(int c) {
        if (c == 0) {
            return "<" + pct(BREAKS.get(0));
        }
        if (c == BREAKS.size()) {
            return "≥" + pct(BREAKS.get(c - 1));
        }
        return pct(BREAKS.get(c - 1)).replace("%", "") + "–" + pct(BREAKS.get(c));
    }

    private static String pct(double v) {
        return Math.round(v * 100) + "%";
    }

    static List<AtlasCharts.Spec> plan(MetricContext ctx, Map<String, ModuleResult> modules, boolean en,
                                       BoundaryMap boundaries) {
        List<AtlasCharts.Spec> out = new ArrayList<>();
        ModuleResult m = modules.get("positioning");
        if (m == null || ctx.region() == null) {
            return out;
        }
        MetricTable t = m.tables().stream().filter(x -> x.id().equals(RegionRanking.TABLE_ID)).findFirst().orElse(null);
        if (t == null || t.rows().stream().noneMatch(r -> "province".equals(cell(t, r, "level")))) {
            return out;
        }
        List<ProvinceMapPlot.Place> places = boundaries == null ? tilePlaces(en) : boundaryPlaces(boundaries, en);
        boolean tiles = boundaries == null;
        String label = RegionScope.label(ctx.region());
        String approval = boundaries == null ? null : boundaries.approval();

        // ---- the whole chain ----
        ProvinceMapPlot.Panel all = panel(t, RegionRanking.ALL, null);
        JFreeChart chart = chart(en ? "Provinces' share of the national total (all nodes)" : "各省级地区占全国份额（全部环节）",
                places, List.of(all), 1, tiles, en, t, approval);
        out.add(new AtlasCharts.Spec("province_map", caption("各省级地区占全国份额分布（全部环节", label, tiles, approval, false),
                caption("Provinces' share of the national total (all nodes", label, tiles, approval, true), "positioning",
                RegionRanking.TABLE_ID, chart, HEIGHT_PT));

        // ---- one panel per top-level segment ----
        ChainMap map = ctx.map();
        List<ChainNode> segments = map.roots().size() == 1 ? map.roots().get(0).children() : map.roots();
        if (segments.size() >= 2 && segments.size() <= MAX_PANELS) {
            List<ProvinceMapPlot.Panel> panels = new ArrayList<>();
            for (ChainNode s : segments) {
                panels.add(panel(t, s.id(), s.name(en ? "en" : "zh")));
            }
            // two panels a row (three from five segments): at three a row the labels print below 4 pt on A4
            int columns = segments.size() <= 4 ? 2 : 3;
            int rows = (segments.size() + columns - 1) / columns;
            JFreeChart seg = chart(en ? "Provinces' share of the national total by segment" : "各省级地区占全国份额（分环节）",
                    places, panels, columns, tiles, en, t, approval);
            // a panel's map is as tall as it is wide (the tile grid is about square), plus its title
            double panelW = (AtlasCharts.WIDTH_PT - 20) / (double) columns;
            int height = (int) Math.round(rows * (panelW * ProvinceTiles.rows() / ProvinceTiles.cols() + 26) + 110);
            out.add(new AtlasCharts.Spec("province_map_segments", caption("各省级地区占全国份额分布（分环节", label, tiles,
                    approval, false), caption("Provinces' share of the national total by segment", label, tiles, approval,
                    true), "positioning", RegionRanking.TABLE_ID, seg, Math.max(300, height)));
        }
        return out;
    }

    /** The figure caption: what it shows, the region, and schematic or the approval number. */
    private static String caption(String what, String region, boolean tiles, String approval, boolean en) {
        if (en) {
            String regionEn = dev.navi.clean.region.ChinaDivisions.standard().latinName(region).orElse(region);
            String open = what.contains("(") ? "; " : " (";
            return what + open + regionEn + " and its peers outlined; "
                    + (tiles ? "schematic tile map, not to scale)" : "map approval no. " + approval + ")");
        }
        return what + "，" + region + "及对标区域加框；" + (tiles ? "示意图，非按比例）" : "审图号：" + approval + "）");
    }

    /** The values of one node: every province row of the table, keyed by division code. */
    static ProvinceMapPlot.Panel panel(MetricTable t, String node, String title) {
        Map<String, String> codes = provinceCodes();
        Map<String, ProvinceMapPlot.Value> values = new LinkedHashMap<>();
        for (List<Object> r : t.rows()) {
            if (!"province".equals(cell(t, r, "level")) || !node.equals(cell(t, r, "node"))) {
                continue;
            }
            String code = codes.get(String.valueOf(cell(t, r, "area_code")));
            if (code == null) {
                continue; // the unresolved row, or a name the division table does not know: not a place on the map
            }
            long count = cell(t, r, "count") instanceof Number n ? n.longValue() : 0;
            Double share = cell(t, r, "share") instanceof Number n ? n.doubleValue() : null;
            values.put(code, new ProvinceMapPlot.Value(share == null ? "—" : Percent.of(share), classOf(count, share),
                    "yes".equals(cell(t, r, "is_region")), "yes".equals(cell(t, r, "is_peer"))));
        }
        return new ProvinceMapPlot.Panel(title, values);
    }

    /** Standard full name (the table's area code) → 6-digit division code, for the provincial level. */
    static Map<String, String> provinceCodes() {
        Map<String, String> out = new HashMap<>();
        for (Division d : ChinaDivisions.standard().divisions()) {
            if (d.level() == Division.Level.PROVINCE) {
                out.put(d.name(), d.code());
            }
        }
        return out;
    }

    static List<ProvinceMapPlot.Place> tilePlaces(boolean en) {
        List<ProvinceMapPlot.Place> out = new ArrayList<>();
        double gap = 0.06;
        for (ProvinceTiles.Tile tile : ProvinceTiles.tiles()) {
            Rectangle2D r = new Rectangle2D.Double(tile.col() + gap / 2, tile.row() + gap / 2, 1 - gap, 1 - gap);
            out.add(new ProvinceMapPlot.Place(tile.code(), tile.label(en), r, new Point2D.Double(r.getCenterX(), r.getCenterY()),
                    tile.scs() ? ProvinceMapPlot.Kind.MARKER : ProvinceMapPlot.Kind.DIVISION));
        }
        return out;
    }

    /**
     * The places of an approved boundary map: each matched division's polygons projected equirectangularly about the
     * map's mean latitude (x = lon · cos φ₀, y = −lat), labelled at the centre of its largest polygon's bounds.
     */
    static List<ProvinceMapPlot.Place> boundaryPlaces(BoundaryMap b, boolean en) {
        double lat0 = Math.toRadians(b.meanLatitude());
        double k = Math.cos(lat0);
        Map<String, ProvinceTiles.Tile> tiles = new HashMap<>();
        ProvinceTiles.tiles().forEach(x -> tiles.put(x.code(), x));
        List<ProvinceMapPlot.Place> out = new ArrayList<>();
        for (Map.Entry<String, List<List<double[]>>> e : b.provinces().entrySet()) {
            Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
            Rectangle2D largest = null;
            for (List<double[]> ring : e.getValue()) {
                Path2D.Double one = path(ring, k, true);
                path.append(one, false);
                Rectangle2D rb = one.getBounds2D();
                if (largest == null || rb.getWidth() * rb.getHeight() > largest.getWidth() * largest.getHeight()) {
                    largest = rb;
                }
            }
            ProvinceTiles.Tile tile = tiles.get(e.getKey());
            String name = tile == null ? e.getKey() : tile.label(en);
            out.add(new ProvinceMapPlot.Place(e.getKey(), name, path,
                    new Point2D.Double(largest.getCenterX(), largest.getCenterY()), ProvinceMapPlot.Kind.DIVISION));
        }
        // the rest of the approved map, drawn as it is: unmatched polygons in grey, lines as lines
        int i = 0;
        for (List<double[]> ring : b.otherPolygons()) {
            out.add(new ProvinceMapPlot.Place("other-" + i++, "", path(ring, k, true), new Point2D.Double(),
                    ProvinceMapPlot.Kind.OTHER));
        }
        for (List<double[]> line : b.lines()) {
            out.add(new ProvinceMapPlot.Place("line-" + i++, "", path(line, k, false), new Point2D.Double(),
                    ProvinceMapPlot.Kind.LINE));
        }
        return out;
    }

    private static Path2D.Double path(List<double[]> points, double k, boolean closed) {
        Path2D.Double p = new Path2D.Double();
        for (int i = 0; i < points.size(); i++) {
            double x = points.get(i)[0] * k;
            double y = -points.get(i)[1];
            if (i == 0) {
                p.moveTo(x, y);
            } else {
                p.lineTo(x, y);
            }
        }
        if (closed) {
            p.closePath();
        }
        return p;
    }

    private static JFreeChart chart(String title, List<ProvinceMapPlot.Place> places, List<ProvinceMapPlot.Panel> panels,
                                    int columns, boolean tiles, boolean en, MetricTable t, String approval) {
        ProvinceMapPlot plot = new ProvinceMapPlot(places, panels, columns, tiles, legend(panels, en));
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        NaviChartTheme.INSTANCE.apply(chart);
        // the note first: the first bottom title is drawn lowest, so the legend sits between the map and the note
        TextTitle note = new TextTitle(note(t, en, tiles, approval), ChartFonts.plain(NaviChartTheme.SMALL_SIZE));
        note.setPosition(RectangleEdge.BOTTOM);
        note.setHorizontalAlignment(HorizontalAlignment.LEFT);
        note.setTextAlignment(HorizontalAlignment.LEFT);
        note.setPaint(NaviChartTheme.TEXT);
        note.setMaximumLinesToDisplay(3);
        note.setPadding(new RectangleInsets(6, 4, 0, 4));
        chart.addSubtitle(note);
        LegendTitle legend = new LegendTitle(plot);
        legend.setItemFont(ChartFonts.plain(NaviChartTheme.SMALL_SIZE));
        legend.setPosition(panels.size() == 1 ? RectangleEdge.RIGHT : RectangleEdge.BOTTOM);
        legend.setItemLabelPadding(new RectangleInsets(2, 4, 2, 4));
        chart.addLegend(legend);
        return chart;
    }

    /** The note under the map: what a place is, what the share is, and what is not on it. */
    private static String note(MetricTable t, boolean en, boolean tiles, String approval) {
        long unresolved = 0;
        for (List<Object> r : t.rows()) {
            if ("province".equals(cell(t, r, "level")) && RegionRanking.UNRESOLVED.equals(cell(t, r, "area_code"))
                    && RegionRanking.ALL.equals(cell(t, r, "node")) && cell(t, r, "count") instanceof Number n) {
                unresolved = n.longValue();
            }
        }
        String form = tiles
                ? (en ? "Schematic: one square per provincial-level division at its approximate position; no boundary, not to scale. "
                : "示意图：每个方块代表一个省级行政区，按大致方位排列，不表示边界和面积。")
                : (en ? "Boundaries: the analyst's approved map (" + approval + "). " : "边界取自分析人员提供的标准地图（" + approval + "）。");
        String share = en ? "Share = records with an applicant in the province / national records (a co-filed record counts in each province)."
                : "份额 = 申请人位于该地区的记录 ÷ 全国记录（多地共同申请在各地分别计入）。";
        String rest = unresolved > 0 ? (en ? " " + unresolved + " national records whose province is not known are not on the map."
                : "另有" + unresolved + "项省份未能确定，未上图。") : "";
        return form + share + rest;
    }

    /** The legend: the classes light to dark, no filings, then the region's and the peers' outlines. */
    static LegendItemCollection legend(List<ProvinceMapPlot.Panel> panels, boolean en) {
        LegendItemCollection items = new LegendItemCollection();
        Rectangle2D swatch = new Rectangle2D.Double(-6, -6, 12, 12);
        for (int c = 0; c < CLASS_COLOURS.size(); c++) {
            items.add(item(classLabel(c), swatch, CLASS_COLOURS.get(c), ProvinceMapPlot.EDGE, 0.5f));
        }
        items.add(item(en ? "No filings" : "无申请", swatch, NO_FILINGS, ProvinceMapPlot.EDGE, 0.5f));
        items.add(item(en ? "Region" : "目标区域", swatch, Color.WHITE, RankingCharts.REGION, 2.4f));
        boolean peers = panels.stream().flatMap(p -> p.values().values().stream()).anyMatch(ProvinceMapPlot.Value::peer);
        if (peers) {
            items.add(item(en ? "Peers" : "对标区域", swatch, Color.WHITE, RankingCharts.PEER, 2f));
        }
        return items;
    }

    private static LegendItem item(String label, Rectangle2D shape, Color fill, Color outline, float width) {
        return new LegendItem(label, null, null, null, true, shape, true, fill, true, outline, new BasicStroke(width),
                false, new java.awt.geom.Line2D.Double(), new BasicStroke(1f), Color.BLACK);
    }

    private static Object cell(MetricTable t, List<Object> r, String column) {
        int i = t.columns().indexOf(column);
        return i < 0 ? null : r.get(i);
    }
}
