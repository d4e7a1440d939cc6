package dev.navi.ingest.layout;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A header row: the column names as the file wrote them and in a normalised form for matching
 * (Unicode NFKC, so full-width {@code （）} equal half-width {@code ()}; lower case; single spaces; no BOM).
 */
public final class Header {
    private final List<String> names;
    private final List<String> keys;
    private final long rowNumber;
    private final java.util.Map<List<String>, Integer> lookups = new java.util.concurrent.ConcurrentHashMap<>();

    public Header(List<String> names, long rowNumber) {
        this.names = List.copyOf(names);
        this.rowNumber = rowNumber;
        List<String> k = new ArrayList<>(names.size());
        for (String n : names) {
            k.add(normalise(n));
        }
        this.keys = List.copyOf(k);
    }

    /** Normalises a column name for matching. */
    public static String normalise(String name) {
        if (name == null) {
            return "";
        }
        String s = Normalizer.normalize(name.replace("\uFEFF", ""), Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT).strip();
        return s.replaceAll("\\s+", " ");
    }

    public List<String> names() {
        return names;
    }

    public int size() {
        return names.size();
    }

    /** The 1-based row (or line) the header was found on. */
    public long rowNumber() {
        return rowNumber;
    }

    /** Normalised name of column {@code i}. */
    public String key(int i) {
        return keys.get(i);
    }

    /** The first column whose normalised name equals one of the aliases, or -1. Cached: mappers ask per row. */
    public int indexOf(List<String> aliases) {
        Integer cached = lookups.get(aliases);
        if (cached != null) {
            return cached;
        }
        int found = find(aliases);
        lookups.put(aliases, found);
        return found;
    }

    private int find(List<String> aliases) {
        for (String alias : aliases) {
            String a = normalise(alias);
            for (int i = 0; i < keys.size(); i++) {
                if (keys.get(i).equals(a)) {
                    return i;
                }
            }
        }
        return -1;
    }

    public boolean has(String... aliases) {
        return indexOf(List.of(aliases)) >= 0;
    }

    /** How many columns have a non-empty name. */
    public int namedColumns() {
        int n = 0;
        for (String k : keys) {
            if (!k.isEmpty()) {
                n++;
            }
        }
        return n;
    }

    /** The display name of column {@code i}: its header text, or {@code column N} (1-based) when unnamed. */
    public String displayName(int i) {
        if (i < names.size()) {
            String n = names.get(i).replace("\uFEFF", "").strip();
            if (!n.isEmpty()) {
                return n;
            }
        }
        return "column " + (i + 1);
    }
}
