package dev.navi.chain.review;

import dev.navi.ingest.InputException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The review workbook: sheet {@code review} with one row per sampled record and node and an empty verdict column
 * (a drop-down of 正确 correct / 错误 wrong / 遗漏 missing), and sheet {@code populations} with the number of records
 * tagged and not tagged to each node when the sample was drawn (needed for recall). Text cells are always written as
 * text, so a title starting with {@code =} never becomes a formula; cells are cut to Excel's 32,767-character limit.
 */
public final class ReviewWorkbook {
    static final List<String> HEADER = List.of("node", "node name", "sample", "publication", "title", "abstract",
            "matched by", "verdict (正确 correct / 错误 wrong / 遗漏 missing)");
    static final int MAX_CELL = 32_767;

    private ReviewWorkbook() {
    }

    /** Writes the workbook. {@code populations}: node → {tagged, untagged}. */
    public static void write(List<ReviewRow> rows, Map<String, long[]> populations, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle bold = wb.createCellStyle();
            Font f = wb.createFont();
            f.setBold(true);
            bold.setFont(f);
            CellStyle wrap = wb.createCellStyle();
            wrap.setWrapText(true);
            Sheet s = wb.createSheet("review");
            Row h = s.createRow(0);
            for (int i = 0; i < HEADER.size(); i++) {
                Cell c = h.createCell(i);
                c.setCellValue(HEADER.get(i));
                c.setCellStyle(bold);
            }
            int r = 1;
            for (ReviewRow x : rows) {
                Row row = s.createRow(r++);
                text(row, 0, x.node());
                text(row, 1, x.nodeName());
                text(row, 2, x.tagged() ? "tagged 已标引" : "not tagged 未标引");
                text(row, 3, x.publication());
                text(row, 4, x.title());
                text(row, 5, x.abstractText()).setCellStyle(wrap);
                text(row, 6, x.matchedBy());
                text(row, 7, x.verdict());
            }
            s.createFreezePane(0, 1);
            int[] widths = {14, 20, 14, 18, 40, 60, 30, 22};
            for (int i = 0; i < widths.length; i++) {
                s.setColumnWidth(i, widths[i] * 256);
            }
            if (!rows.isEmpty()) {
                s.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, rows.size(), 0, HEADER.size() - 1));
                DataValidationHelper dv = s.getDataValidationHelper();
                DataValidation v = dv.createValidation(dv.createExplicitListConstraint(new String[] {"正确 correct", "错误 wrong",
                        "遗漏 missing"}), new CellRangeAddressList(1, rows.size(), 7, 7));
                v.setShowErrorBox(false);
                s.addValidationData(v);
            }
            Sheet p = wb.createSheet("populations");
            Row ph = p.createRow(0);
            String[] pHeader = {"node", "tagged in data", "not tagged in data"};
            for (int i = 0; i < pHeader.length; i++) {
                ph.createCell(i).setCellValue(pHeader[i]);
                ph.getCell(i).setCellStyle(bold);
            }
            int pr = 1;
            for (Map.Entry<String, long[]> e : populations.entrySet()) {
                Row row = p.createRow(pr++);
                row.createCell(0).setCellValue(e.getKey());
                row.createCell(1).setCellValue(e.getValue()[0]);
                row.createCell(2).setCellValue(e.getValue()[1]);
            }
            Sheet help = wb.createSheet("instructions 说明");
            String[] lines = {
                    "For each row, write a verdict in the last column of sheet 'review':",
                    "  rows sampled as 'tagged': 正确 correct if the record belongs to the node, 错误 wrong if not;",
                    "  rows sampled as 'not tagged': 遗漏 missing if the record belongs to the node, 正确 correct if it does not.",
                    "Leave rows you did not review empty. Then run: navi tag ... --review THIS_FILE",
                    "Precision = correct / reviewed tagged rows; recall = P·T / (P·T + m·U), m = missing / reviewed untagged rows,",
                    "T and U from sheet 'populations'. Intervals: 95 % Wilson.",
                    "对'已标引'行：属于该分支填 正确，不属于填 错误；对'未标引'行：应属于该分支填 遗漏，否则填 正确。"};
            for (int i = 0; i < lines.length; i++) {
                help.createRow(i).createCell(0).setCellValue(lines[i]);
            }
            help.setColumnWidth(0, 120 * 256);
            wb.write(out);
        }
    }

    private static Cell text(Row row, int col, String value) {
        Cell c = row.createCell(col);
        if (value != null) {
            c.setCellValue(value.length() > MAX_CELL ? value.substring(0, MAX_CELL - 20) + " … [truncated]" : value);
        }
        return c;
    }

    /**
     * Reads an analyst's reviewed workbook and computes precision and recall per node.
     *
     * @throws InputException naming the file, sheet, row and column of a verdict it cannot read
     */
    public static List<ReviewResult> read(Path file) {
        String name = file.toString();
        dev.navi.ingest.table.WorkbookTableSource.hardenZip();
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            Sheet s = wb.getSheet("review");
            Sheet p = wb.getSheet("populations");
            if (s == null || p == null) {
                throw new InputException(name, "not a navi review workbook: sheets 'review' and 'populations' are required "
                        + "(write one with navi tag --review-sample N)");
            }
            Map<String, long[]> populations = new LinkedHashMap<>();
            for (int r = 1; r <= p.getLastRowNum(); r++) {
                Row row = p.getRow(r);
                if (row == null || row.getCell(0) == null) {
                    continue;
                }
                populations.put(row.getCell(0).getStringCellValue(),
                        new long[] {(long) row.getCell(1).getNumericCellValue(), (long) row.getCell(2).getNumericCellValue()});
            }
            // node -> {reviewed tagged, correct, reviewed untagged, missing}
            Map<String, long[]> counts = new TreeMap<>();
            for (int r = 1; r <= s.getLastRowNum(); r++) {
                Row row = s.getRow(r);
                if (row == null || row.getCell(0) == null) {
                    continue;
                }
                String node = row.getCell(0).getStringCellValue();
                boolean tagged = row.getCell(2) != null && row.getCell(2).getStringCellValue().startsWith("tagged");
                Cell vc = row.getCell(7);
                String verdict = vc == null ? "" : fold(vc.toString());
                if (verdict.isEmpty()) {
                    continue;
                }
                long[] c = counts.computeIfAbsent(node, k -> new long[4]);
                boolean correct = verdict.contains("correct") || verdict.contains("正确") || verdict.equals("对")
                        || verdict.equals("y") || verdict.equals("yes");
                boolean wrong = verdict.contains("wrong") || verdict.contains("错误") || verdict.equals("错");
                boolean missing = verdict.contains("missing") || verdict.contains("遗漏") || verdict.contains("漏");
                if (tagged && (correct || wrong)) {
                    c[0]++;
                    c[1] += correct ? 1 : 0;
                } else if (!tagged && (correct || missing)) {
                    c[2]++;
                    c[3] += missing ? 1 : 0;
                } else {
                    throw new InputException(name, "sheet review, row " + (r + 1) + ", column H: verdict '" + vc
                            + "' does not fit a " + (tagged ? "tagged row (use 正确 correct or 错误 wrong)"
                            : "not-tagged row (use 遗漏 missing or 正确 correct)"));
                }
            }
            List<ReviewResult> out = new ArrayList<>();
            for (Map.Entry<String, long[]> e : counts.entrySet()) {
                long[] pop = populations.getOrDefault(e.getKey(), new long[] {0, 0});
                long[] c = e.getValue();
                out.add(ReviewResult.of(e.getKey(), c[0], c[1], c[2], c[3], pop[0], pop[1]));
            }
            return out;
        } catch (IOException | RuntimeException e) {
            if (e instanceof InputException ie) {
                throw ie;
            }
            throw new InputException(name, "cannot read the review workbook: " + e.getMessage());
        }
    }

    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
    }
}
