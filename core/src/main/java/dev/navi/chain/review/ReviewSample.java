package dev.navi.chain.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A seeded reservoir sample of at most {@code size} items from a stream of unknown length (Vitter's algorithm R):
 * each item of the stream ends up in the sample with the same probability, and the same seed and stream give the
 * same sample.
 */
public final class ReviewSample<T> {
    private final int size;
    private final Random random;
    private final List<T> items;
    private long seen;

    public ReviewSample(int size, long seed) {
        this.size = size;
        this.random = new Random(seed);
        this.items = new ArrayList<>(Math.min(size, 1024));
    }

    public void offer(T item) {
        seen++;
        if (items.size() < size) {
            items.add(item);
            return;
        }
        long j = (long) (random.nextDouble() * seen);
        if (j < size) {
            items.set((int) j, item);
        }
    }

    /** How many items were offered. */
    public long seen() {
        return seen;
    }

    /** The sample, in a fixed order. */
    public List<T> items() {
        return List.copyOf(items);
    }
}
