package dev.navi.clean;

import dev.navi.ingest.Reject;
import dev.navi.model.Field;
import dev.navi.model.LegalStatus;
import dev.navi.model.Patent;
import dev.navi.model.PatentType;
import dev.navi.model.Provenance;
import dev.navi.text.StringIndex;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The binary form of the clean cache's records: variable-length integers and a string table, so each distinct short
 * string (an applicant, a class, a file name, a layout id) is written once and read back as one shared instance —
 * a record read from the cache costs less memory than the one the clean stage built. Long strings (titles, abstracts,
 * claims) go inline: they hardly repeat, and remembering them would only fill the table.
 *
 * <p>Every {@link Patent} field is written by its {@link Field.Kind} in {@link Field} order, so a field added to the
 * model is written without a change here; the format version ({@link CleanCache#FORMAT}) must still be raised, since
 * an entry written before the field existed has no value for it.
 */
final class CacheCodec {
    /** Strings up to this many characters go through the string table; longer ones are written inline each time. */
    static final int TABLE_MAX_LENGTH = 200;
    private static final Field[] FIELDS = Field.values();
    private static final Field.Kind[] KINDS = java.util.Arrays.stream(FIELDS).map(Field::kind).toArray(Field.Kind[]::new);
    private static final PatentType[] TYPES = PatentType.values();
    private static final LegalStatus[] STATUSES = LegalStatus.values();

    private CacheCodec() {
    }

    /** Buffered writer of variable-length integers and table-coded strings. Not thread-safe. */
    static final class Out {
        private final OutputStream out;
        private final byte[] buf = new byte[1 << 16];
        private int pos;
        private final StringIds table = new StringIds();

        Out(OutputStream out) {
            this.out = out;
        }

        private void room(int n) throws IOException {
            if (pos + n > buf.length) {
                flushBuffer();
            }
        }

        private void flushBuffer() throws IOException {
            out.write(buf, 0, pos);
            pos = 0;
        }

        void flush() throws IOException {
            flushBuffer();
            out.flush();
        }

        /** Unsigned LEB128. */
        void varint(long v) throws IOException {
            room(10);
            while ((v & ~0x7FL) != 0) {
                buf[pos++] = (byte) ((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            buf[pos++] = (byte) v;
        }

        /** A nullable integer: 0 for null, else the zig-zag value + 1. */
        void optInt(Integer v) throws IOException {
            varint(v == null ? 0 : zigzag(v) + 1);
        }

        void bool(boolean b) throws IOException {
            varint(b ? 1 : 0);
        }

        void bytes(byte[] b) throws IOException {
            varint(b.length);
            if (b.length > buf.length - pos) {
                flushBuffer();
                out.write(b);
            } else {
                System.arraycopy(b, 0, buf, pos, b.length);
                pos += b.length;
            }
        }

        /**
         * A nullable string of slot {@code slot} (a field or part of the record; see {@link Slots}). Tag 0 = null; 1 = a
         * new table string follows (it gets the next id); 2 = an inline string follows (not remembered); n ≥ 3 = the
         * table string with id n - 3. A slot whose strings hardly repeat stops using the table ({@link Slots}).
         */
        void string(int slot, String s) throws IOException {
            if (s == null) {
                varint(0);
                return;
            }
            if (s.length() > TABLE_MAX_LENGTH || stringSlots.off(slot)) {
                varint(2);
                text(s);
                return;
            }
            int id = table.idOrAdd(s);
            stringSlots.count(slot, id >= 0);
            if (id >= 0) {
                varint(id + 3L);
                return;
            }
            varint(1);
            text(s);
        }

        /**
         * A string's characters as Java holds them: a varint (length × 2, + 1 when a character lies beyond Latin-1), then
         * one byte per character (Latin-1) or two (UTF-16, little-endian). Reading them back is a copy, where decoding
         * UTF-8 costs a branch per character of Chinese text (and Chinese takes three bytes a character in UTF-8, two
         * here).
         */
        private void text(String s) throws IOException {
            int n = s.length();
            boolean wide = false;
            for (int i = 0; i < n; i++) {
                if (s.charAt(i) > 0xFF) {
                    wide = true;
                    break;
                }
            }
            varint(((long) n << 1) | (wide ? 1 : 0));
            if (!wide) {
                byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
                raw(b, b.length);
                return;
            }
            if (chars.length < n) {
                chars = new char[Math.max(n, chars.length * 2)];
            }
            s.getChars(0, n, chars, 0);
            int bytes = 2 * n;
            if (bytes <= buf.length) {
                room(bytes);
                ByteBuffer.wrap(buf, pos, bytes).order(ByteOrder.LITTLE_ENDIAN).asCharBuffer().put(chars, 0, n);
                pos += bytes;
            } else {
                byte[] b = new byte[bytes];
                ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).asCharBuffer().put(chars, 0, n);
                raw(b, bytes);
            }
        }

        /** Bytes without a length. */
        private void raw(byte[] b, int n) throws IOException {
            if (n > buf.length - pos) {
                flushBuffer();
                if (n > buf.length) {
                    out.write(b, 0, n);
                    return;
                }
            }
            System.arraycopy(b, 0, buf, pos, n);
            pos += n;
        }

        private char[] chars = new char[256];

        /** A string of no particular slot (the head's few values). */
        void string(String s) throws IOException {
            string(Slots.MISC, s);
        }

        /**
         * A list of strings of slot {@code slot}, never null. Tag 0 = empty; 1 = a new table list follows (size, then its
         * strings); 2 = an inline list follows (not remembered); n ≥ 3 = the table list with id n - 3. Equal lists (the
         * applicants of one firm, frequent class sets) are then one instance when read back.
         */
        void strings(int slot, List<String> list) throws IOException {
            if (list.isEmpty()) {
                varint(0);
                return;
            }
            if (listSlots.off(slot)) {
                varint(2);
                elements(slot, list);
                return;
            }
            int id = lists.idOrAdd(list);
            listSlots.count(slot, id >= 0);
            if (id >= 0) {
                varint(id + 3L);
                return;
            }
            varint(1);
            elements(slot, list);
        }

        private void elements(int slot, List<String> list) throws IOException {
            varint(list.size());
            for (String s : list) {
                string(slot, s);
            }
        }

        private final Ids<List<String>> lists = new Ids<>();
        private final Slots stringSlots = new Slots();
        private final Slots listSlots = new Slots();
    }

    /**
     * Which part of a record a value belongs to, and whether that part's values repeat enough to be worth remembering:
     * each look-up is counted against its slot, and a slot where fewer than one in {@link #MIN_HIT_RATE_INVERSE}
     * look-ups of a window of {@link #WINDOW} found an equal value (row locations, ids, URLs) writes its values inline
     * from then on — the table would only grow and cost a hash per value. The writer alone decides; the reader follows
     * the tags, so both sides agree by construction.
     */
    static final class Slots {
        static final int WINDOW = 4096;
        static final int MIN_HIT_RATE_INVERSE = 8;
        // slots 0 .. Field.values().length - 1 are the patent fields; the rest follow
        static final int EXTRA_KEY = FIELDS.length;
        static final int EXTRA_VALUE = EXTRA_KEY + 1;
        static final int FILE = EXTRA_KEY + 2;
        static final int SHEET = EXTRA_KEY + 3;
        static final int LAYOUT = EXTRA_KEY + 4;
        static final int UNIT_ID = EXTRA_KEY + 5;
        static final int PUBLICATIONS = EXTRA_KEY + 6;
        static final int SOURCES = EXTRA_KEY + 7;
        static final int FIELD_SOURCE = EXTRA_KEY + 8;
        static final int APPLICANT = EXTRA_KEY + 9; // nine parts: APPLICANT .. APPLICANT + 8
        static final int REJECT = APPLICANT + 9; // five parts
        static final int REMOVED = REJECT + 5; // five parts
        static final int MISC = REMOVED + 5;
        static final int COUNT = MISC + 1;

        private final int[] lookups = new int[COUNT];
        private final int[] hits = new int[COUNT];
        private final boolean[] off = new boolean[COUNT];

        boolean off(int slot) {
            return off[slot];
        }

        void count(int slot, boolean hit) {
            if (hit) {
                hits[slot]++;
            }
            if (++lookups[slot] == WINDOW) {
                if (hits[slot] * MIN_HIT_RATE_INVERSE < WINDOW) {
                    off[slot] = true;
                }
                lookups[slot] = 0;
                hits[slot] = 0;
            }
        }
    }

    /**
     * The writer's string table: string → id, ids in order of first sight, in a {@link StringIndex} (open addressing
     * with stored hashes, so a probe past another string does not read it). A {@code HashMap<String, Integer>} cost a
     * node and a boxed id per distinct string and three memory reads per look-up; most of the store's time was those
     * look-ups.
     */
    static final class StringIds {
        private final StringIndex index = new StringIndex(1 << 15);

        /** The id of {@code s}, or -1 after giving it the next id (it was new). */
        int idOrAdd(String s) {
            return index.putIfAbsent(s, index.size());
        }

        int size() {
            return index.size();
        }
    }

    /**
     * A table of values → ids in order of first sight, open addressing over three arrays (keys, their hashes, ids): the
     * lists of strings' table (strings have {@link StringIds}), where a {@code HashMap} was a 23 kB compile of its own.
     * A stored hash is compared before the key, so a probe past another list does not walk its elements, and growing
     * does not hash every list again.
     */
    static class Ids<K> {
        private Object[] keys = new Object[1 << 16];
        private int[] hashes = new int[1 << 16];
        private int[] ids = new int[1 << 16];
        private int size;

        /** The id of {@code s}, or -1 after giving it the next id (it was new). */
        int idOrAdd(K s) {
            int h = mix(s.hashCode());
            int mask = keys.length - 1;
            int i = h & mask;
            while (true) {
                Object k = keys[i];
                if (k == null) {
                    keys[i] = s;
                    hashes[i] = h;
                    ids[i] = size++;
                    if (size * 2 > keys.length) {
                        grow();
                    }
                    return -1;
                }
                if (hashes[i] == h && (k == s || k.equals(s))) {
                    return ids[i];
                }
                i = (i + 1) & mask;
            }
        }

        int size() {
            return size;
        }

        private static int mix(int h) {
            return h ^ (h >>> 16);
        }

        private void grow() {
            Object[] oldKeys = keys;
            int[] oldHashes = hashes;
            int[] oldIds = ids;
            keys = new Object[oldKeys.length * 2];
            hashes = new int[oldKeys.length * 2];
            ids = new int[oldKeys.length * 2];
            int mask = keys.length - 1;
            for (int j = 0; j < oldKeys.length; j++) {
                Object k = oldKeys[j];
                if (k != null) {
                    int i = oldHashes[j] & mask;
                    while (keys[i] != null) {
                        i = (i + 1) & mask;
                    }
                    keys[i] = k;
                    hashes[i] = oldHashes[j];
                    ids[i] = oldIds[j];
                }
            }
        }
    }

    /** Reader of what {@link Out} wrote. Not thread-safe. */
    static final class In {
        private final InputStream in;
        private final byte[] buf = new byte[1 << 16];
        private int pos;
        private int len;
        private final List<String> table = new ArrayList<>(1 << 16);

        In(InputStream in) {
            this.in = in;
        }

        private int read() throws IOException {
            if (pos == len) {
                len = in.read(buf, 0, buf.length);
                pos = 0;
                if (len <= 0) {
                    len = 0;
                    throw new EOFException("the cache entry ends early");
                }
            }
            return buf[pos++] & 0xFF;
        }

        /** Whether the stream has no bytes left (it is then read to its end). */
        boolean atEnd() throws IOException {
            if (pos < len) {
                return false;
            }
            int n = in.read(buf, 0, buf.length);
            if (n > 0) {
                pos = 0;
                len = n;
                return false;
            }
            return true;
        }

        long varint() throws IOException {
            long v = 0;
            int shift = 0;
            while (true) {
                int b = read();
                v |= (long) (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    return v;
                }
                shift += 7;
                if (shift > 63) {
                    throw new IOException("damaged cache entry (integer too long)");
                }
            }
        }

        int count() throws IOException {
            long v = varint();
            if (v > Integer.MAX_VALUE) {
                throw new IOException("damaged cache entry (count " + v + ")");
            }
            return (int) v;
        }

        Integer optInt() throws IOException {
            long v = varint();
            return v == 0 ? null : unzigzag(v - 1);
        }

        boolean bool() throws IOException {
            return varint() != 0;
        }

        byte[] bytes() throws IOException {
            return rest(count());
        }

        /** The next {@code n} bytes. */
        private byte[] rest(int n) throws IOException {
            byte[] b = new byte[n];
            int done = 0;
            while (done < n) {
                if (pos == len) {
                    if (n - done >= buf.length) {
                        int r = in.read(b, done, n - done);
                        if (r <= 0) {
                            throw new EOFException("the cache entry ends early");
                        }
                        done += r;
                        continue;
                    }
                    read();
                    pos--;
                }
                int k = Math.min(n - done, len - pos);
                System.arraycopy(buf, pos, b, done, k);
                pos += k;
                done += k;
            }
            return b;
        }

        /** What {@link Out#text} wrote. */
        private String text() throws IOException {
            long h = varint();
            if (h >>> 1 > Integer.MAX_VALUE / 2) {
                throw new IOException("damaged cache entry (string of " + (h >>> 1) + " characters)");
            }
            int n = (int) (h >>> 1);
            boolean wide = (h & 1) != 0;
            int bytes = wide ? 2 * n : n;
            byte[] b = buf;
            int at = pos;
            if (bytes <= len - pos) {
                pos += bytes;
            } else {
                b = rest(bytes);
                at = 0;
            }
            if (!wide) {
                return new String(b, at, n, StandardCharsets.ISO_8859_1);
            }
            if (chars.length < n) {
                chars = new char[Math.max(n, chars.length * 2)];
            }
            // little-endian pairs, as Out#text put them; by hand: two buffer views per string were a tenth of reading
            for (int i = 0; i < n; i++) {
                chars[i] = (char) ((b[at + 2 * i] & 0xFF) | (b[at + 2 * i + 1] & 0xFF) << 8);
            }
            return new String(chars, 0, n);
        }

        private char[] chars = new char[256];

        /**
         * A nullable date ({@link #date(Out, LocalDate)}). Days from 1900 to 2100 are one shared instance each: a
         * million records carry four dates apiece, from a few thousand distinct days.
         */
        LocalDate date() throws IOException {
            long v = varint();
            if (v == 0) {
                return null;
            }
            long day = v - (1L << 31) - 1;
            long slot = day - FIRST_SHARED_DAY;
            if (slot < 0 || slot >= dates.length) {
                return LocalDate.ofEpochDay(day);
            }
            LocalDate d = dates[(int) slot];
            if (d == null) {
                d = LocalDate.ofEpochDay(day);
                dates[(int) slot] = d;
            }
            return d;
        }

        private final LocalDate[] dates = new LocalDate[(int) (LAST_SHARED_DAY - FIRST_SHARED_DAY + 1)];

        String string() throws IOException {
            long tag = varint();
            if (tag == 0) {
                return null;
            }
            if (tag == 1 || tag == 2) {
                String s = text();
                if (tag == 1) {
                    table.add(s);
                }
                return s;
            }
            long id = tag - 3;
            if (id >= table.size()) {
                throw new IOException("damaged cache entry (string " + id + " of " + table.size() + ")");
            }
            return table.get((int) id);
        }

        List<String> strings() throws IOException {
            long tag = varint();
            if (tag == 0) {
                return List.of();
            }
            if (tag == 1 || tag == 2) {
                int n = count();
                String[] a = new String[n];
                for (int i = 0; i < n; i++) {
                    a[i] = string();
                }
                List<String> list = List.of(a);
                if (tag == 1) {
                    listTable.add(list);
                }
                return list;
            }
            long id = tag - 3;
            if (id >= listTable.size()) {
                throw new IOException("damaged cache entry (list " + id + " of " + listTable.size() + ")");
            }
            return listTable.get((int) id);
        }

        private final List<List<String>> listTable = new ArrayList<>(1 << 12);
    }

    private static final long FIRST_SHARED_DAY = LocalDate.of(1900, 1, 1).toEpochDay();
    private static final long LAST_SHARED_DAY = LocalDate.of(2100, 12, 31).toEpochDay();

    private static long zigzag(int v) {
        return ((long) v << 1) ^ (v >> 31) & 0xFFFFFFFFL;
    }

    private static int unzigzag(long v) {
        return (int) (v >>> 1) ^ -(int) (v & 1);
    }

    static void date(Out o, LocalDate d) throws IOException {
        // epoch day + 2^31 + 1, so that every date (and null as 0) is a small positive number
        o.varint(d == null ? 0 : d.toEpochDay() + (1L << 31) + 1);
    }


    /**
     * One patent record: its fields in {@link Field} order, its extra values, its provenance.
     *
     * <p>The writing is split into small methods with one call of {@link Out#string} each, in loops: written out in one
     * method, every one of the twenty-odd calls was inlined with the string table's code, and this method and
     * {@link #writeRecord} were two of the largest single C2 compiles of a run (45 kB of machine code each, over a second
     * of a compiler thread apiece), the same code compiled again at each call.
     */
    static void writePatent(Out o, Patent p) throws IOException {
        for (int i = 0; i < FIELDS.length; i++) {
            writeField(o, i, p.get(FIELDS[i]));
        }
        writeExtra(o, p.extra());
        Provenance pv = p.provenance();
        writeStrings(o, Slots.FILE, pv.file(), pv.sheet());
        o.varint(pv.row());
        o.string(Slots.LAYOUT, pv.layout());
    }

    /** The value of field {@code i} by its kind. */
    private static void writeField(Out o, int i, Object v) throws IOException {
        switch (KINDS[i]) {
            case TEXT -> o.string(i, (String) v);
            case LIST -> {
                @SuppressWarnings("unchecked")
                List<String> l = (List<String>) v;
                o.strings(i, l);
            }
            case DATE -> date(o, (LocalDate) v);
            case INT -> o.optInt((Integer) v);
            case DECIMAL -> {
                if (v == null) {
                    o.varint(0);
                } else {
                    o.varint(1);
                    o.varint(Double.doubleToRawLongBits((Double) v));
                }
            }
            case TYPE -> o.varint(v == null ? 0 : ((PatentType) v).ordinal() + 1);
            case STATUS -> o.varint(v == null ? 0 : ((LegalStatus) v).ordinal() + 1);
            default -> throw new IllegalStateException(KINDS[i].name());
        }
    }

    /** The extra values: their count, then key and value of each. */
    private static void writeExtra(Out o, Map<String, String> extra) throws IOException {
        o.varint(extra.size());
        for (Map.Entry<String, String> e : extra.entrySet()) {
            writeStrings(o, Slots.EXTRA_KEY, e.getKey(), e.getValue());
        }
    }

    /** Two strings of consecutive slots {@code slot} and {@code slot + 1}. */
    private static void writeStrings(Out o, int slot, String first, String second) throws IOException {
        for (int k = 0; k < 2; k++) {
            o.string(slot + k, k == 0 ? first : second);
        }
    }

    /**
     * What {@link #writePatent} wrote. The values go by {@link Field} order into an array and straight into the record's
     * constructor, whose components come in that order (a builder and a copy of the extra map per record cost a tenth
     * of the reading).
     */
    static Patent readPatent(In in) throws IOException {
        Object[] v = new Object[FIELDS.length];
        for (int i = 0; i < FIELDS.length; i++) {
            switch (KINDS[i]) {
                case TEXT -> v[i] = in.string();
                case LIST -> v[i] = in.strings();
                case DATE -> v[i] = in.date();
                case INT -> v[i] = in.optInt();
                case DECIMAL -> v[i] = in.varint() == 0 ? null : Double.longBitsToDouble(in.varint());
                case TYPE -> {
                    int t = in.count();
                    v[i] = t == 0 ? null : TYPES[checked(t - 1, TYPES.length)];
                }
                case STATUS -> {
                    int s = in.count();
                    v[i] = s == 0 ? null : STATUSES[checked(s - 1, STATUSES.length)];
                }
                default -> throw new IllegalStateException(KINDS[i].name());
            }
        }
        int extras = in.count();
        Map<String, String> extra = Map.of();
        if (extras > 0) {
            extra = Patent.extraOf(readStrings(in, 2 * extras));
        }
        String[] fileAndSheet = readStrings(in, 2);
        long row = in.varint();
        String layout = in.string();
        Provenance provenance = new Provenance(fileAndSheet[0], fileAndSheet[1], row, layout);
        return new Patent((String) v[0], (String) v[1], (String) v[2], (String) v[3], (String) v[4],
                (LocalDate) v[5], (LocalDate) v[6], (LocalDate) v[7], (LocalDate) v[8], strings(v[9]),
                strings(v[10]), (String) v[11], (String) v[12], (String) v[13], (Integer) v[14], strings(v[15]),
                strings(v[16]), strings(v[17]), strings(v[18]), strings(v[19]), strings(v[20]), strings(v[21]),
                strings(v[22]), strings(v[23]), (String) v[24], strings(v[25]), (PatentType) v[26],
                (LegalStatus) v[27], (String) v[28], strings(v[29]), (Integer) v[30], (Integer) v[31],
                (Integer) v[32], (Integer) v[33], (Integer) v[34], (Integer) v[35], (String) v[36], (Integer) v[37],
                strings(v[38]), strings(v[39]), (Double) v[40], strings(v[41]), (String) v[42], (String) v[43],
                (String) v[44], extra, provenance);
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object list) {
        return (List<String>) list;
    }

    private static int checked(int i, int n) throws IOException {
        if (i >= n) {
            throw new IOException("damaged cache entry (enum value " + i + ")");
        }
        return i;
    }

    /** One cleaned record: patent, unit id, publications, sources, field sources by field slot, resolved applicants. */
    static void writeRecord(Out o, CleanRecord r) throws IOException {
        writePatent(o, r.patent());
        o.string(Slots.UNIT_ID, r.unitId());
        writeLists(o, Slots.PUBLICATIONS, r.publications(), r.sources());
        writeFieldSources(o, r.fieldSources(), r.sources());
        o.varint(r.applicants().size());
        for (ResolvedApplicant a : r.applicants()) {
            writeApplicant(o, a);
        }
    }

    /** Two lists of consecutive slots {@code slot} and {@code slot + 1}. */
    private static void writeLists(Out o, int slot, List<String> first, List<String> second) throws IOException {
        for (int k = 0; k < 2; k++) {
            o.strings(slot + k, k == 0 ? first : second);
        }
    }

    /**
     * The field sources: their count, then per field 0 (none), {@code i + 1} for the record's source {@code i} — every
     * field's value came from one of the rows the record merges, so an index says it in a byte or two where a location
     * string per field cost a string-table look-up each (45 per merged record) — or, for a source that is not among
     * them, {@code sources.size() + 1} and the location as a string.
     */
    private static void writeFieldSources(Out o, Map<String, String> fs, List<String> sources) throws IOException {
        o.varint(fs.size());
        if (fs.isEmpty()) {
            return;
        }
        if (!(fs instanceof FieldSources f)) {
            throw new IllegalStateException("field sources of an unexpected kind: " + fs.getClass().getName());
        }
        for (int i = 0; i < FIELDS.length; i++) {
            String at = f.at(i);
            int k = at == null ? -1 : indexOf(sources, at);
            o.varint(at == null ? 0 : k >= 0 ? k + 1 : sources.size() + 1);
            if (at != null && k < 0) {
                o.string(Slots.FIELD_SOURCE, at);
            }
        }
    }

    /** The index of {@code s} in {@code list} (the same instance first: the field sources share the rows' strings). */
    private static int indexOf(List<String> list, String s) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == s) {
                return i;
            }
        }
        return list.indexOf(s);
    }

    /** The nine parts of a resolved applicant, in its components' order. */
    private static void writeApplicant(Out o, ResolvedApplicant a) throws IOException {
        for (int k = 0; k < 9; k++) {
            o.string(Slots.APPLICANT + k, part(a, k));
        }
    }

    private static String part(ResolvedApplicant a, int k) {
        return switch (k) {
            case 0 -> a.exported();
            case 1 -> a.standardName();
            case 2 -> a.group();
            case 3 -> a.type();
            case 4 -> a.country();
            case 5 -> a.countrySource();
            case 6 -> a.province();
            case 7 -> a.city();
            default -> a.placeSource();
        };
    }

    static CleanRecord readRecord(In in) throws IOException {
        Patent p = readPatent(in);
        String unitId = in.string();
        List<String> publications = null;
        List<String> sources = null;
        for (int k = 0; k < 2; k++) {
            List<String> l = in.strings();
            if (k == 0) {
                publications = l;
            } else {
                sources = l;
            }
        }
        Map<String, String> fieldSources = Map.of();
        if (in.count() > 0) {
            fieldSources = readFieldSources(in, sources);
        }
        int n = in.count();
        ResolvedApplicant[] applicants = new ResolvedApplicant[n];
        for (int i = 0; i < n; i++) {
            applicants[i] = readApplicant(in);
        }
        return new CleanRecord(p, unitId, publications, sources, fieldSources, Arrays.asList(applicants));
    }

    /** What {@link #writeFieldSources} wrote (after its count). */
    private static FieldSources readFieldSources(In in, List<String> sources) throws IOException {
        String[] byField = new String[FIELDS.length];
        for (int i = 0; i < byField.length; i++) {
            int k = in.count();
            if (k > sources.size() + 1) {
                throw new IOException("damaged cache entry (field source " + k + " of " + sources.size() + ")");
            }
            byField[i] = k == 0 ? null : k <= sources.size() ? sources.get(k - 1) : in.string();
        }
        return new FieldSources(byField);
    }

    /** What {@link #writeApplicant} wrote. */
    private static ResolvedApplicant readApplicant(In in) throws IOException {
        String[] v = readStrings(in, 9);
        return new ResolvedApplicant(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8]);
    }

    /**
     * The next {@code n} strings, with one call of {@link In#string} in a loop: each call written out was inlined with
     * the whole string reading (25 kB of machine code) into its caller (see {@link #writePatent}).
     */
    private static String[] readStrings(In in, int n) throws IOException {
        String[] v = new String[n];
        for (int k = 0; k < n; k++) {
            v[k] = in.string();
        }
        return v;
    }

    static void writeReject(Out o, Reject r) throws IOException {
        o.string(Slots.REJECT, r.file());
        o.string(Slots.REJECT + 1, r.sheet());
        o.varint(r.row());
        o.string(Slots.REJECT + 2, r.reason());
        o.string(Slots.REJECT + 3, r.raw());
    }

    static Reject readReject(In in) throws IOException {
        return new Reject(in.string(), in.string(), in.varint(), in.string(), in.string());
    }

    static void writeRemoved(Out o, CleanService.Removed r) throws IOException {
        for (int k = 0; k < 5; k++) {
            o.string(Slots.REMOVED + k, switch (k) {
                case 0 -> r.publication();
                case 1 -> r.source();
                case 2 -> r.action();
                case 3 -> r.rule();
                default -> r.keptAs();
            });
        }
    }

    static CleanService.Removed readRemoved(In in) throws IOException {
        String[] v = readStrings(in, 5);
        return new CleanService.Removed(v[0], v[1], v[2], v[3], v[4]);
    }

    /** A map of counts in its iteration order. */
    static void writeCounts(Out o, Map<String, Long> m) throws IOException {
        o.varint(m.size());
        for (Map.Entry<String, Long> e : m.entrySet()) {
            o.string(e.getKey());
            o.varint(e.getValue());
        }
    }

    static void readCounts(In in, Map<String, Long> into) throws IOException {
        int n = in.count();
        for (int i = 0; i < n; i++) {
            into.put(in.string(), in.varint());
        }
    }
}
