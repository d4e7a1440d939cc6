package dev.navi.ingest.table;

import dev.navi.ingest.InputException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.RecordFormatException;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Excel workbooks: legacy BIFF8 {@code .xls} (read whole: the format caps a sheet at 65,536 rows) and OOXML
 * {@code .xlsx} (streamed with POI's SAX event API, so memory does not grow with the sheet).
 *
 * <p>Cell text: strings as stored; date-formatted numbers as ISO dates; other numbers in plain notation
 * without a trailing {@code .0}; formulas are never evaluated, their cached value is used. Workbooks are
 * untrusted: {@link #hardenZip()} caps the inflation ratio and entry size so a zip bomb is refused before it
 * fills memory.
 */
public final class WorkbookTableSource implements TableSource {
    /** Refuse zip entries that inflate more than 1/this ratio ... */
    static final double MIN_INFLATE_RATIO = 0.005;
    /** ... or larger than this many bytes. */
    static final long MAX_ENTRY_SIZE = 1L << 30;

    private final Path path;
    private final String displayName;
    private final boolean ooxml;

    private WorkbookTableSource(Path path, String displayName, boolean ooxml) {
        this.path = path;
        this.displayName = displayName;
        this.ooxml = ooxml;
    }

    /** A legacy {@code .xls} (OLE2 container). */
    public static WorkbookTableSource xls(Path path, String displayName) {
        return new WorkbookTableSource(path, displayName, false);
    }

    /** An OOXML {@code .xlsx} (zip container). */
    public static WorkbookTableSource xlsx(Path path, String displayName) {
        return new WorkbookTableSource(path, displayName, true);
    }

    /** Applies navi's zip-bomb limits to POI (process-wide; idempotent). */
    public static void hardenZip() {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
    }

    @Override
    public String format() {
        return ooxml ? "xlsx" : "xls";
    }

    @Override
    public String encoding() {
        return ooxml ? "UTF-8 (xlsx)" : "UTF-16 (xls)";
    }

    @Override
    public void read(RowSink sink) throws IOException {
        if (ooxml) {
            readXlsx(sink);
        } else {
            readXls(sink);
        }
    }

    private void readXls(RowSink sink) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(path.toFile(), true);
             HSSFWorkbook wb = new HSSFWorkbook(fs.getRoot(), true)) {
            for (int s = 0; s < wb.getNumberOfSheets(); s++) {
                Sheet sheet = wb.getSheetAt(s);
                sink.startSheet(sheet.getSheetName());
                for (int r = sheet.getFirstRowNum(); r <= sheet.getLastRowNum() && r >= 0; r++) {
                    Row row = sheet.getRow(r);
                    List<String> cells = new ArrayList<>();
                    if (row != null) {
                        short last = row.getLastCellNum();
                        for (int c = 0; c < last; c++) {
                            cells.add(text(row.getCell(c)));
                        }
                    }
                    if (!sink.row(new RawRow(r + 1, cells, String.join("\t", cells), null))) {
                        break;
                    }
                }
                sink.endSheet();
            }
        } catch (org.apache.poi.hssf.OldExcelFormatException e) {
            throw new InputException(displayName, "a pre-1997 Excel 5/95 workbook, which navi cannot read; "
                    + "save it as .xlsx");
        } catch (org.apache.poi.EncryptedDocumentException e) {
            throw new InputException(displayName, "the workbook is password-protected; remove the password and save again");
        } catch (RecordFormatException | IllegalArgumentException | IllegalStateException e) {
            throw new InputException(displayName, "the .xls workbook is damaged (" + e.getMessage()
                    + "); open it in Excel or WPS and save it again");
        }
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            type = cell.getCachedFormulaResultType();
        }
        switch (type) {
            case STRING:
                return cell.getRichStringCellValue().getString();
            case NUMERIC:
                if (DateUtil.isCellDateFormatted(cell)) {
                    LocalDateTime d = cell.getLocalDateTimeCellValue();
                    return d == null ? "" : d.toLocalDate().toString();
                }
                return plain(cell.getNumericCellValue());
            case BOOLEAN:
                return Boolean.toString(cell.getBooleanCellValue());
            default:
                return "";
        }
    }

    static String plain(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    private void readXlsx(RowSink sink) throws IOException {
        hardenZip();
        try (OPCPackage pkg = OPCPackage.open(path.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream sheetStream = sheets.next()) {
                    sink.startSheet(sheets.getSheetName());
                    RowCollector collector = new RowCollector(sink);
                    XMLReader xml = org.apache.poi.util.XMLHelper.newXMLReader();
                    xml.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, collector, new IsoDataFormatter(), false));
                    try {
                        xml.parse(new InputSource(sheetStream));
                    } catch (StopReading stop) {
                        // the sink asked to stop this sheet
                    }
                    sink.endSheet();
                }
            }
        } catch (NotOfficeXmlFileException | InvalidFormatException e) {
            throw new InputException(displayName, "a zip archive but not an Excel .xlsx workbook ("
                    + firstLine(e) + "); export the records again as .xlsx or CSV");
        } catch (OpenXML4JException | SAXException | ParserConfigurationException e) {
            throw new InputException(displayName, "the .xlsx workbook is damaged (" + firstLine(e)
                    + "); open it in Excel or WPS and save it again");
        } catch (IOException | RuntimeException e) {
            String msg = firstLine(e);
            if (msg.toLowerCase(java.util.Locale.ROOT).contains("zip bomb") || msg.contains("exceed")) {
                throw new InputException(displayName, "refused as a possible zip bomb: an entry inflates beyond "
                        + "navi's limits (" + msg + "); if the workbook is genuine, save it as CSV");
            }
            throw new InputException(displayName, "the .xlsx workbook cannot be read (" + msg
                    + "); open it in Excel or WPS and save it again", e);
        }
    }

    private static String firstLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    /** Thrown through the SAX parser when the sink stops a sheet early. */
    private static final class StopReading extends RuntimeException {
        StopReading() {
            super(null, null, false, false);
        }
    }

    /** Collects the cells of one row from the SAX events. */
    private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final RowSink sink;
        private final List<String> cells = new ArrayList<>();
        private int rowNum;

        RowCollector(RowSink sink) {
            this.sink = sink;
        }

        @Override
        public void startRow(int rowNum) {
            this.rowNum = rowNum;
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            if (!sink.row(new RawRow(rowNum + 1, cells, String.join("\t", cells), null))) {
                throw new StopReading();
            }
        }

        @Override
        public void cell(String ref, String value, XSSFComment comment) {
            int col = ref == null ? cells.size() : new CellReference(ref).getCol();
            while (cells.size() < col) {
                cells.add("");
            }
            cells.add(value == null ? "" : value);
        }
    }

    /** Formats date-formatted numbers as ISO dates and other numbers plainly, whatever the cell's display format. */
    private static final class IsoDataFormatter extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDateTime d = DateUtil.getLocalDateTime(value, use1904Windowing);
                return d.toLocalDate().toString();
            }
            return plain(value);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            return formatRawCellContents(value, formatIndex, formatString, false);
        }
    }
}
