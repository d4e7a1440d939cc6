package dev.navi.industry;

import java.util.List;

/**
 * One firm of the {@code firms} table: a firm of the region or a leader elsewhere. Immutable; lists never null.
 *
 * @param name       the firm's name as the analyst wrote it
 * @param creditCode unified social credit code (统一社会信用代码), or {@code null}
 * @param country    ISO 3166 alpha-2 country ({@code CN} when a Chinese province or city is given), or {@code null}
 * @param province   Chinese province (standard full name), or {@code null}
 * @param city       Chinese prefecture-level city (standard full name), or {@code null}
 * @param group      the group the analyst says it belongs to, or {@code null} (the alias table may still give one)
 * @param nodes      chain-map node ids the firm works in, in the order written
 * @param roles      role keys ({@link Roles}: {@code leader}, {@code specialised}, {@code listed}, {@code above_scale}) and
 *                   any other role text as written
 * @param revenue    operating revenue, 亿元 (100 million CNY), or {@code null}
 * @param output     output value (产值), 亿元, or {@code null}
 * @param employees  employees, or {@code null}
 * @param year       the year the figures are for, or {@code null}
 * @param row        the row of the file it came from (1-based, as a spreadsheet shows it)
 */
public record Firm(String name, String creditCode, String country, String province, String city, String group,
                   List<String> nodes, List<String> roles, Double revenue, Double output, Long employees, Integer year,
                   long row) {
    public Firm {
        nodes = List.copyOf(nodes);
        roles = List.copyOf(roles);
    }

    /** Output value, else revenue (the size measure of the analyses), or {@code null} when neither is given. */
    public Double size() {
        return output != null ? output : revenue;
    }
}
