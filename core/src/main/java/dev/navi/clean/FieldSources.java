package dev.navi.clean;

import dev.navi.model.Field;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * {@link CleanRecord#fieldSources()} of a merged record: canonical field key → the input row its value came from, held
 * as one slot per {@link Field}. The values are the merged rows' own location strings, shared, not one new string per
 * field. A merged record has a source for nearly every field, and hundreds of thousands of records are merged in a
 * large run: a general-purpose map with a fresh string per entry cost a few kilobytes per record.
 *
 * <p>Unmodifiable; iterates in {@link Field} order; no null keys or values. Equality and hash code follow the
 * {@link Map} contract.
 */
final class FieldSources extends AbstractMap<String, String> {
    private static final Field[] FIELDS = Field.values();
    private static final Map<String, Field> BY_KEY = new HashMap<>();

    static {
        for (Field f : FIELDS) {
            BY_KEY.put(f.key(), f);
        }
    }

    private final String[] byField;
    private final int size;

    /** Takes {@code byField} (indexed by {@link Field#ordinal()}, {@code null} where no source) without copying it. */
    FieldSources(String[] byField) {
        if (byField.length != FIELDS.length) {
            throw new IllegalArgumentException("one slot per field expected, got " + byField.length);
        }
        this.byField = byField;
        int n = 0;
        for (String s : byField) {
            if (s != null) {
                n++;
            }
        }
        this.size = n;
    }

    /** The source of the field of ordinal {@code ordinal}, or {@code null}. */
    String at(int ordinal) {
        return byField[ordinal];
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public String get(Object key) {
        Field f = key instanceof String k ? BY_KEY.get(k) : null;
        return f == null ? null : byField[f.ordinal()];
    }

    @Override
    public Set<Map.Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, String>> iterator() {
                return new Iterator<>() {
                    private int next = advance(0);

                    private int advance(int from) {
                        int i = from;
                        while (i < byField.length && byField[i] == null) {
                            i++;
                        }
                        return i;
                    }

                    @Override
                    public boolean hasNext() {
                        return next < byField.length;
                    }

                    @Override
                    public Map.Entry<String, String> next() {
                        if (next >= byField.length) {
                            throw new NoSuchElementException();
                        }
                        Map.Entry<String, String> e = new SimpleImmutableEntry<>(FIELDS[next].key(), byField[next]);
                        next = advance(next + 1);
                        return e;
                    }
                };
            }

            @Override
            public int size() {
                return size;
            }
        };
    }
}
