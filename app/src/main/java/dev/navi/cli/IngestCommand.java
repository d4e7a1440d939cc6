package dev.navi.cli;

import dev.navi.ingest.IngestService;
import dev.navi.ingest.IngestService.FileOutcome;
import dev.navi.ingest.IngestService.IngestResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code navi ingest}: merge exports into navi's canonical dataset. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Merge all files into one canonical dataset in DIR: records.csv (one row per exported record, "
                + "stable column order), rejects.csv (file, sheet, row, reason, raw), lookup/ (lookup tables such as "
                + "PatentsView assignees) and ingest-summary.json (per file read / kept / rejected).",
                "Read = kept + rejected for every file. Outputs are written to a temporary folder and moved into place "
                        + "when complete."},
        footer = ExitCodes.HELP)
final class IngestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    InputMixin input;

    @Mixin
    LoggingMixin logging;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "Output folder (created if missing).")
    Path out;

    @Option(names = "--skip-bad-files", description = "Go on past unreadable or unrecognised files (listed in the summary, "
            + "exit code 3) instead of stopping at the first one (default: stop).")
    boolean skipBadFiles;

    @Option(names = "--json", description = "Print the summary as JSON (the content of ingest-summary.json).")
    boolean json;

    @Option(names = "--strict", description = "Treat any rejected row as an input error (exit code 3); by default rejected "
            + "rows are listed in rejects.csv, warned about on stderr, and the exit code stays 0.")
    boolean strict;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Progress progress = Progress.forTerminal(err, logging.quiet || json);
        IngestResult r = IngestService.withMappings(input.mappings)
                .ingest(new IngestService.IngestRequest(input.files, this.out, skipBadFiles, progress));
        progress.done();
        boolean failed = Formats.printSkipped(err, r.files());
        Formats.printRejectWarnings(err, r.files().stream().filter(o -> o.report() != null).map(FileOutcome::report).toList(),
                "; all are listed in " + this.out.resolve("rejects.csv"));
        failed |= strict && r.rejected() > 0;
        if (json) {
            out.println(Formats.json(IngestService.summary(r)));
        } else {
            if (!logging.quiet) {
                for (FileOutcome o : r.files()) {
                    if (o.report() != null) {
                        Formats.printReport(out, o.report(), false);
                    }
                }
            }
            out.printf(Locale.ROOT, "ingested %d file(s): %s read = %s kept + %s rejected (%s records, %s lookup rows)%n",
                    r.files().stream().filter(o -> !o.failed()).count(), Formats.count(r.read()), Formats.count(r.kept()),
                    Formats.count(r.rejected()), Formats.count(r.records()), Formats.count(r.lookupRows()));
            out.printf(Locale.ROOT, "wrote %s (records.csv, rejects.csv, ingest-summary.json)%n", this.out);
        }
        return failed ? ExitCodes.INPUT : ExitCodes.OK;
    }
}
