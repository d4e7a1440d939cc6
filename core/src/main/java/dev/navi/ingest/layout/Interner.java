package dev.navi.ingest.layout;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Shares one instance among equal short values of one file (names, classes, codes, dates), which repeat across
 * records: a million records in memory for the clean stage then hold each distinct applicant or IPC class once.
 * Bounded: after {@link #MAX_ENTRIES} distinct values it stops remembering new ones. Not thread-safe (one per mapper).
 */
final class Interner {
    static final int MAX_ENTRIES = 1 << 20;
    static final int MAX_LENGTH = 64;

    private final Map<String, String> strings = new HashMap<>();
    private final Map<LocalDate, LocalDate> dates = new HashMap<>();

    String string(String s) {
        if (s == null || s.length() > MAX_LENGTH) {
            return s;
        }
        String known = strings.get(s);
        if (known != null) {
            return known;
        }
        if (strings.size() < MAX_ENTRIES) {
            strings.put(s, s);
        }
        return s;
    }

    List<String> list(List<String> values) {
        if (values.isEmpty()) {
            return values;
        }
        if (values.size() == 1) {
            return List.of(string(values.get(0)));
        }
        List<String> out = new ArrayList<>(values.size());
        for (String v : values) {
            out.add(string(v));
        }
        return List.copyOf(out);
    }

    LocalDate date(LocalDate d) {
        if (d == null) {
            return null;
        }
        LocalDate known = dates.putIfAbsent(d, d);
        return known == null ? d : known;
    }
}
