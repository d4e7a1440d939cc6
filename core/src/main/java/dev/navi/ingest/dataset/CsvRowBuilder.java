package dev.navi.ingest.dataset;

import dev.navi.io.CsvCells;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * Encodes CSV rows as UTF-8 into a growing byte buffer, exactly as a commons-csv {@code CSVPrinter} in
 * {@link DatasetWriter#FORMAT} behind a UTF-8 writer prints them after {@link CsvCells#escapeRow}: the same formula
 * escaping, the same minimal quoting, LF after each record. {@code CSVPrinter} goes through a list of boxed cells and
 * appends character by character, and a UTF-16 buffer then has to be encoded again; at a million records of fifty
 * columns that was most of the cost of writing {@code records.csv}. Here each cell is encoded once (the JDK's
 * {@code String.getBytes}, vectorised for ASCII) and the quoting rules are checked on its text ({@code String.indexOf},
 * vectorised too) or, for cells given as bytes, on its bytes. The equality with
 * {@code CSVPrinter} is asserted cell by cell in {@code CsvRowBuilderTest}.
 *
 * <p>Minimal quoting (commons-csv's {@code QuoteMode.MINIMAL}): a cell is quoted when it is empty and first in its
 * record, when its first character is at most {@code #} (space, {@code !}, {@code "}, {@code #} and control
 * characters), when it holds a line break, a quote or a comma, or when its last character is at most a space. Quotes
 * inside a quoted cell are doubled. The rules look at ASCII characters only, and in UTF-8 every byte of a non-ASCII
 * character is above {@code 0x7F}, so checking bytes is checking characters. Unpaired surrogates become {@code ?}, as
 * a UTF-8 writer makes them. Not thread-safe.
 */
public final class CsvRowBuilder {
    /** The bytes that make a cell quoted wherever they are: line breaks, the quote, the delimiter. */
    private static final boolean[] SPECIAL = new boolean[256];

    static {
        SPECIAL['\n'] = true;
        SPECIAL['\r'] = true;
        SPECIAL['"'] = true;
        SPECIAL[','] = true;
    }

    private byte[] buf;
    private int len;
    private boolean first = true;

    /** A builder with room for {@code capacity} bytes before it grows. */
    public CsvRowBuilder(int capacity) {
        buf = new byte[Math.max(capacity, 64)];
    }

    /** Bytes held. */
    public int size() {
        return len;
    }

    /** Writes the bytes held to {@code out} and forgets them. */
    public void writeTo(OutputStream out) throws IOException {
        out.write(buf, 0, len);
        len = 0;
    }

    /** Forgets the bytes held and starts a new record. */
    public void clear() {
        len = 0;
        first = true;
    }

    /** A copy of the bytes held. */
    public byte[] toByteArray() {
        return Arrays.copyOf(buf, len);
    }

    /** Appends whole records as they are (bytes another builder held after {@link #endRecord}). */
    public void raw(byte[] records) {
        ensure(records.length);
        System.arraycopy(records, 0, buf, len, records.length);
        len += records.length;
    }

    /** The bytes held, as text (for tests). */
    @Override
    public String toString() {
        return new String(buf, 0, len, StandardCharsets.UTF_8);
    }

    /** Appends one text cell ({@code null} as an empty cell), escaped as {@link CsvCells#escape} does. */
    public CsvRowBuilder cell(String value) {
        if (value == null || value.isEmpty()) {
            return empty();
        }
        if (CsvCells.escaping() && CsvCells.mayNeedEscape(value.charAt(0))) {
            value = CsvCells.escape(value);
        }
        // the quoting rules decided on the text: String.indexOf is vectorised, a scan of the encoded bytes one at a time
        // was a third of writing records.csv (abstracts, claims); on ASCII the characters are the bytes, and no byte
        // of a non-ASCII character in UTF-8 is ASCII (an unpaired surrogate becomes '?', which no rule looks at)
        boolean quotes = value.indexOf('"') >= 0;
        boolean quote = quotes || value.charAt(0) <= '#' || value.charAt(value.length() - 1) <= ' '
                || value.indexOf(',') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0;
        byte[] b = value.getBytes(StandardCharsets.UTF_8);
        return put(b, 0, b.length, quote, quotes);
    }

    /**
     * Appends a cell that needs quoting and no formula escaping, given as the text between its quotes (inner quotes
     * already doubled): the extra cell's JSON ({@link CanonicalColumns#appendCsvQuotedJson}).
     */
    public CsvRowBuilder quotedCell(CharSequence inner) {
        byte[] b = inner.toString().getBytes(StandardCharsets.UTF_8);
        return put(b, 0, b.length, true, false);
    }

    /**
     * Appends one text cell given as UTF-8 bytes ({@code bytes[from, to)}, not empty-checked by the caller), escaped as
     * {@link CsvCells#escape} does.
     */
    public CsvRowBuilder cell(byte[] bytes, int from, int to) {
        if (from == to) {
            return empty();
        }
        if (CsvCells.escaping() && CsvCells.mayNeedEscape((char) (bytes[from] & 0xFF))) {
            return cell(new String(bytes, from, to - from, StandardCharsets.UTF_8)); // rare: a leading = + - @ ' tab CR
        }
        return encoded(bytes, from, to);
    }

    /**
     * Appends a whole number: digits (after a minus) need neither escaping (a signed number is no formula) nor
     * quoting, so it goes straight in.
     */
    public CsvRowBuilder cell(long value) {
        separate();
        first = false;
        if (value >= 0 && value < 10) {
            ensure(1);
            buf[len++] = (byte) ('0' + value);
            return this;
        }
        if (value < 0) {
            if (value == Long.MIN_VALUE) {
                byte[] b = Long.toString(value).getBytes(StandardCharsets.ISO_8859_1);
                ensure(b.length);
                System.arraycopy(b, 0, buf, len, b.length);
                len += b.length;
                return this;
            }
            ensure(1);
            buf[len++] = '-';
            value = -value;
        }
        int digits = 1;
        for (long v = value; v >= 10; v /= 10) {
            digits++;
        }
        ensure(digits);
        for (int i = len + digits - 1; i >= len; i--) {
            buf[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        len += digits;
        return this;
    }

    /**
     * Appends a date as {@link LocalDate#toString()} writes it ({@code yyyy-MM-dd} for the years 0 to 9999, which need
     * neither escaping nor quoting), without building the string; other years as their text cell.
     */
    public CsvRowBuilder cell(LocalDate d) {
        int year = d.getYear();
        if (year < 0 || year > 9999) {
            return cell(d.toString());
        }
        separate();
        first = false;
        ensure(10);
        buf[len++] = (byte) ('0' + year / 1000);
        buf[len++] = (byte) ('0' + year / 100 % 10);
        buf[len++] = (byte) ('0' + year / 10 % 10);
        buf[len++] = (byte) ('0' + year % 10);
        buf[len++] = '-';
        int month = d.getMonthValue();
        buf[len++] = (byte) ('0' + month / 10);
        buf[len++] = (byte) ('0' + month % 10);
        buf[len++] = '-';
        int day = d.getDayOfMonth();
        buf[len++] = (byte) ('0' + day / 10);
        buf[len++] = (byte) ('0' + day % 10);
        return this;
    }

    /** Ends the record (LF). */
    public void endRecord() {
        ensure(1);
        buf[len++] = '\n';
        first = true;
    }

    private CsvRowBuilder empty() {
        separate();
        if (first) {
            ensure(2);
            buf[len++] = '"';
            buf[len++] = '"';
        }
        first = false;
        return this;
    }

    private CsvRowBuilder encoded(byte[] b, int from, int to) {
        boolean quote = (b[from] & 0xFF) <= '#' || (b[to - 1] & 0xFF) <= ' ';
        int special = from;
        while (special < to && !SPECIAL[b[special] & 0xFF]) {
            special++;
        }
        quote |= special < to;
        boolean quotes = false;
        for (int i = special; i < to && !quotes; i++) {
            quotes = b[i] == '"';
        }
        return put(b, from, to, quote, quotes);
    }

    /** Appends encoded cell bytes, quoted or not as decided, doubling the quotes inside when there are any. */
    private CsvRowBuilder put(byte[] b, int from, int to, boolean quote, boolean quotes) {
        separate();
        first = false;
        int n = to - from;
        if (!quote) {
            ensure(n);
            System.arraycopy(b, from, buf, len, n);
            len += n;
            return this;
        }
        ensure(quotes ? 2 * n + 2 : n + 2);
        buf[len++] = '"';
        if (!quotes) {
            System.arraycopy(b, from, buf, len, n);
            len += n;
        } else {
            for (int i = from; i < to; i++) {
                byte c = b[i];
                buf[len++] = c;
                if (c == '"') {
                    buf[len++] = '"';
                }
            }
        }
        buf[len++] = '"';
        return this;
    }

    private void separate() {
        if (!first) {
            ensure(1);
            buf[len++] = ',';
        }
    }

    private void ensure(int more) {
        if (len + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
        }
    }
}
