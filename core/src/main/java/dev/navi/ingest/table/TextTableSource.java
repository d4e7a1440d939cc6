package dev.navi.ingest.table;

import dev.navi.ingest.InputException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Delimited text (CSV, TSV, semicolon-separated) in any encoding {@link EncodingDetector} recognises.
 *
 * <p>Why not commons-csv for reading: exports break quoting in ways a strict parser stops on, and the rejects
 * list needs each broken row's physical line and raw text. This reader is lenient where exports are sloppy and
 * strict where data would otherwise be lost:
 * <ul>
 *   <li>a quote opens a quoted cell only at the start of a cell; {@code ""} inside is a quote; a stray quote in
 *       the middle of an unquoted cell, or text after a closing quote, is kept as text;</li>
 *   <li>a quoted cell may span lines (the line break is kept as {@code \n});</li>
 *   <li>a quoted cell that does not close within {@link #MAX_RECORD_LINES} lines or {@link #MAX_RECORD_CHARS}
 *       characters, or by the end of the file, is a broken row: it is reported with a problem and reading resumes
 *       on the line after the one where it started, so one bad quote never swallows the rest of the file.</li>
 * </ul>
 */
public final class TextTableSource implements TableSource {
    /** A record longer than this many physical lines is taken as a runaway quote. */
    public static final int MAX_RECORD_LINES = 20_000;
    /** A record longer than this many characters is taken as a runaway quote. */
    public static final int MAX_RECORD_CHARS = 8 * 1024 * 1024;
    /** Most cells a row may have: Excel's column limit; no export has more, a file with more is no export. */
    public static final int MAX_COLUMNS = 16_384;

    private final Path path;
    private final String displayName;
    private final EncodingDetector.Detected encoding;
    private final char delimiter;
    /** Cells in the widest row so far, to size the next row's list once. */
    private int expectedCells = 16;

    private TextTableSource(Path path, String displayName, EncodingDetector.Detected encoding, char delimiter) {
        this.path = path;
        this.displayName = displayName;
        this.encoding = encoding;
        this.delimiter = delimiter;
    }

    /**
     * Opens a text export: detects its encoding and delimiter.
     *
     * @param forcedDelimiter the delimiter to use, or {@code 0} to detect it
     * @throws InputException when the file is empty or binary
     */
    public static TextTableSource open(Path path, String displayName, byte[] head, int headLength, char forcedDelimiter)
            throws IOException {
        if (headLength == 0) {
            throw new InputException(displayName, "the file is empty (0 bytes); export the records again");
        }
        EncodingDetector.Detected enc = EncodingDetector.detect(head, headLength);
        String sample = new String(head, enc.bomLength(), Math.min(headLength, 256 * 1024) - enc.bomLength(), enc.charset());
        if (looksBinary(sample)) {
            throw new InputException(displayName, "not a text export and not an Excel workbook (binary content); "
                    + "export the records as CSV, XLS or XLSX");
        }
        if (sample.isBlank()) {
            throw new InputException(displayName, "the file holds only blank lines; export the records again");
        }
        char delim = forcedDelimiter != 0 ? forcedDelimiter : detectDelimiter(sample);
        return new TextTableSource(path, displayName, enc, delim);
    }

    @Override
    public String format() {
        return delimiter == '\t' ? "tsv" : "csv";
    }

    @Override
    public String encoding() {
        return encoding.label();
    }

    /** The delimiter in use. */
    public char delimiter() {
        return delimiter;
    }

    /** Files at least this large are read ahead on a second thread (see {@link #read}). */
    static final long READ_AHEAD_MIN_BYTES = 8L << 20;
    private static final int BATCH = 256;

    @Override
    public void read(RowSink sink) throws IOException {
        if (Files.size(path) >= readAheadMinBytes) {
            readAhead(sink);
            return;
        }
        try (InputStream in = Files.newInputStream(path)) {
            LineReader lines = lines(in);
            sink.startSheet(null);
            RawRow row;
            while ((row = nextRecord(lines)) != null) {
                if (!sink.row(row)) {
                    break;
                }
            }
            sink.endSheet();
        }
    }

    private LineReader lines(InputStream in) throws IOException {
        in.skipNBytes(encoding.bomLength());
        var decoder = encoding.charset().newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        return new LineReader(new BufferedReader(new InputStreamReader(in, decoder), 1 << 16));
    }

    private long readAheadMinBytes = READ_AHEAD_MIN_BYTES;

    /** This source, reading ahead on a second thread from files of at least {@code minBytes} (tests compare both ways). */
    TextTableSource readAheadFrom(long minBytes) {
        readAheadMinBytes = minBytes;
        return this;
    }

    /** A batch of rows, or the end of the file ({@code rows == null}), or the failure that stopped the reader. */
    private record Batch(List<RawRow> rows, Throwable failure) {
    }

    /**
     * Like the plain loop, with decoding, line splitting and tokenising on a reader thread that hands rows over in
     * batches through a small bounded queue, so they overlap with mapping (this thread) on two cores. Rows reach the
     * sink in file order on the calling thread; a reader failure is rethrown here, after the rows before it.
     */
    private void readAhead(RowSink sink) throws IOException {
        java.util.concurrent.BlockingQueue<Batch> queue = new java.util.concurrent.ArrayBlockingQueue<>(8);
        java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
        Thread reader = dev.navi.concurrent.Daemons.start("navi-reader", () -> {
            Batch last;
            try (InputStream in = Files.newInputStream(path)) {
                LineReader lines = lines(in);
                List<RawRow> batch = new ArrayList<>(BATCH);
                RawRow row;
                while (!stop.get() && (row = nextRecord(lines)) != null) {
                    batch.add(row);
                    if (batch.size() == BATCH) {
                        if (!hand(queue, new Batch(batch, null), stop)) {
                            return;
                        }
                        batch = new ArrayList<>(BATCH);
                    }
                }
                if (!batch.isEmpty() && !hand(queue, new Batch(batch, null), stop)) {
                    return;
                }
                last = new Batch(null, null);
            } catch (IOException | RuntimeException | Error e) {
                last = new Batch(null, e);
            }
            hand(queue, last, stop);
        });
        try {
            sink.startSheet(null);
            boolean more = true;
            while (more) {
                Batch b = queue.take();
                if (b.failure() != null) {
                    rethrow(b.failure());
                }
                if (b.rows() == null) {
                    break;
                }
                for (RawRow row : b.rows()) {
                    if (!sink.row(row)) {
                        more = false;
                        break;
                    }
                }
            }
            sink.endSheet();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while reading " + displayName);
        } finally {
            stop.set(true);
            queue.clear(); // a reader waiting to hand over a batch sees the stop flag
        }
    }

    /** Puts a batch on the queue unless the consumer has stopped; false when it has. */
    private static boolean hand(java.util.concurrent.BlockingQueue<Batch> queue, Batch b, java.util.concurrent.atomic.AtomicBoolean stop) {
        try {
            while (!stop.get()) {
                if (queue.offer(b, 50, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                    return true;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    private static void rethrow(Throwable t) throws IOException {
        if (t instanceof IOException io) {
            throw io;
        }
        if (t instanceof RuntimeException re) {
            throw re;
        }
        throw (Error) t;
    }

    private RawRow nextRecord(LineReader lines) throws IOException {
        LineReader.Line first = lines.next();
        if (first == null) {
            return null;
        }
        Tokenizer t = new Tokenizer(delimiter, expectedCells);
        if (t.feed(first.text())) {
            checkColumns(first.number(), t.cells.size());
            expectedCells = Math.max(expectedCells, t.cells.size());
            return new RawRow(first.number(), t.cells, first.text(), null);
        }
        List<LineReader.Line> consumed = new ArrayList<>();
        StringBuilder raw = new StringBuilder(first.text());
        while (true) {
            LineReader.Line next = lines.next();
            if (next == null) {
                lines.pushBack(consumed);
                return brokenRow(first, "unterminated quote: a quoted cell opened on line " + first.number()
                        + " never closes before the end of the file (truncated file or stray quote)");
            }
            consumed.add(next);
            raw.append('\n').append(next.text());
            if (consumed.size() > MAX_RECORD_LINES || raw.length() > MAX_RECORD_CHARS) {
                lines.pushBack(consumed);
                return brokenRow(first, "unterminated quote: a quoted cell opened on line " + first.number() + " does not close within "
                        + consumed.size() + " lines / " + raw.length() + " characters (stray quote)");
            }
            t.newLine();
            if (t.feed(next.text())) {
                checkColumns(first.number(), t.cells.size());
                return new RawRow(first.number(), t.cells, raw.toString(), null);
            }
        }
    }

    private void checkColumns(long line, int cells) {
        if (cells > MAX_COLUMNS) {
            throw new dev.navi.ingest.InputException(displayName, "line " + line + ": " + cells + " columns; navi reads at "
                    + "most " + MAX_COLUMNS + " (Excel's limit, more than any export has); check the delimiter, or that "
                    + "this is a patent export");
        }
    }

    private RawRow brokenRow(LineReader.Line first, String problem) {
        Tokenizer t = new Tokenizer(delimiter, expectedCells);
        t.feed(first.text());
        t.flush();
        return new RawRow(first.number(), t.cells, first.text(), problem);
    }

    /** Quote-aware cell splitter fed one physical line at a time. */
    private static final class Tokenizer {
        final char delim;
        final List<String> cells;
        final StringBuilder cell = new StringBuilder();
        boolean inQuotes;
        boolean atStart = true;

        Tokenizer(char delim, int expectedCells) {
            this.delim = delim;
            this.cells = new ArrayList<>(expectedCells);
        }

        /**
         * Consumes one physical line; copies whole runs between delimiters and quotes rather than single characters.
         *
         * @return true when the record is complete at the end of this line
         */
        boolean feed(String line) {
            int n = line.length();
            int i = 0;
            while (true) {
                if (inQuotes) {
                    int q = line.indexOf('"', i);
                    if (q < 0) {
                        cell.append(line, i, n);
                        return false; // the quoted cell goes on on the next line
                    }
                    cell.append(line, i, q);
                    if (q + 1 < n && line.charAt(q + 1) == '"') {
                        cell.append('"');
                        i = q + 2;
                    } else {
                        inQuotes = false;
                        i = q + 1;
                    }
                    continue;
                }
                if (atStart && i < n && line.charAt(i) == '"') {
                    inQuotes = true;
                    atStart = false;
                    i++;
                    continue;
                }
                int d = line.indexOf(delim, i);
                int end = d < 0 ? n : d;
                // text up to the delimiter, stray quotes included, is literal
                if (cell.length() == 0) {
                    cells.add(line.substring(i, end));
                } else {
                    cell.append(line, i, end);
                    cells.add(cell.toString());
                    cell.setLength(0);
                }
                if (d < 0) {
                    return true;
                }
                atStart = true;
                i = d + 1;
            }
        }

        void newLine() {
            cell.append('\n');
        }

        /** Ends a record cut short (a broken row): whatever was collected becomes the last cell. */
        void flush() {
            cells.add(cell.toString());
            cell.setLength(0);
        }
    }

    private static boolean looksBinary(String sample) {
        int control = 0;
        int n = Math.min(sample.length(), 65536);
        for (int i = 0; i < n; i++) {
            char c = sample.charAt(i);
            if (c == 0 || c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        return n > 0 && (control > 8 && control * 100 > n);
    }

    private static char detectDelimiter(String sample) {
        char[] candidates = {',', '\t', ';'};
        int[] counts = new int[candidates.length];
        boolean inQuotes = false;
        int lines = 0;
        for (int i = 0; i < sample.length() && lines < 50; i++) {
            char c = sample.charAt(i);
            if (c == '"') {
                inQuotes = !inQuotes;
            } else if (!inQuotes) {
                if (c == '\n' || c == '\r') {
                    lines++;
                }
                for (int k = 0; k < candidates.length; k++) {
                    if (c == candidates[k]) {
                        counts[k]++;
                    }
                }
            }
        }
        int best = 0;
        for (int k = 1; k < candidates.length; k++) {
            if (counts[k] > counts[best]) {
                best = k;
            }
        }
        return candidates[best];
    }

    @Override
    public String toString() {
        return displayName;
    }
}
