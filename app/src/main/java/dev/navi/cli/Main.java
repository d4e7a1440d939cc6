package dev.navi.cli;

import dev.navi.ingest.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import dev.navi.io.Names;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The {@code navi} root command. */
@Command(name = "navi",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Patent navigation (专利导航) toolkit: from raw patent database exports to a navigation atlas.",
        subcommands = {InitCommand.class, AnalyzeCommand.class, InspectCommand.class, IngestCommand.class, CleanCommand.class, MapCommand.class, TagCommand.class, MetricsCommand.class, CacheCommand.class, GenerateCommand.class, VerifyCommand.class, CompletionCommand.class, CommandLine.HelpCommand.class},
        footer = ExitCodes.HELP)
public final class Main implements java.util.concurrent.Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** A bare {@code navi} is a usage error: the usage goes to stderr and the exit code is 2. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }

    /** The command line with navi's converters and settings, for running and for generating help and completion. */
    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.registerConverter(java.time.LocalDate.class, new Dates());
        return cl;
    }

    /**
     * Runs navi with the given arguments, printing to {@code out} and {@code err}.
     *
     * @return the exit code (see {@link ExitCodes})
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = commandLine();
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            boolean verbose = parsed.originalArgs().contains("--verbose") || parsed.originalArgs().contains("-v");
            return report(ex, cmd.getErr(), verbose);
        });
        cl.setParameterExceptionHandler((ex, args1) -> {
            CommandLine cmd = ex.getCommandLine();
            cmd.getErr().println("navi: " + ex.getMessage());
            cmd.getErr().println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
            cmd.getErr().flush();
            return ExitCodes.USAGE;
        });
        int code;
        try {
            code = cl.execute(args);
        } catch (Error e) {
            // picocli hands only exceptions to the handler; errors (out of memory, stack overflow) arrive here
            code = report(e, err, java.util.Arrays.asList(args).contains("--verbose") || java.util.Arrays.asList(args).contains("-v"));
        }
        out.flush();
        err.flush();
        return code;
    }

    /**
     * One line on stderr and an exit code for a failure; the stack trace only with {@code --verbose}.
     * Input problems → {@link ExitCodes#INPUT}; I/O failures anywhere in the cause chain (disk full, POI's "Failed to
     * save") → {@link ExitCodes#OUTPUT}; out of memory → {@link ExitCodes#MEMORY}; anything else is an internal error.
     */
    static int report(Throwable ex, PrintWriter err, boolean verbose) {
        int code;
        String message;
        IOException io = ioCause(ex);
        if (ex instanceof InputException) {
            code = ExitCodes.INPUT;
            message = ex.getMessage();
        } else if (ex instanceof OutOfMemoryError || cause(ex, OutOfMemoryError.class)) {
            code = ExitCodes.MEMORY;
            long mb = Runtime.getRuntime().maxMemory() >> 20;
            message = "out of memory: the Java heap (at most " + mb + " MB) is too small for this data; raise it, e.g. "
                    + "NAVI_JAVA_OPTS=-Xmx" + Math.max(2, 2 * ((mb + 1023) / 1024)) + "g scripts/navi ... (the launcher's "
                    + "default is -Xmx2500m); nothing was written";
        } else if (ex instanceof UncheckedIOException u) {
            code = ExitCodes.OUTPUT;
            message = u.getMessage();
        } else if (io != null) {
            code = ExitCodes.OUTPUT;
            message = "cannot write the output: " + Names.describe(io);
        } else if (ex instanceof StackOverflowError) {
            code = ExitCodes.INPUT;
            message = "an input is nested too deeply to process (stack overflow); simplify the query, map or file";
        } else {
            code = ExitCodes.PROCESSING;
            message = "internal error: " + Names.escape(String.valueOf(ex).lines().findFirst().orElse(""))
                    + (verbose ? "" : " (rerun with --verbose for the stack trace)");
        }
        err.println("navi: " + message);
        if (verbose) {
            ex.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    private static boolean cause(Throwable ex, Class<? extends Throwable> kind) {
        for (Throwable t = ex; t != null && t.getCause() != t; t = t.getCause()) {
            if (kind.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** The first IOException in the cause chain (POI wraps them in its own runtime exceptions), or null. */
    private static IOException ioCause(Throwable ex) {
        for (Throwable t = ex; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof IOException io) {
                return io;
            }
            if (t instanceof UncheckedIOException u) {
                return u.getCause();
            }
        }
        return null;
    }

    public static void main(String[] args) {
        // POI logs through the Log4j API; without a provider Log4j prints a warning on every start.
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        System.setProperty("org.apache.logging.log4j.simplelog.StatusLogger.level", "OFF");
        System.setProperty("org.apache.logging.log4j.level", "OFF");
        System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(run(out, err, args));
    }
}
