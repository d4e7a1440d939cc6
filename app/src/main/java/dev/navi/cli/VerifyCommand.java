package dev.navi.cli;

import dev.navi.io.Names;
import dev.navi.io.OutputSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code navi verify DIR}: checks an output set against its manifest, for batch scripts. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Check an output set (navi analyze --out DIR) against its manifest.json: every file navi wrote is "
                + "there with its size and SHA-256.",
                "First finishes what a killed run left half done (the repair every run does first), unless a run is "
                        + "writing DIR now. Exit 0 when the set is complete and unchanged, " + ExitCodes.VERIFY
                        + " when not; files in DIR that navi did not write are listed, not counted against the set."},
        footer = ExitCodes.HELP)
final class VerifyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    LoggingMixin logging;

    @Parameters(index = "0", paramLabel = "DIR", description = "The output folder to check.")
    Path dir;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        OutputSet.Check c = OutputSet.verify(dir);
        c.notes().stream().filter(n -> !logging.quiet || !n.endsWith("(kept, not checked)"))
                .forEach(n -> err.println("navi: note: " + n));
        if (!c.ok()) {
            c.problems().forEach(p -> err.println("navi: " + Names.show(dir) + ": " + p));
            err.printf("navi: %s: the output set is NOT complete (%d problem(s))%n", Names.show(dir), c.problems().size());
            return ExitCodes.VERIFY;
        }
        out.printf("%s: complete navi output set, %d files match manifest.json (run %s, navi %s %s)%n", Names.show(dir),
                c.manifest().files().size(), c.manifest().runId(), c.manifest().command(), c.manifest().version());
        return ExitCodes.OK;
    }
}
