package dev.navi.cli;

import dev.navi.clean.ApplicantResolver;
import dev.navi.clean.CleanService;
import dev.navi.clean.CountingUnit;
import dev.navi.clean.ExclusionRules;
import dev.navi.clean.StandardApplicantResolver;
import dev.navi.ingest.IngestService;
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

/** {@code navi clean}: de-duplicate, denoise, choose the counting unit, resolve applicants. */
@Command(name = "clean", mixinStandardHelpOptions = true,
        description = {"De-duplicate (same publication, A/B publications of one application, simple families), apply "
                + "exclusion rules, count in the chosen unit, and resolve applicants (standard name, group, type, country, "
                + "province/city).",
                "Writes to DIR: cleaned.csv (one row per counted unit), removed.csv (every merged or excluded input row "
                        + "with its rule), applicant-clusters.csv, applicant-merge-suggestions.csv (uncertain merges to decide: "
                        + "write same or different and pass the sheet back with --aliases), ingest-rejects.csv and "
                        + "clean-summary.json.",
                "Inputs are exports or a navi records.csv; recordsIn = recordsOut + merged + excluded."},
        footer = ExitCodes.HELP)
final class CleanCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Parameters(arity = "0..*", paramLabel = "FILE", description = "Exports or a navi records.csv "
            + "(default: the project's inputs with --config).")
    java.util.List<Path> files = new java.util.ArrayList<>();

    @Option(names = {"-m", "--mapping"}, paramLabel = "MAPPING", description = "Mapping file for an unknown export layout; repeatable.")
    java.util.List<Path> mappings = new java.util.ArrayList<>();

    @Mixin
    ConfigMixin config;

    @Mixin
    LoggingMixin logging;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "Output folder (created if missing).")
    Path out;

    @Option(names = "--unit", paramLabel = "UNIT", description = "Counting unit: ${COMPLETION-CANDIDATES}. Default: family "
            + "when at least half the records carry family data (family id, members or priorities), else application.")
    CountingUnit unit;

    @Option(names = {"-x", "--exclude"}, paramLabel = "RULES", description = "YAML/JSON file whose 'exclude' section lists "
            + "denoising rules (keywords, ipc, applicants, years, patentTypes); a navi.yaml project file works too. "
            + "Default: no exclusions.")
    Path rules;

    @Option(names = {"-a", "--aliases"}, paramLabel = "TABLE", description = "Alias table (CSV or XLSX: variant, standard, group"
            + "[, note]; or a reviewed applicant-clusters.csv or applicant-merge-suggestions.csv) applied over navi's starter table of well-known groups. "
            + "Default: the starter table only.")
    Path aliases;

    @Option(names = "--skip-bad-files", description = "Go on past unreadable files (exit code 3) instead of stopping.")
    boolean skipBadFiles;

    @Option(names = "--json", description = "Print clean-summary.json instead of the text summary.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        dev.navi.project.Project project = config.load();
        if (project != null) {
            if (files.isEmpty()) {
                files = project.inputs();
            }
            if (mappings.isEmpty()) {
                mappings = project.mappings();
            }
            if (unit == null && project.unit() != null) {
                unit = CountingUnit.valueOf(project.unit().toUpperCase(Locale.ROOT));
            }
            if (aliases == null) {
                aliases = project.aliases();
            }
            if (rules == null) {
                rules = project.file(); // its exclude section
            }
        }
        if (files.isEmpty()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "no input files: give FILE... or --config PROJECT");
        }
        ExclusionRules exclusions = rules == null ? ExclusionRules.none() : ExclusionRules.load(rules);
        Progress progress = Progress.forTerminal(err, logging.quiet || json);
        CleanService service = new CleanService(IngestService.withMappings(mappings), resolver());
        CleanService.CleanResult r = service.clean(new CleanService.CleanRequest(files, out, unit, exclusions,
                skipBadFiles, progress));
        progress.done();
        boolean failed = Formats.printSkipped(err, r.files());
        Map<String, Object> summary = CleanService.summary(r);
        if (json) {
            stdout.println(Formats.json(summary));
        } else {
            stdout.printf(Locale.ROOT, "records in      %s (from %d file(s); ingest rejected %s broken row(s))%n",
                    Formats.count(r.recordsIn()), r.files().size(), Formats.count(r.ingestRejects().size()));
            r.duplicatesMerged().forEach((rule, n) -> stdout.printf(Locale.ROOT, "merged          %s: %s%n", rule, Formats.count(n)));
            if (r.excluded() > 0) {
                r.excludedByRule().forEach((rule, n) -> stdout.printf(Locale.ROOT, "excluded        %s: %s%n", rule, Formats.count(n)));
            }
            stdout.printf(Locale.ROOT, "records out     %s, counted by %s (%s)%n", Formats.count(r.recordsOut()), r.unit().key(),
                    r.unitReason());
            if (r.unit() == CountingUnit.FAMILY) {
                stdout.printf(Locale.ROOT, "families        %s with more than one application%n", Formats.count(r.familiesFormed()));
            }
            Map<String, Object> a = r.applicantSummary().asMap();
            if (Boolean.TRUE.equals(a.get("resolved"))) {
                stdout.printf(Locale.ROOT, "applicants      %s distinct names in %s clusters (%s with variants); by type %s%n",
                        a.get("distinctNames"), a.get("clusters"), a.get("clustersWithVariants"), a.get("applicantsByType"));
                stdout.printf(Locale.ROOT, "countries       by source %s; %s of %s Chinese applicants placed in a province%n",
                        a.get("countrySources"), a.get("chineseApplicantsWithProvince"), a.get("chineseApplicants"));
            }
            stdout.printf(Locale.ROOT, "wrote %s (cleaned.csv, removed.csv, applicant-clusters.csv, clean-summary.json ...)%n", out);
        }
        return failed ? ExitCodes.INPUT : ExitCodes.OK;
    }

    private ApplicantResolver resolver() {
        try {
            return StandardApplicantResolver.withAliases(aliases);
        } catch (java.io.IOException | RuntimeException e) {
            throw new dev.navi.ingest.InputException(String.valueOf(aliases), "cannot read the alias table: " + e.getMessage());
        }
    }
}
