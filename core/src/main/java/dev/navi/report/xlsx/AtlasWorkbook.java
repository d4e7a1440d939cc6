package dev.navi.report.xlsx;

import dev.navi.metrics.Definition;
import dev.navi.metrics.MetricTable;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the navigation atlas's Excel workbook from a ready {@link AtlasWorkbookModel}.
 *
 * <p>Sheets, in order: {@code README 说明} (title, generated-by line, counting unit, sources, cut-off, search
 * strings, tagging quality, definitions, then notes on split data sheets and truncated cells), {@code data 数据}
 * (continued on {@code data 数据 (2)}, {@code (3)} ... beyond Excel's 1,048,576 rows), then one sheet per
 * {@link MetricTable} named after its id (see {@link SheetNames}): title row, note row, header row, data.
 *
 * <p>Cell rules: text is always written with {@code setCellValue(String)}, never as a formula; text starting with
 * {@code = + - @} gets a quote-prefixed style so spreadsheet apps never evaluate it. Text longer than 32,767
 * chars is cut to 32,767 including the marker {@value #TRUNCATION_MARKER}, and listed on the README sheet.
 * Long/Integer/Short/Byte/BigInteger → numeric "#,##0"; other numbers → numeric "0.0000", or "0.0%" when the
 * column name (lower-cased) contains share, cagr, rate, yoy, control, precision or recall (values are fractions,
 * 0.25 shows as 25.0%); NaN/infinite → text; null → empty cell. Header rows are bold, frozen and carry an
 * auto-filter; column widths follow content length (CJK chars count double) between 6 and 60 chars.
 *
 * <p>Output is streamed (SXSSF, 200-row window); the same model gives the same cell contents (no timestamps in
 * cells). Stateless and thread-safe; the caller's stream is not closed.
 */
public final class AtlasWorkbook {
    /** Excel's limit on characters in one cell. */
    public static final int MAX_CELL_CHARS = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    /** Appended (inside the limit) to text cut to {@link #MAX_CELL_CHARS}. */
    public static final String TRUNCATION_MARKER = " …[truncated]";
    /** Name of the first sheet. */
    public static final String README_SHEET = "README 说明";
    /** Name of the first data sheet; continuation sheets append " (2)", " (3)" ... */
    public static final String DATA_SHEET = "data 数据";
    /** Format of whole numbers. */
    public static final String INTEGER_FORMAT = "#,##0";
    /** Format of fractional numbers. */
    public static final String DECIMAL_FORMAT = "0.0000";
    /** Format of ratio columns. */
    public static final String PERCENT_FORMAT = "0.0%";

    static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();
    private static final List<String> PERCENT_WORDS =
            List.of("share", "cagr", "rate", "yoy", "control", "precision", "recall");
    private static final int WINDOW = 200;
    /** Data-sheet column widths are taken from the first rows only: measuring every cell of a million rows costs
     * more than it tells. */
    static final int MEASURED_DATA_ROWS = 2_000;
    private static final int MIN_WIDTH = 6;
    private static final int MAX_WIDTH = 60;
    private static final int MAX_LISTED_TRUNCATIONS = 1000;

    private AtlasWorkbook() {
    }

    /** Writes the workbook for {@code model} to {@code out} (not closed). */
    public static void write(AtlasWorkbookModel model, OutputStream out) throws IOException {
        write(model, out, MAX_ROWS - 1);
    }

    /**
     * Writes the data sheets from {@code dataPart} (title, language, data columns and rows) first and only then asks
     * {@code rest} for everything else (tables, definitions, README contents), so the long data sheet can be written
     * while the tables are still being computed. {@code rest} may block; its data columns and rows are not used.
     */
    public static void write(AtlasWorkbookModel dataPart, java.util.function.Supplier<AtlasWorkbookModel> rest,
                             OutputStream out) throws IOException {
        write(dataPart, rest, out, MAX_ROWS - 1);
    }

    /** As {@link #write(AtlasWorkbookModel, OutputStream)} with a smaller data-rows-per-sheet limit, for tests. */
    static void write(AtlasWorkbookModel model, OutputStream out, int maxDataRowsPerSheet) throws IOException {
        write(model, () -> model, out, maxDataRowsPerSheet);
    }

    private static void write(AtlasWorkbookModel model, java.util.function.Supplier<AtlasWorkbookModel> rest,
                              OutputStream out, int maxDataRowsPerSheet) throws IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook(WINDOW);
        try {
            new Writer(model, rest, wb, Math.min(maxDataRowsPerSheet, MAX_ROWS - 1)).run();
            wb.write(out);
        } finally {
            wb.dispose();
            wb.close();
        }
    }

    /** A declared kind decides ({@link MetricTable#kind}); an undeclared column is read from its name. */
    static boolean isPercentColumn(MetricTable t, String column) {
        return t.kind(column).map(k -> k == dev.navi.metrics.ColumnKind.SHARE || k == dev.navi.metrics.ColumnKind.RATE)
                .orElseGet(() -> isPercentColumn(column));
    }

    static boolean isPercentColumn(String column) {
        String c = column == null ? "" : column.toLowerCase(Locale.ROOT);
        return PERCENT_WORDS.stream().anyMatch(c::contains);
    }

    static boolean needsQuotePrefix(String text) {
        return !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0;
    }

    static String truncate(String text) {
        if (text.length() <= MAX_CELL_CHARS) {
            return text;
        }
        int end = MAX_CELL_CHARS - TRUNCATION_MARKER.length();
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + TRUNCATION_MARKER;
    }

    /** Display width in characters: CJK and other wide characters count double. */
    static int displayWidth(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            w += isWide(cp) ? 2 : 1;
            if (w > MAX_WIDTH) {
                return w;
            }
        }
        return w;
    }

    private static boolean isWide(int cp) {
        Character.UnicodeScript sc = Character.UnicodeScript.of(cp);
        return sc == Character.UnicodeScript.HAN || sc == Character.UnicodeScript.HIRAGANA
                || sc == Character.UnicodeScript.KATAKANA || sc == Character.UnicodeScript.HANGUL
                || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF);
    }

    private enum Kind { TEXT, HEADER, TITLE, WRAP, INTEGER, DECIMAL, PERCENT }

    private static final class Writer {
        private AtlasWorkbookModel m;
        private final java.util.function.Supplier<AtlasWorkbookModel> rest;
        private final SXSSFWorkbook wb;
        private final int maxDataRows;
        private final boolean zh;
        private final SheetNames names = new SheetNames();
        private final Map<String, CellStyle> styles = new HashMap<>();
        private final CellStyle[] styleCache = new CellStyle[Kind.values().length * 2];
        private final List<String> truncated = new ArrayList<>();
        private int truncatedCount;
        private final List<String> dataSheetNames = new ArrayList<>();
        private int[] widths = new int[0];
        private Sheet current;

        Writer(AtlasWorkbookModel m, java.util.function.Supplier<AtlasWorkbookModel> rest, SXSSFWorkbook wb,
               int maxDataRows) {
            this.m = m;
            this.rest = rest;
            this.wb = wb;
            this.maxDataRows = Math.max(1, maxDataRows);
            this.zh = m.language() == AtlasWorkbookModel.Language.ZH;
        }

        void run() {
            var core = wb.getXSSFWorkbook().getProperties().getCoreProperties();
            core.setCreator("navi");
            core.setTitle(m.title());
            // marks the workbook as navi's, so navi refuses it as an input (its data sheet would count twice)
            wb.getXSSFWorkbook().getProperties().getCustomProperties().addProperty(dev.navi.io.Manifest.OUTPUT_PROPERTY,
                    "atlas.xlsx");
            SXSSFSheet readme = wb.createSheet(names.claim(README_SHEET));
            writeData();
            m = rest.get();
            for (MetricTable t : m.tables()) {
                writeTable(t);
            }
            // README comes last so it can list the truncated cells of every other sheet.
            writeReadme(readme);
        }

        // ---- data sheets ----

        private void writeData() {
            List<List<String>> rows = m.dataRows();
            int sheets = Math.max(1, (rows.size() + maxDataRows - 1) / maxDataRows);
            for (int s = 0; s < sheets; s++) {
                String name = names.claim(s == 0 ? DATA_SHEET : DATA_SHEET + " (" + (s + 1) + ")");
                dataSheetNames.add(name);
                begin(wb.createSheet(name), m.dataColumns().size());
                Row header = current.createRow(0);
                for (int c = 0; c < m.dataColumns().size(); c++) {
                    text(header, c, m.dataColumns().get(c), Kind.HEADER, true);
                }
                int from = s * maxDataRows;
                int to = Math.min(rows.size(), from + maxDataRows);
                for (int i = from; i < to; i++) {
                    Row row = current.createRow(i - from + 1);
                    List<String> r = rows.get(i);
                    if (r.size() != m.dataColumns().size()) {
                        throw new IllegalArgumentException("data row " + i + " has " + r.size() + " cells for "
                                + m.dataColumns().size() + " columns");
                    }
                    for (int c = 0; c < r.size(); c++) {
                        String v = r.get(c);
                        if (v != null && !v.isEmpty()) {
                            text(row, c, v, Kind.TEXT, i - from < MEASURED_DATA_ROWS);
                        }
                    }
                }
                finishTable(0, Math.max(0, to - from), m.dataColumns().size());
            }
        }

        // ---- metric tables ----

        private void writeTable(MetricTable t) {
            if (t.rows().size() > MAX_ROWS - 3) {
                throw new IllegalArgumentException(t.id() + ": " + t.rows().size() + " rows do not fit one sheet");
            }
            int n = t.columns().size();
            String sheetName = names.claim(t.id());
            begin(wb.createSheet(sheetName), n);
            String title = pick(zh ? t.titleZh() : t.titleEn(), zh ? t.titleEn() : t.titleZh(), t.id());
            text(current.createRow(0), 0, title, Kind.TITLE, false);
            StringBuilder note = new StringBuilder(t.note() == null ? "" : t.note());
            if (!t.definitions().isEmpty()) {
                note.append(note.length() > 0 ? " | " : "").append(zh ? "定义：" : "Definitions: ")
                        .append(String.join(", ", t.definitions()));
            }
            text(current.createRow(1), 0, note.toString(), Kind.TEXT, false);
            Row header = current.createRow(2);
            Kind[] numberKind = new Kind[n];
            for (int c = 0; c < n; c++) {
                text(header, c, t.columns().get(c), Kind.HEADER, true);
                numberKind[c] = isPercentColumn(t, t.columns().get(c)) ? Kind.PERCENT : Kind.DECIMAL;
            }
            for (int i = 0; i < t.rows().size(); i++) {
                Row row = current.createRow(i + 3);
                List<Object> r = t.rows().get(i);
                for (int c = 0; c < n; c++) {
                    value(row, c, r.get(c), numberKind[c]);
                }
            }
            finishTable(2, t.rows().size(), n);
            for (AtlasWorkbookModel.NativeChart chart : m.charts()) {
                if (chart.table().equals(t.id())) {
                    NativeCharts.draw((SXSSFSheet) current, sheetName, t, chart, zh);
                }
            }
        }

        private void value(Row row, int c, Object v, Kind fractionKind) {
            if (v == null) {
                return;
            }
            if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte
                    || v instanceof BigInteger) {
                Cell cell = row.createCell(c);
                cell.setCellValue(((Number) v).doubleValue());
                cell.setCellStyle(style(Kind.INTEGER, false));
                measure(c, String.format(Locale.ROOT, "%,d", ((Number) v).longValue()));
            } else if (v instanceof Number num) {
                double d = num instanceof BigDecimal bd ? bd.doubleValue() : num.doubleValue();
                if (Double.isNaN(d) || Double.isInfinite(d)) {
                    text(row, c, String.valueOf(d), Kind.TEXT, true);
                    return;
                }
                Cell cell = row.createCell(c);
                cell.setCellValue(d);
                cell.setCellStyle(style(fractionKind, false));
                measure(c, String.format(Locale.ROOT, fractionKind == Kind.PERCENT ? "%.1f%%" : "%.4f",
                        fractionKind == Kind.PERCENT ? d * 100 : d));
            } else {
                text(row, c, v.toString(), Kind.TEXT, true);
            }
        }

        // ---- README ----

        private void writeReadme(SXSSFSheet sheet) {
            begin(sheet, 7);
            int r = 0;
            text(sheet.createRow(r++), 0, m.title(), Kind.TITLE, false);
            text(sheet.createRow(r++), 0, zh
                    ? "由 navi 生成（专利导航，GB/T 39551-2020）。各表的排序与并列规则见表内说明行。"
                    : "Generated by navi (patent navigation, GB/T 39551-2020). Each table's note row states its sort and tie rule.",
                    Kind.TEXT, false);
            r++;
            r = labelled(sheet, r, zh ? "计数单位" : "Counting unit", List.of(m.countingUnit()));
            r = labelled(sheet, r, zh ? "数据来源" : "Data sources", m.dataSources());
            r = labelled(sheet, r, zh ? "检索截止日" : "Cut-off date",
                    List.of(m.cutOffDate() == null ? "—" : m.cutOffDate().toString()));
            r = labelled(sheet, r, zh ? "检索式" : "Search strings", m.searchStrings());
            r++;

            text(sheet.createRow(r++), 0, zh ? "标引质量" : "Tagging quality", Kind.TITLE, false);
            if (m.taggingQuality().isEmpty()) {
                text(sheet.createRow(r++), 0, "—", Kind.TEXT, false);
            } else {
                Row h = sheet.createRow(r++);
                List<String> qh = zh ? List.of("节点", "precision 查准率", "recall 查全率", "区间")
                        : List.of("Node", "Precision", "Recall", "Intervals");
                for (int c = 0; c < qh.size(); c++) {
                    text(h, c, qh.get(c), Kind.HEADER, true);
                }
                for (AtlasWorkbookModel.TaggingQuality q : m.taggingQuality()) {
                    Row row = sheet.createRow(r++);
                    value(row, 0, q.node(), Kind.PERCENT);
                    value(row, 1, q.precision(), Kind.PERCENT);
                    value(row, 2, q.recall(), Kind.PERCENT);
                    value(row, 3, q.intervals(), Kind.PERCENT);
                }
            }
            r++;

            text(sheet.createRow(r++), 0, zh ? "指标定义" : "Definitions", Kind.TITLE, false);
            int headerRow = r;
            Row h = sheet.createRow(r++);
            List<String> dh = zh ? List.of("编号", "名称", "英文名称", "公式", "单位", "计数口径", "时间窗口")
                    : List.of("Id", "Name (Chinese)", "Name", "Formula", "Unit", "Basis", "Window");
            for (int c = 0; c < dh.size(); c++) {
                text(h, c, dh.get(c), Kind.HEADER, true);
            }
            for (Definition d : m.definitions()) {
                Row row = sheet.createRow(r++);
                List<String> cells = java.util.Arrays.asList(d.id(), d.nameZh(), d.nameEn(), d.formula(!zh), d.unit(!zh),
                        d.basis(!zh), d.window(!zh));
                for (int c = 0; c < cells.size(); c++) {
                    if (cells.get(c) != null) {
                        text(row, c, cells.get(c), Kind.WRAP, true);
                    }
                }
            }
            int lastDefRow = r - 1;
            r++;

            if (dataSheetNames.size() > 1) {
                text(sheet.createRow(r++), 0, zh
                        ? "数据行超过 Excel 每表 1,048,576 行的上限，已依次续写于：" + String.join("、", dataSheetNames)
                        : "Data rows exceed Excel's limit of 1,048,576 rows per sheet; they continue, in order, on: "
                                + String.join(", ", dataSheetNames), Kind.TEXT, false);
            }
            if (truncatedCount > 0) {
                text(sheet.createRow(r++), 0, (zh
                        ? "以下单元格超过 Excel 单元格 32,767 字符上限，已截断并以“" + TRUNCATION_MARKER.strip() + "”结尾（"
                        : "These cells exceeded Excel's 32,767-character cell limit and were cut, ending with \""
                                + TRUNCATION_MARKER.strip() + "\" (") + truncatedCount + (zh ? " 个）：" : " cells):"),
                        Kind.TEXT, false);
                // snapshot: README's own cells could in principle be truncated while writing this list
                for (String ref : List.copyOf(truncated)) {
                    text(sheet.createRow(r++), 0, ref, Kind.TEXT, false);
                }
                if (truncatedCount > truncated.size()) {
                    text(sheet.createRow(r++), 0, (zh ? "……另有 " : "… and ")
                            + (truncatedCount - truncated.size()) + (zh ? " 个" : " more"), Kind.TEXT, false);
                }
            }
            current.createFreezePane(0, 1);
            current.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, lastDefRow), 0, dh.size() - 1));
            applyWidths();
        }

        private int labelled(Sheet sheet, int r, String label, List<String> values) {
            List<String> vs = values.isEmpty() ? List.of("—") : values;
            for (int i = 0; i < vs.size(); i++) {
                Row row = sheet.createRow(r++);
                if (i == 0) {
                    text(row, 0, label, Kind.HEADER, true);
                }
                text(row, 1, vs.get(i) == null ? "" : vs.get(i), Kind.TEXT, false);
            }
            return r;
        }

        // ---- cells, styles, widths ----

        private void begin(Sheet sheet, int columns) {
            current = sheet;
            widths = new int[Math.max(columns, 1)];
        }

        private void finishTable(int headerRow, int dataRows, int columns) {
            current.createFreezePane(0, headerRow + 1);
            if (columns > 0) {
                current.setAutoFilter(new CellRangeAddress(headerRow, headerRow + dataRows, 0, columns - 1));
            }
            applyWidths();
        }

        private void applyWidths() {
            for (int c = 0; c < widths.length; c++) {
                int w = Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, widths[c] + 2));
                current.setColumnWidth(c, w * 256);
            }
        }

        private void measure(int c, String s) {
            if (c >= widths.length) {
                widths = java.util.Arrays.copyOf(widths, c + 1);
            }
            if (widths[c] < MAX_WIDTH) {
                widths[c] = Math.max(widths[c], displayWidth(s));
            }
        }

        private void text(Row row, int c, String s, Kind kind, boolean measured) {
            String v = truncate(s);
            if (v != s) {
                truncatedCount++;
                if (truncated.size() < MAX_LISTED_TRUNCATIONS) {
                    truncated.add(current.getSheetName() + "!" + new CellReference(row.getRowNum(), c).formatAsString());
                }
            }
            Cell cell = row.createCell(c);
            cell.setCellValue(v);
            boolean quote = needsQuotePrefix(v);
            if (kind != Kind.TEXT || quote) {
                cell.setCellStyle(style(kind, quote)); // plain text keeps the default style (smaller sheet XML)
            }
            if (measured) {
                measure(c, v);
            }
        }

        private CellStyle style(Kind kind, boolean quote) {
            int key = kind.ordinal() * 2 + (quote ? 1 : 0);
            CellStyle cached = styleCache[key];
            if (cached == null) {
                cached = createStyle(kind, quote);
                styleCache[key] = cached;
            }
            return cached;
        }

        private CellStyle createStyle(Kind kind, boolean quote) {
            return styles.computeIfAbsent(kind + "/" + quote, k -> {
                CellStyle st = wb.createCellStyle();
                DataFormat df = wb.createDataFormat();
                switch (kind) {
                    case HEADER, TITLE -> {
                        Font f = wb.createFont();
                        f.setBold(true);
                        if (kind == Kind.TITLE) {
                            f.setFontHeightInPoints((short) 13);
                        }
                        st.setFont(f);
                    }
                    case WRAP -> {
                        st.setWrapText(true);
                        st.setVerticalAlignment(VerticalAlignment.TOP);
                    }
                    case INTEGER -> st.setDataFormat(df.getFormat(INTEGER_FORMAT));
                    case DECIMAL -> st.setDataFormat(df.getFormat(DECIMAL_FORMAT));
                    case PERCENT -> st.setDataFormat(df.getFormat(PERCENT_FORMAT));
                    default -> { }
                }
                if (quote) {
                    st.setQuotePrefixed(true);
                }
                return st;
            });
        }

        private static String pick(String first, String second, String fallback) {
            if (first != null && !first.isBlank()) {
                return first;
            }
            return second != null && !second.isBlank() ? second : fallback;
        }
    }
}
