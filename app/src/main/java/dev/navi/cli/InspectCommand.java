package dev.navi.cli;

import dev.navi.ingest.IngestService;
import dev.navi.ingest.IngestService.FileOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code navi inspect}: what each export file is and how navi reads it. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = {"Report, for each file: detected layout, encoding, header row, records read / kept / rejected "
                + "with reasons, mapped and unmapped columns, and the fill rate of each canonical field.",
                "Nothing is written. A bad file is reported and the others are still inspected."},
        footer = ExitCodes.HELP)
final class InspectCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    InputMixin input;

    @Mixin
    LoggingMixin logging;

    @Option(names = "--json", description = "Print the report as JSON (files[] with path, layout, encoding, records, "
            + "rejected, fields ...), for scripts.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<FileOutcome> outcomes = IngestService.withMappings(input.mappings).inspect(input.files);
        boolean failed = false;
        if (json) {
            List<Map<String, Object>> files = new ArrayList<>();
            for (FileOutcome o : outcomes) {
                files.add(IngestService.fileJson(o));
                failed |= o.failed();
            }
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("files", files);
            out.println(Formats.json(root));
        } else {
            for (FileOutcome o : outcomes) {
                failed |= o.failed();
                if (o.report() != null) {
                    Formats.printReport(out, o.report(), true);
                }
            }
        }
        if (!json) {
            Formats.printRejectWarnings(err, outcomes.stream().filter(o -> o.report() != null).map(FileOutcome::report).toList(),
                    " (navi ingest lists every rejected row in rejects.csv)");
        }
        for (FileOutcome o : outcomes) {
            if (o.failed()) {
                err.println("navi: " + o.error().getMessage());
                if (logging.verbose) {
                    o.error().printStackTrace(err);
                }
            }
        }
        return failed ? ExitCodes.INPUT : ExitCodes.OK;
    }
}
