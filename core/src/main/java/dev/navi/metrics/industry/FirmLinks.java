package dev.navi.metrics.industry;

import dev.navi.clean.names.AliasTable;
import dev.navi.clean.names.NameNormaliser;
import dev.navi.industry.Firm;
import dev.navi.metrics.Actor;
import dev.navi.metrics.MetricRecord;
import dev.navi.metrics.positioning.RegionScope;
import dev.navi.project.Region;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Links firms (and market holders) to the applicants of the counted records, using what the clean stage produced:
 * each applicant's standard name and group, and the same alias table (navi's starter table under the analyst's).
 * Names are compared by {@link NameNormaliser#key} (case, width, punctuation and legal form ignored), never fuzzily.
 *
 * <p>For a firm named F: its <b>applicants</b> are the applicants whose standard name has the key of the alias table's
 * standard name for F ({@code alias}) or of F itself ({@code name}); its <b>group</b> is the firm's {@code group}
 * cell, else the alias table's group for F, else its first applicant's group, else F when F is an applicants' group;
 * the group's <b>members</b> are the applicants of that group. A firm with members but no applicants of its own is
 * linked by {@code group}; with neither it is unmatched. Immutable after construction.
 */
public final class FirmLinks {
    /** How a firm was linked. */
    public static final String ALIAS = "alias";
    public static final String NAME = "name";
    public static final String GROUP = "group";
    public static final String NONE = "none";

    /**
     * One firm's link.
     *
     * @param name       the firm (or holder) name
     * @param method     {@link #ALIAS}, {@link #NAME}, {@link #GROUP} or {@link #NONE}
     * @param applicants its own applicants (standard names), sorted
     * @param group      the group it belongs to, or {@code null}
     * @param members    the applicants of the group (its own included), sorted; empty without a group
     */
    public record Link(String name, String method, List<String> applicants, String group, List<String> members) {
        public Link {
            applicants = List.copyOf(applicants);
            members = List.copyOf(members);
        }

        /** The applicants whose patents count for the firm as a market actor: the group's, else its own. */
        public List<String> holders() {
            return members.isEmpty() ? applicants : members;
        }

        public boolean matched() {
            return !NONE.equals(method);
        }
    }

    /** What the counted records say about one applicant (standard name). */
    public static final class Applicant {
        final String name;
        String group;
        String type;
        String country;
        String province;
        long records;
        boolean inRegion;

        Applicant(String name) {
            this.name = name;
        }

        public String name() {
            return name;
        }

        public String group() {
            return group;
        }

        public String type() {
            return type;
        }

        public String country() {
            return country;
        }

        public String province() {
            return province;
        }

        public long records() {
            return records;
        }

        public boolean inRegion() {
            return inRegion;
        }
    }

    private final NameNormaliser names = NameNormaliser.standard();
    private final AliasTable aliases;
    private final Map<String, Applicant> applicants = new LinkedHashMap<>();
    private final Map<String, String> byKey = new HashMap<>();
    private final Map<String, Set<String>> byGroupKey = new HashMap<>();

    /**
     * Indexes the applicants of the records.
     *
     * @param records the counted records
     * @param aliases the alias table the clean stage used
     * @param region  the region of interest (for {@link Applicant#inRegion()}), or {@code null}
     */
    public FirmLinks(List<MetricRecord> records, AliasTable aliases, Region region) {
        this.aliases = aliases == null ? AliasTable.empty() : aliases;
        for (MetricRecord r : records) {
            Set<String> seen = new LinkedHashSet<>();
            for (Actor a : r.applicants()) {
                if (a == null || a.name() == null || !seen.add(a.name())) {
                    continue;
                }
                Applicant s = applicants.computeIfAbsent(a.name(), Applicant::new);
                s.records++;
                if (s.group == null) {
                    s.group = a.group() == null ? a.name() : a.group();
                    s.type = a.type();
                    s.country = a.country();
                    s.province = a.province();
                }
                if (RegionScope.actorIn(a, region)) {
                    s.inRegion = true;
                }
            }
        }
        List<String> sorted = new ArrayList<>(applicants.keySet());
        sorted.sort(null);
        for (String n : sorted) {
            byKey.putIfAbsent(key(n), n);
            byGroupKey.computeIfAbsent(key(applicants.get(n).group), k -> new TreeSet<>()).add(n);
        }
    }

    /** The matching key of a name (the clean stage's). */
    public String key(String name) {
        return name == null ? "" : names.key(name);
    }

    /** The applicants seen, by standard name. */
    public Map<String, Applicant> applicants() {
        return applicants;
    }

    /** Links a firm of the firms table. */
    public Link link(Firm f) {
        return link(f.name(), f.group());
    }

    /** Links a name (a firm or market holder), with the group the analyst gave, or {@code null}. */
    public Link link(String name, String groupHint) {
        Set<String> own = new TreeSet<>();
        String method = NONE;
        Optional<AliasTable.Entry> alias = aliases.lookup(name);
        if (alias.isPresent()) {
            String hit = byKey.get(key(alias.get().standard()));
            if (hit != null) {
                own.add(hit);
                method = ALIAS;
            }
        }
        String direct = byKey.get(key(name));
        if (direct != null) {
            own.add(direct);
            if (method.equals(NONE)) {
                method = NAME;
            }
        }
        String group = groupHint != null && !groupHint.isBlank() ? groupHint.strip()
                : alias.map(AliasTable.Entry::groupOrStandard).orElse(null);
        if (group == null && !own.isEmpty()) {
            group = applicants.get(own.iterator().next()).group;
        }
        if (group == null && byGroupKey.containsKey(key(name))) {
            group = name;
        }
        Set<String> members = group == null ? Set.of() : byGroupKey.getOrDefault(key(group), Set.of());
        if (method.equals(NONE) && !members.isEmpty()) {
            method = GROUP;
        }
        return new Link(name, method, new ArrayList<>(own), group, new ArrayList<>(members));
    }

    /** Applicants ordered by records descending, then name. */
    public List<Applicant> ranked() {
        List<Applicant> out = new ArrayList<>(applicants.values());
        out.sort(Comparator.<Applicant>comparingLong(a -> -a.records).thenComparing(a -> a.name));
        return out;
    }
}
