package dev.navi.ingest.layout;

import dev.navi.ingest.parse.Splitter;
import dev.navi.model.Field;
import dev.navi.model.Patent;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.navi.ingest.layout.Column.Read.*;

/**
 * Patentics (a Chinese commercial patent database) CSV/XLSX export with Chinese headers: {@code 公开号} (in some
 * workbooks the column is labelled {@code Patentics}, the vendor's name, and its cells are
 * {@code =HYPERLINK("…","CN217161623U")} formulas, read by their cached label), {@code 国际分类} / {@code 国际主分类}
 * (IPC, padded {@code G06F  3/04845}, the main class sometimes followed by its definition
 * {@code B64C 39/02 ▪以特殊用途为特点的}), {@code 美国分类}, {@code CPC分类}, citation counts ({@code 本文引用专利数},
 * {@code 引用本文专利数} / {@code 本文被引用专利数}), {@code 技术特征}. Multi-values are joined with {@code " | "} (a
 * {@code ;} inside an inventor is part of the name: {@code Wrenninge; Carl Magnus}); dates {@code yyyyMMdd} or
 * {@code yyyy-MM-dd}.
 *
 * <p>Patentics shares {@code 公开号}, {@code 申请人} and {@code 标准化申请人} with incoPat; its own columns (the
 * {@code 国际分类} family, the citation counts, {@code 技术特征}, {@code 影响因子} ...) are its signature.
 */
public final class PatenticsLayout extends ColumnLayout {
    private static final Splitter S = Splitter.PIPE;
    /** An IPC/CPC code at the start of a cell, spaced or not: {@code B64C 39/02}, {@code G06K}, {@code G06F  3/04845}. */
    private static final Pattern CODE = Pattern.compile("^\\s*([A-H]\\d{2}[A-Z](?:\\s*\\d{1,4}\\s*/\\s*\\d{1,6})?)");

    public PatenticsLayout() {
        super("patentics", "Patentics",
                List.of(List.of("公开号", "patentics", "公开(公告)号", "公告号"),
                        List.of("国际分类", "国际主分类", "本文引用专利数", "引用本文专利数", "本文被引用专利数", "技术特征",
                                "技术特征数", "影响因子")),
                List.of("patentics", "国际分类", "国际主分类", "美国分类", "美国主分类", "本文引用专利数", "引用本文专利数",
                        "本文被引用专利数", "本文自引用专利数", "自引用本文专利数", "技术特征", "技术特征数", "影响因子",
                        "同族专利数", "独权数", "方法数", "第一发明人", "cpc主分类"),
                columnTable());
    }

    private static List<Column> columnTable() {
        List<Column> c = new ArrayList<>();
        c.add(Column.of(Field.PUBLICATION_NUMBER, PUBLICATION_NUMBER, "公开号", "Patentics", "公开(公告)号", "公告号"));
        c.add(Column.of(Field.APPLICATION_NUMBER, APPLICATION_NUMBER, "申请号"));
        c.add(Column.of(Field.TITLE, TEXT, "标题", "中文标题", "发明名称"));
        c.add(Column.of(Field.TITLE_ALT, TEXT, "英文标题", "原始标题", "原文标题"));
        c.add(Column.of(Field.ABSTRACT, TEXT, "摘要", "中文摘要"));
        c.add(Column.of(Field.ABSTRACT_ALT, TEXT, "英文摘要", "原始摘要", "原文摘要"));
        c.add(Column.of(Field.FIRST_CLAIM, TEXT, "首项权利要求", "独立权利要求"));
        c.add(Column.of(Field.APPLICATION_DATE, DATE, "申请日"));
        c.add(Column.of(Field.PUBLICATION_DATE, DATE, "公开日", "公开-公告日", "公开(公告)日", "公告日"));
        c.add(Column.of(Field.GRANT_DATE, DATE, "授权公告日", "授权日"));
        c.add(Column.of(Field.PRIORITY_DATE, DATE, "优先权日", "最早优先权日"));
        c.add(Column.with(Field.PRIORITY_NUMBERS, PRIORITIES, S, "优先权号", "优先权"));
        c.add(Column.list(Field.PRIORITY_COUNTRIES, S, "优先权国家"));
        c.add(Column.with(Field.IPC, CUSTOM, S, "国际分类", "IPC"));
        c.add(Column.with(Field.MAIN_IPC, CUSTOM, S, "国际主分类", "IPC主分类"));
        c.add(Column.with(Field.CPC, CUSTOM, S, "CPC分类", "CPC"));
        c.add(Column.of(Field.CLAIMS_COUNT, COUNT, "权利要求数"));
        c.add(Column.list(Field.APPLICANTS, S, "申请人"));
        c.add(Column.list(Field.VENDOR_APPLICANTS, S, "标准化申请人"));
        c.add(Column.list(Field.CURRENT_OWNERS, S, "当前权利人", "专利权人"));
        c.add(Column.list(Field.INVENTORS, S, "发明人"));
        c.add(Column.list(Field.APPLICANT_ADDRESSES, S, "申请人地址"));
        c.add(Column.of(Field.CITES_COUNT, COUNT, "本文引用专利数"));
        c.add(Column.of(Field.CITED_BY_COUNT, COUNT, "引用本文专利数", "本文被引用专利数"));
        c.add(Column.of(Field.LEGAL_STATUS_TEXT, LEGAL_STATUS, "法律状态"));
        c.add(Column.of(Field.FAMILY_SIZE, COUNT, "同族专利数", "同族数"));
        c.add(Column.of(Field.URL, TEXT, "链接"));
        // known, no canonical field: US classes, the main CPC, self-citation splits, counts of features and claims types
        c.addAll(Column.kept("美国分类", "美国主分类", "CPC主分类", "第一发明人", "本文自引用专利数", "本文非自引用专利数",
                "自引用本文专利数", "非自引用本文专利数", "自引用专利数", "引用公司数", "被自引用专利数", "被引用公司数",
                "被引用国家数", "影响因子", "同族国家数", "分类数", "技术特征", "技术特征数", "独权数", "方法数"));
        return c;
    }

    /** IPC and CPC: codes with their padding removed ({@code G06K  9/62} → {@code G06K9/62}), definitions dropped. */
    @Override
    protected void readCustom(Column column, String value, Patent.Builder builder) {
        List<String> codes = new ArrayList<>(new LinkedHashSet<>(codes(column.splitter().split(value))));
        if (codes.isEmpty()) {
            throw new IllegalArgumentException("not a classification code: '" + value + "'");
        }
        if (column.field() == Field.MAIN_IPC) {
            ColumnRowMapper.setIfAbsent(builder, Field.MAIN_IPC, codes.get(0));
        } else {
            ColumnRowMapper.setIfAbsent(builder, column.field(), List.copyOf(codes));
        }
    }

    private static List<String> codes(List<String> parts) {
        List<String> out = new ArrayList<>(parts.size());
        for (String p : parts) {
            Matcher m = CODE.matcher(p.toUpperCase(Locale.ROOT));
            if (m.find()) {
                out.add(m.group(1).replaceAll("\\s+", ""));
            }
        }
        return out;
    }
}
