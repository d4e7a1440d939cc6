package dev.navi.io;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * An output set written atomically: at every instant the output folder holds either the complete previous set or the
 * complete new one, whatever kills the run.
 *
 * <p><b>How.</b> Everything is written into a temporary sibling folder {@code .NAME.navi-ID.tmp} beside the output
 * folder {@code NAME}. {@link #commit} writes {@code manifest.json} (see {@link Manifest}), brings over the files in
 * the old set that navi did not write (hard links, else copies), and then swaps with renames:
 * {@code .tmp → .ready} (the new set is complete), {@code NAME → .NAME.navi-ID.old}, {@code .ready → NAME}, and
 * finally removes navi's own files from {@code .old}. Between the second and the third rename {@code NAME} does not
 * exist for a moment; a run killed there leaves a complete {@code .ready} set and the old one, and the next run (or
 * {@code navi verify}) finishes the swap before anything else. Leftover {@code .tmp} and {@code .ready} folders of dead
 * runs are removed by the next run; a lock file {@code .NAME.navi.lock} (held while a run writes, released by the
 * operating system when the process dies) tells a dead run's folders from a live one's.
 *
 * <p><b>Whose files.</b> navi knows its own files from the previous set's manifest (or, for a folder written by a navi
 * older than the manifest, from its {@code results.json} and the file names it wrote). It never deletes or overwrites
 * anything else: a file of the user's in the old set is carried into the new one, under a {@code .user} name when the
 * new set writes the same path; a navi file the user has changed since (its hash differs) counts as the user's. Files
 * of the old set that this run does not write are not carried: a set holds exactly one run's outputs. A non-empty
 * folder that is no navi set is refused rather than swapped away.
 *
 * <p>Not thread-safe; one instance per run. Instances hold the lock until {@link #close()}.
 */
public final class OutputSet implements OutputTarget, AutoCloseable {
    private static final String TMP = ".tmp";
    private static final String READY = ".ready";
    private static final String OLD = ".old";
    /** Temporary folders of the single-folder writer that came before output sets ({@link OutputFolder}). */
    private static final String LEGACY_TMP = ".navi-tmp-";

    /** Test hook: called at each step of the commit, so a test can stop a run there as a crash would. */
    interface Steps {
        void reached(String step) throws IOException;
    }

    static volatile Steps steps = s -> { };

    private final Path given;
    private final Path out;
    private final String id;
    private final Path tmp;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final List<String> notes = new ArrayList<>();
    private boolean committed;

    private OutputSet(Path given, Path out, String id, FileChannel lockChannel, FileLock lock) {
        this.given = given;
        this.out = out;
        this.id = id;
        this.tmp = sibling(out, id + TMP);
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /**
     * Takes the output folder's lock, repairs what a killed run left (see the class comment), checks that the folder
     * is empty, missing or a navi set, and creates the temporary folder.
     *
     * @throws UncheckedIOException when another run holds the lock, the folder holds files navi did not write, or the
     *                              folder or its parent cannot be written
     */
    public static OutputSet open(Path dir) {
        Path out = target(dir);
        String id = ProcessHandle.current().pid() + "-" + HexFormat.of().formatHex(new SecureRandom().generateSeed(4));
        FileChannel ch = null;
        try {
            Files.createDirectories(out.getParent());
            ch = FileChannel.open(lockFile(out), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = tryLock(ch);
            if (lock == null) {
                ch.close();
                throw failure(Names.show(dir) + ": another navi run is writing this folder "
                        + "(it holds " + Names.show(lockFile(out)) + "); wait for it to finish or choose another --out");
            }
            OutputSet set = new OutputSet(dir, out, id, ch, lock);
            set.notes.addAll(repair(out));
            if (Files.exists(out, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(out)) {
                set.close();
                throw failure(Names.show(dir) + ": exists and is not a folder; give --out a folder");
            }
            if (Files.isDirectory(out) && ownership(out) == Ownership.FOREIGN) {
                set.close();
                throw failure(Names.show(dir) + ": this folder already holds files that navi "
                        + "did not write (it has no navi " + Manifest.NAME + "); navi replaces its output set as a whole, so "
                        + "give --out an empty or new folder");
            }
            Files.createDirectory(set.tmp);
            return set;
        } catch (IOException e) {
            closeQuietly(ch);
            throw new UncheckedIOException("cannot write the output folder " + Names.show(dir) + ": " + Names.describe(e), e);
        }
    }

    /** Where to write a file of the set ({@code /}-separated path relative to the set), inside the temporary folder. */
    @Override
    public Path file(String name) {
        return tmp.resolve(name);
    }

    /** The output folder as given. */
    public Path dir() {
        return given;
    }

    /** What the repair and the commit did that the user should hear of (leftovers removed, files of theirs kept). */
    public List<String> notes() {
        return List.copyOf(notes);
    }

    /**
     * Writes the manifest and swaps the new set in (see the class comment).
     *
     * @param command the navi command ({@code analyze})
     * @param version navi's version
     * @param inputs  the input files read (hashed into the manifest)
     * @param options the run's options (recorded in the manifest)
     * @return the manifest written
     */
    public Manifest commit(String command, String version, List<Path> inputs, Map<String, Object> options) throws IOException {
        List<Manifest.Entry> in = new ArrayList<>();
        StringBuilder key = new StringBuilder(command).append('\n');
        for (Path p : inputs) {
            Manifest.Entry e = new Manifest.Entry(p.toString(), Files.size(p), Manifest.sha256(p));
            in.add(e);
            key.append(e.sha256()).append('\n');
        }
        key.append(new ObjectMapper().writeValueAsString(options));
        List<Manifest.Entry> files = new ArrayList<>();
        for (Path f : regularFiles(tmp)) {
            files.add(new Manifest.Entry(relative(tmp, f), Files.size(f), Manifest.sha256(f)));
        }
        Manifest manifest = new Manifest(command, Manifest.sha256(key.toString()).substring(0, 16), version, in, options, files);
        Files.write(tmp.resolve(Manifest.NAME), manifest.toJson());
        steps.reached("manifest");
        if (Files.isDirectory(out)) {
            carryUserFiles(out, tmp, notes);
        }
        steps.reached("carried");
        Path ready = sibling(out, id + READY);
        Files.move(tmp, ready, StandardCopyOption.ATOMIC_MOVE);
        steps.reached("ready");
        Path old = sibling(out, id + OLD);
        if (Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
            Files.move(out, old, StandardCopyOption.ATOMIC_MOVE);
        }
        steps.reached("aside");
        Files.move(ready, out, StandardCopyOption.ATOMIC_MOVE);
        committed = true;
        steps.reached("swapped");
        if (Files.exists(old)) {
            removeOld(old, out, notes);
        }
        return manifest;
    }

    /** Removes the temporary folder unless committed, and releases the lock. */
    @Override
    public void close() {
        if (!committed) {
            deleteRecursively(tmp);
        }
        release();
    }

    /** For tests: drop the lock without any cleanup, as a killed process would. */
    void abandon() {
        release();
    }

    private void release() {
        try {
            if (lock.isValid()) {
                lock.release();
            }
        } catch (IOException ignored) {
            // the channel is closed next
        }
        closeQuietly(lockChannel);
    }

    // ---- verify ----------------------------------------------------------------------------------------------------

    /**
     * What {@link #verify} found.
     *
     * @param manifest the set's manifest, or {@code null} when there is none
     * @param problems files missing, changed or not a set (empty = the set is complete and unchanged)
     * @param notes    what the repair did; files in the folder that navi did not write (they are allowed)
     */
    public record Check(Manifest manifest, List<String> problems, List<String> notes) {
        public Check {
            problems = List.copyOf(problems);
            notes = List.copyOf(notes);
        }

        /** True when the set is complete and every file matches its manifest. */
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /**
     * Checks an output set against its manifest: every listed file present with its size and SHA-256. First finishes
     * what a killed run left half done (the repair every run does first), unless a run is writing the folder now.
     */
    public static Check verify(Path dir) {
        Path out = target(dir);
        List<String> notes = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        if (Files.isDirectory(out.getParent())) {
            try (FileChannel ch = FileChannel.open(lockFile(out), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
                FileLock lock = tryLock(ch);
                if (lock == null) {
                    notes.add("a navi run is writing this folder now; checked the set as it stands");
                } else {
                    try {
                        notes.addAll(repair(out));
                    } finally {
                        lock.release();
                    }
                }
            } catch (IOException e) {
                notes.add("could not take the folder's lock (" + Names.describe(e) + "); checked without repairing");
            }
        }
        if (!Files.isDirectory(out)) {
            problems.add(Names.show(dir) + ": no output set here (the folder does not exist)");
            return new Check(null, problems, notes);
        }
        Manifest m;
        try {
            m = Manifest.read(out.resolve(Manifest.NAME)).orElse(null);
        } catch (IOException e) {
            problems.add(Names.describe(e));
            return new Check(null, problems, notes);
        }
        if (m == null) {
            problems.add(Names.show(dir) + ": not a navi output set (no navi " + Manifest.NAME + ")");
            return new Check(null, problems, notes);
        }
        for (Manifest.Entry e : m.files()) {
            Path f = out.resolve(e.path());
            try {
                if (!Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
                    problems.add(e.path() + ": missing");
                } else if (Files.size(f) != e.size()) {
                    problems.add(e.path() + ": " + Files.size(f) + " bytes, the manifest says " + e.size());
                } else if (!Manifest.sha256(f).equals(e.sha256())) {
                    problems.add(e.path() + ": changed since navi wrote it (SHA-256 differs)");
                }
            } catch (IOException ex) {
                problems.add(e.path() + ": cannot be read (" + Names.describe(ex) + ")");
            }
        }
        try {
            for (Path f : regularFiles(out)) {
                String rel = relative(out, f);
                if (!rel.equals(Manifest.NAME) && m.file(rel).isEmpty()) {
                    notes.add(rel + ": not navi's (kept, not checked)");
                }
            }
        } catch (IOException e) {
            problems.add(Names.describe(e));
        }
        return new Check(m, problems, notes);
    }

    // ---- repair, carry, clean ------------------------------------------------------------------------------------

    /**
     * Finishes or undoes what a killed run left, with the lock held: a missing set comes back from a complete
     * {@code .ready} set (the swap is finished) or else from {@code .old} (the swap is undone); unfinished {@code .tmp}
     * and superseded {@code .ready} folders are removed; {@code .old} folders lose navi's files.
     */
    static List<String> repair(Path out) throws IOException {
        List<String> notes = new ArrayList<>();
        List<Path> tmps = new ArrayList<>();
        List<Path> readies = new ArrayList<>();
        List<Path> olds = new ArrayList<>();
        String prefix = prefix(out);
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(out.getParent())) {
            for (Path p : ds) {
                String n = p.getFileName().toString();
                if (!n.startsWith(prefix) || !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                (n.endsWith(TMP) ? tmps : n.endsWith(READY) ? readies : n.endsWith(OLD) ? olds : new ArrayList<Path>()).add(p);
            }
        }
        readies.sort(Comparator.comparing((Path p) -> lastModified(p.resolve(Manifest.NAME))).reversed());
        olds.sort(Comparator.comparing(OutputSet::lastModified).reversed());
        if (!Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
            if (!readies.isEmpty()) {
                Files.move(readies.remove(0), out, StandardCopyOption.ATOMIC_MOVE);
                notes.add("finished the swap of a run that was stopped while moving its complete set into place");
            } else if (!olds.isEmpty()) {
                Files.move(olds.remove(0), out, StandardCopyOption.ATOMIC_MOVE);
                notes.add("restored the previous set, which a stopped run had moved aside");
            }
        }
        for (Path p : tmps) {
            deleteRecursively(p);
            notes.add("removed " + p.getFileName() + ", left by a run that did not finish");
        }
        for (Path p : readies) {
            deleteRecursively(p);
            notes.add("removed " + p.getFileName() + ", a set a stopped run had not swapped in");
        }
        for (Path p : olds) {
            removeOld(p, out, notes);
        }
        return notes;
    }

    private enum Ownership { EMPTY, MANIFEST, LEGACY, FOREIGN }

    /** Whose files the folder holds: a navi set (manifest, or navi's results.json from before manifests), or not. */
    private static Ownership ownership(Path dir) throws IOException {
        if (Manifest.read(dir.resolve(Manifest.NAME)).isPresent()) {
            return Ownership.MANIFEST;
        }
        Path results = dir.resolve("results.json");
        if (Files.isRegularFile(results)) {
            try {
                if ("navi".equals(new ObjectMapper().readTree(results.toFile()).path("run").path("tool").asText())) {
                    return Ownership.LEGACY;
                }
            } catch (IOException ignored) {
                // not navi's
            }
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isPresent() ? Ownership.FOREIGN : Ownership.EMPTY;
        }
    }

    /** A file navi wrote into the old set and nobody changed since. */
    private static boolean ours(Path set, Ownership own, Manifest m, String rel, Path f) throws IOException {
        if (rel.equals(Manifest.NAME) && own == Ownership.MANIFEST || rel.startsWith(LEGACY_TMP)) {
            return true;
        }
        if (own == Ownership.LEGACY) {
            return rel.equals("results.json") || rel.equals("atlas.docx") || rel.equals("atlas.xlsx")
                    || rel.matches("tables/[^/]+\\.csv") || rel.matches("charts/[^/]+\\.(png|svg)");
        }
        if (m == null) {
            return false;
        }
        Optional<Manifest.Entry> e = m.file(rel);
        return e.isPresent() && Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS) && Files.size(f) == e.get().size()
                && Manifest.sha256(f).equals(e.get().sha256());
    }

    /** Every file of the old set that navi did not write (or that was changed since), linked or copied into the new. */
    private static void carryUserFiles(Path from, Path to, List<String> notes) throws IOException {
        Ownership own = ownership(from);
        Manifest m = own == Ownership.MANIFEST ? Manifest.read(from.resolve(Manifest.NAME)).orElse(null) : null;
        try (Stream<Path> s = Files.walk(from)) {
            for (Path f : s.sorted().toList()) {
                if (f.equals(from)) {
                    continue;
                }
                String rel = relative(from, f);
                if (rel.startsWith(LEGACY_TMP)) {
                    continue;
                }
                if (Files.isDirectory(f, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(to.resolve(rel));
                    continue;
                }
                if (ours(from, own, m, rel, f)) {
                    continue;
                }
                Path target = to.resolve(rel);
                if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    target = freeUserName(target);
                    notes.add("kept your " + rel + " as " + relative(to, target) + " (navi writes " + rel + " itself)");
                }
                Files.createDirectories(target.getParent());
                linkOrCopy(f, target);
            }
        }
    }

    /** Deletes navi's files from a set that was swapped out; what is left (the user's) goes back into the set. */
    private static void removeOld(Path old, Path out, List<String> notes) throws IOException {
        Ownership own = ownership(old);
        Manifest m = own == Ownership.MANIFEST ? Manifest.read(old.resolve(Manifest.NAME)).orElse(null) : null;
        List<Path> files;
        try (Stream<Path> s = Files.walk(old)) {
            files = s.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
        }
        Path manifest = null;
        for (Path f : files) {
            String rel = relative(old, f);
            if (rel.equals(Manifest.NAME)) {
                manifest = f;
                continue;
            }
            if (ours(old, own, m, rel, f) || carried(f, out.resolve(rel))) {
                Files.deleteIfExists(f);
                continue;
            }
            // a file the commit did not see (written into the old set while the run was working): put it back
            Path target = out.resolve(rel);
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                target = freeUserName(target);
            }
            Files.createDirectories(target.getParent());
            Files.move(f, target, StandardCopyOption.ATOMIC_MOVE);
            notes.add("kept your " + rel + " as " + relative(out, target));
        }
        if (manifest != null) {
            Files.deleteIfExists(manifest);
        }
        try (Stream<Path> s = Files.walk(old)) {
            for (Path d : s.sorted(Comparator.reverseOrder()).toList()) {
                try {
                    Files.delete(d);
                } catch (java.nio.file.DirectoryNotEmptyException e) {
                    notes.add("left " + Names.show(d) + " in place: it is not empty");
                }
            }
        }
    }

    /** True when {@code copy} (or one of its {@code .user} names) holds the same file or the same bytes. */
    private static boolean carried(Path f, Path copy) throws IOException {
        for (Path c = copy; c != null; c = nextUserName(copy, c)) {
            if (!Files.exists(c, LinkOption.NOFOLLOW_LINKS)) {
                return false;
            }
            if (Files.isSymbolicLink(f)) {
                if (Files.isSymbolicLink(c) && Files.readSymbolicLink(c).equals(Files.readSymbolicLink(f))) {
                    return true;
                }
            } else if (Files.isSameFile(f, c) || Files.isRegularFile(c, LinkOption.NOFOLLOW_LINKS) && Files.mismatch(f, c) == -1) {
                return true;
            }
        }
        return false;
    }

    private static Path freeUserName(Path target) {
        Path c = nextUserName(target, target);
        while (Files.exists(c, LinkOption.NOFOLLOW_LINKS)) {
            c = nextUserName(target, c);
        }
        return c;
    }

    /** {@code a.png} → {@code a.user.png} → {@code a.user-2.png} …; null after 99. */
    private static Path nextUserName(Path base, Path current) {
        String n = base.getFileName().toString();
        int dot = n.lastIndexOf('.');
        String stem = dot > 0 ? n.substring(0, dot) : n;
        String ext = dot > 0 ? n.substring(dot) : "";
        int k;
        if (current.equals(base)) {
            k = 1;
        } else {
            String c = current.getFileName().toString();
            String num = c.substring(stem.length() + ".user".length(), c.length() - ext.length());
            k = num.isEmpty() ? 2 : Integer.parseInt(num.substring(1)) + 1;
        }
        if (k > 99) {
            return null;
        }
        return base.resolveSibling(stem + ".user" + (k == 1 ? "" : "-" + k) + ext);
    }

    private static void linkOrCopy(Path f, Path target) throws IOException {
        if (!Files.isSymbolicLink(f)) {
            try {
                Files.createLink(target, f);
                return;
            } catch (UnsupportedOperationException | IOException e) {
                if (e instanceof FileAlreadyExistsException) {
                    throw (IOException) e;
                }
                // no hard links here (another file system, FAT, ...): copy
            }
        }
        Files.copy(f, target, LinkOption.NOFOLLOW_LINKS, StandardCopyOption.COPY_ATTRIBUTES);
    }

    // ---- helpers ---------------------------------------------------------------------------------------------------

    private static Path target(Path dir) {
        Path abs = dir.toAbsolutePath().normalize();
        try {
            if (Files.isSymbolicLink(abs) && Files.isDirectory(abs)) {
                abs = abs.toRealPath(); // swap the folder the link points to, keep the link
            }
        } catch (IOException ignored) {
            // a dangling link: handled as a file that is not a folder
        }
        if (abs.getParent() == null) {
            throw failure(Names.show(dir) + ": navi cannot use a file system's root as its "
                    + "output folder; give a folder inside it");
        }
        return abs;
    }

    /** An output failure whose message is the text (not "java.io.IOException: text"). */
    private static UncheckedIOException failure(String message) {
        return new UncheckedIOException(message, new IOException(message));
    }

    private static String prefix(Path out) {
        return "." + out.getFileName() + ".navi-";
    }

    private static Path sibling(Path out, String suffix) {
        return out.resolveSibling(prefix(out) + suffix);
    }

    private static Path lockFile(Path out) {
        return out.resolveSibling("." + out.getFileName() + ".navi.lock");
    }

    private static FileLock tryLock(FileChannel ch) throws IOException {
        try {
            return ch.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // this JVM holds it
        }
    }

    private static List<Path> regularFiles(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).sorted(
                    Comparator.comparing(p -> relative(root, p))).toList();
        }
    }

    private static String relative(Path root, Path p) {
        return root.relativize(p).toString().replace(p.getFileSystem().getSeparator(), "/");
    }

    private static java.nio.file.attribute.FileTime lastModified(Path p) {
        try {
            return Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return java.nio.file.attribute.FileTime.fromMillis(0);
        }
    }

    private static void closeQuietly(FileChannel ch) {
        if (ch != null) {
            try {
                ch.close();
            } catch (IOException ignored) {
                // nothing to do
            }
        }
    }

    /** Best-effort recursive delete of navi's own temporary folders. */
    static void deleteRecursively(Path dir) {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // best effort
                }
            });
        } catch (NoSuchFileException ignored) {
            // gone already
        } catch (IOException ignored) {
            // nothing more to do
        }
    }
}
