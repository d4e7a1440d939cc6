package dev.navi.report.docx;

import dev.navi.metrics.ColumnKind;
import dev.navi.metrics.MetricTable;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Column headers and cell texts of the report's tables, from the metric tables' column ids and raw values.
 *
 * <p>A column's kind follows from its name (as in the Excel atlas): names containing share, cagr, rate, yoy,
 * growth, control, combined, precision, recall, saturation, cr4 or cr8 hold fractions and print as percentages with one
 * decimal; {@code hhi} prints as a whole number with separators; year columns ({@code year}, {@code *_year}) print
 * without separators; {@code shift_pp} prints percentage points with one decimal; other whole numbers are counts
 * ({@code 1,087}); other fractional numbers are indices with two decimals. Node ids ({@code node}, {@code top_nodes}
 * ...) print as node names, and coded values (applicant type, life-cycle stage, legal status, yes/no ...) in the
 * report's language. An empty cell prints as an em dash, so no cell is ever blank or "null".
 */
final class Cells {
    /** Printed for a missing value. */
    static final String NONE = "—";
    private static final List<String> PERCENT_WORDS = List.of("share", "cagr", "rate", "yoy", "growth", "control",
            "precision", "recall", "saturation", "cr4", "cr8", "combined");
    private static final Pattern COUNT_YEAR = Pattern.compile("count_(\\d{4})");
    private static final Pattern SHARE_PERIOD = Pattern.compile("share_(\\d{4})_(\\d{4})");
    private static final Map<String, String[]> HEADERS = new HashMap<>();
    private static final Map<String, String[]> VALUES = new HashMap<>();

    static {
        h("node", "技术分支", "Node");
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
        h("reading", "集中度判读", "Reading");
        h("rank", "排名", "Rank");
        h("applicant", "申请人", "Applicant");
        h("group", "所属集团", "Group");
        h("type", "类型", "Type");
        h("country", "国家/地区", "Country");
        h("province", "省份", "Province");
        h("count", "申请量", "Records");
        h("share", "占比", "Share");
        h("year", "年份", "Year");
        h("complete", "数据完整", "Complete");
        h("filings", "申请量", "Filings");
        h("stage", "生命周期阶段", "Stage");
        h("filings_cagr", "申请量年均增长", "Filings CAGR");
        h("applicants_cagr", "申请人数年均增长", "Applicants CAGR");
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
        h("value", "数量", "Count");

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
        v("*", "yes", "是", "yes");
        v("*", "no", "否", "no");
    }

    private static void h(String column, String zh, String en) {
        HEADERS.put(column, new String[] {zh, en});
    }

    private static void v(String column, String value, String zh, String en) {
        VALUES.put(column + "\u0000" + value, new String[] {zh, en});
    }

    private final Words w;

    Cells(Words w) {
        this.w = w;
    }

    /** The base column id: {@code stage_zh}/{@code reason_en} → {@code stage}/{@code reason}; {@code type_a} stays. */
    static String base(String column) {
        if (column.endsWith("_zh") || column.endsWith("_en")) {
            return column.substring(0, column.length() - 3);
        }
        return column;
    }

    /** The header of a column. */
    String header(String tableId, String column) {
        String b = base(column);
        if ("applicants".equals(b) && ("core_patents".equals(tableId) || "operation_reserve".equals(tableId))) {
            return w.t("申请人", "Applicants");
        }
        if ("count".equals(b) && "leading_applicants".equals(tableId)) {
            return w.t("申请量", "Records");
        }
        String[] known = HEADERS.get(b);
        if (known != null) {
            return w.en ? known[1] : known[0];
        }
        Matcher m = COUNT_YEAR.matcher(b);
        if (m.matches()) {
            return w.t(m.group(1) + "年申请量", "Filings " + m.group(1));
        }
        m = SHARE_PERIOD.matcher(b);
        if (m.matches()) {
            return w.t(m.group(1) + "–" + m.group(2) + "年份额", "Share " + m.group(1) + "–" + m.group(2));
        }
        if (b.endsWith("_count") && b.length() > 6) {
            return w.place(b.substring(0, b.length() - 6)) + w.t("申请量", " records");
        }
        if (b.endsWith("_rta") && b.length() > 4) {
            return w.place(b.substring(0, b.length() - 4)) + " RTA";
        }
        if (w.isNode(b)) {
            return w.node(b);
        }
        if (b.matches("[A-Z]{2}")) {
            return b;
        }
        return b.replace('_', ' ');
    }

    /** What kind of value a column holds. */
    enum Kind { TEXT, COUNT, YEAR, PERCENT, HHI, POINTS, INDEX, NODES }

    /**
     * The kind of a column: the producer's declaration when there is one ({@link MetricTable#kind}), else from the
     * column's name (see the class description).
     */
    static Kind kind(Optional<ColumnKind> declared, String column, Object sample) {
        if (declared.isPresent()) {
            return switch (declared.get()) {
                case COUNT -> Kind.COUNT;
                case SHARE, RATE -> Kind.PERCENT;
                case INDEX -> Kind.INDEX;
                case YEAR -> Kind.YEAR;
                case CODE, NAME, TEXT -> Kind.TEXT;
            };
        }
        return kind(column, sample);
    }

    static Kind kind(String column, Object sample) {
        String c = base(column).toLowerCase(Locale.ROOT);
        if (c.equals("node") || c.equals("top_nodes") || c.equals("top_weak_nodes") || c.equals("key_nodes")) {
            return Kind.NODES;
        }
        if (sample instanceof String) {
            return Kind.TEXT;
        }
        if (c.equals("year") || c.endsWith("_year")) {
            return Kind.YEAR;
        }
        if (c.equals("hhi")) {
            return Kind.HHI;
        }
        if (c.equals("shift_pp")) {
            return Kind.POINTS;
        }
        if (PERCENT_WORDS.stream().anyMatch(c::contains)) {
            return Kind.PERCENT;
        }
        if (sample instanceof Double || sample instanceof Float) {
            return Kind.INDEX;
        }
        return Kind.COUNT;
    }

    /** True when a column of this kind is right-aligned (numbers). */
    static boolean numeric(Kind k) {
        return k != Kind.TEXT && k != Kind.NODES;
    }

    /** The text of one cell. */
    String value(String column, Kind kind, Object v) {
        if (v == null) {
            return NONE;
        }
        if (v instanceof Number n) {
            double d = n.doubleValue();
            if (!Double.isFinite(d)) {
                return NONE;
            }
            return switch (kind) {
                case YEAR -> String.valueOf(Math.round(d));
                case PERCENT -> w.pct(d);
                case HHI -> w.n(d);
                case POINTS -> w.one(d);
                case INDEX -> w.idx(d);
                case COUNT -> d == Math.rint(d) ? w.n(d) : w.idx(d);
                default -> (n instanceof Double || n instanceof Float) ? w.idx(d) : w.n(d);
            };
        }
        String s = Docx.clean(String.valueOf(v)).strip();
        if (s.isEmpty() || "null".equalsIgnoreCase(s) || "NaN".equals(s)) {
            return NONE;
        }
        if (kind == Kind.NODES) {
            return s.contains(";") ? w.nodes(s) : w.node(s);
        }
        if (base(column).equals("province")) {
            return w.place(s);
        }
        if ((base(column).equals("country") || base(column).equals("origin")) && s.matches("[A-Z]{2}")) {
            // a country code reads as the country's name in the atlas's language (CN → 中国 / China)
            String name = dev.navi.clean.region.Countries.label(s, w.en);
            return name == null || name.isBlank() ? s : name;
        }
        if ("(unknown)".equals(s)) {
            return w.t("未知", "unknown");
        }
        String b = base(column);
        String[] known = VALUES.get(b + "\u0000" + s);
        if (known == null && (b.startsWith("type"))) {
            known = VALUES.get("type\u0000" + s);
        }
        if (known == null && (b.equals("in_region") || b.equals("granted") || b.equals("complete")
                || b.equals("holder_in_region") || b.startsWith("high_"))) {
            known = VALUES.get("*\u0000" + s);
        }
        if (known != null) {
            return w.en ? known[1] : known[0];
        }
        // the modules' English reasons name the region as the project wrote it (四川省)
        return b.equals("reasons") ? w.places(s) : s;
    }
}
