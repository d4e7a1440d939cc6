package dev.navi.metrics.stats;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * An immutable series of finite values keyed by calendar year, iterated in ascending year order.
 *
 * <p>Years need not be contiguous. A year that is absent is "no observation"; for counts of filings
 * the usual reading is zero, which {@link #zeroFilled(int, int)} makes explicit. Values must be finite
 * (no NaN or infinity) so that sums and growth rates stay well defined; keys and values are never
 * {@code null}. Equality is by content.
 */
public final class YearSeries {
    private static final YearSeries EMPTY = new YearSeries(new TreeMap<>());

    private final NavigableMap<Integer, Double> values;

    private YearSeries(TreeMap<Integer, Double> values) {
        this.values = Collections.unmodifiableNavigableMap(values);
    }

    /** The series with no years. */
    public static YearSeries empty() {
        return EMPTY;
    }

    /**
     * A series with the given year → value entries (copied).
     *
     * @throws IllegalArgumentException if a value is NaN or infinite
     * @throws NullPointerException if the map, a key or a value is {@code null}
     */
    public static YearSeries of(Map<Integer, ? extends Number> yearToValue) {
        Objects.requireNonNull(yearToValue, "yearToValue");
        TreeMap<Integer, Double> copy = new TreeMap<>();
        yearToValue.forEach((year, value) -> {
            Objects.requireNonNull(year, "year");
            Objects.requireNonNull(value, "value of " + year);
            double v = value.doubleValue();
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("value of " + year + " is not finite: " + v);
            }
            copy.put(year, v);
        });
        return copy.isEmpty() ? EMPTY : new YearSeries(copy);
    }

    /** A contiguous series {@code firstYear, firstYear+1, …} with the given values. */
    public static YearSeries of(int firstYear, double... values) {
        TreeMap<Integer, Double> m = new TreeMap<>();
        for (int i = 0; i < values.length; i++) {
            m.put(firstYear + i, values[i]);
        }
        return of(m);
    }

    /**
     * Every year from {@code fromYear} to {@code toYear} inclusive, with this series' value where present
     * and 0 elsewhere; years of this series outside the range are dropped.
     *
     * @throws IllegalArgumentException if {@code toYear < fromYear}
     */
    public YearSeries zeroFilled(int fromYear, int toYear) {
        if (toYear < fromYear) {
            throw new IllegalArgumentException("toYear " + toYear + " < fromYear " + fromYear);
        }
        TreeMap<Integer, Double> m = new TreeMap<>();
        for (int y = fromYear; y <= toYear; y++) {
            m.put(y, values.getOrDefault(y, 0.0));
        }
        return new YearSeries(m);
    }

    /** {@link #zeroFilled(int, int)} over this series' own first to last year; empty stays empty. */
    public YearSeries zeroFilled() {
        return isEmpty() ? this : zeroFilled(values.firstKey(), values.lastKey());
    }

    /** The entries with {@code fromYear ≤ year ≤ toYear} (no filling). */
    public YearSeries between(int fromYear, int toYear) {
        if (toYear < fromYear) {
            return EMPTY;
        }
        return new YearSeries(new TreeMap<>(values.subMap(fromYear, true, toYear, true)));
    }

    /**
     * The running total over the zero-filled range: {@code C(y) = Σ_{first ≤ k ≤ y} v(k)}.
     * The first value is this series' first value; earlier history is not known and not added.
     */
    public YearSeries cumulative() {
        TreeMap<Integer, Double> m = new TreeMap<>();
        double sum = 0;
        for (Map.Entry<Integer, Double> e : zeroFilled().values.entrySet()) {
            sum += e.getValue();
            m.put(e.getKey(), sum);
        }
        return new YearSeries(m);
    }

    /** The value of {@code year}, or {@code fallback} if the series has no such year. */
    public double valueOr(int year, double fallback) {
        Double v = values.get(year);
        return v == null ? fallback : v;
    }

    /** Whether the series has an entry for {@code year}. */
    public boolean contains(int year) {
        return values.containsKey(year);
    }

    /** Sum of all values (0 for the empty series). */
    public double sum() {
        double s = 0;
        for (double v : values.values()) {
            s += v;
        }
        return s;
    }

    /** The years present, ascending. */
    public List<Integer> years() {
        return List.copyOf(values.keySet());
    }

    /** Smallest year, empty if the series is empty. */
    public OptionalInt firstYear() {
        return isEmpty() ? OptionalInt.empty() : OptionalInt.of(values.firstKey());
    }

    /** Largest year, empty if the series is empty. */
    public OptionalInt lastYear() {
        return isEmpty() ? OptionalInt.empty() : OptionalInt.of(values.lastKey());
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    public int size() {
        return values.size();
    }

    /** An unmodifiable, ascending view year → value. */
    public NavigableMap<Integer, Double> asMap() {
        return values;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof YearSeries other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "YearSeries" + values;
    }
}
