package dev.navi.metrics;

/**
 * The written definition of a metric; it travels with every result into results.json and the atlas's definitions
 * sheet.
 *
 * @param id      stable id ({@code cr4}, {@code hhi}, {@code rta} ...)
 * @param nameZh  Chinese name
 * @param nameEn  English name
 * @param formula the formula in words and symbols
 * @param unit    unit of the value (件/项, %, index 0–10,000, years ...)
 * @param basis   counting basis (which records, which unit, which date decides the year)
 * @param window  the time window and how the incomplete last 18 months are treated
 */
public record Definition(String id, String nameZh, String nameEn, String formula, String unit, String basis, String window) {
}
