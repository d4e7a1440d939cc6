package dev.navi.industry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.navi.chain.map.ChainMap;
import dev.navi.chain.map.ChainNode;
import dev.navi.clean.region.ChinaDivisions;
import dev.navi.clean.region.ChinaPlace;
import dev.navi.clean.region.Countries;
import dev.navi.ingest.InputException;
import dev.navi.ingest.table.EncodingDetector;
import dev.navi.ingest.table.RawRow;
import dev.navi.ingest.table.RowSink;
import dev.navi.ingest.table.TableSource;
import dev.navi.ingest.table.TextTableSource;
import dev.navi.ingest.table.WorkbookTableSource;
import dev.navi.project.ProjectLoader;
import dev.navi.project.Region;
import dev.navi.text.Suggestions;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and checks the industry inputs a project file names:
 * <pre>
 * industry:
 *   firms: industry/firms.csv              # name, credit_code, country, province, city, group, nodes, role, revenue, output, employees, year
 *   market: industry/market.xlsx           # node, year, market, holder, holder_type, output_value, capacity, share
 *   region_output: industry/region_output.csv   # region, node, year, output
 * </pre>
 * Each file is CSV (any encoding ingest detects, delimiter detected) or XLSX/XLS (first sheet); the header row is the
 * first non-blank row; headers may be the English keys above or their Chinese names (企业名称, 统一社会信用代码, 省份, 城市,
 * 所属集团, 产业链环节, 企业类型, 营业收入, 产值, 从业人数, 年份; 环节, 市场, 持有方, 持有方类型, 产值/市场规模, 产能, 市场份额;
 * 地区), a unit in brackets ({@code 产值（亿元）}) being ignored. Money is in 亿元; shares are fractions (0.23) or
 * percentages ({@code 23%}, or any number above 1). Chain nodes are the map's node ids or node names, several in a
 * cell separated by {@code ;}, {@code ；}, {@code 、}, {@code ,} or {@code |}.
 *
 * <p>Never throws for a bad input: a missing or unreadable file, or one without its required columns, is left out;
 * a row without a required value is skipped; a bad optional value is blanked; each is an {@link IndustryProblem}
 * naming the file, row and column, with a did-you-mean for node ids close to the map's. Stateless.
 */
public final class IndustryReader {
    private static final Pattern SPLIT = Pattern.compile("\\s*[;；、,，|]\\s*");
    private static final Pattern UNIT = Pattern.compile("[（(\\[【].*?[)）\\]】]");

    /** Columns of each input: key → the header words that name it. */
    static final Map<String, Map<String, List<String>>> COLUMNS = Map.of(
            "firms", columns(
                    "name", List.of("企业名称", "企业", "名称", "公司名称", "firm", "company", "firm_name"),
                    "credit_code", List.of("统一社会信用代码", "信用代码", "uscc", "unified_social_credit_code"),
                    "country", List.of("国家", "国家/地区", "国别"),
                    "province", List.of("省份", "省", "所在省份"),
                    "city", List.of("城市", "市", "所在城市", "地市"),
                    "group", List.of("所属集团", "集团", "母公司"),
                    "nodes", List.of("产业链环节", "环节", "所属环节", "chain_nodes", "node"),
                    "role", List.of("企业类型", "类型", "企业角色", "角色", "roles", "type"),
                    "revenue", List.of("营业收入", "营收", "收入"),
                    "output", List.of("产值", "工业总产值", "output_value"),
                    "employees", List.of("从业人数", "员工数", "职工人数", "staff"),
                    "year", List.of("年份", "年度", "统计年份")),
            "market", columns(
                    "node", List.of("产业链环节", "环节", "nodes"),
                    "year", List.of("年份", "年度"),
                    "market", List.of("市场", "市场范围", "market_region"),
                    "holder", List.of("持有方", "企业", "企业名称", "国家/地区", "firm", "company"),
                    "holder_type", List.of("持有方类型", "类型", "type"),
                    "output_value", List.of("产值", "市场规模", "规模", "market_size", "output"),
                    "capacity", List.of("产能", "出货量", "装机量", "shipments"),
                    "share", List.of("市场份额", "份额", "占比", "market_share")),
            "region_output", columns(
                    "region", List.of("地区", "区域", "省份", "城市"),
                    "node", List.of("产业链环节", "环节", "nodes"),
                    "year", List.of("年份", "年度"),
                    "output", List.of("产值", "output_value")));
    static final Map<String, List<String>> REQUIRED = Map.of("firms", List.of("name"), "market", List.of("node"),
            "region_output", List.of("region", "node", "year", "output"));

    private IndustryReader() {
    }

    /**
     * Reads the {@code industry:} section of the project file and the files it names. A project file without the
     * section gives {@link IndustryData#none()}.
     *
     * @param projectFile the project file ({@code navi.yaml})
     * @param map         the chain map node ids are checked against
     * @param region      the region of interest (a firm located there is local), or {@code null}
     */
    public static IndustryData load(Path projectFile, ChainMap map, Region region) {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(Files.readAllBytes(projectFile));
        } catch (IOException e) {
            return IndustryData.none();
        }
        JsonNode ind = root == null ? null : root.get("industry");
        if (ind == null || ind.isNull()) {
            return IndustryData.none();
        }
        String pf = projectFile.getFileName().toString();
        List<IndustryProblem> problems = new ArrayList<>();
        Map<String, String> files = new LinkedHashMap<>();
        if (!ind.isObject()) {
            problems.add(new IndustryProblem(pf, 0, "industry", "must be a map with firms, market and/or region_output",
                    "write e.g. industry: {firms: industry/firms.csv}", "file",
                    "应为包含 firms、market 和/或 region_output 的映射", "例如写作 industry: {firms: industry/firms.csv}"));
            return new IndustryData(true, files, List.of(), List.of(), List.of(), List.of(), problems);
        }
        for (Iterator<String> it = ind.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!IndustryData.INPUTS.contains(k)) {
                String hint = Suggestions.closest(k, IndustryData.INPUTS, 3);
                problems.add(new IndustryProblem(pf, 0, "industry." + k, "unknown industry input",
                        (hint == null ? "" : "did you mean '" + hint + "'? ") + "the inputs are firms, market and region_output",
                        "file", "未知的产业数据项", (hint == null ? "" : "是否应为“" + hint + "”？")
                                + "可用的项为 firms、market 和 region_output"));
            } else {
                files.put(k, ind.get(k).asText(""));
            }
        }
        Path dir = projectFile.toAbsolutePath().getParent();
        List<String> used = new ArrayList<>();
        List<Firm> firms = new ArrayList<>();
        List<MarketEntry> market = new ArrayList<>();
        List<OutputEntry> output = new ArrayList<>();
        for (String input : IndustryData.INPUTS) {
            String value = files.get(input);
            if (value == null) {
                continue;
            }
            Table t = table(input, value, dir.resolve(value).normalize(), problems);
            if (t == null) {
                continue;
            }
            used.add(input);
            Checker c = new Checker(t, map, problems);
            switch (input) {
                case "firms" -> firms.addAll(c.firms());
                case "market" -> market.addAll(c.market());
                default -> output.addAll(c.output());
            }
        }
        return new IndustryData(true, files, used, firms, market, output, problems);
    }

    // ---- reading a table ----

    /** A table as read: its header keys (null for an unknown header) and its data rows. */
    record Table(String input, String file, List<String> keys, List<String> headers, List<RawRow> rows) {
        int col(String key) {
            return keys.indexOf(key);
        }
    }

    private static Table table(String input, String name, Path path, List<IndustryProblem> problems) {
        if (name.isBlank()) {
            problems.add(new IndustryProblem("navi.yaml", 0, "industry." + input, "no file named",
                    "give the file's path relative to the project file", "file", "未给出文件",
                    "填写相对于项目文件的文件路径"));
            return null;
        }
        if (!Files.isRegularFile(path)) {
            problems.add(new IndustryProblem(name, 0, null, "does not exist (relative to the project file)",
                    "check the path in navi.yaml industry." + input + ", or run 'navi init' for a template", "file",
                    "文件不存在（路径相对于项目文件）", "核对 navi.yaml 中 industry." + input + " 的路径，或运行 navi init 生成模板"));
            return null;
        }
        List<RawRow> rows = new ArrayList<>();
        try {
            source(path, name).read(new RowSink() {
                int sheets;

                @Override
                public void startSheet(String s) {
                    sheets++;
                }

                @Override
                public boolean row(RawRow row) {
                    if (sheets > 1) {
                        return false;
                    }
                    rows.add(row);
                    return true;
                }

                @Override
                public void endSheet() {
                }
            });
        } catch (IOException | InputException | IllegalStateException e) {
            String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            problems.add(new IndustryProblem(name, 0, null, "cannot be read: " + m.replace(name + ": ", ""),
                    "save it as CSV (UTF-8) or XLSX", "file", "无法读取：" + m.replace(name + ": ", ""),
                    "另存为 CSV（UTF-8）或 XLSX"));
            return null;
        }
        int h = 0;
        while (h < rows.size() && rows.get(h).isBlank()) {
            h++;
        }
        if (h == rows.size()) {
            problems.add(new IndustryProblem(name, 0, null, "has no header row", "start from the template 'navi init' writes",
                    "file", "没有表头行", "以 navi init 生成的模板为基础填写"));
            return null;
        }
        RawRow header = rows.get(h);
        Map<String, List<String>> known = COLUMNS.get(input);
        List<String> keys = new ArrayList<>();
        List<String> headers = new ArrayList<>();
        for (String cell : header.cells()) {
            String hk = headerKey(cell);
            String key = null;
            for (Map.Entry<String, List<String>> e : known.entrySet()) {
                if (e.getKey().equals(hk) || e.getValue().stream().anyMatch(w -> headerKey(w).equals(hk))) {
                    key = e.getKey();
                    break;
                }
            }
            if (key != null && keys.contains(key)) {
                problems.add(new IndustryProblem(name, header.number(), cell.strip(), "a second column for '" + key + "'",
                        "keep one; the first is used", "none", "“" + key + "”列重复", "只保留一列；现采用第一列"));
                key = null;
            }
            if (key == null && !cell.isBlank() && !keys.contains(hk)) {
                String hint = Suggestions.closest(hk, known.keySet(), 3);
                List<String> columns = known.keySet().stream().sorted().toList();
                problems.add(new IndustryProblem(name, header.number(), cell.strip(), "unknown column, ignored",
                        (hint == null ? "" : "did you mean '" + hint + "'? ") + "the columns are " + columns, "none",
                        "未知列，已忽略", (hint == null ? "" : "是否应为“" + hint + "”？") + "可用的列为 "
                                + String.join("、", columns)));
            }
            keys.add(key);
            headers.add(cell.strip());
        }
        List<String> missing = REQUIRED.get(input).stream().filter(k -> !keys.contains(k)).toList();
        if (!missing.isEmpty()) {
            problems.add(new IndustryProblem(name, header.number(), null, "no column " + String.join(", ", missing)
                    + " in the header", "add " + (missing.size() == 1 ? "it" : "them") + " (see the template 'navi init' writes)",
                    "file", "表头缺少 " + String.join("、", missing) + " 列", "补上该列（参见 navi init 生成的模板）"));
            return null;
        }
        return new Table(input, name, keys, headers, rows.subList(h + 1, rows.size()));
    }

    private static TableSource source(Path path, String name) throws IOException {
        byte[] head = new byte[EncodingDetector.SAMPLE];
        int n;
        try (InputStream in = Files.newInputStream(path)) {
            n = in.readNBytes(head, 0, head.length);
        }
        if (n >= 8 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF) {
            return WorkbookTableSource.xls(path, name);
        }
        if (n >= 4 && head[0] == 'P' && head[1] == 'K') {
            return WorkbookTableSource.xlsx(path, name);
        }
        return TextTableSource.open(path, name, head, n, (char) 0);
    }

    static String headerKey(String header) {
        String s = Normalizer.normalize(header, Normalizer.Form.NFKC).strip();
        s = UNIT.matcher(s).replaceAll("").strip();
        return s.toLowerCase(Locale.ROOT).replaceAll("[\\s\\-]+", "_");
    }

    private static Map<String, List<String>> columns(Object... kv) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            @SuppressWarnings("unchecked")
            List<String> words = (List<String>) kv[i + 1];
            m.put((String) kv[i], words);
        }
        return m;
    }

    // ---- checking rows ----

    /** Checks the rows of one table; problems go to the shared list. */
    private static final class Checker {
        private final Table t;
        private final ChainMap map;
        private final List<IndustryProblem> problems;
        private final Map<String, String> nodeByName = new HashMap<>();
        private final List<String> nodeIds = new ArrayList<>();

        Checker(Table t, ChainMap map, List<IndustryProblem> problems) {
            this.t = t;
            this.map = map;
            this.problems = problems;
            for (ChainMap.Entry e : map.entries()) {
                ChainNode n = e.node();
                nodeIds.add(n.id());
                nodeByName.put(n.id().toLowerCase(Locale.ROOT), n.id());
                for (String name : new String[] {n.name("zh"), n.name("en")}) {
                    if (name != null && !name.isBlank()) {
                        nodeByName.putIfAbsent(Normalizer.normalize(name, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT),
                                n.id());
                    }
                }
            }
        }

        private String cell(RawRow r, String key) {
            int c = t.col(key);
            if (c < 0) {
                return "";
            }
            return Normalizer.normalize(r.cell(c), Normalizer.Form.NFKC).strip();
        }

        private void problem(RawRow r, String key, String what, String whatZh, String action, String actionZh,
                             String skipped) {
            int c = t.col(key);
            problems.add(new IndustryProblem(t.file(), r.number(), c < 0 ? key : t.headers().get(c), what, action, skipped,
                    whatZh, actionZh));
        }

        private boolean usable(RawRow r) {
            if (r.isBlank()) {
                return false;
            }
            if (r.problem() != null) {
                problems.add(new IndustryProblem(t.file(), r.number(), null, r.problem(), "fix the row in a spreadsheet", "row",
                        "该行无法读取：" + r.problem(), "在电子表格中修正该行"));
                return false;
            }
            return !r.cell(0).strip().startsWith("#");
        }

        /** A node id for a cell value (an id or a node's name), or null with a problem naming the closest id. */
        private String node(RawRow r, String key, String value, String skipped) {
            String id = nodeByName.get(value.toLowerCase(Locale.ROOT));
            if (id != null) {
                return id;
            }
            String hint = Suggestions.closest(value, nodeIds, 3);
            problem(r, key, "'" + value + "' is not a node of the chain map " + map.id(),
                    "“" + value + "”不是产业链结构图 " + map.id() + " 的环节",
                    (hint == null ? "" : "did you mean '" + hint + "'? ") + "use the node ids of the map (navi map validate lists them)",
                    (hint == null ? "" : "是否应为“" + hint + "”？") + "请使用结构图的环节编号（navi map validate 会列出）", skipped);
            return null;
        }

        private Double number(RawRow r, String key, boolean percentOk) {
            String v = cell(r, key);
            if (v.isEmpty() || v.equals("-") || v.equals("—")) {
                return null;
            }
            boolean percent = v.endsWith("%");
            String s = v.replace("%", "").replace(",", "").replace("，", "").strip();
            try {
                double d = Double.parseDouble(s);
                if (d < 0 || !Double.isFinite(d)) {
                    problem(r, key, "'" + v + "' is negative or not finite", "“" + v + "”为负数或不是有限数",
                            "write a number ≥ 0", "填写不小于 0 的数", "value");
                    return null;
                }
                if (percentOk && (percent || d > 1)) {
                    if (d > 100) {
                        problem(r, key, "'" + v + "' is more than 100 %", "“" + v + "”超过 100%",
                                "write the share as a fraction (0.23) or percentage (23%)", "份额写作小数（0.23）或百分数（23%）",
                                "value");
                        return null;
                    }
                    d = d / 100;
                } else if (percent) {
                    problem(r, key, "'" + v + "' is a percentage", "“" + v + "”是百分数",
                            "write the amount (money in CNY 100m)", "填写数额（金额以亿元计）", "value");
                    return null;
                }
                return d;
            } catch (NumberFormatException e) {
                problem(r, key, "'" + v + "' is not a number", "“" + v + "”不是数字",
                        percentOk ? "write a fraction (0.23) or percentage (23%)"
                                : "write a plain number (money in CNY 100m), without units",
                        percentOk ? "写作小数（0.23）或百分数（23%）" : "填写不带单位的数字（金额以亿元计）", "value");
                return null;
            }
        }

        private Integer year(RawRow r, String key, boolean required) {
            String v = cell(r, key);
            if (v.isEmpty()) {
                if (required) {
                    problem(r, key, "no year", "缺少年份", "write the year the figure is for, e.g. 2024",
                            "填写该数据所属年份，例如 2024", "row");
                }
                return null;
            }
            String s = v.replaceAll("[年.]0*$", "").replace("年", "");
            try {
                int y = (int) Double.parseDouble(s);
                if (y < 1900 || y > 2100) {
                    throw new NumberFormatException();
                }
                return y;
            } catch (NumberFormatException e) {
                problem(r, key, "'" + v + "' is not a year", "“" + v + "”不是年份", "write a year such as 2024",
                        "填写年份，例如 2024", required ? "row" : "value");
                return null;
            }
        }

        List<Firm> firms() {
            List<Firm> out = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            ChinaDivisions d = ChinaDivisions.standard();
            for (RawRow r : t.rows()) {
                if (!usable(r)) {
                    continue;
                }
                String name = cell(r, "name");
                if (name.isEmpty()) {
                    problem(r, "name", "no firm name", "缺少企业名称", "write the firm's registered name", "填写企业的登记名称",
                            "row");
                    continue;
                }
                if (!seen.add(name)) {
                    problem(r, "name", "'" + name + "' is listed twice", "“" + name + "”重复列出",
                            "keep one row per firm; the first is used", "每家企业只保留一行；现采用第一行", "row");
                    continue;
                }
                String code = cell(r, "credit_code");
                if (!code.isEmpty() && !code.matches("[0-9A-HJ-NPQRTUWXY]{18}")) {
                    problem(r, "credit_code", "'" + code + "' is not an 18-character unified social credit code",
                            "“" + code + "”不是18位统一社会信用代码",
                            "check it (digits and capital letters except I, O, S, V, Z) or leave it blank",
                            "核对代码（数字和除 I、O、S、V、Z 外的大写字母）或留空", "value");
                    code = "";
                }
                String province = null;
                String city = null;
                String country = null;
                String pv = cell(r, "province");
                if (!pv.isEmpty()) {
                    Optional<String> p = d.province(pv);
                    if (p.isPresent()) {
                        province = p.get();
                        country = "CN";
                    } else {
                        problem(r, "province", "'" + pv + "' is not a Chinese province", "“" + pv + "”不是中国的省级行政区",
                                "write the province's name, e.g. Sichuan", "填写省份名称，例如四川省或四川", "value");
                    }
                }
                String cv = cell(r, "city");
                if (!cv.isEmpty()) {
                    Optional<ChinaPlace> c = d.city(cv);
                    if (c.isPresent() && c.get().city() != null) {
                        city = c.get().city();
                        if (province != null && !province.equals(c.get().province())) {
                            problem(r, "city", "'" + cv + "' is in " + c.get().province() + ", not " + province,
                                    "“" + cv + "”位于" + c.get().province() + "，而非" + province,
                                    "correct the province or the city", "更正省份或城市", "value");
                        }
                        province = c.get().province();
                        country = "CN";
                    } else {
                        problem(r, "city", "'" + cv + "' is not a Chinese prefecture-level city", "“" + cv + "”不是地级市",
                                "write a prefecture-level city by its Chinese name (Chengdu, Yibin)", "填写地级市名称，例如成都市或宜宾",
                                "value");
                    }
                }
                String ctv = cell(r, "country");
                if (!ctv.isEmpty()) {
                    Optional<String> c = Countries.fromCountryField(ctv);
                    if (c.isPresent()) {
                        if (country != null && !country.equals(c.get())) {
                            problem(r, "country", "'" + ctv + "' contradicts the Chinese province/city given",
                                    "“" + ctv + "”与所填的中国省份/城市矛盾", "leave the country blank for Chinese firms",
                                    "中国企业的国家一栏留空", "value");
                        } else {
                            country = c.get();
                        }
                    } else {
                        problem(r, "country", "'" + ctv + "' is not a known country", "“" + ctv + "”不是已知的国家",
                                "write an ISO code (KR, JP) or a name", "填写 ISO 代码（KR、JP）或国家名称", "value");
                    }
                }
                List<String> nodes = new ArrayList<>();
                String nv = cell(r, "nodes");
                if (!nv.isEmpty()) {
                    for (String part : SPLIT.split(nv)) {
                        if (!part.isBlank()) {
                            String id = node(r, "nodes", part.strip(), "value");
                            if (id != null && !nodes.contains(id)) {
                                nodes.add(id);
                            }
                        }
                    }
                }
                List<String> roles = new ArrayList<>();
                for (String part : SPLIT.split(cell(r, "role"))) {
                    if (!part.isBlank() && !roles.contains(Roles.key(part))) {
                        roles.add(Roles.key(part));
                    }
                }
                Double employees = number(r, "employees", false);
                String group = cell(r, "group");
                out.add(new Firm(name, code.isEmpty() ? null : code, country, province, city, group.isEmpty() ? null : group,
                        nodes, roles, number(r, "revenue", false), number(r, "output", false),
                        employees == null ? null : Math.round(employees), year(r, "year", false), r.number()));
            }
            return out;
        }

        List<MarketEntry> market() {
            List<MarketEntry> out = new ArrayList<>();
            for (RawRow r : t.rows()) {
                if (!usable(r)) {
                    continue;
                }
                String nv = cell(r, "node");
                if (nv.isEmpty()) {
                    problem(r, "node", "no chain node", "缺少产业链环节", "write the node id the row is about",
                            "填写该行所属环节的编号", "row");
                    continue;
                }
                String node = node(r, "node", nv, "row");
                if (node == null) {
                    continue;
                }
                String holder = cell(r, "holder");
                String type = cell(r, "holder_type").toLowerCase(Locale.ROOT);
                String country = null;
                if (holder.isEmpty()) {
                    holder = null;
                    type = null;
                } else {
                    if (type.isEmpty()) {
                        type = Countries.fromCountryField(holder).isPresent() && holder.length() <= 12 ? "country" : "firm";
                    } else if (type.equals("企业") || type.equals("company")) {
                        type = "firm";
                    } else if (type.equals("国家") || type.equals("国家/地区") || type.equals("region")) {
                        type = "country";
                    }
                    if (!type.equals("firm") && !type.equals("country")) {
                        problem(r, "holder_type", "'" + cell(r, "holder_type") + "' is neither firm nor country",
                                "“" + cell(r, "holder_type") + "”既不是企业也不是国家", "write firm or country",
                                "填写 firm（企业）或 country（国家）", "row");
                        continue;
                    }
                    if (type.equals("country")) {
                        country = Countries.fromCountryField(holder).orElse(null);
                        if (country == null) {
                            problem(r, "holder", "'" + holder + "' is not a known country", "“" + holder + "”不是已知的国家",
                                    "write an ISO code (CN, KR) or a name", "填写 ISO 代码（CN、KR）或国家名称", "row");
                            continue;
                        }
                    }
                }
                Double value = number(r, "output_value", false);
                Double capacity = number(r, "capacity", false);
                Double share = number(r, "share", true);
                if (holder == null && value == null && capacity == null) {
                    problem(r, "output_value", "a market row without a holder needs an output value or a capacity",
                            "未填持有方的市场行须有产值或产能",
                            "fill output_value (CNY 100m) or capacity, or name the holder of the share",
                            "填写 output_value（亿元）或 capacity，或注明份额的持有方", "row");
                    continue;
                }
                if (holder != null && share == null) {
                    problem(r, "share", "no share for holder '" + holder + "'", "持有方“" + holder + "”缺少份额",
                            "write its market share (0.23 or 23%)", "填写其市场份额（0.23 或 23%）", "row");
                    continue;
                }
                String market = cell(r, "market");
                out.add(new MarketEntry(node, year(r, "year", false), market.isEmpty() ? MarketEntry.GLOBAL : market, holder,
                        type, country, value, capacity, share, r.number()));
            }
            return out;
        }

        List<OutputEntry> output() {
            List<OutputEntry> out = new ArrayList<>();
            for (RawRow r : t.rows()) {
                if (!usable(r)) {
                    continue;
                }
                String rv = cell(r, "region");
                Region region = null;
                if (rv.isEmpty()) {
                    problem(r, "region", "no region", "缺少区域", "write the region (a Chinese province or city, a country)",
                            "填写区域（四川省、成都或国家）", "row");
                    continue;
                }
                try {
                    region = ProjectLoader.region(rv);
                } catch (IllegalArgumentException e) {
                    problem(r, "region", "'" + rv + "' is not a known country, Chinese province or city",
                            "“" + rv + "”不是已知的国家、中国省份或城市", "write the region as the project file does",
                            "按项目文件的写法填写区域（四川省、广东省、成都）", "row");
                    continue;
                }
                String nv = cell(r, "node");
                if (nv.isEmpty()) {
                    problem(r, "node", "no chain node", "缺少产业链环节", "write the node id the row is about",
                            "填写该行所属环节的编号", "row");
                    continue;
                }
                String node = node(r, "node", nv, "row");
                if (node == null) {
                    continue;
                }
                Integer year = year(r, "year", true);
                if (year == null) {
                    continue;
                }
                Double value = number(r, "output", false);
                if (value == null) {
                    if (cell(r, "output").isEmpty()) {
                        problem(r, "output", "no output value", "缺少产值", "write the output in CNY 100m",
                                "填写产值（亿元）", "row");
                    }
                    continue;
                }
                out.add(new OutputEntry(region, node, year, value, r.number()));
            }
            return out;
        }
    }
}
