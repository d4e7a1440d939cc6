/**
 * The analyses that put industry data beside the patent data (专利数据与产业数据融合): the industry overview by chain
 * node, the patent–industry match per node for the region and its peers, patent control strength against market share,
 * local firms with output but few patents, the split of enterprise targets by local presence, and the inventors of
 * local firms. Firms are linked to applicants through what the clean stage produced (standard names, groups, the alias
 * table), never by a second name matcher. Computed over a {@link dev.navi.metrics.MetricContext} and the direction and
 * path modules' results; no I/O.
 */
package dev.navi.metrics.industry;
