package dev.navi.report.docx;

import dev.navi.chain.map.ChainNode;
import dev.navi.metrics.positioning.PositioningRule;
import dev.navi.metrics.MetricTable;
import dev.navi.project.Region;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The generated text of the report: paragraphs that state the numbers of the metric tables and what they mean, in
 * the report's language. Every sentence is computed from the model; a sentence whose numbers are missing is left out
 * (or replaced by a sentence saying the data are missing), so no placeholder, "null" or "NaN" can reach the page.
 *
 * <p>Readings that go beyond the numbers follow the tables' own classifications (life-cycle stage, concentration
 * reading, quadrant, action) rather than new thresholds; growth is described as rising when the CAGR is at least
 * 5 % a year, falling when it is at most −5 %, and stable in between.
 */
final class Narrative {
    private static final Pattern DEFAULT_UNIT = Pattern.compile(
            "default: (\\d+) of (\\d+) publications \\((\\d+)%\\) carry family data.*");
    private final ReportModel m;
    private final Words w;

    Narrative(ReportModel m, Words w) {
        this.m = m;
        this.w = w;
    }

    private Optional<Tab> tab(String module, String id) {
        return m.table(module, id).map(Tab::new);
    }

    private String name(List<Object> row, Tab t) {
        return w.node(t.str(row, "node"));
    }

    private String regionName() {
        return m.region() == null ? "" : w.region(m.region());
    }

    // ---- chapter 1 ----

    List<String> scope() {
        List<String> out = new ArrayList<>();
        int nodes = m.map().size();
        int roots = m.map().roots().size();
        String period = w.years(m.fromYear(), m.toYear());
        String incomplete = m.lastCompleteYear() < m.toYear()
                ? w.t("其中" + w.years(m.lastCompleteYear() + 1, m.toYear()) + "的申请因发明专利申请18个月公开滞后尚未完全公开，"
                        + "相关数据仅作参考，其回落不代表下降",
                "filings of " + w.years(m.lastCompleteYear() + 1, m.toYear()) + " are not yet all published (18-month "
                        + "publication lag), so their drop is not read as a decline")
                : w.t("分析期内各年度数据均已完整", "every year of the period is complete");
        out.add(w.t("本报告以" + m.industry() + "产业为对象，按照GB/T 39551-2020《专利导航指南》开展产业专利导航分析。"
                        + "分析范围为" + period + "（按" + m.yearBasis().zh() + "）的全球专利申请，数据检索截止日为" + w.date(m.cutoff()) + "；"
                        + incomplete + "。",
                "This report analyses the " + m.industry() + " industry following GB/T 39551-2020 (Guidelines for patent "
                        + "navigation). It covers patent filings worldwide with " + m.yearBasis().en() + "s " + period
                        + "; the data were retrieved up to " + w.date(m.cutoff()) + ", and " + incomplete + "."));
        if (m.region() != null) {
            String peers = m.peers().isEmpty() ? w.t("未设定对标区域", "no peer regions were set")
                    : w.t("对标区域为" + w.list(m.peers().stream().map(w::region).toList()),
                    "the peer regions are " + w.list(m.peers().stream().map(w::region).toList()));
            out.add(w.t("目标区域为" + regionName() + "，" + peers + "。",
                    "The region of interest is " + regionName() + "; " + peers + "."));
        } else {
            out.add(w.t("本次分析未设定目标区域，因此不进行区域产业发展定位和发展路径分析。",
                    "No region of interest was configured, so regional positioning and development paths are not "
                            + "analysed."));
        }
        out.add(w.t("产业链结构图共" + w.n(nodes) + "个环节，其中一级环节" + w.n(roots) + "个（"
                        + w.list(m.map().roots().stream().map(r -> r.name("zh")).toList()) + "）。",
                "The industry-chain map has " + w.n(nodes) + " nodes, " + w.n(roots) + " of them at the top level ("
                        + w.list(m.map().roots().stream().map(r -> r.name("en")).toList()) + ")."));
        return out;
    }

    List<String> sources() {
        List<String> out = new ArrayList<>();
        if (m.sources().isEmpty()) {
            out.add(w.t("模型中未记录输入文件的明细。", "The input files were not recorded in detail."));
            return out;
        }
        long read = m.sources().stream().mapToLong(ReportModel.Source::read).sum();
        long kept = m.sources().stream().mapToLong(ReportModel.Source::kept).sum();
        long rejected = m.sources().stream().mapToLong(ReportModel.Source::rejected).sum();
        List<String> layouts = m.sources().stream().map(ReportModel.Source::layout).filter(s -> !s.isBlank()).map(w::product)
                .distinct().toList();
        out.add(w.t("数据来自" + w.n(m.sources().size()) + "个导出文件" + (layouts.isEmpty() ? "" : "（" + w.list(layouts) + "格式）")
                        + "，共读取" + w.n(read) + "行，其中" + w.n(kept) + "行成为专利记录，" + w.n(rejected)
                        + "行因无法识别或缺少必要字段被拒收（逐行原因见 ingest-rejects.csv）。",
                "The data come from " + w.n(m.sources().size()) + " export files" + (layouts.isEmpty() ? ""
                        : " (" + w.list(layouts) + ")") + ": " + w.n(read) + " rows were read, " + w.n(kept)
                        + " became patent records and " + w.n(rejected) + " were rejected as unreadable or incomplete "
                        + "(each with its reason in ingest-rejects.csv)."));
        return out;
    }

    List<String> unit() {
        String reason = unitReason(m.unit().reason());
        return List.of(w.t("本报告的计数单位为“" + m.unit().name() + "”：" + (m.unit().key().equals("family")
                                ? "同一简单同族（共享优先权或同族号）的多件公开只计一项，避免同一技术在多个国家重复计数"
                                : m.unit().key().equals("application") ? "同一申请的公开文本和授权文本只计一件"
                                : "每个不同的公开号计一件") + "。" + (reason.isEmpty() ? "" : "选择依据：" + reason + "。"),
                "The counting unit is \"" + m.unit().name() + "\": " + (m.unit().key().equals("family")
                        ? "the publications of one simple family (shared priorities or family id) count once, so one "
                        + "invention filed in several countries is not counted several times"
                        : m.unit().key().equals("application") ? "the A and B publications of one application count once"
                        : "every distinct publication counts once") + "." + (reason.isEmpty() ? ""
                        : " Why: " + reason + ".")));
    }

    /** The clean stage's English reason, in Chinese where its wording is known. */
    String unitReason(String reason) {
        String r = reason == null ? "" : reason.strip();
        if (r.isEmpty() || w.en) {
            return r.endsWith(".") ? r.substring(0, r.length() - 1) : r;
        }
        if (r.startsWith("chosen by the user")) {
            return "由分析人员在项目文件或命令行中指定";
        }
        Matcher x = DEFAULT_UNIT.matcher(r);
        if (x.matches()) {
            return "默认规则——" + w.n(Long.parseLong(x.group(2))) + "件公开中有" + w.n(Long.parseLong(x.group(1)))
                    + "件（" + x.group(3) + "%）带有同族信息（同族号、同族成员或优先权号），至少一半带有同族信息时以同族为计数单位";
        }
        return r;
    }

    List<String> accounting() {
        ReportModel.Accounting a = m.accounting();
        List<String> out = new ArrayList<>();
        String merged = a.duplicatesMerged().isEmpty() ? "" : w.t("（" + rules(a.duplicatesMerged()) + "）",
                " (" + rules(a.duplicatesMerged()) + ")");
        String excluded = a.excludedByRule().isEmpty() ? "" : w.t("（" + rules(a.excludedByRule()) + "）",
                " (" + rules(a.excludedByRule()) + ")");
        out.add(w.t("数据核算：读取" + w.n(a.read()) + "行，入库拒收" + w.n(a.rejectedAtIngest()) + "行，得到"
                        + w.n(a.recordsIn()) + "条专利记录；合并重复记录" + w.n(a.merged()) + "条" + merged + "，按去噪规则排除"
                        + w.n(a.excluded()) + "条" + excluded + "，分析期（按" + m.yearBasis().zh() + w.years(m.fromYear(), m.toYear())
                        + "）外" + w.n(a.outsidePeriod()) + "条，最终纳入分析集" + w.records(a.counted())
                        + "；各章均以此分析集为统计范围。"
                        + (a.unexplained() == 0 ? "各项相加与输入总数一致，没有未说明去向的记录。"
                        : "另有" + w.n(a.unexplained()) + "条记录的去向未在核算中说明，请核对清洗日志。"),
                "Accounting: " + w.n(a.read()) + " rows read, " + w.n(a.rejectedAtIngest()) + " rejected at ingest, giving "
                        + w.n(a.recordsIn()) + " patent records; " + w.n(a.merged()) + " merged as duplicates" + merged
                        + ", " + w.n(a.excluded()) + " excluded by the denoising rules" + excluded + ", "
                        + w.n(a.outsidePeriod()) + " outside the period (" + m.yearBasis().en() + " "
                        + w.years(m.fromYear(), m.toYear()) + "), and " + w.records(a.counted())
                        + " form the analysis set that every chapter counts. "
                        + (a.unexplained() == 0 ? "The accounts balance: every input record is accounted for."
                        : w.n(a.unexplained()) + " records are not explained by these accounts; check the cleaning log.")));
        return out;
    }

    private String rules(Map<String, Long> byRule) {
        List<String> parts = new ArrayList<>();
        byRule.forEach((k, v) -> parts.add(w.en ? k + ": " + w.n(v) : w.rule(k) + w.n(v) + "条"));
        return String.join(w.en ? "; " : "，", parts);
    }

    List<String> chainMap() {
        long keys = m.map().keyProducts().size();
        ChainNode largest = null;
        for (ChainNode n : m.map().nodes()) {
            if (n.isLeaf() && (largest == null || m.records(n.id()) > m.records(largest.id()))) {
                largest = n;
            }
        }
        List<String> out = new ArrayList<>();
        String head = w.t("产业链结构图（技术分解表）见下表，标注了各环节的层级、路径、是否为关键产品/零部件以及标引到该环节的记录数；"
                        + "记录可同时属于多个环节，上级环节包含其下级环节的记录。",
                "The industry-chain map (technology decomposition) is shown below with each node's level, path, "
                        + "key-product flag and the records tagged with it; a record can belong to several nodes, and a "
                        + "node includes the records of its sub-branches.");
        out.add(head);
        if (largest != null && m.records(largest.id()) > 0) {
            out.add(w.t("共有" + w.n(keys) + "个环节被标为关键产品/零部件。末级技术分支中记录最多的是"
                            + largest.name("zh") + "（" + w.records(m.records(largest.id())) + "）。",
                    w.n(keys) + " nodes are flagged as key products or components. The largest leaf branch is "
                            + largest.name("en") + " with " + w.records(m.records(largest.id())) + "."));
        }
        return out;
    }

    List<String> tagging() {
        ReportModel.Tagging t = m.tagging();
        List<String> out = new ArrayList<>();
        if (t.counted() > 0) {
            long untagged = t.counted() - t.tagged();
            out.add(w.t("在" + w.records(t.counted()) + "统计记录中，" + w.n(t.tagged()) + "条（"
                            + w.pct((double) t.tagged() / t.counted()) + "）被标引到至少一个产业链环节，" + w.n(untagged)
                            + "条未被任何环节的规则命中；未标引记录计入总量，但不计入任何环节。",
                    "Of the " + w.records(t.counted()) + " counted, " + w.n(t.tagged()) + " ("
                            + w.pct((double) t.tagged() / t.counted()) + ") are tagged with at least one chain node and "
                            + w.n(untagged) + " match no node's rules; untagged records count in the totals but in no node."));
        }
        if (t.review().isEmpty()) {
            out.add(w.t("本次未进行人工抽样复核，各环节的查准率和查全率尚未评估；可用 navi 导出复核样本，"
                            + "由分析人员判定后导入以评估标引质量。",
                    "No reviewed sample was checked, so precision and recall per node were not measured; navi can export "
                            + "a review sample whose verdicts, once filled in, give them."));
        } else {
            out.add(w.t("对" + w.n(t.review().size()) + "个环节进行了人工抽样复核，查准率、查全率及其95%置信区间见下表。",
                    "A reviewed sample covers " + w.n(t.review().size()) + " nodes; precision and recall with their 95% "
                            + "intervals are shown below."));
        }
        return out;
    }

    // ---- chapter 2 ----

    List<String> trend() {
        List<String> out = new ArrayList<>();
        Optional<Tab> trend = tab("direction", "trend_by_year");
        if (trend.isEmpty()) {
            return out;
        }
        Tab t = trend.get();
        long sum = 0;
        long peak = -1;
        int peakYear = 0;
        for (List<Object> r : t.rows()) {
            long v = t.count(r, "total");
            sum += v;
            Double y = t.num(r, "year");
            boolean complete = !"no".equals(t.str(r, "complete"));
            if (y != null && complete && v > peak) {
                peak = v;
                peakYear = y.intValue();
            }
        }
        StringBuilder s = new StringBuilder(w.t(w.years(m.fromYear(), m.toYear()) + "共有" + w.records(sum)
                        + "专利纳入统计（计数单位：" + m.unit().name() + "，按" + m.yearBasis().zh() + "）",
                w.records(sum) + " fall in " + w.years(m.fromYear(), m.toYear()) + " (counting unit: "
                        + m.unit().name() + ", by " + m.yearBasis().en() + ")"));
        String busiest = peak <= 0 ? "" : w.t("，完整年份中申请量最高的是" + peakYear + "年（" + w.records(peak) + "）",
                "; the busiest complete year was " + peakYear + " with " + w.records(peak));
        Optional<Tab> growth = tab("direction", "growth_by_node");
        if (growth.isPresent()) {
            Tab g = growth.get();
            // the whole-chain row counts the tagged records (ChainGrowth): its growth is the one the positioning
            // benchmark uses, and the records left out are said here
            List<Object> all = g.find("node", "(all)");
            Double cagr = all == null ? null : g.num(all, "cagr");
            int[] span = cagrSpan(g);
            long chain = all == null ? sum : g.count(all, "total");
            if (chain < sum) {
                s.append(w.t("，其中" + w.records(chain) + "标引到产业链环节，" + w.records(sum - chain) + "（"
                                + w.pct((double) (sum - chain) / sum) + "）未匹配任何环节、不计入产业链统计",
                        ", " + w.n(chain) + " of them tagged to the chain; " + w.records(sum - chain) + " ("
                                + w.pct((double) (sum - chain) / sum) + ") matched no node and are left out of the chain statistics"));
            }
            s.append(busiest);
            busiest = "";
            if (cagr != null && span != null) {
                s.append(w.t("；产业链申请量" + w.years(span[0], span[1]) + "年均增长" + w.pct(cagr) + "，整体" + direction(cagr, true),
                        "; the chain's filings grew " + w.pct(cagr) + " a year in " + w.years(span[0], span[1])
                                + ", so the field is " + direction(cagr, false)));
            }
        }
        s.append(busiest);
        out.add(w.sentence(s.toString()));
        if (m.lastCompleteYear() < m.toYear()) {
            out.add(w.t(w.years(m.lastCompleteYear() + 1, m.toYear()) + "的数据受18个月公开滞后影响尚不完整，图表中以浅色标示，其回落不代表申请下降。",
                    "Filings of " + w.years(m.lastCompleteYear() + 1, m.toYear()) + " are incomplete because of the "
                            + "18-month publication lag; they are shaded in the charts and their drop is not a decline."));
        }
        if (growth.isPresent()) {
            Tab g = growth.get();
            List<String> parts = new ArrayList<>();
            for (ChainNode root : w.roots()) {
                List<Object> r = g.find("node", root.id());
                if (r != null && g.num(r, "total") != null && g.num(r, "share") != null) {
                    Double c = g.num(r, "cagr");
                    parts.add(w.t(w.node(root.id()) + w.records(g.count(r, "total")) + "（占已标引记录的" + w.pct(g.num(r, "share")) + "，"
                                    + (c == null ? "年均增长率无法计算" : "年均增长" + w.pct(c)) + "）",
                            w.node(root.id()) + " " + w.records(g.count(r, "total")) + " (" + w.pct(g.num(r, "share"))
                                    + " of the tagged, " + (c == null ? "growth not defined" : w.pct(c) + " a year") + ")"));
                }
            }
            if (!parts.isEmpty()) {
                out.add(w.t("分一级环节看：" + String.join("；", parts) + "。一条记录可同时属于多个环节，故各环节占比之和可超过100%。",
                        "By top-level node: " + String.join("; ", parts) + ". A record can belong to several nodes, so "
                                + "the shares can add up to more than 100%."));
            }
            tab("direction", "segment_by_year").ifPresent(p -> out.add(partition(p)));
            List<Object> fastest = null;
            for (List<Object> r : g.rows()) {
                String id = g.str(r, "node");
                if (id != null && !"(all)".equals(id) && g.num(r, "cagr") != null
                        && (fastest == null || g.num(r, "cagr") > g.num(fastest, "cagr"))) {
                    fastest = r;
                }
            }
            if (fastest != null) {
                out.add(w.t("增长最快的技术分支是" + name(fastest, g) + "（年均增长" + w.pct(g.num(fastest, "cagr")) + "）。",
                        "The fastest-growing branch is " + name(fastest, g) + " (" + w.pct(g.num(fastest, "cagr"))
                                + " a year)."));
            }
        }
        return out;
    }

    private static int[] cagrSpan(Tab g) {
        Integer from = null;
        Integer to = null;
        for (String c : g.table.columns()) {
            if (c.matches("count_\\d{4}")) {
                int y = Integer.parseInt(c.substring(6));
                from = from == null ? y : Math.min(from, y);
                to = to == null ? y : Math.max(to, y);
            }
        }
        return from == null ? null : new int[] {from, to};
    }

    private String direction(double cagr, boolean zh) {
        if (cagr >= 0.05) {
            return zh ? "处于增长态势" : "rising";
        }
        if (cagr <= -0.05) {
            return zh ? "呈下降态势" : "falling";
        }
        return zh ? "总体平稳" : "broadly stable";
    }

    List<String> lifeCycle() {
        List<String> out = new ArrayList<>();
        tab("direction", "life_cycle").ifPresent(t -> {
            for (ChainNode root : w.roots()) {
                List<Object> r = t.find("node", root.id());
                if (r == null) {
                    continue;
                }
                String stage = t.str(r, w.en ? "stage" : "stage_zh");
                String reason = t.str(r, w.en ? "reason_en" : "reason_zh");
                if (stage == null) {
                    continue;
                }
                out.add(w.sentence(w.t(w.node(root.id()) + "环节处于" + stage + "。" + (reason == null ? "" : "判定依据：" + reason),
                        w.node(root.id()) + " is in the " + stage + " stage." + (reason == null ? "" : " " + reason))));
            }
            Map<String, List<String>> byStage = new LinkedHashMap<>();
            for (List<Object> r : t.rows()) {
                String id = t.str(r, "node");
                String stage = t.str(r, w.en ? "stage" : "stage_zh");
                if (id != null && stage != null && m.map().node(id).map(ChainNode::isLeaf).orElse(false)) {
                    byStage.computeIfAbsent(stage, k -> new ArrayList<>()).add(w.node(id));
                }
            }
            if (!byStage.isEmpty()) {
                List<String> parts = new ArrayList<>();
                byStage.forEach((stage, names) -> parts.add(w.t(stage + w.n(names.size()) + "个（" + w.list(names) + "）",
                        names.size() + " in " + stage + " (" + w.list(names) + ")")));
                out.add(w.t("末级技术分支中，" + String.join("，", parts) + "。",
                        "Of the leaf branches, " + String.join("; ", parts) + "."));
            }
        });
        return out;
    }

    List<String> concentration() {
        List<String> out = new ArrayList<>();
        tab("direction", "concentration").ifPresent(t -> {
            List<String> parts = new ArrayList<>();
            for (ChainNode root : w.roots()) {
                List<Object> r = t.find("node", root.id());
                if (r == null || t.num(r, "cr4") == null || t.num(r, "hhi") == null) {
                    continue;
                }
                String reading = t.str(r, w.en ? "reading" : "reading_zh");
                if (reading != null && (reading.startsWith("不适用") || reading.startsWith("n/a"))) {
                    reading = null;
                }
                parts.add(w.t(w.node(root.id()) + "CR4为" + w.pct(t.num(r, "cr4")) + "、HHI为" + w.n(t.num(r, "hhi"))
                                + (reading == null ? "" : "，属" + reading),
                        w.node(root.id()) + " has CR4 " + w.pct(t.num(r, "cr4")) + " and HHI " + w.n(t.num(r, "hhi"))
                                + (reading == null ? "" : " (" + reading + ")")));
            }
            if (!parts.isEmpty()) {
                out.add(w.t("集中度方面，" + String.join("；", parts) + "。",
                        "Concentration: " + String.join("; ", parts) + "."));
            }
            List<Object> top = null;
            for (List<Object> r : t.rows()) {
                if (t.num(r, "hhi") != null && (top == null || t.num(r, "hhi") > t.num(top, "hhi"))) {
                    top = r;
                }
            }
            if (top != null && t.num(top, "cr4") != null) {
                out.add(w.t("集中度最高的环节是" + name(top, t) + "（HHI " + w.n(t.num(top, "hhi")) + "，CR4 "
                                + w.pct(t.num(top, "cr4")) + "）。HHI低于1,500为低集中度，1,500–2,500为中等集中度，高于2,500为高集中度；"
                                + "集中度低说明该领域尚无少数申请人主导，新进入者仍有布局空间。",
                        "The most concentrated node is " + name(top, t) + " (HHI " + w.n(t.num(top, "hhi")) + ", CR4 "
                                + w.pct(t.num(top, "cr4")) + "). An HHI below 1,500 reads as unconcentrated, 1,500–2,500 as "
                                + "moderately and above 2,500 as highly concentrated; low concentration means no small group "
                                + "of applicants dominates and newcomers still have room."));
            }
        });
        return out;
    }

    List<String> leadingApplicants() {
        List<String> out = new ArrayList<>();
        tab("direction", "leading_applicants").ifPresent(t -> {
            for (ChainNode root : w.roots()) {
                List<Object> first = null;
                double top5 = 0;
                int n = 0;
                for (List<Object> r : t.rows()) {
                    boolean standard = t.str(r, "name_level") == null || "standard".equals(t.str(r, "name_level"));
                    if (standard && root.id().equals(t.str(r, "node"))) {
                        Double rank = t.num(r, "rank");
                        if (rank != null && rank == 1 && first == null) {
                            first = r;
                        }
                        if (rank != null && rank <= 5 && t.num(r, "share") != null) {
                            top5 += t.num(r, "share");
                            n++;
                        }
                    }
                }
                if (first == null || t.str(first, "applicant") == null || t.num(first, "share") == null) {
                    continue;
                }
                out.add(w.t(w.node(root.id()) + "领域排名第一的申请人是" + t.str(first, "applicant") + "（"
                                + w.records(t.count(first, "count")) + "，占该环节申请人-申请关联数的" + w.pct(t.num(first, "share"))
                                + "），前" + n + "名合计占" + w.pct(top5) + "。",
                        "In " + w.node(root.id()) + " the leading applicant is " + t.str(first, "applicant") + " ("
                                + w.records(t.count(first, "count")) + ", " + w.pct(t.num(first, "share"))
                                + " of the node's applicant–record links); the top " + n + " together hold " + w.pct(top5)
                                + "."));
            }
            long enterprises = t.rows().stream().filter(r -> "enterprise".equals(t.str(r, "type"))).count();
            long academic = t.rows().stream().filter(r -> "university".equals(t.str(r, "type"))
                    || "institute".equals(t.str(r, "type"))).count();
            if (!t.rows().isEmpty()) {
                out.add(w.t("在各环节前十名申请人名单（共" + w.n(t.rows().size()) + "个席位）中，企业占" + w.n(enterprises)
                                + "席，高校和科研院所占" + w.n(academic) + "席。",
                        "Across the top-ten lists of all nodes (" + w.n(t.rows().size()) + " places), enterprises take "
                                + w.n(enterprises) + " places and universities and institutes " + w.n(academic) + "."));
            }
        });
        return out;
    }

    List<String> origins() {
        List<String> out = new ArrayList<>();
        Optional<Tab> origin = tab("direction", "origin_by_year");
        origin.ifPresent(t -> {
            long all = t.rows().stream().mapToLong(r -> t.count(r, "total")).sum();
            if (all == 0) {
                return;
            }
            List<String> parts = new ArrayList<>();
            for (List<Object> r : Views.head(t.rows(), 3)) {
                String code = t.str(r, "origin");
                if (code != null) {
                    parts.add(w.t(w.country(code) + w.records(t.count(r, "total")) + "（" + w.pct((double) t.count(r, "total") / all) + "）",
                            w.country(code) + " " + w.records(t.count(r, "total")) + " (" + w.pct((double) t.count(r, "total") / all) + ")"));
                }
            }
            out.add(w.t("按技术来源国统计（一条记录可有多个来源国），排名前列的是" + w.list(parts) + "。",
                    "By origin country (a record can have several origins), the largest are " + w.list(parts) + "."));
        });
        tab("direction", "market_flow").ifPresent(t -> {
            if (t.rows().isEmpty()) {
                return;
            }
            List<Object> first = t.rows().get(0);
            String o1 = t.str(first, "origin");
            long r1 = t.count(first, "records");
            String bestMarket = null;
            long best = 0;
            for (String c : t.table.columns()) {
                if (!c.equals("origin") && !c.equals("records") && !c.equals(o1) && t.count(first, c) > best) {
                    best = t.count(first, c);
                    bestMarket = c;
                }
            }
            List<String> sentences = new ArrayList<>();
            if (o1 != null && r1 > 0 && bestMarket != null) {
                sentences.add(w.t("来自" + w.country(o1) + "的" + w.records(r1) + "中，有" + w.n(best) + w.measure() + "（"
                                + w.pct((double) best / r1) + "）同时在" + w.country(bestMarket) + "布局，是其最主要的境外目标市场",
                        "Of the " + w.records(r1) + " from " + w.country(o1) + ", " + w.n(best) + " ("
                                + w.pct((double) best / r1) + ") were also filed in " + w.country(bestMarket)
                                + ", its main market abroad"));
            }
            if (o1 != null && t.has(o1)) {
                for (List<Object> r : t.rows().subList(1, Math.min(3, t.rows().size()))) {
                    String o = t.str(r, "origin");
                    long rec = t.count(r, "records");
                    if (o != null && rec > 0 && !"(unknown)".equals(o)) {
                        sentences.add(w.t("来自" + w.country(o) + "的" + w.records(rec) + "中有" + w.n(t.count(r, o1)) + w.measure() + "（"
                                        + w.pct((double) t.count(r, o1) / rec) + "）进入" + w.country(o1) + "市场",
                                w.n(t.count(r, o1)) + " of the " + w.records(rec) + " from " + w.country(o) + " ("
                                        + w.pct((double) t.count(r, o1) / rec) + ") were filed in " + w.country(o1)));
                    }
                }
            }
            if (!sentences.isEmpty()) {
                out.add(w.sentence(String.join(w.en ? "; " : "；", sentences)));
            }
        });
        tab("direction", "industry_transfer").ifPresent(t -> {
            List<Object> move = null;
            for (List<Object> r : t.rows()) {
                if (t.num(r, "shift_pp") != null && !"(unknown)".equals(t.str(r, "origin"))
                        && (move == null || Math.abs(t.num(r, "shift_pp")) > Math.abs(t.num(move, "shift_pp")))) {
                    move = r;
                }
            }
            if (move != null) {
                double pp = t.num(move, "shift_pp");
                out.add(w.t("与上一时期相比，份额变化最大的来源国是" + w.country(t.str(move, "origin")) + "，"
                                + (pp >= 0 ? "上升" : "下降") + w.one(Math.abs(pp)) + "个百分点"
                                + (Math.abs(pp) < 2 ? "，技术来源格局总体稳定，未见明显的产业转移。" : "，显示技术来源格局正在变化。"),
                        "Compared with the previous period, the largest change in origin share is "
                                + w.country(t.str(move, "origin")) + " (" + (pp >= 0 ? "+" : "−") + w.one(Math.abs(pp))
                                + " percentage points)" + (Math.abs(pp) < 2
                                ? "; the pattern of origins is stable, with no clear industry transfer."
                                : ", a sign that the origins of the technology are shifting.")));
            }
        });
        return out;
    }

    List<String> control() {
        List<String> out = new ArrayList<>();
        tab("direction", "control_strength").ifPresent(t -> {
            for (ChainNode root : w.roots()) {
                List<Object> first = null;
                List<Object> country = null;
                for (List<Object> r : t.rows()) {
                    if (!root.id().equals(t.str(r, "node")) || t.num(r, "combined") == null) {
                        continue;
                    }
                    if ("applicant".equals(t.str(r, "level")) && first == null) {
                        first = r;
                    }
                    if ("country".equals(t.str(r, "level")) && country == null) {
                        country = r;
                    }
                }
                if (first == null || t.str(first, "actor") == null) {
                    continue;
                }
                // the country by its name alone: with its code the sentence read 中国（CN）（综合84.0%）
                String countryName = country == null ? null
                        : dev.navi.clean.region.Countries.label(t.str(country, "actor"), w.en);
                String c = countryName == null ? ""
                        : w.t("；国家层面控制力最强的是" + countryName + "（综合" + w.pct(t.num(country, "combined")) + "）",
                        "; at country level " + countryName + " leads (combined " + w.pct(t.num(country, "combined")) + ")");
                out.add(w.t(w.node(root.id()) + "环节综合控制力最强的申请人是" + t.str(first, "actor") + "（综合"
                                + w.pct(t.num(first, "combined")) + "，其中技术控制" + pct(t, first, "technology_control")
                                + "、产品控制" + pct(t, first, "product_control") + "、市场控制" + pct(t, first, "market_control")
                                + "）" + c + "。",
                        "In " + w.node(root.id()) + " the strongest control is held by " + t.str(first, "actor")
                                + " (combined " + w.pct(t.num(first, "combined")) + "; technology "
                                + pct(t, first, "technology_control") + ", product " + pct(t, first, "product_control")
                                + ", market " + pct(t, first, "market_control") + ")" + c + "."));
            }
            if (!out.isEmpty()) {
                out.add(w.t("专利控制力由技术控制（按被引、同族、授权和权利要求加权的份额）、产品控制（在关键产品环节的份额）"
                                + "和市场控制（在主要市场的覆盖及转让、许可等运营）加权合成，定义见附录A。",
                        "Control strength combines technology control (share weighted by citations, family, grant and "
                                + "claims), product control (share in the key-product nodes) and market control (coverage of "
                                + "the main markets and transfers, licences and other operations); see Appendix A."));
            }
        });
        return out;
    }

    private String pct(Tab t, List<Object> r, String column) {
        Double v = t.num(r, column);
        return v == null ? w.t("无数据", "n/a") : w.pct(v);
    }

    List<String> hotspots() {
        List<String> out = new ArrayList<>();
        tab("direction", "hotspots").ifPresent(t -> {
            List<String> parts = new ArrayList<>();
            for (List<Object> r : Views.head(t.rows(), 3)) {
                Double c = t.num(r, "recent_cagr");
                Double ne = t.num(r, "new_entrant_share");
                parts.add(w.t(name(r, t) + "（近期年均增长" + (c == null ? "无法计算" : w.pct(c)) + "，近期申请人中新进入者占"
                                + (ne == null ? "无数据" : w.pct(ne)) + "）",
                        name(r, t) + " (recent growth " + (c == null ? "not defined" : w.pct(c) + " a year")
                                + ", new entrants " + (ne == null ? "n/a" : w.pct(ne)) + " of recent applicants)"));
            }
            if (!parts.isEmpty()) {
                // as many as the table has (a map with two leaves has no "top three")
                int n = parts.size();
                String topZh = n == 1 ? "排名第一的是" : "排名前" + "一二三".charAt(n - 1) + "的是";
                String topEn = n == 1 ? "the top hotspot branch is " : "the top " + (n == 2 ? "two" : "three") + " hotspot branches are ";
                out.add(w.t("按相对增速（与产业链整体增速之差）和新进入者占比两项相对指标综合排序，末级技术分支中技术热点" + topZh + w.list(parts)
                                + "；这些环节增长快、新主体多，是布局和招商的重点观察方向。",
                        "Ranked by two relative measures, growth against the whole chain and the new-entrant share, " + topEn
                                + w.list(parts) + "; they grow fast and attract new players, and deserve attention for "
                                + "investment and attraction."));
            }
        });
        return out;
    }

    List<String> corePatents() {
        List<String> out = new ArrayList<>();
        tab("direction", "core_patents").ifPresent(t -> {
            // the highest value score (cohort-normalised citations, family breadth, legal strength), not raw citations
            List<Object> top = null;
            for (List<Object> r : t.rows()) {
                if (t.num(r, "score") != null && (top == null || t.num(r, "score") > t.num(top, "score"))) {
                    top = r;
                }
            }
            if (top != null && t.str(top, "publication") != null) {
                String title = t.str(top, "title");
                String who = t.str(top, "applicants");
                Double year = t.num(top, "application_year");
                Double norm = t.num(top, "cohort_citations");
                out.add(w.t("核心专利按价值评分排序：同年同环节归一的被引次数（权重0.5）、同族覆盖的国家/地区数（0.25）和法律状态（0.25），"
                                + "不按原始被引次数，以免偏向早年专利。评分最高的是" + t.str(top, "publication")
                                + (title == null ? "" : "《" + title + "》") + "（" + (who == null ? "" : who + "，")
                                + (year == null ? "" : year.intValue() + "年申请，") + "评分" + w.idx(t.num(top, "score"))
                                + (norm == null ? "" : "，被引为同期同环节平均的" + w.idx(norm) + "倍") + "）。",
                        "Core patents are ranked by a value score — forward citations normalised by the year and node "
                                + "(weight 0.5), the offices of the family (0.25) and the legal status (0.25) — not by raw "
                                + "citations, which favour old patents. The highest scored is " + t.str(top, "publication")
                                + (title == null ? "" : " \"" + title + "\"") + " (" + (who == null ? "" : who + ", ")
                                + (year == null ? "" : "filed " + year.intValue() + ", ") + "score " + w.idx(t.num(top, "score"))
                                + (norm == null ? "" : ", cited " + w.idx(norm) + " times its cohort's mean") + ")."));
            }
        });
        tab("direction", "tech_effect_matrix").ifPresent(t -> {
            String bestNode = null;
            String bestEffect = null;
            long best = 0;
            for (List<Object> r : t.rows()) {
                String id = t.str(r, "node");
                if (id == null || !m.map().node(id).map(ChainNode::isLeaf).orElse(false)) {
                    continue;
                }
                for (String c : t.table.columns()) {
                    if (!c.equals("node") && !c.equals("name") && t.count(r, c) > best) {
                        best = t.count(r, c);
                        bestNode = id;
                        bestEffect = c;
                    }
                }
            }
            if (t.table.columns().size() <= 2) {
                out.add(w.t("本批记录没有技术功效短语（导出数据中无功效字段），未编制技术功效矩阵。",
                        "No record carries technical-effect phrases (the exports have no effect field), so there is no "
                                + "technology–effect matrix."));
            } else if (bestNode != null) {
                out.add(w.t("技术功效矩阵中，记录最多的组合是" + w.node(bestNode) + "×“" + bestEffect + "”（" + w.records(best) + "）。",
                        "In the technology–effect matrix the largest cell is " + w.node(bestNode) + " × \"" + bestEffect
                                + "\" (" + w.records(best) + ")."));
            }
        });
        return out;
    }

    // ---- chapter 3 ----

    List<String> regionByNode() {
        List<String> out = new ArrayList<>();
        tab("positioning", "region_by_node").ifPresent(t -> {
            Map<String, List<String>> byQuadrant = new LinkedHashMap<>();
            for (String q : List.of("ADVANTAGE", "ESTABLISHED", "POTENTIAL", "WEAK", "GAP")) {
                byQuadrant.put(q, new ArrayList<>());
            }
            for (List<Object> r : t.rows()) {
                String q = t.str(r, "quadrant");
                if (q != null && byQuadrant.containsKey(q)) {
                    byQuadrant.get(q).add(name(r, t));
                }
            }
            // the rule sentence comes from the rule object the table and the chart used (PositioningRule)
            Optional<PositioningRule> rule = m.table("positioning", PositioningRule.TABLE_ID).flatMap(PositioningRule::from);
            out.add(w.t(regionName() + "在本产业链" + w.n(t.rows().size()) + "个环节中：优势环节" + byQuadrant.get("ADVANTAGE").size()
                            + "个、基础环节" + byQuadrant.get("ESTABLISHED").size()
                            + "个、潜力环节" + byQuadrant.get("POTENTIAL").size() + "个、薄弱环节" + byQuadrant.get("WEAK").size()
                            + "个、空白环节" + byQuadrant.get("GAP").size() + "个。定位以区位熵（RTA，区域在该环节的份额与其总体份额之比）"
                            + "和区域近期增速划分。" + rule.map(PositioningRule::sentenceZh).orElse(""),
                    regionName() + " across the " + w.n(t.rows().size()) + " nodes of the chain: "
                            + byQuadrant.get("ADVANTAGE").size() + " advantage, " + byQuadrant.get("ESTABLISHED").size()
                            + " established, " + byQuadrant.get("POTENTIAL").size()
                            + " potential, " + byQuadrant.get("WEAK").size() + " weak and " + byQuadrant.get("GAP").size()
                            + " gap nodes. The position combines the RTA (the region's share in the node over its share "
                            + "overall) with the region's recent growth. " + rule.map(PositioningRule::sentenceEn).orElse("")));
            List<String> noGrowth = t.rows().stream().filter(r -> !"GAP".equals(t.str(r, "quadrant")) && t.num(r, "region_cagr") == null)
                    .map(r -> name(r, t)).toList();
            if (!noGrowth.isEmpty() && rule.isPresent()) {
                out.add(w.t("其中" + w.list(noGrowth) + "的区域增长率不适用（" + rule.get().growthFrom() + "–" + rule.get().growthTo()
                                + "年不足" + rule.get().minGrowthBase() + "项），这些环节不判为优势或潜力，也未绘入定位图。",
                        "Regional growth is n/a for " + w.list(noGrowth) + " (fewer than " + rule.get().minGrowthBase()
                                + " filings in " + rule.get().growthFrom() + "–" + rule.get().growthTo()
                                + "); they are placed neither advantage nor potential and are not drawn in the quadrant chart."));
            }
            List<List<Object>> leaves = t.rows().stream()
                    .filter(r -> m.map().node(t.str(r, "node") == null ? "" : t.str(r, "node")).map(ChainNode::isLeaf).orElse(false))
                    .filter(r -> t.num(r, "rta") != null).toList();
            List<List<Object>> byRta = new ArrayList<>(leaves);
            byRta.sort(Comparator.comparing((List<Object> r) -> -t.num(r, "rta")));
            if (!byRta.isEmpty()) {
                List<String> strong = byRta.stream().limit(3).map(r -> w.t(name(r, t) + "（RTA " + w.idx(t.num(r, "rta"))
                        + "，占全球" + pct(t, r, "region_share_of_node") + "）", name(r, t) + " (RTA " + w.idx(t.num(r, "rta"))
                        + ", " + pct(t, r, "region_share_of_node") + " of the world's)")).toList();
                List<List<Object>> low = new ArrayList<>(byRta);
                java.util.Collections.reverse(low);
                List<String> weak = low.stream().limit(3).map(r -> w.t(name(r, t) + "（RTA " + w.idx(t.num(r, "rta"))
                        + "，占全球" + pct(t, r, "region_share_of_node") + "）", name(r, t) + " (RTA " + w.idx(t.num(r, "rta"))
                        + ", " + pct(t, r, "region_share_of_node") + ")")).toList();
                out.add(w.t("末级技术分支中，" + regionName() + "相对优势最突出的是" + w.list(strong) + "；相对最弱的是" + w.list(weak) + "。",
                        "Among the leaf branches, " + regionName() + " is relatively strongest in " + w.list(strong)
                                + " and weakest in " + w.list(weak) + "."));
            }
            List<String> weakFast = new ArrayList<>();
            for (List<Object> r : t.rows()) {
                String q = t.str(r, "quadrant");
                Double g = t.num(r, "global_cagr");
                if (("WEAK".equals(q) || "GAP".equals(q)) && g != null && g >= 0.1) {
                    weakFast.add(w.t(name(r, t) + "（全球年均增长" + w.pct(g) + "）", name(r, t) + " (world growth " + w.pct(g) + " a year)"));
                }
            }
            if (!weakFast.isEmpty()) {
                out.add(w.t("需要特别关注的是" + w.list(weakFast) + "：全球增长较快，而" + regionName() + "处于薄弱或空白状态。",
                        "Watch " + w.list(weakFast) + ": the world grows fast there while " + regionName()
                                + " is weak or absent."));
            }
        });
        return out;
    }

    List<String> peers() {
        List<String> out = new ArrayList<>();
        if (m.region() == null || m.peers().isEmpty()) {
            return out;
        }
        tab("positioning", "peer_comparison").ifPresent(t -> {
            String own = RegionKey.of(m.region());
            List<String> parts = new ArrayList<>();
            for (Region p : m.peers()) {
                String key = RegionKey.of(p);
                int higher = 0;
                int compared = 0;
                for (List<Object> r : t.rows()) {
                    Double a = t.num(r, own + "_rta");
                    Double b = t.num(r, key + "_rta");
                    if (a != null && b != null) {
                        compared++;
                        if (a > b) {
                            higher++;
                        }
                    }
                }
                if (compared > 0) {
                    parts.add(w.t("与" + w.region(p) + "相比，在" + compared + "个可比环节中有" + higher + "个RTA更高",
                            "against " + w.region(p) + ", a higher RTA in " + higher + " of " + compared + " nodes"));
                }
            }
            if (!parts.isEmpty()) {
                out.add(w.t("与对标区域比较：" + String.join("；", parts) + "。",
                        "Against the peer regions: " + String.join("; ", parts) + "."));
            }
            List<String> scale = new ArrayList<>();
            for (ChainNode root : w.roots()) {
                List<Object> r = t.find("node", root.id());
                if (r == null) {
                    continue;
                }
                String leader = null;
                long best = -1;
                for (Region p : concat(m.region(), m.peers())) {
                    long v = t.count(r, RegionKey.of(p) + "_count");
                    if (v > best) {
                        best = v;
                        leader = w.region(p);
                    }
                }
                if (leader != null) {
                    scale.add(w.t(w.node(root.id()) + "申请量最多的是" + leader + "（" + w.records(best) + "）",
                            leader + " files most in " + w.node(root.id()) + " (" + w.records(best) + ")"));
                }
            }
            if (!scale.isEmpty()) {
                out.add(w.t("规模上，" + String.join("，", scale) + "。", "By volume, " + String.join("; ", scale) + "."));
            }
        });
        return out;
    }

    private static List<Region> concat(Region first, List<Region> rest) {
        List<Region> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }

    List<String> regionApplicants() {
        List<String> out = new ArrayList<>();
        tab("positioning", "region_applicants").ifPresent(t -> {
            if (t.rows().isEmpty()) {
                out.add(w.t(regionName() + "在本产业链没有申请人。", regionName() + " has no applicants in this chain."));
                return;
            }
            List<String> top = new ArrayList<>();
            for (List<Object> r : Views.head(t.rows(), 3)) {
                top.add(w.t(t.str(r, "applicant") + "（" + w.records(t.count(r, "count")) + "）",
                        t.str(r, "applicant") + " (" + w.records(t.count(r, "count")) + ")"));
            }
            Map<String, Long> types = new LinkedHashMap<>();
            for (List<Object> r : t.rows()) {
                String type = t.str(r, "type");
                types.merge(type == null ? "unknown" : type, 1L, Long::sum);
            }
            Cells cells = new Cells(w);
            List<String> mix = new ArrayList<>();
            types.forEach((k, v) -> mix.add(w.t(cells.value("type", Cells.Kind.TEXT, k) + w.n(v) + "家",
                    w.n(v) + " " + cells.value("type", Cells.Kind.TEXT, k))));
            out.add(w.t(regionName() + "申请量居前的创新主体是" + w.list(top) + "。在排名所列的" + w.n(t.rows().size())
                            + "个区域创新主体中，" + String.join("、", mix) + "。",
                    "The leading applicants in " + regionName() + " are " + w.list(top) + ". Of the "
                            + w.n(t.rows().size()) + " regional applicants ranked, " + String.join(", ", mix) + "."));
        });
        tab("positioning", "region_applicants_by_type").ifPresent(t -> {
            long enterprise = 0;
            long academic = 0;
            for (ChainNode root : w.roots()) {
                List<Object> r = t.find("node", root.id());
                if (r != null) {
                    enterprise += t.count(r, "enterprise");
                    academic += t.count(r, "university") + t.count(r, "institute");
                }
            }
            if (enterprise + academic > 0) {
                boolean academicLed = academic > enterprise;
                out.add(w.t("按一级环节合计，企业参与的区域申请" + w.n(enterprise) + "次、高校和科研院所参与" + w.n(academic) + "次，"
                                + (academicLed ? "创新以高校院所为主，成果转化是关键" : "企业是区域创新的主体"),
                        "Summed over the top-level nodes, enterprises take part in " + w.n(enterprise)
                                + " regional filings and universities and institutes in " + w.n(academic) + "; "
                                + (academicLed ? "academia leads, so technology transfer is the key"
                                : "enterprises lead the region's innovation")) + w.t("。", "."));
            }
        });
        return out;
    }

    List<String> inventors() {
        List<String> out = new ArrayList<>();
        tab("positioning", "region_inventors").ifPresent(t -> {
            if (t.rows().isEmpty()) {
                return;
            }
            List<Object> first = t.rows().get(0);
            long active = t.rows().stream().filter(r -> t.count(r, "count") >= 3).count();
            String aff = t.str(first, "main_affiliation");
            out.add(w.t(regionName() + "申请量最多的发明人是" + t.str(first, "inventor") + (aff == null ? "" : "（" + aff + "）")
                            + "，参与" + w.records(t.count(first, "count")) + "；参与3项及以上申请的发明人共" + w.n(active)
                            + "人。发明人姓名未经消歧，同名者会被合并。",
                    "The most prolific inventor in " + regionName() + " is " + t.str(first, "inventor")
                            + (aff == null ? "" : " (" + aff + ")") + " with " + w.records(t.count(first, "count")) + "; "
                            + w.n(active) + " inventors are named on 3 or more. Inventor names are not disambiguated, so "
                            + "namesakes merge."));
        });
        return out;
    }

    // ---- chapter 4 ----

    List<String> structure() {
        List<String> out = new ArrayList<>();
        tab("path", "structure_priorities").ifPresent(t -> {
            Map<String, List<String>> byAction = new LinkedHashMap<>();
            for (List<Object> r : t.rows()) {
                String a = t.str(r, "action");
                if (a != null) {
                    byAction.computeIfAbsent(a, k -> new ArrayList<>()).add(name(r, t));
                }
            }
            Cells cells = new Cells(w);
            List<String> parts = new ArrayList<>();
            byAction.forEach((a, names) -> parts.add(w.t(cells.value("action", Cells.Kind.TEXT, a) + "：" + w.list(names),
                    cells.value("action", Cells.Kind.TEXT, a) + ": " + w.list(names))));
            if (!parts.isEmpty()) {
                out.add(w.t("产业结构优化的重点按环节定位排序——" + String.join("；", parts) + "。补强环节按全球增速从高到低排列，应优先投入。",
                        "Structure priorities by the nodes' positions — " + String.join("; ", parts)
                                + ". Nodes to strengthen are ordered by world growth, fastest first, and come first."));
            }
        });
        return out;
    }

    /** One sentence naming the top entries of a path list with their counts. */
    List<String> list(String id, String nameColumn, String countColumn, String zhLead, String enLead) {
        List<String> out = new ArrayList<>();
        tab("path", id).ifPresent(t -> {
            if (t.rows().isEmpty()) {
                out.add(w.t(zhLead + "：本次数据中没有符合条件的对象。", enLead + ": no entry meets the criteria in these data."));
                return;
            }
            List<String> top = new ArrayList<>();
            for (List<Object> r : Views.head(t.rows(), 3)) {
                String n = t.str(r, nameColumn);
                if (n != null) {
                    top.add(w.t(n + "（" + w.records(t.count(r, countColumn)) + "）", n + " (" + w.records(t.count(r, countColumn)) + ")"));
                }
            }
            out.add(w.t(zhLead + "共列出" + w.n(t.rows().size()) + "个对象，居前的是" + w.list(top) + "。",
                    enLead + ": " + w.n(t.rows().size()) + " entries, led by " + w.list(top) + "."));
            String first = t.str(t.rows().get(0), w.en ? "reasons_en" : "reasons");
            if (first != null) {
                out.add(w.t("首位对象的入选理由：" + w.sentence(first), "Why the first is listed: " + w.places(w.sentence(first))));
            }
        });
        return out;
    }

    List<String> operation() {
        List<String> out = new ArrayList<>();
        tab("path", "operation_reserve").ifPresent(t -> {
            Map<String, Long> byCategory = new LinkedHashMap<>();
            for (List<Object> r : t.rows()) {
                String c = t.str(r, "category");
                if (c != null) {
                    byCategory.merge(c, 1L, Long::sum);
                }
            }
            Cells cells = new Cells(w);
            List<String> parts = new ArrayList<>();
            byCategory.forEach((c, n) -> parts.add(w.t(cells.value("category", Cells.Kind.TEXT, c) + w.n(n) + "件",
                    w.n(n) + " " + cells.value("category", Cells.Kind.TEXT, c))));
            if (!parts.isEmpty()) {
                out.add(w.t("关键产品环节的专利运营与储备清单共列出" + w.n(t.rows().size()) + "件：" + String.join("，", parts)
                                + "。有效专利可洽谈许可或转让，高校院所专利适合以许可方式转化，失效专利可在核实后直接实施。",
                        "The operation and reserve list of key-product patents has " + w.n(t.rows().size()) + " entries: "
                                + String.join(", ", parts) + ". Active patents can be licensed or acquired, academic ones "
                                + "suit licensing, and lapsed ones can be used freely once their status is checked."));
            } else {
                // the list sorts by legal status: say why it is empty instead of an unexplained "no data"
                out.add(w.t("关键产品专利运营与储备清单按法律状态分类（失效可用、高校院所许可、许可/转让）；本批记录中没有可据此分类的"
                                + "关键产品专利，故清单为空。",
                        "The operation and reserve list sorts key-product patents by legal status (free to use, academic "
                                + "licensing, licence or transfer); no key-product record here has a status to sort by, so the "
                                + "list is empty."));
            }
        });
        return out;
    }

    /**
     * The segment composition with each record once (segment_by_year, the stacked chart's data): the shares of the
     * period's records only in each segment, in several, and untagged; they add up to 100 %.
     */
    private String partition(Tab p) {
        int at = p.table.columns().indexOf("total");
        int several = p.table.columns().indexOf(dev.navi.metrics.direction.DirectionModule.SEVERAL);
        long all = 0;
        long[] sums = new long[p.table.columns().size()];
        for (List<Object> r : p.rows()) {
            all += p.count(r, "total");
            for (int c = at + 1; c < sums.length; c++) {
                sums[c] += p.count(r, p.table.columns().get(c));
            }
        }
        if (all == 0 || several < 0) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (int c = at + 1; c < several; c++) {
            String id = p.table.columns().get(c);
            parts.add(w.t("仅属" + w.node(id) + "的" + w.pct((double) sums[c] / all), w.pct((double) sums[c] / all)
                    + " only in " + w.node(id)));
        }
        return w.t("每件只计一次时（图中各层之和即申请总量）：" + String.join("，", parts) + "，属多个环节的"
                        + w.pct((double) sums[several] / all) + "，未匹配任何环节的" + w.pct((double) sums[several + 1] / all) + "。",
                "Counting each record once (the layers of the stacked chart add up to the total): " + String.join(", ", parts)
                        + ", " + w.pct((double) sums[several] / all) + " in several segments and "
                        + w.pct((double) sums[several + 1] / all) + " matching no node.");
    }

    // ---- chapter 5 ----

    /** A short synthesis across the modules. */
    List<String> synthesis() {
        List<String> parts = new ArrayList<>();
        tab("direction", "growth_by_node").ifPresent(g -> {
            List<Object> all = g.find("node", "(all)");
            if (all != null && g.num(all, "cagr") != null) {
                parts.add(w.t(m.industry() + "产业链专利申请" + direction(g.num(all, "cagr"), true) + "（年均增长" + w.pct(g.num(all, "cagr")) + "）",
                        "the chain's filings in " + m.industry() + " are " + direction(g.num(all, "cagr"), false) + " ("
                                + w.pct(g.num(all, "cagr")) + " a year)"));
            }
        });
        tab("direction", "life_cycle").ifPresent(t -> {
            Map<String, List<String>> stages = new LinkedHashMap<>();
            for (ChainNode root : w.roots()) {
                List<Object> r = t.find("node", root.id());
                String s = r == null ? null : t.str(r, w.en ? "stage" : "stage_zh");
                if (s != null) {
                    stages.computeIfAbsent(s, k -> new ArrayList<>()).add(w.node(root.id()));
                }
            }
            List<String> x = new ArrayList<>();
            stages.forEach((s, n) -> x.add(w.t(w.list(n) + "处于" + s, w.list(n) + " in the " + s + " stage")));
            if (!x.isEmpty()) {
                parts.add(w.t("一级环节中" + String.join("，", x), "at the top level " + String.join(", ", x)));
            }
        });
        tab("direction", "hotspots").ifPresent(t -> {
            if (!t.rows().isEmpty()) {
                parts.add(w.t("热点集中在" + w.list(Views.head(t.rows(), 3).stream().map(r -> name(r, t)).toList()),
                        "the hotspots are " + w.list(Views.head(t.rows(), 3).stream().map(r -> name(r, t)).toList())));
            }
        });
        List<String> out = new ArrayList<>();
        if (!parts.isEmpty()) {
            out.add(w.sentence(w.t("综合来看，" + String.join("；", parts), "Overall, " + String.join("; ", parts))));
        }
        if (m.region() != null) {
            Optional<Tab> pr = tab("path", "structure_priorities");
            Optional<Tab> targets = tab("path", "enterprise_targets");
            Optional<Tab> partners = tab("path", "cooperation_partners");
            List<String> region = new ArrayList<>();
            pr.ifPresent(t -> {
                List<String> adv = new ArrayList<>();
                List<String> weak = new ArrayList<>();
                for (List<Object> r : t.rows()) {
                    String a = t.str(r, "action");
                    if ("extend".equals(a) && adv.size() < 3) {
                        adv.add(name(r, t));
                    } else if ("strengthen".equals(a) && weak.size() < 4) {
                        weak.add(name(r, t));
                    }
                }
                if (!adv.isEmpty()) {
                    region.add(w.t(regionName() + "在" + w.list(adv) + "等环节具备相对优势，应巩固提升",
                            regionName() + " holds relative advantages in " + w.list(adv) + ", to be consolidated"));
                }
                if (!weak.isEmpty()) {
                    region.add(w.t("在" + w.list(weak) + "等环节存在短板，应作为补链强链的重点",
                            "its gaps in " + w.list(weak) + " are the priorities for strengthening the chain"));
                }
            });
            targets.filter(t -> !t.rows().isEmpty()).ifPresent(t -> region.add(w.t(
                    "招商引资可优先接洽" + w.list(Views.head(t.rows(), 3).stream().map(r -> t.str(r, "applicant")).filter(s -> s != null).toList()),
                    "investment attraction can start with " + w.list(Views.head(t.rows(), 3).stream()
                            .map(r -> t.str(r, "applicant")).filter(s -> s != null).toList()))));
            partners.filter(t -> !t.rows().isEmpty()).ifPresent(t -> region.add(w.t(
                    "技术合作可对接" + w.list(Views.head(t.rows(), 3).stream().map(r -> t.str(r, "applicant")).filter(s -> s != null).toList()),
                    "technology cooperation can involve " + w.list(Views.head(t.rows(), 3).stream()
                            .map(r -> t.str(r, "applicant")).filter(s -> s != null).toList()))));
            if (!region.isEmpty()) {
                out.add(w.sentence(w.t(String.join("；", region), capitalize(String.join("; ", region)))));
            }
        }
        out.add(w.t("以上结论基于所列数据源和检索范围，受检索策略、数据库收录范围、申请人名称归一化和18个月公开滞后等因素影响，"
                        + "使用时应结合产业调研和专家意见综合判断（见附录C）。",
                "These conclusions rest on the listed sources and search scope and are affected by the search strategy, "
                        + "database coverage, applicant-name normalisation and the 18-month publication lag; use them together "
                        + "with industry research and expert judgement (see Appendix C)."));
        return out;
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** A table's note in the atlas's language, for appendix C ("" when the producer wrote none in it). */
    static String note(MetricTable t, boolean en) {
        String n = t.note(en);
        return n == null ? "" : n;
    }

    /** How the positioning module names a region in column ids. */
    static final class RegionKey {
        private RegionKey() {
        }

        static String of(Region r) {
            return dev.navi.metrics.positioning.RegionScope.label(r);
        }
    }
}
