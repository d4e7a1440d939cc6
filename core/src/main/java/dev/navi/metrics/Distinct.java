package dev.navi.metrics;

import java.util.List;
import java.util.Objects;

/**
 * "Each distinct value of a record once", for the few values a record carries (applicants, inventors, offices, IPC
 * codes): a look back over the values kept so far, not a set made per record. At a million records the sets were a
 * large share of the metrics' allocation; the order kept is the first-met order a {@code LinkedHashSet} gives.
 */
public final class Distinct {
    private Distinct() {
    }

    /** Puts {@code v} after the first {@code n} values of {@code into} unless it is among them; the new count. */
    public static int add(String[] into, int n, String v) {
        for (int k = 0; k < n; k++) {
            if (into[k].equals(v)) {
                return n;
            }
        }
        into[n] = v;
        return n + 1;
    }

    /** Whether {@code values[i]} occurs before position {@code i}. */
    public static boolean repeated(List<String> values, int i) {
        String v = values.get(i);
        for (int k = 0; k < i; k++) {
            if (Objects.equals(v, values.get(k))) {
                return true;
            }
        }
        return false;
    }

    /** Whether an applicant before position {@code i} of {@code as} (nulls skipped) has that name. */
    public static boolean namedBefore(List<Actor> as, int i, String name) {
        for (int k = 0; k < i; k++) {
            Actor b = as.get(k);
            if (b != null && name.equals(b.name())) {
                return true;
            }
        }
        return false;
    }
}
