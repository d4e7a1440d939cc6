package dev.navi.industry;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The firm roles the analyses know, with the words analysts write for them. One definition: the readers, the
 * analyses and the atlas use these keys and names.
 */
public final class Roles {
    /** 龙头企业 / 链主. */
    public static final String LEADER = "leader";
    /** 专精特新 (incl. 小巨人). */
    public static final String SPECIALISED = "specialised";
    /** 上市企业. */
    public static final String LISTED = "listed";
    /** 规模以上工业企业. */
    public static final String ABOVE_SCALE = "above_scale";
    /** The known keys, in the order tables show them. */
    public static final List<String> KEYS = List.of(LEADER, SPECIALISED, LISTED, ABOVE_SCALE);

    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("龙头", LEADER), Map.entry("龙头企业", LEADER), Map.entry("链主", LEADER), Map.entry("链主企业", LEADER),
            Map.entry("leader", LEADER), Map.entry("专精特新", SPECIALISED), Map.entry("专精特新企业", SPECIALISED),
            Map.entry("小巨人", SPECIALISED), Map.entry("专精特新小巨人", SPECIALISED), Map.entry("specialised", SPECIALISED),
            Map.entry("specialized", SPECIALISED), Map.entry("上市", LISTED), Map.entry("上市企业", LISTED),
            Map.entry("上市公司", LISTED), Map.entry("listed", LISTED), Map.entry("规上", ABOVE_SCALE),
            Map.entry("规上企业", ABOVE_SCALE), Map.entry("规模以上", ABOVE_SCALE), Map.entry("规模以上企业", ABOVE_SCALE),
            Map.entry("above_scale", ABOVE_SCALE), Map.entry("above scale", ABOVE_SCALE));

    private Roles() {
    }

    /** The role key for a word analysts write ({@code 龙头企业} → {@code leader}); unknown words are kept as written. */
    public static String key(String word) {
        String w = word.strip();
        return WORDS.getOrDefault(w.toLowerCase(Locale.ROOT), w);
    }

    /** The Chinese name of a role key (unknown keys as they are). */
    public static String zh(String key) {
        return switch (key) {
            case LEADER -> "龙头企业";
            case SPECIALISED -> "专精特新";
            case LISTED -> "上市企业";
            case ABOVE_SCALE -> "规上企业";
            default -> key;
        };
    }

    /** The English name of a role key (unknown keys as they are). */
    public static String en(String key) {
        return switch (key) {
            case LEADER -> "leading firm";
            case SPECIALISED -> "specialised SME";
            case LISTED -> "listed";
            case ABOVE_SCALE -> "above designated size";
            default -> key;
        };
    }
}
