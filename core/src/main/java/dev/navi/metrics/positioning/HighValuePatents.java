package dev.navi.metrics.positioning;

import dev.navi.chain.map.ChainMap;
import dev.navi.metrics.Actor;
import dev.navi.metrics.ColumnKind;
import dev.navi.metrics.Definition;
import dev.navi.metrics.MetricContext;
import dev.navi.metrics.MetricRecord;
import dev.navi.metrics.MetricTable;
import dev.navi.metrics.PatentValue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The region's high-value patents (区域高价值专利): its tagged records ranked by {@link PatentValue}'s score across all
 * nodes (the citation cohort is every tagged record of the same year), the table {@value #TABLE_ID} with the score's
 * parts as columns, so a reader sees whether a patent ranks for its citations, its family or its legal strength.
 */
public final class HighValuePatents {
    /** Id of the table. */
    public static final String TABLE_ID = "region_high_value_patents";
    /** Rows listed. */
    public static final int TOP = 30;

    private HighValuePatents() {
    }

    /** The table of the context's region. */
    public static MetricTable compute(MetricContext ctx) {
        Set<String> nodeSet = new LinkedHashSet<>();
        ctx.map().entries().forEach(e -> nodeSet.add(e.node().id()));
        return compute(ctx, PatentValue.Cohorts.of(ctx.records(), nodeSet));
    }

    /**
     * The table of the context's region, with the citation cohorts already made over the context's records and the
     * map's nodes ({@link QualityIndicators.Result#cohorts}).
     */
    public static MetricTable compute(MetricContext ctx, PatentValue.Cohorts cohorts) {
        ChainMap map = ctx.map();
        Set<String> nodeSet = new LinkedHashSet<>();
        List<String> order = new ArrayList<>();
        map.entries().forEach(e -> {
            nodeSet.add(e.node().id());
            order.add(e.node().id());
        });
        List<String> leaves = map.entries().stream().filter(e -> e.node().isLeaf()).map(e -> e.node().id()).toList();
        List<MetricRecord> mine = new ArrayList<>();
        // by identity: a record's hashCode hashes every field (its lists included), and the records are distinct
        Map<MetricRecord, PatentValue.Score> scores = new java.util.IdentityHashMap<>();
        for (MetricRecord r : ctx.records()) {
            if (r.nodes().stream().anyMatch(nodeSet::contains) && RegionScope.recordIn(r, ctx.region())) {
                mine.add(r);
                scores.put(r, PatentValue.score(r, PatentValue.Cohorts.ALL, cohorts));
            }
        }
        // the top TOP without sorting every region record (the order ends with the unique id, so it is total)
        mine = dev.navi.metrics.TopK.first(mine, TOP, Comparator.comparingDouble((MetricRecord r) -> -scores.get(r).score())
                .thenComparingDouble(r -> Double.isNaN(scores.get(r).normalisedCitations()) ? Double.POSITIVE_INFINITY
                        : -scores.get(r).normalisedCitations())
                .thenComparing(r -> r.publication() == null ? "" : r.publication())
                .thenComparing(MetricRecord::id));
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < Math.min(TOP, mine.size()); i++) {
            MetricRecord r = mine.get(i);
            PatentValue.Score v = scores.get(r);
            Set<String> local = new LinkedHashSet<>();
            for (Actor a : r.applicants()) {
                if (a != null && a.name() != null && RegionScope.actorIn(a, ctx.region())) {
                    local.add(a.name());
                }
            }
            List<String> nodes = leaves.stream().filter(r.nodes()::contains).toList();
            if (nodes.isEmpty()) {
                nodes = order.stream().filter(r.nodes()::contains).toList();
            }
            List<Object> row = new ArrayList<>();
            row.add((long) (i + 1));
            row.add(r.publication());
            row.add(r.title());
            row.add(r.year() == null ? null : (long) r.year());
            row.add(String.join("; ", local));
            row.add(String.join(";", nodes));
            row.add(r.citedBy() == null ? null : (long) r.citedBy());
            row.add(Double.isNaN(v.normalisedCitations()) ? null : v.normalisedCitations());
            row.add(v.citations());
            row.add((long) v.offices());
            row.add(v.family());
            row.add(r.status() == null ? null : r.status().name());
            row.add(v.legal());
            row.add(v.score());
            rows.add(row);
        }
        return new MetricTable(TABLE_ID, RegionScope.label(ctx.region()) + "高价值专利",
                RegionScope.label(ctx.region()) + " high-value patents",
                List.of("rank", "publication", "title", "year", "applicants", "nodes", "cited_by", "cohort_citations",
                        "citation_part", "family_offices", "family_part", "legal_status", "legal_part", "score"),
                rows, List.of("region_membership", "high_value"),
                "区域的已标引记录（任一申请人位于区域内），按价值得分降序排列，并列时按归一被引降序，再按公开号；列前" + TOP + "项。被引"
                        + "比较组为分析集中同年的全部已标引记录。" + PatentValue.ruleZh() + "。申请人：该记录中位于区域内的申请人；技术分支："
                        + "其所属的末级技术分支。",
                "The region's tagged records (any applicant located there) by the value score descending, then "
                        + "cohort_citations descending, then publication; top " + TOP + ". The citation cohort is every "
                        + "tagged record of the analysis set with the same year. " + PatentValue.ruleEn()
                        + ". applicants: the record's applicants located in the region; nodes: its leaf nodes.")
                .declare(ColumnKind.COUNT, List.of("rank", "cited_by", "family_offices"))
                .declare(ColumnKind.YEAR, List.of("year"))
                .declare(ColumnKind.TEXT, List.of("title"))
                .declare(ColumnKind.CODE, List.of("publication", "legal_status"))
                .declare(ColumnKind.NAME, List.of("applicants"))
                .declare(ColumnKind.INDEX, List.of("cohort_citations", "citation_part", "family_part", "legal_part", "score"));
    }

    /** The score's definition. */
    public static Definition definition(MetricContext ctx) {
        String basis = "the region's records of the analysis set tagged to at least one node; citation cohort = all tagged "
                + "records of the set with the same year";
        String basisZh = "分析集中区域（任一申请人位于该区域）标引到任一环节的记录；被引比较组为分析集中同一年份的全部已标引记录";
        String window = "the analysis set's period " + ctx.fromYear() + "–" + ctx.toYear() + "; legal status as of the data cut-off";
        String windowZh = "分析集的期间" + ctx.fromYear() + "–" + ctx.toYear() + "年；法律状态以数据截止日为准";
        return new Definition("high_value", "高价值专利评分", "High-value score", PatentValue.ruleEn(), "score 0–1", basis, window)
                .zh(PatentValue.ruleZh(), "评分（0–1）", basisZh, windowZh);
    }
}
