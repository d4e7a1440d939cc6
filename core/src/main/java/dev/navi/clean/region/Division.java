package dev.navi.clean.region;

import java.util.List;
import java.util.Objects;

/**
 * One row of China's administrative division table ({@code china-divisions.tsv}).
 *
 * @param code       6-digit division code (GB/T 2260, as in the NBS statistical division codes)
 * @param level      province, prefecture-level city or county-level district
 * @param name       the standard full name
 * @param aliases    short names, former names and other spellings, never {@code null}; immutable
 * @param parentCode code of the enclosing division, {@code null} for a province; a province for the districts
 *                   of a municipality and for county-level cities directly under a province
 */
public record Division(String code, Level level, String name, List<String> aliases, String parentCode) {

    /** The three levels the table has. */
    public enum Level {
        /** Provincial level: 省, 自治区, 直辖市, 特别行政区. */
        PROVINCE,
        /** Prefecture level: 地级市, 地区, 自治州, 盟. */
        CITY,
        /** County level: 市辖区, 县级市, 县, 自治县, 旗, 自治旗, 特区, 林区. */
        DISTRICT
    }

    public Division {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
        if (!code.matches("\\d{6}")) {
            throw new IllegalArgumentException("division code must have 6 digits, was " + code);
        }
        if ((level == Level.PROVINCE) != (parentCode == null)) {
            throw new IllegalArgumentException(code + ": a province has no parent, every other division has one");
        }
    }
}
