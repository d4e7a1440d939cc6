package dev.navi.cli;

import dev.navi.ingest.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The {@code navi} root command. */
@Command(name = "navi",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Patent navigation (专利导航) toolkit: from raw patent database exports to a navigation atlas.",
        subcommands = {InitCommand.class, AnalyzeCommand.class, InspectCommand.class, IngestCommand.class, CleanCommand.class, MapCommand.class, TagCommand.class, MetricsCommand.class, GenerateCommand.class, CommandLine.HelpCommand.class},
        footer = ExitCodes.HELP)
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * Runs navi with the given arguments, printing to {@code out} and {@code err}.
     *
     * @return the exit code (see {@link ExitCodes})
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            boolean verbose = parsed.originalArgs().contains("--verbose") || parsed.originalArgs().contains("-v");
            int code;
            String message;
            if (ex instanceof InputException) {
                code = ExitCodes.INPUT;
                message = ex.getMessage();
            } else if (ex instanceof UncheckedIOException) {
                code = ExitCodes.OUTPUT;
                message = ex.getMessage();
            } else {
                code = ExitCodes.PROCESSING;
                message = "internal error: " + ex + (verbose ? "" : " (rerun with --verbose for the stack trace)");
            }
            cmd.getErr().println("navi: " + message);
            if (verbose) {
                ex.printStackTrace(cmd.getErr());
            }
            cmd.getErr().flush();
            return code;
        });
        cl.setParameterExceptionHandler((ex, args1) -> {
            CommandLine cmd = ex.getCommandLine();
            cmd.getErr().println("navi: " + ex.getMessage());
            cmd.getErr().println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
            cmd.getErr().flush();
            return ExitCodes.USAGE;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    public static void main(String[] args) {
        // POI logs through the Log4j API; without a provider Log4j prints a warning on every start.
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        System.setProperty("org.apache.logging.log4j.simplelog.StatusLogger.level", "OFF");
        System.setProperty("org.apache.logging.log4j.level", "OFF");
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(run(out, err, args));
    }
}
