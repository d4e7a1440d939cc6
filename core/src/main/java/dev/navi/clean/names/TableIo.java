package dev.navi.clean.names;

import dev.navi.ingest.table.EncodingDetector;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes the small analyst-edited tables of this package (alias tables, reviewed cluster tables).
 * The only place where commons-csv and POI appear.
 *
 * <p>Reading: an XLSX/XLS workbook (recognised by its bytes, not its file name) is read from its first sheet,
 * cells as displayed (with ingest's zip-bomb limits); anything else is text in any encoding ingest detects (UTF-8 with or
 * without BOM, GB18030/GBK, UTF-16), with
 * a comma, semicolon or tab delimiter (whichever the header line uses most). Lines starting with {@code #} are
 * comments. Writing: UTF-8 with a BOM (so Excel and WPS open Chinese text correctly), comma-separated, CRLF.
 */
final class TableIo {

    /** A table: its header and its rows (each row as long as the header, blanks as ""), with 1-based line numbers. */
    record Table(String source, List<String> header, List<List<String>> rows, List<Integer> lineNumbers) {
    }

    private TableIo() {
    }

    static Table read(String source, byte[] bytes) throws IOException {
        List<List<String>> raw = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        if (isWorkbook(bytes)) {
            dev.navi.ingest.table.WorkbookTableSource.hardenZip();
            try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
                if (wb.getNumberOfSheets() == 0) {
                    throw new IllegalArgumentException(source + ": the workbook has no sheet");
                }
                Sheet sheet = wb.getSheetAt(0);
                DataFormatter fmt = new DataFormatter(java.util.Locale.ROOT);
                for (Row row : sheet) {
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                        Cell cell = row.getCell(c);
                        cells.add(cell == null ? "" : fmt.formatCellValue(cell).strip());
                    }
                    raw.add(cells);
                    lines.add(row.getRowNum() + 1);
                }
            }
        } else {
            String text = decode(bytes);
            String firstLine = text.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).findFirst().orElse("");
            char delimiter = delimiter(firstLine);
            CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setCommentMarker('#')
                    .setIgnoreSurroundingSpaces(true).get();
            try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
                for (CSVRecord rec : parser) {
                    List<String> cells = new ArrayList<>();
                    rec.forEach(v -> cells.add(v.strip()));
                    raw.add(cells);
                    lines.add((int) rec.getRecordNumber());
                }
            }
        }
        int headerAt = -1;
        for (int i = 0; i < raw.size(); i++) {
            if (raw.get(i).stream().anyMatch(s -> !s.isEmpty())) {
                headerAt = i;
                break;
            }
        }
        if (headerAt < 0) {
            throw new IllegalArgumentException(source + ": the table is empty (no header row)");
        }
        List<String> header = new ArrayList<>();
        for (String h : raw.get(headerAt)) {
            header.add(h.replace("\uFEFF", "").strip());
        }
        List<List<String>> rows = new ArrayList<>();
        List<Integer> rowLines = new ArrayList<>();
        for (int i = headerAt + 1; i < raw.size(); i++) {
            List<String> r = new ArrayList<>(raw.get(i));
            if (r.stream().allMatch(String::isEmpty)) {
                continue;
            }
            while (r.size() < header.size()) {
                r.add("");
            }
            rows.add(List.copyOf(r));
            rowLines.add(lines.get(i));
        }
        return new Table(source, List.copyOf(header), List.copyOf(rows), List.copyOf(rowLines));
    }

    static void writeCsv(OutputStream out, List<String> header, List<List<String>> rows) throws IOException {
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVFormat format = CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get();
        CSVPrinter printer = new CSVPrinter(w, format);
        printer.printRecord(header);
        for (List<String> row : rows) {
            printer.printRecord(row);
        }
        printer.flush();
        w.flush();
    }

    /** Index of the first header cell matching one of the names (case-insensitive), or -1. */
    static int column(List<String> header, String... names) {
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i).toLowerCase(java.util.Locale.ROOT).replace('_', ' ').strip();
            for (String n : names) {
                if (h.equals(n)) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static boolean isWorkbook(byte[] b) {
        boolean zip = b.length >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
        boolean ole = b.length >= 8 && (b[0] & 0xFF) == 0xD0 && (b[1] & 0xFF) == 0xCF && (b[2] & 0xFF) == 0x11
                && (b[3] & 0xFF) == 0xE0;
        return zip || ole;
    }

    /** Decodes with ingest's detector, so alias tables saved as UTF-8, GBK or UTF-16 ("Unicode text") all read. */
    private static String decode(byte[] bytes) {
        EncodingDetector.Detected d = EncodingDetector.detect(bytes, Math.min(bytes.length, EncodingDetector.SAMPLE));
        return new String(bytes, d.bomLength(), bytes.length - d.bomLength(), d.charset());
    }

    private static char delimiter(String line) {
        int commas = 0;
        int tabs = 0;
        int semis = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ',') {
                commas++;
            } else if (c == '\t') {
                tabs++;
            } else if (c == ';') {
                semis++;
            }
        }
        if (tabs > commas && tabs >= semis) {
            return '\t';
        }
        if (semis > commas) {
            return ';';
        }
        return ',';
    }
}
