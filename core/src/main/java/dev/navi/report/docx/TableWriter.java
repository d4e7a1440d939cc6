package dev.navi.report.docx;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJcTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

import java.math.BigInteger;
import java.util.List;

/**
 * Writes a {@link TableView}: numbered caption above (bookmarked for the list of tables), a centred table (never
 * wider than the text) with fixed column widths, a shaded header row repeated on every page, rows that do not split
 * across pages, and a note below saying where the whole table is.
 *
 * <p>Column widths, in narrow characters (CJK count double, capitals 1.4): each column's wish is its longest cell
 * (text capped at 48, long text such as reasons and titles at 64); its minimum is the whole cell for numbers, for
 * short text without spaces (CJK names up to 16) and for Latin codes without spaces up to 24 (publication numbers),
 * 24 for long text and 12 for other text, which wraps. The table uses 9 pt, or 8 / 7.5 pt when the minima do not
 * fit at 9 pt (a table with long text that does not fit at 9 pt uses 8 pt at most). A table whose minima do not fit
 * even at 7.5 pt first loses series columns from the right ({@link #fit}); if still too wide, wrapping text columns
 * shrink below their minima while numbers and codes keep theirs. Spare width goes to the text columns; when width is
 * short, long text gets three times the share of the room above the minima. A table up to 40 % of a page high
 * ({@link PageEstimate#tableHeight}) is kept on one page with its caption; a taller one keeps its caption, header
 * and first two rows together (a list whose first rows hold six-line reasons left half a page empty when three had to
 * fit).
 */
final class TableWriter {
    private static final int CELL_MARGINS = 2 * 108;
    private static final int TEXT_CAP = 48;
    private static final int TEXT_MIN = 12;
    /** Text without spaces up to this width (codes, numbers, short names) is never wrapped. */
    private static final int CODE_MAX = 16;
    /** Text longer than this is a long-text column (titles, reasons): capped wider and given three times the spare room. */
    private static final int LONG_TEXT = 40;
    private static final int LONG_CAP = 64;
    private static final int LONG_MIN = 24;
    /** Font sizes tried, in half-points, with the width of one narrow character in twips at that size. */
    private static final int[][] SIZES = {{18, 96}, {16, 86}, {15, 80}};
    static final String HEADER_FILL = "D9E2F3";
    /** Tables up to this height (twips, 40 % of the text height) are kept on one page. */
    static final int KEEP_WHOLE = Docx.TEXT_HEIGHT * 2 / 5;
    /** Publication numbers, codes and other text without spaces or CJK characters up to this width never wrap. */
    private static final int LATIN_CODE_MAX = 24;

    private final java.util.Map<String, String> numbers = new java.util.HashMap<>();

    private final Docx d;
    private final Words w;
    private final Captions captions;

    TableWriter(Docx d, Words w, Captions captions) {
        this.d = d;
        this.w = w;
        this.captions = captions;
    }

    /** Writes the table with its caption and note; a view without rows becomes one sentence instead. */
    void write(TableView v) {
        if (v.cells().isEmpty()) {
            d.text(w.t("（" + v.title() + "：无数据。）", "(" + v.title() + ": no data.)"));
            return;
        }
        v = fit(v);
        d.tableCaption(captions.table(v.title()));
        if (v.sourceId() != null) {
            numbers.putIfAbsent(v.sourceId(), captions.lastTable());
        }
        int n = v.headers().size();
        int[] widths = new int[n];
        int size = layout(v, widths);
        XWPFTable t = d.doc.createTable(v.cells().size() + 1, n);
        frame(t, widths);
        XWPFTableRow header = t.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        int rows = v.cells().size();
        // each row's height for the page estimate, from the cells' text as written (PageEstimate.rowHeight's numbers)
        int[] heights = new int[rows + 1];
        for (int c = 0; c < n; c++) {
            XWPFTableCell cell = header.getCell(c);
            cell.setColor(HEADER_FILL);
            String written = fill(cell, widths[c], v.headers().get(c), size, true, ParagraphAlignment.CENTER);
            heights[0] = Math.max(heights[0], PageEstimate.cellHeight(written, widths[c], size));
        }
        // a short table stays on one page with its caption; a longer one keeps its caption, header and first rows
        // together and may break after them (a whole 15-row list of reasons is taller than a page)
        boolean whole = PageEstimate.tableHeight(v.headers(), v.cells(), widths, size) <= KEEP_WHOLE;
        // (the row after the last one marked is kept too: header and first row marked keep two rows with the caption)
        int keep = whole ? rows - 1 : Math.min(rows - 1, 1);
        for (int c = 0; c < n; c++) {
            header.getCell(c).getParagraphs().get(0).setKeepNext(true);
        }
        for (int r = 0; r < rows; r++) {
            XWPFTableRow row = t.getRow(r + 1);
            row.setCantSplitRow(true);
            for (int c = 0; c < n; c++) {
                String written = fill(row.getCell(c), widths[c], v.cells().get(r).get(c), size, false,
                        v.numeric().get(c) ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
                heights[r + 1] = Math.max(heights[r + 1], PageEstimate.cellHeight(written, widths[c], size));
                if (r < keep || r == rows - 1) {
                    // the last row keeps the note under it (a note alone at the top of a page reads as lost)
                    row.getCell(c).getParagraphs().get(0).setKeepNext(true);
                }
            }
        }
        d.rowHeights.put(t.getCTTbl(), heights);
        String note = note(v);
        if (note != null) {
            d.note(note);
        } else {
            d.note("");
        }
    }

    /** The caption number ({@code 表 2-1} / {@code Table 2-1}) of the first table printed from metric table {@code id}. */
    java.util.Optional<String> number(String id) {
        return java.util.Optional.ofNullable(numbers.get(id));
    }

    /**
     * The view with as many of its series columns (node, year and country columns, {@link TableView#series}) as fit
     * the text width at the smallest table font without squeezing a number or code: series columns are dropped from
     * the right (they are in the table's own order: by size, or the last years), and the note then says how many
     * columns are shown and where the full table is. A view without series columns is returned as it is.
     */
    static TableView fit(TableView v) {
        TableView out = v;
        while (sum(needs(out)) > available(out.headers().size(), SIZES[SIZES.length - 1][1])) {
            int drop = -1;
            int series = 0;
            for (int c = 0; c < out.headers().size(); c++) {
                if (out.series().get(c)) {
                    drop = c;
                    series++;
                }
            }
            if (drop < 0 || series <= 1) {
                break;
            }
            out = out.without(drop);
        }
        return out;
    }

    /** Each column's minimum width in narrow characters (see the class description). */
    static double[] needs(TableView v) {
        double[] need = new double[v.headers().size()];
        double[] want = new double[need.length];
        boolean[] rigid = new boolean[need.length];
        measure(v, want, need, new double[need.length], rigid);
        return need;
    }

    /** The line under the table: how much of it is shown and where the rest is; null for the report's own tables. */
    String note(TableView v) {
        if (v.sourceId() == null) {
            return null;
        }
        String id = v.sourceId();
        if (!v.shortened()) {
            return w.t("数据：atlas.xlsx 工作表“" + id + "”，tables/" + id + ".csv。",
                    "Data: sheet \"" + id + "\" of atlas.xlsx, tables/" + id + ".csv.");
        }
        boolean fewerColumns = v.headers().size() < v.totalColumns();
        String shown = w.en
                ? "Shows " + w.n(v.cells().size()) + " of " + w.n(v.totalRows()) + " rows"
                        + (fewerColumns ? " and " + v.headers().size() + " of " + v.totalColumns() + " columns" : "")
                : "本表列出全部" + w.n(v.totalRows()) + "行中的" + w.n(v.cells().size()) + "行"
                        + (fewerColumns ? "、" + v.totalColumns() + "列中的" + v.headers().size() + "列" : "");
        return w.t("注：" + shown + "；完整数据见 atlas.xlsx 工作表“" + id + "”及 tables/" + id + ".csv。",
                "Note: " + shown + "; the full table is on sheet \"" + id + "\" of atlas.xlsx and in tables/" + id
                        + ".csv.");
    }

    /**
     * A value with its reference in brackets, {@code 87.9%（94.2%）}, {@code 不适用（70.9%）} or {@code 1.16 (1.04)},
     * split before the bracket; null for any other text.
     */
    static String[] bracketed(String cell) {
        java.util.regex.Matcher m = BRACKETED.matcher(cell);
        return m.matches() ? new String[] {m.group(1), m.group(2)} : null;
    }

    private static final java.util.regex.Pattern BRACKETED =
            java.util.regex.Pattern.compile("([^（()）\\s]+)\\s?([（(][^（()）]*[）)])");

    /**
     * The bracketed reference as it is written on a line of its own: with half-width brackets (a full-width bracket
     * is as wide as two digits, and on its own line it separates nothing).
     */
    static String ownLine(String bracketed) {
        return bracketed.replace('（', '(').replace('）', ')');
    }

    /** The width of one narrow character in twips at a table font size (half-points). */
    private static int unit(int size) {
        for (int[] s : SIZES) {
            if (s[0] == size) {
                return s[1];
            }
        }
        return SIZES[SIZES.length - 1][1];
    }

    /** Fills a cell; returns its text as the cell holds it (a line break as a newline, as POI's cell text reads). */
    private String fill(XWPFTableCell cell, int width, String text, int size, boolean header, ParagraphAlignment align) {
        CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        CTTblWidth tcw = pr.isSetTcW() ? pr.getTcW() : pr.addNewTcW();
        tcw.setType(STTblWidth.DXA);
        tcw.setW(BigInteger.valueOf(width));
        (pr.isSetVAlign() ? pr.getVAlign() : pr.addNewVAlign()).setVal(STVerticalJc.CENTER);
        XWPFParagraph p = cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
        p.setStyle("TableText");
        p.setAlignment(align);
        String[] parts = header || align != ParagraphAlignment.RIGHT ? null : bracketed(text);
        if (parts != null && width(text) * unit(size) > width - CELL_MARGINS) {
            // too narrow for one line: the value on the first line, its bracketed reference on the second (never
            // a break inside a number)
            var first = d.run(p, parts[0], Docx.Font.BODY, false);
            first.setFontSize(size / 2.0);
            first.addBreak();
            d.run(p, ownLine(parts[1]), Docx.Font.BODY, false).setFontSize(size / 2.0);
            return Docx.clean(parts[0]) + "\n" + Docx.clean(ownLine(parts[1]));
        }
        String shown = text.isEmpty() ? Cells.NONE : text;
        var run = d.run(p, shown, header ? Docx.Font.HEADING : Docx.Font.BODY, header);
        run.setFontSize(size / 2.0);
        return Docx.clean(shown);
    }

    private static void frame(XWPFTable t, int[] widths) {
        CTTblPr pr = t.getCTTbl().getTblPr() != null ? t.getCTTbl().getTblPr() : t.getCTTbl().addNewTblPr();
        CTTblWidth tw = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
        tw.setType(STTblWidth.DXA);
        int total = 0;
        for (int x : widths) {
            total += x;
        }
        tw.setW(BigInteger.valueOf(total));
        (pr.isSetJc() ? pr.getJc() : pr.addNewJc()).setVal(STJcTable.CENTER);
        if (pr.isSetTblBorders()) {
            pr.unsetTblBorders();
        }
        CTTblBorders b = pr.addNewTblBorders();
        for (CTBorder border : List.of(b.addNewTop(), b.addNewLeft(), b.addNewBottom(), b.addNewRight(),
                b.addNewInsideH(), b.addNewInsideV())) {
            border.setVal(STBorder.SINGLE);
            border.setSz(BigInteger.valueOf(4));
            border.setSpace(BigInteger.ZERO);
            border.setColor("808080");
        }
        (pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
        CTTblGrid grid = t.getCTTbl().getTblGrid() != null ? t.getCTTbl().getTblGrid() : t.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int x : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(x));
        }
    }

    /**
     * Chooses the font size (half-points) and fills {@code widths} (twips). A table whose columns want little room is
     * narrower than the text (at least 55 % of it, centred); otherwise the widths sum to the text width.
     */
    static int layout(TableView v, int[] widths) {
        int n = v.headers().size();
        double[] want = new double[n];
        double[] need = new double[n];
        double[] weight = new double[n];
        boolean[] rigid = new boolean[n];
        measure(v, want, need, weight, rigid);
        double sumNeed = sum(need);
        double sumWant = sum(want);
        boolean longText = false;
        for (double x : weight) {
            longText |= x > 1;
        }
        int[] chosen = SIZES[SIZES.length - 1];
        for (int[] s : SIZES) {
            if (sumNeed <= available(n, s[1]) && !(longText && sumWant > available(n, s[1]) && s[0] > 16)) {
                chosen = s;
                break;
            }
        }
        double full = available(n, chosen[1]);
        double avail = Math.min(full, Math.max(sumWant * 1.3, full * 0.55));
        double[] units = new double[n];
        if (sumWant <= avail) {
            double spareWeight = 0;
            for (int c = 0; c < n; c++) {
                spareWeight += v.numeric().get(c) ? 0 : want[c];
            }
            for (int c = 0; c < n; c++) {
                double share = spareWeight > 0 ? (v.numeric().get(c) ? 0 : want[c] / spareWeight)
                        : want[c] / sumWant;
                units[c] = want[c] + (avail - sumWant) * share;
            }
        } else if (sumNeed <= avail) {
            double slack = 0;
            for (int c = 0; c < n; c++) {
                slack += (want[c] - need[c]) * weight[c];
            }
            for (int c = 0; c < n; c++) {
                units[c] = need[c] + (slack == 0 ? 0 : (avail - sumNeed) * (want[c] - need[c]) * weight[c] / slack);
            }
        } else {
            // too narrow even at the minima: wrapping text columns shrink, numbers and codes keep their width (a
            // publication number broken in two is misread); only when those alone are too wide is everything scaled
            double fixed = 0;
            for (int c = 0; c < n; c++) {
                fixed += rigid[c] ? need[c] : 0;
            }
            double scale = fixed < avail ? (avail - fixed) / (sumNeed - fixed) : avail / sumNeed;
            for (int c = 0; c < n; c++) {
                units[c] = fixed < avail && rigid[c] ? need[c] : need[c] * scale;
            }
        }
        int total = 0;
        for (int c = 0; c < n; c++) {
            widths[c] = (int) Math.floor(units[c] * chosen[1]) + CELL_MARGINS;
            total += widths[c];
        }
        int target = (int) Math.round(avail * chosen[1]) + n * CELL_MARGINS;
        widths[n - 1] += Math.min(target, Docx.TEXT_WIDTH) - total;
        return chosen[0];
    }

    /** Fills each column's wished and minimum width (narrow characters), share weight and whether it may not wrap. */
    private static void measure(TableView v, double[] want, double[] need, double[] weight, boolean[] rigid) {
        int n = v.headers().size();
        for (int c = 0; c < n; c++) {
            int content = 0;
            boolean spaces = false;
            boolean cjk = false;
            for (List<String> r : v.cells()) {
                String cell = r.get(c);
                content = Math.max(content, width(cell));
                spaces |= cell.strip().contains(" ");
                cjk |= cell.codePoints().anyMatch(TableWriter::wide);
            }
            String h = v.headers().get(c);
            int headerMin = headerMin(h);
            weight[c] = 1;
            if (v.numeric().get(c)) {
                // a value with its reference in brackets (87.9%（94.2%）) may take two lines, breaking before the
                // bracket only: its minimum is the wider part, its wish the whole
                int parts = 0;
                for (List<String> r : v.cells()) {
                    String[] p = bracketed(r.get(c));
                    parts = Math.max(parts, p == null ? width(r.get(c)) : Math.max(width(p[0]), width(ownLine(p[1]))));
                }
                need[c] = Math.max(parts, headerMin);
                want[c] = Math.max(Math.max(need[c], content), Math.min(width(h), need[c] + 2));
                rigid[c] = true;
            } else if (content > LONG_TEXT && (spaces || cjk)) {
                want[c] = Math.min(content, LONG_CAP);
                need[c] = Math.max(headerMin, LONG_MIN);
                weight[c] = 3;
            } else {
                want[c] = Math.min(Math.max(content, headerMin), Math.max(TEXT_CAP, cjk ? 0 : content));
                boolean code = !spaces && content <= (cjk ? CODE_MAX : LATIN_CODE_MAX);
                need[c] = code ? Math.max(content, headerMin) : Math.min(want[c], Math.max(headerMin, TEXT_MIN));
                rigid[c] = code;
            }
            want[c] = Math.max(want[c], 2);
            need[c] = Math.max(need[c], Math.min(want[c], 2));
        }
    }

    private static double available(int columns, int unitTwips) {
        return (double) (Docx.TEXT_WIDTH - columns * CELL_MARGINS) / unitTwips;
    }

    private static double sum(double[] a) {
        double s = 0;
        for (double x : a) {
            s += x;
        }
        return s;
    }

    /** The narrowest a header may be: its longest Latin word, or half its width but at least four CJK characters. */
    static int headerMin(String h) {
        int longestWord = 0;
        for (String word : h.split("[\\s/–-]+")) {
            longestWord = Math.max(longestWord, width(word));
        }
        boolean cjk = h.codePoints().anyMatch(TableWriter::wide);
        // +1: headers are bold, a little wider than the estimate
        return cjk ? Math.min(width(h), Math.max(8, (width(h) + 1) / 2 + 1)) + 1 : Math.max(3, longestWord) + 1;
    }

    /**
     * Display width in narrow characters (half an em): CJK, full-width characters and {@code %} count double,
     * capitals 1.4, lower-case letters 0.9, a space 0.5, digits and other characters 1.
     */
    static int width(String s) {
        // in tenths: capitals are about 0.7 em in Times New Roman, so a publication number (US20030167631A1) is
        // wider than its length in digits
        int tenths = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            tenths += wide(cp) || cp == '%' || cp == 'W' || cp == 'M' ? 20 : cp >= 'A' && cp <= 'Z' ? 14
                    : cp >= 'a' && cp <= 'z' ? 9 : cp == ' ' ? 5 : 10;
        }
        return (tenths + 9) / 10;
    }

    static boolean wide(int cp) {
        Character.UnicodeScript sc = Character.UnicodeScript.of(cp);
        return sc == Character.UnicodeScript.HAN || sc == Character.UnicodeScript.HIRAGANA
                || sc == Character.UnicodeScript.KATAKANA || sc == Character.UnicodeScript.HANGUL
                || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF) || cp == '—' || cp == '“'
                || cp == '”';
    }
}
