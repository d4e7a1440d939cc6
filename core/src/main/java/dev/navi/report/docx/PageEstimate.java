package dev.navi.report.docx;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBrType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each bookmark of the report lands: an estimate of the page layout, made from the document's own elements
 * (paragraph styles, text length, picture sizes, table rows and cell widths), for the page numbers the table of
 * contents and the lists of figures and tables carry as their cached values. Word and LibreOffice compute the real
 * numbers ({@code PAGEREF} fields); the estimate is what a viewer that shows cached values prints, and it also
 * decides whether a table is short enough to be kept on one page ({@link #tableHeight}).
 *
 * <p>The model: the text column of {@link Docx#TEXT_WIDTH} × {@link Docx#TEXT_HEIGHT} twips; a line is 1.3 × the
 * font size × the style's line spacing; CJK characters one em wide, Latin ones half an em ({@link TableWriter#width});
 * a heading 1 starts a page; a paragraph kept with the next one moves with it; table rows never split and the header
 * row repeats; space before is dropped at the top of a page. It runs over a finished body, in one pass.
 */
final class PageEstimate {
    /** Line height as a multiple of the font size (ascent + descent + leading of 宋体 / Times New Roman). */
    static final double LINE = 1.15;
    /** Vertical padding of a table cell: the TableText spacing (20 + 20) and the borders. */
    static final int CELL_PAD = 60;

    /** Metrics of a paragraph style, in twips and half-points. */
    private record Style(int size, int before, int after, int line, int indent, boolean pageBreak) {
    }

    private static final Map<String, Style> STYLES = new HashMap<>();

    static {
        // mirrors Docx.styles(): size in half-points, spacing in twips, line in 240ths
        STYLES.put("Heading1", new Style(32, 240, 360, 240, 0, true));
        STYLES.put("Heading2", new Style(28, 360, 180, 240, 0, false));
        STYLES.put("Heading3", new Style(24, 240, 120, 240, 0, false));
        STYLES.put("BodyText", new Style(24, 0, 120, 300, 480, false));
        STYLES.put("Title", new Style(44, 2400, 600, 240, 0, false));
        STYLES.put("CoverLine", new Style(28, 60, 60, 240, 0, false));
        STYLES.put("TOCHeading", new Style(32, 240, 360, 240, 0, false));
        STYLES.put("TOC1", new Style(24, 120, 0, 240, 0, false));
        STYLES.put("TOC2", new Style(24, 0, 0, 240, 480, false));
        STYLES.put("TOC3", new Style(24, 0, 0, 240, 960, false));
        STYLES.put("TOF", new Style(21, 0, 0, 240, 0, false));
        STYLES.put("Caption", new Style(21, 120, 120, 240, 0, false));
        STYLES.put("Figure", new Style(24, 120, 0, 240, 0, false));
        STYLES.put("TableNote", new Style(18, 60, 180, 240, 0, false));
        STYLES.put("SummaryItem", new Style(24, 0, 80, 276, 0, false));
    }

    private static final Style NORMAL = new Style(24, 0, 0, 240, 0, false);

    private final int height = Docx.TEXT_HEIGHT;
    private int page = 1;
    private int used;
    private final Map<String, Integer> pages = new HashMap<>();
    /** Row heights known for some tables (the writer's, {@link Docx#rowHeights}); the others are measured here. */
    private final Map<CTTbl, int[]> known;

    private PageEstimate(Map<CTTbl, int[]> known) {
        this.known = known;
    }

    /** Bookmark name → estimated page (1 = the cover) for every bookmark in the body. */
    static Map<String, Integer> pages(List<IBodyElement> body) {
        return pages(body, Map.of());
    }

    /**
     * As {@link #pages(List)}, with the row heights of the tables in {@code known} taken from it instead of measured
     * from the table's cells ({@link #rowHeight}: they are the same numbers).
     */
    static Map<String, Integer> pages(List<IBodyElement> body, Map<CTTbl, int[]> known) {
        PageEstimate e = new PageEstimate(known);
        e.run(body);
        return e.pages;
    }

    /** The estimated number of pages of the body. */
    static int pageCount(List<IBodyElement> body) {
        PageEstimate e = new PageEstimate(Map.of());
        e.run(body);
        return e.page;
    }

    private void run(List<IBodyElement> body) {
        // blocks chained by keep-with-next are placed together
        List<Block> chain = new ArrayList<>();
        for (IBodyElement el : body) {
            Block b = el instanceof XWPFParagraph p ? paragraph(p) : el instanceof XWPFTable t ? table(t) : null;
            if (b == null) {
                continue;
            }
            chain.add(b);
            if (!b.keepNext) {
                place(chain);
                chain.clear();
            }
        }
        place(chain);
    }

    /** A laid-out element: its height (its first part for tables), the page-break flag and its bookmarks. */
    private static final class Block {
        int before;
        int height;
        /** Heights of the rows after the first part (tables), placed one by one. */
        List<Integer> rest = List.of();
        int repeat;
        boolean pageBreakBefore;
        boolean breakAfter;
        boolean keepNext;
        List<String> bookmarks = List.of();
    }

    private void place(List<Block> chain) {
        if (chain.isEmpty()) {
            return;
        }
        int together = 0;
        for (Block b : chain) {
            together += b.before + b.height;
        }
        Block first = chain.get(0);
        if (first.pageBreakBefore && used > 0) {
            newPage();
        } else if (used > 0 && used + together > height && together <= height) {
            newPage();
        }
        for (Block b : chain) {
            if (b.pageBreakBefore && used > 0) {
                newPage();
            }
            int h = (used == 0 ? 0 : b.before) + b.height;
            if (used > 0 && used + h > height) {
                newPage();
                h = b.height;
            }
            for (String name : b.bookmarks) {
                pages.put(name, page);
            }
            used += h;
            while (used > height) {
                // a block taller than a page (a long paragraph) flows on
                used -= height;
                page++;
            }
            for (int r : b.rest) {
                if (used + r > height) {
                    newPage();
                    used += b.repeat;
                }
                used += r;
            }
            if (b.breakAfter) {
                newPage();
            }
        }
    }

    private void newPage() {
        page++;
        used = 0;
    }

    private Block paragraph(XWPFParagraph p) {
        Style s = STYLES.getOrDefault(p.getStyle() == null ? "" : p.getStyle(), NORMAL);
        Block b = new Block();
        b.pageBreakBefore = s.pageBreak();
        b.keepNext = p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetKeepNext()
                || "Heading1".equals(p.getStyle()) || "Heading2".equals(p.getStyle()) || "Heading3".equals(p.getStyle())
                || "Figure".equals(p.getStyle());
        List<String> marks = new ArrayList<>();
        for (CTBookmark m : p.getCTP().getBookmarkStartList()) {
            marks.add(m.getName());
        }
        b.bookmarks = marks;
        int pictures = 0;
        boolean pageBreak = false;
        for (XWPFRun r : p.getRuns()) {
            for (XWPFPicture pic : r.getEmbeddedPictures()) {
                pictures += (int) (pic.getCTPicture().getSpPr().getXfrm().getExt().getCy() / 635);
            }
            CTR ctr = r.getCTR();
            for (CTBr br : ctr.getBrList()) {
                if (br.isSetType() && br.getType() == STBrType.PAGE) {
                    pageBreak = true;
                }
            }
        }
        String text = p.getText();
        if (pageBreak && text.isBlank() && pictures == 0) {
            b.height = 0;
            b.breakAfter = true;
            b.keepNext = false;
            return b;
        }
        // explicit paragraph properties override the style's (the appendix's definition lines set their own)
        int before = s.before();
        int after = s.after();
        int line = s.line();
        int indent = s.indent();
        if (p.getCTP().isSetPPr()) {
            var pr = p.getCTP().getPPr();
            if (pr.isSetSpacing()) {
                var sp = pr.getSpacing();
                before = sp.isSetBefore() ? twips(sp.getBefore()) : before;
                after = sp.isSetAfter() ? twips(sp.getAfter()) : after;
                line = sp.isSetLine() ? twips(sp.getLine()) : line;
            }
            if (pr.isSetInd() && pr.getInd().isSetLeft()) {
                indent = twips(pr.getInd().getLeft());
            }
        }
        int size = s.size();
        for (XWPFRun r : p.getRuns()) {
            Double fs = r.getFontSizeAsDouble();
            if (fs != null) {
                size = (int) Math.round(fs * 2);
                break;
            }
        }
        int lineHeight = lineHeight(size, line);
        int lines = text.isEmpty() ? (pictures > 0 ? 0 : 1) : lines(text, Docx.TEXT_WIDTH - indent, size);
        if (p.getStyle() != null && (p.getStyle().startsWith("TOC") && !"TOCHeading".equals(p.getStyle())
                || "TOF".equals(p.getStyle()))) {
            lines = 1;
        }
        b.before = before;
        b.height = lines * lineHeight + pictures + after;
        return b;
    }

    private static int twips(Object v) {
        return v instanceof java.math.BigInteger i ? i.intValue() : v instanceof Number n ? n.intValue()
                : (int) Math.round(Double.parseDouble(String.valueOf(v)));
    }

    private Block table(XWPFTable t) {
        Block b = new Block();
        List<Integer> rows = new ArrayList<>();
        int keep = 0;
        int[] heights = known.get(t.getCTTbl());
        if (heights != null && heights.length != t.getRows().size()) {
            heights = null; // rows added or removed after the writer: measure them
        }
        for (int i = 0; i < t.getRows().size(); i++) {
            XWPFTableRow row = t.getRow(i);
            rows.add(heights != null ? heights[i] : rowHeight(row));
            XWPFTableCell c = row.getCell(0);
            // the rows kept together from the top (the last row is kept with the note under the table)
            if (keep == i && c != null && !c.getParagraphs().isEmpty() && c.getParagraphs().get(0).getCTP().isSetPPr()
                    && c.getParagraphs().get(0).getCTP().getPPr().isSetKeepNext()) {
                keep = i + 1;
            }
        }
        int firstPart = Math.min(rows.size(), keep + 1);
        for (int i = 0; i < firstPart; i++) {
            b.height += rows.get(i);
        }
        b.rest = rows.subList(firstPart, rows.size());
        b.repeat = rows.isEmpty() ? 0 : rows.get(0);
        return b;
    }

    /** A row's height: its tallest cell's ({@link #cellHeight} of the cell's text, width and font size). */
    static int rowHeight(XWPFTableRow row) {
        int max = 0;
        for (XWPFTableCell c : row.getTableCells()) {
            int width = c.getCTTc().isSetTcPr() && c.getCTTc().getTcPr().isSetTcW()
                    ? ((java.math.BigInteger) c.getCTTc().getTcPr().getTcW().getW()).intValue() : Docx.TEXT_WIDTH / 4;
            int size = 18;
            for (XWPFParagraph p : c.getParagraphs()) {
                for (XWPFRun r : p.getRuns()) {
                    Double fs = r.getFontSizeAsDouble();
                    if (fs != null) {
                        size = (int) Math.round(fs * 2);
                    }
                }
            }
            max = Math.max(max, cellHeight(c.getText(), width, size));
        }
        return max;
    }

    /** Height in twips of a table cell of {@code width} twips holding {@code text} at {@code size} half-points. */
    static int cellHeight(String text, int width, int size) {
        return lines(text, width - 2 * 108, size) * lineHeight(size, 240) + CELL_PAD;
    }

    /** Height in twips of a table whose rows hold {@code cells} in columns of {@code widths}. */
    static int tableHeight(List<String> headers, List<List<String>> cells, int[] widths, int size) {
        int h = 0;
        List<List<String>> all = new ArrayList<>();
        all.add(headers);
        all.addAll(cells);
        for (List<String> r : all) {
            int max = 0;
            for (int c = 0; c < r.size(); c++) {
                max = Math.max(max, cellHeight(r.get(c), widths[c], size));
            }
            h += max;
        }
        return h;
    }

    /** Line height in twips for a font of {@code size} half-points and a line spacing of {@code line}/240. */
    static int lineHeight(int size, int line) {
        return (int) Math.round(size * 10 * LINE * line / 240.0);
    }

    /** Lines {@code text} takes in a column {@code width} twips wide at {@code size} half-points (newlines count). */
    static int lines(String text, int width, int size) {
        // one narrow character is half an em: size/2 points = size * 10 twips per em, so size * 5 twips
        double perLine = Math.max(1, width / (size * 5.0));
        int lines = 0;
        for (String part : text.split("\n", -1)) {
            lines += Math.max(1, (int) Math.ceil(TableWriter.width(part) / perLine));
        }
        return lines;
    }
}
