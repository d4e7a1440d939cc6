package dev.navi.ingest;

import dev.navi.ingest.layout.ExportLayout;
import dev.navi.ingest.layout.Header;
import dev.navi.ingest.layout.LayoutRegistry;
import dev.navi.ingest.layout.Mapped;
import dev.navi.ingest.layout.RowMapper;
import dev.navi.ingest.table.EncodingDetector;
import dev.navi.ingest.table.RawRow;
import dev.navi.ingest.table.RowSink;
import dev.navi.ingest.table.TableSource;
import dev.navi.ingest.table.TaggedTextTableSource;
import dev.navi.ingest.table.TextTableSource;
import dev.navi.ingest.table.WorkbookTableSource;
import dev.navi.model.Field;
import dev.navi.model.Patent;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongConsumer;

/**
 * Reads one input file end to end: sniffs what it is by its bytes (never by its name), finds the header row
 * and layout in each sheet, maps rows, and reports. Rows go to a {@link RecordSink} as they are read, so memory
 * stays flat however large the file.
 */
final class FileReader {
    /** The header must be among this many non-blank rows at the top of a sheet. */
    static final int HEADER_SCAN_ROWS = 30;

    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    /**
     * Rows of a sheet after which mapping goes parallel ({@link Scanner}): small files stay on the calling thread, where
     * a pool would cost more than it saves.
     */
    static final int PARALLEL_FROM_ROWS = 2048;
    /** Rows handed to a mapping thread at a time. */
    static final int MAP_BATCH = 256;
    /** {@link Field#values()} once: it copies the array on every call, and each kept row counts its fields. */
    private static final Field[] FIELDS = Field.values();

    private final LayoutRegistry registry;
    private final LongConsumer progress;
    private final int parallelFromRows;
    private final int mappingThreads;

    FileReader(LayoutRegistry registry, LongConsumer progress) {
        this(registry, progress, PARALLEL_FROM_ROWS, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    /** A reader that maps rows on {@code mappingThreads} threads after {@code parallelFromRows} rows (1: never). */
    FileReader(LayoutRegistry registry, LongConsumer progress, int parallelFromRows, int mappingThreads) {
        this.registry = registry;
        this.progress = progress;
        this.parallelFromRows = parallelFromRows;
        this.mappingThreads = mappingThreads;
    }

    FileReport read(Path path, String name, RecordSink sink) {
        TableSource source = open(path, name);
        Scanner scanner = new Scanner(name, sink);
        InputException failure;
        try {
            try {
                source.read(scanner);
                return scanner.report(source);
            } catch (UncheckedIOException e) {
                failure = new InputException(name, "cannot be read: " + e.getCause().getMessage(), e);
            } catch (IOException e) {
                failure = new InputException(name, "cannot be read: " + e.getMessage(), e);
            } catch (InputException e) {
                failure = e;
            }
            try {
                // the rows read before the failure count, as they do when mapped one by one on this thread
                scanner.drain();
            } catch (InputException e) {
                failure = e; // a row before the failure stopped the file first
            }
        } finally {
            scanner.closePool();
        }
        if (scanner.read > 0) {
            // rows already went to the sink: say how far the file got, so the counts still add up
            throw new PartialFileException(failure, scanner.report(source));
        }
        throw failure;
    }

    /** A file that failed after some of its rows were read and passed on; {@link #report()} counts those rows. */
    static final class PartialFileException extends InputException {
        private final FileReport report;

        PartialFileException(InputException cause, FileReport report) {
            super(cause.file(), stripFile(cause) + " (after " + report.read() + " rows had been read; those rows are kept)", cause);
            this.report = report;
        }

        FileReport report() {
            return report;
        }

        private static String stripFile(InputException e) {
            String prefix = dev.navi.io.Names.escape(e.file()) + ": ";
            String m = e.getMessage();
            return m.startsWith(prefix) ? m.substring(prefix.length()) : m;
        }
    }

    private TableSource open(Path path, String name) {
        if (!Files.exists(path)) {
            throw new InputException(name, "no such file");
        }
        if (Files.isDirectory(path)) {
            throw new InputException(name, "is a directory; name the export files inside it");
        }
        InputGuard.check(path, name);
        byte[] head = new byte[EncodingDetector.SAMPLE];
        int n;
        try (InputStream in = Files.newInputStream(path)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (NoSuchFileException e) {
            throw new InputException(name, "no such file");
        } catch (IOException e) {
            throw new InputException(name, "cannot be opened: " + e.getMessage());
        }
        if (n >= 8 && startsWith(head, OLE2)) {
            return WorkbookTableSource.xls(path, name);
        }
        if (n >= 4 && head[0] == 'P' && head[1] == 'K') {
            if (head[2] == 3 && head[3] == 4) {
                return WorkbookTableSource.xlsx(path, name);
            }
            throw new InputException(name, "an empty or damaged zip archive, not an Excel .xlsx workbook; export the records again");
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xlsx") || lower.endsWith(".xls")) {
            String start = new String(head, 0, Math.min(n, 512), java.nio.charset.StandardCharsets.ISO_8859_1).strip().toLowerCase(Locale.ROOT);
            if (start.startsWith("<")) {
                throw new InputException(name, "named like an Excel workbook but holds HTML/XML; open it in Excel or WPS "
                        + "and save it as .xlsx");
            }
            if (lower.endsWith(".xlsx")) {
                throw new InputException(name, "named .xlsx but is not a zip archive, so not an Excel workbook "
                        + "(damaged or renamed file); export the records again");
            }
        }
        if (n > 0) {
            EncodingDetector.Detected enc = EncodingDetector.detect(head, n);
            if (TaggedTextTableSource.looksTagged(head, n, enc)) {
                return TaggedTextTableSource.open(path, enc); // Web of Science field-tagged text (Derwent .ciw)
            }
        }
        try {
            TextTableSource guess = TextTableSource.open(path, name, head, n, (char) 0);
            if (hasKnownHeader(guess)) {
                return guess;
            }
            // The count heuristic can be fooled (Lens rows hold more ';;' than ','): try each delimiter against
            // the known header signatures before giving up on the guess.
            for (char d : new char[] {',', '\t', ';', '|'}) {
                if (d != guess.delimiter()) {
                    TextTableSource other = TextTableSource.open(path, name, head, n, d);
                    if (hasKnownHeader(other)) {
                        return other;
                    }
                }
            }
            return guess;
        } catch (IOException e) {
            throw new InputException(name, "cannot be read: " + e.getMessage());
        }
    }

    /** Whether one of the first rows of the source is a header a registered layout recognises. */
    private boolean hasKnownHeader(TableSource source) throws IOException {
        boolean[] found = {false};
        source.read(new RowSink() {
            private int seen;

            @Override
            public void startSheet(String name) {
            }

            @Override
            public boolean row(RawRow row) {
                if (row.isBlank()) {
                    return true;
                }
                if (registry.detect(new Header(trimTrailingEmpty(row.cells()), row.number())).isPresent()) {
                    found[0] = true;
                    return false;
                }
                return ++seen < HEADER_SCAN_ROWS;
            }

            @Override
            public void endSheet() {
            }
        });
        return found[0];
    }

    private static boolean startsWith(byte[] a, byte[] prefix) {
        for (int i = 0; i < prefix.length; i++) {
            if (a[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Wraps an I/O failure of the sink (the output side) so it is not mistaken for bad input. */
    static final class SinkFailure extends RuntimeException {
        SinkFailure(IOException cause) {
            super(cause.getMessage(), cause);
        }
    }

    /** Row sink that finds headers, maps rows and counts. */
    private final class Scanner implements RowSink {
        private final String file;
        private final RecordSink sink;
        private String sheet;
        private final List<RawRow> pending = new ArrayList<>();
        private int nonBlankSeen;
        private ExportLayout layout;
        private Header header;
        private RowMapper mapper;
        private boolean sheetSkipped;

        private ExportLayout fileLayout;
        private LayoutRegistry.Detection detection;
        private final List<String> keptColumns = new ArrayList<>();
        private final List<FileReport.SheetInfo> sheets = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();
        private final Map<String, String> mapped = new LinkedHashMap<>();
        private final List<String> unmapped = new ArrayList<>();
        private final Map<String, RowMapper.Warning> warnings = new TreeMap<>();
        private final Map<String, Long> reasons = new TreeMap<>();
        private final long[] fieldCounts = new long[Field.values().length];
        private long read;
        private long kept;
        private long rejected;
        private long blank;
        private long preamble;
        private String firstUnrecognisedRow;
        private String firstReject;

        /** Parallel mapping (after {@link #parallelFromRows} rows of a sheet): the mappers not in use, one per thread. */
        private java.util.concurrent.BlockingQueue<RowMapper> idle;
        /** All the sheet's mappers, the first being {@link #mapper}; {@code null} while mapping on this thread. */
        private List<RowMapper> forks;
        private java.util.concurrent.ExecutorService pool;
        /** Batches being mapped, in file order; each result holds a {@link Mapped} or the exception of each row. */
        private final java.util.ArrayDeque<java.util.concurrent.Future<Object[]>> inFlight = new java.util.ArrayDeque<>();
        private final java.util.ArrayDeque<RawRow[]> inFlightRows = new java.util.ArrayDeque<>();
        private List<RawRow> batch = new ArrayList<>(MAP_BATCH);
        private long sheetRows;

        Scanner(String file, RecordSink sink) {
            this.file = file;
            this.sink = sink;
        }

        @Override
        public void startSheet(String name) {
            sheet = name;
            pending.clear();
            nonBlankSeen = 0;
            layout = null;
            header = null;
            mapper = null;
            forks = null;
            sheetRows = 0;
            sheetSkipped = false;
        }

        @Override
        public boolean row(RawRow row) {
            if (sheetSkipped) {
                return false;
            }
            if (mapper != null) {
                if (row.isBlank()) {
                    blank++;
                } else {
                    handle(row);
                }
                return true;
            }
            if (row.isBlank()) {
                pending.add(row);
                return true;
            }
            nonBlankSeen++;
            Header candidate = new Header(trimTrailingEmpty(row.cells()), row.number());
            var detected = registry.explain(candidate);
            var found = detected.map(LayoutRegistry.Detection::layout);
            if (found.isPresent()) {
                if (detection == null) {
                    detection = detected.get();
                }
                if (fileLayout != null && !fileLayout.id().equals(found.get().id())) {
                    throw new InputException(file, "sheet " + sheet + " has layout " + found.get().id()
                            + " but an earlier sheet has " + fileLayout.id() + "; split the workbook into one file per layout");
                }
                layout = found.get();
                fileLayout = layout;
                header = candidate;
                mapper = layout.mapper(header, file);
                mapper.shareEqualValues(sink.keepsRecords());
                for (RawRow p : pending) {
                    if (p.isBlank()) {
                        blank++;
                    } else {
                        preamble++;
                    }
                }
                pending.clear();
                sheets.add(new FileReport.SheetInfo(sheet, row.number()));
                return true;
            }
            if (firstUnrecognisedRow == null) {
                firstUnrecognisedRow = preview(trimTrailingEmpty(row.cells()));
            }
            pending.add(row);
            if (nonBlankSeen >= HEADER_SCAN_ROWS) {
                sheetSkipped = true;
                return false;
            }
            return true;
        }

        /**
         * Maps a row, on this thread or — once the sheet has {@link #parallelFromRows} rows and its mapper can
         * {@link RowMapper#fork()} — in batches on {@link #mappingThreads} threads, each with its own mapper. The results
         * are taken in file order ({@link #take}), so counts, rejects and records come out exactly as one by one.
         */
        private void handle(RawRow row) {
            sheetRows++;
            if (forks == null && sheetRows > parallelFromRows && mappingThreads > 1 && !layout.lookupTable()) {
                startParallel();
            }
            if (forks == null) {
                take(row, null, 0, null);
                return;
            }
            batch.add(row);
            if (batch.size() == MAP_BATCH) {
                submit();
            }
        }

        private void startParallel() {
            RowMapper second = mapper.fork();
            if (second == null) {
                sheetRows = Long.MIN_VALUE; // this mapper maps in order: never ask again for this sheet
                return;
            }
            forks = new ArrayList<>(List.of(mapper, second));
            while (forks.size() < mappingThreads) {
                forks.add(mapper.fork());
            }
            idle = new java.util.concurrent.ArrayBlockingQueue<>(forks.size(), false, forks);
            if (pool == null) {
                pool = dev.navi.concurrent.Daemons.pool("navi-mapper", mappingThreads);
            }
        }

        private void submit() {
            RawRow[] rows = batch.toArray(new RawRow[0]);
            batch = new ArrayList<>(MAP_BATCH);
            String sheetName = sheet;
            java.util.concurrent.BlockingQueue<RowMapper> free = idle;
            RecordSink target = sink;
            inFlight.add(pool.submit(() -> {
                RowMapper m = free.take();
                try {
                    Object[] out = new Object[rows.length + 2];
                    long[] filled = new long[rows.length];
                    Object[] prepared = new Object[rows.length];
                    for (int i = 0; i < rows.length; i++) {
                        try {
                            Mapped mapped = m.map(rows[i], sheetName);
                            out[i] = mapped;
                            if (!mapped.isRejected()) {
                                filled[i] = filledFields(mapped.patent());
                                prepared[i] = target.prepare(mapped.patent());
                            }
                        } catch (RuntimeException e) {
                            out[i] = e;
                        }
                    }
                    out[rows.length] = filled;
                    out[rows.length + 1] = prepared;
                    return out;
                } finally {
                    free.put(m);
                }
            }));
            inFlightRows.add(rows);
            // a few batches ahead of the one taken next, so both threads stay busy while memory stays flat
            while (inFlight.size() > 2 * forks.size()) {
                takeBatch();
            }
        }

        /** Takes the oldest batch in flight. */
        private void takeBatch() {
            java.util.concurrent.Future<Object[]> f = inFlight.poll();
            RawRow[] rows = inFlightRows.poll();
            Object[] results;
            try {
                results = f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new UncheckedIOException(new java.io.InterruptedIOException("interrupted while mapping " + file));
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("mapping thread failed", e.getCause());
            }
            for (int i = 0; i < rows.length; i++) {
                if (results[i] instanceof RuntimeException e) {
                    // the file stops at this row, as on this thread: it counts, the rows after it do not
                    read++;
                    abandon();
                    throw e;
                }
                try {
                    take(rows[i], (Mapped) results[i], ((long[]) results[rows.length])[i], ((Object[]) results[rows.length + 1])[i]);
                } catch (RuntimeException e) {
                    abandon();
                    throw e;
                }
            }
        }

        /** Forgets the rows after a failure. */
        private void abandon() {
            inFlight.forEach(f -> f.cancel(false));
            inFlight.clear();
            inFlightRows.clear();
            batch.clear();
        }

        /** Takes every row still batched or in flight, in order (at a sheet's end, and after a failure). */
        void drain() {
            if (!batch.isEmpty()) {
                submit();
            }
            while (!inFlight.isEmpty()) {
                takeBatch();
            }
        }

        void closePool() {
            if (pool != null) {
                pool.shutdown();
            }
        }

        /**
         * Counts a row and passes it on; {@code m} is its mapping, or {@code null} to map it here, and {@code filled} the
         * record's {@link #filledFields} when mapped elsewhere, and {@code prepared} what the sink
         * {@link RecordSink#prepare prepared} of it there ({@code null}: nothing).
         */
        private void take(RawRow row, Mapped m, long filled, Object prepared) {
            read++;
            if (read % 10_000 == 0 && progress != null) {
                progress.accept(read);
            }
            try {
                if (layout.lookupTable()) {
                    if (row.problem() != null) {
                        reject(row, row.problem());
                    } else {
                        kept++;
                        sink.lookupRow(file, layout.id(), header.names(), row.cells());
                    }
                    return;
                }
                if (m == null) {
                    m = mapper.map(row, sheet);
                    filled = m.isRejected() ? 0 : filledFields(m.patent());
                }
                if (m.isRejected()) {
                    reject(row, m.rejectReason());
                    return;
                }
                kept++;
                Patent p = m.patent();
                if (FIELDS.length <= Long.SIZE) {
                    for (long bits = filled; bits != 0; bits &= bits - 1) {
                        fieldCounts[Long.numberOfTrailingZeros(bits)]++;
                    }
                } else {
                    countFields(p);
                }
                if (prepared != null) {
                    sink.record(p, prepared);
                } else {
                    sink.record(p);
                }
            } catch (IOException e) {
                throw new SinkFailure(e);
            }
        }

        private void countFields(Patent p) {
            for (Field f : FIELDS) {
                if (filled(p.get(f))) {
                    fieldCounts[f.ordinal()]++;
                }
            }
        }

        private void reject(RawRow row, String reason) throws IOException {
            rejected++;
            Reject r = new Reject(file, sheet, row.number(), reason, row.raw());
            if (firstReject == null) {
                firstReject = (sheet == null ? "line " : "sheet '" + sheet + "' row ") + row.number() + ": " + reason;
            }
            reasons.merge(r.category(), 1L, Long::sum);
            sink.reject(r);
        }

        @Override
        public void endSheet() {
            drain();
            if (mapper == null) {
                boolean empty = pending.stream().allMatch(RawRow::isBlank);
                if (!empty) {
                    notes.add("sheet " + (sheet == null ? "" : "'" + sheet + "' ") + "skipped: no known header in its first "
                            + HEADER_SCAN_ROWS + " rows");
                }
            } else {
                mapped.putAll(mapper.mappedColumns());
                for (String k : mapper.keptColumns()) {
                    if (!keptColumns.contains(k)) {
                        keptColumns.add(k);
                    }
                }
                for (String u : mapper.unmappedColumns()) {
                    if (!unmapped.contains(u)) {
                        unmapped.add(u);
                    }
                }
                // the forks of one sheet: counts add up, the first location is the earliest row's
                Map<String, RowMapper.Warning> sheetWarnings = new TreeMap<>();
                for (RowMapper m : forks == null ? List.of(mapper) : forks) {
                    m.warnings().forEach((k, w) -> sheetWarnings.merge(k, w, (a, b) -> new RowMapper.Warning(
                            a.count() + b.count(), b.firstRow() < a.firstRow() ? b.firstLocation() : a.firstLocation(),
                            Math.min(a.firstRow(), b.firstRow()))));
                    for (String n : m.notes()) {
                        if (!notes.contains(n)) {
                            notes.add(n);
                        }
                    }
                }
                sheetWarnings.forEach((k, w) -> warnings.merge(k, w,
                        (a, b) -> new RowMapper.Warning(a.count() + b.count(), a.firstLocation())));
            }
            if (progress != null) {
                progress.accept(read);
            }
        }

        /** Warns about the key fields the layout normally carries that this file fills in under half of its records. */
        private void lowFill(Map<String, String> warn) {
            for (Field f : FileReport.KEY_FIELDS) {
                boolean carried = fileLayout.columns().stream().anyMatch(c -> c.field() == f);
                long n = fieldCounts[f.ordinal()];
                if (!carried || n >= FileReport.LOW_FILL_RATE * kept) {
                    continue;
                }
                List<String> columns = new ArrayList<>();
                mapped.forEach((column, key) -> {
                    if (key.equals(f.key())) {
                        columns.add(column);
                    }
                });
                String why = columns.isEmpty()
                        ? "the " + fileLayout.displayName() + " layout normally carries it but this export has no column for it "
                                + "(re-export with the field selected, or map the column with --mapping)"
                        : "the " + fileLayout.displayName() + " layout normally carries it; its column " + String.join(", ", columns)
                                + " is mostly empty";
                warn.put(f.key() + ": filled in under " + Math.round(FileReport.LOW_FILL_RATE * 100) + " % of records",
                        String.format(Locale.ROOT, "%d of %d (%.0f %%); %s", n, kept, 100.0 * n / kept, why));
            }
        }

        FileReport report(TableSource source) {
            if (fileLayout == null) {
                if (firstUnrecognisedRow == null) {
                    throw new InputException(file, "holds no rows (empty " + source.format() + "); export the records again");
                }
                throw new InputException(file, "unrecognised layout: no known export header in the first " + HEADER_SCAN_ROWS
                        + " rows (first row: " + firstUnrecognisedRow + "); known layouts: "
                        + String.join(", ", registry.layouts().stream().map(ExportLayout::id).toList())
                        + ". For another export, write a mapping file and pass --mapping FILE (see README, 'Mapping files')");
            }
            if (read == 0) {
                throw new InputException(file, "has a " + fileLayout.displayName() + " header (row "
                        + sheets.get(0).headerRow() + ") but no records below it; export the records again");
            }
            Map<String, Long> counts = new LinkedHashMap<>();
            if (!fileLayout.lookupTable()) {
                for (Field f : Field.values()) {
                    counts.put(f.key(), fieldCounts[f.ordinal()]);
                }
            }
            Map<String, String> warn = new TreeMap<>();
            warnings.forEach((k, w) -> warn.put(k, w.count() + " (first at " + w.firstLocation() + "; text kept as an extra value)"));
            if (!fileLayout.lookupTable() && kept > 0) {
                lowFill(warn);
            }
            return new FileReport(file, fileLayout.id(), fileLayout.displayName(), source.format(), source.encoding(),
                    sheets, fileLayout.lookupTable(), read, kept, rejected, blank, preamble, reasons, mapped, unmapped,
                    counts, warn, notes, firstReject, detection == null ? null : detection.describe(), keptColumns);
        }
    }

    /**
     * The fields a record fills, one bit per {@link Field} ordinal (0 when there are more fields than bits: they are
     * then counted one by one): worked out on the mapping thread, where the record was just built and is still in that
     * core's cache; counting them on the reading thread was a fifth of its samples, most of them waiting on memory.
     */
    static long filledFields(Patent p) {
        if (FIELDS.length > Long.SIZE) {
            return 0;
        }
        long bits = 0;
        for (Field f : FIELDS) {
            if (filled(p.get(f))) {
                bits |= 1L << f.ordinal();
            }
        }
        return bits;
    }

    private static boolean filled(Object v) {
        return v != null && !(v instanceof List<?> l && l.isEmpty());
    }

    private static List<String> trimTrailingEmpty(List<String> cells) {
        int end = cells.size();
        while (end > 0 && cells.get(end - 1).isBlank()) {
            end--;
        }
        return cells.subList(0, end);
    }

    /**
     * The first row for an error message, control characters escaped; a row of fewer than three cells is no table
     * header, so its text is not echoed (the file may be anything: a password file behind a link, a log).
     */
    private static String preview(List<String> cells) {
        if (cells.size() < 3) {
            return "not a table header (" + cells.size() + (cells.size() == 1 ? " cell" : " cells") + "; text not shown)";
        }
        StringBuilder b = new StringBuilder("'");
        for (int i = 0; i < cells.size() && b.length() < 80; i++) {
            if (i > 0) {
                b.append(", ");
            }
            b.append(cells.get(i).strip());
        }
        if (b.length() > 80) {
            b.setLength(80);
            b.append('…');
        }
        return dev.navi.io.Names.escape(b.append('\'').toString());
    }
}
