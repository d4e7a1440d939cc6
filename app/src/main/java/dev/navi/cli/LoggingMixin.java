package dev.navi.cli;

import picocli.CommandLine.Option;

/** {@code --verbose} and {@code --quiet}, shared by every subcommand. */
public final class LoggingMixin {
    @Option(names = {"-v", "--verbose"}, description = "Print stack traces and extra detail on errors (navi analyze: also each stage's time).")
    boolean verbose;

    @Option(names = {"-q", "--quiet"}, description = "Print only errors and the final result (no progress).")
    boolean quiet;
}
