package dev.navi.metrics.stats;

/**
 * The regional position of one chain node (区域产业定位象限), from the region's specialisation (RTA, or a
 * share) and its growth, as assigned by {@link Rta#place(double, double, double, Rta.Thresholds)}.
 * Rules, applied in this order, with thresholds from {@link Rta.Thresholds} (defaults: RTA 1.0, growth =
 * the growth of all nodes together, gap = a region count of 0):
 * <ol>
 *   <li>{@link #GAP}: region count ≤ {@code gapMaxCount}, whatever RTA and growth say;</li>
 *   <li>{@link #ADVANTAGE}: specialisation ≥ threshold (high RTA) <em>and</em> growth ≥ threshold;</li>
 *   <li>{@link #ESTABLISHED}: specialisation ≥ threshold, growth below threshold or undefined (NaN: too few
 *       filings to measure it);</li>
 *   <li>{@link #POTENTIAL}: specialisation below threshold, growth ≥ threshold;</li>
 *   <li>{@link #WEAK}: specialisation below threshold, growth below threshold or undefined (NaN).</li>
 * </ol>
 * A specialised node that does not grow at least as fast as the benchmark is ESTABLISHED (基础), not ADVANTAGE:
 * the atlas defines 优势 as "RTA ≥ 1 and growth ≥ the benchmark", so the rule must say the same.
 */
public enum Quadrant {
    /** 优势: the region is specialised in the node (RTA ≥ threshold) and grows at least as fast as the benchmark. */
    ADVANTAGE("优势", "advantage"),
    /** 基础: specialised (RTA ≥ threshold) but growing slower than the benchmark, or growth not measurable. */
    ESTABLISHED("基础", "established"),
    /** 潜力: not yet specialised, but the region's filings grow at least as fast as the benchmark. */
    POTENTIAL("潜力", "potential"),
    /** 薄弱: not specialised and growing slower than the benchmark. */
    WEAK("薄弱", "weak"),
    /** 空白/短板: the region has no (or near-zero) filings in the node. */
    GAP("空白", "gap");

    private final String zh;
    private final String en;

    Quadrant(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    /** Chinese label as printed in the atlas. */
    public String zh() {
        return zh;
    }

    /** English label. */
    public String en() {
        return en;
    }
}
