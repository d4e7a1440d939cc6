package dev.navi.metrics;

import dev.navi.chain.map.ChainMap;
import dev.navi.model.YearBasis;
import dev.navi.project.Region;

import java.util.List;

/**
 * What every module computes over.
 *
 * @param records           the analysis set (see {@code dev.navi.pipeline.AnalysisSet}): every module counts these and
 *                          only these
 * @param map               the chain map (node order, names, key products)
 * @param unit              counting unit key ({@code family} / {@code application} / {@code publication})
 * @param region            region of interest, or {@code null}
 * @param peers             peer regions
 * @param fromYear          first year of the period (on {@code basis})
 * @param toYear            last year of the period (on {@code basis})
 * @param lastCompleteYear  the last year not affected by the 18-month publication lag; later years are shown but
 *                          never read as a decline
 * @param basis             the year basis of {@link MetricRecord#year()} (and of fromYear, toYear, lastCompleteYear)
 */
public record MetricContext(List<MetricRecord> records, ChainMap map, String unit, Region region, List<Region> peers,
                            int fromYear, int toYear, int lastCompleteYear, YearBasis basis) {
    /** A context counted by application year. */
    public MetricContext(List<MetricRecord> records, ChainMap map, String unit, Region region, List<Region> peers,
                         int fromYear, int toYear, int lastCompleteYear) {
        this(records, map, unit, region, peers, fromYear, toYear, lastCompleteYear, YearBasis.APPLICATION);
    }

    public MetricContext {
        basis = basis == null ? YearBasis.APPLICATION : basis;
        records = List.copyOf(records);
        peers = List.copyOf(peers);
    }
}
