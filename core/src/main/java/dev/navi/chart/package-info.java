/**
 * Charts for the atlases. The only package that sees JFreeChart: factories in {@link dev.navi.chart.Charts} take
 * plain JDK data (or a {@link dev.navi.metrics.MetricTable}'s cells) and return a {@code JFreeChart} already styled by
 * {@link dev.navi.chart.NaviChartTheme}; {@link dev.navi.chart.ChartWriter} turns it into PNG or SVG (JFreeSVG) bytes;
 * {@link dev.navi.chart.AtlasCharts} draws the atlas's whole figure set from the metric tables.
 *
 * <p>Text is always drawn with the bundled WenQuanYi Micro Hei font ({@link dev.navi.chart.ChartFonts}), never with
 * a system font, so Chinese labels render the same on a headless server without CJK fonts as on a desktop.
 */
package dev.navi.chart;
