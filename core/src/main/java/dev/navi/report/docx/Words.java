package dev.navi.report.docx;

import dev.navi.chain.map.ChainMap;
import dev.navi.chain.map.ChainNode;
import dev.navi.clean.region.Countries;
import dev.navi.project.Region;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Language-dependent wording and number formats of the report.
 *
 * <p>Numbers: counts with thousands separators ({@code 1,087}); shares, growth rates and other fractions as
 * percentages with one decimal ({@code 0.0973 → 9.7%}); indices (RTA, scores) with two decimals; years without a
 * separator. Formats use {@link Locale#US} symbols whatever the machine's locale, and never print "NaN": callers
 * check for missing values and say so in words.
 *
 * <p>Chinese text uses full-width punctuation (，。；：、（）) and no spaces between Chinese characters and digits;
 * the measure word is 项 for families and 件 for applications and publications. Not thread-safe (DecimalFormat).
 */
final class Words {
    private static final DecimalFormatSymbols US = DecimalFormatSymbols.getInstance(Locale.US);
    private final DecimalFormat count = new DecimalFormat("#,##0", US);
    private final DecimalFormat oneDecimal = new DecimalFormat("#,##0.0", US);
    private final DecimalFormat twoDecimals = new DecimalFormat("#,##0.00", US);

    final boolean en;
    final String unitKey;
    private final ChainMap map;

    Words(boolean en, String unitKey, ChainMap map) {
        this.en = en;
        this.unitKey = unitKey == null ? "" : unitKey;
        this.map = map;
    }

    /** The Chinese or the English text. */
    String t(String zh, String english) {
        return en ? english : zh;
    }

    /** A count: {@code 1,087}. */
    String n(long v) {
        return count.format(v);
    }

    /** A count from a table number, rounded. */
    String n(Number v) {
        return count.format(Math.round(v.doubleValue()));
    }

    /** A fraction as a percentage with one decimal: {@code 0.0973 → 9.7%}; {@code -0.0%} becomes {@code 0.0%}. */
    String pct(double fraction) {
        return dev.navi.text.Percent.of(fraction); // the charts print shares through the same formatter
    }

    /** A number with one decimal. */
    String one(double v) {
        String s = oneDecimal.format(v);
        return "-0.0".equals(s) ? "0.0" : s;
    }

    /** An index with two decimals: {@code 1.35}. */
    String idx(double v) {
        String s = twoDecimals.format(v);
        return "-0.00".equals(s) ? "0.00" : s;
    }

    /** A count with its measure word: {@code 1,087项} / {@code 1,087 records}. */
    String records(long v) {
        return en ? n(v) + (v == 1 ? " record" : " records") : n(v) + measure();
    }

    /** The Chinese measure word of the counting unit. */
    String measure() {
        return "family".equals(unitKey) ? "项" : "件";
    }

    /** A date as 2025年6月30日 / 30 June 2025. */
    String date(LocalDate d) {
        if (d == null) {
            return t("未注明", "not stated");
        }
        if (en) {
            return d.getDayOfMonth() + " " + d.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.US) + " "
                    + d.getYear();
        }
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    /** A year range: {@code 2005–2024年} / {@code 2005–2024}; a single year when both ends are equal. */
    String years(int from, int to) {
        String r = from == to ? String.valueOf(from) : from + "–" + to;
        return en ? r : r + "年";
    }

    /** A list: {@code A、B和C} / {@code A, B and C}. */
    String list(List<String> items) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        String head = String.join(en ? ", " : "、", items.subList(0, items.size() - 1));
        return head + (en ? " and " : "和") + items.get(items.size() - 1);
    }

    /** The name of a chain node in the report's language; unknown ids and {@code (all)} handled. */
    String node(String id) {
        if (id == null || id.isBlank()) {
            return t("（未注明）", "(not stated)");
        }
        if ("(all)".equals(id)) {
            // the all row of a table: the whole chain in growth_by_node (its note says tagged records), all records in
            // the legal tables
            return t("全部", "All");
        }
        return map.node(id).map(n -> n.name(en ? "en" : "zh")).orElse(id);
    }

    /** Node ids separated by {@code ;} as names. */
    String nodes(String ids) {
        if (ids == null || ids.isBlank()) {
            return "";
        }
        List<String> names = java.util.Arrays.stream(ids.split(";")).map(String::strip).filter(s -> !s.isEmpty())
                .map(this::node).toList();
        return String.join(en ? ", " : "、", names);
    }

    /** True when {@code id} names a node of the map. */
    boolean isNode(String id) {
        return id != null && map.node(id).isPresent();
    }

    /** The map level of a node (1 = top level), 0 for {@code (all)} and unknown ids. */
    int level(String id) {
        return id == null ? 0 : map.entry(id).map(ChainMap.Entry::level).orElse(0);
    }

    /** The top-level nodes. */
    List<ChainNode> roots() {
        return map.roots();
    }

    /** A country or office code with its name: {@code 韩国（KR）} / {@code Korea (KR)}; unknown codes as is. */
    String country(String code) {
        if (code == null || code.isBlank()) {
            return t("未知", "unknown");
        }
        if ("(unknown)".equals(code)) {
            return t("来源不明", "unknown origin");
        }
        String name = Countries.label(code, en);
        if (name.equals(code) || name.contains("(" + code + ")")) {
            // a name that carries its code already (PCT (WO)) is not given it twice
            return name;
        }
        return en ? name + " (" + code + ")" : name + "（" + code + "）";
    }

    /** A region's label. */
    String region(Region r) {
        if (r.level() == Region.Level.COUNTRY) {
            // a country region written as its code (region: CN) reads as the country's name (中国 / China)
            String label = r.label() == null || r.label().isBlank() || r.label().equalsIgnoreCase(r.code())
                    ? dev.navi.clean.region.Countries.label(r.code(), en) : r.label();
            return label == null ? r.code() : label;
        }
        return place(r.label() != null && !r.label().isBlank() ? r.label() : r.code());
    }

    /**
     * A text (a title, a caption, a finding) with every Chinese province-level name in the atlas's language: an English
     * atlas says Sichuan, not 四川省. Names without a Latin form stay as they are.
     */
    String places(String text) {
        if (!en || text == null) {
            return text;
        }
        if (regionZh != null && regionEn != null && !regionZh.equals(regionEn)) {
            text = text.replace(regionZh, regionEn);
        }
        // province-level names only (ChinaDivisions.latinPlaces): a city inside a text is mostly part of a firm's name
        return dev.navi.clean.region.ChinaDivisions.standard().latinPlaces(text);
    }

    private String regionZh;
    private String regionEn;

    /** The region's name as the modules write it, and as the English atlas prints it (for {@link #places}). */
    void regionNames(String asWritten, String english) {
        this.regionZh = asWritten;
        this.regionEn = english;
    }

    /** A product name in the atlas's language: an English atlas drops a Chinese alias in brackets ("Patsnap (智慧芽)"). */
    String product(String name) {
        return !en || name == null ? name : name.replaceAll("\\s*[（(][^)）]*\\p{IsHan}[^)）]*[)）]", "").strip();
    }

    /** A Chinese place name in the atlas's language: a province's Latin name in English ({@code 四川省} → Sichuan). */
    String place(String name) {
        if (!en || name == null) {
            return name;
        }
        return dev.navi.clean.region.ChinaDivisions.standard().latinName(name).orElse(name);
    }

    private static final Map<String, String> RULES_ZH = Map.ofEntries(
            Map.entry("same publication", "公开号相同"), Map.entry("same publication number", "公开号相同"),
            Map.entry("same application", "同一申请"), Map.entry("same application number", "申请号相同"),
            Map.entry("same application (A and B publications share the serial number)", "同一申请（A、B公开共用申请序号）"),
            Map.entry("same family", "同一同族"), Map.entry("same family id", "同族号相同"),
            Map.entry("same priorities", "优先权相同"), Map.entry("listed as a family member", "列为同族成员"),
            Map.entry("patent type", "专利类型"), Map.entry("keyword", "关键词"), Map.entry("keywords", "关键词"),
            Map.entry("ipc", "IPC分类"), Map.entry("applicant", "申请人"), Map.entry("year", "年份"));

    /** A cleaning rule's name in the report's language (the clean stage names them in English). */
    String rule(String name) {
        if (en || name == null) {
            return name == null ? "" : name;
        }
        return RULES_ZH.getOrDefault(name.strip(), name);
    }

    /** Ends a Chinese sentence with 。 or an English one with a full stop, unless it already ends with punctuation. */
    String sentence(String s) {
        String x = tidy(s).strip();
        if (x.isEmpty()) {
            return x;
        }
        char last = x.charAt(x.length() - 1);
        if ("。！？.!?".indexOf(last) >= 0) {
            return x;
        }
        return x + (en ? "." : "。");
    }

    /** Collapses a range whose ends are equal ({@code 2024–2024年} → {@code 2024年}). */
    static String tidy(String s) {
        return s == null ? "" : s.replaceAll("(\\d{4})[–-]\\1(?!\\d)", "$1");
    }
}
