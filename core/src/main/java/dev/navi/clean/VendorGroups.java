package dev.navi.clean;

import dev.navi.clean.names.AliasTable;
import dev.navi.clean.names.Cluster;
import dev.navi.clean.names.NameNormaliser;
import dev.navi.model.Patent;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The group level that the vendors' standardised-applicant columns (incoPat {@code 标准化申请人}, Patsnap
 * {@code [标]申请(专利权)人}) give: they roll subsidiaries up to their parent, so they say which <em>group</em> a legal
 * entity belongs to, never which legal entity a name is. A cluster that the alias table covers keeps the table's
 * group (the analyst's word wins); any other cluster takes the vendor name its records give most often (ties: the
 * lexicographically first), mapped through the alias table when the table knows that name or group, else in the
 * vendor's own spelling. A vendor name with the cluster's own matching key adds nothing and is ignored.
 */
final class VendorGroups {
    private final Map<String, String> groupByCluster;

    private VendorGroups(Map<String, String> groupByCluster) {
        this.groupByCluster = groupByCluster;
    }

    /** Votes the vendor names of the records' applicants per cluster. */
    static VendorGroups of(List<CleanRecord> records, Map<String, Cluster> byName, AliasTable aliases) {
        NameNormaliser n = NameNormaliser.standard();
        Map<String, Map<String, Long>> votes = new HashMap<>();
        Map<String, Optional<String>> resolved = new HashMap<>();
        Map<String, String> standardKey = new HashMap<>();
        Map<String, Boolean> aliased = new HashMap<>();
        for (CleanRecord r : records) {
            Patent p = r.patent();
            if (p.vendorApplicants().size() != p.applicants().size()) {
                continue; // not aligned: a vendor name cannot be given to one applicant
            }
            for (int i = 0; i < p.applicants().size(); i++) {
                Cluster c = byName.get(p.applicants().get(i));
                String vendor = p.vendorApplicants().get(i);
                if (c == null || vendor == null || vendor.isBlank()) {
                    continue;
                }
                if (aliased.computeIfAbsent(c.id(), k -> aliases.lookup(c.standardName()).isPresent())) {
                    continue;
                }
                String own = standardKey.computeIfAbsent(c.id(), k -> n.key(c.standardName()));
                Optional<String> group = resolved.computeIfAbsent(vendor, v -> {
                    String key = n.key(v);
                    if (key.isEmpty()) {
                        return Optional.empty();
                    }
                    Optional<AliasTable.Entry> e = aliases.lookup(v);
                    if (e.isPresent()) {
                        return Optional.of(e.get().groupOrStandard());
                    }
                    return Optional.of(aliases.group(v).orElse(n.clean(v)));
                });
                if (group.isEmpty() || n.key(group.get()).equals(own)) {
                    continue;
                }
                votes.computeIfAbsent(c.id(), k -> new TreeMap<>()).merge(group.get(), 1L, Long::sum);
            }
        }
        Map<String, String> out = new HashMap<>();
        for (Map.Entry<String, Map<String, Long>> e : votes.entrySet()) {
            String best = null;
            long bestCount = -1;
            for (Map.Entry<String, Long> v : e.getValue().entrySet()) { // sorted, so ties keep the first name
                if (v.getValue() > bestCount) {
                    best = v.getKey();
                    bestCount = v.getValue();
                }
            }
            out.put(e.getKey(), best);
        }
        return new VendorGroups(out);
    }

    /** The clusters with their vendor group set, in the same order. */
    List<Cluster> apply(List<Cluster> clusters) {
        if (groupByCluster.isEmpty()) {
            return clusters;
        }
        List<Cluster> out = new ArrayList<>(clusters.size());
        for (Cluster c : clusters) {
            String g = groupByCluster.get(c.id());
            out.add(g == null ? c : new Cluster(c.id(), c.standardName(), g, c.type(), c.members()));
        }
        return List.copyOf(out);
    }

    /**
     * For each vendor group with several clusters, its largest cluster (by total count, then standard name) against
     * each other one: the same legal entity only if it was renamed or respelled, which the analyst decides.
     */
    List<dev.navi.clean.names.NameClusterer.Suggestion> suggestions(List<Cluster> clusters) {
        Map<String, List<Cluster>> byGroup = new TreeMap<>();
        for (Cluster c : clusters) {
            String g = groupByCluster.get(c.id());
            if (g != null) {
                byGroup.computeIfAbsent(g, k -> new ArrayList<>()).add(c);
            }
        }
        List<dev.navi.clean.names.NameClusterer.Suggestion> out = new ArrayList<>();
        for (Map.Entry<String, List<Cluster>> e : byGroup.entrySet()) {
            List<Cluster> cs = e.getValue(); // clusters come sorted by total count, then standard name
            for (int i = 1; i < cs.size(); i++) {
                Cluster.Member a = cs.get(0).members().get(0);
                Cluster.Member b = cs.get(i).members().get(0);
                out.add(new dev.navi.clean.names.NameClusterer.Suggestion(0.5, "the vendor's standardised name '"
                        + e.getKey() + "' puts both in one group; one legal entity only if renamed or respelled",
                        a.name(), cs.get(0).totalCount(), b.name(), cs.get(i).totalCount()));
            }
        }
        return out;
    }

    /** Number of clusters whose group came from a vendor name. */
    long applied() {
        return groupByCluster.size();
    }
}
