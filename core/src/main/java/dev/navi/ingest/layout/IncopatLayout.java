package dev.navi.ingest.layout;

import dev.navi.ingest.parse.Splitter;
import dev.navi.model.Field;
import dev.navi.model.Patent;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.navi.ingest.layout.Column.Read.*;

/**
 * incoPat XLS/XLSX/CSV export with Chinese headers (up to ~200 columns, the analyst picks the field selection):
 * {@code 公开（公告）号} (full-width brackets, or half-width in some versions), {@code 申请人}, {@code 标准化申请人},
 * {@code 当前权利人}, {@code 申请人地址}, {@code 合享价值度}, {@code 法律状态} / {@code 当前法律状态} ... Multi-values are
 * joined with {@code ;} or {@code ；}.
 *
 * <p>As analysts really export it: the texts come per language, {@code 标题 (中文)} / {@code 标题 (英文)} and
 * {@code 摘要 (中文)} / {@code 摘要 (英文)} (a space, half-width brackets); the Chinese text is the record's title and
 * abstract, the English one its {@link Field#TITLE_ALT} / {@link Field#ABSTRACT_ALT} (and the title when there is no
 * Chinese one). {@code 标准化申请人} is bracketed with a one-letter applicant-type suffix, {@code [通用汽车-C; 华为公司-C]}:
 * the names are unwrapped, the suffixes (C company, E university, T institute, H hospital, G government, as the
 * names show) kept as the extra value {@value #VENDOR_TYPE_EXTRA}. Columns without a canonical field
 * ({@code 公开国别}, {@code 链接到incoPat}, {@code 国民经济分类}, {@code 新兴产业分类} with its {@code ,} lists, the
 * {@code 技术功效*} family beyond the phrases ...) are known and kept as exported.
 */
public final class IncopatLayout extends ColumnLayout {
    /** The extra value holding the type suffixes of {@code 标准化申请人}, one per name, {@code "; "}-joined. */
    public static final String VENDOR_TYPE_EXTRA = "标准化申请人类型";

    /** {@code 通用汽车-C}: a name with incoPat's one-letter type suffix. */
    private static final Pattern TYPE_SUFFIX = Pattern.compile("^(.*\\S)-([A-Za-z])$");

    public IncopatLayout() {
        super("incopat", "incoPat",
                List.of(List.of("公开(公告)号", "公开号"), List.of("申请人", "标准化申请人", "合享价值度", "当前权利人")),
                List.of("合享价值度", "链接到incopat", "公开国别", "公开类型", "专利有效性", "标题(中文)", "标题(英文)",
                        "摘要(中文)", "摘要(英文)", "国民经济分类", "新兴产业分类", "标准化当前权利人"),
                columnTable());
    }

    private static List<Column> columnTable() {
        List<Column> c = new ArrayList<>();
        c.add(Column.list(Field.APPLICANTS, Splitter.SEMICOLON, "申请人", "申请(专利权)人"));
        // a selection with only the first applicant still has applicants
        c.add(Column.list(Field.APPLICANTS, Splitter.SEMICOLON, "第一申请人"));
        c.add(Column.with(Field.VENDOR_APPLICANTS, CUSTOM, Splitter.SEMICOLON, "标准化申请人", "标准化当前权利人"));
        c.add(Column.list(Field.CURRENT_OWNERS, Splitter.SEMICOLON, "当前权利人", "当前专利权人", "专利权人"));
        c.add(Column.of(Field.LEGAL_STATUS_TEXT, LEGAL_STATUS, "当前法律状态", "法律状态", "有效性"));
        // 有效/无效/审中: the status when the selection has no 当前法律状态
        c.add(Column.of(Field.LEGAL_STATUS_TEXT, LEGAL_STATUS, "专利有效性"));
        c.add(Column.list(Field.LEGAL_EVENTS, Splitter.SEMICOLON, "法律事件", "法律状态事件"));
        c.add(Column.of(Field.VALUE_SCORE, DECIMAL, "合享价值度", "价值度"));
        c.add(Column.of(Field.TITLE, TEXT, "标题(中文)", "中文标题"));
        c.add(Column.of(Field.TITLE_ALT, TEXT, "标题(英文)", "英文标题", "标题(原文)", "原文标题"));
        c.add(Column.of(Field.ABSTRACT, TEXT, "摘要(中文)", "中文摘要"));
        c.add(Column.of(Field.ABSTRACT_ALT, TEXT, "摘要(英文)", "英文摘要", "摘要(原文)", "原文摘要"));
        c.addAll(ChineseHeaders.common(Splitter.SEMICOLON));
        // 发明申请 / 发明授权 / 实用新型 / 外观设计: the type when the selection has no 专利类型
        c.add(Column.of(Field.PATENT_TYPE, PATENT_TYPE, "公开类型"));
        c.addAll(Column.kept("序号", "公开国别", "链接到incopat", "国民经济分类", "国民经济分类(主)", "新兴产业分类",
                "新兴产业(主)", "技术功效句", "技术功效1级", "技术功效2级", "技术功效3级", "技术功效TRIZ参数"));
        return c;
    }

    @Override
    protected void readCustom(Column column, String value, Patent.Builder builder) {
        if (column.field() != Field.VENDOR_APPLICANTS) {
            super.readCustom(column, value, builder);
        }
        List<String> names = new ArrayList<>();
        List<String> types = new ArrayList<>();
        for (String part : column.splitter().split(unwrap(value))) {
            String name = unwrap(part);
            Matcher m = TYPE_SUFFIX.matcher(name);
            String type = "";
            if (m.matches()) {
                name = m.group(1);
                type = m.group(2).toUpperCase(java.util.Locale.ROOT);
            }
            if (!name.isEmpty() && !names.contains(name)) {
                names.add(name);
                types.add(type);
            }
        }
        if (names.isEmpty()) {
            return;
        }
        ColumnRowMapper.setIfAbsent(builder, Field.VENDOR_APPLICANTS, List.copyOf(names));
        if (types.stream().anyMatch(t -> !t.isEmpty())) {
            builder.putExtra(VENDOR_TYPE_EXTRA, String.join("; ", types));
        }
    }

    /** {@code [福特汽车-C]} → {@code 福特汽车-C}; a cell may wrap its whole list in one pair of brackets. */
    private static String unwrap(String s) {
        String t = s.strip();
        if (t.startsWith("[")) {
            t = t.substring(1);
        }
        if (t.endsWith("]")) {
            t = t.substring(0, t.length() - 1);
        }
        return t.strip();
    }
}
