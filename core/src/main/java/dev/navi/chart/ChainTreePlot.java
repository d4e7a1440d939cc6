package dev.navi.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.PlotState;

/**
 * The industry-chain map drawn as a left-to-right tree: the industry at the left, one column per level, each box
 * showing the node's name and its record count, key products highlighted. JFreeChart has no tree plot, so this one
 * draws with Java 2D; being a {@link Plot}, it gets the chart's title, theme and writers (PNG and SVG) for free.
 *
 * <p>The layout adapts to the drawing area: rows are the leaves, a parent sits midway between its first and last
 * child; the font shrinks from 11 pt to 6 pt until every box fits its rows, long names wrap onto up to three lines
 * (then an ellipsis). When even 6 pt does not fit (more than about 45 leaves per 500 pt of height), each box is cut to
 * one line; draw such maps taller. Immutable once built.
 */
final class ChainTreePlot extends Plot {

    private static final long serialVersionUID = 1L;

    static final float MAX_FONT = 11f;
    static final float MIN_FONT = 6f;
    static final int MAX_LINES = 3;
    /** Bounds of a column's width in points. */
    static final double MAX_COLUMN = 320;
    static final double MIN_COLUMN = 90;

    static final Color ROOT_FILL = NaviChartTheme.color(0);
    static final Color BRANCH_FILL = new Color(0xDCEBF7);
    static final Color BORDER = new Color(0x7FA7C9);
    static final Color KEY_FILL = new Color(0xFDEBC8);
    static final Color KEY_BORDER = NaviChartTheme.color(1);
    static final Color LINK = new Color(0x9AA5B1);
    static final Color COUNT = new Color(0x555555);

    private final Charts.TreeNode root;
    private final String keyLabel;

    ChainTreePlot(Charts.TreeNode root, String keyLabel) {
        this.root = Objects.requireNonNull(root);
        this.keyLabel = keyLabel;
        setOutlineVisible(false);
    }

    @Override
    public String getPlotType() {
        return "ChainTree";
    }

    /**
     * One laid-out box.
     *
     * @param node  the node
     * @param depth 0 for the root
     * @param rect  the box
     * @param lines the name as wrapped (the count is drawn right-aligned on the last line, or below)
     * @param countOwnLine whether the count has a line of its own
     */
    record Box(Charts.TreeNode node, int depth, Rectangle2D rect, List<String> lines, boolean countOwnLine) {
    }

    /**
     * A laid-out tree: its font size, boxes (depth first, in the tree's order), the key legend's row (or null) and
     * whether it is the compact last resort (one line per box, name cut to fit beside the count, thin padding).
     */
    record Layout(float fontSize, List<Box> boxes, Rectangle2D keyLegend, boolean compact) {
        double pad() {
            return fontSize * (compact ? 0.15 : 0.35);
        }
    }

    @Override
    public void draw(Graphics2D g2, Rectangle2D area, Point2D anchor, PlotState parentState, PlotRenderingInfo info) {
        getInsets().trim(area);
        if (info != null) {
            info.setPlotArea(area);
            info.setDataArea(area);
        }
        drawBackground(g2, area);
        Layout layout = layout(root, area, g2.getFontRenderContext(), keyLabel);
        Font font = ChartFonts.plain(layout.fontSize());
        Font bold = ChartFonts.bold(layout.fontSize());
        float lineH = layout.fontSize() * 1.25f;
        float pad = (float) layout.pad();
        Map<Charts.TreeNode, Box> byNode = new IdentityHashMap<>();
        layout.boxes().forEach(b -> byNode.put(b.node(), b));

        // links first, boxes over them
        g2.setPaint(LINK);
        g2.setStroke(new BasicStroke(0.8f));
        for (Box b : layout.boxes()) {
            List<Charts.TreeNode> kids = b.node().children();
            if (kids.isEmpty()) {
                continue;
            }
            double x0 = b.rect().getMaxX();
            double y0 = b.rect().getCenterY();
            Box first = byNode.get(kids.get(0));
            double xm = (x0 + first.rect().getX()) / 2;
            double top = y0;
            double bottom = y0;
            for (Charts.TreeNode k : kids) {
                Box c = byNode.get(k);
                double cy = c.rect().getCenterY();
                g2.draw(new Line2D.Double(xm, cy, c.rect().getX(), cy));
                top = Math.min(top, cy);
                bottom = Math.max(bottom, cy);
            }
            g2.draw(new Line2D.Double(x0, y0, xm, y0));
            g2.draw(new Line2D.Double(xm, top, xm, bottom));
        }

        NumberFormat counts = NumberFormat.getIntegerInstance(Locale.ROOT);
        counts.setGroupingUsed(true);
        for (Box b : layout.boxes()) {
            Rectangle2D r = b.rect();
            Shape shape = new RoundRectangle2D.Double(r.getX(), r.getY(), r.getWidth(), r.getHeight(), 4, 4);
            boolean key = b.node().highlighted();
            Color fill = b.depth() == 0 ? ROOT_FILL : key ? KEY_FILL : b.depth() == 1 ? BRANCH_FILL : Color.WHITE;
            g2.setPaint(fill);
            g2.fill(shape);
            g2.setPaint(b.depth() == 0 ? ROOT_FILL : key ? KEY_BORDER : BORDER);
            g2.setStroke(new BasicStroke(key ? 1.6f : 0.8f));
            g2.draw(shape);
            Color text = b.depth() == 0 ? Color.WHITE : NaviChartTheme.TEXT;
            Font nameFont = b.depth() <= 1 ? bold : font;
            var fm = g2.getFontMetrics(nameFont);
            float y = (float) (r.getY() + pad + fm.getAscent());
            g2.setFont(nameFont);
            g2.setPaint(text);
            for (String line : b.lines()) {
                g2.drawString(line, (float) (r.getX() + pad), y);
                y += lineH;
            }
            String count = counts.format(b.node().count());
            var cm = g2.getFontMetrics(font);
            float cy = b.countOwnLine() ? y : y - lineH;
            g2.setFont(font);
            g2.setPaint(b.depth() == 0 ? Color.WHITE : COUNT);
            g2.drawString(count, (float) (r.getMaxX() - pad - cm.stringWidth(count)), cy);
        }

        if (layout.keyLegend() != null) {
            Rectangle2D k = layout.keyLegend();
            Font lf = ChartFonts.plain(NaviChartTheme.SMALL_SIZE);
            var fm = g2.getFontMetrics(lf);
            double s = fm.getAscent();
            Rectangle2D sw = new Rectangle2D.Double(k.getX(), k.getCenterY() - s / 2, s * 1.6, s);
            g2.setPaint(KEY_FILL);
            g2.fill(sw);
            g2.setPaint(KEY_BORDER);
            g2.setStroke(new BasicStroke(1.6f));
            g2.draw(sw);
            g2.setFont(lf);
            g2.setPaint(NaviChartTheme.TEXT);
            g2.drawString(keyLabel, (float) (sw.getMaxX() + 6), (float) (k.getCenterY() + fm.getAscent() / 2.0 - 1));
        }
    }

    /**
     * Lays the tree out in {@code area}: the largest font (11 pt down to 6 pt in half points) at which every box fits
     * the rows it spans; at 6 pt names that still do not fit are cut to one line.
     */
    static Layout layout(Charts.TreeNode root, Rectangle2D area, FontRenderContext frc, String keyLabel) {
        Rectangle2D legend = null;
        Rectangle2D treeArea = area;
        if (keyLabel != null && !keyLabel.isBlank() && anyHighlighted(root)) {
            double lh = NaviChartTheme.SMALL_SIZE * 1.8;
            legend = new Rectangle2D.Double(area.getX(), area.getMaxY() - lh, area.getWidth(), lh);
            treeArea = new Rectangle2D.Double(area.getX(), area.getY(), area.getWidth(), area.getHeight() - lh - 4);
        }
        List<Charts.TreeNode> leaves = new ArrayList<>();
        collectLeaves(root, leaves);
        int depth = depth(root);
        double gap = Math.max(14, Math.min(28, treeArea.getWidth() * 0.03));
        // each column as wide as its widest one-line box at the largest font (within MIN_COLUMN..MAX_COLUMN); when
        // the columns do not fit side by side they all shrink in proportion and long names wrap
        double[] need = new double[depth + 1];
        widestBoxes(root, 0, frc, need);
        double sum = 0;
        for (int d = 0; d <= depth; d++) {
            need[d] = Math.max(MIN_COLUMN, Math.min(MAX_COLUMN, need[d]));
            sum += need[d];
        }
        double avail = treeArea.getWidth() - gap * depth;
        double shrink = Math.min(1, avail / sum);
        double[] colX = new double[depth + 1];
        double[] colW = new double[depth + 1];
        double used = sum * shrink + gap * depth;
        double x = treeArea.getX() + (treeArea.getWidth() - used) / 2;
        for (int d = 0; d <= depth; d++) {
            colX[d] = x;
            colW[d] = need[d] * shrink;
            x += colW[d] + gap;
        }
        double rowH = treeArea.getHeight() / Math.max(1, leaves.size());

        for (float size = MAX_FONT; size >= MIN_FONT; size -= 0.5f) {
            List<Box> boxes = new ArrayList<>();
            if (place(root, 0, 0, colX, colW, treeArea.getY(), rowH, size, frc, false, boxes)) {
                return new Layout(size, boxes, legend, false);
            }
        }
        List<Box> boxes = new ArrayList<>();
        place(root, 0, 0, colX, colW, treeArea.getY(), rowH, MIN_FONT, frc, true, boxes);
        return new Layout(MIN_FONT, boxes, legend, true);
    }

    /** Per depth, the width of the widest box with its name on one line at {@link #MAX_FONT} (the maximum of need). */
    private static void widestBoxes(Charts.TreeNode n, int depth, FontRenderContext frc, double[] need) {
        Font nameFont = depth <= 1 ? ChartFonts.bold(MAX_FONT) : ChartFonts.plain(MAX_FONT);
        String count = NumberFormat.getIntegerInstance(Locale.ROOT).format(n.count());
        double w = nameFont.getStringBounds(n.name(), frc).getWidth()
                + ChartFonts.plain(MAX_FONT).getStringBounds(count, frc).getWidth() + MAX_FONT * 0.8
                + 2 * MAX_FONT * 0.35 + 2;
        need[depth] = Math.max(need[depth], w);
        for (Charts.TreeNode k : n.children()) {
            widestBoxes(k, depth + 1, frc, need);
        }
    }

    /**
     * Places the subtree of {@code n} (whose leaves start at row {@code firstRow}); adds its boxes to {@code out} in
     * depth-first order and returns whether all of them fit their rows.
     */
    private static boolean place(Charts.TreeNode n, int depth, int firstRow, double[] colX, double[] colW, double y0,
                                 double rowH, float size, FontRenderContext frc,
                                 boolean compact, List<Box> out) {
        int span = leafCount(n);
        Font nameFont = depth <= 1 ? ChartFonts.bold(size) : ChartFonts.plain(size);
        Font countFont = ChartFonts.plain(size);
        double pad = size * (compact ? 0.15 : 0.35);
        double lineH = size * 1.25;
        double inner = colW[depth] - 2 * pad;
        String count = NumberFormat.getIntegerInstance(Locale.ROOT).format(n.count());
        double countW = countFont.getStringBounds(count, frc).getWidth();
        List<String> lines = compact ? wrap(n.name(), nameFont, inner - countW - size * 0.8, 1, frc)
                : wrap(n.name(), nameFont, inner, MAX_LINES, frc);
        double lastW = nameFont.getStringBounds(lines.get(lines.size() - 1), frc).getWidth();
        boolean ownLine = !compact && lastW + size * 0.8 + countW > inner;
        int nLines = lines.size() + (ownLine ? 1 : 0);
        double h = nLines * lineH + 2 * pad - (lineH - size * 1.05); // the last line needs no leading
        double centre;
        int index = out.size();
        out.add(null); // keeps depth-first order: this box before its children
        boolean fits = h <= span * rowH * 0.9;
        if (n.children().isEmpty()) {
            centre = y0 + (firstRow + 0.5) * rowH;
        } else {
            int row = firstRow;
            double top = Double.NaN;
            double bottom = Double.NaN;
            for (Charts.TreeNode k : n.children()) {
                int kidIndex = out.size();
                fits &= place(k, depth + 1, row, colX, colW, y0, rowH, size, frc, compact, out);
                double c = out.get(kidIndex).rect().getCenterY();
                top = Double.isNaN(top) ? c : top;
                bottom = c;
                row += leafCount(k);
            }
            centre = (top + bottom) / 2;
        }
        Rectangle2D rect = new Rectangle2D.Double(colX[depth], centre - h / 2, colW[depth], h);
        out.set(index, new Box(n, depth, rect, lines, ownLine));
        return fits;
    }

    /**
     * {@code text} broken into lines no wider than {@code width}: Latin text at spaces (a word longer than a line is
     * broken anywhere), CJK text between any two characters. More than {@code maxLines} lines: the last kept line ends
     * with an ellipsis.
     */
    static List<String> wrap(String text, Font font, double width, int maxLines, FontRenderContext frc) {
        String s = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        List<String> tokens = tokens(s);
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String t : tokens) {
            String candidate = line.length() == 0 ? t.stripLeading() : line + t;
            if (fits(candidate, font, width, frc)) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString().stripTrailing());
                line.setLength(0);
            }
            String rest = t.stripLeading();
            // a token wider than a whole line: break it between characters
            while (!rest.isEmpty() && !fits(rest, font, width, frc)) {
                int cut = 1;
                while (cut < rest.length() && fits(rest.substring(0, cut + 1), font, width, frc)) {
                    cut++;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString().stripTrailing());
        }
        if (lines.size() > maxLines) {
            List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
            String last = kept.get(maxLines - 1);
            while (!last.isEmpty() && !fits(last + "…", font, width, frc)) {
                last = last.substring(0, last.length() - 1);
            }
            kept.set(maxLines - 1, last.stripTrailing() + "…");
            return kept;
        }
        return lines;
    }

    /** Words (with their leading space) and single wide characters. */
    private static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Labels.isWide(cp)) {
                if (cur.length() > 0) {
                    out.add(cur.toString());
                    cur.setLength(0);
                }
                out.add(new String(Character.toChars(cp)));
            } else if (cp == ' ') {
                if (cur.length() > 0) {
                    out.add(cur.toString());
                    cur.setLength(0);
                }
                cur.append(' ');
            } else {
                cur.appendCodePoint(cp);
                // break after a hyphen or slash, as in "Lithium-ion" or "pack/module"
                if (cp == '-' || cp == '/') {
                    out.add(cur.toString());
                    cur.setLength(0);
                }
            }
        }
        if (cur.length() > 0) {
            out.add(cur.toString());
        }
        return out;
    }

    private static boolean fits(String s, Font font, double width, FontRenderContext frc) {
        return font.getStringBounds(s, frc).getWidth() <= width;
    }

    private static boolean anyHighlighted(Charts.TreeNode n) {
        return n.highlighted() || n.children().stream().anyMatch(ChainTreePlot::anyHighlighted);
    }

    private static void collectLeaves(Charts.TreeNode n, List<Charts.TreeNode> out) {
        if (n.children().isEmpty()) {
            out.add(n);
        }
        n.children().forEach(k -> collectLeaves(k, out));
    }

    static int leafCount(Charts.TreeNode n) {
        return n.children().isEmpty() ? 1 : n.children().stream().mapToInt(ChainTreePlot::leafCount).sum();
    }

    static int depth(Charts.TreeNode n) {
        return n.children().stream().mapToInt(k -> 1 + depth(k)).max().orElse(0);
    }

    @Override
    public boolean equals(Object o) {
        return o == this || (o instanceof ChainTreePlot p && p.root.equals(root) && Objects.equals(p.keyLabel, keyLabel)
                && super.equals(o));
    }

    @Override
    public int hashCode() {
        return Objects.hash(root, keyLabel);
    }
}
