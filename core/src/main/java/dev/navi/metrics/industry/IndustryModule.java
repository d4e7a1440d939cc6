package dev.navi.metrics.industry;

import dev.navi.chain.map.ChainMap;
import dev.navi.chain.map.ChainNode;
import dev.navi.clean.CountingUnit;
import dev.navi.clean.names.AliasTable;
import dev.navi.industry.Firm;
import dev.navi.industry.IndustryData;
import dev.navi.industry.IndustryProblem;
import dev.navi.industry.MarketEntry;
import dev.navi.industry.OutputEntry;
import dev.navi.industry.Roles;
import dev.navi.metrics.Actor;
import dev.navi.metrics.Definition;
import dev.navi.metrics.MetricContext;
import dev.navi.metrics.MetricRecord;
import dev.navi.metrics.MetricTable;
import dev.navi.metrics.ModuleResult;
import dev.navi.metrics.path.PathModule;
import dev.navi.metrics.positioning.PositioningModule;
import dev.navi.metrics.positioning.RegionScope;
import dev.navi.project.Region;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static dev.navi.metrics.positioning.RegionScope.cell;
import static dev.navi.metrics.positioning.RegionScope.fmt;
import static dev.navi.metrics.positioning.RegionScope.pct;

/**
 * Industry data beside the patent data (专利数据与产业数据融合). Tables (ids stable for batch scripts):
 * <ul>
 *   <li>{@code industry_inputs} — every problem found in the industry files, located;</li>
 *   <li>{@code industry_overview} — per chain node: firms, the region's firms by role, the region's output and its
 *       structure, the market's size;</li>
 *   <li>{@code industry_firms} — every firm with its link to the applicants; {@code industry_unmatched_firms} and
 *       {@code industry_unmatched_applicants} — what the analyst should confirm;</li>
 *   <li>{@code industry_patent_match} and {@code industry_match_index} — share of output against share of patents per
 *       node, for the region and each peer (产业–专利匹配度);</li>
 *   <li>{@code market_vs_control} — market share against the direction module's patent control strength;</li>
 *   <li>{@code patent_weak_firms} — local firms with output but few patents (cultivation);</li>
 *   <li>{@code local_firm_talent} — the inventors of local firms;</li>
 * </ul>
 * and the path module's {@code enterprise_targets} gains {@code present_in_region}, {@code target_kind} and
 * {@code local_firms} when a firms table is given (a target with a local firm of its group is an expansion candidate,
 * not one to introduce). Each analysis is computed only when its inputs are there; the findings say which were not.
 * Thresholds are the constants below, stated in the definitions.
 */
public final class IndustryModule {
    public static final String INPUTS = "industry_inputs";
    public static final String OVERVIEW = "industry_overview";
    public static final String FIRMS = "industry_firms";
    public static final String UNMATCHED_FIRMS = "industry_unmatched_firms";
    public static final String UNMATCHED_APPLICANTS = "industry_unmatched_applicants";
    public static final String MATCH = "industry_patent_match";
    public static final String MATCH_INDEX = "industry_match_index";
    public static final String MARKET_VS_CONTROL = "market_vs_control";
    public static final String WEAK_FIRMS = "patent_weak_firms";
    public static final String FIRM_TALENT = "local_firm_talent";

    /** match_ratio below this: patents lag output. */
    public static final double LAG = 2.0 / 3.0;
    /** match_ratio above this: patents lead output. */
    public static final double LEAD = 1.5;
    /** A market share at least this is a strong market position. */
    public static final double MARKET_HOLD = 0.10;
    /** A combined control strength at least this is a strong patent position. */
    public static final double CONTROL_HOLD = 0.05;
    /** Control-strength ranks checked for holders without a recorded market share. */
    public static final int CONTROL_TOP = 5;
    /** A local firm is patent-weak when its patent intensity is below this fraction of the benchmark. */
    public static final double WEAK_FACTOR = 0.5;
    /** Enterprise applicants among the top this many (overall, and in the region) are checked for a firm. */
    public static final int LARGE_APPLICANTS = 30;
    /** Enterprise applicants of the region among its top this many are checked for a firm too. */
    public static final int LARGE_REGION_APPLICANTS = 15;
    /** Inventors listed per local firm, and local firms listed. */
    public static final int TALENT_PER_FIRM = 5;
    public static final int TALENT_FIRMS = 20;

    /**
     * The module's result and, when a firms table was given, the path module with its enterprise targets split by
     * local presence.
     *
     * @param industry the industry module
     * @param path     the path module to use from now on (the one given when nothing changed)
     */
    public record Result(ModuleResult industry, ModuleResult path) {
    }

    private IndustryModule() {
    }

    /**
     * The modules with the industry module added (key {@code industry}, last) and the path module's enterprise targets
     * split by local presence when a firms table is given; the map given is not changed.
     */
    public static Map<String, ModuleResult> attach(Map<String, ModuleResult> modules, MetricContext ctx, IndustryData data,
                                                   AliasTable aliases) {
        Result r = compute(ctx, modules.get("direction"), modules.get("path"), data, aliases);
        Map<String, ModuleResult> out = new LinkedHashMap<>(modules);
        if (r.path() != null) {
            out.put("path", r.path());
        }
        out.put("industry", r.industry());
        return out;
    }

    /**
     * Computes the industry analyses.
     *
     * @param ctx       what the other modules saw
     * @param direction the direction module (its {@code control_strength}), or {@code null}
     * @param path      the path module (its {@code enterprise_targets}), or {@code null}
     * @param data      the industry inputs
     * @param aliases   the alias table the clean stage used
     */
    public static Result compute(MetricContext ctx, ModuleResult direction, ModuleResult path, IndustryData data,
                                 AliasTable aliases) {
        return new Run(ctx, direction, path, data, aliases).run();
    }

    private static final class Run {
        final MetricContext ctx;
        final ModuleResult direction;
        final ModuleResult path;
        final IndustryData data;
        final ChainMap map;
        final Region region;
        final List<String> order;
        final FirmLinks links;
        final List<MetricTable> tables = new ArrayList<>();
        final List<String> zh = new ArrayList<>();
        final List<String> en = new ArrayList<>();
        final List<IndustryProblem> problems;
        final Map<Firm, FirmLinks.Link> firmLinks = new LinkedHashMap<>();
        final String label;
        final int last;
        final int recentFrom;

        Run(MetricContext ctx, ModuleResult direction, ModuleResult path, IndustryData data, AliasTable aliases) {
            this.ctx = ctx;
            this.direction = direction;
            this.path = path;
            this.data = data;
            this.map = ctx.map();
            this.region = ctx.region();
            this.order = map.entries().stream().map(e -> e.node().id()).toList();
            this.links = new FirmLinks(ctx.records(), aliases, region);
            this.problems = new ArrayList<>(data.problems());
            this.label = region == null ? "" : RegionScope.label(region);
            this.last = ctx.lastCompleteYear();
            this.recentFrom = last - PositioningModule.RECENT_YEARS + 1;
        }

        Result run() {
            if (!data.configured()) {
                zh.add("未提供产业数据（项目文件 industry: firms / market / region_output），产业概况、产业–专利匹配度、"
                        + "控制力与市场份额对照、专利薄弱企业、招商目标的本地存在判断和本地企业人才清单未计算。");
                en.add("No industry data were given (industry: firms / market / region_output in the project file), so the "
                        + "industry overview, the patent–industry match, control strength against market share, patent-weak "
                        + "firms, the local presence of enterprise targets and the talent of local firms were not computed.");
                return new Result(new ModuleResult(List.of(), definitions(), zh, en), path);
            }
            for (Firm f : data.firms()) {
                firmLinks.put(f, links.link(f));
            }
            Map<String, Map<Integer, Map<String, Double>>> output = outputs();
            ModuleResult newPath = path;
            tables.add(overview(output));
            if (data.has("firms")) {
                tables.add(firmsTable());
                tables.add(unmatchedFirms());
                tables.add(unmatchedApplicants());
            }
            if (data.has("region_output") && region != null) {
                match(output);
            } else if (data.has("region_output")) {
                zh.add("未设定目标区域，区域产值表（region_output）未使用，未计算产业–专利匹配度。");
                en.add("No region of interest was set, so region_output was not used and the patent–industry match was not "
                        + "computed.");
            }
            if (data.has("market")) {
                tables.add(marketVsControl());
            }
            if (data.has("firms")) {
                if (region != null) {
                    tables.add(weakFirms());
                    tables.add(talent());
                }
                newPath = targets();
            }
            tables.add(0, inputsTable());
            List<String> missing = IndustryData.INPUTS.stream().filter(i -> !data.has(i)).toList();
            if (!missing.isEmpty()) {
                zh.add("未提供或无法读取的产业数据：" + String.join("、", missing) + "；依赖它们的分析未计算（"
                        + needs(missing, false) + "）。");
                en.add("Industry inputs not given or not readable: " + String.join(", ", missing) + "; the analyses that need "
                        + "them were not computed (" + needs(missing, true) + ").");
            }
            if (!problems.isEmpty()) {
                zh.add("产业数据文件中发现" + problems.size() + "处问题，见 atlas.xlsx 工作表“" + INPUTS + "”。");
                en.add(problems.size() + " problem(s) in the industry files; see sheet \"" + INPUTS + "\" of atlas.xlsx.");
            }
            return new Result(new ModuleResult(tables, definitions(), zh, en), newPath);
        }

        private String needs(List<String> missing, boolean english) {
            List<String> out = new ArrayList<>();
            for (String m : missing) {
                switch (m) {
                    case "firms" -> out.add(english ? "firms: firm links, patent-weak firms, target presence, local talent"
                            : "firms：企业关联、专利薄弱企业、招商目标本地存在、本地企业人才");
                    case "market" -> out.add(english ? "market: market vs control strength, market size"
                            : "market：控制力与市场份额对照、市场规模");
                    default -> out.add(english ? "region_output: output structure, patent–industry match"
                            : "region_output：产值结构、产业–专利匹配度");
                }
            }
            return String.join(english ? "; " : "；", out);
        }

        // ---------------------------------------------------------------- inputs

        private MetricTable inputsTable() {
            List<List<Object>> rows = new ArrayList<>();
            for (IndustryProblem p : problems) {
                rows.add(row(p.file(), p.row() == 0 ? null : p.row(), p.column(), p.problem(true), p.problem(false),
                        p.action(true), p.action(false), p.skipped()));
            }
            return new MetricTable(INPUTS, "产业数据校验问题", "Problems in the industry inputs",
                    List.of("file", "row", "column", "problem", "problem_zh", "action", "action_zh", "skipped"), rows, List.of(),
                    "每个问题一行，按发现顺序（逐文件、逐行）排列。跳过：文件 = 整个文件未采用，行 = 该行被跳过，值 = 仅清空该单元格，无 = 未舍弃"
                            + "任何内容。已读取的输入：" + (data.used().isEmpty() ? "无" : String.join("、", data.used().stream()
                            .map(k -> inputZh(k)).toList())) + "。",
                    "One row per problem, in the order found (file by file, row by row). skipped: file = the file was left "
                            + "out, row = the row was skipped, value = only the cell was blanked, none = nothing was left out. "
                            + "Inputs read: " + (data.used().isEmpty() ? "none" : String.join(", ", data.used())) + ".");
        }

        // ---------------------------------------------------------------- output by region and node

        /** Region code → year → node → given output (the first row of a duplicate wins; duplicates are problems). */
        private Map<String, Map<Integer, Map<String, Double>>> outputs() {
            Map<String, Map<Integer, Map<String, Double>>> out = new LinkedHashMap<>();
            String file = data.files().getOrDefault("region_output", "region_output");
            for (OutputEntry e : data.output()) {
                Map<String, Double> byNode = out.computeIfAbsent(e.region().code(), k -> new TreeMap<>())
                        .computeIfAbsent(e.year(), k -> new HashMap<>());
                if (byNode.containsKey(e.node())) {
                    problems.add(new IndustryProblem(file, e.row(), "node", "a second value for " + e.region().code() + ", "
                            + e.node() + ", " + e.year(), "keep one row per region, node and year; the first is used", "row",
                            e.region().code() + "、" + e.node() + "、" + e.year() + "年的第二个值",
                            "每个区域、环节和年份只保留一行；现采用第一行"));
                } else {
                    byNode.put(e.node(), e.output());
                }
            }
            return out;
        }

        /** The latest year with output for a region, or null. */
        private Integer year(Map<String, Map<Integer, Map<String, Double>>> output, Region r) {
            Map<Integer, Map<String, Double>> years = output.get(r.code());
            return years == null || years.isEmpty() ? null : ((TreeMap<Integer, Map<String, Double>>) years).lastKey();
        }

        /** A node's output: the value given, else the sum over its children that have one, else null. */
        private Double value(Map<String, Double> given, ChainNode n) {
            Double v = given.get(n.id());
            if (v != null) {
                return v;
            }
            Double sum = null;
            for (ChainNode c : n.children()) {
                Double cv = value(given, c);
                if (cv != null) {
                    sum = (sum == null ? 0 : sum) + cv;
                }
            }
            return sum;
        }

        // ---------------------------------------------------------------- overview

        private boolean local(Firm f) {
            return region != null && RegionScope.actorIn(new Actor(f.name(), f.group(), "enterprise", f.country(),
                    f.province(), f.city()), region);
        }

        /** The firm's nodes with their ancestors (a firm in a branch is in the segment above it). */
        private Set<String> rolled(Firm f) {
            Set<String> out = new LinkedHashSet<>();
            for (String n : f.nodes()) {
                String cur = n;
                while (cur != null && out.add(cur)) {
                    cur = map.parent(cur).map(ChainNode::id).orElse(null);
                }
            }
            return out;
        }

        private MetricTable overview(Map<String, Map<Integer, Map<String, Double>>> output) {
            Integer year = region == null ? null : year(output, region);
            Map<String, Double> given = year == null ? Map.of() : output.get(region.code()).get(year);
            Map<String, Double> values = new HashMap<>();
            for (ChainMap.Entry e : map.entries()) {
                Double v = value(given, e.node());
                if (v != null) {
                    values.put(e.node().id(), v);
                }
            }
            Map<Integer, Double> levelTotals = new HashMap<>();
            for (ChainMap.Entry e : map.entries()) {
                Double v = values.get(e.node().id());
                if (v != null) {
                    levelTotals.merge(e.level(), v, Double::sum);
                }
            }
            // market size per node: the global market (else the first market by name), latest year
            Map<String, MarketEntry> size = new HashMap<>();
            for (MarketEntry m : data.market()) {
                if (!m.sizeRow()) {
                    continue;
                }
                MarketEntry cur = size.get(m.node());
                if (cur == null || better(m, cur)) {
                    size.put(m.node(), m);
                }
            }
            List<List<Object>> rows = new ArrayList<>();
            for (ChainMap.Entry e : map.entries()) {
                String id = e.node().id();
                long firms = 0;
                long localFirms = 0;
                long[] roles = new long[Roles.KEYS.size()];
                double localOutput = 0;
                boolean anyOutput = false;
                for (Firm f : data.firms()) {
                    if (!rolled(f).contains(id)) {
                        continue;
                    }
                    firms++;
                    if (local(f)) {
                        localFirms++;
                        for (int i = 0; i < roles.length; i++) {
                            if (f.roles().contains(Roles.KEYS.get(i))) {
                                roles[i]++;
                            }
                        }
                        if (f.size() != null) {
                            localOutput += f.size();
                            anyOutput = true;
                        }
                    }
                }
                Double v = values.get(id);
                Double total = levelTotals.get(e.level());
                MarketEntry m = size.get(id);
                rows.add(row(id, e.node().name(), e.node().name("en"), (long) e.level(), firms, localFirms, roles[0], roles[1],
                        roles[2], roles[3], anyOutput ? localOutput : null, v, v == null || total == null || total == 0 ? null
                                : v / total, v == null ? null : year == null ? null : (long) year,
                        m == null ? null : m.outputValue(), m == null ? null : m.capacity(), m == null ? null : m.market(),
                        m == null || m.year() == null ? null : (long) m.year()));
            }
            long localAll = data.firms().stream().filter(this::local).count();
            if (data.has("firms")) {
                zh.add("产业数据列出企业" + data.firms().size() + "家，其中位于" + (region == null ? "目标区域" : label) + "的" + localAll
                        + "家。");
                en.add("The industry data list " + data.firms().size() + " firms, " + localAll + " of them in "
                        + (region == null ? "the region" : label) + ".");
            }
            if (year != null && !values.isEmpty()) {
                ChainMap.Entry top = map.entries().stream().filter(e -> e.level() == 2 && values.containsKey(e.node().id()))
                        .max(Comparator.comparingDouble((ChainMap.Entry e) -> values.get(e.node().id()))
                                .thenComparing(e -> -order.indexOf(e.node().id()))).orElse(null);
                if (top != null) {
                    double share = values.get(top.node().id()) / levelTotals.get(2);
                    zh.add(label + year + "年产值最大的环节为" + top.node().name() + "（" + fmt(values.get(top.node().id()), 1)
                            + "亿元，占二级环节产值的" + pct(share) + "）。");
                    en.add("In " + year + " " + label + "'s largest node by output is " + top.node().name("en") + " ("
                            + fmt(values.get(top.node().id()), 1) + " CNY 100m (100 million yuan), " + pct(share)
                            + " of the level-2 output).");
                }
            }
            return new MetricTable(OVERVIEW, "产业概况（按产业链环节）", "Industry overview by chain node",
                    List.of("node", "node_name", "node_name_en", "level", "firms", "region_firms", "region_leaders",
                            "region_specialised", "region_listed", "region_above_scale", "region_firms_output",
                            "region_output", "region_output_share", "region_output_year", "market_output_value",
                            "market_capacity", "market", "market_year"),
                    rows, List.of("industry_firm_count", "industry_output", "output_share", "market_size"),
                    "行按产业链结构图顺序。企业数 / 区域企业数：企业表中列出该环节或其下级分支的企业（一家企业在其列出的每个环节各计一次）。"
                            + "区域企业产值：这些区域企业的产值（无产值时取营业收入）之和，单位亿元；一家企业列于多个环节时在每个环节各计一次，"
                            + "故各环节之和不等于合计。区域产值：" + (region == null ? "区域" : RegionScope.label(region)) + "最新年份"
                            + (year == null ? "（未提供）" : "（" + year + "年）") + "的区域产值表数值，未给出时取其下级分支之和；区域产值占比 = "
                            + "该值 / 同层级各环节之和。市场：市场表中该环节的市场规模行（有全球市场时取全球，否则取名称排序第一的市场；最新年份）。",
                    "Rows in chain-map order. firms / region_firms: firms of the firms table listing the node or one of its "
                            + "branches (a firm counts once per node, in every node it lists). region_firms_output: the sum "
                            + "of those region firms' output (else revenue), CNY 100m — a firm in several nodes counts in each, so "
                            + "it does not add up across nodes. region_output: region_output for " + (region == null ? "the region"
                            : RegionScope.label(region, true)) + " in its latest year" + (year == null ? " (none given)" : " (" + year + ")")
                            + ", the value given or else the sum of the node's branches; region_output_share = that / the "
                            + "sum over the nodes of the same level. Market: the market table's size row for the node ("
                            + "the world market if given, else the first market by name; latest year).");
        }

        /** Whether market row a is preferred over b: the global market first, then by name, then the later year. */
        private static boolean better(MarketEntry a, MarketEntry b) {
            boolean ga = MarketEntry.GLOBAL.equals(a.market());
            boolean gb = MarketEntry.GLOBAL.equals(b.market());
            if (ga != gb) {
                return ga;
            }
            if (!a.market().equals(b.market())) {
                return a.market().compareTo(b.market()) < 0;
            }
            return yearOf(a) > yearOf(b);
        }

        private static int yearOf(MarketEntry m) {
            return m.year() == null ? Integer.MIN_VALUE : m.year();
        }

        // ---------------------------------------------------------------- firms and links

        /** Distinct records of the firm's own applicants. */
        private List<MetricRecord> records(FirmLinks.Link l) {
            if (l.applicants().isEmpty()) {
                return List.of();
            }
            Set<String> own = new LinkedHashSet<>(l.applicants());
            List<MetricRecord> out = new ArrayList<>();
            for (MetricRecord r : ctx.records()) {
                for (Actor a : r.applicants()) {
                    if (a != null && own.contains(a.name())) {
                        out.add(r);
                        break;
                    }
                }
            }
            return out;
        }

        private long recent(List<MetricRecord> rs) {
            return rs.stream().filter(r -> r.year() != null && r.year() >= recentFrom
                    && r.year() <= last).count();
        }

        private MetricTable firmsTable() {
            List<List<Object>> rows = new ArrayList<>();
            long matched = 0;
            for (Map.Entry<Firm, FirmLinks.Link> e : firmLinks.entrySet()) {
                Firm f = e.getKey();
                FirmLinks.Link l = e.getValue();
                List<MetricRecord> rs = records(l);
                if (l.matched()) {
                    matched++;
                }
                rows.add(row(f.name(), f.creditCode(), f.country(), f.province(), f.city(), local(f) ? "yes" : "no",
                        String.join(";", f.roles()), f.roles().stream().map(Roles::zh).collect(Collectors.joining("；")),
                        f.roles().stream().map(Roles::en).collect(Collectors.joining("; ")), String.join(";", f.nodes()),
                        f.output(), f.revenue(), f.employees(), f.year() == null ? null : (long) f.year(), l.group(), l.method(),
                        linkZh(l.method()), String.join(";", l.applicants()), (long) rs.size(), recent(rs),
                        (long) l.members().size()));
            }
            zh.add("产业数据中的" + firmLinks.size() + "家企业有" + matched + "家关联到申请人（按规范名称、别名表或集团），"
                    + (firmLinks.size() - matched) + "家未关联，见 atlas.xlsx 工作表“" + UNMATCHED_FIRMS + "”。");
            en.add(matched + " of the " + firmLinks.size() + " firms were linked to applicants (standard name, alias table or "
                    + "group); unlinked: " + (firmLinks.size() - matched) + " (sheet \"" + UNMATCHED_FIRMS + "\" of atlas.xlsx).");
            return new MetricTable(FIRMS, "产业数据企业及其专利申请人关联", "Firms of the industry data and their applicants",
                    List.of("firm", "credit_code", "country", "province", "city", "in_region", "roles", "roles_zh", "roles_en",
                            "nodes", "output", "revenue", "employees", "year", "group", "link", "link_zh", "applicants",
                            "records", "recent_count", "group_members"),
                    rows, List.of("firm_link", "recent_activity"),
                    "行按企业表顺序。关联方式：别名表 = 别名表中该企业的标准名称是申请人；名称 = 企业名称即某申请人的标准名称（匹配键相同）；"
                            + "集团 = 只有其集团成员有申请；无 = 未找到。申请量 / 近期申请量：该企业自身申请人的不同计数记录（全部年份 / "
                            + recentFrom + "–" + last + "年）；集团成员：其集团内的申请人。金额单位为亿元。",
                    "Rows in the order of the firms table. link: alias = the alias table's standard name for the firm is an "
                            + "applicant; name = the firm's name is an applicant's standard name (same matching key); group = "
                            + "only members of its group file; none = not found. records / recent_count: distinct counted "
                            + "records of the firm's own applicants (all years / " + recentFrom + "–" + last + "); "
                            + "group_members: applicants of its group. Money in CNY 100m (100 million yuan).");
        }

        /** The Chinese name of an industry input (the project file's key). */
        private static String inputZh(String key) {
            return switch (key) {
                case "firms" -> "企业表";
                case "market" -> "市场表";
                case "region_output" -> "区域产值表";
                default -> key;
            };
        }

        private static String linkZh(String method) {
            return switch (method) {
                case FirmLinks.ALIAS -> "别名表";
                case FirmLinks.NAME -> "规范名称";
                case FirmLinks.GROUP -> "集团成员";
                default -> "未关联";
            };
        }

        private MetricTable unmatchedFirms() {
            List<List<Object>> rows = new ArrayList<>();
            for (Map.Entry<Firm, FirmLinks.Link> e : firmLinks.entrySet()) {
                if (e.getValue().matched()) {
                    continue;
                }
                Firm f = e.getKey();
                rows.add(row(f.name(), f.province(), f.city(), local(f) ? "yes" : "no", String.join(";", f.nodes()), f.size(),
                        "在专利数据中未找到该企业或其集团的申请：请核对名称（可在别名表中加一行 variant=专利中的名称、standard、group），"
                                + "或确认其确无相关专利",
                        "no filing of the firm or its group in the patent data: check the name (add an alias-table row "
                                + "with the name as the patents write it, the standard name and the group) or confirm it has "
                                + "no relevant patents"));
            }
            return new MetricTable(UNMATCHED_FIRMS, "未关联到申请人的企业（待核对）", "Firms not linked to any applicant (to confirm)",
                    List.of("firm", "province", "city", "in_region", "nodes", "output", "reasons", "reasons_en"), rows,
                    List.of("firm_link"), "企业表中关联方式为“无”的企业，按企业表顺序。产值：产值，无产值时取营业收入，单位亿元。",
                    "Firms of the firms table with link = none, in table order. output: output, else "
                            + "revenue, CNY 100m.");
        }

        private MetricTable unmatchedApplicants() {
            Set<String> linked = new LinkedHashSet<>();
            Set<String> linkedGroups = new LinkedHashSet<>();
            for (FirmLinks.Link l : firmLinks.values()) {
                linked.addAll(l.applicants());
                linked.addAll(l.members());
                if (l.group() != null) {
                    linkedGroups.add(links.key(l.group()));
                }
            }
            List<FirmLinks.Applicant> enterprises = links.ranked().stream().filter(a -> "enterprise".equals(a.type())).toList();
            Set<String> large = new LinkedHashSet<>();
            enterprises.stream().limit(LARGE_APPLICANTS).forEach(a -> large.add(a.name()));
            enterprises.stream().filter(FirmLinks.Applicant::inRegion).limit(LARGE_REGION_APPLICANTS)
                    .forEach(a -> large.add(a.name()));
            List<List<Object>> rows = new ArrayList<>();
            long rank = 0;
            for (FirmLinks.Applicant a : enterprises) {
                rank++;
                if (!large.contains(a.name()) || linked.contains(a.name()) || linkedGroups.contains(links.key(a.group()))) {
                    continue;
                }
                rows.add(row(rank, a.name(), a.group(), a.country(), a.province(), a.inRegion() ? "yes" : "no", a.records(),
                        "第" + rank + "大企业申请人（" + a.records() + "件）" + (a.inRegion() ? "，位于" + label : "")
                                + "，产业数据未列出该企业或其集团：请确认是否漏列，或名称写法不同",
                        "enterprise applicant no. " + rank + " (" + a.records() + " records)" + (a.inRegion() ? ", in "
                                + label : "") + ", not in the industry data nor its group: check whether it is missing or "
                                + "written differently"));
            }
            return new MetricTable(UNMATCHED_APPLICANTS, "未关联到产业数据的主要企业申请人（待核对）",
                    "Large enterprise applicants not in the industry data (to confirm)",
                    List.of("rank", "applicant", "group", "country", "province", "in_region", "records", "reasons",
                            "reasons_en"), rows, List.of("firm_link"),
                    "按不同计数记录排名全体前" + LARGE_APPLICANTS + "位或区域内前" + LARGE_REGION_APPLICANTS + "位、且没有任何企业关联到的企业申请人"
                            + "（按企业自身申请人、集团成员或集团名称关联）。排名 = 在全部企业申请人中按申请量降序、名称排列的名次。",
                    "Enterprise applicants among the top " + LARGE_APPLICANTS + " by distinct counted records overall or "
                            + "the region's top " + LARGE_REGION_APPLICANTS + ", that no firm links to (by its own applicants, its group's members or its "
                            + "group's name). rank = rank among all enterprise applicants by records desc, name.");
        }

        // ---------------------------------------------------------------- patent–industry match

        private void match(Map<String, Map<Integer, Map<String, Double>>> output) {
            List<Region> regions = new ArrayList<>();
            if (region != null) {
                regions.add(region);
            }
            regions.addAll(ctx.peers());
            Set<String> known = regions.stream().map(Region::code).collect(Collectors.toSet());
            for (String code : output.keySet()) {
                if (!known.contains(code)) {
                    problems.add(new IndustryProblem(data.files().getOrDefault("region_output", "region_output"), 0, "region",
                            "'" + code + "' is neither the region nor a peer of the project, so its rows are not used",
                            "add it to peers in navi.yaml, or remove its rows", "row",
                            "“" + code + "”既不是项目的目标区域也不是对标区域，其数据行未使用",
                            "在 navi.yaml 的 peers 中加入该区域，或删除这些行"));
                }
            }
            List<List<Object>> rows = new ArrayList<>();
            List<List<Object>> index = new ArrayList<>();
            for (Region r : regions) {
                Integer year = year(output, r);
                if (year == null) {
                    continue;
                }
                Map<String, Double> given = output.get(r.code()).get(year);
                Map<String, Long> records = new HashMap<>();
                for (MetricRecord m : ctx.records()) {
                    if (!m.nodes().isEmpty() && RegionScope.recordIn(m, r)) {
                        for (String n : m.nodes()) {
                            records.merge(n, 1L, Long::sum);
                        }
                    }
                }
                Map<Integer, double[]> totals = new TreeMap<>(); // level → {output, records} over nodes with output
                Map<String, Double> values = new HashMap<>();
                for (ChainMap.Entry e : map.entries()) {
                    Double v = value(given, e.node());
                    if (v != null) {
                        values.put(e.node().id(), v);
                        double[] t = totals.computeIfAbsent(e.level(), k -> new double[2]);
                        t[0] += v;
                        t[1] += records.getOrDefault(e.node().id(), 0L);
                    }
                }
                Map<Integer, Double> distance = new TreeMap<>();
                Map<Integer, Long> counted = new TreeMap<>();
                String lagZh = null;
                String lagEn = null;
                double lagRatio = Double.POSITIVE_INFINITY;
                for (ChainMap.Entry e : map.entries()) {
                    String id = e.node().id();
                    Double v = values.get(id);
                    long rc = records.getOrDefault(id, 0L);
                    if (v == null) {
                        rows.add(row(RegionScope.label(r), r.code(), id, e.node().name(), e.node().name("en"), (long) e.level(),
                                (long) year, null, null, rc, null, null, null, null));
                        continue;
                    }
                    double[] t = totals.get(e.level());
                    double os = t[0] == 0 ? Double.NaN : v / t[0];
                    double ps = t[1] == 0 ? Double.NaN : rc / t[1];
                    double ratio = os > 0 && Double.isFinite(ps) ? ps / os : Double.NaN;
                    String reading = Double.isNaN(ratio) ? null : ratio < LAG ? "patents_lag" : ratio > LEAD ? "patents_lead"
                            : "matched";
                    if (Double.isFinite(os) && Double.isFinite(ps)) {
                        distance.merge(e.level(), Math.abs(ps - os), Double::sum);
                        counted.merge(e.level(), 1L, Long::sum);
                    }
                    if (e.level() == 2 && Double.isFinite(ratio) && ratio < lagRatio) {
                        lagRatio = ratio;
                        lagZh = e.node().name();
                        lagEn = e.node().name("en");
                    }
                    rows.add(row(RegionScope.label(r), r.code(), id, e.node().name(), e.node().name("en"), (long) e.level(),
                            (long) year, v, cell(os), rc, cell(ps), cell(ratio), reading, readingZh(reading)));
                }
                for (Map.Entry<Integer, Double> d : distance.entrySet()) {
                    long n = counted.get(d.getKey());
                    if (n < 2 || totals.get(d.getKey())[1] == 0) {
                        continue;
                    }
                    double mi = 1 - d.getValue() / 2;
                    index.add(row(RegionScope.label(r), r.code(), (long) d.getKey(), n, (long) year, mi));
                    if (d.getKey() == 2) {
                        zh.add(RegionScope.label(r) + "产业–专利匹配度（二级环节，" + year + "年产值结构与专利结构）为" + fmt(mi, 2)
                                + (lagZh == null ? "" : "；专利最滞后于产业的环节为" + lagZh + "（匹配比" + fmt(lagRatio, 2) + "）") + "。");
                        en.add(RegionScope.label(r) + "'s patent–industry match (level-2 nodes, " + year + " output structure "
                                + "against patent structure) is " + fmt(mi, 2) + (lagEn == null ? "" : "; patents lag output most in "
                                + lagEn + " (ratio " + fmt(lagRatio, 2) + ")") + ".");
                    }
                }
            }
            tables.add(new MetricTable(MATCH, "产业–专利匹配度（各环节产值份额与专利份额）",
                    "Patent–industry match by node (share of output vs share of patents)",
                    List.of("region", "region_code", "node", "node_name", "node_name_en", "level", "output_year", "output",
                            "output_share", "records", "patent_share", "match_ratio", "reading", "reading_zh"),
                    rows, List.of("industry_output", "output_share", "patent_share", "match_ratio", "region_membership"),
                    "先列目标区域，再按项目文件顺序列对标区域；各区域内按产业链结构图顺序。各区域取区域产值表中的最新年份。份额在区域内、"
                            + "同层级有产值的环节之间计算；无产值的行只列申请量。判读：比值 < " + fmt(LAG, 2) + " 为专利滞后于产业，> " + fmt(LEAD, 2)
                            + " 为专利领先于产业，其余为基本匹配。",
                    "Region of interest first, then peers in project order; within each, chain-map order. Each region's "
                            + "latest year in region_output. Shares are within the region and among the nodes of the same "
                            + "level that have an output value; rows without output show the records only. Reading: ratio < "
                            + fmt(LAG, 2) + " patents lag output, > " + fmt(LEAD, 2) + " patents lead, else matched."));
            tables.add(new MetricTable(MATCH_INDEX, "产业–专利匹配指数", "Patent–industry match index",
                    List.of("region", "region_code", "level", "nodes", "output_year", "match_index"), index,
                    List.of("match_index"), "每个区域、每个产业链层级一行，限于至少有两个环节有产值且至少有一条记录的层级；区域顺序同“产业–专利"
                            + "匹配度”表。", "One row per region and chain-map level with at least two nodes with output and "
                            + "at least one record; regions as in " + MATCH + "."));
        }

        private static String readingZh(String reading) {
            if (reading == null) {
                return null;
            }
            return switch (reading) {
                case "patents_lag" -> "专利滞后于产业";
                case "patents_lead" -> "专利领先于产业";
                default -> "基本匹配";
            };
        }

        // ---------------------------------------------------------------- market vs control

        private record Control(long rank, double combined) {
        }

        private MetricTable marketVsControl() {
            // node → level → actor → control
            Map<String, Map<String, Map<String, Control>>> control = new HashMap<>();
            MetricTable cs = direction == null ? null : direction.tables().stream()
                    .filter(t -> t.id().equals("control_strength")).findFirst().orElse(null);
            int topControl = 0;
            if (cs != null) {
                List<String> c = cs.columns();
                for (List<Object> r : cs.rows()) {
                    Object comb = r.get(c.indexOf("combined"));
                    long rank = ((Number) r.get(c.indexOf("rank"))).longValue();
                    control.computeIfAbsent((String) r.get(c.indexOf("node")), k -> new HashMap<>())
                            .computeIfAbsent((String) r.get(c.indexOf("level")), k -> new LinkedHashMap<>())
                            .put((String) r.get(c.indexOf("actor")), new Control(rank,
                                    comb == null ? Double.NaN : ((Number) comb).doubleValue()));
                    if ("applicant".equals(r.get(c.indexOf("level")))) {
                        topControl = (int) Math.max(topControl, rank);
                    }
                }
            }
            // (node, market) → latest year's holder rows
            Map<String, List<MarketEntry>> groups = new TreeMap<>(Comparator.comparingInt((String k) -> order.indexOf(
                    k.substring(0, k.indexOf('\u0000')))).thenComparing(k -> !k.endsWith("\u0000" + MarketEntry.GLOBAL))
                    .thenComparing(Comparator.naturalOrder()));
            for (MarketEntry m : data.market()) {
                if (!m.sizeRow()) {
                    groups.computeIfAbsent(m.node() + "\u0000" + m.market(), k -> new ArrayList<>()).add(m);
                }
            }
            List<List<Object>> rows = new ArrayList<>();
            Set<String> nodesWithRows = new LinkedHashSet<>();
            List<String> marketOnlyZh = new ArrayList<>();
            List<String> marketOnlyEn = new ArrayList<>();
            List<String> patentsOnlyZh = new ArrayList<>();
            List<String> patentsOnlyEn = new ArrayList<>();
            for (Map.Entry<String, List<MarketEntry>> g : groups.entrySet()) {
                List<MarketEntry> all = g.getValue();
                int latest = all.stream().mapToInt(Run::yearOf).max().orElse(Integer.MIN_VALUE);
                List<MarketEntry> holders = new ArrayList<>(all.stream().filter(m -> yearOf(m) == latest).toList());
                holders.sort(Comparator.comparingDouble((MarketEntry m) -> -m.share()).thenComparing(MarketEntry::holder));
                MarketEntry first = holders.get(0);
                String node = first.node();
                ChainNode n = map.node(node).orElseThrow();
                boolean primary = nodesWithRows.add(node);
                Map<String, Map<String, Control>> nc = control.getOrDefault(node, Map.of());
                Set<String> covered = new LinkedHashSet<>();
                long firmRank = 0;
                long countryRank = 0;
                for (MarketEntry m : holders) {
                    boolean firm = "firm".equals(m.holderType());
                    long mrank = firm ? ++firmRank : ++countryRank;
                    List<String> actors;
                    Map<String, Control> level = nc.getOrDefault(firm ? "applicant" : "country", Map.of());
                    if (firm) {
                        FirmLinks.Link l = links.link(m.holder(), firmGroup(m.holder()));
                        actors = l.holders();
                    } else {
                        actors = List.of(m.country());
                    }
                    covered.addAll(actors);
                    double sum = 0;
                    long best = Long.MAX_VALUE;
                    boolean any = false;
                    for (String a : actors) {
                        Control c = level.get(a);
                        if (c != null && Double.isFinite(c.combined())) {
                            sum += c.combined();
                            best = Math.min(best, c.rank());
                            any = true;
                        }
                    }
                    Double ctl = any ? Math.min(1.0, sum) : null;
                    String position = position(m.share(), ctl);
                    rows.add(mvcRow(n, m.market(), m.year(), firm ? "firm" : "country", m.holder(),
                            String.join(";", actors.stream().filter(level::containsKey).toList()), m.share(), mrank, ctl,
                            any ? best : null, position, topControl));
                    String who = m.holder() + "（" + n.name() + "，份额" + pct(m.share()) + "，控制力"
                            + (ctl == null ? "未进入前" + topControl : pct(ctl)) + "）";
                    String whoEn = m.holder() + " (" + n.name("en") + ", share " + pct(m.share()) + ", control "
                            + (ctl == null ? "below the top " + topControl : pct(ctl)) + ")";
                    if (position.equals("market_without_patents")) {
                        marketOnlyZh.add(who);
                        marketOnlyEn.add(whoEn);
                    }
                }
                if (primary) {
                    // strong patent holders of the node without a recorded market share
                    for (String lvl : List.of("applicant", "country")) {
                        for (Map.Entry<String, Control> c : nc.getOrDefault(lvl, Map.of()).entrySet()) {
                            if (c.getValue().rank() > CONTROL_TOP || covered.contains(c.getKey())
                                    || !Double.isFinite(c.getValue().combined())) {
                                continue;
                            }
                            if (lvl.equals("country") && holders.stream().noneMatch(h -> "country".equals(h.holderType()))) {
                                continue;
                            }
                            if (lvl.equals("applicant") && holders.stream().noneMatch(h -> "firm".equals(h.holderType()))) {
                                continue;
                            }
                            String position = position(null, c.getValue().combined());
                            rows.add(mvcRow(n, first.market(), first.year(), lvl,
                                    c.getKey(), c.getKey(), null, null, c.getValue().combined(), c.getValue().rank(), position,
                                    topControl));
                            if (position.equals("patents_without_market")) {
                                patentsOnlyZh.add(c.getKey() + "（" + n.name() + "，控制力" + pct(c.getValue().combined()) + "）");
                                patentsOnlyEn.add(c.getKey() + " (" + n.name("en") + ", control " + pct(c.getValue().combined())
                                        + ")");
                            }
                        }
                    }
                }
            }
            if (!marketOnlyZh.isEmpty()) {
                zh.add("有市场、专利控制力弱的持有方：" + String.join("；", marketOnlyZh) + "。");
                en.add("Market without patent control: " + String.join("; ", marketOnlyEn) + ".");
            }
            if (!patentsOnlyZh.isEmpty()) {
                zh.add("专利控制力强而市场份额未达" + pct(MARKET_HOLD) + "的持有方：" + String.join("；", patentsOnlyZh) + "。");
                en.add("Patent control without a market share of " + pct(MARKET_HOLD) + ": " + String.join("; ", patentsOnlyEn)
                        + ".");
            }
            return new MetricTable(MARKET_VS_CONTROL, "专利控制力与市场份额对照", "Patent control strength against market share",
                    List.of("node", "node_name", "node_name_en", "market", "year", "holder_type", "holder", "applicants",
                            "market_share", "market_rank", "control", "control_rank", "gap", "position", "position_zh",
                            "reasons", "reasons_en"),
                    rows, List.of("market_share", "combined_control", "control_vs_market", "firm_link"),
                    "按产业链结构图顺序列出各环节，全球市场在前；同一环节和市场内，先列最新年份有市场份额的持有者（按份额降序；持有者类型为"
                            + "企业或国家），再列该环节专利控制力前" + CONTROL_TOP + "位（专利控制力排名 ≤ " + CONTROL_TOP + "）但无市场份额记录的"
                            + "持有者（持有者类型为申请人或国家；仅列该环节的第一个市场）。控制力 = 该持有者在专利控制力表中所列申请人（其集团成员，"
                            + "否则为其自身）的综合控制力之和（上限为1）；该环节前" + topControl + "位中没有时留空。差距 = 控制力 − 市场份额。",
                    "Nodes in chain-map order, the global market first; within a node and market, the holders of the latest "
                            + "year by share desc (holder_type firm or country), then the node's top-" + CONTROL_TOP + " control holders (control_strength "
                            + "ranks ≤ " + CONTROL_TOP + ") with no share recorded (holder_type applicant or country; first market of the "
                            + "node only). control = "
                            + "the sum of combined control over the holder's applicants listed in control_strength (its group's "
                            + "members, else its own; capped at 1); blank = none among the node's top " + topControl + ". "
                            + "gap = control − market_share.");
        }

        /** The group the firms table gives for a market holder of that name, or null. */
        private String firmGroup(String holder) {
            String k = links.key(holder);
            for (Firm f : data.firms()) {
                if (links.key(f.name()).equals(k)) {
                    return f.group();
                }
            }
            return null;
        }

        private List<Object> mvcRow(ChainNode n, String market, Integer year, String type, String holder, String applicants,
                                    Double share, Long mrank, Double ctl, Long crank, String position, int topControl) {
            String s = share == null ? "未记录市场份额" : "市场份额" + pct(share);
            String c = ctl == null ? "专利控制力未进入该环节前" + topControl + "名" : "综合控制力" + pct(ctl);
            String se = share == null ? "no market share recorded" : "market share " + pct(share);
            String ce = ctl == null ? "patent control below the node's top " + topControl : "combined control " + pct(ctl);
            return row(n.id(), n.name(), n.name("en"), market, year == null ? null : (long) year, type, holder,
                    applicants.isEmpty() ? null : applicants, share, mrank, ctl, crank,
                    share == null || ctl == null ? null : ctl - share, position, positionZh(position),
                    s + "，" + c + "：" + positionZh(position), se + ", " + ce + ": " + position.replace('_', ' '));
        }

        private static String position(Double share, Double control) {
            boolean m = share != null && share >= MARKET_HOLD;
            boolean p = control != null && control >= CONTROL_HOLD;
            return m && p ? "market_and_patents" : m ? "market_without_patents" : p ? "patents_without_market" : "neither";
        }

        private static String positionZh(String position) {
            return switch (position) {
                case "market_and_patents" -> "市场与专利兼具";
                case "market_without_patents" -> "有市场、专利控制弱";
                case "patents_without_market" -> "有专利、市场份额低";
                default -> "市场与专利均不突出";
            };
        }

        // ---------------------------------------------------------------- patent-weak local firms

        private MetricTable weakFirms() {
            record Sized(Firm f, FirmLinks.Link l, long records, double intensity) {
            }
            List<Sized> all = new ArrayList<>();
            for (Map.Entry<Firm, FirmLinks.Link> e : firmLinks.entrySet()) {
                Double size = e.getKey().size();
                if (size != null && size > 0) {
                    long rc = records(e.getValue()).size();
                    all.add(new Sized(e.getKey(), e.getValue(), rc, rc / size));
                }
            }
            double[] patenting = all.stream().filter(s -> s.records > 0).mapToDouble(Sized::intensity).sorted().toArray();
            double benchmark = median(patenting);
            List<Sized> weak = all.stream().filter(s -> local(s.f))
                    .filter(s -> Double.isNaN(benchmark) ? s.records == 0 : s.intensity < WEAK_FACTOR * benchmark)
                    .sorted(Comparator.comparingDouble((Sized s) -> -s.f.size()).thenComparing(s -> s.f.name())).toList();
            List<List<Object>> rows = new ArrayList<>();
            for (int i = 0; i < weak.size(); i++) {
                Sized s = weak.get(i);
                String nodesZh = s.f.nodes().stream().map(id -> map.node(id).map(ChainNode::name).orElse(id))
                        .collect(Collectors.joining("、"));
                String nodesEn = s.f.nodes().stream().map(id -> map.node(id).map(x -> x.name("en")).orElse(id))
                        .collect(Collectors.joining(", "));
                rows.add(row((long) (i + 1), s.f.name(), s.f.city(), String.join(";", s.f.roles()), String.join(";", s.f.nodes()),
                        s.f.size(), s.records, s.intensity, cell(benchmark), "cultivate",
                        "产值" + fmt(s.f.size(), 1) + "亿元，相关专利" + s.records + "件，每亿元" + fmt(s.intensity, 2) + "件，低于基准"
                                + fmt(benchmark, 2) + "件的" + pct(WEAK_FACTOR) + (nodesZh.isEmpty() ? "" : "；环节：" + nodesZh)
                                + "；建议作为专利培育对象",
                        "output " + fmt(s.f.size(), 1) + " (CNY 100m), " + s.records + " relevant records, " + fmt(s.intensity, 2)
                                + " per CNY 100m, under " + pct(WEAK_FACTOR) + " of the benchmark " + fmt(benchmark, 2)
                                + (nodesEn.isEmpty() ? "" : "; nodes: " + nodesEn) + "; candidate for patent cultivation"));
            }
            if (!weak.isEmpty()) {
                zh.add(label + "有产值但专利薄弱的企业" + weak.size() + "家（每亿元产值专利数低于基准" + fmt(benchmark, 2) + "件的"
                        + pct(WEAK_FACTOR) + "），首位为" + weak.get(0).f.name() + "。");
                en.add(weak.size() + " firms in " + label + " have output but few patents (under " + pct(WEAK_FACTOR)
                        + " of the benchmark " + fmt(benchmark, 2) + " records per CNY 100m); first: " + weak.get(0).f.name() + ".");
            }
            return new MetricTable(WEAK_FIRMS, label + "专利薄弱企业（培育对象）", label + " firms with output but few patents (to cultivate)",
                    List.of("rank", "firm", "city", "roles", "nodes", "output", "records", "intensity", "benchmark", "action",
                            "reasons", "reasons_en"),
                    rows, List.of("patent_intensity", "patent_weak_firm", "firm_link"),
                    "企业表中位于区域内、产值（无产值时取营业收入）大于0、且专利密度低于基准" + fmt(WEAK_FACTOR, 2) + "倍的企业（基准 = 全部有产值"
                            + "且至少有一条记录的所列企业专利密度的中位数：" + fmt(benchmark, 3) + "）。按产值降序、名称排列。",
                    "Firms of the firms table located in the region with output (else revenue) > 0 whose patent intensity is "
                            + "below " + fmt(WEAK_FACTOR, 2) + " × the benchmark (the median intensity of all listed firms with "
                            + "output and at least one record: " + fmt(benchmark, 3) + "). Sorted by output desc, name.");
        }

        private static double median(double[] sorted) {
            if (sorted.length == 0) {
                return Double.NaN;
            }
            int m = sorted.length / 2;
            return sorted.length % 2 == 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
        }

        // ---------------------------------------------------------------- talent of local firms

        private MetricTable talent() {
            List<Map.Entry<Firm, FirmLinks.Link>> local = firmLinks.entrySet().stream()
                    .filter(e -> local(e.getKey()) && !e.getValue().applicants().isEmpty())
                    .sorted(Comparator.comparingDouble((Map.Entry<Firm, FirmLinks.Link> e) -> e.getKey().size() == null ? 0
                            : -e.getKey().size()).thenComparing(e -> e.getKey().name())).toList();
            List<List<Object>> rows = new ArrayList<>();
            int firms = 0;
            for (Map.Entry<Firm, FirmLinks.Link> e : local) {
                Map<String, long[]> inv = new HashMap<>();
                Map<String, Map<String, Integer>> nodes = new HashMap<>();
                for (MetricRecord r : records(e.getValue())) {
                    boolean recent = r.year() != null && r.year() >= recentFrom && r.year() <= last;
                    for (String i : new LinkedHashSet<>(r.inventors())) {
                        if (i == null || i.isBlank()) {
                            continue;
                        }
                        long[] c = inv.computeIfAbsent(i.strip(), k -> new long[2]);
                        c[0]++;
                        if (recent) {
                            c[1]++;
                        }
                        Map<String, Integer> nm = nodes.computeIfAbsent(i.strip(), k -> new HashMap<>());
                        r.nodes().stream().filter(n -> map.node(n).map(ChainNode::isLeaf).orElse(false))
                                .forEach(n -> nm.merge(n, 1, Integer::sum));
                    }
                }
                if (inv.isEmpty()) {
                    continue;
                }
                if (++firms > TALENT_FIRMS) {
                    break;
                }
                List<String> ranked = inv.keySet().stream().sorted(Comparator.comparingLong((String k) -> -inv.get(k)[0])
                        .thenComparingLong(k -> -inv.get(k)[1]).thenComparing(Comparator.naturalOrder()))
                        .limit(TALENT_PER_FIRM).toList();
                for (int i = 0; i < ranked.size(); i++) {
                    String name = ranked.get(i);
                    long[] c = inv.get(name);
                    List<String> top = RegionScope.top(nodes.get(name), 3, order);
                    rows.add(row(e.getKey().name(), (long) (i + 1), name, c[0], c[1], String.join(";", top),
                            e.getKey().name() + "的第" + (i + 1) + "位发明人：参与申请" + c[0] + "件，近三年（" + recentFrom + "–" + last
                                    + "）" + c[1] + "件",
                            "inventor no. " + (i + 1) + " of " + e.getKey().name() + ": " + c[0] + " records, " + c[1] + " in "
                                    + recentFrom + "–" + last));
                }
            }
            return new MetricTable(FIRM_TALENT, label + "本地企业核心发明人", label + " inventors of local firms",
                    List.of("firm", "rank", "inventor", "records", "recent_count", "top_nodes", "reasons", "reasons_en"), rows,
                    List.of("firm_talent", "firm_link", "recent_activity"),
                    "企业表中有自身申请人的本地企业，按产值（无产值时取营业收入）降序、再按名称排列；最多" + TALENT_FIRMS + "家企业、每家" + TALENT_PER_FIRM
                            + "位发明人，按申请量降序、近期申请量降序、姓名排列。发明人姓名未作消歧。",
                    "Local firms of the firms table with applicants of their own, by output (else revenue) desc, then name; "
                            + "at most " + TALENT_FIRMS + " firms and " + TALENT_PER_FIRM + " inventors each, by records desc, "
                            + "recent desc, name. Inventor names are not disambiguated.");
        }

        // ---------------------------------------------------------------- enterprise targets by presence

        private ModuleResult targets() {
            if (path == null || region == null) {
                return path;
            }
            MetricTable t = path.tables().stream().filter(x -> x.id().equals(PathModule.ENTERPRISE_TARGETS)).findFirst()
                    .orElse(null);
            if (t == null) {
                return path;
            }
            Map<String, Set<String>> localByKey = new HashMap<>();
            for (Map.Entry<Firm, FirmLinks.Link> e : firmLinks.entrySet()) {
                if (!local(e.getKey())) {
                    continue;
                }
                FirmLinks.Link l = e.getValue();
                Set<String> keys = new LinkedHashSet<>();
                keys.add(links.key(e.getKey().name()));
                l.applicants().forEach(a -> keys.add(links.key(a)));
                if (l.group() != null) {
                    keys.add(links.key(l.group()));
                }
                for (String k : keys) {
                    localByKey.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(e.getKey().name());
                }
            }
            List<String> cols = new ArrayList<>(t.columns());
            int ia = cols.indexOf("applicant");
            int ig = cols.indexOf("group");
            cols.addAll(List.of("present_in_region", "target_kind", "target_kind_zh", "local_firms"));
            List<List<Object>> rows = new ArrayList<>();
            long expansion = 0;
            List<String> present = new ArrayList<>();
            List<String> presentEn = new ArrayList<>();
            for (List<Object> r : t.rows()) {
                Set<String> found = new LinkedHashSet<>();
                String a = ia < 0 ? null : (String) r.get(ia);
                String g = ig < 0 ? null : (String) r.get(ig);
                for (String name : Arrays.asList(a, g)) {
                    if (name != null) {
                        found.addAll(localByKey.getOrDefault(links.key(name), Set.of()));
                    }
                }
                List<Object> out = new ArrayList<>(r);
                boolean here = !found.isEmpty();
                out.add(here ? "yes" : "no");
                out.add(here ? "expansion" : "introduction");
                out.add(here ? "增资扩产" : "招商引进");
                out.add(here ? String.join(";", found) : null);
                rows.add(out);
                if (here) {
                    expansion++;
                    present.add(a + "（" + String.join("、", found) + "）");
                    presentEn.add(a + " (" + String.join(", ", found) + ")");
                }
            }
            if (!t.rows().isEmpty()) {
                zh.add("招商引资目标" + t.rows().size() + "家中，" + expansion + "家已在" + label + "有企业（转为增资扩产对象）"
                        + (present.isEmpty() ? "" : "：" + String.join("；", present)) + "；其余" + (t.rows().size() - expansion)
                        + "家为招商引进对象。");
                en.add(expansion + " of the " + t.rows().size() + " enterprise targets already have a firm in " + label
                        + " (expansion candidates)" + (presentEn.isEmpty() ? "" : ": " + String.join("; ", presentEn)) + "; the other "
                        + (t.rows().size() - expansion) + " are introduction targets.");
            }
            MetricTable augmented = new MetricTable(t.id(), t.titleZh(), t.titleEn(), cols, rows,
                    concat(t.definitions(), "target_presence"), t.noteZh(), t.note(), t.kinds()).withNote(
                    "已在区域布局：企业表中有位于区域内的企业为该目标企业本身、其申请人之一或其集团成员（为增资扩产对象，否则为招商引进"
                    + "对象）；“区域内企业”列出这些企业。", "present_in_region: a firm of the firms table located in the region is the target, one "
                    + "of its applicants, or of its group (an expansion candidate; otherwise an introduction target); local_firms "
                    + "names them.");
            List<MetricTable> tables = new ArrayList<>();
            for (MetricTable x : path.tables()) {
                tables.add(x == t ? augmented : x);
            }
            List<Definition> defs = new ArrayList<>(path.definitions());
            definitions().stream().filter(d -> d.id().equals("target_presence")).forEach(defs::add);
            return new ModuleResult(tables, defs, path.findingsZh(), path.findingsEn());
        }

        private static List<String> concat(List<String> a, String b) {
            List<String> out = new ArrayList<>(a);
            out.add(b);
            return out;
        }

        // ---------------------------------------------------------------- definitions

        private List<Definition> definitions() {
            String window = "the latest year the industry tables give (per region / market); patents: the analysis period "
                    + ctx.fromYear() + "–" + ctx.toYear();
            String windowZh = "产业数据取各表（按区域/市场）给出的最近年份；专利取分析期" + ctx.fromYear() + "–" + ctx.toYear() + "年";
            String pbasis = "counted records (" + ctx.unit() + "), tagged to the node (branches included); region by the "
                    + "'any applicant' rule";
            String pbasisZh = "按计数单位（" + CountingUnit.nameZh(ctx.unit()) + "）计数的记录，标引到该环节（含下级环节）；"
                    + "区域按“任一申请人位于区域”规则归属";
            String fraction = "比例（0–1）";
            return List.of(
                    new Definition("industry_firm_count", "企业数", "Firms", "number of firms of the firms table listing the node "
                            + "or one of its branches; region_firms: those located in the region (province/city, else country)",
                            "firms", "firms table, one row per firm", "the firms table's year column (not filtered)")
                            .zh("企业表中列出该环节或其下级环节的企业数；区域企业数：其中位于区域内（省/市，否则国家）的企业",
                                    "家", "企业表，每行一家企业", "企业表的年份列（不筛选）"),
                    new Definition("industry_output", "产值", "Output", "region_output value for the region, node and year; "
                            + "a node without a value = the sum of its branches' values (recursively), else blank",
                            "CNY 100m (100 million yuan)", "region_output table", window)
                            .zh("区域产值表中该区域、环节和年份的产值；环节无值时取其下级环节之和（逐级），仍无则留空", "亿元",
                                    "区域产值表", windowZh),
                    new Definition("output_share", "产值份额", "Share of output", "output(node) / Σ output(nodes of the same "
                            + "level with a value), within one region", "fraction 0–1", "region_output table", window)
                            .zh("产值(环节) / Σ 产值(同层级有值的环节)，在同一区域内计算", fraction, "区域产值表", windowZh),
                    new Definition("patent_share", "专利份额", "Share of patents", "records(node, region) / Σ records(nodes "
                            + "of the same level with an output value, region)", "fraction 0–1", pbasis, window)
                            .zh("记录数(环节, 区域) / Σ 记录数(同层级有产值的环节, 区域)", fraction, pbasisZh, windowZh),
                    new Definition("match_ratio", "匹配比", "Match ratio", "patent_share / output_share; < " + fmt(LAG, 2)
                            + " patents lag output, > " + fmt(LEAD, 2) + " patents lead output, else matched",
                            "ratio (1 = in step)", pbasis, window)
                            .zh("专利份额 / 产值份额；< " + fmt(LAG, 2) + " 为专利滞后于产业，> " + fmt(LEAD, 2)
                                    + " 为专利领先于产业，其余为匹配", "比值（1 = 同步）", pbasisZh, windowZh),
                    new Definition("match_index", "产业–专利匹配指数", "Patent–industry match index", "1 − ½ Σ_nodes "
                            + "|patent_share − output_share| over the nodes of one level with an output value (1 − total "
                            + "variation distance between the output and patent structures)", "index 0–1 (1 = same structure)",
                            pbasis, window)
                            .zh("1 − ½ Σ|专利份额 − 产值份额|，对同一层级有产值的环节求和（即 1 减产值结构与专利结构的总变差距离）",
                                    "指数 0–1（1 = 结构相同）", pbasisZh, windowZh),
                    new Definition("market_size", "市场规模", "Market size", "the market table's rows without a holder: output "
                            + "value and capacity of the node's market", "CNY 100m; capacity in the analyst's unit", "market table",
                            window)
                            .zh("市场表中未填持有者的行：该环节市场的产值与产能", "亿元；产能按分析人员所填单位", "市场表", windowZh),
                    new Definition("market_share", "市场份额", "Market share", "the holder's share of the node's market as the "
                            + "market table gives it", "fraction 0–1", "market table", window)
                            .zh("市场表给出的持有者在该环节市场中的份额", fraction, "市场表", windowZh),
                    new Definition("control_vs_market", "控制力与市场对照", "Control against market", "position = "
                            + "market_and_patents when share ≥ " + pct(MARKET_HOLD) + " and control ≥ " + pct(CONTROL_HOLD)
                            + "; market_without_patents when only the share is; patents_without_market when only the control "
                            + "is; else neither. control = Σ combined control (control_strength) over the holder's "
                            + "applicants (group members, else its own), capped at 1", "category; control and share fractions",
                            "market table; control_strength (direction module)", window)
                            .zh("份额 ≥ " + pct(MARKET_HOLD) + " 且控制力 ≥ " + pct(CONTROL_HOLD) + " 为“有市场有专利”；仅份额达标为"
                                    + "“有市场无专利”；仅控制力达标为“有专利无市场”；其余为“均不突出”。控制力 = 持有者的申请人（集团成员，"
                                    + "否则其本身）综合控制力之和，上限为1", "类别；控制力与份额为比例",
                                    "市场表；专利控制力（产业发展方向模块）", windowZh),
                    new Definition("firm_link", "企业–申请人关联", "Firm–applicant link", "the firm's name, or the alias table's "
                            + "standard name for it, has the matching key of an applicant's standard name (alias / name); "
                            + "else members of its group (the firms table's group, else the alias table's) file (group); else "
                            + "none. Keys are the clean stage's (case, width, punctuation, legal form ignored)",
                            "link method", "counted records' resolved applicants", "analysis period")
                            .zh("企业名称（或别名表中的标准名称）与某申请人标准名称的匹配键相同，为“名称/别名”关联；否则其集团（企业表所填，"
                                    + "否则别名表所载）成员有申请，为“集团”关联；否则未关联。匹配键与清洗阶段相同（忽略大小写、全半角、"
                                    + "标点和公司类型）", "关联方式", "计数记录中已归一的申请人", "分析期"),
                    new Definition("patent_intensity", "专利强度", "Patent intensity", "records of the firm's own applicants / "
                            + "the firm's output (else revenue)", "records per CNY 100m", pbasis, window)
                            .zh("企业自身申请人的记录数 / 企业产值（无产值时取营业收入）", "件/亿元", pbasisZh, windowZh),
                    new Definition("patent_weak_firm", "专利薄弱企业", "Patent-weak firm", "a local firm with output > 0 "
                            + "whose intensity < " + fmt(WEAK_FACTOR, 2) + " × median intensity of all listed firms with "
                            + "output and ≥ 1 record (if none has records: a local firm with none)", "list", pbasis, window)
                            .zh("产值 > 0 且专利强度 < " + fmt(WEAK_FACTOR, 2) + " × 所有有产值且至少1件记录的企业专利强度中位数的本地企业"
                                    + "（若均无记录：无记录的本地企业）", "名单", pbasisZh, windowZh),
                    new Definition("target_presence", "招商目标本地存在", "Local presence of a target", "present when a firm "
                            + "of the firms table located in the region is the target, one of its applicants, or in its "
                            + "group (matching keys); present targets are expansion candidates, the others "
                            + "introduction targets", "yes / no", "firms table; enterprise_targets", window)
                            .zh("企业表中位于区域内的某企业即该目标、其申请人之一或属其集团（按匹配键）时为“已在区域布局”；"
                                    + "已布局的目标为增资扩产对象，其余为招商引进对象", "是/否", "企业表；招商引资目标表", windowZh),
                    new Definition("firm_talent", "本地企业核心发明人", "Inventors of local firms", "inventors named on the "
                            + "records of a local firm's own applicants, ranked by records", "records", pbasis,
                            "analysis period; recent = " + recentFrom + "–" + last)
                            .zh("本地企业自身申请人的记录中署名的发明人，按记录数排序", "件/项（记录数）", pbasisZh,
                                    "分析期；近期 = " + recentFrom + "–" + last + "年"));
        }
    }

    private static List<Object> row(Object... cells) {
        return new ArrayList<>(Arrays.asList(cells));
    }
}
