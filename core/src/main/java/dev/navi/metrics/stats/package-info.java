/**
 * Pure statistical building blocks of the direction (产业发展方向导航) and positioning (区域产业发展定位)
 * metrics: concentration (CR<sub>n</sub>, HHI), growth (YoY, CAGR), the logistic fit of cumulative filings,
 * the technology life-cycle call, and RTA / location quotient with the per-node quadrant.
 *
 * <p>No I/O, no third-party types, no clocks or randomness: every method is a deterministic function of
 * its arguments, so each figure in the atlas can be reproduced by hand from the numbers it states. Every
 * type is immutable; arguments are never {@code null} (a {@code NullPointerException} is thrown otherwise).
 * Undefined quantities (a share of an empty total, a growth rate from zero) are {@link Double#NaN}, never
 * a silently invented zero; the Javadoc of each method says exactly when.
 */
package dev.navi.metrics.stats;
