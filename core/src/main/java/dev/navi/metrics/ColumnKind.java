package dev.navi.metrics;

/**
 * What the values of a {@link MetricTable} column are, declared by the table's producer so that the report, the
 * workbook and the charts format it from the declaration instead of guessing from the column's name (a node called
 * "separator" contains "rate", one called "flight-control" contains "control": their counts were printed as 700.0 %).
 */
public enum ColumnKind {
    /** Whole numbers of records, applicants, links (1,087). */
    COUNT,
    /** A fraction 0–1 of a whole, printed as a percentage (25.0 %). */
    SHARE,
    /** A growth rate, a fraction per year, printed as a percentage (+12.3 %). */
    RATE,
    /** A dimensionless index or ratio (RTA 1.35, a score 0.71). */
    INDEX,
    /** A calendar year (2023, no thousands separator). */
    YEAR,
    /** A coded value translated for the reader (quadrant, stage, yes/no, type). */
    CODE,
    /** A proper name (applicant, inventor, node). */
    NAME,
    /** Free text (reasons, titles). */
    TEXT,
    /** Yes / no, written {@code yes} / {@code no} in the tables (a boolean cell in the workbook). */
    FLAG
}
