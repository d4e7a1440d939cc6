package dev.navi.metrics;

import dev.navi.chain.map.ChainMap;
import dev.navi.project.Region;

import java.util.List;

/**
 * What every module computes over.
 *
 * @param records           the counted records
 * @param map               the chain map (node order, names, key products)
 * @param unit              counting unit key ({@code family} / {@code application} / {@code publication})
 * @param region            region of interest, or {@code null}
 * @param peers             peer regions
 * @param fromYear          first application year analysed
 * @param toYear            last application year analysed
 * @param lastCompleteYear  the last year not affected by the 18-month publication lag; later years are shown but
 *                          never read as a decline
 */
public record MetricContext(List<MetricRecord> records, ChainMap map, String unit, Region region, List<Region> peers,
                            int fromYear, int toYear, int lastCompleteYear) {
    public MetricContext {
        records = List.copyOf(records);
        peers = List.copyOf(peers);
    }
}
