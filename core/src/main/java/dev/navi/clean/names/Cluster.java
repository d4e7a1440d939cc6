package dev.navi.clean.names;

import java.util.List;
import java.util.Objects;

/**
 * One applicant after clustering: the name variants that denote it, its standard name, its group and its type.
 *
 * <p>{@code id} is stable across runs for the same standard name ({@code C} + 12 hex digits of a SHA-256 of the
 * standard name; a {@code -2}, {@code -3} … suffix in the unlikely case of a clash). {@code group} is the alias
 * table's group, or the standard name when the table has none. {@code members} are sorted by count (descending)
 * then name, and each says by which rule it joined ({@link MergeRule} labels, or an evidence label) and through
 * which name ({@code via}). Immutable; no component is null.
 */
public record Cluster(String id, String standardName, String group, ApplicantType type, List<Member> members) {

    /**
     * A name variant in a cluster: how often it occurred, the rule that brought it in, and the name it was linked
     * to by that rule ({@code via}; for alias-table members the alias standard name; empty for the first member).
     */
    public record Member(String name, long count, String rule, String via) {
        public Member {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(via, "via");
        }
    }

    public Cluster {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(standardName, "standardName");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(type, "type");
        members = List.copyOf(members);
    }

    /** Sum of the member counts. */
    public long totalCount() {
        long sum = 0;
        for (Member m : members) {
            sum += m.count();
        }
        return sum;
    }
}
