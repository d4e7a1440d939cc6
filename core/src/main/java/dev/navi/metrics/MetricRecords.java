package dev.navi.metrics;

import dev.navi.clean.CleanRecord;
import dev.navi.clean.ResolvedApplicant;
import dev.navi.model.Patent;
import dev.navi.model.YearBasis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Builds {@link MetricRecord}s from the clean stage's records and the chain tags. */
public final class MetricRecords {
    private MetricRecords() {
    }

    /**
     * One metric record from a cleaned record and the node ids it is tagged with.
     *
     * <p>Target markets: the family's offices, else the record's office. Origins: the priority countries (WO and EP are
     * not countries), else the applicants' countries. Granted: a grant date or a B/C kind code in the unit.
     */
    public static MetricRecord of(CleanRecord c, Set<String> nodes) {
        return of(c, nodes, YearBasis.APPLICATION);
    }

    /**
     * One metric record whose {@link MetricRecord#year()} is on the given basis (the analysis set's).
     */
    public static MetricRecord of(CleanRecord c, Set<String> nodes, YearBasis basis) {
        Patent p = c.patent();
        List<Actor> actors = new ArrayList<>(c.applicants().size());
        for (ResolvedApplicant a : c.applicants()) {
            actors.add(new Actor(a.standardName(), a.group(), a.type(), a.country(), a.province(), a.city()));
        }
        if (actors.isEmpty()) {
            for (String name : p.applicants()) {
                actors.add(new Actor(name, name, null, null, null, null));
            }
        }
        LinkedHashSet<String> markets = new LinkedHashSet<>(p.familyOffices());
        if (p.office() != null) {
            markets.add(p.office());
        }
        LinkedHashSet<String> origins = new LinkedHashSet<>();
        for (String pc : p.priorityCountries()) {
            if (!pc.equals("WO") && !pc.equals("EP")) {
                origins.add(pc);
            }
        }
        if (origins.isEmpty()) {
            for (Actor a : actors) {
                if (a.country() != null) {
                    origins.add(a.country());
                }
            }
        }
        boolean granted = p.grantDate() != null
                || c.publications().stream().anyMatch(MetricRecords::grantKind);
        return new MetricRecord(c.unitId(), p.publicationNumber(), p.title(),
                p.applicationDate() == null ? null : p.applicationDate().getYear(),
                p.priorityDate() == null ? null : p.priorityDate().getYear(), p.office(), List.copyOf(markets),
                List.copyOf(origins), actors, p.inventors(), nodes, p.ipc(), p.patentType(), p.legalStatus(), granted,
                p.citedByCount(), p.familySize(), p.claimsCount(), p.transferCount(), p.licenceCount(), p.pledgeCount(),
                p.litigationCount(), p.valueScore(), p.techEffects(),
                p.publicationDate() == null ? null : p.publicationDate().getYear(), basis.yearOf(p), exported(p.applicants()));
    }

    /** Distinct names as exported (stripped), in export order: "records per name" counts each once per record. */
    private static List<String> exported(List<String> names) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String n : names) {
            if (n != null && !n.isBlank()) {
                out.add(n.strip());
            }
        }
        return List.copyOf(out);
    }

    /** A publication number ending in a digit then B or C and at most one more digit (CN…B, EP…B1, US…B2): a grant. */
    static boolean grantKind(String n) {
        int end = n.length();
        if (end > 0 && Character.isDigit(n.charAt(end - 1)) && end > 1 && (n.charAt(end - 2) == 'B' || n.charAt(end - 2) == 'C')) {
            end--;
        }
        return end >= 2 && (n.charAt(end - 1) == 'B' || n.charAt(end - 1) == 'C') && Character.isDigit(n.charAt(end - 2));
    }
}
