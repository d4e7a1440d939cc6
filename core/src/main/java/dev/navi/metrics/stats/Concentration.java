package dev.navi.metrics.stats;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Market-concentration measures over applicant filing counts (CR<sub>n</sub>, HHI, ranked shares).
 *
 * <p>Input everywhere is a map applicant → count (the caller's counting unit: families or applications,
 * whole counting, so one family co-filed by two applicants counts once for each). Counts must be ≥ 0;
 * applicants with a count of 0 are allowed and carry a share of 0. The total {@code T} is the sum of the
 * counts given; with whole counting it can exceed the number of distinct patents, and shares are then
 * shares of applicant–patent links, as is customary for CR<sub>n</sub>/HHI in patent landscapes.
 * When {@code T = 0} (empty map or all zero) every share, CR<sub>n</sub> and HHI is {@link Double#NaN}.
 */
public final class Concentration {
    /** HHI boundary: below it a market is unconcentrated (US DoJ/FTC 2010 merger guidelines). */
    public static final double HHI_MODERATE_FROM = 1_500;
    /** HHI boundary: above it a market is highly concentrated. */
    public static final double HHI_HIGH_ABOVE = 2_500;

    private Concentration() {
    }

    /** One applicant's place in {@link #ranked(Map)}. */
    public record Share(int rank, String applicant, long count, double share) {
        public Share {
            Objects.requireNonNull(applicant, "applicant");
        }
    }

    /** The conventional reading of an HHI value on the 0–10,000 scale. */
    public enum HhiReading {
        /** HHI &lt; 1,500 (低集中度). */
        UNCONCENTRATED,
        /** 1,500 ≤ HHI ≤ 2,500 (中等集中度). */
        MODERATELY_CONCENTRATED,
        /** HHI &gt; 2,500 (高集中度). */
        HIGHLY_CONCENTRATED,
        /** HHI is NaN (no filings). */
        UNDEFINED
    }

    /**
     * The applicants ranked by count descending, ties broken by name ascending in {@link String#compareTo}
     * order (UTF-16 code units, locale-independent, so the order never depends on the machine).
     * {@code rank} is the 1-based position in that order: tied applicants get consecutive ranks, never a
     * shared one, so the list is total and reproducible. {@code share = count / T} in 0..1
     * (NaN when {@code T = 0}).
     *
     * @throws IllegalArgumentException if a count is negative
     */
    public static List<Share> ranked(Map<String, Long> counts) {
        return ranked(counts, counts.size());
    }

    /**
     * The first {@code limit} of {@link #ranked(Map)} (all of them when there are fewer), without sorting every
     * applicant: a node of a large run has hundreds of thousands of names, of which a table lists ten or fifty. Same
     * order, ranks and shares as {@code ranked(counts).subList(0, limit)}. The ranking itself is {@link Tally}'s, which
     * counts by id for the callers that count a million records.
     *
     * @throws IllegalArgumentException if a count is negative or {@code limit < 0}
     */
    public static List<Share> ranked(Map<String, Long> counts, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be ≥ 0: " + limit);
        }
        total(counts);
        Tally.Names names = new Tally.Names();
        Tally tally = new Tally(names);
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            tally.add(names.id(e.getKey()), Math.toIntExact(e.getValue()));
        }
        return List.copyOf(tally.ranked(limit));
    }

    /**
     * Concentration ratio CR<sub>n</sub> = (c<sub>(1)</sub> + … + c<sub>(n)</sub>) / T, the share of the
     * {@code n} largest applicants, a fraction in 0..1 (multiply by 100 for %). Which of several tied
     * applicants is "in" the top n does not matter: they have equal counts, so the sum is the same.
     * With fewer than {@code n} applicants the result is 1 (all of the market). NaN when {@code T = 0}.
     *
     * @throws IllegalArgumentException if {@code n < 1} or a count is negative
     */
    public static double crN(Map<String, Long> counts, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be ≥ 1: " + n);
        }
        total(counts);
        return crN(counts.values().stream().mapToLong(Long::longValue).toArray(), n);
    }

    /** {@link #crN(Map, int)} of counts given as values (≥ 0), as {@link Tally.Counts#values()} gives them. */
    public static double crN(long[] counts, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be ≥ 1: " + n);
        }
        long[] sorted = counts.clone();
        Arrays.sort(sorted);
        long total = 0;
        long top = 0;
        for (int i = sorted.length - 1; i >= 0; i--) {
            total = Math.addExact(total, sorted[i]);
            if (i >= sorted.length - n) {
                top += sorted[i];
            }
        }
        return share(top, total);
    }

    /**
     * Herfindahl–Hirschman index on percentage shares: HHI = Σ<sub>i</sub> (100 · c<sub>i</sub> / T)²,
     * computed as 10,000 · Σ c<sub>i</sub>² / T² to avoid rounding. Unit: points on a 0–10,000 scale
     * (10,000 = a single applicant; N equal applicants give 10,000 / N). Usual reading
     * ({@link #reading(double)}): below 1,500 unconcentrated, 1,500–2,500 moderately concentrated,
     * above 2,500 highly concentrated. NaN when {@code T = 0}.
     *
     * @throws IllegalArgumentException if a count is negative
     */
    public static double hhi(Map<String, Long> counts) {
        total(counts);
        return hhi(counts.values().stream().mapToLong(Long::longValue).toArray());
    }

    /** {@link #hhi(Map)} of counts given as values (≥ 0), as {@link Tally.Counts#values()} gives them. */
    public static double hhi(long[] counts) {
        long total = 0;
        double sumSquares = 0;
        for (long c : counts) {
            total = Math.addExact(total, c);
            sumSquares += (double) c * c;
        }
        if (total == 0) {
            return Double.NaN;
        }
        return 10_000.0 * sumSquares / ((double) total * total);
    }

    /** The band of an HHI value: &lt; 1,500, 1,500–2,500 inclusive, &gt; 2,500; NaN → UNDEFINED. */
    public static HhiReading reading(double hhi) {
        if (Double.isNaN(hhi)) {
            return HhiReading.UNDEFINED;
        }
        if (hhi < HHI_MODERATE_FROM) {
            return HhiReading.UNCONCENTRATED;
        }
        return hhi <= HHI_HIGH_ABOVE ? HhiReading.MODERATELY_CONCENTRATED : HhiReading.HIGHLY_CONCENTRATED;
    }

    private static double share(long part, long total) {
        return total == 0 ? Double.NaN : (double) part / total;
    }

    private static long total(Map<String, Long> counts) {
        Objects.requireNonNull(counts, "counts");
        long total = 0;
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            Objects.requireNonNull(e.getKey(), "applicant");
            long c = Objects.requireNonNull(e.getValue(), "count of " + e.getKey());
            if (c < 0) {
                throw new IllegalArgumentException("negative count for " + e.getKey() + ": " + c);
            }
            total = Math.addExact(total, c);
        }
        return total;
    }
}
