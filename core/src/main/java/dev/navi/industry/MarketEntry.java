package dev.navi.industry;

/**
 * One row of the {@code market} table: the size of a chain node's market, or one holder's share of it.
 *
 * @param node        chain-map node id
 * @param year        year the figures are for, or {@code null}
 * @param market      the geographic market the row describes ({@code 全球} when blank)
 * @param holder      a firm or a country holding a share, or {@code null} for the market's own size
 * @param holderType  {@code firm} or {@code country} ({@code null} for a size row)
 * @param country     for a country holder its ISO code, else {@code null}
 * @param outputValue market output value, 亿元, or {@code null}
 * @param capacity    capacity or shipments in the analyst's unit (GWh, 万吨 …), or {@code null}
 * @param share       the holder's share, a fraction 0–1, or {@code null}
 * @param row         the row of the file it came from
 */
public record MarketEntry(String node, Integer year, String market, String holder, String holderType, String country,
                          Double outputValue, Double capacity, Double share, long row) {
    /** The market name used when the cell is blank. */
    public static final String GLOBAL = "全球";

    /** True for a row that gives the market's size rather than a holder's share. */
    public boolean sizeRow() {
        return holder == null;
    }
}
