package dev.navi.metrics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The first {@code k} elements of a collection in a total order, sorted, in O(n log k): what sorting all of them and
 * taking the first {@code k} gives, without sorting a node's hundreds of thousands of records for a top-ten list.
 */
public final class TopK {
    private TopK() {
    }

    /**
     * The first {@code k} of {@code items} in {@code order}, sorted. The order must be total (no two elements compare
     * equal), as every ranking of the atlas is (its last key is a unique id or name); then the result is exactly
     * {@code items.stream().sorted(order).limit(k)}.
     */
    public static <T> List<T> first(Collection<? extends T> items, int k, Comparator<? super T> order) {
        if (k <= 0) {
            return new ArrayList<>();
        }
        PriorityQueue<T> worstFirst = new PriorityQueue<>(k + 1, order.reversed());
        for (T t : items) {
            if (worstFirst.size() < k) {
                worstFirst.add(t);
            } else if (order.compare(t, worstFirst.peek()) < 0) {
                worstFirst.poll();
                worstFirst.add(t);
            }
        }
        List<T> out = new ArrayList<>(worstFirst);
        out.sort(order);
        return out;
    }
}
