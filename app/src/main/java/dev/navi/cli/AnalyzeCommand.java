package dev.navi.cli;

import dev.navi.clean.CleanService;
import dev.navi.ingest.InputException;
import dev.navi.pipeline.MetricsPipeline;
import dev.navi.project.DefaultPeriod;
import dev.navi.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code navi analyze}: the whole navigation atlas from a project file in one run. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Ingest, clean, tag, compute the three navigation modules and write the atlas, in one run.",
                "Writes to DIR, atomically: atlas.docx (Word report), atlas.xlsx (workbook), charts/ (PNG; SVG with "
                        + "--svg), results.json and tables/*.csv — as many of them as the project's outputs (or "
                        + "--outputs) ask for; results.json, tables/ and manifest.json are always written.",
                "Same inputs, options and --date (or SOURCE_DATE_EPOCH) give the same bytes in every file, documents "
                        + "included. Check a set with 'navi verify DIR'."},
        footer = ExitCodes.HELP)
final class AnalyzeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    LoggingMixin logging;

    @Mixin
    ProjectOptions projectOptions;

    @Mixin
    CacheMixin cache;

    @Option(names = "--outputs", split = ",", paramLabel = "OUTPUT", description = "What to write: docx, xlsx, charts, svg, "
            + "json, comma-separated (default: the project's outputs, else all but svg).")
    List<String> outputs = new ArrayList<>();

    @Option(names = "--svg", description = "Also write each chart as SVG (same as adding svg to the outputs).")
    boolean svg;

    @Option(names = "--date", paramLabel = "DATE", description = "Report date on the cover (2026-11-30; also "
            + "2026/11/30, 20261130, 2026年11月30日; default: SOURCE_DATE_EPOCH when set, else today).")
    LocalDate date;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "Output folder (created if missing; "
            + "replaced as a whole set, atomically; files of yours in it are kept).")
    Path out;

    @Option(names = "--raw-csv", description = "Write tables/*.csv without the formula-injection escape (a leading ' before "
            + "cells starting with = + - @ tab or CR), for programs that read them; default: escaped, safe to open in Excel.")
    boolean rawCsv;

    @Option(names = "--data-sheet", paramLabel = "MODE", description = "The workbook's data sheet (one row per record of "
            + "the analysis set): ${COMPLETION-CANDIDATES}. AUTO (default) writes it up to "
            + MetricsPipeline.DATA_SHEET_AUTO_ROWS + " records and leaves it out above, with a note in the README sheet.")
    MetricsPipeline.DataSheetMode dataSheet = MetricsPipeline.DataSheetMode.AUTO;

    @Option(names = "--skip-bad-files", description = "Go on past input files that cannot be read: each is reported and "
            + "counted in the summary, the atlas is written from the others, and the exit code is 3.")
    boolean skipBadFiles;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        Project project = projectOptions.project(spec, "navi analyze", Set.of("docx", "xlsx", "charts", "json"), outputs,
                svg ? Set.of("svg") : Set.of());
        Progress progress = Progress.forTerminal(spec.commandLine().getErr(), logging.quiet, logging.verbose);
        long start = System.nanoTime();
        boolean escaping = dev.navi.io.CsvCells.escaping();
        MetricsPipeline.Result r;
        try {
            dev.navi.io.CsvCells.escaping(escaping && !rawCsv);
            r = MetricsPipeline.execute(project, out, new MetricsPipeline.Options(project.outputs(), reportDate(),
                    VersionProvider.version(), progress, skipBadFiles, cache.use(), dataSheet));
        } catch (InputException e) {
            progress.done();
            if (project.inputs().stream().anyMatch(p -> p.toString().equals(e.file()))) {
                throw new InputException(e.file(), e.getMessage().substring(e.file().length() + 2)
                        + " (or pass --skip-bad-files to go on without this file)", e);
            }
            throw e;
        } finally {
            dev.navi.io.CsvCells.escaping(escaping);
        }
        progress.done();
        CleanService.CleanResult c = r.clean();
        boolean skipped = Formats.printSkipped(spec.commandLine().getErr(), c.files());
        long merged = c.merged();
        int counted = r.context().records().size();
        var set = r.set();
        long bad = c.files().stream().filter(f -> f.failed()).count();
        stdout.printf(Locale.ROOT, "input      %s rows read, %s rejected, from %d file(s)%s%n", Formats.count(c.ingestRead()),
                Formats.count(c.ingestRejects().size()), c.files().size() - bad,
                bad == 0 ? "" : "; " + bad + " file(s) skipped (unreadable, listed above)");
        stdout.printf(Locale.ROOT, "clean      %s records → %s duplicates merged, %s excluded, %s counted by %s%s%n",
                Formats.count(c.recordsIn()), Formats.count(merged), Formats.count(c.excluded()), Formats.count(c.recordsOut()),
                r.context().unit(), progress.cleanedFromCache() ? " (read from the project's clean cache)" : "");
        stdout.printf(Locale.ROOT, "set        %s in %d–%d by %s (%s outside the period: %s with no %s, %s before, %s after)%n",
                Formats.count(counted), set.fromYear(), set.toYear(), set.basis().en(), Formats.count(set.outsidePeriod()),
                Formats.count(set.noYear()), set.basis().en(), Formats.count(set.beforePeriod()),
                Formats.count(set.afterPeriod()));
        stdout.printf(Locale.ROOT, "tagged     %s of %s (%.1f %%) to the chain map%n", Formats.count(r.tagged()),
                Formats.count(counted), counted == 0 ? 0.0 : 100.0 * r.tagged() / counted);
        stdout.printf(Locale.ROOT, "period     %d–%d, complete to %d (cut-off %s)%s%n", r.context().fromYear(),
                r.context().toYear(), r.context().lastCompleteYear(), r.cutoff(),
                DefaultPeriod.source(project.fromYear(), project.toYear()) == null ? ""
                        : "; " + DefaultPeriod.source(project.fromYear(), project.toYear()));
        if (!logging.quiet) {
            for (var e : r.modules().entrySet()) {
                stdout.printf(Locale.ROOT, "%-10s %d tables%n", e.getKey(), e.getValue().tables().size());
                for (String f : "en".equals(project.language()) ? e.getValue().findingsEn() : e.getValue().findingsZh()) {
                    stdout.println("           " + f);
                }
            }
        }
        stdout.printf(Locale.ROOT, "wrote      %s in %s%n", out, Progress.duration((System.nanoTime() - start) / 1e9));
        for (String w : r.written()) {
            stdout.println("           " + out.resolve(w) + (w.equals("charts/") ? " (" + r.figures().size() + " figures)" : ""));
        }
        return skipped ? ExitCodes.INPUT : ExitCodes.OK;
    }

    /** --date, else SOURCE_DATE_EPOCH (reproducible builds' convention), else today. */
    private LocalDate reportDate() {
        if (date != null) {
            return date;
        }
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch != null && epoch.matches("\\d{1,12}")) {
            return Instant.ofEpochSecond(Long.parseLong(epoch)).atOffset(ZoneOffset.UTC).toLocalDate();
        }
        return LocalDate.now();
    }
}
