package dev.navi.cli;

import picocli.CommandLine.Option;

/** {@code --no-cache}: read and clean the inputs even when the project's clean cache holds them ({@code navi cache}). */
public final class CacheMixin {
    @Option(names = "--no-cache", description = "Read and clean the inputs even when the project's clean cache ("
            + dev.navi.clean.CleanCache.FOLDER + "/ beside the project file) holds them, and store nothing; see 'navi cache'. "
            + "Default: the cache is used and refreshed whenever there is a project file.")
    boolean noCache;

    /** Whether the run uses the cache. */
    boolean use() {
        return !noCache;
    }
}
