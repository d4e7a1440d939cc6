package dev.navi.ingest.dataset;

import dev.navi.model.Field;
import dev.navi.model.Patent;
import dev.navi.model.Provenance;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Streams records to {@code records.csv} in the canonical format (see {@link CanonicalColumns}). */
public final class DatasetWriter implements Closeable {
    /** The CSV dialect of every CSV navi writes: RFC 4180 quoting, LF record separator. */
    public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

    private static final Field[] FIELDS = Field.values();
    private static final int FLUSH_BYTES = 1 << 16;

    private final OutputStream out;
    private final CsvRowBuilder row = new CsvRowBuilder(FLUSH_BYTES + (1 << 14));
    /** The encoder of {@link #write}, on the writing thread. */
    private final Encoder own = new Encoder();
    /** The encoders of {@link #encode}, one per thread that calls it. */
    private final ThreadLocal<Encoder> encoders = ThreadLocal.withInitial(Encoder::new);
    private long written;

    public DatasetWriter(OutputStream out) throws IOException {
        this.out = out;
        for (String h : CanonicalColumns.header()) {
            row.cell(h);
        }
        row.endRecord();
    }

    /**
     * Writes one record: the cells {@link CanonicalColumns#cells} gives, escaped ({@link dev.navi.io.CsvCells}) and
     * quoted as {@link #FORMAT}'s {@code CSVPrinter} would, but encoded straight into the output buffer.
     */
    public void write(Patent p) throws IOException {
        own.append(p, row);
        wrote();
    }

    /**
     * One record's row as {@link #write} writes it (the bytes, line end included), for {@link #writeEncoded}. Safe to call
     * from several threads at once, each encoding with its own buffers: the mapping threads encode the records they
     * mapped, while the data is in their caches, and the writing thread only copies bytes.
     */
    public byte[] encode(Patent p) {
        return encoders.get().encode(p);
    }

    /** Writes a row {@link #encode} gave: what {@link #write} of its record would have written. */
    public void writeEncoded(byte[] encodedRow) throws IOException {
        row.raw(encodedRow);
        wrote();
    }

    private void wrote() throws IOException {
        written++;
        if (row.size() >= FLUSH_BYTES) {
            row.writeTo(out);
        }
    }

    /** What encoding a record needs besides its row buffer. Not thread-safe. */
    private static final class Encoder {
        /** The row of {@link #encode}, reused. */
        private final CsvRowBuilder scratch = new CsvRowBuilder(1 << 12);
        /** The extra cell's JSON being put together, quotes doubled. */
        private final StringBuilder json = new StringBuilder(1 << 10);
        /** The extra cell's keys (column names, the same in every record) as JSON text with doubled quotes. */
        private final Map<String, String> jsonKeys = new java.util.HashMap<>();
        /** A multi-value cell's UTF-8 bytes being put together (values joined by LF) before it is escaped and quoted whole. */
        private byte[] joined = new byte[1 << 10];

        /** The record's row on its own, as bytes. */
        byte[] encode(Patent p) {
            scratch.clear();
            append(p, scratch);
            return scratch.toByteArray();
        }

        /** Appends the record's row to {@code row}. */
        void append(Patent p, CsvRowBuilder row) {
            for (Field f : FIELDS) {
                value(p.get(f), row);
            }
            Provenance pv = p.provenance();
            row.cell(pv.file());
            row.cell(pv.sheet() == null ? "" : pv.sheet());
            row.cell(pv.row());
            row.cell(pv.layout());
            Map<String, String> extra = p.extra();
            if (extra.isEmpty()) {
                row.cell("");
            } else {
                // the JSON object starts with '{' (no formula) and holds quotes, so its cell is always quoted: the
                // quotes are doubled as the JSON is made, not found again in its bytes
                json.setLength(0);
                if (CanonicalColumns.appendCsvQuotedJson(json, extra, jsonKeys)) {
                    row.quotedCell(json);
                } else {
                    row.cell(CanonicalColumns.json(extra));
                }
            }
            row.endRecord();
        }

        /** One field's cell, as {@link CanonicalColumns#format} writes it. */
        private void value(Object v, CsvRowBuilder row) {
            if (v instanceof String s) {
                row.cell(s);
            } else if (v instanceof List<?> l) {
                if (l.isEmpty()) {
                    row.cell("");
                } else if (l.size() == 1) {
                    row.cell(String.valueOf(l.get(0)));
                } else {
                    int n = 0;
                    for (Object o : l) {
                        byte[] b = String.valueOf(o).getBytes(StandardCharsets.UTF_8);
                        if (n + b.length + 1 > joined.length) {
                            joined = Arrays.copyOf(joined, Math.max(2 * joined.length, n + b.length + 1));
                        }
                        if (n > 0) {
                            joined[n++] = '\n';
                        }
                        System.arraycopy(b, 0, joined, n, b.length);
                        n += b.length;
                    }
                    row.cell(joined, 0, n);
                }
            } else if (v instanceof Integer i) {
                row.cell(i.longValue());
            } else if (v instanceof LocalDate d) {
                row.cell(d);
            } else if (v instanceof Enum<?> e) {
                row.cell(LOWER_NAMES.get(e.getDeclaringClass())[e.ordinal()]);
            } else {
                row.cell(CanonicalColumns.format(v));
            }
        }
    }

    /** Each enum's constants as {@link CanonicalColumns#format} writes them (lower-case names), by ordinal: once, not per cell. */
    private static final ClassValue<String[]> LOWER_NAMES = new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> type) {
            Object[] constants = type.getEnumConstants();
            String[] names = new String[constants.length];
            for (int i = 0; i < names.length; i++) {
                names[i] = CanonicalColumns.format(constants[i]);
            }
            return names;
        }
    };

    /** Writes any row of cells in the same dialect (used for lookup tables and rejects). */
    public static void writeRow(CSVPrinter printer, List<String> cells) throws IOException {
        printer.printRecord(cells);
    }

    public long written() {
        return written;
    }

    @Override
    public void close() throws IOException {
        try (out) {
            row.writeTo(out);
        }
    }
}
