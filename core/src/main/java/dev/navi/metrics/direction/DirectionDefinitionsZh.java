package dev.navi.metrics.direction;

import dev.navi.clean.CountingUnit;
import dev.navi.metrics.Definition;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The Chinese texts of the direction module's definitions (formula, unit, basis, window), so that a Chinese atlas
 * prints its appendix of definitions in Chinese. Kept beside the module, one entry per definition id, with the same
 * parameters the English texts state (years, bases, weights).
 */
final class DirectionDefinitionsZh {
    private DirectionDefinitionsZh() {
    }

    /** The definitions with their Chinese texts added (ids without a Chinese text are returned unchanged). */
    static Map<String, Definition> add(Map<String, Definition> defs, Params p) {
        String unit = CountingUnit.nameZh(p.unit());
        String basis = "按计数单位（" + unit + "）计数，年份按" + p.yearZh() + "；纳入" + p.yearZh() + "在" + p.from() + "–" + p.to()
                + "年的记录；一条记录计入其标引的每个环节（上级环节包含下级环节）";
        String window = p.from() + "–" + p.to() + "年；" + p.lastComplete() + "年以后的数据因18个月公开滞后尚不完整，图表中列出但不作下降解读";
        String growthWindow = p.cagrFrom() + "–" + p.cagrTo() + "年（最近" + (p.cagrTo() - p.cagrFrom() + 1)
                + "个完整年度，限于分析期内）；" + window;
        String full = basis + "；全数计数：一条记录有多个申请人时，每个不同的申请人（标准名称）各计一次，故申请人—记录关联数T可大于记录数";
        String origin = basis + "；一条记录对其每个不同的来源国（优先权国，缺失时取申请人国别）各计一次，无法确定时计为“未知”";
        String control = basis + "；申请人为记录的申请人之一即持有该记录（按标准名称去重；国家按申请人国别去重），故各主体份额之和可超过1";
        String records = "件/项（记录数）";
        String fraction = "比例（0–1）";
        Map<String, String[]> zh = new HashMap<>();
        zh.put("filings", new String[] {"每年（及每个环节）的记录数", records, basis, window});
        zh.put("incomplete_year", new String[] {"年份 y 晚于最后完整年度 L（L = " + p.lastComplete()
                + "）：数据截止日前18个月内的申请尚未全部公开", "标记（是/否）", basis, window});
        zh.put("segment_partition", new String[] {"每年：一级环节恰为某一环节的记录数（仅属该环节）、属两个及以上环节的记录数（多个环节）、"
                + "未匹配任何环节的记录数（未标引）；各部分之和等于当年申请总量", records, basis, window});
        zh.put("yoy", new String[] {"g(y) = (n(y) − n(y−1)) / n(y−1)；n(y−1) = 0 时不适用（留空）", "比例（×100 = %）", basis, window});
        zh.put("filings_priority", new String[] {"按最早优先权年统计的每年记录数", records,
                "按计数单位（" + unit + "）计数，年份按最早优先权年；纳入优先权年在" + p.from() + "–" + p.to() + "年的记录（不论" + p.yearZh() + "）",
                window});
        zh.put("cagr", new String[] {"CAGR = (n(" + p.cagrTo() + ") / n(" + p.cagrFrom() + "))^(1/" + (p.cagrTo() - p.cagrFrom())
                + ") − 1；n(" + p.cagrFrom() + ") = 0 或该环节在" + p.cagrFrom() + "–" + p.cagrTo() + "年不足" + p.growthBase()
                + "项时不适用（留空）", "每年比例（×100 = %）", basis, growthWindow});
        zh.put("relative_growth", new String[] {"环节CAGR − 全产业链（已标引记录）CAGR；大于0表示该环节增长快于产业链整体", "每年比例（×100 = 百分点）",
                basis, growthWindow});
        zh.put("share_of_all", new String[] {"环节记录数 / " + p.from() + "–" + p.to() + "年已标引记录数（至少匹配一个环节的记录；未标引记录不计入任何产业链统计；记录可属于多个环节，各环节占比之和可超过1）",
                fraction, basis, window});
        zh.put("life_cycle", new String[] {"阶段由相图与逻辑斯蒂拟合共同判定：最近完整年度窗口 L−3..L 内每年申请量与申请人数（按标准名称去重），"
                + "以及完整年度累计申请量的逻辑斯蒂拟合 C(t) = K / (1 + e^(−r(t − t0)))，饱和度 = C(L) / K；萌芽期须饱和度低于50%，"
                + "申请量年均增长不低于10%且申请人数未减少为成长期；上级环节的阶段不超出其下级环节的范围",
                "阶段；K 为记录数，r 为每年，t0 为年份，R²与饱和度为0–1", basis, window});
        zh.put("cr4", new String[] {"CR4 = 前4位申请人的申请量之和 / T", fraction, full, window});
        zh.put("cr8", new String[] {"CR8 = 前8位申请人的申请量之和 / T", fraction, full, window});
        zh.put("hhi", new String[] {"HHI = Σ (100 · c_i / T)²；低于1,500为低集中度，1,500–2,500为中等集中度，高于2,500为高集中度；环节记录不足"
                + p.concentrationBase() + "项时不作判读", "指数（0–10,000）", full, window});
        zh.put("applicant_share", new String[] {"申请人的申请量 / T", fraction, full, window});
        zh.put("applicant_node_filings", new String[] {"申请人标引到该环节的记录数", records, full, window});
        zh.put("origin_filings", new String[] {"每个来源国每年的记录数", records, origin, window});
        zh.put("origin_by_node", new String[] {"各环节按来源国统计的记录数", records, origin, window});
        zh.put("market_flow", new String[] {"每个（来源国，目标市场）组合的记录数；一条记录对其来源国与市场的每个不同组合各计一次", records,
                origin + "；目标市场为同族成员的受理局（缺失时取本件受理局），含WO和EP", window});
        zh.put("industry_transfer", new String[] {"来源国在某时段的份额 = 其记录数 / 该时段来源国—记录关联数；份额变化 = （最后时段份额 − 前一时段份额）× 100",
                "份额为比例（0–1），变化为百分点", origin, "以最后完整年度" + p.lastComplete() + "年为止的每" + DirectionModule.PERIOD_YEARS
                + "年一个时段（最早时段可能较短）；" + p.lastComplete() + "年以后因18个月公开滞后不完整的年份不计入"});
        String q = String.format(Locale.ROOT, "q = 1 + %s·ĉ + %s·f̂ + %s·授权 + %s·k̂（ĉ、f̂、k̂ 为被引次数、同族数、权利要求数除以全数据集中"
                + "同申请年记录的均值，上限%s；缺失记为0）", p.cite(), p.family(), p.grant(), p.claims(), p.cap());
        zh.put("technology_control", new String[] {"Σ q（主体在该环节的记录）/ Σ q（该环节的记录）；" + q, fraction, control, window});
        zh.put("product_control", new String[] {"主体在该环节关键产品分支（该环节及其下级中的关键产品/零部件）的记录数 / 这些分支的记录数；"
                + "环节无关键产品分支或其无记录时留空", fraction, control, window});
        zh.put("market_control", new String[] {"覆盖度 = Σ 市场m的权重 ×（主体在该环节进入m的记录数 / 该环节进入m的记录数），市场权重为该市场在全部记录"
                + "市场条目中的份额；该环节有转让/许可/诉讼事件时为 (1 − " + p.ops() + ")·覆盖度 + " + p.ops()
                + "·（主体的事件数 / 该环节事件数），否则为覆盖度", fraction, control, window});
        zh.put("combined_control", new String[] {"(" + p.technology() + "·技术控制力 + " + p.product() + "·产品控制力 + " + p.market()
                + "·市场控制力) / 有定义分项的权重之和（缺失分项剔除后权重重新归一）", fraction, control, window});
        zh.put("new_entrants", new String[] {"在该环节" + p.from() + "–" + p.to() + "年的首次申请落在" + p.recentFrom() + "–"
                + p.lastComplete() + "年的申请人（按标准名称）", "申请人数", basis, window});
        zh.put("hotspot_score", new String[] {"得分 = 0.5·(g − g最小)/(g最大 − g最小) + 0.5·(s − s最小)/(s最大 − s最小)，在末级技术分支间计算；"
                + "g 为相对增长率（环节CAGR − 全部记录CAGR），s 为新进入者占比（新进入者 / 近期申请人数）；两项均为相对指标，"
                + "大的汇总环节不因体量占优；增长率不适用或近期申请人不足" + p.growthBase() + "个时该项记0", "指数（0–1）", basis, window});
        zh.put("core_patent", new String[] {"该环节记录按价值评分排序：" + dev.navi.metrics.PatentValue.ruleZh()
                + "；并列时按归一被引、公开号", "评分（0–1）", basis + "；被引的比较组为该环节同一年份的记录", window});
        zh.put("tech_effect", new String[] {"该环节带有该功效词的记录数", records, basis + "；一条记录对每个不同的功效词各计一次", window});
        // the whole-set tables (SetTables)
        String names = basis + "；按名称计数：一条记录对其每个不同的名称各计一次";
        zh.put("applicant_records", new String[] {"在该行的名称层级（原始名称 / 标准名称 / 集团）上署名该申请人的记录数", records,
                names, window});
        zh.put("inventor_records", new String[] {"署名该发明人的记录数（按导出的原始姓名；navi不对发明人姓名消歧）", records, names,
                window});
        zh.put("ipc_share", new String[] {"至少有一个IPC分类号落在该类的记录数 / 分析集全部记录数；一条记录的多个分类号落在同一类时只计一次",
                fraction, basis, window});
        zh.put("office_filings", new String[] {"分析集记录按其（代表）公开文本的受理局和年份统计的记录数", records, basis, window});
        Map<String, Definition> out = new LinkedHashMap<>();
        defs.forEach((id, d) -> {
            String[] t = zh.get(id);
            out.put(id, t == null ? d : d.zh(t[0], t[1], t[2], t[3]));
        });
        return out;
    }

    /** The numbers the texts state. */
    record Params(String unit, int from, int to, int lastComplete, int cagrFrom, int cagrTo, int recentFrom, int growthBase,
                  int concentrationBase, String cite, String family, String grant, String claims, String cap, String ops,
                  String technology, String product, String market, String yearZh) {
    }
}
