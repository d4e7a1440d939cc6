package dev.navi.metrics.stats;

import dev.navi.metrics.TopK;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts of names by dense id: the map name → count that {@link Concentration} reads, kept as an array so that a
 * run of a million records counts each node's applicants without hashing a name per record and node.
 *
 * <p>Names get ids from a {@link Names} dictionary once; a tally then counts ids ({@link #add}), answers what a
 * {@code Map<String, Long>} of the same counts would ({@link #total}, {@link #distinct}, {@link #ranked}) and is
 * {@link #clear cleared} for the next node in time proportional to the names it counted, not to the dictionary.
 * Not thread-safe; one tally per thread.
 */
public final class Tally {
    private final Names names;
    private int[] count;
    private int[] touched = new int[16];
    private int distinct;
    private long total;
    // whether an id is in touched (a name counted 0 times has count 0 but is counted); grown with count
    private boolean[] counted;

    /** A tally over the ids of {@code names} (the dictionary may grow after; the tally follows). */
    public Tally(Names names) {
        this.names = names;
        this.count = new int[Math.max(16, names.size())];
        this.counted = new boolean[count.length];
    }

    /** Counts one occurrence of the name with this id. */
    public void add(int id) {
        if (id >= count.length) {
            grow(id);
        }
        if (count[id]++ == 0 && !counted[id]) {
            touch(id);
        }
        total++;
    }

    /**
     * Counts {@code n ≥ 0} occurrences of the name with this id; a name counted 0 times is still counted (as a map
     * entry with value 0 is: it ranks, with share 0).
     */
    public void add(int id, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("negative count for " + names.name(id) + ": " + n);
        }
        if (id >= count.length) {
            grow(id);
        }
        if (count[id] == 0 && !counted[id]) {
            touch(id);
        }
        count[id] += n;
        total += n;
    }

    private void touch(int id) {
        if (distinct == touched.length) {
            touched = Arrays.copyOf(touched, touched.length * 2);
        }
        touched[distinct++] = id;
        counted[id] = true;
    }

    private void grow(int id) {
        int size = Math.max(id + 1, count.length * 2);
        count = Arrays.copyOf(count, size);
        counted = Arrays.copyOf(counted, size);
    }


    /** Counts each id of each of the rows at these positions (one record's distinct names per row). */
    public void addAll(int[] positions, int[][] rows) {
        for (int p : positions) {
            for (int id : rows[p]) {
                add(id);
            }
        }
    }

    /** The sum of the counts: T of {@link Concentration}. */
    public long total() {
        return total;
    }

    /** The names counted at least once. */
    public int distinct() {
        return distinct;
    }

    /** The ids counted, in the order first counted. */
    public int[] ids() {
        return Arrays.copyOf(touched, distinct);
    }

    /** The count of the name with this id (0 when not counted). */
    public int count(int id) {
        return id < count.length ? count[id] : 0;
    }

    /**
     * The first {@code limit} names by count descending, then name ascending ({@link String#compareTo}), ranks
     * 1, 2, … and share = count / {@link #total} (NaN when the total is 0): the ranking of {@link Concentration}.
     */
    public List<Concentration.Share> ranked(int limit) {
        return rank(names, Arrays.copyOf(touched, distinct), count, total, limit);
    }

    /** An immutable copy of the counts, for a node whose counts are read more than once. */
    public Counts snapshot() {
        int[] ids = Arrays.copyOf(touched, distinct);
        Arrays.sort(ids);
        int[] c = new int[ids.length];
        for (int i = 0; i < ids.length; i++) {
            c[i] = count[ids[i]];
        }
        return new Counts(names, ids, c, total);
    }

    /** Forgets every count, in time proportional to the names counted. */
    public void clear() {
        for (int i = 0; i < distinct; i++) {
            count[touched[i]] = 0;
            counted[touched[i]] = false;
        }
        distinct = 0;
        total = 0;
    }

    /**
     * The ranking rule, stated once: the first {@code limit} of {@code ids} by {@code countOf[id]} descending, then
     * name ascending; the ids are distinct, so the order is total and the top {@code limit} found with a heap are the
     * ones a full sort gives.
     */
    private static List<Concentration.Share> rank(Names names, int[] ids, int[] countOf, long total, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be ≥ 0: " + limit);
        }
        List<Concentration.Share> out = new ArrayList<>();
        if (limit == 0) {
            return out;
        }
        Comparator<Integer> order = (a, b) -> {
            int c = Integer.compare(countOf[b], countOf[a]);
            return c != 0 ? c : names.name(a).compareTo(names.name(b));
        };
        List<Integer> all = new ArrayList<>(ids.length);
        for (int id : ids) {
            all.add(id);
        }
        List<Integer> best = TopK.first(all, limit, order);
        for (int i = 0; i < best.size(); i++) {
            int id = best.get(i);
            out.add(new Concentration.Share(i + 1, names.name(id), countOf[id],
                    total == 0 ? Double.NaN : (double) countOf[id] / total));
        }
        return out;
    }

    /**
     * Counts frozen by {@link #snapshot}: per counted name its count, found by id in O(log n); what a node's
     * {@code Map<String, Long>} of applicant counts held, in a tenth of the memory.
     */
    public static final class Counts {
        private final Names names;
        private final int[] ids;
        private final int[] counts;
        private final long total;
        // counts by id for rank(): filled on first use
        private int[] byId;

        private Counts(Names names, int[] ids, int[] counts, long total) {
            this.names = names;
            this.ids = ids;
            this.counts = counts;
            this.total = total;
        }

        /** The sum of the counts. */
        public long total() {
            return total;
        }

        /** The names counted. */
        public int distinct() {
            return ids.length;
        }

        /** The count of the name (0 when not counted or unknown to the dictionary). */
        public long count(String name) {
            int id = names.idOf(name);
            int at = id < 0 ? -1 : Arrays.binarySearch(ids, id);
            return at < 0 ? 0 : counts[at];
        }

        /** The counts, in no particular order (for HHI and CR<sub>n</sub>). */
        public long[] values() {
            long[] out = new long[counts.length];
            for (int i = 0; i < counts.length; i++) {
                out[i] = counts[i];
            }
            return out;
        }

        /** {@link Tally#ranked} of these counts. */
        public synchronized List<Concentration.Share> ranked(int limit) {
            if (byId == null) {
                int max = ids.length == 0 ? 0 : ids[ids.length - 1] + 1;
                byId = new int[max];
                for (int i = 0; i < ids.length; i++) {
                    byId[ids[i]] = counts[i];
                }
            }
            return rank(names, ids, byId, total, limit);
        }
    }

    /** Names as dense ids 0, 1, 2, … in the order first met. */
    public static final class Names {
        private final Map<String, Integer> ids = new HashMap<>();
        private final List<String> names = new ArrayList<>();

        /** The id of the name, given it when first met. */
        public int id(String name) {
            Integer id = ids.get(name);
            if (id == null) {
                id = names.size();
                ids.put(name, id);
                names.add(name);
            }
            return id;
        }

        /** The id of the name, or −1 when it has none. */
        public int idOf(String name) {
            Integer id = ids.get(name);
            return id == null ? -1 : id;
        }

        /** The ids of the names, in their order. */
        public int[] ids(String[] of) {
            int[] out = new int[of.length];
            for (int i = 0; i < of.length; i++) {
                out[i] = id(of[i]);
            }
            return out;
        }

        /** The name with this id. */
        public String name(int id) {
            return names.get(id);
        }

        /** The names met so far. */
        public int size() {
            return names.size();
        }
    }
}
