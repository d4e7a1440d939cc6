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
 * 1/empty column per chain node (headed by the node's name in the atlas's language). {@link #columns} are the
 * stable ids (canonical keys, {@code src: <name>}, derived keys, node ids); {@link #types} the headers in the atlas's
 * language and the cell types. Rows are computed while the workbook is written, so a
 * million records never sit in memory twice.
 */
record DataSheet(List<String> columns, List<List<String>> rows, List<AtlasWorkbookModel.DataColumn> types) {
    static final String SOURCE_PREFIX = "src: ";

    /** Patent types and legal statuses as the atlas reads them, {zh, en} (records.csv keeps the keys). */
    private static final Map<String, String[]> PATENT_TYPES = Map.of(
            "invention", new String[] {"发明", "invention"}, "utility_model", new String[] {"实用新型", "utility model"},
            "design", new String[] {"外观设计", "design"}, "plant", new String[] {"植物专利", "plant"});
    private static final Map<String, String[]> STATUSES = Map.of(
            "active", new String[] {"有效", "active"}, "pending", new String[] {"审中", "pending"},
            "lapsed", new String[] {"失效", "lapsed"}, "unknown", new String[] {"未知", "unknown"});

    private static String code(Map<String, String[]> names, String key, boolean english) {
        String[] n = names.get(key);
        return n == null ? key : english ? n[1] : n[0];
    }

    /** Headers of the canonical and derived columns, {zh, en}; a source column keeps the export's own header. */
    private static final Map<String, String[]> LABELS = Map.ofEntries(
            Map.entry("publicationNumber", new String[] {"公开号", "Publication number"}),
            Map.entry("office", new String[] {"公开国家/组织", "Office"}),
            Map.entry("kindCode", new String[] {"文献类型代码", "Kind code"}),
            Map.entry("applicationNumber", new String[] {"申请号", "Application number"}),
            Map.entry("sourceId", new String[] {"数据库记录号", "Source record id"}),
            Map.entry("applicationDate", new String[] {"申请日", "Application date"}),
            Map.entry("publicationDate", new String[] {"公开日", "Publication date"}),
            Map.entry("grantDate", new String[] {"授权日", "Grant date"}),
            Map.entry("priorityDate", new String[] {"最早优先权日", "Earliest priority date"}),
            Map.entry("priorityNumbers", new String[] {"优先权号", "Priority numbers"}),
            Map.entry("priorityCountries", new String[] {"优先权国家", "Priority countries"}),
            Map.entry("title", new String[] {"标题", "Title"}),
            Map.entry("abstract", new String[] {"摘要", "Abstract"}),
            Map.entry("firstClaim", new String[] {"首项权利要求", "First claim"}),
            Map.entry("claimsCount", new String[] {"权利要求数", "Claims"}),
            Map.entry("applicants", new String[] {"申请人", "Applicants"}),
            Map.entry("vendorApplicants", new String[] {"数据库标准化申请人", "Vendor's standardised applicants"}),
            Map.entry("currentOwners", new String[] {"当前权利人", "Current owners"}),
            Map.entry("inventors", new String[] {"发明人", "Inventors"}),
            Map.entry("applicantAddresses", new String[] {"申请人地址", "Applicant addresses"}),
            Map.entry("applicantCountries", new String[] {"申请人国家", "Applicant countries"}),
            Map.entry("applicantProvinces", new String[] {"申请人省份/州", "Applicant provinces / states"}),
            Map.entry("applicantCities", new String[] {"申请人城市", "Applicant cities"}),
            Map.entry("ipc", new String[] {"IPC分类号", "IPC"}),
            Map.entry("mainIpc", new String[] {"主IPC分类号", "Main IPC"}),
            Map.entry("cpc", new String[] {"CPC分类号", "CPC"}),
            Map.entry("patentType", new String[] {"专利类型", "Patent type"}),
            Map.entry("legalStatus", new String[] {"法律状态", "Legal status"}),
            Map.entry("legalStatusText", new String[] {"法律状态（原文）", "Legal status as exported"}),
            Map.entry("legalEvents", new String[] {"法律事件", "Legal events"}),
            Map.entry("transferCount", new String[] {"转让次数", "Transfers"}),
            Map.entry("licenceCount", new String[] {"许可次数", "Licences"}),
            Map.entry("pledgeCount", new String[] {"质押次数", "Pledges"}),
            Map.entry("litigationCount", new String[] {"诉讼次数", "Litigations"}),
            Map.entry("citedByCount", new String[] {"被引次数", "Cited by"}),
            Map.entry("citesCount", new String[] {"引用次数", "Cites"}),
            Map.entry("familyId", new String[] {"同族号", "Family id"}),
            Map.entry("familySize", new String[] {"简单同族数", "Family size"}),
            Map.entry("familyMembers", new String[] {"同族成员", "Family members"}),
            Map.entry("familyOffices", new String[] {"同族公开国家", "Family offices"}),
            Map.entry("valueScore", new String[] {"数据库价值分", "Vendor value score"}),
            Map.entry("techEffects", new String[] {"技术功效", "Technical effects"}),
            Map.entry("url", new String[] {"链接", "Link"}),
            Map.entry("titleAlt", new String[] {"标题（另一语种）", "Title (other language)"}),
            Map.entry("abstractAlt", new String[] {"摘要（另一语种）", "Abstract (other language)"}),
            Map.entry("sourceFile", new String[] {"来源文件", "Source file"}),
            Map.entry("sourceSheet", new String[] {"来源工作表", "Source sheet"}),
            Map.entry("sourceRow", new String[] {"来源行号", "Source row"}),
            Map.entry("sourceLayout", new String[] {"来源格式", "Source layout"}),
            Map.entry("unitId", new String[] {"计数单元", "Counted unit"}),
            Map.entry("publications", new String[] {"所含公开号", "Publications"}),
            Map.entry("standardApplicants", new String[] {"标准化申请人", "Standardised applicants"}),
            Map.entry("applicantGroups", new String[] {"所属集团", "Applicant groups"}),
            Map.entry("applicantTypes", new String[] {"申请人类型", "Applicant types"}),
            Map.entry("tags", new String[] {"技术分支标引", "Tags"}));

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
        int typeAt = canonical.indexOf(dev.navi.model.Field.PATENT_TYPE.key());
        int statusAt = canonical.indexOf(dev.navi.model.Field.LEGAL_STATUS.key());
        List<AtlasWorkbookModel.DataColumn> types = new ArrayList<>(columns.size());
        Map<String, String> nodeIds = new LinkedHashMap<>();
        for (ChainNode n : nodes) {
            nodeIds.put(nodeHeader.get(n.id()), n.id());
        }
        for (String c : columns) {
            types.add(type(c, english, nodeIds.containsKey(c)));
        }
        // a node column's stable id is the node id (its header is the node's name in the atlas's language)
        List<String> ids = new ArrayList<>(columns.size());
        for (String c : columns) {
            ids.add(nodeIds.getOrDefault(c, c));
        }
        int width = columns.size();
        int step = Math.max(1, records.size() / 100);
        List<List<String>> rows = AtlasWorkbookModel.lazyRows(records.size(), i -> {
            if (i % step == 0) {
                listener.accept(i);
            }
            CleanRecord c = records.get(i);
            List<String> row = new ArrayList<>(width);
            List<String> canon = CanonicalColumns.cellsWithoutExtra(c.patent());
            if (typeAt >= 0) {
                canon.set(typeAt, code(PATENT_TYPES, canon.get(typeAt), english));
            }
            if (statusAt >= 0) {
                canon.set(statusAt, code(STATUSES, canon.get(statusAt), english));
            }
            row.addAll(canon);
            String[] extra = new String[extras.size()];
            c.patent().extra().forEach((k, v) -> extra[extras.get(k)] = v);
            for (String v : extra) {
                row.add(v == null ? "" : v);
            }
            row.add(c.unitId());
            row.add(String.join("\n", c.publications()));
            row.add(lines(c, ResolvedApplicant::standardName));
            row.add(lines(c, ResolvedApplicant::group));
            row.add(lines(c, a -> a.type() == null ? null
                    : dev.navi.metrics.Columns.value("type", a.type(), english).orElse(a.type())));
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
        return new DataSheet(ids, rows, types);
    }

    /**
     * A column's header and cell type: dates as dates, counts and row numbers as whole numbers, the value score as a
     * decimal, a node column as 1 (tagged) or empty (a number, so SUM over it counts the node's records).
     */
    private static AtlasWorkbookModel.DataColumn type(String column, boolean english, boolean node) {
        if (node) {
            return new AtlasWorkbookModel.DataColumn(column, AtlasWorkbookModel.DataColumn.Type.INTEGER);
        }
        if (column.startsWith(SOURCE_PREFIX)) {
            // the export's own header, as the export wrote it
            return new AtlasWorkbookModel.DataColumn((english ? "Source: " : "原始列：") + column.substring(SOURCE_PREFIX.length()),
                    AtlasWorkbookModel.DataColumn.Type.TEXT);
        }
        String[] l = LABELS.get(column);
        String label = l == null ? column : english ? l[1] : l[0];
        AtlasWorkbookModel.DataColumn.Type t = AtlasWorkbookModel.DataColumn.Type.TEXT;
        if (CanonicalColumns.SOURCE_ROW.equals(column)) {
            t = AtlasWorkbookModel.DataColumn.Type.INTEGER;
        }
        var f = dev.navi.model.Field.byKey(column);
        if (f.isPresent() && f.get().key().equals(column)) {
            t = switch (f.get().kind()) {
                case DATE -> AtlasWorkbookModel.DataColumn.Type.DATE;
                case INT -> AtlasWorkbookModel.DataColumn.Type.INTEGER;
                case DECIMAL -> AtlasWorkbookModel.DataColumn.Type.DECIMAL;
                default -> AtlasWorkbookModel.DataColumn.Type.TEXT;
            };
        }
        return new AtlasWorkbookModel.DataColumn(label, t);
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
