package dev.navi.clean;

import dev.navi.model.Field;
import dev.navi.model.Patent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Merges records that describe the same publication or application into one, field by field, and records which
 * source each value came from.
 *
 * <p>Rules (the "richer value" of each field):
 * <ul>
 *   <li>application, priority and publication dates: the earliest; grant date: the earliest present;</li>
 *   <li>legal status, status text, events, transfer/licence/pledge/litigation counts, current owners: from the
 *       latest publication that has them (it knows the current state);</li>
 *   <li>citation counts, family size, claims count, value score: the largest;</li>
 *   <li>lists (applicants, inventors, IPC, CPC, priorities, family members ...): the longest list; family members
 *       and family offices: the union;</li>
 *   <li>text (title, abstract, claim, numbers): the longest; ties go to the earlier input.</li>
 * </ul>
 * The publication number, office and kind of the merged record are those of the first publication.
 */
final class Merge {
    private Merge() {
    }

    /**
     * A merged record and the source location of each field's value; {@code base} is the index of the member whose
     * publication number, office, kind and provenance the record carries (the first published).
     */
    record Result(Patent patent, Map<String, String> fieldSources, int base) {
    }

    /** First publication first; equal dates keep input order (the sort is stable). */
    static final Comparator<Patent> FIRST_PUBLISHED =
            Comparator.comparing((Patent p) -> p.publicationDate() == null ? LocalDate.MAX : p.publicationDate());

    private static final Field[] FIELDS = Field.values();

    /**
     * Merges {@code members}; {@code locations.get(i)} is where member {@code i} came from ({@code file[:sheet]:row}),
     * the very string the field sources then refer to.
     */
    static Result of(List<Patent> members, List<String> locations) {
        if (members.size() != locations.size()) {
            throw new IllegalArgumentException(members.size() + " members but " + locations.size() + " locations");
        }
        List<Patent> byDate = new ArrayList<>(members);
        byDate.sort(FIRST_PUBLISHED);
        Patent first = byDate.get(0);
        Patent.Builder b = first.toBuilder();
        String[] sources = new String[FIELDS.length];
        for (Field f : FIELDS) {
            Patent chosen = choose(f, members, byDate);
            if (chosen == null) {
                continue;
            }
            if (f == Field.FAMILY_MEMBERS || f == Field.FAMILY_OFFICES) {
                LinkedHashSet<String> union = new LinkedHashSet<>();
                for (Patent p : members) {
                    @SuppressWarnings("unchecked")
                    List<String> l = (List<String>) p.get(f);
                    union.addAll(l);
                }
                b.set(f, List.copyOf(union));
            } else {
                b.set(f, chosen.get(f));
            }
            sources[f.ordinal()] = locations.get(indexOf(members, chosen));
        }
        b.extra(extra(members));
        return new Result(b.build(), new FieldSources(sources), indexOf(members, first));
    }

    /**
     * The members' extra values united: each column's first non-null value in input order, the columns in order of
     * first appearance ({@code putIfAbsent} over each map in turn). When the first member has a value for every column
     * any member has, that is its own map, which is then passed on as it is: rows of one export have the same columns,
     * and a new map per merge was a tenth of what the clean stage allocates at 1M records.
     */
    private static Map<String, String> extra(List<Patent> members) {
        Map<String, String> head = members.get(0).extra();
        if (coversAll(head, members)) {
            return head;
        }
        LinkedHashMap<String, String> extra = new LinkedHashMap<>();
        for (Patent p : members) {
            p.extra().forEach(extra::putIfAbsent);
        }
        return extra;
    }

    /**
     * Whether {@code head} has a non-null value for every column of every member (by {@code forEach}, which walks a
     * record's extra map without an entry object per column).
     */
    private static boolean coversAll(Map<String, String> head, List<Patent> members) {
        boolean[] covers = {true};
        head.forEach((k, v) -> covers[0] &= v != null);
        for (int i = 1; i < members.size() && covers[0]; i++) {
            Map<String, String> other = members.get(i).extra();
            if (other != head) {
                other.forEach((k, v) -> covers[0] &= head.containsKey(k));
            }
        }
        return covers[0];
    }

    private static int indexOf(List<Patent> members, Patent p) {
        for (int i = 0; i < members.size(); i++) {
            if (members.get(i) == p) {
                return i;
            }
        }
        throw new IllegalStateException("not a member");
    }

    /** The member whose value of {@code f} is kept, or {@code null} when none has one. */
    private static Patent choose(Field f, List<Patent> inputOrder, List<Patent> byDate) {
        switch (f) {
            case PUBLICATION_NUMBER:
            case OFFICE:
            case KIND_CODE:
            case SOURCE_ID:
            case URL:
                return firstWith(f, byDate);
            case APPLICATION_DATE:
            case PRIORITY_DATE:
            case PUBLICATION_DATE:
            case GRANT_DATE:
                return extreme(f, inputOrder, true);
            case LEGAL_STATUS:
            case LEGAL_STATUS_TEXT:
            case LEGAL_EVENTS:
            case TRANSFER_COUNT:
            case LICENCE_COUNT:
            case PLEDGE_COUNT:
            case LITIGATION_COUNT:
            case CURRENT_OWNERS: {
                for (int i = byDate.size() - 1; i >= 0; i--) {
                    if (has(byDate.get(i), f)) {
                        return byDate.get(i);
                    }
                }
                return null;
            }
            case CITED_BY_COUNT:
            case CITES_COUNT:
            case FAMILY_SIZE:
            case CLAIMS_COUNT:
            case VALUE_SCORE:
                return extreme(f, inputOrder, false);
            default:
                return longest(f, inputOrder);
        }
    }

    static boolean has(Patent p, Field f) {
        Object v = p.get(f);
        return v != null && !(v instanceof List<?> l && l.isEmpty());
    }

    private static Patent firstWith(Field f, List<Patent> ps) {
        for (Patent p : ps) {
            if (has(p, f)) {
                return p;
            }
        }
        return null;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Patent extreme(Field f, List<Patent> ps, boolean min) {
        Patent best = null;
        Comparable bestValue = null;
        for (Patent p : ps) {
            Object v = p.get(f);
            if (v == null) {
                continue;
            }
            Comparable c = (Comparable) v;
            if (best == null || (min ? c.compareTo(bestValue) < 0 : c.compareTo(bestValue) > 0)) {
                best = p;
                bestValue = c;
            }
        }
        return best;
    }

    private static Patent longest(Field f, List<Patent> ps) {
        Patent best = null;
        int bestSize = 0;
        for (Patent p : ps) {
            Object v = p.get(f);
            int size = v == null ? 0 : v instanceof List<?> l ? l.size() : v.toString().length();
            if (size > bestSize) {
                best = p;
                bestSize = size;
            }
        }
        return best;
    }
}
