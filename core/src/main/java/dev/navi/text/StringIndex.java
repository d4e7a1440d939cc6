package dev.navi.text;

/**
 * A map of strings to non-negative ints, by open addressing over three arrays: keys, their hashes and the values; also
 * a set of canonical strings ({@link #intern}). Used where a million keys are looked up: the clean stage's groupings
 * (publication numbers, application and family keys → the first record index) and the ingest interner's shared
 * values. The {@code HashMap<String, Integer>} it replaced cost a node and a boxed index per key and a chain of memory
 * reads per look-up; its {@code putVal} was a fifth of the clean stage's time at 1M records. A stored hash is compared
 * before the key itself, so a probe past another key does not read that key.
 *
 * <p>Not thread-safe while written; an index no longer written may be read ({@link #get}, {@link #find}) from several
 * threads at once (the family grouping looks members up on all cores). {@code null} keys are not allowed.
 */
public final class StringIndex {
    private static final int MIN_CAPACITY = 16;

    private String[] keys;
    private int[] hashes;
    private int[] values;
    private int size;
    private int shift;

    /** A map sized for about {@code expected} keys without growing. */
    public StringIndex(int expected) {
        int capacity = MIN_CAPACITY;
        while (capacity < (long) expected * 2 && capacity < 1 << 30) {
            capacity <<= 1;
        }
        allocate(capacity);
    }

    private void allocate(int capacity) {
        keys = new String[capacity];
        hashes = new int[capacity];
        values = new int[capacity];
        shift = 32 - Integer.numberOfTrailingZeros(capacity);
    }

    /** Fibonacci hashing: the high bits of the product, so keys whose hashes differ only in low bits spread out. */
    private int slot(int hash) {
        return (hash * 0x9E3779B9) >>> shift;
    }

    /** The slot holding {@code key} (hash {@code h}), or the empty slot where it would go: the one probe loop. */
    private int probe(String key, int h) {
        int mask = keys.length - 1;
        for (int i = slot(h); ; i = (i + 1) & mask) {
            String k = keys[i];
            if (k == null || hashes[i] == h && (k == key || k.equals(key))) {
                return i;
            }
        }
    }

    /** Stores {@code key} in the empty slot {@code i}, growing the table past half full. */
    private void store(int i, String key, int h, int value) {
        keys[i] = key;
        hashes[i] = h;
        values[i] = value;
        if (++size * 2 > keys.length) {
            grow();
        }
    }

    /** The value of {@code key}, or -1 when it has none. */
    public int get(String key) {
        int i = probe(key, key.hashCode());
        return keys[i] == null ? -1 : values[i];
    }

    /**
     * The value {@code key} already has, or -1 after giving it {@code value}.
     *
     * @throws IllegalArgumentException when {@code value} is negative (-1 means "absent")
     */
    public int putIfAbsent(String key, int value) {
        if (value < 0) {
            throw new IllegalArgumentException("values must be >= 0, was " + value);
        }
        int h = key.hashCode();
        int i = probe(key, h);
        if (keys[i] != null) {
            return values[i];
        }
        store(i, key, h, value);
        return -1;
    }

    /**
     * The key held that equals {@code key}, after storing {@code key} itself (with the value 0) when none does: the
     * set use, one shared instance per distinct string.
     */
    public String intern(String key) {
        int h = key.hashCode();
        int i = probe(key, h);
        String k = keys[i];
        if (k != null) {
            return k;
        }
        store(i, key, h, 0);
        return key;
    }

    /** The key held that equals {@code key}, or {@code null} when none does. */
    public String find(String key) {
        return keys[probe(key, key.hashCode())];
    }

    /** How many keys it holds. */
    public int size() {
        return size;
    }

    private void grow() {
        String[] oldKeys = keys;
        int[] oldHashes = hashes;
        int[] oldValues = values;
        allocate(oldKeys.length * 2);
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != null) {
                int i = slot(oldHashes[j]);
                while (keys[i] != null) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                hashes[i] = oldHashes[j];
                values[i] = oldValues[j];
            }
        }
    }
}
