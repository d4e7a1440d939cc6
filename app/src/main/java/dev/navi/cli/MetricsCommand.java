package dev.navi.cli;

import dev.navi.metrics.ModuleResult;
import dev.navi.pipeline.MetricsPipeline;
import dev.navi.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code navi metrics}: the three navigation modules as JSON and CSV. */
@Command(name = "metrics", mixinStandardHelpOptions = true,
        description = {"Clean, tag and compute the three modules of industry navigation (direction, positioning, paths) "
                + "for a project file.",
                "Writes to DIR: results.json (run, definitions, direction, positioning, path) and tables/*.csv — the "
                        + "numbers only; navi analyze runs the same steps and also writes the atlas (charts, workbook, report)."},
        footer = ExitCodes.HELP)
final class MetricsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    LoggingMixin logging;

    @Mixin
    ProjectOptions projectOptions;

    @Mixin
    CacheMixin cache;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "Output folder (created if missing).")
    Path out;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        Project project = projectOptions.project(spec, "navi metrics", java.util.Set.of("json"), java.util.List.of("json"),
                java.util.Set.of());
        Progress progress = Progress.forTerminal(spec.commandLine().getErr(), logging.quiet);
        MetricsPipeline.Result r = MetricsPipeline.execute(project, out, new MetricsPipeline.Options(project.outputs(),
                java.time.LocalDate.now(), VersionProvider.version(), progress, false, cache.use()));
        progress.done();
        String periodSource = dev.navi.project.DefaultPeriod.source(project.fromYear(), project.toYear());
        stdout.printf(Locale.ROOT, "records    %s counted by %s (from %s input records), years %d–%d, complete to %d (cut-off %s)%s%n",
                Formats.count(r.context().records().size()), r.context().unit(), Formats.count(r.clean().recordsIn()),
                r.context().fromYear(), r.context().toYear(), r.context().lastCompleteYear(), r.cutoff(),
                periodSource == null ? "" : "; " + periodSource);
        stdout.printf(Locale.ROOT, "set        %s%n", r.set().definitionEn());
        for (Map.Entry<String, ModuleResult> e : r.modules().entrySet()) {
            stdout.printf(Locale.ROOT, "%-10s %d tables%n", e.getKey(), e.getValue().tables().size());
            if (!logging.quiet) {
                for (String f : "en".equals(project.language()) ? e.getValue().findingsEn() : e.getValue().findingsZh()) {
                    stdout.println("           " + f);
                }
            }
        }
        stdout.printf(Locale.ROOT, "wrote %s (results.json, tables/*.csv; the atlas documents come from navi analyze)%n", out);
        return ExitCodes.OK;
    }
}
