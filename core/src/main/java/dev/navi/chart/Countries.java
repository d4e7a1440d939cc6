package dev.navi.chart;

/**
 * Display names of country and office codes on chart axes: Chinese names in Chinese atlases ({@code 美国}, from
 * {@link dev.navi.clean.region.Countries#label}), the codes themselves in English ones ({@code US}, the convention of patent
 * statistics), the code for anything unknown; {@code (unknown)} becomes 未知 / Unknown.
 */
final class Countries {

    private Countries() {
    }

    /** The name shown for {@code code}. */
    static String name(String code, boolean english) {
        if (code == null || code.isBlank() || "(unknown)".equals(code)) {
            return english ? "Unknown" : "未知";
        }
        return english ? code : dev.navi.clean.region.Countries.label(code, false);
    }
}
