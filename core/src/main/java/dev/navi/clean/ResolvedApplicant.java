package dev.navi.clean;

/**
 * An applicant after clean-up.
 *
 * @param exported      the name as the export wrote it
 * @param standardName  the standard name of its cluster (alias table, else the cluster's most frequent variant)
 * @param group         the group it rolls up to (alias table), else its standard name
 * @param type          enterprise / university / institute / individual / government-other (lower-case key)
 * @param country       ISO 3166 alpha-2 country, or {@code null} when nothing gave one
 * @param countrySource where the country came from: {@code country field}, {@code address}, {@code name tag},
 *                      {@code name script}, {@code priority office}, {@code publication office}
 * @param province      for Chinese applicants: province (standard full name), else {@code null}
 * @param city          for Chinese applicants: prefecture-level city (standard full name), else {@code null}
 * @param placeSource   where province and city came from: {@code export field} or {@code address}, or {@code null}
 */
public record ResolvedApplicant(String exported, String standardName, String group, String type, String country,
                                String countrySource, String province, String city, String placeSource) {
}
