package dev.navi.ingest.dataset;

import dev.navi.model.Patent;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Streams records to {@code records.csv} in the canonical format (see {@link CanonicalColumns}). */
public final class DatasetWriter implements Closeable {
    /** The CSV dialect of every CSV navi writes: RFC 4180 quoting, LF record separator. */
    public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

    private final Writer out;
    private final StringBuilder buffer = new StringBuilder(1 << 17);
    private final CSVPrinter printer;
    private long written;

    public DatasetWriter(OutputStream out) throws IOException {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        // CSVPrinter appends character by character; into a StringBuilder that is cheap, into a Writer it is not.
        this.printer = new CSVPrinter(buffer, FORMAT);
        printer.printRecord(CanonicalColumns.header());
    }

    public void write(Patent p) throws IOException {
        printer.printRecord(dev.navi.io.CsvCells.escapeRow(CanonicalColumns.cells(p))); // navi's layout un-escapes
        written++;
        if (buffer.length() >= 1 << 16) {
            drain();
        }
    }

    private void drain() throws IOException {
        out.append(buffer);
        buffer.setLength(0);
    }

    /** Writes any row of cells in the same dialect (used for lookup tables and rejects). */
    public static void writeRow(CSVPrinter printer, List<String> cells) throws IOException {
        printer.printRecord(cells);
    }

    public long written() {
        return written;
    }

    @Override
    public void close() throws IOException {
        drain();
        out.close();
    }
}
