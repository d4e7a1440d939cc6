package dev.navi.ingest.layout;

import dev.navi.ingest.parse.ClassSymbols;
import dev.navi.ingest.parse.Splitter;
import dev.navi.ingest.table.RawRow;
import dev.navi.model.Field;
import dev.navi.model.Patent;

import java.util.LinkedHashSet;
import java.util.List;

import static dev.navi.ingest.layout.Column.Read.*;
import static dev.navi.ingest.layout.ColumnRowMapper.setIfAbsent;

/**
 * Derwent Innovation export, CSV, XLS or XLSX, made with the English or the Chinese user interface: an export banner
 * above the header ({@code Derwent Innovation Patent Export, 2019-08-09 …}, the search and the collections), then
 * columns such as {@code Publication Number} / {@code 公开号}, {@code Title - DWPI} / {@code 标题 - DWPI},
 * {@code Assignee/Applicant} / {@code 专利权人/申请人}, {@code Optimized Assignee} / {@code 优化的专利权人},
 * {@code Ultimate Parent} / {@code 终属母公司}, {@code DWPI Family Members} / {@code DWPI 同族专利成员},
 * {@code Count of Citing Patents} / {@code 施引专利计数}. Multi-values are joined with {@code " | "} (older exports:
 * {@code ;}). One row is one publication.
 *
 * <p>IPC and CPC come packed ({@code G05D000102}, {@code G07G00010081}) and are written compactly
 * ({@code G05D1/02}, {@code G07G1/0081}). Where an export has both the plain and the address-bearing assignee
 * column ({@code Assignee - Original} and {@code Assignee/Applicant}, which in Derwent Innovation carries
 * {@code name,city,postcode,country}), the plain names are the applicants. The DWPI accession number identifies
 * the DWPI family, so it is the family id where the export has no family-id column.
 *
 * <p>Kept as extra values, knowingly (each Chinese UI name has its English twin): the DWPI and INPADOC variants of
 * fields mapped from another column (second assignee and inventor forms, {@code IPC - 现版 - DWPI},
 * {@code CPC - 现版 - DWPI}, {@code 专利权人代码 - DWPI} …), the IPC/CPC breakdowns (section, class, subclass,
 * group), expiry estimates and their factors, INPADOC legal-status details, PCT data, oppositions, licences, US
 * litigation, US/ECLA/FI/F-term/Locarno classes, DWPI classes and manual codes, cited and citing references, counts
 * navi derives itself, and {@code DWPI 更新}.
 */
public final class DerwentLayout extends ColumnLayout {
    private static final Splitter S = Splitter.PIPE;

    public DerwentLayout() {
        super("derwent", "Derwent Innovation",
                List.of(List.of("publication number", "公开号"),
                        List.of("optimized assignee", "ultimate parent", "title - dwpi", "dwpi accession number",
                                "assignee - original", "abstract - dwpi", "dwpi family members",
                                "dwpi 入藏号", "优化的专利权人", "终属母公司", "专利权人 - dwpi", "dwpi 同族专利成员",
                                "标题 - dwpi", "摘要 - dwpi", "专利权人 - 原始")),
                List.of(
                        Column.of(Field.PUBLICATION_NUMBER, PUBLICATION_NUMBER, "Publication Number", "公开号"),
                        Column.of(Field.OFFICE, TEXT, "Publication Country Code", "公开国家/地区代码"),
                        Column.of(Field.KIND_CODE, TEXT, "Publication Kind Code", "公开专利文献类型识别代码"),
                        Column.of(Field.TITLE, TEXT, "Title", "Title - DWPI", "Title - Original",
                                "标题", "标题 - DWPI", "标题 (原文)"),
                        Column.of(Field.ABSTRACT, TEXT, "Abstract", "Abstract - DWPI", "Abstract - Original",
                                "摘要", "摘要 - DWPI"),
                        Column.of(Field.FIRST_CLAIM, TEXT, "First Claim", "Claims - Independent", "Claims"),
                        Column.of(Field.CLAIMS_COUNT, COUNT, "Count of Claims", "Claims Count", "权利要求计数"),
                        Column.list(Field.APPLICANTS, S, "Assignee - Original", "Assignee/Applicant", "Assignee/Applicant - Original",
                                "专利权人 - 原始", "专利权人/申请人"),
                        Column.list(Field.VENDOR_APPLICANTS, S, "Optimized Assignee", "Ultimate Parent", "Assignee - DWPI",
                                "优化的专利权人", "终属母公司", "专利权人 - DWPI", "专利权人 - 标准化"),
                        Column.list(Field.CURRENT_OWNERS, S, "Assignee - Current", "Assignee - Current US",
                                "当前专利权人 - 美国"),
                        Column.list(Field.INVENTORS, S, "Inventor", "Inventor - DWPI", "Inventor - Original",
                                "发明人", "发明人 - 原始", "发明人 - DWPI"),
                        Column.list(Field.APPLICANT_ADDRESSES, S, "Assignee/Applicant Address", "Assignee - Original w/address",
                                "专利权人 - 原始 (带有地址)"),
                        Column.list(Field.APPLICANT_COUNTRIES, S, "Assignee/Applicant Country", "Assignee Country"),
                        Column.of(Field.APPLICANT_COUNTRIES, CUSTOM, "Assignee - Original - Country/Region", "专利权人 - 原始 - 国家/地区"),
                        Column.of(Field.PUBLICATION_DATE, DATE, "Publication Date", "公开日期"),
                        Column.of(Field.APPLICATION_NUMBER, APPLICATION_NUMBER, "Application Number", "申请号"),
                        Column.of(Field.APPLICATION_DATE, DATE, "Application Date", "申请日期"),
                        Column.of(Field.GRANT_DATE, DATE, "Grant Date", "Issue Date"),
                        Column.with(Field.PRIORITY_NUMBERS, PRIORITIES, S, "Priority Number", "Priority Number(s)", "Priority Numbers",
                                "优先权号"),
                        Column.of(Field.PRIORITY_DATE, DATE, "Earliest Priority Date", "Priority Date - Earliest", "优先权日 - 最早"),
                        Column.list(Field.PRIORITY_COUNTRIES, S, "Priority Country/Region - DWPI", "Priority Country/Region",
                                "优先权国家/地区 - DWPI", "优先权国家/地区"),
                        Column.of(Field.IPC, CUSTOM, "IPC - Current", "IPC", "IPC - Original", "IPC - Current - DWPI",
                                "IPC - 现版", "IPC - 现版 - DWPI"),
                        Column.of(Field.MAIN_IPC, CUSTOM, "IPC - Current - First", "IPC - First", "Main IPC"),
                        Column.of(Field.CPC, CUSTOM, "CPC - Current", "CPC", "CPC - Original", "CPC - Current - DWPI",
                                "CPC - 现版", "CPC - 现版 - DWPI"),
                        Column.of(Field.CITED_BY_COUNT, COUNT, "Count of Citing Patents", "Citing Patents - Count", "施引专利计数"),
                        Column.of(Field.CITES_COUNT, COUNT, "Count of Cited Refs - Patent", "Cited Refs - Patent - Count",
                                "引用的参考文献计数 - 专利", "引用的参考文献数 - 专利"),
                        Column.of(Field.FAMILY_ID, TEXT, "DWPI Family ID", "INPADOC Family ID"),
                        Column.list(Field.FAMILY_MEMBERS, S, "DWPI Family Members", "INPADOC Family Members",
                                "DWPI 同族专利成员", "INPADOC 同族专利成员"),
                        Column.of(Field.FAMILY_SIZE, COUNT, "DWPI Count of Family Members", "Count of DWPI Family Members",
                                "INPADOC Count of Family Members", "DWPI 同族专利成员计数"),
                        Column.of(Field.LEGAL_STATUS_TEXT, LEGAL_STATUS, "Legal Status", "INPADOC Legal Status",
                                "Status - Current", "Alive/Dead", "Dead/Alive", "失效/有效"),
                        Column.list(Field.LEGAL_EVENTS, S, "INPADOC 法律状态"),
                        Column.of(Field.SOURCE_ID, TEXT, "DWPI Accession Number", "DWPI 入藏号"),
                        Column.of(Field.URL, TEXT, "Link", "Derwent Innovation Link")));
    }

    @Override
    protected void readCustom(Column column, String value, Patent.Builder b) {
        switch (column.field()) {
            case IPC, CPC -> {
                LinkedHashSet<String> codes = new LinkedHashSet<>();
                for (String c : Splitter.CODES.split(value)) {
                    codes.add(ClassSymbols.compact(c));
                }
                setIfAbsent(b, column.field(), List.copyOf(codes));
            }
            case MAIN_IPC -> setIfAbsent(b, Field.MAIN_IPC, ClassSymbols.compact(value));
            case APPLICANT_COUNTRIES -> {
                // "Terminus (beijing) Technology Co. Ltd.,CN | …": the country is after the last comma
                LinkedHashSet<String> countries = new LinkedHashSet<>();
                for (String item : S.split(value)) {
                    int comma = item.lastIndexOf(',');
                    String cc = (comma < 0 ? item : item.substring(comma + 1)).strip();
                    if (cc.length() == 2 && Character.isLetter(cc.charAt(0)) && Character.isLetter(cc.charAt(1))) {
                        countries.add(cc.toUpperCase(java.util.Locale.ROOT));
                    }
                }
                setIfAbsent(b, Field.APPLICANT_COUNTRIES, List.copyOf(countries));
            }
            default -> super.readCustom(column, value, b);
        }
    }

    /** The DWPI accession number names the DWPI family: it is the family id when the export has none. */
    @Override
    protected void finish(Patent.Builder b, RawRow row) {
        if (b.get(Field.FAMILY_ID) == null && b.get(Field.SOURCE_ID) instanceof String accession) {
            b.set(Field.FAMILY_ID, accession);
        }
    }
}
