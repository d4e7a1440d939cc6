package dev.navi.cli;

import dev.navi.chain.map.StarterMap;
import dev.navi.ingest.IngestService.FileOutcome;
import dev.navi.model.YearBasis;
import dev.navi.project.ProjectDraft;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code navi init}: start a project folder. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Start a navigation project in DIR: a commented navi.yaml, a starter chain-map.yaml and an exports/ "
                + "folder for the database exports. The project runs as soon as exports (CSV, TSV, XLS or XLSX) are in "
                + "exports/.",
                "With --from, the given exports are read first: navi.yaml lists them as the inputs, with a period and "
                        + "cut-off taken from their dates, and chain-map.yaml has one branch per dominant IPC subclass."},
        footer = ExitCodes.HELP)
final class InitCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    LoggingMixin logging;

    @Parameters(paramLabel = "DIR", arity = "0..1", description = "Project folder (default: ${DEFAULT-VALUE}).")
    Path dir = Path.of(".");

    @Option(names = "--from", arity = "1..*", paramLabel = "FILE", description = "Exports to start from: the inputs, "
            + "period, cut-off and starter chain map are taken from them.")
    List<Path> from = new ArrayList<>();

    @Option(names = "--force", description = "Overwrite navi.yaml and chain-map.yaml if they exist.")
    boolean force;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path project = shown(dir.resolve("navi.yaml"));
        Path map = shown(dir.resolve("chain-map.yaml"));
        Path exports = shown(dir.resolve("exports"));
        for (Path p : List.of(project, map)) {
            if (Files.exists(p) && !force) {
                err.printf("navi: %s exists; pass --force to overwrite it%n", p);
                return ExitCodes.USAGE;
            }
        }
        for (Path f : from) {
            if (!Files.isRegularFile(f)) {
                throw new ParameterException(spec.commandLine(), "--from: " + f + (Files.isDirectory(f)
                        ? " is a folder; give the export files (e.g. " + f + "/*)" : " does not exist"));
            }
        }
        ProjectDraft draft = from.isEmpty() ? null : ProjectDraft.inspect(from);
        String mapText = draft == null ? null : draft.chainMapYaml();
        try {
            Files.createDirectories(dir.resolve("exports"));
            write(project, draft == null ? ProjectDraft.starterYaml() : draft.projectYaml(dir));
            write(map, mapText != null ? mapText : StarterMap.text());
            dev.navi.industry.IndustryTemplates.write(dir.resolve("industry"), force);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to " + dir + ": " + e.getMessage(), e);
        }
        if (draft != null) {
            report(stdout, err, draft, mapText != null);
        }
        String navi = Launcher.name();
        stdout.printf("wrote %s, %s and %s/%n", project, map, exports);
        stdout.println("next:");
        if (draft == null) {
            stdout.printf("  1. copy the exports (CSV, TSV, XLS or XLSX from incoPat, Patsnap, Lens, Google Patents ...) into %s/%n",
                    exports);
            stdout.printf("  2. set the region and peers in %s (now 四川省 with 广东省, 江苏省)%n", project);
            stdout.printf("  3. %s analyze --config %s --out %s%n", navi, project, shown(dir.resolve("out")));
        } else {
            stdout.printf("  1. name the branches in %s and set the region and peers in %s (now 四川省 with 广东省, 江苏省)%n",
                    map, project);
            stdout.printf("  2. %s analyze --config %s --out %s%n", navi, project, shown(dir.resolve("out")));
        }
        return ExitCodes.OK;
    }

    private void report(PrintWriter stdout, PrintWriter err, ProjectDraft d, boolean mapFromData) {
        for (FileOutcome o : d.outcomes()) {
            if (o.failed()) {
                err.println("navi: warning: " + o.error().getMessage().lines().findFirst().orElse("")
                        + " (listed in navi.yaml all the same; remove it or fix it before navi analyze)");
            }
        }
        stdout.printf(Locale.ROOT, "read       %s records from %d file(s)%n", Formats.count(d.records()), d.files().size());
        if (d.fromYear() != null) {
            stdout.printf(Locale.ROOT, "period     %d–%d by %s (the last 20 complete years up to the cut-off, within the data)%s%n",
                    d.fromYear(), d.toYear(), d.basis().en(), d.basis() == YearBasis.APPLICATION ? ""
                            : "; only " + Formats.count(d.dated().getOrDefault(YearBasis.APPLICATION, 0L)) + " of "
                            + Formats.count(d.records()) + " records carry an application date");
        }
        if (d.cutoff() != null) {
            stdout.printf(Locale.ROOT, "cut-off    %s (the latest publication date in the exports)%n", d.cutoff());
        }
        if (mapFromData) {
            List<String> codes = d.subclasses().stream().map(s -> s.code() + " " + Formats.count(s.records())).toList();
            stdout.printf(Locale.ROOT, "chain map  %d branches from the dominant IPC subclasses: %s%n", codes.size(),
                    String.join(", ", codes));
        } else {
            stdout.println("chain map  the exports carry no IPC classes: the power-battery starter map was written instead");
        }
    }

    /** The path as the user would type it: {@code ./navi.yaml} as {@code navi.yaml}. */
    private static Path shown(Path p) {
        Path n = p.normalize();
        return n.toString().isEmpty() ? Path.of(".") : n;
    }

    private static void write(Path target, String text) throws IOException {
        Path tmp = Files.createTempFile(target.toAbsolutePath().getParent(), ".navi-", ".yaml");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
