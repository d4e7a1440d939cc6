package dev.navi.cli;

import dev.navi.chain.Corrections;
import dev.navi.chain.TagService;
import dev.navi.chain.map.ChainMap;
import dev.navi.chain.map.ChainMapReader;
import dev.navi.chain.review.ReviewResult;
import dev.navi.chain.review.ReviewWorkbook;
import dev.navi.ingest.IngestService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code navi tag}: tag records against the chain map; write or read the recall/precision review. */
@Command(name = "tag", mixinStandardHelpOptions = true,
        description = {"Tag every record against the industry-chain map (multi-label; every tag records the rule that "
                + "matched), apply manual corrections, and report coverage.",
                "Writes to DIR: tagged.csv (the records with tags, the audit and one column per node), tag-summary.json "
                        + "(records, tagged, untagged, nodes, per-file coverage, the most frequent IPC groups and title terms "
                        + "among untagged records) and, with --review-sample, review-sample.xlsx.",
                "With --review FILE (a reviewed review-sample.xlsx) it prints precision and recall per node instead."},
        footer = ExitCodes.HELP)
final class TagCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Exports, a navi records.csv or cleaned.csv.")
    List<Path> files = new ArrayList<>();

    @Option(names = {"-m", "--mapping"}, paramLabel = "MAPPING", description = "Mapping file for an unknown export layout; repeatable.")
    List<Path> mappings = new ArrayList<>();

    @Mixin
    LoggingMixin logging;

    @Mixin
    ConfigMixin config;

    @Option(names = "--map", paramLabel = "MAP", description = "The chain map (YAML/JSON, or an Excel/CSV 技术分解表).")
    Path map;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Output folder (created if missing).")
    Path out;

    @Option(names = "--corrections", paramLabel = "FILE", description = "Manual corrections (CSV/XLSX: publication, node, "
            + "action add/remove), applied on top of the rules.")
    Path corrections;

    @Option(names = "--review-sample", paramLabel = "N", description = "Also write review-sample.xlsx with up to N tagged "
            + "and N not-tagged records per node (seeded). Default: no sample.")
    int reviewSample;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the review sample (default: ${DEFAULT-VALUE}).")
    long seed = 1;

    @Option(names = "--review", paramLabel = "FILE", description = "Read a reviewed review-sample.xlsx and report precision "
            + "and recall per node with 95 %% intervals.")
    Path review;

    @Option(names = "--skip-bad-files", description = "Go on past unreadable files (exit code 3) instead of stopping.")
    boolean skipBadFiles;

    @Option(names = "--json", description = "Print tag-summary.json instead of the text summary.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (review != null) {
            printReview(stdout, ReviewWorkbook.read(review));
            return ExitCodes.OK;
        }
        dev.navi.project.Project project = config.load();
        // with a project and no FILE..., the records tagged are the project's analysis set, as navi analyze counts them
        boolean analysisSet = project != null && files.isEmpty();
        if (project != null) {
            if (files.isEmpty()) {
                files = project.inputs();
            }
            if (mappings.isEmpty()) {
                mappings = project.mappings();
            }
            if (map == null) {
                map = project.map();
            }
        }
        if (files.isEmpty() || map == null || out == null) {
            throw new ParameterException(spec.commandLine(), "tagging needs FILE..., --map MAP and --out DIR (or --config PROJECT and --out DIR; or --review FILE)");
        }
        ChainMap chain = ChainMapReader.load(map);
        Corrections fixes = corrections == null ? Corrections.none() : Corrections.load(corrections);
        Progress progress = Progress.forTerminal(err, logging.quiet || json);
        TagService.TagRequest request = new TagService.TagRequest(files, chain, out, fixes, reviewSample, seed, skipBadFiles,
                progress);
        TagService.TagResult r;
        dev.navi.pipeline.AnalysisSet set = null;
        if (analysisSet) {
            dev.navi.pipeline.MetricsPipeline.TagRun run = dev.navi.pipeline.MetricsPipeline.tag(project, request);
            set = run.set();
            r = run.result();
        } else {
            r = new TagService(IngestService.withMappings(mappings)).tag(request);
        }
        progress.done();
        boolean failed = Formats.printSkipped(err, r.files());
        for (String problem : r.correctionProblems()) {
            err.println("navi: warning: " + problem);
        }
        // a map that matches nothing is a broken map, not an empty result: say so
        if (r.records() > 0 && r.tagged() == 0) {
            err.printf("navi: warning: no record matched any node of %s; check its rules with 'navi map show --rules %s'%n", map, map);
        } else {
            List<String> empty = r.nodes().entrySet().stream().filter(e -> e.getValue() == 0).map(java.util.Map.Entry::getKey).toList();
            if (!empty.isEmpty()) {
                err.printf("navi: warning: %d node(s) matched no record: %s%n", empty.size(), String.join(", ", empty));
            }
        }
        if (json) {
            java.util.Map<String, Object> summary = new java.util.LinkedHashMap<>(TagService.summary(r, chain));
            if (set != null) {
                summary.put("analysisSet", set.summary());
            }
            stdout.println(Formats.json(summary));
        } else {
            if (set != null) {
                stdout.printf(Locale.ROOT, "set        %s%n", set.definitionEn());
            }
            stdout.printf(Locale.ROOT, "records    %s, tagged %s (%.1f %%), untagged %s%n", Formats.count(r.records()),
                    Formats.count(r.tagged()), r.records() == 0 ? 0.0 : 100.0 * r.tagged() / r.records(), Formats.count(r.untagged()));
            stdout.println(dev.navi.chain.map.MapPrinter.print(chain, false, r.nodes()));
            if (!r.untaggedIpc().isEmpty()) {
                stdout.printf(Locale.ROOT, "untagged   most frequent IPC groups: %s%n", String.join(", ",
                        r.untaggedIpc().stream().limit(10).map(t -> t.term() + " " + t.count()).toList()));
            }
            if (!r.untaggedTerms().isEmpty()) {
                stdout.printf(Locale.ROOT, "untagged   most frequent title terms: %s%n", String.join(", ",
                        r.untaggedTerms().stream().limit(10).map(t -> t.term() + " " + t.count()).toList()));
            }
            if (r.correctionsApplied() > 0) {
                stdout.printf(Locale.ROOT, "corrected  %d tag(s) by hand%n", r.correctionsApplied());
            }
            stdout.printf(Locale.ROOT, "wrote %s (tagged.csv, tag-summary.json%s)%n", out, r.reviewWritten() ? ", review-sample.xlsx" : "");
        }
        return failed ? ExitCodes.INPUT : ExitCodes.OK;
    }

    private static void printReview(PrintWriter out, List<ReviewResult> results) {
        out.printf(Locale.ROOT, "%-24s %9s %22s %9s %22s%n", "node", "precision", "95 % interval", "recall", "95 % interval");
        for (ReviewResult r : results) {
            out.printf(Locale.ROOT, "%-24s %9s %22s %9s %22s   (%d/%d tagged correct, %d/%d untagged missing)%n", r.node(),
                    pct(r.precision()), interval(r.precisionLow(), r.precisionHigh()), pct(r.recall()),
                    interval(r.recallLow(), r.recallHigh()), r.correct(), r.reviewedTagged(), r.missing(), r.reviewedUntagged());
        }
    }

    private static String pct(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.1f %%", 100 * v);
    }

    private static String interval(double lo, double hi) {
        return Double.isNaN(lo) ? "-" : String.format(Locale.ROOT, "%.1f–%.1f %%", 100 * lo, 100 * hi);
    }
}
