package dev.navi.gen;

import dev.navi.model.LegalStatus;
import dev.navi.model.Patent;
import dev.navi.model.PatentType;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongConsumer;

/**
 * Writes records as a vendor's export file, so that navi's readers meet them as they meet real exports.
 *
 * <p>What each layout writes (header names as the vendor spells them; navi's layout tables know them all):
 * <ul>
 *   <li>{@link Layout#INCOPAT incopat}: CSV or XLSX, Chinese headers with full-width brackets ({@code 公开（公告）号}),
 *       multi-values joined with {@code "; "}, CN numbers compact ({@code CN114123456A}, {@code CN202110123456.7}),
 *       status 有效 / 审中 / 失效, legal events, transfer / licence / pledge counts, 合享价值度.</li>
 *   <li>{@link Layout#PATSNAP patsnap}: CSV (UTF-8 with BOM, or GB18030) or XLSX, half-width brackets
 *       ({@code 公开(公告)号}), {@code 申请(专利权)人} / {@code 当前申请(专利权)人}, multi-values joined with
 *       {@code " | "}, {@code 简单法律状态} and {@code 法律状态/事件}.</li>
 *   <li>{@link Layout#LENS lens}: the current Lens.org CSV column set ({@code #, Jurisdiction, Kind, Display Key,
 *       Lens ID, ...}), UTF-8 with BOM, CRLF, {@code ;;} multi-values, ISO dates, display keys {@code CN 114123456 A}
 *       and {@code US 2021/0123456 A1}, application and priority numbers in Lens's spelling
 *       ({@code CN 202110123456 A}: no check digit, an application kind letter; the record's own application is
 *       listed first among its priorities, as Lens does), family members as Lens IDs, owners only on granted
 *       records, legal status ACTIVE / PENDING / DISCONTINUED / EXPIRED / UNKNOWN.</li>
 *   <li>{@link Layout#GOOGLE_PATENTS google-patents}: the {@code search URL:} line, then {@code id, title, assignee,
 *       inventor/author, priority date, filing/creation date, publication date, grant date, result link,
 *       representative figure link}; ids {@code CN-114123456-A}; names joined with {@code ", "}; every title ends in
 *       a space; the priority date is the filing date when nothing is claimed; undisclosed Chinese inventors are
 *       written {@code 不公告发明人}; UTF-8 without BOM, LF.</li>
 * </ul>
 * Other harmless quirks of real exports: now and then a name, country or code repeats inside a multi-value cell.
 * CSV output is byte-for-byte deterministic. XLSX text cells are always string cells (never formulas); counts are
 * numeric cells; dates are text, as the vendors write them.
 *
 * <p>Instances are immutable; {@link #write} may be called repeatedly.
 */
public final class ExportWriter {
    /** The export layouts the writer can produce. {@link #toString()} is the id used on the command line. */
    public enum Layout {
        INCOPAT("incopat", true, Encoding.UTF_8_BOM, "\r\n"),
        PATSNAP("patsnap", true, Encoding.UTF_8_BOM, "\r\n"),
        LENS("lens", false, Encoding.UTF_8_BOM, "\r\n"),
        GOOGLE_PATENTS("google-patents", false, Encoding.UTF_8, "\n");

        private final String id;
        private final boolean xlsx;
        private final Encoding defaultEncoding;
        private final String lineEnd;

        Layout(String id, boolean xlsx, Encoding defaultEncoding, String lineEnd) {
            this.id = id;
            this.xlsx = xlsx;
            this.defaultEncoding = defaultEncoding;
            this.lineEnd = lineEnd;
        }

        /** The id, as {@code navi ingest} reports the detected layout. */
        public String id() {
            return id;
        }

        /** Whether the vendor also exports Excel workbooks. */
        public boolean xlsx() {
            return xlsx;
        }

        /** The encoding the vendor writes CSV in. */
        public Encoding defaultEncoding() {
            return defaultEncoding;
        }

        @Override
        public String toString() {
            return id;
        }

        public static Optional<Layout> byId(String id) {
            return Arrays.stream(values()).filter(l -> l.id.equalsIgnoreCase(id)).findFirst();
        }
    }

    /** File format. */
    public enum Format {
        CSV, XLSX;

        /** XLSX for a {@code .xlsx} file name, CSV otherwise. */
        public static Format forFile(Path file) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            return name.endsWith(".xlsx") ? XLSX : CSV;
        }

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Text encodings for CSV. {@link #toString()} is the name used on the command line. */
    public enum Encoding {
        UTF_8_BOM("utf-8-bom", StandardCharsets.UTF_8, true),
        UTF_8("utf-8", StandardCharsets.UTF_8, false),
        GB18030("gb18030", Charset.forName("GB18030"), false);

        private final String id;
        private final Charset charset;
        private final boolean bom;

        Encoding(String id, Charset charset, boolean bom) {
            this.id = id;
            this.charset = charset;
            this.bom = bom;
        }

        public Charset charset() {
            return charset;
        }

        public boolean bom() {
            return bom;
        }

        @Override
        public String toString() {
            return id;
        }
    }

    /**
     * What to write.
     *
     * @param layout   the vendor layout, required
     * @param format   CSV or XLSX, required; XLSX only for layouts whose vendor exports workbooks
     * @param encoding the CSV encoding, or {@code null} for the layout's own; must be {@code null} for XLSX
     */
    public record Options(Layout layout, Format format, Encoding encoding) {
        public Options {
            Objects.requireNonNull(layout, "layout");
            Objects.requireNonNull(format, "format");
            if (format == Format.XLSX) {
                if (!layout.xlsx()) {
                    throw new IllegalArgumentException(layout + " exports CSV only; write a .csv file");
                }
                if (encoding != null) {
                    throw new IllegalArgumentException("an encoding applies to CSV only, not to .xlsx");
                }
            } else if (encoding == null) {
                encoding = layout.defaultEncoding();
            }
        }
    }

    /**
     * A generated export file.
     *
     * @param options  how to write it
     * @param seed     the generator seed
     * @param skip     how many records of the seed's sequence to skip first (for overlapping exports)
     * @param records  how many records to write (at least 1)
     * @param out      the file to write; replaced atomically
     * @param progress called with the number of records written so far (every 10,000 and at the end), or {@code null}
     */
    public record Request(Options options, long seed, long skip, long records, Path out, LongConsumer progress) {
        /** A request without progress reporting. */
        public Request(Options options, long seed, long skip, long records, Path out) {
            this(options, seed, skip, records, out, null);
        }

        public Request {
            Objects.requireNonNull(options, "options");
            Objects.requireNonNull(out, "out");
            if (records < 1) {
                throw new IllegalArgumentException("records must be at least 1, was " + records);
            }
            if (skip < 0) {
                throw new IllegalArgumentException("skip must not be negative, was " + skip);
            }
        }
    }

    /** What {@link #writeFile} wrote. */
    public record Result(Path out, long records, long bytes) {
    }

    private static final String GOOGLE_SEARCH_URL = "https://patents.google.com/?q=(%E5%8A%A8%E5%8A%9B%E7%94%B5%E6%B1%A0)"
            + "&q=(H01M10%2f0525)&before=priority:20241231&after=priority:20050101";
    private static final String UNDISCLOSED_INVENTOR = "不公告发明人";

    private final Options options;
    private final List<Col> columns;

    public ExportWriter(Options options) {
        this.options = Objects.requireNonNull(options, "options");
        this.columns = switch (options.layout()) {
            case INCOPAT -> incopat();
            case PATSNAP -> patsnap();
            case LENS -> lens();
            case GOOGLE_PATENTS -> google();
        };
    }

    public Options options() {
        return options;
    }

    /** The header row this writer writes. */
    public List<String> header() {
        return columns.stream().map(Col::header).toList();
    }

    /**
     * Generates and writes one export file: to a temporary file beside the target, moved into place when complete,
     * so a failed run never leaves a half-written export.
     *
     * @throws UncheckedIOException when the file cannot be written
     */
    public static Result writeFile(Request request) {
        Path target = request.out().toAbsolutePath();
        Path dir = target.getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            // created like any new file (not createTempFile, whose owner-only permissions the target would inherit)
            tmp = dir.resolve("." + target.getFileName() + "." + ProcessHandle.current().pid() + "." + System.nanoTime()
                    + ".tmp");
            Iterator<Patent> records = new ExportGenerator(request.seed()).iterator();
            for (long i = 0; i < request.skip(); i++) {
                records.next();
            }
            if (request.progress() != null) {
                records = counting(records, request.progress());
            }
            long n;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE), 1 << 16)) {
                n = new ExportWriter(request.options()).write(records, request.records(), out);
            }
            if (request.progress() != null) {
                request.progress().accept(n);
            }
            long bytes = Files.size(tmp);
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
            return new Result(request.out(), n, bytes);
        } catch (IOException e) {
            String why = e instanceof FileSystemException f
                    ? f.getClass().getSimpleName() + " on " + f.getFile() + (f.getReason() == null ? "" : " (" + f.getReason() + ")")
                    : e.getMessage();
            throw new UncheckedIOException("cannot write " + request.out() + ": " + why, e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort: our own temporary file
                }
            }
        }
    }

    private static Iterator<Patent> counting(Iterator<Patent> records, LongConsumer progress) {
        return new Iterator<>() {
            private long n;

            @Override
            public boolean hasNext() {
                return records.hasNext();
            }

            @Override
            public Patent next() {
                Patent p = records.next();
                if (++n % 10_000 == 0) {
                    progress.accept(n);
                }
                return p;
            }
        };
    }

    /**
     * Writes the next {@code n} records of {@code records} (fewer if it runs out) to {@code out}, which is left open.
     *
     * @return the number of records written
     */
    public long write(Iterator<Patent> records, long n, OutputStream out) throws IOException {
        return options.format() == Format.XLSX ? writeXlsx(records, n, out) : writeCsv(records, n, out);
    }

    private long writeCsv(Iterator<Patent> records, long n, OutputStream out) throws IOException {
        Encoding enc = options.encoding();
        if (enc.bom()) {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setRecordSeparator(options.layout().lineEnd).get();
        BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, enc.charset()), 1 << 16);
        CSVPrinter printer = new CSVPrinter(w, format);
        if (options.layout() == Layout.GOOGLE_PATENTS) {
            printer.printRecord("search URL:", GOOGLE_SEARCH_URL);
        }
        printer.printRecord(header());
        long written = 0;
        Object[] cells = new Object[columns.size()];
        while (written < n && records.hasNext()) {
            Patent p = records.next();
            written++;
            for (int i = 0; i < cells.length; i++) {
                Object v = columns.get(i).value().apply(new Row(p, written));
                cells[i] = v == null ? "" : v instanceof Double d ? decimal(d) : v.toString();
            }
            printer.printRecord(cells);
        }
        printer.flush();
        w.flush();
        return written;
    }

    private long writeXlsx(Iterator<Patent> records, long n, OutputStream out) throws IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook(200);
        try {
            wb.setCompressTempFiles(true);
            var props = wb.getXSSFWorkbook().getProperties().getCoreProperties();
            props.setCreator("navi generate (synthetic data)");
            props.setCreated(Optional.of(java.util.Date.from(ExportGenerator.CUTOFF.atStartOfDay(java.time.ZoneOffset.UTC)
                    .toInstant())));
            Sheet sheet = wb.createSheet("Sheet1");
            org.apache.poi.ss.usermodel.Row head = sheet.createRow(0);
            for (int i = 0; i < columns.size(); i++) {
                head.createCell(i).setCellValue(columns.get(i).header());
            }
            long written = 0;
            while (written < n && records.hasNext()) {
                Patent p = records.next();
                written++;
                org.apache.poi.ss.usermodel.Row row = sheet.createRow((int) written);
                for (int i = 0; i < columns.size(); i++) {
                    Object v = columns.get(i).value().apply(new Row(p, written));
                    if (v == null) {
                        continue;
                    }
                    Cell c = row.createCell(i);
                    if (v instanceof Number num) {
                        c.setCellValue(num.doubleValue());
                    } else {
                        c.setCellValue(v.toString()); // a string cell: text is never read as a formula
                    }
                }
            }
            wb.write(out);
            return written;
        } finally {
            wb.close(); // also deletes the streaming temp files
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Column tables.

    /** A record and its 1-based position in the file. */
    private record Row(Patent p, long n) {
    }

    private record Col(String header, Function<Row, Object> value) {
    }

    private static Col col(String header, Function<Row, Object> value) {
        return new Col(header, value);
    }

    private static List<Col> incopat() {
        String sep = "; ";
        List<Col> c = new ArrayList<>();
        c.add(col("序号", r -> r.n()));
        c.add(col("标题", r -> r.p().title()));
        c.add(col("摘要", r -> r.p().abstractText()));
        c.add(col("公开（公告）号", r -> r.p().publicationNumber()));
        c.add(col("公开（公告）日", r -> date(r.p().publicationDate())));
        c.add(col("申请号", r -> r.p().applicationNumber()));
        c.add(col("申请日", r -> date(r.p().applicationDate())));
        c.add(col("授权日", r -> date(r.p().grantDate())));
        c.add(col("申请人", r -> join(quirk(r.p(), "applicants", r.p().applicants()), sep)));
        c.add(col("标准化申请人", r -> join(r.p().vendorApplicants(), sep)));
        c.add(col("当前权利人", r -> join(r.p().currentOwners(), sep)));
        c.add(col("发明人", r -> join(quirk(r.p(), "inventors", r.p().inventors()), sep)));
        c.add(col("申请人地址", r -> join(r.p().applicantAddresses(), sep)));
        c.add(col("申请人国家", r -> join(quirk(r.p(), "countries", r.p().applicantCountries()), sep)));
        c.add(col("申请人省份", r -> join(r.p().applicantProvinces(), sep)));
        c.add(col("申请人地市", r -> join(r.p().applicantCities(), sep)));
        c.add(col("IPC主分类", r -> r.p().mainIpc()));
        c.add(col("IPC", r -> join(r.p().ipc(), sep)));
        c.add(col("CPC", r -> join(r.p().cpc(), sep)));
        c.add(col("专利类型", r -> typeLabel(r.p(), "发明授权")));
        c.add(col("当前法律状态", r -> r.p().legalStatusText()));
        c.add(col("法律事件", r -> join(r.p().legalEvents(), sep)));
        c.add(col("优先权号", r -> join(r.p().priorityNumbers(), sep)));
        c.add(col("最早优先权日", r -> date(r.p().priorityDate())));
        c.add(col("简单同族", r -> join(r.p().familyMembers(), sep)));
        c.add(col("简单同族个数", r -> r.p().familySize()));
        c.add(col("简单同族id", r -> r.p().familyId()));
        c.add(col("被引证次数", r -> r.p().citedByCount()));
        c.add(col("引证次数", r -> r.p().citesCount()));
        c.add(col("合享价值度", r -> r.p().valueScore()));
        c.add(col("技术功效短语", r -> join(r.p().techEffects(), sep)));
        c.add(col("转让次数", r -> r.p().transferCount()));
        c.add(col("许可次数", r -> r.p().licenceCount()));
        c.add(col("质押次数", r -> r.p().pledgeCount()));
        c.add(col("首项权利要求", r -> r.p().firstClaim()));
        c.add(col("权利要求数量", r -> r.p().claimsCount()));
        return c;
    }

    private static List<Col> patsnap() {
        String sep = " | ";
        List<Col> c = new ArrayList<>();
        c.add(col("序号", r -> r.n()));
        c.add(col("公开(公告)号", r -> r.p().publicationNumber()));
        c.add(col("申请号", r -> r.p().applicationNumber()));
        c.add(col("标题", r -> r.p().title()));
        c.add(col("摘要", r -> r.p().abstractText()));
        c.add(col("申请日", r -> date(r.p().applicationDate())));
        c.add(col("公开(公告)日", r -> date(r.p().publicationDate())));
        c.add(col("授权日", r -> date(r.p().grantDate())));
        c.add(col("申请(专利权)人", r -> join(quirk(r.p(), "applicants", r.p().applicants()), sep)));
        c.add(col("[标]申请(专利权)人", r -> join(r.p().vendorApplicants(), sep)));
        c.add(col("当前申请(专利权)人", r -> join(r.p().currentOwners(), sep)));
        c.add(col("发明人", r -> join(quirk(r.p(), "inventors", r.p().inventors()), sep)));
        c.add(col("申请人地址", r -> join(r.p().applicantAddresses(), sep)));
        c.add(col("申请人国家/地区", r -> join(quirk(r.p(), "countries", r.p().applicantCountries()), sep)));
        c.add(col("申请人州/省", r -> join(r.p().applicantProvinces(), sep)));
        c.add(col("申请人城市", r -> join(r.p().applicantCities(), sep)));
        c.add(col("IPC分类号", r -> join(r.p().ipc(), sep)));
        c.add(col("IPC主分类号", r -> r.p().mainIpc()));
        c.add(col("CPC分类号", r -> join(r.p().cpc(), sep)));
        c.add(col("专利类型", r -> typeLabel(r.p(), "授权发明")));
        c.add(col("简单法律状态", r -> r.p().legalStatusText()));
        c.add(col("法律状态/事件", r -> join(r.p().legalEvents(), sep)));
        c.add(col("优先权号", r -> join(r.p().priorityNumbers(), "; ")));
        c.add(col("最早优先权日", r -> date(r.p().priorityDate())));
        c.add(col("简单同族", r -> join(r.p().familyMembers(), sep)));
        c.add(col("简单同族数量", r -> r.p().familySize()));
        c.add(col("简单同族ID", r -> r.p().familyId()));
        c.add(col("被引用专利数量", r -> r.p().citedByCount()));
        c.add(col("引用专利数量", r -> r.p().citesCount()));
        c.add(col("技术功效短语", r -> join(r.p().techEffects(), sep)));
        c.add(col("首项权利要求", r -> r.p().firstClaim()));
        c.add(col("权利要求数量", r -> r.p().claimsCount()));
        return c;
    }

    private static List<Col> lens() {
        String sep = ";;";
        List<Col> c = new ArrayList<>();
        c.add(col("#", r -> r.n()));
        c.add(col("Jurisdiction", r -> r.p().office()));
        c.add(col("Kind", r -> r.p().kindCode()));
        c.add(col("Display Key", r -> Numbers.lensDisplayKey(r.p().office(), r.p().publicationNumber(), r.p().kindCode())));
        c.add(col("Lens ID", r -> Numbers.lensId(r.p().publicationNumber())));
        c.add(col("Publication Date", r -> date(r.p().publicationDate())));
        c.add(col("Publication Year", r -> r.p().publicationDate().getYear()));
        c.add(col("Application Number", r -> lensApplication(r.p())));
        c.add(col("Application Date", r -> date(r.p().applicationDate())));
        c.add(col("Priority Numbers", r -> join(lensPriorities(r.p()), sep)));
        c.add(col("Earliest Priority Date", r -> date(r.p().priorityDate() != null ? r.p().priorityDate()
                : r.p().applicationDate())));
        c.add(col("Title", r -> r.p().title()));
        c.add(col("Abstract", r -> r.p().abstractText()));
        c.add(col("Applicants", r -> join(r.p().applicants(), sep)));
        c.add(col("Inventors", r -> join(r.p().inventors(), sep)));
        c.add(col("Owners", r -> r.p().grantDate() == null ? null : join(r.p().currentOwners(), sep)));
        c.add(col("URL", r -> "https://lens.org/" + Numbers.lensId(r.p().publicationNumber())));
        c.add(col("Document Type", r -> r.p().patentType() == PatentType.UTILITY_MODEL ? "Utility Model"
                : r.p().grantDate() != null ? "Granted Patent" : "Patent Application"));
        c.add(col("Has Full Text", r -> switch (r.p().office()) {
            case "JP", "KR" -> "no";
            default -> "yes";
        }));
        c.add(col("Cites Patent Count", r -> r.p().citesCount()));
        c.add(col("Cited by Patent Count", r -> r.p().citedByCount()));
        c.add(col("Simple Family Size", r -> r.p().familySize()));
        c.add(col("Simple Family Members", r -> join(lensIds(r.p().familyMembers()), sep)));
        c.add(col("Simple Family Member Jurisdictions", r -> join(r.p().familyOffices(), sep)));
        c.add(col("Extended Family Size", r -> r.p().familySize()));
        c.add(col("Extended Family Members", r -> join(lensIds(r.p().familyMembers()), sep)));
        c.add(col("Extended Family Member Jurisdictions", r -> join(r.p().familyOffices(), sep)));
        c.add(col("Sequence Count", r -> null));
        c.add(col("CPC Classifications", r -> join(quirk(r.p(), "cpc", r.p().cpc()), sep)));
        c.add(col("IPCR Classifications", r -> join(r.p().ipc(), sep)));
        c.add(col("US Classifications", r -> null));
        c.add(col("NPL Citation Count", r -> 0));
        c.add(col("NPL Resolved Citation Count", r -> 0));
        c.add(col("NPL Resolved Lens ID(s)", r -> null));
        c.add(col("NPL Resolved External ID(s)", r -> null));
        c.add(col("NPL Citations", r -> null));
        c.add(col("Legal Status", r -> lensStatus(r.p())));
        return c;
    }

    private static List<Col> google() {
        List<Col> c = new ArrayList<>();
        c.add(col("id", r -> Numbers.googleId(r.p().office(), r.p().publicationNumber(), r.p().kindCode())));
        c.add(col("title", r -> r.p().title() + " "));
        c.add(col("assignee", r -> join(r.p().applicants(), ", ")));
        c.add(col("inventor/author", r -> r.p().inventors().isEmpty() && "CN".equals(r.p().office()) ? UNDISCLOSED_INVENTOR
                : join(r.p().inventors(), ", ")));
        c.add(col("priority date", r -> date(r.p().priorityDate() != null ? r.p().priorityDate() : r.p().applicationDate())));
        c.add(col("filing/creation date", r -> date(r.p().applicationDate())));
        c.add(col("publication date", r -> date(r.p().publicationDate())));
        c.add(col("grant date", r -> date(r.p().grantDate())));
        c.add(col("result link", r -> "https://patents.google.com/patent/" + r.p().publicationNumber()
                + ("CN".equals(r.p().office()) ? "/zh" : "/en")));
        c.add(col("representative figure link", r -> figureLink(r.p())));
        return c;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Cell helpers.

    private static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }

    private static String join(List<String> values, String sep) {
        return values.isEmpty() ? null : String.join(sep, values);
    }

    /** Whole numbers without ".0", as exports write scores. */
    private static String decimal(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }

    /** Now and then (about one record in 25, decided by the record) a value repeats inside a multi-value cell. */
    private static List<String> quirk(Patent p, String column, List<String> values) {
        if (values.isEmpty() || Long.remainderUnsigned(Numbers.hash(p.publicationNumber() + column), 25) != 0) {
            return values;
        }
        List<String> out = new ArrayList<>(values);
        out.add(values.get(0));
        return out;
    }

    private static String typeLabel(Patent p, String grantedInvention) {
        if (p.patentType() == PatentType.UTILITY_MODEL) {
            return "实用新型";
        }
        return p.grantDate() != null ? grantedInvention : "发明申请";
    }

    private static String lensApplication(Patent p) {
        return Numbers.lensApplication(p.applicationNumber(), p.applicationDate(), p.patentType() == PatentType.UTILITY_MODEL);
    }

    /** Lens lists the record's own application first, then the priorities it claims, all in its own spelling. */
    private static List<String> lensPriorities(Patent p) {
        List<String> out = new ArrayList<>();
        out.add(lensApplication(p));
        for (String n : p.priorityNumbers()) {
            out.add(Numbers.lensApplication(n, p.priorityDate(), false));
        }
        return out;
    }

    private static List<String> lensIds(List<String> publicationNumbers) {
        return publicationNumbers.stream().map(Numbers::lensId).toList();
    }

    private static String lensStatus(Patent p) {
        LegalStatus s = p.legalStatus();
        if (s == null) {
            return null;
        }
        return switch (s) {
            case ACTIVE -> "ACTIVE";
            case PENDING -> "PENDING";
            case LAPSED -> p.legalEvents().contains(Vocabulary.EV_EXPIRED) ? "EXPIRED" : "DISCONTINUED";
            default -> "UNKNOWN";
        };
    }

    /** Google leaves the figure link empty for about 40 % of records. */
    private static String figureLink(Patent p) {
        long h = Numbers.hash(p.publicationNumber() + "figure");
        if (Long.remainderUnsigned(h, 10) < 4) {
            return null;
        }
        String hex = Numbers.hex(h, 20);
        String serial = p.publicationNumber().substring(0, p.publicationNumber().length() - p.kindCode().length());
        return "https://patentimages.storage.googleapis.com/" + hex.substring(0, 2) + "/" + hex.substring(2, 4) + "/"
                + hex.substring(4, 6) + "/" + hex.substring(6, 20) + "/" + serial + "-"
                + p.publicationDate().toString().replace("-", "") + "-D00000.png";
    }
}
