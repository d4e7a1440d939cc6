package dev.navi.metrics;

import java.util.Map;

/**
 * Which records each built-in table counts, stated in results.json ({@code counts} of every table) so that no table's
 * totals need guessing. Every table counts within the analysis set ({@link MetricContext#records()}); the statement
 * says which part of it: {@code set} (every record of the set, tagged or not), {@code tagged} (the records tagged to
 * at least one node), {@code node} (each row or column: the records tagged with that node, roll-ups included),
 * {@code set+node} (a total over the set beside per-node figures), {@code region} (records with an applicant in the
 * region of interest) — as a sentence.
 */
public final class TableCounts {
    private static final String SET = "set: every record of the analysis set, tagged or not";
    private static final String SET_AND_NODES = "set+node: the total / (all) / all row counts every record of the analysis "
            + "set; each node's row or column counts the records tagged with that node";
    private static final String NODE = "node: each row counts the records of the analysis set tagged with its node "
            + "(roll-ups included)";
    private static final String TAGGED = "tagged: the records of the analysis set tagged to at least one node";
    private static final String REGION = "region: the records of the analysis set with an applicant in the region of interest";

    private static final Map<String, String> BY_ID = Map.ofEntries(
            Map.entry("trend_by_year", SET_AND_NODES),
            Map.entry("growth_yoy", SET_AND_NODES),
            Map.entry("trend_by_priority_year", SET + " (by priority year; records without one are not counted)"),
            Map.entry("growth_by_node", SET_AND_NODES),
            Map.entry("life_cycle", NODE),
            Map.entry("phase_diagram", NODE),
            Map.entry("concentration", NODE),
            Map.entry("leading_applicants", SET_AND_NODES),
            Map.entry("leading_inventors", SET_AND_NODES),
            Map.entry("applicant_by_node", TAGGED + " (applicants ranked by their tagged records)"),
            Map.entry("origin_by_year", SET),
            Map.entry("origin_by_node", NODE),
            Map.entry("market_flow", SET),
            Map.entry("industry_transfer", SET),
            Map.entry("control_strength", NODE),
            Map.entry("hotspots", NODE),
            Map.entry("core_patents", NODE),
            Map.entry("tech_effect_matrix", NODE),
            Map.entry("ipc_composition", SET),
            Map.entry("office_by_year", SET),
            Map.entry("region_by_node", TAGGED + "; region, national and global counts per node"),
            Map.entry("peer_comparison", TAGGED + "; per peer region and node"),
            Map.entry("region_applicants", REGION),
            Map.entry("region_applicants_by_type", REGION),
            Map.entry("region_inventors", REGION),
            Map.entry("region_ranking", TAGGED + " with an applicant in the area; the reference is the national "
                    + "records (an applicant in China) or, for countries, all tagged records; per level, area and node"),
            Map.entry("quality_indicators", TAGGED + "; per scope (region, peers, nation, world) and node, each indicator "
                    + "over the records that carry its field"),
            Map.entry("quality_indicator_fields", SET),
            Map.entry("region_national_leaders", NODE + "; applicants of the region's country (all for a country region)"),
            Map.entry("positioning_quality_findings", "the findings drawn from region_ranking, quality_indicators and "
                    + "region_national_leaders"),
            Map.entry("region_high_value_patents", REGION + ", tagged to at least one node"),
            Map.entry("structure_priorities", NODE),
            Map.entry("enterprise_targets", TAGGED + " in the weak and gap nodes, applicants outside the region"),
            Map.entry("local_potential_firms", REGION + "; enterprises located there"),
            Map.entry("talent_targets", TAGGED + " in the weak and gap nodes, inventors outside the region"),
            Map.entry("cooperation_partners", TAGGED + " in the weak and gap nodes; universities and institutes"),
            Map.entry("co_applicant_network", REGION),
            Map.entry("operation_reserve", NODE + " (key-product nodes)"),
            Map.entry("legal_fields", SET),
            Map.entry("legal_status_by_node", SET_AND_NODES),
            Map.entry("operation_by_year", SET),
            Map.entry("operation_by_holder", SET + " (applicants with operated records, full counting)"));

    private TableCounts() {
    }

    /** What the table counts, or a sentence saying it is not stated (a table this list does not know yet). */
    public static String of(String tableId) {
        return BY_ID.getOrDefault(tableId, "not stated: see the table's note");
    }
}
