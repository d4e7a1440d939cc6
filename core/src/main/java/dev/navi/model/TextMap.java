package dev.navi.model;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * An unmodifiable text map that keeps its entries in the order they were given, stored as one array of alternating
 * keys and values. It holds {@link Patent#extra()}: a million records each carrying a handful of unmapped columns
 * would otherwise pay for a {@code LinkedHashMap} (a table, one entry object per column and a wrapper) per record,
 * several hundred bytes each, where this costs one small array.
 *
 * <p>Look-ups scan the keys, which is as fast as hashing for the few columns an export leaves unmapped. Keys and values
 * may be {@code null} (as a {@code LinkedHashMap} allows); every mutator throws {@link UnsupportedOperationException}.
 * Equality and hash code follow the {@link Map} contract, so it equals any map with the same entries.
 */
final class TextMap extends AbstractMap<String, String> {
    private static final TextMap EMPTY = new TextMap(new String[0]);

    private final String[] keysAndValues;
    private Set<Map.Entry<String, String>> entries;

    private TextMap(String[] keysAndValues) {
        this.keysAndValues = keysAndValues;
    }

    /** An unmodifiable copy of {@code map} in its iteration order ({@code map} itself when it is already one). */
    static Map<String, String> copyOf(Map<String, String> map) {
        Objects.requireNonNull(map, "map");
        if (map instanceof TextMap t) {
            return t;
        }
        if (map.isEmpty()) {
            return EMPTY;
        }
        String[] kv = new String[map.size() * 2];
        int i = 0;
        for (Map.Entry<String, String> e : map.entrySet()) {
            if (i == kv.length) {
                throw new java.util.ConcurrentModificationException();
            }
            kv[i++] = e.getKey();
            kv[i++] = e.getValue();
        }
        if (i != kv.length) {
            throw new java.util.ConcurrentModificationException();
        }
        return new TextMap(kv);
    }

    /**
     * The map of alternating keys and values {@code kv} (kept, not copied: the caller gives up the array). A key given
     * twice keeps its first place and its last value, as putting the pairs into a {@code LinkedHashMap} in order does.
     */
    static Map<String, String> ofPairs(String[] kv) {
        if (kv.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values come in pairs: " + kv.length + " strings");
        }
        if (kv.length == 0) {
            return EMPTY;
        }
        for (int i = 2; i < kv.length; i += 2) {
            for (int j = 0; j < i; j += 2) {
                if (Objects.equals(kv[i], kv[j])) {
                    java.util.LinkedHashMap<String, String> m = new java.util.LinkedHashMap<>();
                    for (int k = 0; k < kv.length; k += 2) {
                        m.put(kv[k], kv[k + 1]);
                    }
                    return copyOf(m);
                }
            }
        }
        return new TextMap(kv);
    }

    @Override
    public int size() {
        return keysAndValues.length / 2;
    }

    @Override
    public boolean isEmpty() {
        return keysAndValues.length == 0;
    }

    private int indexOf(Object key) {
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (Objects.equals(key, keysAndValues[i])) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public String get(Object key) {
        int i = indexOf(key);
        return i < 0 ? null : keysAndValues[i + 1];
    }

    @Override
    public String getOrDefault(Object key, String defaultValue) {
        int i = indexOf(key);
        return i < 0 ? defaultValue : keysAndValues[i + 1];
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super String> action) {
        for (int i = 0; i < keysAndValues.length; i += 2) {
            action.accept(keysAndValues[i], keysAndValues[i + 1]);
        }
    }

    @Override
    public Set<Map.Entry<String, String>> entrySet() {
        Set<Map.Entry<String, String>> s = entries;
        if (s == null) {
            s = new AbstractSet<>() {
                @Override
                public Iterator<Map.Entry<String, String>> iterator() {
                    return new Iterator<>() {
                        private int next;

                        @Override
                        public boolean hasNext() {
                            return next < keysAndValues.length;
                        }

                        @Override
                        public Map.Entry<String, String> next() {
                            if (next >= keysAndValues.length) {
                                throw new NoSuchElementException();
                            }
                            Map.Entry<String, String> e = new SimpleImmutableEntry<>(keysAndValues[next], keysAndValues[next + 1]);
                            next += 2;
                            return e;
                        }
                    };
                }

                @Override
                public int size() {
                    return keysAndValues.length / 2;
                }
            };
            entries = s;
        }
        return s;
    }
}
