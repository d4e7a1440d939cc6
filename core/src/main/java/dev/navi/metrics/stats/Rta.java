package dev.navi.metrics.stats;

/**
 * Revealed technological advantage (RTA, 显示性技术优势), also read as a location quotient (区位商), and the
 * per-node {@link Quadrant} of the regional positioning module.
 */
public final class Rta {
    private Rta() {
    }

    /**
     * RTA = (region_node / region_total) / (all_node / all_total): the node's share of the region's
     * filings over the node's share of the reference area's (country or world) filings. Dimensionless;
     * 1 = the region is as specialised as the reference, &gt; 1 specialised, &lt; 1 under-represented.
     * Totals are the caller's "all nodes" totals (with multi-label tagging, the number of distinct tagged
     * patents, not the sum over nodes).
     * <p>Edge cases: NaN when region_total = 0 (the region has no filings at all), all_node = 0 (nobody
     * files in the node) or all_total = 0; 0 when the region has none in a node others file in.
     *
     * @throws IllegalArgumentException if a count is negative or not finite, or a node count exceeds its total
     */
    public static double rta(double regionNode, double regionTotal, double allNode, double allTotal) {
        requireCount(regionNode, regionTotal);
        requireCount(allNode, allTotal);
        if (regionTotal == 0 || allNode == 0 || allTotal == 0) {
            return Double.NaN;
        }
        return (regionNode / regionTotal) / (allNode / allTotal);
    }

    /** part / whole as a fraction 0..1; NaN when whole = 0. */
    public static double share(double part, double whole) {
        requireCount(part, whole);
        return whole == 0 ? Double.NaN : part / whole;
    }

    /**
     * Thresholds of the quadrant. {@code specialisation}: RTA (or share) at or above which a node is "high"
     * (default 1.0); {@code growth}: growth at or above which a node is "high" (default: the growth of all
     * nodes together, same unit as the growth passed to {@link #place}); {@code gapMaxCount}: a region count
     * at or below which the node is a GAP (default 0; e.g. 2 to treat a couple of stray filings as none).
     */
    public record Thresholds(double specialisation, double growth, double gapMaxCount) {
        public Thresholds {
            if (!(specialisation >= 0) || Double.isInfinite(specialisation)) {
                throw new IllegalArgumentException("specialisation threshold must be finite and ≥ 0: " + specialisation);
            }
            if (Double.isNaN(growth)) {
                throw new IllegalArgumentException("growth threshold is NaN; pass a defined benchmark growth");
            }
            if (!(gapMaxCount >= 0)) {
                throw new IllegalArgumentException("gapMaxCount must be ≥ 0: " + gapMaxCount);
            }
        }

        /** RTA 1.0, growth = {@code allNodesGrowth}, gap = region count 0. */
        public static Thresholds defaults(double allNodesGrowth) {
            return new Thresholds(1.0, allNodesGrowth, 0);
        }
    }

    /** The placement of one node, with the inputs and the two comparisons that decided it. */
    public record Placement(double specialisation, double growth, double regionCount, Quadrant quadrant,
                            boolean highSpecialisation, boolean highGrowth) {
    }

    /**
     * Places one node by the rules of {@link Quadrant}: GAP if {@code regionCount ≤ gapMaxCount}; else
     * ADVANTAGE if {@code specialisation ≥ t.specialisation} and {@code growth ≥ t.growth}; else ESTABLISHED
     * if only the specialisation is high; else POTENTIAL if {@code growth ≥ t.growth}; else WEAK. NaN specialisation or growth counts as "not high" (+∞ growth, e.g. from zero to some,
     * counts as high if the caller passes it so).
     *
     * @param specialisation the node's RTA (or share) in the region
     * @param growth         the region's growth in the node (e.g. CAGR, fraction per year)
     * @param regionCount    the region's filings in the node, ≥ 0
     */
    public static Placement place(double specialisation, double growth, double regionCount, Thresholds t) {
        if (!(regionCount >= 0)) {
            throw new IllegalArgumentException("regionCount must be ≥ 0: " + regionCount);
        }
        boolean highSpec = specialisation >= t.specialisation();
        boolean highGrowth = growth >= t.growth();
        Quadrant q;
        if (regionCount <= t.gapMaxCount()) {
            q = Quadrant.GAP;
        } else if (highSpec && highGrowth) {
            q = Quadrant.ADVANTAGE;
        } else if (highSpec) {
            q = Quadrant.ESTABLISHED;
        } else if (highGrowth) {
            q = Quadrant.POTENTIAL;
        } else {
            q = Quadrant.WEAK;
        }
        return new Placement(specialisation, growth, regionCount, q, highSpec, highGrowth);
    }

    private static void requireCount(double part, double whole) {
        if (!(part >= 0) || !(whole >= 0) || Double.isInfinite(part) || Double.isInfinite(whole)) {
            throw new IllegalArgumentException("counts must be finite and ≥ 0: " + part + ", " + whole);
        }
        if (part > whole) {
            throw new IllegalArgumentException("part " + part + " exceeds its total " + whole);
        }
    }
}
