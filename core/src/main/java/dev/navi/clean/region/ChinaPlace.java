package dev.navi.clean.region;

import java.util.Objects;

/**
 * Where in China an applicant is, as standard full names from {@code china-divisions.tsv}.
 *
 * <p>For the four municipalities (北京市, 天津市, 上海市, 重庆市) and the two special administrative regions
 * (香港特别行政区, 澳门特别行政区) there is no prefecture level: {@code city} repeats {@code province}. For a
 * county-level city directly under its province (仙桃市, 济源市, 石河子市 ...) {@code city} is that county-level
 * city and {@code district} is {@code null}.
 *
 * @param province provincial-level division, never {@code null} (四川省, 北京市, 广西壮族自治区)
 * @param city     prefecture-level division (成都市, 延边朝鲜族自治州), or {@code null} when only the province is
 *                 known (and always for 台湾省, which the table lists without subdivisions)
 * @param district county-level division (武侯区, 昆山市), or {@code null} when not known; never set without
 *                 {@code city}
 */
public record ChinaPlace(String province, String city, String district) {
    public ChinaPlace {
        Objects.requireNonNull(province, "province");
        if (city == null && district != null) {
            throw new IllegalArgumentException("district " + district + " without a city");
        }
    }
}
