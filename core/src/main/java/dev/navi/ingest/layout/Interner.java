package dev.navi.ingest.layout;

import dev.navi.text.StringIndex;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Shares one instance among equal values of one file (names, classes, codes, family member lists, dates), which
 * repeat across records: a million records in memory for the clean stage then hold each distinct applicant, IPC class
 * or family member list once.
 *
 * <p>Adaptive per column: each look-up is counted against the column (slot) it came from, and a column whose values
 * hardly repeat (fewer than one in {@link #MIN_HIT_RATE_INVERSE} look-ups found an equal value in a window of
 * {@link #WINDOW}) is no longer interned — a row number, a URL or a per-record id would only fill the table, cost a
 * hash per value and crowd out the values that do repeat. Lists are interned as a whole the same way, after their
 * elements. Bounded: after {@link #MAX_ENTRIES} distinct values it stops remembering new ones. Not thread-safe (one
 * per mapper).
 */
final class Interner {
    static final int MAX_ENTRIES = 1 << 20;
    /** Longer values are interned only through {@link #text}. */
    static final int MAX_LENGTH = 256;
    static final int WINDOW = 4096;
    static final int MIN_HIT_RATE_INVERSE = 8;
    static final int CELL_CACHE_ENTRIES = 1 << 14;

    /** The shared strings: open addressing, not a HashMap (its look-ups were a tenth of a cold 1M analyze). */
    private final StringIndex strings = new StringIndex(1 << 12);
    private final Map<List<String>, List<String>> lists = new HashMap<>();
    private final Map<LocalDate, LocalDate> dates = new HashMap<>();
    private final Stats[] stringStats;
    private final Stats[] listStats;
    private final Stats[] cellStats;
    private final CellCache[] cellCaches;
    /** False: every value is returned as it is (lists as unmodifiable copies), nothing is looked up or remembered. */
    private boolean enabled = true;

    /** An interner for values from {@code slots} columns (slots {@code 0 .. slots - 1}). */
    Interner(int slots) {
        stringStats = new Stats[slots];
        listStats = new Stats[slots];
        cellStats = new Stats[slots];
        cellCaches = new CellCache[slots];
        for (int i = 0; i < slots; i++) {
            stringStats[i] = new Stats();
            listStats[i] = new Stats();
            cellStats[i] = new Stats();
        }
    }

    /** One column's recent cells → their parsed lists: cell text → index into {@code values}. */
    private static final class CellCache {
        final StringIndex cells = new StringIndex(1 << 10);
        final List<List<String>> values = new ArrayList<>();
    }

    /** Hit counts of one column in the current window. */
    private static final class Stats {
        int lookups;
        int hits;
        boolean off;

        void count(boolean hit) {
            if (hit) {
                hits++;
            }
            if (++lookups == WINDOW) {
                if (hits * MIN_HIT_RATE_INVERSE < WINDOW) {
                    off = true;
                }
                lookups = 0;
                hits = 0;
            }
        }
    }

    /** Whether values are shared (true from the start). */
    boolean enabled() {
        return enabled;
    }

    /** Turns sharing on or off for the values looked up from now on. */
    void enabled(boolean on) {
        enabled = on;
    }

    /** The shared instance equal to {@code s} (a value of column {@code slot}), or {@code s} itself. */
    String string(int slot, String s) {
        return s != null && s.length() > MAX_LENGTH ? s : text(slot, s);
    }

    /** Like {@link #string}, for text of any length (titles, abstracts, claims). */
    String text(int slot, String s) {
        Stats st = stringStats[slot];
        if (s == null || st.off || !enabled) {
            return s;
        }
        if (strings.size() < MAX_ENTRIES) {
            int before = strings.size();
            String shared = strings.intern(s);
            st.count(strings.size() == before);
            return shared;
        }
        String known = strings.find(s);
        st.count(known != null);
        return known != null ? known : s;
    }

    /** An unmodifiable list of the shared instances of {@code values}, itself shared when an equal list was seen. */
    List<String> list(int slot, List<String> values) {
        if (values.isEmpty()) {
            return List.of();
        }
        if (!enabled) {
            return List.copyOf(values);
        }
        List<String> out;
        if (values.size() == 1) {
            out = List.of(string(slot, values.get(0)));
        } else {
            List<String> shared = new ArrayList<>(values.size());
            for (String v : values) {
                shared.add(string(slot, v));
            }
            out = List.copyOf(shared);
        }
        Stats st = listStats[slot];
        if (st.off || !enabled) {
            return out;
        }
        List<String> known = lists.get(out);
        st.count(known != null);
        if (known != null) {
            return known;
        }
        if (lists.size() < MAX_ENTRIES) {
            lists.put(out, out);
        }
        return out;
    }

    /**
     * {@code list(slot, parse.apply(cell))}, taken from a cache of the column's recent cells when the same cell text
     * came before: repeated cells (applicants, classes, the family member list every member of a family carries) are
     * then split and interned once. {@code parse} must depend on the cell text only. The cache holds at most
     * {@link #CELL_CACHE_ENTRIES} cells per column and starts afresh when full (exports list related records together).
     */
    List<String> cellList(int slot, String cell, Function<String, List<String>> parse) {
        Stats st = cellStats[slot];
        if (st.off || !enabled) {
            return list(slot, parse.apply(cell));
        }
        CellCache cache = cellCaches[slot];
        if (cache == null) {
            cache = new CellCache();
            cellCaches[slot] = cache;
        }
        int known = cache.cells.get(cell);
        st.count(known >= 0);
        if (known >= 0) {
            return cache.values.get(known);
        }
        List<String> value = list(slot, parse.apply(cell));
        if (cache.values.size() >= CELL_CACHE_ENTRIES) {
            cache = new CellCache();
            cellCaches[slot] = cache;
        }
        cache.cells.putIfAbsent(cell, cache.values.size());
        cache.values.add(value);
        return value;
    }

    LocalDate date(LocalDate d) {
        if (d == null || !enabled) {
            return d;
        }
        LocalDate known = dates.putIfAbsent(d, d);
        return known == null ? d : known;
    }
}
