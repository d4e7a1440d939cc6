package dev.navi.clean;

import java.util.List;
import java.util.Map;

/**
 * Resolves the applicants of cleaned records: standard names and groups (normalisation, clustering, alias table),
 * applicant type, country and, for Chinese applicants, province and city.
 */
public interface ApplicantResolver {
    /** Records with {@link CleanRecord#applicants()} filled, in the same order, and what was done. */
    Result resolve(List<CleanRecord> records);

    /** The resolved records and a summary. */
    record Result(List<CleanRecord> records, Summary summary) {
    }

    /** Counts for the clean summary, plus the cluster table rows. */
    interface Summary {
        Map<String, Object> asMap();
    }

    /** Leaves applicants unresolved (for callers that only de-duplicate). */
    ApplicantResolver NONE = records -> new Result(records, () -> Map.of("resolved", false));
}
