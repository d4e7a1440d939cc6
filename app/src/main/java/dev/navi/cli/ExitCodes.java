package dev.navi.cli;

/**
 * navi's exit codes, defined once (also listed in the README and in {@code navi --help}).
 */
public final class ExitCodes {
    /** Success. */
    public static final int OK = 0;
    /** Processing error: something failed while working (a bug, or an output that cannot be written). */
    public static final int PROCESSING = 1;
    /** Usage error: unknown option, missing argument, bad option value. */
    public static final int USAGE = 2;
    /** Input error: an input file or mapping file is missing, unreadable or not recognised. */
    public static final int INPUT = 3;
    /** Output error: the output folder or a file in it cannot be written. */
    public static final int OUTPUT = 4;
    /** navi verify: the output set is incomplete or a file differs from its manifest. */
    public static final int VERIFY = 5;
    /** Out of memory: the Java heap is too small for the data (raise it with NAVI_JAVA_OPTS=-Xmx…). */
    public static final int MEMORY = 6;

    public static final String HELP = "%nExit codes:%n"
            + "  0  success%n"
            + "  1  processing error (unexpected failure; rerun with --verbose for details)%n"
            + "  2  usage error (unknown option, missing or bad argument)%n"
            + "  3  input error (missing, unreadable or unrecognised input or mapping file)%n"
            + "  4  output error (output folder or file cannot be written, disk full)%n"
            + "  5  navi verify: the output set is incomplete or differs from its manifest%n"
            + "  6  out of memory (raise the heap: NAVI_JAVA_OPTS=-Xmx8g)%n";

    private ExitCodes() {
    }
}
