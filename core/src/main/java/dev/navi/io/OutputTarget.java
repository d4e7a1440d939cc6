package dev.navi.io;

import java.nio.file.Path;

/** Where a writer puts its files before they are committed: {@link OutputSet} or {@link OutputFolder}. */
public interface OutputTarget {
    /** The path to write {@code name} (relative, {@code /}-separated) to, inside the uncommitted output. */
    Path file(String name);
}
