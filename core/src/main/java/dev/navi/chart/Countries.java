package dev.navi.chart;

import java.util.Map;

/**
 * Display names of country and office codes on chart axes: Chinese names for the common patent countries and offices
 * in Chinese atlases ({@code 美国}), the codes themselves in English ones ({@code US}, the convention of patent
 * statistics), the code for anything unknown; {@code (unknown)} becomes 未知 / Unknown.
 */
final class Countries {

    private static final Map<String, String> ZH = Map.ofEntries(
            Map.entry("CN", "中国"), Map.entry("US", "美国"), Map.entry("JP", "日本"), Map.entry("KR", "韩国"),
            Map.entry("DE", "德国"), Map.entry("FR", "法国"), Map.entry("GB", "英国"), Map.entry("IT", "意大利"),
            Map.entry("NL", "荷兰"), Map.entry("CH", "瑞士"), Map.entry("SE", "瑞典"), Map.entry("BE", "比利时"),
            Map.entry("AT", "奥地利"), Map.entry("DK", "丹麦"), Map.entry("FI", "芬兰"), Map.entry("NO", "挪威"),
            Map.entry("ES", "西班牙"), Map.entry("IL", "以色列"), Map.entry("CA", "加拿大"), Map.entry("AU", "澳大利亚"),
            Map.entry("IN", "印度"), Map.entry("RU", "俄罗斯"), Map.entry("BR", "巴西"), Map.entry("SG", "新加坡"),
            Map.entry("TW", "中国台湾"), Map.entry("HK", "中国香港"), Map.entry("MX", "墨西哥"), Map.entry("IE", "爱尔兰"),
            Map.entry("LU", "卢森堡"), Map.entry("PL", "波兰"), Map.entry("ZA", "南非"), Map.entry("NZ", "新西兰"),
            Map.entry("EP", "欧专局 EP"), Map.entry("WO", "PCT（WO）"), Map.entry("EA", "欧亚专利局 EA"));

    private Countries() {
    }

    /** The name shown for {@code code}. */
    static String name(String code, boolean english) {
        if (code == null || code.isBlank() || "(unknown)".equals(code)) {
            return english ? "Unknown" : "未知";
        }
        return english ? code : ZH.getOrDefault(code, code);
    }
}
