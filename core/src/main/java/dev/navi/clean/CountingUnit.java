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
    PUBLICATION("件 (公开)", "publication"),
    APPLICATION("件 (申请)", "application"),
    FAMILY("项 (同族)", "family");

    private final String zh;
    private final String en;

    CountingUnit(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    /** The key scripts see in {@code clean-summary.json}: {@code family}, {@code application}, {@code publication}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }
}
