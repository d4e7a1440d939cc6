package dev.navi.cli;

import dev.navi.metrics.ModuleResult;
import dev.navi.pipeline.MetricsPipeline;
import dev.navi.project.Project;
import dev.navi.project.ProjectLoader;
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
                "Writes to DIR: results.json (run, definitions, direction, positioning, path) and tables/*.csv."},
        footer = ExitCodes.HELP)
final class MetricsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    LoggingMixin logging;

    @Option(names = {"-c", "--config"}, paramLabel = "PROJECT", description = "Project file (navi.yaml); the options below "
            + "override it, or replace it when there is none.")
    Path config;

    @picocli.CommandLine.Parameters(arity = "0..*", paramLabel = "FILE", description = "Exports (default: the project's inputs).")
    java.util.List<Path> files = new java.util.ArrayList<>();

    @Option(names = "--map", paramLabel = "MAP", description = "Chain map (default: the project's).")
    Path map;

    @Option(names = "--unit", paramLabel = "UNIT", description = "Counting unit: ${COMPLETION-CANDIDATES} (default: the "
            + "project's, else family where the data carry families).")
    dev.navi.clean.CountingUnit unit;

    @Option(names = "--region", paramLabel = "REGION", description = "Region of interest: a country (US, 中国), a Chinese "
            + "province (四川) or city (成都).")
    String region;

    @Option(names = "--peers", split = ",", paramLabel = "REGION", description = "Peer regions, comma-separated.")
    java.util.List<String> peers = new java.util.ArrayList<>();

    @Option(names = "--cutoff", paramLabel = "DATE", description = "Data cut-off date (yyyy-MM-dd; default: the project's, "
            + "else the latest publication date in the data).")
    java.time.LocalDate cutoff;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "Output folder (created if missing).")
    Path out;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        Project project = project();
        Progress progress = Progress.forTerminal(spec.commandLine().getErr(), logging.quiet);
        MetricsPipeline.Result r = MetricsPipeline.run(project, out, progress);
        progress.done();
        stdout.printf(Locale.ROOT, "records    %s counted by %s (from %s input records), years %d–%d, complete to %d (cut-off %s)%n",
                Formats.count(r.context().records().size()), r.context().unit(), Formats.count(r.clean().recordsIn()),
                r.context().fromYear(), r.context().toYear(), r.context().lastCompleteYear(), r.cutoff());
        for (Map.Entry<String, ModuleResult> e : r.modules().entrySet()) {
            stdout.printf(Locale.ROOT, "%-10s %d tables%n", e.getKey(), e.getValue().tables().size());
            if (!logging.quiet) {
                for (String f : "en".equals(project.language()) ? e.getValue().findingsEn() : e.getValue().findingsZh()) {
                    stdout.println("           " + f);
                }
            }
        }
        stdout.printf(Locale.ROOT, "wrote %s (results.json, tables/*.csv%s%s)%n", out,
                project.outputs().contains("xlsx") ? ", atlas.xlsx" : "", project.outputs().contains("charts") ? ", charts/*.png" : "");
        return ExitCodes.OK;
    }

    /** The project file with the command-line options applied, or a project made of the options alone. */
    private Project project() {
        Project p = config == null ? null : ProjectLoader.load(config);
        java.util.List<Path> inputs = !files.isEmpty() ? files : p == null ? java.util.List.of() : p.inputs();
        Path chain = map != null ? map : p == null ? null : p.map();
        if (inputs.isEmpty() || chain == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "give --config PROJECT, or FILE... with --map MAP");
        }
        dev.navi.project.Region roi;
        java.util.List<dev.navi.project.Region> peerRegions = new java.util.ArrayList<>();
        try {
            roi = region != null ? ProjectLoader.region(region) : p == null ? null : p.region();
            for (String peer : peers) {
                peerRegions.add(ProjectLoader.region(peer));
            }
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        if (peers.isEmpty() && p != null) {
            peerRegions = p.peers();
        }
        Path file = p != null ? p.file() : Path.of("navi.yaml");
        return new Project(file, p == null ? "navi metrics" : p.name(), p == null ? "zh" : p.language(), inputs,
                p == null ? java.util.List.of() : p.mappings(), chain, p == null ? null : p.aliases(),
                unit != null ? unit.key() : p == null ? null : p.unit(), roi, peerRegions,
                p == null ? null : p.fromYear(), p == null ? null : p.toYear(),
                cutoff != null ? cutoff : p == null ? null : p.cutoff(),
                p == null ? java.util.Set.of("json") : p.outputs());
    }
}
