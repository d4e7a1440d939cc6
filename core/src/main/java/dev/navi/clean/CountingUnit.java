package dev.navi.clean;

import java.util.Locale;

/**
 * What one counted record is. Every output states the unit it counted.
 *
 * <ul>
 *   <li>{@link #PUBLICATION}: each distinct publication (the same publication from several files or sources counts once);</li>
 *   <li>{@link #APPLICATION}: each application (its A and B publications count once);</li>
 *   <li>{@link #FAMILY}: each simple family (publications that share family id, family membership or exactly the same
 *       priorities count once). The default where the exports carry family data.</li>
 * </ul>
 */
public enum CountingUnit {
    PUBLICATION("publication", "公开文本"),
    APPLICATION("application", "申请"),
    FAMILY("family", "同族");

    private final String en;
    private final String nameZh;

    CountingUnit(String en, String nameZh) {
        this.en = en;
        this.nameZh = nameZh;
    }

    /**
     * The Chinese name of the unit given by its key ({@code family} → 同族), as sentences, definitions and charts print
     * it ("计数单位：同族", "按同族计"); a key that is not a unit is returned as it is.
     */
    public static String nameZh(String key) {
        for (CountingUnit u : values()) {
            if (u.key().equalsIgnoreCase(key) || u.en.equalsIgnoreCase(key)) {
                return u.nameZh;
            }
        }
        return key;
    }

    /** The key scripts see in {@code clean-summary.json}: {@code family}, {@code application}, {@code publication}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The Chinese name, the one every sentence, table, chart and definition prints ({@link #nameZh(String)}). */
    public String zh() {
        return nameZh;
    }

    public String en() {
        return en;
    }
}
