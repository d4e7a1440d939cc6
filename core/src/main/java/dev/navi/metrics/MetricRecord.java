package dev.navi.metrics;

import dev.navi.model.LegalStatus;
import dev.navi.model.PatentType;

import java.util.List;
import java.util.Set;

/**
 * One counted record (in the dataset's counting unit) as the metrics see it. Lists are never null.
 *
 * @param id              the unit id ({@code F:CN114123456A} ...), unique
 * @param publication     its publication number
 * @param title           title
 * @param applicationYear year of the (earliest) application, or {@code null}
 * @param priorityYear    year of the earliest priority, or {@code null}
 * @param office          office of the represented publication
 * @param markets         target markets: the offices of the family members (else the office), WO and EP included
 * @param origins         origin countries: priority countries, else the applicants' countries
 * @param applicants      resolved applicants, in export order
 * @param inventors       inventors
 * @param nodes           chain-map node ids the record is tagged with (roll-ups included)
 * @param ipc             IPC classes
 * @param type            patent type, or {@code null}
 * @param status          legal status, or {@code null}
 * @param granted         whether it (or its family) was granted
 * @param citedBy         forward citations, or {@code null} when the export has none
 * @param familySize      simple family size, or {@code null}
 * @param claims          number of claims, or {@code null}
 * @param transfers       transfer count, or {@code null}
 * @param licences        licence count, or {@code null}
 * @param pledges         pledge count, or {@code null}
 * @param litigations     litigation count, or {@code null}
 * @param valueScore      vendor value score, or {@code null}
 * @param techEffects     technical-effect phrases
 * @param publicationYear year of the represented publication, or {@code null}
 * @param year            the record's year on the analysis set's year basis ({@link dev.navi.model.YearBasis}): what
 *                        every trend, growth and "recent" window reads; {@code null} when the record lacks that date
 * @param applicantsAsExported the applicant names as the export wrote them (distinct, in export order), before any
 *                        normalisation or alias roll-up
 */
public record MetricRecord(String id, String publication, String title, Integer applicationYear, Integer priorityYear,
                           String office, List<String> markets, List<String> origins, List<Actor> applicants,
                           List<String> inventors, Set<String> nodes, List<String> ipc, PatentType type, LegalStatus status,
                           boolean granted, Integer citedBy, Integer familySize, Integer claims, Integer transfers,
                           Integer licences, Integer pledges, Integer litigations, Double valueScore, List<String> techEffects,
                           Integer publicationYear, Integer year, List<String> applicantsAsExported) {
    /** A record counted by application year, without publication year or exported names. */
    public MetricRecord(String id, String publication, String title, Integer applicationYear, Integer priorityYear,
                        String office, List<String> markets, List<String> origins, List<Actor> applicants,
                        List<String> inventors, Set<String> nodes, List<String> ipc, PatentType type, LegalStatus status,
                        boolean granted, Integer citedBy, Integer familySize, Integer claims, Integer transfers,
                        Integer licences, Integer pledges, Integer litigations, Double valueScore, List<String> techEffects) {
        this(id, publication, title, applicationYear, priorityYear, office, markets, origins, applicants, inventors, nodes,
                ipc, type, status, granted, citedBy, familySize, claims, transfers, licences, pledges, litigations, valueScore,
                techEffects, null, applicationYear, applicants.stream().map(Actor::name).filter(java.util.Objects::nonNull).toList());
    }

    public MetricRecord {
        applicantsAsExported = List.copyOf(applicantsAsExported);
        markets = List.copyOf(markets);
        origins = List.copyOf(origins);
        applicants = List.copyOf(applicants);
        inventors = List.copyOf(inventors);
        nodes = Set.copyOf(nodes);
        ipc = List.copyOf(ipc);
        techEffects = List.copyOf(techEffects);
    }
}
