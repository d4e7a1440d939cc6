package dev.navi.metrics.stats;

import java.util.PriorityQueue;

/**
 * Competition ranks (1 + the number of counts above; ties share a rank) of the counts that rank in the top {@code top},
 * without sorting every count: only a count at or above the {@code top}-th largest can rank that high. A node of a
 * large run has hundreds of thousands of names, of which the atlas lists ten. The one place of this rule: the region
 * ranking's national ranks and the quality findings' node leaders both read it from here.
 * <p>Use: {@link #add} every count of the population, then ask {@link #rankOf} for the counts of interest. Counts of
 * zero or less are not ranked. Not thread-safe.
 */
public final class TopRanks {
    private final int top;
    private final PriorityQueue<Long> largest;
    private long threshold;
    private long[] above;

    /** An empty population ranked up to {@code top} (≥ 1). */
    public TopRanks(int top) {
        if (top < 1) {
            throw new IllegalArgumentException("top must be ≥ 1, not " + top);
        }
        this.top = top;
        this.largest = new PriorityQueue<>(top + 1);
    }

    /** Adds one count of the population (a count ≤ 0 is not ranked and is ignored). */
    public void add(long count) {
        if (count <= 0) {
            return;
        }
        above = null;
        if (largest.size() < top) {
            largest.add(count);
        } else if (count > largest.peek()) {
            largest.poll();
            largest.add(count);
        }
    }

    /**
     * The competition rank of {@code count} among the counts added, when it is at most {@code top}; 0 when it is
     * larger (the count is below the {@code top}-th largest) or the count is ≤ 0. {@code count} should be one of the
     * counts added.
     */
    public long rankOf(long count) {
        if (above == null) {
            threshold = largest.size() < top ? 1 : largest.peek();
            above = largest.stream().mapToLong(Long::longValue).toArray();
        }
        if (count <= 0 || count < threshold) {
            return 0;
        }
        long rank = 1;
        for (long a : above) {
            if (a > count) {
                rank++;
            }
        }
        return rank;
    }
}
