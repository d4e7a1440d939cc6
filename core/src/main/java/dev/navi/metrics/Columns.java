package dev.navi.metrics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a {@link MetricTable} column is called and what it holds, in one place for every writer of the atlas (the Word
 * report's tables, the workbook's sheets): the header in Chinese and English, the value kind (declared by the producer
 * with {@link MetricTable#declare}, else read from the column id by the rules below), the translation of coded values
 * ({@code enterprise} → 企业, {@code yes} → 是) and which of a column's language variants an atlas shows
 * ({@code reasons} / {@code reasons_en}, {@code stage} / {@code stage_zh}).
 *
 * <p>Kind rules for a column nobody declared: node-id columns ({@code node}, {@code top_nodes} …) are {@link ColumnKind#NAME};
 * a text sample is {@link ColumnKind#TEXT} (or {@link ColumnKind#FLAG} for the yes/no columns); {@code year} and
 * {@code *_year} are {@link ColumnKind#YEAR}; ids containing share, cagr, rate, yoy, growth, control, precision, recall,
 * saturation, cr4, cr8 or combined hold fractions ({@link ColumnKind#SHARE}) unless the sample is a whole number (a count);
 * a fractional sample is an {@link ColumnKind#INDEX}; other numbers are counts. Stateless and thread-safe.
 */
public final class Columns {
    /** Words of a column id that mark a fraction printed as a percentage. */
    private static final List<String> PERCENT_WORDS = List.of("share", "cagr", "rate", "yoy", "growth", "control",
            "precision", "recall", "saturation", "cr4", "cr8", "combined");
    /** Columns holding node ids (one, or several separated by {@code ;}). */
    private static final Set<String> NODE_COLUMNS = Set.of("node", "nodes", "top_nodes", "top_weak_nodes", "key_nodes");
    /** Columns holding the name of the row's node, repeated beside the node id (a language variant of it). */
    private static final Set<String> NODE_NAME_COLUMNS = Set.of("name", "node_name");
    /** Columns holding yes / no. */
    private static final Set<String> FLAG_COLUMNS = Set.of("complete", "granted", "in_region", "holder_in_region",
            "present_in_region", "high_rta", "high_growth");
    private static final Pattern COUNT_YEAR = Pattern.compile("count_(\\d{4})");
    private static final Pattern SHARE_PERIOD = Pattern.compile("share_(\\d{4})_(\\d{4})");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Map<String, String[]> HEADERS = new HashMap<>();
    private static final Map<String, String[]> VALUES = new HashMap<>();

    /**
     * The names a header or value needs from the run: chain nodes, places and countries in the atlas's language.
     * Implementations are the report's wording and the workbook's model.
     */
    public interface Namer {
        /** True for an English atlas. */
        boolean en();

        /** The name of a chain node, or empty when {@code id} is no node of the map. */
        Optional<String> node(String id);

        /** A Chinese place name in the atlas's language (四川省 → Sichuan in English). */
        String place(String name);

        /** A country or office code's name in the atlas's language (CN → 中国 / China), or the code. */
        String country(String code);

        /** A text (title, reason) with the Chinese place names in it in the atlas's language; as is by default. */
        default String places(String text) {
            return text;
        }
    }

    private Columns() {
    }

    /** The base column id: {@code stage_zh}/{@code reason_en} → {@code stage}/{@code reason}; {@code type_a} stays. */
    public static String base(String column) {
        if (column.endsWith("_zh") || column.endsWith("_en")) {
            return column.substring(0, column.length() - 3);
        }
        return column;
    }

    /** Whether the column has a fixed header (a field such as {@code total}), not one named by data (a node, a year). */
    public static boolean named(String column) {
        return HEADERS.containsKey(base(column));
    }

    /** True for a column holding node ids. */
    public static boolean isNodeColumn(String column) {
        return NODE_COLUMNS.contains(base(column));
    }

    /** True for a yes/no column. */
    public static boolean isFlag(String column) {
        String b = base(column);
        return FLAG_COLUMNS.contains(b) || b.startsWith("high_");
    }

    /**
     * The columns an atlas in one language shows, in table order: of a column and its variants ({@code x},
     * {@code x_zh}, {@code x_en}) the one in the atlas's language ({@code x_zh} / {@code x_en} when the table has it,
     * else {@code x}); the other variants (which hold the other language) are left out, and so are the repeated
     * node-name columns of a table that has a node-id column (the atlas prints the node column as names).
     */
    public static List<String> shown(MetricTable t, boolean en) {
        Map<String, String> byBase = new LinkedHashMap<>();
        boolean hasNode = t.columns().contains("node");
        for (String c : t.columns()) {
            String b = base(c);
            if (hasNode && NODE_NAME_COLUMNS.contains(b)) {
                continue;
            }
            String variant = b + (en ? "_en" : "_zh");
            byBase.putIfAbsent(b, t.columns().contains(variant) ? variant : t.columns().contains(b) ? b : c);
        }
        return new ArrayList<>(byBase.values());
    }

    /** The kind of a column: the producer's declaration, else the rules of the class description. */
    public static ColumnKind kind(MetricTable t, String column, Object sample) {
        return t.kind(column).orElseGet(() -> infer(column, sample));
    }

    /** The kind of an undeclared column from its id and a non-null sample value (may be null). */
    public static ColumnKind infer(String column, Object sample) {
        String c = base(column).toLowerCase(Locale.ROOT);
        if (NODE_COLUMNS.contains(c)) {
            return ColumnKind.NAME;
        }
        if (isFlag(c)) {
            return ColumnKind.FLAG;
        }
        if (c.equals("year") || c.endsWith("_year")) {
            return ColumnKind.YEAR;
        }
        if (sample instanceof String) {
            return ColumnKind.TEXT;
        }
        if (sample instanceof Long || sample instanceof Integer) {
            // a whole number is a count even where the id has a percent word (region_growth_base: the growth's base)
            return ColumnKind.COUNT;
        }
        if (!c.equals("hhi") && !c.equals("shift_pp") && PERCENT_WORDS.stream().anyMatch(c::contains)) {
            return ColumnKind.SHARE;
        }
        if (sample instanceof Double || sample instanceof Float) {
            return ColumnKind.INDEX;
        }
        return ColumnKind.COUNT;
    }

    /**
     * The header of a column in the atlas's language: the known ids below, {@code count_2019} (2019年申请量),
     * {@code share_2014_2018}, {@code <place>_count} / {@code <place>_rta} (peer columns), node ids (the node's name),
     * country codes (the country's name), a year; an unknown id is shown with spaces for underscores.
     */
    public static String header(String tableId, String column, Namer n) {
        boolean en = n.en();
        String b = base(column);
        if ("applicants".equals(b) && ("core_patents".equals(tableId) || "operation_reserve".equals(tableId))) {
            return en ? "Applicants" : "申请人";
        }
        if ("reading".equals(b) && "concentration".equals(tableId)) {
            return en ? "Reading" : "集中度判读";
        }
        if ("value".equals(b) && !"positioning_rule".equals(tableId)) {
            return en ? "Count" : "数量";
        }
        String[] known = HEADERS.get(b);
        if (known != null) {
            return en ? known[1] : known[0];
        }
        Matcher m = COUNT_YEAR.matcher(b);
        if (m.matches()) {
            return en ? "Filings " + m.group(1) : m.group(1) + "年申请量";
        }
        m = SHARE_PERIOD.matcher(b);
        if (m.matches()) {
            return en ? "Share " + m.group(1) + "–" + m.group(2) : m.group(1) + "–" + m.group(2) + "年份额";
        }
        if (b.endsWith("_count") && b.length() > 6) {
            return n.place(b.substring(0, b.length() - 6)) + (en ? " records" : "申请量");
        }
        if (b.endsWith("_rta") && b.length() > 4) {
            return n.place(b.substring(0, b.length() - 4)) + " RTA";
        }
        Optional<String> node = n.node(b);
        if (node.isPresent()) {
            return node.get();
        }
        if (b.matches("[A-Z]{2}")) {
            return n.country(b);
        }
        if ("(unknown)".equals(b)) {
            return en ? "Unknown" : "未知";
        }
        if (YEAR.matcher(b).matches()) {
            return b;
        }
        return b.replace('_', ' ');
    }

    /** A coded value of a column in the atlas's language ({@code enterprise} → 企业), or empty when it is no code. */
    public static Optional<String> value(String column, String code, boolean en) {
        String b = base(column);
        if (code.indexOf(';') > 0) {
            // a list of codes (roles: leader;above_scale) reads as a list of names when every code is known
            List<String> out = new ArrayList<>();
            for (String part : code.split(";")) {
                Optional<String> one = value(column, part.strip(), en);
                if (one.isEmpty()) {
                    return Optional.empty();
                }
                out.add(one.get());
            }
            return Optional.of(String.join(en ? "; " : "；", out));
        }
        String[] known = VALUES.get(b + "\u0000" + code);
        if (known == null && b.startsWith("type")) {
            known = VALUES.get("type\u0000" + code);
        }
        if (known == null && isFlag(b)) {
            known = VALUES.get("*\u0000" + code);
        }
        return known == null ? Optional.empty() : Optional.of(en ? known[1] : known[0]);
    }

    /** True when {@code code} is a yes/no cell: {@code Boolean.TRUE} for yes, {@code FALSE} for no, else null. */
    public static Boolean flag(Object code) {
        if (code instanceof Boolean b) {
            return b;
        }
        if ("yes".equals(code)) {
            return Boolean.TRUE;
        }
        return "no".equals(code) ? Boolean.FALSE : null;
    }

    private static void h(String column, String zh, String en) {
        HEADERS.put(column, new String[] {zh, en});
    }

    private static void v(String column, String value, String zh, String en) {
        VALUES.put(column + "\u0000" + value, new String[] {zh, en});
    }

    static {
        h("node", "技术分支", "Node");
        h("known", "状态已知", "Known status");
        h("active", "有效", "Active");
        h("pending", "审中", "Pending");
        h("lapsed", "失效", "Lapsed");
        h("active_share", "有效占比", "Active share");
        h("pending_share", "审中占比", "Pending share");
        h("lapsed_share", "失效占比", "Lapsed share");
        h("transferred", "转让", "Transferred");
        h("licensed", "许可", "Licensed");
        h("pledged", "质押", "Pledged");
        h("litigated", "诉讼", "Litigated");
        h("operated", "运营合计", "Operated");
        h("operated_share", "运营占比", "Operated share");
        h("field", "字段", "Field");
        v("field", "legal_status", "法律状态", "legal status");
        v("field", "transfers", "转让", "transfers");
        v("field", "licences", "许可", "licences");
        v("field", "pledges", "质押", "pledges");
        v("field", "litigations", "诉讼", "litigation");
        h("name", "技术分支", "Node");
        h("node_name", "技术分支", "Node");
        h("level", "层级", "Level");
        h("records", "申请量", "Records");
        h("total", "合计", "Total");
        h("applicants", "申请人数", "Applicants");
        h("links", "关联数", "Links");
        h("cr4", "CR4", "CR4");
        h("cr8", "CR8", "CR8");
        h("hhi", "HHI", "HHI");
        h("reading", "判读", "Reading");
        h("rank", "排名", "Rank");
        h("applicant", "申请人", "Applicant");
        h("group", "所属集团", "Group");
        h("type", "类型", "Type");
        h("country", "国家/地区", "Country");
        h("province", "省份", "Province");
        h("city", "城市", "City");
        h("count", "申请量", "Records");
        h("share", "占比", "Share");
        h("year", "年份", "Year");
        h("complete", "数据完整", "Complete");
        h("filings", "申请量", "Filings");
        h("stage", "生命周期阶段", "Stage");
        h("filings_cagr", "申请量年均增长", "Filings CAGR");
        h("applicants_cagr", "申请人数年均增长", "Applicants CAGR");
        h("fit_status", "拟合状态", "Fit status");
        h("k", "拟合饱和值K", "Fitted ceiling K");
        h("r", "增长速率r", "Growth rate r");
        h("t0", "拐点年t0", "Midpoint year t0");
        h("saturation", "饱和度", "Saturation");
        h("r_squared", "拟合优度R²", "R²");
        h("reason", "判定依据", "Reason");
        h("cagr", "年均增长率", "CAGR");
        h("relative_growth", "相对增长率", "Relative growth");
        h("origin", "技术来源国", "Origin");
        h("shift_pp", "份额变化（百分点）", "Shift (pp)");
        h("actor", "申请人", "Applicant");
        h("technology_control", "技术控制力", "Technology control");
        h("product_control", "产品控制力", "Product control");
        h("market_control", "市场控制力", "Market control");
        h("combined", "综合控制力", "Combined");
        h("recent_cagr", "近期年均增长", "Recent CAGR");
        h("new_entrants", "新进入者", "New entrants");
        h("recent_applicants", "近期申请人数", "Recent applicants");
        h("new_entrant_share", "新进入者占比", "New-entrant share");
        h("score", "得分", "Score");
        h("cohort_citations", "归一被引", "Cited vs cohort");
        h("family_offices", "同族国家/地区", "Family offices");
        h("legal_status", "法律状态", "Legal status");
        // positioning: the national ranking, the quality indicators, the national leaders, the high-value list
        h("area", "地区", "Area");
        h("reference", "参照范围", "Reference");
        h("reference_count", "参照申请量", "Reference filings");
        h("areas_ranked", "参与排名地区数", "Areas ranked");
        h("rta_base", "RTA基数", "RTA base");
        h("growth_base", "增长率基数", "Growth base");
        h("is_region", "目标区域", "Region");
        h("is_peer", "对标区域", "Peer");
        h("scope", "范围", "Scope");
        h("scope_code", "范围代码", "Scope code");
        h("scope_name", "范围名称", "Scope name");
        h("indicator", "指标", "Indicator");
        h("field", "所需字段", "Field needed");
        h("records_with_field", "有该字段的记录", "Records with the field");
        h("share_with_field", "字段覆盖率", "Share with the field");
        h("min_base", "最小基数", "Minimum base");
        h("holder", "名称", "Name");
        h("national_rank", "全国排名", "National rank");
        h("ranked", "参与排名数", "Ranked");
        h("leader", "全国第一", "National first");
        h("leader_count", "第一名申请量", "First's filings");
        h("citation_part", "被引分", "Citation part");
        h("family_part", "同族分", "Family part");
        h("legal_part", "法律分", "Legal part");
        h("area_code", "地区代码", "Area code");
        h("kind", "类别", "Kind");
        h("text", "内容", "Text");
        for (String[] q : new String[][] {{"invention_share", "发明专利占比", "Invention share"},
                {"grant_rate", "发明授权率", "Grant rate"}, {"in_force_share", "授权专利有效占比", "Granted still in force"},
                {"overseas_share", "海外布局占比", "PCT / overseas share"}, {"citation_index", "被引指数", "Citation index"},
                {"industry_academia_share", "产学研合作占比", "Industry–academia share"},
                {"operation_share", "运营活跃占比", "Operation share"}, {"high_value_share", "高价值专利占比", "High-value share"}}) {
            h(q[0], q[1], q[2]);
            h(q[0] + "_base", q[1] + "基数", q[2] + " base");
        }
        h("publication", "公开号", "Publication");
        h("title", "名称", "Title");
        h("application_year", "申请年", "Filed");
        h("cited_by", "被引次数", "Cited by");
        h("family_size", "同族数", "Family");
        h("granted", "授权", "Granted");
        h("region_count", "区域申请量", "Region");
        h("region_share_of_node", "区域占全球份额", "Region share");
        h("national_count", "全国申请量", "National");
        h("global_count", "全球申请量", "Global");
        h("region_share_of_region_total", "占区域总量", "Share of region");
        h("rta", "RTA", "RTA");
        h("region_cagr", "区域年均增长", "Region CAGR");
        h("global_cagr", "全球年均增长", "Global CAGR");
        h("quadrant", "定位", "Position");
        h("high_rta", "RTA≥阈值", "RTA at threshold");
        h("high_growth", "增长≥阈值", "Growth at threshold");
        h("region_growth_base", "增长基数", "Growth base");
        h("flag", "提示", "Flag");
        h("recent_share_of_region", "占区域近三年申请", "Share of region (recent)");
        h("enterprise", "企业", "Enterprises");
        h("university", "高校", "Universities");
        h("institute", "科研院所", "Institutes");
        h("individual", "个人", "Individuals");
        h("government_other", "机关团体", "Government / other");
        h("unknown", "未知", "Unknown");
        h("recent_count", "近三年申请量", "Recent");
        h("previous_count", "前三年申请量", "Previous");
        h("top_nodes", "主要环节", "Main nodes");
        h("first_year", "首次申请", "First");
        h("last_year", "最近申请", "Last");
        h("inventor", "发明人", "Inventor");
        // the whole-set tables (leading_applicants / leading_inventors / ipc_composition / office_by_year)
        h("name_level", "名称层级", "Name level");
        h("share_of_records", "占记录比例", "Share of records");
        h("code", "分类号", "Code");
        h("office", "受理局", "Office");
        h("mean_cited_by", "篇均被引", "Mean cited by");
        h("main_affiliation", "所属单位", "Affiliation");
        h("affiliation", "所属单位", "Affiliation");
        h("priority", "序号", "No.");
        h("action", "举措", "Action");
        h("weak_node_count", "薄弱环节申请量", "Weak-node records");
        h("weak_node_share", "占薄弱环节全球份额", "Share of weak nodes");
        h("top_weak_nodes", "涉及薄弱环节", "Weak nodes");
        h("reasons", "入选理由", "Why listed");
        h("in_region", "位于区域内", "In region");
        h("transferable_count", "可转化专利", "Transferable");
        h("applicant_a", "申请人甲", "Applicant A");
        h("applicant_b", "申请人乙", "Applicant B");
        h("type_a", "类型甲", "Type A");
        h("type_b", "类型乙", "Type B");
        h("joint_count", "共同申请量", "Joint filings");
        h("category", "类别", "Category");
        h("status", "法律状态", "Status");
        h("holder_in_region", "权利人在区域内", "Holder in region");
        h("key_nodes", "关键环节", "Key nodes");
        h("claims", "权利要求数", "Claims");
        h("vendor_value_score", "数据库价值分", "Vendor value");
        h("file", "文件", "File");
        h("layout", "格式", "Layout");
        h("read", "读取行数", "Rows read");
        h("kept", "入库", "Kept");
        h("rejected", "拒收", "Rejected");
        h("path", "路径", "Path");
        h("key_product", "关键产品", "Key product");
        h("precision", "查准率", "Precision");
        h("recall", "查全率", "Recall");
        h("reviewed", "复核数", "Reviewed");
        h("item", "项目", "Item");
        h("value", "数值", "Value");
        h("several", "多个环节", "Several segments");
        h("untagged", "未标引", "Untagged");
        h("nodes", "环节", "Nodes");
        h("parameter", "参数", "Parameter");
        // the path module's targets split by presence in the region (with industry data)
        h("present_in_region", "已在区域布局", "Present in region");
        h("target_kind", "招商方式", "Target kind");
        h("local_firms", "区域内企业", "Local firms");
        // the industry module
        h("row", "行", "Row");
        h("column", "列", "Column");
        h("problem", "问题", "Problem");
        h("skipped", "略去", "Left out");
        h("firms", "企业数", "Firms");
        h("region_firms", "区域企业", "Region firms");
        h("region_leaders", "区域龙头企业", "Region leaders");
        h("region_specialised", "区域专精特新企业", "Region specialised firms");
        h("region_listed", "区域上市企业", "Region listed firms");
        h("region_above_scale", "区域规上企业", "Region firms above designated size");
        h("region_firms_output", "区域企业产值（亿元）", "Region firms' output (100m CNY)");
        h("region_output", "区域产值（亿元）", "Region output (100m CNY)");
        h("region_output_share", "产值结构", "Output share");
        h("region_output_year", "产值年份", "Output year");
        h("market_output_value", "市场规模（亿元）", "Market (100m CNY)");
        h("market_capacity", "市场容量", "Market capacity");
        h("market", "市场", "Market");
        h("market_year", "市场年份", "Market year");
        h("firm", "企业", "Firm");
        h("credit_code", "统一社会信用代码", "Credit code");
        h("roles", "企业类型", "Roles");
        h("output", "产值（亿元）", "Output (100m CNY)");
        h("revenue", "营业收入（亿元）", "Revenue (100m CNY)");
        h("employees", "从业人数", "Employees");
        h("link", "关联方式", "Link");
        h("group_members", "集团成员申请量", "Group members' records");
        h("region", "区域", "Region");
        h("region_code", "区域代码", "Region code");
        h("output_year", "产值年份", "Output year");
        h("output_share", "产值份额", "Output share");
        h("patent_share", "专利份额", "Patent share");
        h("match_ratio", "匹配比", "Match ratio");
        h("match_index", "匹配指数", "Match index");
        h("holder_type", "持有方类型", "Holder type");
        h("holder", "持有方", "Holder");
        h("market_share", "市场份额", "Market share");
        h("market_rank", "市场排名", "Market rank");
        h("control", "综合控制力", "Control");
        h("control_rank", "控制力排名", "Control rank");
        h("gap", "差值", "Gap");
        h("position", "判读", "Position");
        h("intensity", "每亿元专利", "Records per 100m CNY");
        h("benchmark", "基准", "Benchmark");

        v("type", "enterprise", "企业", "enterprise");
        v("type", "university", "高校", "university");
        v("type", "institute", "科研院所", "institute");
        v("type", "individual", "个人", "individual");
        v("type", "government_other", "机关团体", "government / other");
        v("type", "government-other", "机关团体", "government / other");
        v("type", "unknown", "未知", "unknown");
        v("status", "ACTIVE", "有效", "active");
        v("status", "PENDING", "审中", "pending");
        v("status", "LAPSED", "失效", "lapsed");
        v("status", "UNKNOWN", "未知", "unknown");
        for (String[] st : new String[][] {{"ACTIVE", "有效", "in force"}, {"PENDING", "审中", "pending"},
                {"LAPSED", "失效", "lapsed"}, {"UNKNOWN", "未知", "unknown"}}) {
            v("legal_status", st[0], st[1], st[2]);
        }
        v("category", "license_transfer", "许可/转让", "licence / transfer");
        v("category", "university_licensing", "高校院所许可", "academic licensing");
        v("category", "free_to_use", "失效可用", "free to use (lapsed)");
        v("quadrant", "ADVANTAGE", "优势", "advantage");
        v("quadrant", "ESTABLISHED", "基础", "established");
        v("quadrant", "POTENTIAL", "潜力", "potential");
        v("quadrant", "WEAK", "薄弱", "weak");
        v("quadrant", "GAP", "空白", "gap");
        v("action", "strengthen", "补强", "strengthen");
        v("action", "cultivate", "培育", "cultivate");
        v("action", "extend", "巩固提升", "extend");
        v("action", "consolidate", "巩固", "consolidate");
        v("stage", "emerging", "萌芽期", "emerging");
        v("stage", "growth", "成长期", "growth");
        v("stage", "mature", "成熟期", "mature");
        v("stage", "decline", "衰退期", "decline");
        v("flag", "npe", "专利运营公司", "patent-holding co.");
        v("flag", "defence", "军工/出口管制", "defence / export control");
        v("target_kind", "expansion", "增资扩产", "expansion");
        v("target_kind", "introduction", "招商引进", "introduction");
        v("target_kind", "neither", "—", "—");
        v("market", dev.navi.industry.MarketEntry.GLOBAL, "全球", "world");
        // market_vs_control's reading: the English atlas printed the codes (market_and_patents …)
        v("position", "market_and_patents", "市场与专利兼具", "market and patents");
        v("position", "market_without_patents", "有市场、专利控制弱", "market without patent control");
        v("position", "patents_without_market", "有专利、市场份额低", "patents without market share");
        v("position", "neither", "市场与专利均不突出", "neither");
        // industry_patent_match's reading
        v("reading", "patents_lag", "专利滞后于产业", "patents lag output");
        v("reading", "patents_lead", "专利领先于产业", "patents lead output");
        v("reading", "matched", "基本匹配", "matched");
        v("fit_status", "OK", "已拟合", "fitted");
        v("fit_status", "TOO_FEW_YEARS", "有申请的年份过少", "too few years with filings");
        v("fit_status", "NO_CURVATURE", "累计曲线无拐点", "no bend in the cumulative curve");
        v("node", "all", "全部（分析集）", "all (analysis set)");
        v("name_level", "exported", "原始名称", "as exported");
        v("name_level", "standard", "标准名称", "standard name");
        v("name_level", "group", "集团", "group");
        v("level", "section", "部", "section");
        v("level", "class", "大类", "class");
        v("level", "subclass", "小类", "subclass");
        v("level", "main_group", "大组", "main group");
        v("level", "applicant", "申请人", "applicant");
        v("level", "country", "国家/地区", "country");
        v("holder_type", "firm", "企业", "firm");
        v("holder_type", "applicant", "申请人", "applicant");
        v("holder_type", "country", "国家/地区", "country");
        v("parameter", "rta_threshold", "RTA阈值", "RTA threshold");
        v("parameter", "growth_benchmark", "增长基准", "growth benchmark");
        v("parameter", "benchmark_defined", "基准可计算", "benchmark defined");
        v("parameter", "growth_from", "增长起始年", "growth from");
        v("parameter", "growth_to", "增长截止年", "growth to");
        v("parameter", "min_growth_base", "最小增长基数", "minimum growth base");
        for (String role : dev.navi.industry.Roles.KEYS) {
            v("roles", role, dev.navi.industry.Roles.zh(role), dev.navi.industry.Roles.en(role));
        }
        v("skipped", "file", "整个文件", "file");
        v("skipped", "row", "该行", "row");
        v("skipped", "value", "该单元格", "value");
        v("skipped", "none", "无", "none");
        v("*", "yes", "是", "yes");
        v("*", "no", "否", "no");
    }
}
