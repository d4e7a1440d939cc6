package dev.navi.clean;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.navi.ingest.FileReport;
import dev.navi.ingest.IngestService.FileOutcome;
import dev.navi.ingest.Reject;
import net.jpountz.lz4.LZ4Factory;
import net.jpountz.lz4.LZ4FrameInputStream;
import net.jpountz.lz4.LZ4FrameOutputStream;
import net.jpountz.xxhash.XXHashFactory;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

/**
 * The project cache of the clean stage: the cleaned records and the clean accounting of one project's inputs, kept in
 * the folder {@value #FOLDER} beside the project file, so that a run that changes only what comes after cleaning (the
 * chain map, queries, region, peers, period, year basis, language or outputs) reads the cleaned records back instead
 * of reading and cleaning the exports again. The analysis set is built from them each run.
 *
 * <p><b>Key.</b> SHA-256 over everything that shapes the clean result: the cache format, navi's version and build
 * (the jar's size and time), each input's path as given (it is the records' provenance) and the SHA-256 of its bytes,
 * each mapping file's path and bytes, the alias table's path and bytes, the counting unit, the exclusion rules and
 * whether bad files are skipped. The inputs are hashed on every run — a changed byte in any file gives another key,
 * whatever its size or time stamp say. An entry is used only when the key stored inside it equals the run's key and
 * its checksum holds; an entry that cannot be read (damaged, cut short, an older format) is deleted and the run cleans
 * from the inputs. Hashing takes about a second per gigabyte, so a run does not wait for it before reading: the entry
 * whose inputs have the run's sizes and time stamps ({@link Plan#quick()}) is read while another thread hashes, and is
 * used only when the hashes then agree ({@link #load(Plan, java.util.concurrent.Callable)}).
 *
 * <p><b>Not cached:</b> a run in which an input file could not be read (with {@code --skip-bad-files}): the error is
 * the user's to see each time. One entry per project file: storing a new entry deletes the project's older ones.
 *
 * <p><b>Format.</b> A magic line, the format version, the key and the quick description in the clear; then, as one LZ4
 * frame (lz4-java's pure-Java code, see the LZ4 field) and covered
 * by a CRC-32: the file reports and applicant summary as JSON, the accounting, the ingest rejects, the removal list
 * and the records in {@link CacheCodec}'s binary form. Measured against Arrow IPC before choosing (see the commit that
 * added it): the records are rebuilt as objects either way, and the string table gives shared instances for free.
 *
 * <p>Instances are immutable and thread-safe; the file system is the only state.
 */
public final class CleanCache {
    /** The folder beside the project file. */
    public static final String FOLDER = ".navi-cache";
    /** Raised whenever the written form or the meaning of a cached value changes. */
    public static final int FORMAT = 4;
    private static final byte[] MAGIC = "navi clean cache\n".getBytes(StandardCharsets.US_ASCII);
    private static final String SUFFIX = ".navicache";
    private static final long END = 0x4E415649L; // "NAVI"
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;
    private final String prefix;

    private CleanCache(Path dir, String prefix) {
        this.dir = dir;
        this.prefix = prefix;
    }

    /** The cache of a project file: {@code <project folder>/.navi-cache/<project file name>.clean-<key>.navicache}. */
    public static CleanCache forProject(Path projectFile) {
        Path abs = projectFile.toAbsolutePath();
        Path parent = abs.getParent();
        return new CleanCache(parent == null ? Path.of(FOLDER) : parent.resolve(FOLDER), abs.getFileName() + ".clean-");
    }

    /** The folder the entries live in. */
    public Path folder() {
        return dir;
    }

    /**
     * What the clean result depends on, hashed.
     *
     * @param hex   the SHA-256 in hex
     * @param parts what went into it, one line each (for {@code navi cache status})
     */
    public record Key(String hex, List<String> parts) {
        public Key {
            parts = List.copyOf(parts);
        }
    }

    /**
     * The key of a clean run ({@link #plan} then {@link Plan#key}).
     *
     * @param inputs      the exports in reading order, as the user named them
     * @param mappings    the mapping files
     * @param aliases     the analyst's alias table, or {@code null}
     * @param unit        the counting unit asked for, or {@code null} for the default
     * @param rules       the exclusion rules
     * @param skipBadFiles whether unreadable files are skipped
     * @param toolVersion navi's version
     * @throws IOException when an input cannot be read (the run will then report it itself)
     */
    public static Key key(List<Path> inputs, List<Path> mappings, Path aliases, CountingUnit unit, ExclusionRules rules,
                          boolean skipBadFiles, String toolVersion) throws IOException {
        return plan(inputs, mappings, aliases, unit, rules, skipBadFiles, toolVersion).key();
    }

    /**
     * Everything of a run's key but the hashes of its inputs, which take a second per gigabyte: the mapping files and
     * the alias table are hashed now (they are small), the inputs only by {@link Plan#key}. Same parameters as
     * {@link #key}.
     *
     * @throws IOException when an input's size or time cannot be read, or a mapping file or the alias table cannot be read
     */
    public static Plan plan(List<Path> inputs, List<Path> mappings, Path aliases, CountingUnit unit, ExclusionRules rules,
                            boolean skipBadFiles, String toolVersion) throws IOException {
        List<String> before = new ArrayList<>();
        before.add("format " + FORMAT);
        before.add("navi " + toolVersion + " " + build());
        List<String> after = new ArrayList<>();
        for (Path p : mappings) {
            after.add("mapping " + p + " sha256:" + sha256(p));
        }
        after.add(aliases == null ? "aliases none" : "aliases " + aliases + " sha256:" + sha256(aliases));
        after.add("unit " + (unit == null ? "default" : unit.key()));
        after.add("exclude " + describe(rules));
        after.add("skipBadFiles " + skipBadFiles);
        StringBuilder quick = new StringBuilder();
        before.forEach(s -> quick.append(s).append('\n'));
        for (Path p : inputs) {
            quick.append("input ").append(p).append(" bytes:").append(Files.size(p)).append(" modified:")
                    .append(Files.getLastModifiedTime(p).toMillis()).append('\n');
        }
        after.forEach(s -> quick.append(s).append('\n'));
        return new Plan(List.copyOf(inputs), List.copyOf(before), List.copyOf(after), quick.toString());
    }

    /**
     * A key without its inputs' hashes yet.
     *
     * <p>{@link #quick()} describes the inputs by size and time instead of their bytes: an entry whose stored quick
     * description differs cannot be this run's (so it is not read at all), and one whose description is equal is only
     * <em>probably</em> this run's — it is read while {@link #key()} hashes the inputs on another thread, and used only
     * when the hashes agree as well ({@link CleanCache#load(Plan, java.util.concurrent.Callable)}).
     */
    public static final class Plan {
        private final List<Path> inputs;
        private final List<String> before;
        private final List<String> after;
        private final String quick;

        private Plan(List<Path> inputs, List<String> before, List<String> after, String quick) {
            this.inputs = inputs;
            this.before = before;
            this.after = after;
            this.quick = quick;
        }

        /** The key's parts with the inputs by size and modification time. */
        public String quick() {
            return quick;
        }

        /**
         * The key: hashes every input (about a second per gigabyte); safe to call from any thread.
         *
         * @throws IOException when an input cannot be read
         */
        public Key key() throws IOException {
            List<String> parts = new ArrayList<>(before);
            for (Path p : inputs) {
                parts.add("input " + p + " sha256:" + sha256(p));
            }
            parts.addAll(after);
            MessageDigest md = digest();
            for (String s : parts) {
                md.update(s.getBytes(StandardCharsets.UTF_8));
                md.update((byte) '\n');
            }
            return new Key(HexFormat.of().formatHex(md.digest()), parts);
        }
    }

    /** The rules in a fixed order (the patent types are a set, whose iteration order changes from run to run). */
    static String describe(ExclusionRules r) {
        TreeSet<String> types = new TreeSet<>();
        r.patentTypes().forEach(t -> types.add(t.name()));
        return "keywords=" + r.keywords() + " ipc=" + r.ipc() + " applicants=" + r.applicants() + " years=" + r.fromYear()
                + ".." + r.toYear() + " patentTypes=" + types;
    }

    /** The jar navi runs from, by size and time, so that a rebuilt navi (other clean rules) never reads an old entry. */
    private static String build() {
        try {
            var src = CleanCache.class.getProtectionDomain().getCodeSource();
            if (src != null) {
                Path p = Path.of(src.getLocation().toURI());
                if (Files.isRegularFile(p)) {
                    return "jar " + Files.size(p) + " " + Files.getLastModifiedTime(p).toMillis();
                }
            }
        } catch (Exception e) {
            // no code source to describe (a custom class loader): the version alone
        }
        return "classes";
    }

    /**
     * The SHA-256 of a file's bytes. Read through a direct buffer in 256 KiB steps: the digest then runs on the CPU's
     * SHA instructions from the first megabytes on (about 1 s for 864 MB where a 1 MiB heap array took 3 s, since the
     * digest loop over a large array is compiled late).
     */
    static String sha256(Path file) throws IOException {
        MessageDigest md = digest();
        java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocateDirect(1 << 18);
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(file)) {
            while (ch.read(buf) >= 0) {
                buf.flip();
                md.update(buf);
                buf.clear();
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no SHA-256 in this JRE", e);
        }
    }

    private Path entry(Key key) {
        return dir.resolve(prefix + key.hex().substring(0, 16) + SUFFIX);
    }

    /** Whether a result can be cached: every input was read (nothing skipped as unreadable). */
    public static boolean cacheable(CleanService.CleanResult r) {
        return r.files().stream().noneMatch(FileOutcome::failed);
    }

    /**
     * The cached result for {@code key}, or empty when there is none or it cannot be used (an unreadable entry is
     * deleted). The result's applicant summary holds the counts only (no cluster table: {@code navi clean} writes that).
     */
    public Optional<CleanService.CleanResult> load(Key key) {
        Path file = entry(key);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Optional<CleanService.CleanResult> r = readOrDelete(file, key.hex());
        r.ifPresent(x -> touch(file));
        return r;
    }

    /**
     * The cached result for a run of {@code plan}, or empty when there is none or it cannot be used, with the hashing
     * of the inputs overlapped: an entry whose stored {@link Plan#quick() quick description} equals the run's is read
     * on this thread while {@code key} (typically a task hashing the inputs on another thread) is awaited, and it is
     * used only when the stored key equals that key — a changed byte in an input is never answered from the cache,
     * whatever its size or time stamp say. An entry whose inputs were only touched (another time stamp, the same bytes)
     * is still found, by its key, once the key is known. An unreadable or stale entry is deleted.
     *
     * @param key the run's key; its failure (an input that cannot be read) means no result
     */
    public Optional<CleanService.CleanResult> load(Plan plan, java.util.concurrent.Callable<Key> key) {
        List<Path> files;
        try {
            files = entries();
        } catch (IOException e) {
            return Optional.empty();
        }
        List<Path> others = new ArrayList<>();
        Map<Path, String> keys = new LinkedHashMap<>();
        for (Path file : files) {
            if (!file.getFileName().toString().endsWith(SUFFIX)) {
                continue;
            }
            String[] clear;
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 12)) {
                clear = clearHead(in);
            } catch (IOException | RuntimeException e) {
                delete(file);
                continue;
            }
            keys.put(file, clear[0]);
            if (!clear[1].equals(plan.quick())) {
                others.add(file);
                continue;
            }
            // probably this run's: read it while the inputs are hashed, then make sure
            Optional<CleanService.CleanResult> r = readOrDelete(file, clear[0]);
            Key k = await(key);
            if (k != null && r.isPresent() && k.hex().equals(clear[0])) {
                touch(file);
                return r;
            }
            if (r.isPresent()) {
                delete(file); // same sizes and times, other bytes: stale
            }
            return Optional.empty();
        }
        if (others.isEmpty()) {
            return Optional.empty();
        }
        Key k = await(key);
        for (Path file : others) {
            if (k != null && k.hex().equals(keys.get(file))) {
                Optional<CleanService.CleanResult> r = readOrDelete(file, k.hex());
                r.ifPresent(x -> touch(file));
                return r;
            }
        }
        return Optional.empty();
    }

    private static Key await(java.util.concurrent.Callable<Key> key) {
        try {
            return key.call();
        } catch (Exception e) {
            return null;
        }
    }

    private static Optional<CleanService.CleanResult> readOrDelete(Path file, String hex) {
        try {
            return Optional.of(read(file, hex));
        } catch (IOException | RuntimeException e) {
            delete(file);
            return Optional.empty();
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // left for 'navi cache clear'
        }
    }

    private static void touch(Path file) {
        try {
            Files.setLastModifiedTime(file, FileTime.from(Instant.now())); // last use, for 'navi cache status'
        } catch (IOException e) {
            // a read-only cache folder still serves
        }
    }

    /**
     * Stores a result under {@code key} (written to a temporary file and moved into place, so a cut-short write never
     * looks like an entry), then deletes the project's other entries.
     *
     * @throws IOException when the folder or file cannot be written
     */
    public void store(Key key, CleanService.CleanResult r) throws IOException {
        store(key, "", r);
    }

    /**
     * {@link #store(Key, CleanService.CleanResult)} with the run's {@link Plan#quick() quick description}, so that the
     * next run with the same one reads the entry while it hashes its inputs.
     *
     * @throws IOException when the folder or file cannot be written
     */
    public void store(Key key, String quick, CleanService.CleanResult r) throws IOException {
        if (!cacheable(r)) {
            throw new IllegalArgumentException("a result with unreadable input files is not cached");
        }
        Files.createDirectories(dir);
        Path target = entry(key);
        Path tmp = Files.createTempFile(dir, prefix, ".tmp");
        try {
            try (OutputStream os = Files.newOutputStream(tmp)) {
                write(os, key, quick, r);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
        for (Path p : entries()) {
            if (!p.equals(target)) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** This project's entries and leftover temporary files, sorted by name. */
    private List<Path> entries() throws IOException {
        List<Path> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path p : ds) {
                String n = p.getFileName().toString();
                if (n.startsWith(prefix) && (n.endsWith(SUFFIX) || n.endsWith(".tmp"))) {
                    out.add(p);
                }
            }
        } catch (NoSuchFileException e) {
            return out;
        }
        out.sort(null);
        return out;
    }

    /**
     * An entry as {@code navi cache status} lists it.
     *
     * @param file     the entry
     * @param bytes    its size
     * @param lastUsed when it was written or last read
     * @param key      the key it was stored under ({@code null} when the entry cannot be read)
     * @param records  counted records in it
     * @param recordsIn records the inputs yielded
     * @param parts    what the key covers ({@link Key#parts()})
     * @param current  whether it is the entry the project's current inputs and options would use
     * @param problem  why it cannot be read, or {@code null}
     */
    public record Entry(Path file, long bytes, Instant lastUsed, String key, long records, long recordsIn,
                        List<String> parts, boolean current, String problem) {
    }

    /** The project's entries; {@code current} marks the one whose key is {@code key} (may be null: none marked). */
    public List<Entry> status(Key key) throws IOException {
        List<Entry> out = new ArrayList<>();
        for (Path p : entries()) {
            if (!p.getFileName().toString().endsWith(SUFFIX)) {
                continue;
            }
            long size = Files.size(p);
            Instant used = Files.getLastModifiedTime(p).toInstant();
            try (InputStream in = new BufferedInputStream(Files.newInputStream(p))) {
                Head h = head(in, false);
                out.add(new Entry(p, size, used, h.key, h.records, h.recordsIn, h.parts, key != null && key.hex().equals(h.key),
                        null));
            } catch (IOException | RuntimeException e) {
                out.add(new Entry(p, size, used, null, 0, 0, List.of(), false, String.valueOf(e.getMessage())));
            }
        }
        return out;
    }

    /** Deletes the project's entries (and leftover temporary files); returns how many files went. */
    public int clear() throws IOException {
        int n = 0;
        for (Path p : entries()) {
            if (Files.deleteIfExists(p)) {
                n++;
            }
        }
        try (DirectoryStream<Path> ds = Files.isDirectory(dir) ? Files.newDirectoryStream(dir) : null) {
            if (ds != null && !ds.iterator().hasNext()) {
                Files.delete(dir);
            }
        } catch (IOException e) {
            // someone else's files in the folder, or it went meanwhile: leave it
        }
        return n;
    }

    // ---- the file ----

    /** What the head of an entry says, readable without its records. */
    private record Head(String key, long records, long recordsIn, List<String> parts, Map<String, Object> meta,
                        CacheCodec.In body, CRC32 crc, InputStream stream) {
    }

    private static void write(OutputStream raw, Key key, String quick, CleanService.CleanResult r) throws IOException {
        raw.write(MAGIC);
        CacheCodec.Out plain = new CacheCodec.Out(raw);
        plain.varint(FORMAT);
        plain.string(key.hex());
        plain.string(quick);
        plain.flush();
        CRC32 crc = new CRC32();
        LZ4FrameOutputStream z = new LZ4FrameOutputStream(new KeepOpen(raw), LZ4FrameOutputStream.BLOCKSIZE.SIZE_4MB,
                -1L, LZ4.fastCompressor(), XXHASH.hash32(), LZ4FrameOutputStream.FLG.Bits.BLOCK_INDEPENDENCE);
        CacheCodec.Out o = new CacheCodec.Out(new CheckedOutputStream(z, crc));
        o.varint(r.records().size());
        o.varint(r.recordsIn());
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("parts", key.parts());
        meta.put("files", r.files().stream().map(FileOutcome::report).toList());
        meta.put("paths", r.files().stream().map(FileOutcome::path).toList());
        meta.put("applicants", r.applicantSummary().asMap());
        o.bytes(JSON.writeValueAsBytes(meta));
        o.varint(r.ingestRead());
        o.varint(r.recordsOut());
        o.string(r.unit().name());
        o.string(r.unitReason());
        CacheCodec.writeCounts(o, r.duplicatesMerged());
        o.varint(r.excluded());
        CacheCodec.writeCounts(o, r.excludedByRule());
        o.varint(r.familiesFormed());
        o.varint(r.applicationsCollapsed());
        o.varint(r.ingestRejects().size());
        for (Reject j : r.ingestRejects()) {
            CacheCodec.writeReject(o, j);
        }
        o.varint(r.removed().size());
        for (CleanService.Removed m : r.removed()) {
            CacheCodec.writeRemoved(o, m);
        }
        for (CleanRecord c : r.records()) {
            CacheCodec.writeRecord(o, c);
        }
        o.varint(END);
        o.flush();
        z.close(); // the frame's end mark; raw stays open for the checksum
        long c = crc.getValue();
        raw.write(new byte[] {(byte) (c >>> 24), (byte) (c >>> 16), (byte) (c >>> 8), (byte) c});
    }

    /**
     * The body's compression: LZ4 frames in lz4-java's pure-Java implementation, bounds-checked on decompression (no
     * native library is unpacked). Against deflate level 1 on the 1M benchmark entry (412 MB of records): 1.3 s to
     * compress instead of 3.3–4.1 s, 0.5 s to decompress instead of 1.4–1.6 s, 158 MB instead of 126 MB.
     */
    private static final LZ4Factory LZ4 = LZ4Factory.fastestJavaInstance();
    private static final XXHashFactory XXHASH = XXHashFactory.fastestJavaInstance();

    /** Passes writes through, but does not close the stream below: the checksum follows the compressed body. */
    private static final class KeepOpen extends java.io.FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }

    /** The part of an entry in the clear: its key (hex) and the quick description of its run. */
    private static String[] clearHead(InputStream raw) throws IOException {
        byte[] magic = raw.readNBytes(MAGIC.length);
        if (!java.util.Arrays.equals(magic, MAGIC)) {
            throw new IOException("not a navi clean cache entry");
        }
        // the clear part is read byte by byte, so the stream stands exactly at the compressed body afterwards
        CacheCodec.In plain = new CacheCodec.In(new OneByte(raw));
        long format = plain.varint();
        if (format != FORMAT) {
            throw new IOException("cache format " + format + ", this navi reads " + FORMAT);
        }
        String key = plain.string();
        String quick = plain.string();
        return new String[] {key, quick == null ? "" : quick};
    }

    /**
     * The head of an entry, its body stream standing behind it. With {@code ahead} (the whole entry is read next),
     * the body is decompressed and checksummed ahead on a second thread, so that the reading thread only decodes.
     */
    private static Head head(InputStream raw, boolean ahead) throws IOException {
        String key = clearHead(raw)[0];
        CRC32 crc = new CRC32();
        InputStream body = new CheckedInputStream(new LZ4FrameInputStream(raw, LZ4.safeDecompressor(), XXHASH.hash32(), true),
                crc);
        if (ahead) {
            body = new dev.navi.io.ReadAhead(body, "navi-cache-read", 1 << 18, 4);
        }
        CacheCodec.In in = new CacheCodec.In(body);
        long records = in.varint();
        long recordsIn = in.varint();
        Map<String, Object> meta = JSON.readValue(in.bytes(), new TypeReference<LinkedHashMap<String, Object>>() {
        });
        @SuppressWarnings("unchecked")
        List<String> parts = (List<String>) meta.getOrDefault("parts", List.of());
        return new Head(key, records, recordsIn, parts, meta, in, crc, body);
    }

    private static CleanService.CleanResult read(Path file, String keyHex) throws IOException {
        Head h = null;
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            h = head(raw, true);
            if (!keyHex.equals(h.key)) {
                throw new IOException("entry of another key");
            }
            CacheCodec.In in = h.body;
            List<FileReport> reports = JSON.convertValue(h.meta.get("files"), new TypeReference<List<FileReport>>() {
            });
            List<String> paths = JSON.convertValue(h.meta.get("paths"), new TypeReference<List<String>>() {
            });
            List<FileOutcome> files = new ArrayList<>();
            for (int i = 0; i < reports.size(); i++) {
                files.add(new FileOutcome(paths.get(i), reports.get(i), null));
            }
            Map<String, Object> applicants = JSON.convertValue(h.meta.get("applicants"),
                    new TypeReference<LinkedHashMap<String, Object>>() {
                    });
            long ingestRead = in.varint();
            long recordsOut = in.varint();
            CountingUnit unit = CountingUnit.valueOf(in.string());
            String unitReason = in.string();
            Map<String, Long> merged = new LinkedHashMap<>();
            CacheCodec.readCounts(in, merged);
            long excluded = in.varint();
            Map<String, Long> excludedByRule = new TreeMap<>();
            CacheCodec.readCounts(in, excludedByRule);
            long familiesFormed = in.varint();
            long applicationsCollapsed = in.varint();
            int nRejects = in.count();
            List<Reject> rejects = new ArrayList<>(nRejects);
            for (int i = 0; i < nRejects; i++) {
                rejects.add(CacheCodec.readReject(in));
            }
            int nRemoved = in.count();
            List<CleanService.Removed> removed = new ArrayList<>(nRemoved);
            for (int i = 0; i < nRemoved; i++) {
                removed.add(CacheCodec.readRemoved(in));
            }
            if (h.records != recordsOut || h.records > Integer.MAX_VALUE) {
                throw new IOException("damaged cache entry (record counts)");
            }
            List<CleanRecord> records = new ArrayList<>((int) h.records);
            for (long i = 0; i < h.records; i++) {
                records.add(CacheCodec.readRecord(in));
            }
            if (in.varint() != END) {
                throw new IOException("damaged cache entry (no end mark)");
            }
            if (!in.atEnd()) {
                throw new IOException("damaged cache entry (data after the end mark)");
            }
            long expected = h.crc.getValue(); // complete: the body was read to its end
            // the checksum follows the compressed body; it is read from the file's end
            if (expected != trailer(file)) {
                throw new IOException("damaged cache entry (checksum)");
            }
            return new CleanService.CleanResult(files, ingestRead, List.copyOf(rejects), h.recordsIn, recordsOut, unit,
                    unitReason, merged, excluded, excludedByRule, familiesFormed, applicationsCollapsed, records, removed,
                    () -> applicants);
        } finally {
            if (h != null) {
                h.stream.close(); // stops the read-ahead thread when the entry was given up half-way
            }
        }
    }

    /** The CRC-32 written after the compressed body: the file's last four bytes, big-endian. */
    private static long trailer(Path file) throws IOException {
        long size = Files.size(file);
        if (size < 4) {
            throw new IOException("damaged cache entry (too short)");
        }
        byte[] last = new byte[4];
        try (var ch = java.nio.channels.FileChannel.open(file)) {
            java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(last);
            long at = size - 4;
            while (b.hasRemaining()) {
                int n = ch.read(b, at + b.position());
                if (n < 0) {
                    throw new IOException("damaged cache entry (too short)");
                }
            }
        }
        return (last[0] & 0xFFL) << 24 | (last[1] & 0xFFL) << 16 | (last[2] & 0xFFL) << 8 | (last[3] & 0xFFL);
    }

    /** Hands out one byte per read, so that a buffering reader on top never takes more than it decodes. */
    private static final class OneByte extends InputStream {
        private final InputStream in;

        OneByte(InputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            int c = in.read();
            if (c < 0) {
                return -1;
            }
            b[off] = (byte) c;
            return 1;
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "clean cache in %s", dir);
    }
}
