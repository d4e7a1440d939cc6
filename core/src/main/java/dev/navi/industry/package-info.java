/**
 * Industry data beside the patent data (专利数据与产业数据融合): the analyst's tables of firms, market sizes and shares,
 * and regional output by chain node ({@code industry:} in {@code navi.yaml}), read from CSV or XLSX, checked against the
 * chain map with located problems, and the templates {@code navi init} writes. The analyses that use them live in
 * {@code dev.navi.metrics.industry}. A problem never stops a run: a file that cannot be used is left out, a row that
 * cannot be used is skipped, and each is reported with its file, row and column.
 */
package dev.navi.industry;
