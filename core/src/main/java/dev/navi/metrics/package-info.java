/**
 * Stage 4, metrics: the three modules of industry navigation (GB/T 39551) — direction ({@code metrics.direction}),
 * positioning ({@code metrics.positioning}) and paths ({@code metrics.path}) — computed from the cleaned, tagged
 * records ({@link dev.navi.metrics.MetricRecord}). Every result is an immutable {@link dev.navi.metrics.MetricTable}
 * whose {@link dev.navi.metrics.Definition}s travel with it into results.json and the atlas.
 */
package dev.navi.metrics;
