package dev.navi.project;

/**
 * A region of interest or peer region.
 *
 * @param level {@link Level#COUNTRY}, {@link Level#PROVINCE} or {@link Level#CITY}
 * @param code  for a country the ISO 3166 alpha-2 code; for a province or city its standard full name (四川省, 成都市)
 * @param label the name as the project file wrote it
 */
public record Region(Level level, String code, String label) {
    /** The level a region is compared at. */
    public enum Level { COUNTRY, PROVINCE, CITY }
}
