package dev.navi.project;

import dev.navi.model.YearBasis;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A navigation project, as {@code navi.yaml} describes it. Paths are resolved against the project file's folder;
 * input globs are expanded and sorted, so the same project always reads the same files in the same order.
 *
 * @param file       the project file
 * @param name       project title (the atlas cover)
 * @param language   {@code zh} or {@code en}
 * @param inputs     export files, expanded and sorted
 * @param mappings   mapping files for layouts navi does not know
 * @param map        the chain map, or {@code null}
 * @param aliases    the analyst's alias table, or {@code null}
 * @param unit       counting unit key ({@code family}, {@code application}, {@code publication}), or {@code null} for the
 *                   default
 * @param region     the region of interest, or {@code null}
 * @param peers      peer regions to compare with
 * @param fromYear   first year of the analysis period, or {@code null}
 * @param toYear     last year of the analysis period, or {@code null}
 * @param cutoff     data cut-off date (when the exports were made), or {@code null}
 * @param outputs    which outputs to write ({@code docx}, {@code xlsx}, {@code charts}, {@code json})
 * @param search     the search strings the exports came from, as the analyst wrote them (stated in the atlas)
 * @param review     a reviewed tagging sample ({@code navi tag --review-sample}, verdicts filled in), or {@code null};
 *                   its precision and recall per node go into the atlas
 * @param yearBasis  which date gives a record its year for the period and every trend ({@code period.basis});
 *                   never null (application by default)
 */
public record Project(Path file, String name, String language, List<Path> inputs, List<Path> mappings, Path map, Path aliases,
                      String unit, Region region, List<Region> peers, Integer fromYear, Integer toYear, LocalDate cutoff,
                      Set<String> outputs, List<String> search, Path review, YearBasis yearBasis) {
    public Project {
        yearBasis = yearBasis == null ? YearBasis.APPLICATION : yearBasis;
        inputs = List.copyOf(inputs);
        mappings = List.copyOf(mappings);
        peers = List.copyOf(peers);
        outputs = Set.copyOf(outputs);
        search = search == null ? List.of() : List.copyOf(search);
    }

    /** A project counted by application year. */
    public Project(Path file, String name, String language, List<Path> inputs, List<Path> mappings, Path map, Path aliases,
                   String unit, Region region, List<Region> peers, Integer fromYear, Integer toYear, LocalDate cutoff,
                   Set<String> outputs, List<String> search, Path review) {
        this(file, name, language, inputs, mappings, map, aliases, unit, region, peers, fromYear, toYear, cutoff, outputs,
                search, review, YearBasis.APPLICATION);
    }

    /** A project without search strings or a tagging review. */
    public Project(Path file, String name, String language, List<Path> inputs, List<Path> mappings, Path map, Path aliases,
                   String unit, Region region, List<Region> peers, Integer fromYear, Integer toYear, LocalDate cutoff,
                   Set<String> outputs) {
        this(file, name, language, inputs, mappings, map, aliases, unit, region, peers, fromYear, toYear, cutoff, outputs,
                List.of(), null);
    }
}
