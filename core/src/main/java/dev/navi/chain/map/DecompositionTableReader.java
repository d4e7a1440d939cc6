package dev.navi.chain.map;

import dev.navi.ingest.table.EncodingDetector;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the technology decomposition table (技术分解表) analysts keep in Excel (xlsx or xls) or CSV, one row per branch:
 *
 * <table>
 * <caption>Columns, recognised by their header in any order (other columns are ignored)</caption>
 * <tr><th>column</th><th>headers</th></tr>
 * <tr><td>level 1–4 names</td><td>{@code 一级分支}, {@code 一级技术分支}, {@code level 1} … {@code 四级分支}, {@code level 4}</td></tr>
 * <tr><td>IPC</td><td>{@code IPC}, {@code IPC分类号}, {@code 分类号}; {@code IPC主分类号} / {@code main IPC} compares with the
 * main class only</td></tr>
 * <tr><td>CPC</td><td>{@code CPC}, {@code CPC分类号}</td></tr>
 * <tr><td>keywords</td><td>{@code 关键词}, {@code 检索式}, {@code keywords}, {@code query}</td></tr>
 * <tr><td>English name</td><td>{@code 英文名称}, {@code 英文}, {@code english}</td></tr>
 * <tr><td>key product</td><td>{@code 关键产品}, {@code key}: 是/否, yes/no, Y/N, 1/0</td></tr>
 * <tr><td>description</td><td>{@code 说明}, {@code 备注}, {@code description}</td></tr>
 * <tr><td>id</td><td>{@code id}, {@code 编号} (optional; derived as in the YAML format when absent)</td></tr>
 * <tr><td>combination</td><td>{@code 组合方式}, {@code combine}: {@code AND}/{@code 与} makes the row's IPC, CPC and
 * keywords one rule that needs all of them; default {@code OR}/{@code 或}: each is its own rule</td></tr>
 * </table>
 *
 * <p>A row names a branch by its level cells; an empty level cell before the deepest filled one inherits the value of
 * the row above (so merged cells, which POI gives only in their first row, and tables that leave repeats blank both
 * work). The row's IPC, CPC, keywords, English name, key flag and description belong to its deepest branch; a row
 * with no level cell at all adds rules to the branch of the row above. A branch mentioned only as the parent of
 * deeper rows is the union of its children. A keywords cell that contains {@code AND}, {@code OR}, {@code NOT},
 * parentheses, quotes or a field prefix ({@code TI:}) is a query as it stands; otherwise it is a list of terms
 * separated by {@code ; ； , ， 、} or line breaks, which become an OR query (multi-word terms quoted as phrases).
 *
 * <p>The header row is the first of the first 20 rows with a level-1 column; a row above it with a single filled
 * cell is the table's title and names the industry (without a trailing {@code 技术分解表}); otherwise the file name
 * does. In a workbook the first sheet with such a header is read. Problems name the sheet, row and column.
 */
public final class DecompositionTableReader {
    private static final int HEADER_SEARCH = 20;
    private static final Pattern QUERY_SYNTAX = Pattern.compile(
            "\\b(AND|OR|NOT)\\b|[()（）\"“”]|\\b(TI|AB|CL|TIAB|TIABCL|ALL)\\s*:", Pattern.CASE_INSENSITIVE);

    private enum Col { L1, L2, L3, L4, ID, IPC, IPC_MAIN, CPC, KEYWORDS, ENGLISH, KEY, DESCRIPTION, COMBINE }

    /** One table row: its 1-based row number and its cells. */
    private record Line(int number, List<String> cells) {
        String cell(int i) {
            return i < 0 || i >= cells.size() || cells.get(i) == null ? "" : cells.get(i).strip();
        }
    }

    private DecompositionTableReader() {
    }

    /** Reads and checks a table; never throws for a bad table, returns its problems instead. */
    public static MapValidation read(Path file) {
        String source = file.toString();
        String lower = source.toLowerCase(Locale.ROOT);
        try {
            if (lower.endsWith(".xlsx") || lower.endsWith(".xls") || lower.endsWith(".xlsm")) {
                return readWorkbook(file, source);
            }
            byte[] bytes = Files.readAllBytes(file);
            return fromLines(source, null, csvLines(bytes), ChainMapReader.fileStem(file));
        } catch (NoSuchFileException e) {
            return failed(source, "the decomposition table does not exist");
        } catch (IOException | RuntimeException e) {
            return failed(source, "cannot read the decomposition table: " + e.getMessage());
        }
    }

    /**
     * Reads and checks a table.
     *
     * @throws dev.navi.ingest.InputException listing every problem (first line the count, then one a line)
     */
    public static ChainMap load(Path file) {
        return read(file).orThrow();
    }

    private static MapValidation failed(String source, String message) {
        return new MapValidation(source, null, List.of(new Problem(source, message)));
    }

    // ---- input ----

    private static MapValidation readWorkbook(Path file, String source) throws IOException {
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
            MapValidation firstTry = null;
            for (int s = 0; s < wb.getNumberOfSheets(); s++) {
                Sheet sheet = wb.getSheetAt(s);
                List<Line> lines = sheetLines(sheet);
                if (headerIndex(lines) >= 0) {
                    return fromLines(source, sheet.getSheetName(), lines, ChainMapReader.fileStem(file));
                }
                if (firstTry == null) {
                    firstTry = fromLines(source, sheet.getSheetName(), lines, ChainMapReader.fileStem(file));
                }
            }
            return firstTry != null ? firstTry : failed(source, "the workbook has no sheets");
        }
    }

    private static List<Line> sheetLines(Sheet sheet) {
        Map<Long, String> merged = new HashMap<>();
        DataFormatter fmt = new DataFormatter(Locale.ROOT);
        for (CellRangeAddress r : sheet.getMergedRegions()) {
            Row top = sheet.getRow(r.getFirstRow());
            String v = top == null ? "" : text(top.getCell(r.getFirstColumn()), fmt);
            for (int i = r.getFirstRow(); i <= r.getLastRow(); i++) {
                for (int j = r.getFirstColumn(); j <= r.getLastColumn(); j++) {
                    merged.put(((long) i << 16) | j, v);
                }
            }
        }
        List<Line> out = new ArrayList<>();
        for (int i = 0; i <= sheet.getLastRowNum(); i++) {
            Row row = sheet.getRow(i);
            int last = row == null ? 0 : Math.max(0, row.getLastCellNum());
            List<String> cells = new ArrayList<>();
            for (int j = 0; j < Math.max(last, 16); j++) {
                String m = merged.get(((long) i << 16) | j);
                cells.add(m != null ? m : row == null ? "" : text(row.getCell(j), fmt));
            }
            out.add(new Line(i + 1, cells));
        }
        return out;
    }

    private static String text(Cell c, DataFormatter fmt) {
        if (c == null) {
            return "";
        }
        CellType t = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        return switch (t) {
            case STRING -> c.getStringCellValue();
            case BOOLEAN -> String.valueOf(c.getBooleanCellValue());
            case NUMERIC -> c.getCellType() == CellType.FORMULA
                    ? fmt.formatRawCellContents(c.getNumericCellValue(), c.getCellStyle().getDataFormat(),
                    c.getCellStyle().getDataFormatString())
                    : fmt.formatCellValue(c);
            default -> "";
        };
    }

    private static List<Line> csvLines(byte[] bytes) throws IOException {
        EncodingDetector.Detected d = EncodingDetector.detect(bytes, Math.min(bytes.length, EncodingDetector.SAMPLE));
        Charset cs = d.charset();
        String text = new String(bytes, d.bomLength(), bytes.length - d.bomLength(), cs);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        int nl = text.indexOf('\n');
        String first = nl < 0 ? text : text.substring(0, nl);
        char delim = ',';
        int best = count(first, ',');
        for (char c : new char[]{'\t', ';'}) {
            if (count(first, c) > best) {
                best = count(first, c);
                delim = c;
            }
        }
        List<Line> out = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delim).setIgnoreEmptyLines(false).get();
        try (CSVParser p = CSVParser.parse(new StringReader(text), format)) {
            int n = 0;
            for (CSVRecord r : p) {
                n++;
                out.add(new Line(n, r.toList()));
            }
        }
        return out;
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(x -> x == c).count();
    }

    // ---- header ----

    private static int headerIndex(List<Line> lines) {
        for (int i = 0; i < Math.min(HEADER_SEARCH, lines.size()); i++) {
            if (columns(lines.get(i)).containsKey(Col.L1)) {
                return i;
            }
        }
        return -1;
    }

    private static Map<Col, Integer> columns(Line header) {
        Map<Col, Integer> cols = new EnumMap<>(Col.class);
        for (int j = 0; j < header.cells().size(); j++) {
            Col c = column(header.cell(j));
            if (c != null) {
                cols.putIfAbsent(c, j);
            }
        }
        return cols;
    }

    /** The column a header names, or null. */
    static Col column(String header) {
        String h = header.toLowerCase(Locale.ROOT).replace('（', '(').replace('）', ')').replaceAll("[\\s_\\-]+", "");
        if (h.isEmpty()) {
            return null;
        }
        if (h.startsWith("英文") || h.equals("english") || h.equals("englishname") || h.equals("en") || h.equals("nameen")) {
            return Col.ENGLISH;
        }
        if (h.startsWith("一级") || h.equals("level1") || h.equals("l1")) {
            return Col.L1;
        }
        if (h.startsWith("二级") || h.equals("level2") || h.equals("l2")) {
            return Col.L2;
        }
        if (h.startsWith("三级") || h.equals("level3") || h.equals("l3")) {
            return Col.L3;
        }
        if (h.startsWith("四级") || h.equals("level4") || h.equals("l4")) {
            return Col.L4;
        }
        if (h.contains("主分类") || h.equals("mainipc") || h.equals("ipcmain")) {
            return Col.IPC_MAIN;
        }
        if (h.startsWith("ipc") || h.equals("分类号")) {
            return Col.IPC;
        }
        if (h.startsWith("cpc")) {
            return Col.CPC;
        }
        if (h.contains("关键词") || h.contains("关键字") || h.contains("检索式") || h.startsWith("keyword")
                || h.equals("query") || h.equals("searchstring")) {
            return Col.KEYWORDS;
        }
        if (h.startsWith("关键产品") || h.startsWith("关键零部件") || h.equals("key") || h.equals("keyproduct")) {
            return Col.KEY;
        }
        if (h.equals("说明") || h.equals("备注") || h.equals("描述") || h.equals("技术说明") || h.equals("description")
                || h.equals("notes")) {
            return Col.DESCRIPTION;
        }
        if (h.equals("id") || h.equals("编号") || h.equals("节点编号")) {
            return Col.ID;
        }
        if (h.equals("组合方式") || h.equals("逻辑关系") || h.equals("combine") || h.equals("combination")) {
            return Col.COMBINE;
        }
        return null;
    }

    // ---- rows to a draft ----

    private static MapValidation fromLines(String source, String sheet, List<Line> lines, String stem) {
        Assembler.Problems problems = new Assembler.Problems();
        String prefix = source + (sheet == null ? "" : ": sheet " + sheet);
        int h = headerIndex(lines);
        if (h < 0) {
            problems.add(new Draft.Where(prefix, 0, 0), "no header row with a level-1 column (一级分支 / level 1) in the "
                    + "first " + HEADER_SEARCH + " rows");
            return new MapValidation(source, null, problems.sorted());
        }
        Line header = lines.get(h);
        Map<Col, Integer> cols = columns(header);
        List<Col> levels = new ArrayList<>();
        for (Col c : List.of(Col.L1, Col.L2, Col.L3, Col.L4)) {
            if (cols.containsKey(c)) {
                levels.add(c);
            }
        }

        Draft.Industry industry = new Draft.Industry();
        industry.where = new Draft.Where(rowPrefix(prefix, sheet) + header.number(), header.number(), 0);
        String title = title(lines.subList(0, h));
        String name = title != null ? title : stem;
        Draft.Val nameVal = new Draft.Val(name, industry.where);
        if (name.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
            industry.zh = nameVal;
        } else {
            industry.en = nameVal;
        }
        industry.id = new Draft.Val(Assembler.slug(stem).isEmpty() ? "industry" : Assembler.slug(stem), industry.where);

        Map<String, Draft.Node> byPath = new LinkedHashMap<>();
        List<Draft.Node> roots = new ArrayList<>();
        Map<Draft.Node, Integer> ruleRows = new HashMap<>();
        String[] prev = null;
        for (int i = h + 1; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.cells().stream().allMatch(c -> c == null || c.isBlank())) {
                continue;
            }
            String rowPrefix = rowPrefix(prefix, sheet) + line.number();
            Draft.Where rowWhere = new Draft.Where(rowPrefix, line.number(), 0);
            int deepest = -1;
            for (int l = 0; l < levels.size(); l++) {
                if (!line.cell(cols.get(levels.get(l))).isEmpty()) {
                    deepest = l;
                }
            }
            String[] path;
            if (deepest < 0) {
                if (prev == null) {
                    problems.add(rowWhere, "the row names no branch: fill in " + header.cell(cols.get(Col.L1)));
                    continue;
                }
                path = prev;
            } else {
                path = new String[deepest + 1];
                boolean ok = true;
                for (int l = 0; l <= deepest; l++) {
                    String v = line.cell(cols.get(levels.get(l)));
                    if (v.isEmpty()) {
                        if (prev == null || prev.length <= l) {
                            problems.add(where(rowPrefix, line, cols.get(levels.get(l)), header), "the level is empty "
                                    + "and no row above gives it; fill in the branch name");
                            ok = false;
                            break;
                        }
                        v = prev[l];
                    }
                    path[l] = v;
                }
                if (!ok) {
                    continue;
                }
            }
            prev = path;
            // create the branches along the path
            Draft.Node node = null;
            List<Draft.Node> siblings = roots;
            StringBuilder key = new StringBuilder();
            for (int l = 0; l < path.length; l++) {
                key.append('\u0001').append(path[l]);
                Draft.Node n = byPath.get(key.toString());
                if (n == null) {
                    n = new Draft.Node();
                    List<Integer> pos = new ArrayList<>(node == null ? List.of() : node.position);
                    pos.add(siblings.size() + 1);
                    n.position = pos;
                    Integer col = cols.get(levels.get(l));
                    n.where = where(rowPrefix, line, col, header);
                    n.zh = new Draft.Val(path[l], n.where);
                    byPath.put(key.toString(), n);
                    siblings.add(n);
                }
                node = n;
                siblings = n.children;
            }
            attach(node, line, cols, header, rowPrefix, problems, ruleRows);
        }
        if (roots.isEmpty() && problems.isEmpty()) {
            problems.add(new Draft.Where(rowPrefix(prefix, sheet) + header.number(), header.number(), 0),
                    "the table has a header but no branch rows");
        }
        return Assembler.assemble(source, industry, roots, problems, stem);
    }

    private static String rowPrefix(String prefix, String sheet) {
        return prefix + (sheet == null ? ": row " : ", row ");
    }

    /** Puts the row's names, flags and rules on its branch. */
    private static void attach(Draft.Node node, Line line, Map<Col, Integer> cols, Line header, String rowPrefix,
                                   Assembler.Problems problems, Map<Draft.Node, Integer> ruleRows) {
        String en = get(line, cols, Col.ENGLISH);
        if (!en.isEmpty() && node.en == null) {
            node.en = new Draft.Val(en, where(rowPrefix, line, cols.get(Col.ENGLISH), header));
        }
        String id = get(line, cols, Col.ID);
        if (!id.isEmpty() && node.id == null) {
            node.id = new Draft.Val(id, where(rowPrefix, line, cols.get(Col.ID), header));
        }
        String desc = get(line, cols, Col.DESCRIPTION);
        if (!desc.isEmpty() && node.description == null) {
            node.description = new Draft.Val(desc, where(rowPrefix, line, cols.get(Col.DESCRIPTION), header));
        }
        String key = get(line, cols, Col.KEY);
        if (!key.isEmpty()) {
            Boolean b = Flags.parse(key);
            if (b == null) {
                problems.add(where(rowPrefix, line, cols.get(Col.KEY), header), "'" + key + "' is not a yes/no value "
                        + "(是/否, yes/no, Y/N, 1/0)");
            } else {
                node.key |= b;
            }
        }
        boolean and = false;
        String combine = get(line, cols, Col.COMBINE);
        if (!combine.isEmpty()) {
            String c = combine.toUpperCase(Locale.ROOT);
            if (c.equals("AND") || c.equals("与") || c.equals("且")) {
                and = true;
            } else if (!(c.equals("OR") || c.equals("或"))) {
                problems.add(where(rowPrefix, line, cols.get(Col.COMBINE), header), "'" + combine
                        + "' is not AND / 与 or OR / 或");
            }
        }
        List<Draft.Val> ipc = codes(line, cols, Col.IPC, header, rowPrefix);
        List<Draft.Val> ipcMain = codes(line, cols, Col.IPC_MAIN, header, rowPrefix);
        List<Draft.Val> cpc = codes(line, cols, Col.CPC, header, rowPrefix);
        String kw = get(line, cols, Col.KEYWORDS);
        Draft.Val query = kw.isEmpty() ? null : new Draft.Val(toQuery(kw),
                where(rowPrefix, line, cols.get(Col.KEYWORDS), header));
        if (ipc.isEmpty() && ipcMain.isEmpty() && cpc.isEmpty() && query == null) {
            return;
        }
        int nth = ruleRows.merge(node, 1, Integer::sum);
        String suffix = nth == 1 ? "" : " (row " + line.number() + ")";
        Draft.Where rowWhere = new Draft.Where(rowPrefix, line.number(), 0);
        if (and) {
            if (!ipc.isEmpty() && !ipcMain.isEmpty()) {
                problems.add(rowWhere, "with AND give either IPC or main IPC, not both");
            }
            Draft.Rule r = rule("rule" + suffix, rowWhere, !ipcMain.isEmpty());
            r.ipc.addAll(ipcMain.isEmpty() ? ipc : ipcMain);
            r.cpc.addAll(cpc);
            r.query = query;
            node.rules.add(r);
            return;
        }
        if (!ipc.isEmpty()) {
            Draft.Rule r = rule("ipc" + suffix, ipc.get(0).where(), false);
            r.ipc.addAll(ipc);
            node.rules.add(r);
        }
        if (!ipcMain.isEmpty()) {
            Draft.Rule r = rule("main ipc" + suffix, ipcMain.get(0).where(), true);
            r.ipc.addAll(ipcMain);
            node.rules.add(r);
        }
        if (!cpc.isEmpty()) {
            Draft.Rule r = rule("cpc" + suffix, cpc.get(0).where(), false);
            r.cpc.addAll(cpc);
            node.rules.add(r);
        }
        if (query != null) {
            Draft.Rule r = rule("query" + suffix, query.where(), false);
            r.query = query;
            node.rules.add(r);
        }
    }

    private static Draft.Rule rule(String label, Draft.Where where, boolean mainOnly) {
        Draft.Rule r = new Draft.Rule();
        r.label = label;
        r.labelWhere = where;
        r.where = where;
        r.mainOnly = mainOnly;
        return r;
    }

    private static List<Draft.Val> codes(Line line, Map<Col, Integer> cols, Col col, Line header, String rowPrefix) {
        String cell = get(line, cols, col);
        List<Draft.Val> out = new ArrayList<>();
        if (cell.isEmpty()) {
            return out;
        }
        Draft.Where w = where(rowPrefix, line, cols.get(col), header);
        for (String code : CodeSyntax.split(cell)) {
            out.add(new Draft.Val(code, w));
        }
        return out;
    }

    /**
     * A keywords cell as a query: as it stands when it already uses query syntax, else its terms OR-ed (multi-word
     * terms quoted).
     */
    static String toQuery(String cell) {
        String c = cell.strip();
        if (QUERY_SYNTAX.matcher(c).find()) {
            return c.replaceAll("\\s*[\\r\\n]+\\s*", " ");
        }
        List<String> terms = new ArrayList<>();
        for (String t : c.split("[;；,，、\\r\\n]+")) {
            String term = t.strip();
            if (!term.isEmpty()) {
                terms.add(term.matches(".*\\s.*") ? "\"" + term + "\"" : term);
            }
        }
        return String.join(" OR ", terms);
    }

    private static String get(Line line, Map<Col, Integer> cols, Col col) {
        Integer j = cols.get(col);
        return j == null ? "" : line.cell(j);
    }

    private static Draft.Where where(String rowPrefix, Line line, Integer col, Line header) {
        if (col == null) {
            return new Draft.Where(rowPrefix, line.number(), 0);
        }
        return new Draft.Where(rowPrefix + ", column " + header.cell(col), line.number(), col + 1);
    }

    /** The title above the header: the only filled cell of a row, without a trailing 技术分解表. */
    private static String title(List<Line> above) {
        for (Line l : above) {
            List<String> filled = l.cells().stream().filter(c -> c != null && !c.isBlank()).distinct().toList();
            if (filled.size() == 1) {
                String t = filled.get(0).strip().replaceAll("(技术分解表|技术分解|分解表)$", "").strip();
                if (!t.isEmpty()) {
                    return t;
                }
            }
        }
        return null;
    }
}
