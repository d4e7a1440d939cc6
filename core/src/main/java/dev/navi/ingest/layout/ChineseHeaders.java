package dev.navi.ingest.layout;

import dev.navi.ingest.parse.Splitter;
import dev.navi.model.Field;

import java.util.List;

import static dev.navi.ingest.layout.Column.Read.*;

/**
 * The Chinese column names Patsnap (智慧芽) and incoPat share or nearly share. Full-width and half-width
 * brackets match alike (headers are NFKC-normalised), so {@code 公开（公告）号} and {@code 公开(公告)号} are one name.
 */
final class ChineseHeaders {
    private ChineseHeaders() {
    }

    static List<Column> common(Splitter names) {
        return List.of(
                Column.of(Field.PUBLICATION_NUMBER, PUBLICATION_NUMBER, "公开(公告)号", "公开号", "公告号", "公开公告号"),
                Column.of(Field.APPLICATION_NUMBER, APPLICATION_NUMBER, "申请号"),
                Column.of(Field.TITLE, TEXT, "标题", "发明名称", "名称", "标题(中文)", "中文标题"),
                Column.of(Field.ABSTRACT, TEXT, "摘要", "摘要(中文)", "中文摘要"),
                Column.of(Field.FIRST_CLAIM, TEXT, "首项权利要求", "独立权利要求", "第一权利要求"),
                Column.of(Field.CLAIMS_COUNT, COUNT, "权利要求数量", "权利要求数", "权利要求项数"),
                Column.of(Field.APPLICATION_DATE, DATE, "申请日"),
                Column.of(Field.PUBLICATION_DATE, DATE, "公开(公告)日", "公开日", "公告日"),
                Column.of(Field.GRANT_DATE, DATE, "授权日", "授权公告日"),
                Column.of(Field.PRIORITY_DATE, DATE, "最早优先权日", "优先权日"),
                Column.with(Field.PRIORITY_NUMBERS, PRIORITIES, Splitter.SEMICOLON, "优先权号", "优先权信息", "优先权"),
                Column.list(Field.INVENTORS, names, "发明人", "发明(设计)人", "发明人/设计人"),
                Column.list(Field.APPLICANT_ADDRESSES, names, "申请人地址", "第一申请人地址", "专利权人地址"),
                Column.list(Field.APPLICANT_COUNTRIES, names, "申请人国家", "申请人国家/地区", "申请人所在国(省)", "国家/地区"),
                Column.list(Field.APPLICANT_PROVINCES, names, "申请人省份", "申请人所在省", "申请人省市", "省份", "申请人州/省"),
                Column.list(Field.APPLICANT_CITIES, names, "申请人地市", "申请人城市", "申请人所在市", "城市", "地市"),
                Column.list(Field.IPC, Splitter.CODES, "IPC", "IPC分类号", "分类号", "IPC分类"),
                Column.of(Field.MAIN_IPC, TEXT, "IPC主分类", "IPC主分类号", "主分类号"),
                Column.list(Field.CPC, Splitter.CODES, "CPC", "CPC分类号"),
                Column.of(Field.PATENT_TYPE, PATENT_TYPE, "专利类型"),
                Column.of(Field.CITED_BY_COUNT, COUNT, "被引证次数", "被引用次数", "被引用专利数量", "被引证专利数量"),
                Column.of(Field.CITES_COUNT, COUNT, "引证次数", "引用专利数量", "引证专利数量"),
                Column.of(Field.FAMILY_ID, TEXT, "简单同族id", "同族号", "简单同族编号"),
                Column.of(Field.FAMILY_SIZE, COUNT, "简单同族个数", "同族数量", "简单同族数量", "同族个数", "简单同族成员数量"),
                Column.list(Field.FAMILY_MEMBERS, Splitter.CODES, "简单同族", "简单同族成员", "同族"),
                Column.list(Field.FAMILY_OFFICES, Splitter.CODES, "同族国家", "同族国家/地区", "简单同族国家/地区"),
                Column.of(Field.TRANSFER_COUNT, COUNT, "转让次数", "权利转移次数"),
                Column.of(Field.LICENCE_COUNT, COUNT, "许可次数"),
                Column.of(Field.PLEDGE_COUNT, COUNT, "质押次数"),
                Column.of(Field.LITIGATION_COUNT, COUNT, "诉讼次数"),
                Column.list(Field.TECH_EFFECTS, Splitter.CODES, "技术功效短语", "技术功效句", "技术功效", "功效短语"),
                Column.of(Field.URL, TEXT, "链接", "url"));
    }
}
