package dev.navi.pipeline;

import dev.navi.chain.map.ChainMap;
import dev.navi.chain.map.ChainNode;
import dev.navi.clean.CleanRecord;
import dev.navi.clean.ResolvedApplicant;
import dev.navi.ingest.dataset.CanonicalColumns;
import dev.navi.report.xlsx.AtlasWorkbookModel;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The atlas workbook's data sheet: one row per counted record — the canonical fields, then each of the exports'
 * unmapped source columns as its own column ({@code src: <name>}, in order of first appearance over the records),
 * then the counted unit, its publications, the standardised applicants with their group and type, the tags and one
 * 0/1 column per chain node (headed by the node's name in the atlas's language). Rows are computed while the workbook is written, so a
 * million records never sit in memory twice.
 */
record DataSheet(List<String> columns, List<List<String>> rows) {
    static final String SOURCE_PREFIX = "src: ";

    static DataSheet of(ChainMap map, boolean english, List<CleanRecord> records, List<Set<String>> tags,
                        PipelineListener listener) {
        List<String> canonical = new ArrayList<>(CanonicalColumns.header());
        int extraAt = canonical.indexOf(CanonicalColumns.EXTRA);
        canonical.remove(extraAt);
        Map<String, Integer> extras = new LinkedHashMap<>();
        for (CleanRecord c : records) {
            for (String k : c.patent().extra().keySet()) {
                extras.putIfAbsent(k, extras.size());
            }
        }
        List<ChainNode> nodes = map.nodes();
        Map<String, String> nodeHeader = nodeHeaders(nodes, english ? "en" : "zh");
        List<String> columns = new ArrayList<>(canonical);
        Set<String> taken = new HashSet<>(columns);
        for (String k : extras.keySet()) {
            columns.add(unique(SOURCE_PREFIX + k, taken));
        }
        for (String c : List.of("unitId", "publications", "standardApplicants", "applicantGroups", "applicantTypes", "tags")) {
            columns.add(unique(c, taken));
        }
        for (ChainNode n : nodes) {
            columns.add(unique(nodeHeader.get(n.id()), taken));
        }
        int width = columns.size();
        int step = Math.max(1, records.size() / 100);
        List<List<String>> rows = AtlasWorkbookModel.lazyRows(records.size(), i -> {
            if (i % step == 0) {
                listener.accept(i);
            }
            CleanRecord c = records.get(i);
            List<String> row = new ArrayList<>(width);
            row.addAll(CanonicalColumns.cellsWithoutExtra(c.patent()));
            String[] extra = new String[extras.size()];
            c.patent().extra().forEach((k, v) -> extra[extras.get(k)] = v);
            for (String v : extra) {
                row.add(v == null ? "" : v);
            }
            row.add(c.unitId());
            row.add(String.join("\n", c.publications()));
            row.add(lines(c, ResolvedApplicant::standardName));
            row.add(lines(c, ResolvedApplicant::group));
            row.add(lines(c, ResolvedApplicant::type));
            Set<String> t = tags.get(i);
            List<String> names = new ArrayList<>(t.size());
            for (ChainNode n : nodes) {
                if (t.contains(n.id())) {
                    names.add(nodeHeader.get(n.id()));
                }
            }
            row.add(String.join("\n", names));
            for (ChainNode n : nodes) {
                row.add(t.contains(n.id()) ? "1" : "");
            }
            return row;
        });
        return new DataSheet(columns, rows);
    }

    /** Node column headers: the node's name, with its id added when two nodes share a name. */
    private static Map<String, String> nodeHeaders(List<ChainNode> nodes, String lang) {
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (ChainNode n : nodes) {
            seen.merge(n.name(lang), 1, Integer::sum);
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (ChainNode n : nodes) {
            String name = n.name(lang);
            out.put(n.id(), seen.get(name) > 1 ? name + " (" + n.id() + ")" : name);
        }
        return out;
    }

    private static String unique(String name, Set<String> taken) {
        String n = name;
        for (int i = 2; !taken.add(n); i++) {
            n = name + " (" + i + ")";
        }
        return n;
    }

    private static String lines(CleanRecord c, Function<ResolvedApplicant, String> f) {
        StringBuilder sb = new StringBuilder();
        for (ResolvedApplicant a : c.applicants()) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            String v = f.apply(a);
            sb.append(v == null ? "" : v);
        }
        return sb.toString();
    }
}
