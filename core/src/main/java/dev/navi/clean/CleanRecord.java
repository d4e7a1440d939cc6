package dev.navi.clean;

import dev.navi.model.Patent;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One counted record after cleaning.
 *
 * @param patent       the merged record (for a family: its representative, with family members and offices of
 *                     every member)
 * @param unitId       stable id of the counted unit: {@code F:}, {@code A:} or {@code P:} + the first publication number
 * @param publications every publication number the unit covers, sorted
 * @param sources      every input row merged into it ({@code file[:sheet]:row}), in input order
 * @param fieldSources canonical field key → the input row its value came from (when rows were merged)
 * @param applicants   one entry per applicant of {@code patent.applicants()}, in the same order; empty until
 *                     applicant resolution has run
 */
public record CleanRecord(Patent patent, String unitId, List<String> publications, List<String> sources,
                          Map<String, String> fieldSources, List<ResolvedApplicant> applicants) {
    public CleanRecord {
        Objects.requireNonNull(patent, "patent");
        Objects.requireNonNull(unitId, "unitId");
        publications = List.copyOf(publications);
        sources = List.copyOf(sources);
        fieldSources = fieldSources instanceof FieldSources ? fieldSources : Map.copyOf(fieldSources); // already compact and unmodifiable
        applicants = List.copyOf(applicants);
    }

    public CleanRecord withApplicants(List<ResolvedApplicant> resolved) {
        return new CleanRecord(patent, unitId, publications, sources, fieldSources, resolved);
    }
}
