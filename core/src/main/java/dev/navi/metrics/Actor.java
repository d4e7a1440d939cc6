package dev.navi.metrics;

/**
 * A resolved applicant of a counted record.
 *
 * @param name     standard name (after clustering and the alias table)
 * @param group    group it rolls up to
 * @param type     enterprise / university / institute / individual / government_other, or {@code null}
 * @param country  ISO 3166 alpha-2, or {@code null}
 * @param province Chinese province (standard full name), or {@code null}
 * @param city     Chinese prefecture-level city (standard full name), or {@code null}
 */
public record Actor(String name, String group, String type, String country, String province, String city) {
}
