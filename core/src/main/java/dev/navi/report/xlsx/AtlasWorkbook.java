package dev.navi.report.xlsx;

import dev.navi.metrics.ColumnKind;
import dev.navi.metrics.Columns;
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
import org.apache.poi.xssf.streaming.SheetDataWriter;

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
 * <p>Sheets, in order, named in the atlas's language: {@code 说明 / README} (title, generated-by line, counting unit,
 * sources, cut-off, search strings, tagging quality, definitions, then notes on split data sheets and truncated cells),
 * {@code 列索引 / Columns} (every sheet's columns: sheet, column letter, stable id, header, kind — batch scripts map
 * the headers to ids through it), {@code 数据 / Data} (continued on {@code 数据 (2)}, {@code (3)} ... beyond Excel's
 * 1,048,576 rows), then one sheet per {@link MetricTable} named after its id (the id the report and tables/&lt;id&gt;.csv
 * cite; see {@link SheetNames}): title row, note row, header row, data.
 *
 * <p>Cells are typed from the column declarations ({@link Columns#kind}): counts as numbers "#,##0" (numeric text
 * too), shares and rates as fractions in "0.0%" (0.25 shows as 25.0%), years as integers "0", indices "0.0000",
 * yes/no as booleans; node ids, codes, countries and places in the atlas's language; of a column and its language
 * variants ({@code reasons}/{@code reasons_en}) only the atlas's language's. The data sheet's cells follow
 * {@link AtlasWorkbookModel.DataColumn}: dates as date cells "yyyy-mm-dd", whole numbers, decimals, text; a value that
 * does not parse as its type stays text. NaN/infinite → empty cell; null → empty cell. Headers are in the atlas's
 * language, bold, frozen and carry an auto-filter; column widths follow content length (CJK chars count double)
 * between 6 and 60 chars.
 *
 * <p>Text rules: text is always written as a string cell ({@code setCellValue(String)}, or the same XML), never as
 * a formula; text starting with {@code = + - @} gets a quote-prefixed style so spreadsheet apps never evaluate it.
 * Text longer than 32,767 chars is cut to 32,767 including the marker {@value #TRUNCATION_MARKER}, and listed on the
 * README sheet.
 *
 * <p>Output is streamed (SXSSF, 200-row window; the data sheets' rows are written as sheet XML directly, see
 * {@code DataRows}); the same model gives the same cell contents (no timestamps in cells). Stateless and
 * thread-safe; the caller's stream is not closed.
 */
public final class AtlasWorkbook {
    /** Excel's limit on characters in one cell. */
    public static final int MAX_CELL_CHARS = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    /** Appended (inside the limit) to text cut to {@link #MAX_CELL_CHARS}. */
    public static final String TRUNCATION_MARKER = " …[truncated]";
    /** Format of whole numbers. */
    public static final String INTEGER_FORMAT = "#,##0";
    /** Format of fractional numbers. */
    public static final String DECIMAL_FORMAT = "0.0000";
    /** Format of ratio columns. */
    public static final String PERCENT_FORMAT = "0.0%";
    /** Format of year columns (no thousands separator). */
    public static final String YEAR_FORMAT = "0";
    /** Format of date cells. */
    public static final String DATE_FORMAT = "yyyy-mm-dd";

    static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();
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
        write(model, rest, out, maxDataRowsPerSheet, true);
    }

    /**
     * {@code directRows}: the data sheets' rows are written as sheet XML straight into POI's sheet file
     * ({@link DataRows}) instead of as POI cells; false writes every cell through POI, for the test that holds the
     * two to the same bytes.
     */
    static void write(AtlasWorkbookModel model, java.util.function.Supplier<AtlasWorkbookModel> rest,
                      OutputStream out, int maxDataRowsPerSheet, boolean directRows) throws IOException {
        Book wb = new Book();
        try {
            new Writer(model, rest, wb, Math.min(maxDataRowsPerSheet, MAX_ROWS - 1), directRows).run();
            wb.write(out);
        } finally {
            wb.dispose();
            wb.close();
        }
    }

    /** The first sheet's name in the atlas's language. */
    public static String readmeSheet(AtlasWorkbookModel.Language lang) {
        return lang == AtlasWorkbookModel.Language.ZH ? "说明" : "README";
    }

    /** The sheet listing every column's stable id beside its header, in the atlas's language. */
    public static String columnsSheet(AtlasWorkbookModel.Language lang) {
        return lang == AtlasWorkbookModel.Language.ZH ? "列索引" : "Columns";
    }

    /** The first data sheet's name; continuation sheets append " (2)", " (3)" ... */
    public static String dataSheet(AtlasWorkbookModel.Language lang) {
        return lang == AtlasWorkbookModel.Language.ZH ? "数据" : "Data";
    }

    /** A declared kind decides ({@link MetricTable#kind}); an undeclared column is read from its name (see {@link Columns}). */
    static boolean isPercentColumn(MetricTable t, String column) {
        ColumnKind k = Columns.kind(t, column, null);
        return k == ColumnKind.SHARE || k == ColumnKind.RATE;
    }

    static boolean isPercentColumn(String column) {
        return Columns.infer(column == null ? "" : column, null) == ColumnKind.SHARE;
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

    private enum Kind { TEXT, HEADER, TITLE, WRAP, INTEGER, DECIMAL, PERCENT, YEAR, DATE, AMOUNT }

    /** The streaming workbook, deflating at the fastest level and keeping each new sheet's XML writer. */
    private static final class Book extends SXSSFWorkbook {
        /** The XML writer of the sheet created last (POI makes one per sheet, in its constructor). */
        private DataRows lastWriter;

        Book() {
            super(WINDOW);
        }

        @Override
        protected org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream createArchiveOutputStream(
                OutputStream os) {
            // the fastest deflate level: the data sheet of a large run is gigabytes of XML, and level 6 took
            // three times as long for a file about a fifth smaller
            var zip = super.createArchiveOutputStream(os);
            zip.setLevel(java.util.zip.Deflater.BEST_SPEED);
            return zip;
        }

        @Override
        protected SheetDataWriter createSheetDataWriter() throws IOException {
            lastWriter = new DataRows();
            return lastWriter;
        }
    }

    /**
     * POI's writer of a sheet's {@code <sheetData>} XML (to a temporary file), opened up so the data sheet's rows can
     * be written as XML directly: as POI cells (a row map, a cell object per value, a style and column look-up per
     * cell while writing) they were most of the workbook's time. {@link #row} writes exactly what POI writes for the
     * same cells ({@code AtlasWorkbookTest} holds the two to the same bytes): inline strings escaped as POI escapes
     * them, numbers as {@link Double#toString}, the style index when not the default.
     */
    private static final class DataRows extends SheetDataWriter {
        private final StringBuilder buf = new StringBuilder(4096);
        private String[] columns = new String[0];

        DataRows() throws IOException {
            super();
        }

        /** Starts a row: {@code rowIndex} is 0-based, as in POI. */
        StringBuilder begin(int rowIndex) {
            buf.setLength(0);
            return buf.append("<row r=\"").append(rowIndex + 1).append("\">\n");
        }

        /** Writes the row begun with {@link #begin}. */
        void end() throws IOException {
            buf.append("</row>\n");
            _out.append(buf);
        }

        private void ref(int rowIndex, int c) {
            if (c >= columns.length) {
                columns = java.util.Arrays.copyOf(columns, c + 1);
            }
            String col = columns[c];
            if (col == null) {
                col = CellReference.convertNumToColString(c);
                columns[c] = col;
            }
            buf.append("<c r=\"").append(col).append(rowIndex + 1).append('"');
        }

        private void style(CellStyle style) {
            int index = style == null ? 0 : style.getIndex() & 0xffff;
            if (index != 0) {
                buf.append(" s=\"").append(index).append('"');
            }
        }

        void number(int rowIndex, int c, double value, CellStyle style) {
            ref(rowIndex, c);
            style(style);
            buf.append(" t=\"n\"><v>").append(Double.toString(value)).append("</v></c>");
        }

        void text(int rowIndex, int c, String value, CellStyle style) {
            ref(rowIndex, c);
            style(style);
            buf.append(" t=\"inlineStr\"><is><t");
            if (!value.isEmpty() && (Character.isWhitespace(value.charAt(0))
                    || Character.isWhitespace(value.charAt(value.length() - 1)))) {
                buf.append(" xml:space=\"preserve\"");
            }
            buf.append('>');
            escape(value);
            buf.append("</t></is></c>");
        }

        /** POI's escaping of cell text ({@code SheetDataWriter.outputEscapedString}), char by char. */
        private void escape(String s) {
            for (int i = 0, n = s.length(); i < n; i++) {
                char ch = s.charAt(i);
                switch (ch) {
                    case '<' -> buf.append("&lt;");
                    case '>' -> buf.append("&gt;");
                    case '&' -> buf.append("&amp;");
                    case '"' -> buf.append("&quot;");
                    case '\n' -> buf.append("&#xa;");
                    case '\r' -> buf.append("&#xd;");
                    case '\t' -> buf.append("&#x9;");
                    case '\u00A0' -> buf.append("&#xa0;");
                    // other control characters and the non-characters U+FFFE/U+FFFF become '?', as in POI (XML 1.0
                    // cannot hold them); surrogate pairs pass through as the two chars they are
                    default -> buf.append(ch < ' ' || ch >= '\uFFFE' ? '?' : ch);
                }
            }
        }
    }

    private static final class Writer {
        private AtlasWorkbookModel m;
        private final java.util.function.Supplier<AtlasWorkbookModel> rest;
        private final Book wb;
        private final int maxDataRows;
        private final boolean directRows;
        private final boolean zh;
        private final SheetNames names = new SheetNames();
        private final Map<String, CellStyle> styles = new HashMap<>();
        private final CellStyle[] styleCache = new CellStyle[Kind.values().length * 2];
        private final List<String> truncated = new ArrayList<>();
        private int truncatedCount;
        private final List<String> dataSheetNames = new ArrayList<>();
        private final List<List<String>> index = new ArrayList<>();
        private int[] widths = new int[0];
        private Sheet current;

        Writer(AtlasWorkbookModel m, java.util.function.Supplier<AtlasWorkbookModel> rest, Book wb,
               int maxDataRows, boolean directRows) {
            this.m = m;
            this.rest = rest;
            this.wb = wb;
            this.maxDataRows = Math.max(1, maxDataRows);
            this.directRows = directRows;
            this.zh = m.language() == AtlasWorkbookModel.Language.ZH;
        }

        void run() {
            var core = wb.getXSSFWorkbook().getProperties().getCoreProperties();
            core.setCreator("navi");
            core.setTitle(m.title());
            // marks the workbook as navi's, so navi refuses it as an input (its data sheet would count twice)
            wb.getXSSFWorkbook().getProperties().getCustomProperties().addProperty(dev.navi.io.Manifest.OUTPUT_PROPERTY,
                    "atlas.xlsx");
            SXSSFSheet readme = wb.createSheet(names.claim(readmeSheet(m.language())));
            SXSSFSheet columns = wb.createSheet(names.claim(columnsSheet(m.language())));
            writeData();
            m = rest.get();
            for (MetricTable t : m.tables()) {
                writeTable(t);
            }
            writeColumns(columns);
            // README comes last so it can list the truncated cells of every other sheet.
            writeReadme(readme);
        }

        // ---- data sheets ----

        private void writeData() {
            List<List<String>> rows = m.dataRows();
            List<AtlasWorkbookModel.DataColumn> types = m.dataTypes();
            int width = m.dataColumns().size();
            int sheets = Math.max(1, (rows.size() + maxDataRows - 1) / maxDataRows);
            for (int s = 0; s < sheets; s++) {
                String name = names.claim(s == 0 ? dataSheet(m.language()) : dataSheet(m.language()) + " (" + (s + 1) + ")");
                dataSheetNames.add(name);
                begin(wb.createSheet(name), width);
                DataRows direct = directRows ? wb.lastWriter : null;
                Row header = current.createRow(0);
                for (int c = 0; c < width; c++) {
                    String id = m.dataColumns().get(c);
                    String label = types.isEmpty() ? id : types.get(c).label();
                    text(header, c, label, Kind.HEADER, true);
                    if (s == 0) {
                        index.add(List.of(name, CellReference.convertNumToColString(c), id, label,
                                typeName(types.isEmpty() ? AtlasWorkbookModel.DataColumn.Type.TEXT : types.get(c).type())));
                    }
                }
                int from = s * maxDataRows;
                int to = Math.min(rows.size(), from + maxDataRows);
                if (direct != null) {
                    flush(); // the header row goes to the sheet file first, through POI
                }
                for (int i = from; i < to; i++) {
                    // directly as XML, but the sheet's last row through POI: POI then knows the sheet's last row,
                    // for its dimension, as when every row went through it
                    boolean raw = direct != null && i < to - 1;
                    Row row = raw ? null : current.createRow(i - from + 1);
                    int rowIndex = i - from + 1;
                    List<String> r = rows.get(i);
                    if (r.size() != width) {
                        throw new IllegalArgumentException("data row " + i + " has " + r.size() + " cells for "
                                + width + " columns");
                    }
                    if (raw) {
                        direct.begin(rowIndex);
                    }
                    boolean measured = i - from < MEASURED_DATA_ROWS;
                    for (int c = 0; c < r.size(); c++) {
                        String v = r.get(c);
                        if (v != null && !v.isEmpty()) {
                            dataCell(raw ? direct : null, row, rowIndex, c, v, types.isEmpty()
                                    ? AtlasWorkbookModel.DataColumn.Type.TEXT : types.get(c).type(), measured);
                        }
                    }
                    if (raw) {
                        try {
                            direct.end();
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }
                }
                finishTable(0, Math.max(0, to - from), width);
            }
        }

        private void flush() {
            try {
                ((SXSSFSheet) current).flushRows();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        /**
         * A data-sheet cell of its column's type; text that does not parse as the type stays text. Into {@code direct}
         * when not null (row {@code rowIndex}), else a cell of {@code row}.
         */
        private void dataCell(DataRows direct, Row row, int rowIndex, int c, String v,
                              AtlasWorkbookModel.DataColumn.Type type, boolean measured) {
            switch (type) {
                case INTEGER -> {
                    Long n = parseLong(v);
                    if (n != null) {
                        if (direct == null) {
                            number(row, c, n, Kind.INTEGER, measured);
                        } else {
                            direct.number(rowIndex, c, n, style(Kind.INTEGER, false));
                            measureNumber(c, n, Kind.INTEGER, measured);
                        }
                        return;
                    }
                }
                case DECIMAL -> {
                    Double d = parseDouble(v);
                    if (d != null) {
                        if (direct == null) {
                            number(row, c, d, Kind.DECIMAL, measured);
                        } else {
                            direct.number(rowIndex, c, d, style(Kind.DECIMAL, false));
                            measureNumber(c, d, Kind.DECIMAL, measured);
                        }
                        return;
                    }
                }
                case DATE -> {
                    try {
                        java.time.LocalDate date = java.time.LocalDate.parse(v.strip());
                        if (direct == null) {
                            Cell cell = row.createCell(c);
                            cell.setCellValue(date);
                            cell.setCellStyle(style(Kind.DATE, false));
                        } else {
                            // what POI's setCellValue(LocalDate) stores: the serial day of the 1900 date system
                            direct.number(rowIndex, c, org.apache.poi.ss.usermodel.DateUtil.getExcelDate(
                                    date.atStartOfDay(), false), style(Kind.DATE, false));
                        }
                        if (measured) {
                            measure(c, "0000-00-00");
                        }
                        return;
                    } catch (java.time.format.DateTimeParseException e) {
                        // not an ISO date: kept as the text it is
                    }
                }
                default -> { }
            }
            if (direct == null) {
                text(row, c, v, Kind.TEXT, measured);
            } else {
                String t = truncated(rowIndex, c, v);
                boolean quote = needsQuotePrefix(t);
                direct.text(rowIndex, c, t, quote ? style(Kind.TEXT, true) : null);
                if (measured) {
                    measure(c, t);
                }
            }
        }

        // ---- metric tables ----

        private void writeTable(MetricTable t) {
            if (t.rows().size() > MAX_ROWS - 3) {
                throw new IllegalArgumentException(t.id() + ": " + t.rows().size() + " rows do not fit one sheet");
            }
            Shown shown = shown(t);
            MetricTable v = shown.table();
            int n = v.columns().size();
            String sheetName = names.claim(t.id());
            begin(wb.createSheet(sheetName), n);
            String title = pick(zh ? t.titleZh() : t.titleEn(), zh ? t.titleEn() : t.titleZh(), t.id());
            text(current.createRow(0), 0, m.namer() == null ? title : m.namer().places(title), Kind.TITLE, false);
            // the producer's note (sort, tie rule, caveats) in the sheet's language, then the definitions it uses
            String own = t.note(!zh);
            StringBuilder note = new StringBuilder(own == null ? "" : m.namer() == null ? own : m.namer().places(own));
            if (!t.definitions().isEmpty()) {
                List<String> used = new ArrayList<>();
                for (String id : t.definitions()) {
                    used.add(m.definitions().stream().filter(d -> d.id().equals(id)).findFirst()
                            .map(d -> zh ? d.nameZh() : d.nameEn()).orElse(id));
                }
                note.append(note.length() > 0 ? " | " : "").append(zh ? "所用指标（定义见“说明”工作表）：" : "Definitions: ")
                        .append(String.join(zh ? "、" : ", ", used));
            }
            text(current.createRow(1), 0, note.toString(), Kind.TEXT, false);
            Row header = current.createRow(2);
            Kind[] numberKind = new Kind[n];
            for (int c = 0; c < n; c++) {
                text(header, c, shown.headers().get(c), Kind.HEADER, true);
                numberKind[c] = switch (shown.kinds().get(c)) {
                    case SHARE, RATE -> Kind.PERCENT;
                    case YEAR -> Kind.YEAR;
                    case COUNT -> Kind.INTEGER;
                    default -> Kind.DECIMAL;
                };
                index.add(List.of(sheetName, CellReference.convertNumToColString(c), v.columns().get(c),
                        shown.headers().get(c), kindName(shown.kinds().get(c))));
            }
            for (int i = 0; i < v.rows().size(); i++) {
                Row row = current.createRow(i + 3);
                List<Object> r = v.rows().get(i);
                for (int c = 0; c < n; c++) {
                    value(row, c, r.get(c), numberKind[c]);
                }
            }
            finishTable(2, v.rows().size(), n);
            for (AtlasWorkbookModel.NativeChart chart : m.charts()) {
                if (chart.table().equals(t.id())) {
                    NativeCharts.draw((SXSSFSheet) current, sheetName, v, shown.headers(), chart, zh);
                }
            }
        }

        /** A table as its sheet shows it: the columns of the atlas's language, headers, kinds and display values. */
        private record Shown(MetricTable table, List<String> headers, List<ColumnKind> kinds) { }

        private Shown shown(MetricTable t) {
            boolean en = !zh;
            List<String> cols = Columns.shown(t, en);
            List<String> headers = new ArrayList<>();
            List<ColumnKind> kinds = new ArrayList<>();
            int[] at = new int[cols.size()];
            for (int c = 0; c < cols.size(); c++) {
                String col = cols.get(c);
                at[c] = t.columns().indexOf(col);
                Object sample = null;
                for (List<Object> r : t.rows()) {
                    if (r.get(at[c]) != null) {
                        sample = r.get(at[c]);
                        break;
                    }
                }
                ColumnKind k = Columns.kind(t, col, sample);
                if (t.kind(col).isEmpty() && m.namer() != null && m.namer().node(Columns.base(col)).isPresent()) {
                    // an undeclared node-id column holds that node's numbers, whatever words its id contains
                    k = sample instanceof Double ? ColumnKind.INDEX : ColumnKind.COUNT;
                }
                kinds.add(k);
                headers.add(m.namer() == null ? col : Columns.header(t.id(), col, m.namer()));
            }
            List<List<Object>> rows = new ArrayList<>(t.rows().size());
            for (List<Object> r : t.rows()) {
                List<Object> out = new ArrayList<>(cols.size());
                for (int c = 0; c < cols.size(); c++) {
                    out.add(display(cols.get(c), kinds.get(c), r.get(at[c])));
                }
                rows.add(out);
            }
            Map<String, ColumnKind> declared = new java.util.LinkedHashMap<>();
            for (int c = 0; c < cols.size(); c++) {
                declared.put(cols.get(c), kinds.get(c));
            }
            return new Shown(new MetricTable(t.id(), t.titleZh(), t.titleEn(), cols, rows, t.definitions(), t.noteZh(), t.note(),
                    declared), headers, kinds);
        }

        /**
         * What a sheet cell holds for a table value: numbers stay numbers and numeric text in a number column becomes
         * one; yes/no becomes a boolean; node ids, codes, countries and places read in the atlas's language.
         */
        private Object display(String column, ColumnKind kind, Object v) {
            if (v == null) {
                return null;
            }
            boolean en = !zh;
            switch (kind) {
                case COUNT, SHARE, RATE, INDEX, YEAR -> {
                    if (v instanceof String s) {
                        Long l = parseLong(s);
                        if (l != null) {
                            return l;
                        }
                        Double d = parseDouble(s);
                        return d != null ? d : s;
                    }
                    return v;
                }
                case FLAG -> {
                    Boolean b = Columns.flag(v);
                    return b != null ? b : v;
                }
                default -> { }
            }
            if (!(v instanceof String s)) {
                return v;
            }
            Columns.Namer n = m.namer();
            if (n == null) {
                return s;
            }
            String b = Columns.base(column);
            if (Columns.isNodeColumn(column)) {
                List<String> out = new ArrayList<>();
                for (String id : s.split(";")) {
                    if (!id.isBlank()) {
                        String x = id.strip();
                        // (all): a table's all row (growth_by_node: the tagged records; legal tables: all records);
                        // all: the whole analysis set (Columns' value)
                        out.add("(all)".equals(x) ? (en ? "All" : "全部")
                                : n.node(x).orElseGet(() -> Columns.value("node", x, en).orElse(x)));
                    }
                }
                return String.join(en ? ", " : "、", out);
            }
            if ("(unknown)".equals(s)) {
                return en ? "unknown" : "未知";
            }
            if ((b.equals("country") || b.equals("origin") || b.equals("office")) && s.matches("[A-Z]{2}")) {
                return n.country(s);
            }
            if (b.equals("province") || b.equals("city") || b.equals("region") || b.equals("region_code")) {
                return n.place(s);
            }
            // the modules' reasons name the region as the project wrote it (四川省); names of firms stay as written
            return Columns.value(b, s, en).orElseGet(() -> b.equals("reasons") || b.equals("reason") ? n.places(s) : s);
        }

        private void value(Row row, int c, Object v, Kind numberKind) {
            if (v == null) {
                return;
            }
            if (v instanceof Boolean b) {
                Cell cell = row.createCell(c);
                cell.setCellValue(b);
                measure(c, "FALSE");
            } else if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte
                    || v instanceof BigInteger) {
                number(row, c, ((Number) v).doubleValue(), numberKind == Kind.PERCENT || numberKind == Kind.YEAR
                        ? numberKind : Kind.INTEGER, true);
            } else if (v instanceof Number num) {
                double d = num instanceof BigDecimal bd ? bd.doubleValue() : num.doubleValue();
                if (Double.isNaN(d) || Double.isInfinite(d)) {
                    return; // undefined (a rate on a zero base): an empty cell, never the text "NaN"
                }
                Kind k = numberKind;
                if (k == Kind.INTEGER && d != Math.rint(d)) {
                    k = Kind.AMOUNT;
                }
                number(row, c, d, k, true);
            } else {
                text(row, c, v.toString(), Kind.TEXT, true);
            }
        }

        private void number(Row row, int c, double d, Kind kind, boolean measured) {
            Cell cell = row.createCell(c);
            cell.setCellValue(d);
            cell.setCellStyle(style(kind, false));
            measureNumber(c, d, kind, measured);
        }

        private void measureNumber(int c, double d, Kind kind, boolean measured) {
            if (measured) {
                measure(c, switch (kind) {
                    case PERCENT -> String.format(Locale.ROOT, "%.1f%%", d * 100);
                    case DECIMAL -> String.format(Locale.ROOT, "%.4f", d);
                    case AMOUNT -> String.format(Locale.ROOT, "%,.2f", d);
                    case YEAR -> String.format(Locale.ROOT, "%.0f", d);
                    default -> String.format(Locale.ROOT, "%,.0f", d);
                });
            }
        }

        // ---- column index ----

        /** Every sheet's columns: sheet, column letter, stable id, header, kind; scripts map headers to ids by it. */
        private void writeColumns(SXSSFSheet sheet) {
            begin(sheet, 5);
            Row h = sheet.createRow(0);
            List<String> head = zh ? List.of("工作表", "列", "编号", "表头", "类型")
                    : List.of("Sheet", "Column", "Id", "Header", "Kind");
            for (int c = 0; c < head.size(); c++) {
                text(h, c, head.get(c), Kind.HEADER, true);
            }
            int r = 1;
            for (List<String> e : index) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < e.size(); c++) {
                    text(row, c, e.get(c), Kind.TEXT, true);
                }
            }
            finishTable(0, index.size(), head.size());
        }

        private String typeName(AtlasWorkbookModel.DataColumn.Type t) {
            return switch (t) {
                case INTEGER -> zh ? "整数" : "whole number";
                case DECIMAL -> zh ? "小数" : "decimal";
                case DATE -> zh ? "日期" : "date";
                case TEXT -> zh ? "文本" : "text";
            };
        }

        private String kindName(ColumnKind k) {
            return switch (k) {
                case COUNT -> zh ? "计数" : "count";
                case SHARE -> zh ? "占比（百分数）" : "share (percent)";
                case RATE -> zh ? "增长率（百分数）" : "rate (percent)";
                case INDEX -> zh ? "指数" : "index";
                case YEAR -> zh ? "年份" : "year";
                case CODE -> zh ? "代码" : "code";
                case NAME -> zh ? "名称" : "name";
                case TEXT -> zh ? "文本" : "text";
                case FLAG -> zh ? "是/否（逻辑值）" : "yes/no (boolean)";
            };
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
                List<String> qh = zh ? List.of("节点", "查准率", "查全率", "区间")
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
            List<String> dh = zh ? List.of("编号", "名称", "公式", "单位", "计数口径", "时间窗口")
                    : List.of("Id", "Name", "Formula", "Unit", "Basis", "Window");
            for (int c = 0; c < dh.size(); c++) {
                text(h, c, dh.get(c), Kind.HEADER, true);
            }
            for (Definition d : m.definitions()) {
                Row row = sheet.createRow(r++);
                List<String> cells = java.util.Arrays.asList(d.id(), zh ? d.nameZh() : d.nameEn(), d.formula(!zh), d.unit(!zh),
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
            String v = truncated(row.getRowNum(), c, s);
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

        /** {@code s} cut to a cell's limit; a cut is counted and the cell listed for the README sheet. */
        private String truncated(int rowIndex, int c, String s) {
            String v = truncate(s);
            if (v != s) {
                truncatedCount++;
                if (truncated.size() < MAX_LISTED_TRUNCATIONS) {
                    truncated.add(current.getSheetName() + "!" + new CellReference(rowIndex, c).formatAsString());
                }
            }
            return v;
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
                    case YEAR -> st.setDataFormat(df.getFormat(YEAR_FORMAT));
                    case DATE -> st.setDataFormat(df.getFormat(DATE_FORMAT));
                    case AMOUNT -> st.setDataFormat(df.getFormat("#,##0.00"));
                    default -> { }
                }
                if (quote) {
                    st.setQuotePrefixed(true);
                }
                return st;
            });
        }

        private static final java.util.regex.Pattern INTEGER = java.util.regex.Pattern.compile("-?\\d{1,18}");
        private static final java.util.regex.Pattern DECIMAL = java.util.regex.Pattern.compile("-?\\d+\\.\\d+([eE]-?\\d+)?");

        private static Long parseLong(String s) {
            String x = s.strip();
            return INTEGER.matcher(x).matches() ? Long.valueOf(x) : null;
        }

        private static Double parseDouble(String s) {
            String x = s.strip();
            if (INTEGER.matcher(x).matches() || DECIMAL.matcher(x).matches()) {
                double d = Double.parseDouble(x);
                return Double.isFinite(d) ? d : null;
            }
            return null;
        }

        private static String pick(String first, String second, String fallback) {
            if (first != null && !first.isBlank()) {
                return first;
            }
            return second != null && !second.isBlank() ? second : fallback;
        }
    }
}
