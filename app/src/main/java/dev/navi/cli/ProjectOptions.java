package dev.navi.cli;

import dev.navi.clean.CountingUnit;
import dev.navi.model.YearBasis;
import dev.navi.project.Project;
import dev.navi.project.ProjectLoader;
import dev.navi.project.Region;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The project a run works on: a project file ({@code --config navi.yaml}) with command-line options overriding it,
 * or the options alone (then FILE... and {@code --map} are required). Shared by {@code navi metrics} and
 * {@code navi analyze}.
 */
public final class ProjectOptions {
    /** Outputs a user may ask for. */
    static final Set<String> OUTPUTS = Set.of("docx", "xlsx", "charts", "svg", "json");

    @Option(names = {"-c", "--config"}, paramLabel = "PROJECT", description = "Project file (navi.yaml); the options below "
            + "override it, or replace it when there is none.")
    Path config;

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Exports (default: the project's inputs).")
    List<Path> files = new ArrayList<>();

    @Option(names = "--map", paramLabel = "MAP", description = "Chain map (default: the project's).")
    Path map;

    @Option(names = "--aliases", paramLabel = "FILE", description = "Applicant alias table (default: the project's).")
    Path aliases;

    @Option(names = "--unit", paramLabel = "UNIT", description = "Counting unit: ${COMPLETION-CANDIDATES} (default: the "
            + "project's, else family where the data carry families).")
    CountingUnit unit;

    @Option(names = "--region", paramLabel = "REGION", description = "Region of interest: a country (US, 中国), a Chinese "
            + "province (四川) or city (成都).")
    String region;

    @Option(names = "--peers", split = ",", paramLabel = "REGION", description = "Peer regions, comma-separated.")
    List<String> peers = new ArrayList<>();

    @Option(names = "--from", paramLabel = "YEAR", description = "First year analysed, on the year basis (default: the "
            + "project's, else 20 years before the last: the last 20 complete years up to the cut-off).")
    Integer from;

    @Option(names = "--to", paramLabel = "YEAR", description = "Last year analysed, on the year basis (default: the "
            + "project's, else the last complete year before the cut-off).")
    Integer to;

    @Option(names = "--year-basis", paramLabel = "BASIS", description = "Which date gives a record its year, for the "
            + "period and every trend: ${COMPLETION-CANDIDATES}, any case (default: the project's period.basis, else "
            + "APPLICATION).")
    YearBasis yearBasis;

    @Option(names = "--cutoff", paramLabel = "DATE", description = "Data cut-off date (2025-06-30; also 2025/6/30, 20250630, "
            + "2025年6月30日; default: the project's, else the latest publication date in the data).")
    LocalDate cutoff;

    @Option(names = "--language", paramLabel = "LANG", description = "Language of the atlas: zh or en (default: the "
            + "project's, else zh).")
    String language;

    @Option(names = "--title", paramLabel = "TEXT", description = "Title of the atlas (default: the project's name).")
    String title;

    @Option(names = "--review", paramLabel = "FILE", description = "A reviewed tagging sample (navi tag --review-sample, "
            + "verdicts filled in): its precision and recall per node go into the atlas (default: the project's review).")
    Path review;

    /**
     * The project file with the options applied.
     *
     * @param defaultOutputs outputs when neither the project nor {@code outputs} say
     * @param outputs        outputs given on the command line, or empty
     * @param extra          outputs added in any case (e.g. svg from {@code --svg})
     */
    Project project(CommandSpec spec, String defaultTitle, Set<String> defaultOutputs, List<String> outputs,
                    Set<String> extra) {
        Project p = config == null ? null : ProjectLoader.load(config);
        List<Path> inputs = !files.isEmpty() ? files : p == null ? List.of() : p.inputs();
        Path chain = map != null ? map : p == null ? null : p.map();
        if (inputs.isEmpty() || chain == null) {
            throw new ParameterException(spec.commandLine(), "give --config PROJECT, or FILE... with --map MAP");
        }
        Region roi;
        List<Region> peerRegions = new ArrayList<>();
        try {
            roi = region != null ? ProjectLoader.region(region) : p == null ? null : p.region();
            for (String peer : peers) {
                peerRegions.add(ProjectLoader.region(peer));
            }
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        if (peers.isEmpty() && p != null) {
            peerRegions = p.peers();
        }
        String lang = language != null ? language.toLowerCase(Locale.ROOT) : p == null ? "zh" : p.language();
        if (!lang.equals("zh") && !lang.equals("en")) {
            throw new ParameterException(spec.commandLine(), "--language: '" + language + "' is neither zh nor en");
        }
        Set<String> out = new LinkedHashSet<>();
        for (String o : outputs) {
            String k = o.trim().toLowerCase(Locale.ROOT);
            if (!OUTPUTS.contains(k)) {
                throw new ParameterException(spec.commandLine(), "--outputs: '" + o + "' is not one of "
                        + new java.util.TreeSet<>(OUTPUTS));
            }
            out.add(k);
        }
        if (out.isEmpty()) {
            out.addAll(p == null ? defaultOutputs : p.outputs());
        }
        out.addAll(extra);
        out.add("json");
        Integer fromYear = from != null ? from : p == null ? null : p.fromYear();
        Integer toYear = to != null ? to : p == null ? null : p.toYear();
        if (fromYear != null && toYear != null && fromYear > toYear) {
            throw new ParameterException(spec.commandLine(), "the period runs from " + fromYear + " to " + toYear
                    + ": the first year must not be after the last");
        }
        Path file = p != null ? p.file() : Path.of("navi.yaml");
        return new Project(file, title != null ? title : p == null ? defaultTitle : p.name(), lang, inputs,
                p == null ? List.of() : p.mappings(), chain, aliases != null ? aliases : p == null ? null : p.aliases(),
                unit != null ? unit.key() : p == null ? null : p.unit(), roi, peerRegions, fromYear, toYear,
                cutoff != null ? cutoff : p == null ? null : p.cutoff(), out, p == null ? List.of() : p.search(),
                review != null ? review : p == null ? null : p.review(),
                yearBasis != null ? yearBasis : p == null ? null : p.yearBasis());
    }
}
