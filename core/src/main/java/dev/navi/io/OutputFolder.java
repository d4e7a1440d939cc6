package dev.navi.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * An output folder written atomically: every file is written into a temporary folder inside it and moved into
 * place by {@link #commit(String)} only when all are complete, the named marker file (a summary) last. A run that
 * fails before the commit leaves the previous outputs as they were; {@link #close()} removes the temporary folder.
 */
public final class OutputFolder implements OutputTarget, AutoCloseable {
    private final Path out;
    private final Path tmp;

    private OutputFolder(Path out, Path tmp) {
        this.out = out;
        this.tmp = tmp;
    }

    /**
     * Creates the folder if needed and a fresh temporary folder inside it.
     *
     * @throws UncheckedIOException when the folder cannot be created
     */
    public static OutputFolder open(Path out) {
        try {
            Files.createDirectories(out);
            return new OutputFolder(out, Files.createTempDirectory(out, ".navi-tmp-"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the output folder " + out + ": " + reason(out, e), e);
        }
    }

    /** Why a folder cannot be created, in the user's terms (the JDK's message is often just the path again). */
    static String reason(Path out, IOException e) {
        for (Path p = out.toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.exists(p) && !Files.isDirectory(p)) {
                return (p.equals(out.toAbsolutePath()) ? "it is a file, not a folder"
                        : p + " is a file, not a folder") + "; give --out a folder (navi writes several files into it)";
            }
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied; choose a folder you may write to";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Where to write: a file name inside the temporary folder. */
    @Override
    public Path file(String name) {
        return tmp.resolve(name);
    }

    /** The final folder. */
    public Path dir() {
        return out;
    }

    /** Moves everything into place, {@code lastFile} last (its presence marks a complete run). */
    public void commit(String lastFile) throws IOException {
        List<Path> items;
        try (Stream<Path> s = Files.list(tmp)) {
            items = new ArrayList<>(s.sorted(Comparator.comparing((Path p) -> p.getFileName().toString().equals(lastFile) ? 1 : 0)
                    .thenComparing(p -> p.getFileName().toString())).toList());
        }
        Files.deleteIfExists(out.resolve(lastFile));
        for (Path p : items) {
            Path target = out.resolve(p.getFileName().toString());
            if (Files.isDirectory(target)) {
                deleteRecursively(target);
            }
            try {
                Files.move(p, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(p, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    @Override
    public void close() {
        deleteRecursively(tmp);
    }

    /** Best-effort recursive delete of navi's own temporary files. */
    public static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
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
        } catch (IOException ignored) {
            // nothing more to do
        }
    }
}
