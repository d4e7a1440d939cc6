package dev.navi.text;

/**
 * A map of strings to non-negative ints, by open addressing over three arrays: keys, their hashes and the values; also
 * a set of canonical strings ({@link #intern}). Used where a million keys are looked up: the clean stage's groupings
 * (publication numbers, application and family keys → the first record index) and the ingest interner's shared
 * values. The {@code HashMap<String, Integer>} it replaced cost a node and a boxed index per key and a chain of memory
 * reads per look-up; its {@code putVal} was a fifth of the clean stage's time at 1M records. A stored hash is compared
 * before the key itself, so a probe past another key does not read that key.
 *
 * <p>Not thread-safe; {@code null} keys are not allowed.
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

    /** The value of {@code key}, or -1 when it has none. */
    public int get(String key) {
        int h = key.hashCode();
        int mask = keys.length - 1;
        for (int i = slot(h); ; i = (i + 1) & mask) {
            String k = keys[i];
            if (k == null) {
                return -1;
            }
            if (hashes[i] == h && (k == key || k.equals(key))) {
                return values[i];
            }
        }
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
        int mask = keys.length - 1;
        for (int i = slot(h); ; i = (i + 1) & mask) {
            String k = keys[i];
            if (k == null) {
                keys[i] = key;
                hashes[i] = h;
                values[i] = value;
                if (++size * 2 > keys.length) {
                    grow();
                }
                return -1;
            }
            if (hashes[i] == h && (k == key || k.equals(key))) {
                return values[i];
            }
        }
    }

    /**
     * The key held that equals {@code key}, after storing {@code key} itself (with the value 0) when none does: the
     * set use, one shared instance per distinct string.
     */
    public String intern(String key) {
        int h = key.hashCode();
        int mask = keys.length - 1;
        for (int i = slot(h); ; i = (i + 1) & mask) {
            String k = keys[i];
            if (k == null) {
                keys[i] = key;
                hashes[i] = h;
                if (++size * 2 > keys.length) {
                    grow();
                }
                return key;
            }
            if (hashes[i] == h && (k == key || k.equals(key))) {
                return k;
            }
        }
    }

    /** The key held that equals {@code key}, or {@code null} when none does. */
    public String find(String key) {
        int h = key.hashCode();
        int mask = keys.length - 1;
        for (int i = slot(h); ; i = (i + 1) & mask) {
            String k = keys[i];
            if (k == null) {
                return null;
            }
            if (hashes[i] == h && (k == key || k.equals(key))) {
                return k;
            }
        }
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
