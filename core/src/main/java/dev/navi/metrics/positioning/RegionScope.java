package dev.navi.metrics.positioning;

import dev.navi.metrics.Actor;
import dev.navi.metrics.MetricRecord;
import dev.navi.project.Region;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which records and applicants belong to a region, and small helpers shared by the positioning and path modules.
 * <p><b>Basis ("any applicant")</b>: a record belongs to a region when <em>any</em> of its applicants is located there —
 * {@link Actor#country()} equals the ISO code for a {@link Region.Level#COUNTRY} region (case-insensitive),
 * {@link Actor#province()} equals the standard full name for a PROVINCE, {@link Actor#city()} for a CITY. A
 * co-filed record therefore counts once for every region one of its applicants is in. "National" records are those
 * with an applicant in the region's country (CN for a province or city); "global" records are all records.
 */
public final class RegionScope {
    private RegionScope() {
    }

    /** Whether the applicant is located in the region. */
    public static boolean actorIn(Actor a, Region region) {
        if (a == null || region == null || region.code() == null) {
            return false;
        }
        String code = region.code().strip();
        return switch (region.level()) {
            case COUNTRY -> a.country() != null && a.country().strip().equalsIgnoreCase(code);
            case PROVINCE -> code.equals(strip(a.province()));
            case CITY -> code.equals(strip(a.city()));
        };
    }

    /** Whether any applicant of the record is located in the region. */
    public static boolean recordIn(MetricRecord r, Region region) {
        for (Actor a : r.applicants()) {
            if (actorIn(a, region)) {
                return true;
            }
        }
        return false;
    }

    /** The ISO country of the region: its code for a country, CN for a province or city. */
    public static String countryOf(Region region) {
        return region.level() == Region.Level.COUNTRY ? region.code().strip().toUpperCase(Locale.ROOT) : "CN";
    }

    /** Whether any applicant of the record is located in the region's country. */
    public static boolean recordNational(MetricRecord r, Region region) {
        String c = countryOf(region);
        for (Actor a : r.applicants()) {
            if (a != null && a.country() != null && a.country().strip().equalsIgnoreCase(c)) {
                return true;
            }
        }
        return false;
    }

    /** The region's display name: its label, else its code. */
    public static String label(Region region) {
        if (region.level() == Region.Level.COUNTRY && (region.label() == null || region.label().isBlank()
                || region.label().equalsIgnoreCase(region.code()))) {
            // a country written as its code (region: CN) is named, not coded, in titles and sentences (中国); the
            // English atlas maps this name to the English one
            String name = dev.navi.clean.region.Countries.label(region.code(), false);
            return name == null || name.isBlank() ? region.code() : name;
        }
        return region.label() != null && !region.label().isBlank() ? region.label() : region.code();
    }

    /**
     * The region's name in an atlas's language: {@link #label(Region)} in Chinese; in English a country's English name
     * and a Chinese province's or city's Latin name (四川省 → Sichuan), else the label as written.
     */
    public static String label(Region region, boolean en) {
        if (!en) {
            return label(region);
        }
        if (region.level() == Region.Level.COUNTRY) {
            String name = dev.navi.clean.region.Countries.label(region.code(), true);
            return name == null || name.isBlank() ? region.code() : name;
        }
        String l = label(region);
        return dev.navi.clean.region.ChinaDivisions.standard().latinName(l)
                .orElseGet(() -> dev.navi.clean.region.ChinaDivisions.standard().latinPlaces(l));
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }

    // ---- small shared helpers ----

    /** NaN / infinite to null, else the value (table cells). */
    public static Double cell(double v) {
        return Double.isFinite(v) ? v : null;
    }

    /** Rounds to {@code digits} decimals for display in sentences; "–" for NaN. */
    public static String fmt(double v, int digits) {
        if (!Double.isFinite(v)) {
            return "–";
        }
        return String.format(Locale.ROOT, "%." + digits + "f", v);
    }

    /** A fraction as a percentage with one decimal ("0.8%"); "–" for NaN. */
    public static String pct(double fraction) {
        return Double.isFinite(fraction) ? fmt(fraction * 100, 1) + "%" : "–";
    }

    /**
     * The most frequent value, ties broken by the natural (String) order; null when empty.
     */
    public static String mostFrequent(Collection<String> values) {
        Mode m = new Mode();
        for (String v : values) {
            m.add(v);
        }
        return m.get();
    }

    /**
     * {@link #mostFrequent} counted as the values come, without keeping them: an aggregate of hundreds of thousands of
     * records mostly sees one value, which needs no map until a second one comes.
     */
    public static final class Mode {
        private String first;
        private int firstCount;
        private Map<String, Integer> counts;

        /** Counts a value; nulls are not counted. */
        public void add(String v) {
            if (v == null) {
                return;
            }
            if (counts == null) {
                if (first == null) {
                    first = v;
                    firstCount = 1;
                    return;
                }
                if (first.equals(v)) {
                    firstCount++;
                    return;
                }
                counts = new HashMap<>();
                counts.put(first, firstCount);
            }
            counts.merge(v, 1, Integer::sum);
        }

        /** The most frequent value, ties broken by the natural (String) order; null when none was counted. */
        public String get() {
            if (counts == null) {
                return first;
            }
            String best = null;
            int most = 0;
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                int c = e.getValue();
                if (best == null || c > most || (c == most && e.getKey().compareTo(best) < 0)) {
                    best = e.getKey();
                    most = c;
                }
            }
            return best;
        }
    }

    /**
     * The top {@code n} keys by count (descending), ties by their position in {@code order} (e.g. the map's node
     * order); keys absent from {@code order} come last, by name.
     */
    public static List<String> top(Map<String, Integer> counts, int n, List<String> order) {
        List<String> keys = new ArrayList<>(counts.keySet());
        keys.sort(Comparator.<String>comparingInt(k -> -counts.get(k))
                .thenComparingInt(k -> order.indexOf(k) < 0 ? Integer.MAX_VALUE : order.indexOf(k))
                .thenComparing(Comparator.naturalOrder()));
        return keys.size() > n ? keys.subList(0, n) : keys;
    }
}
