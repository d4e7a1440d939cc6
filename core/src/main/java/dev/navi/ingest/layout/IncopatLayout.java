package dev.navi.ingest.layout;

import dev.navi.ingest.parse.Splitter;
import dev.navi.model.Field;

import java.util.ArrayList;
import java.util.List;

import static dev.navi.ingest.layout.Column.Read.*;

/**
 * incoPat XLS/XLSX/CSV export with Chinese headers (up to ~200 columns): {@code 公开（公告）号} (full-width
 * brackets, or half-width in some versions), {@code 申请人}, {@code 标准化申请人}, {@code 当前权利人},
 * {@code 申请人地址}, {@code 合享价值度}, {@code 法律状态} / {@code 当前法律状态} ... Multi-values are joined
 * with {@code ;} or {@code ；}.
 */
public final class IncopatLayout extends ColumnLayout {
    public IncopatLayout() {
        super("incopat", "incoPat",
                List.of(List.of("公开(公告)号", "公开号"), List.of("申请人", "标准化申请人", "申请(专利权)人")),
                columnTable());
    }

    private static List<Column> columnTable() {
        List<Column> c = new ArrayList<>();
        c.add(Column.list(Field.APPLICANTS, Splitter.SEMICOLON, "申请人", "申请(专利权)人"));
        c.add(Column.list(Field.VENDOR_APPLICANTS, Splitter.SEMICOLON, "标准化申请人", "标准化当前权利人"));
        c.add(Column.list(Field.CURRENT_OWNERS, Splitter.SEMICOLON, "当前权利人", "当前专利权人", "专利权人"));
        c.add(Column.of(Field.LEGAL_STATUS_TEXT, LEGAL_STATUS, "当前法律状态", "法律状态", "有效性"));
        c.add(Column.list(Field.LEGAL_EVENTS, Splitter.SEMICOLON, "法律事件", "法律状态事件"));
        c.add(Column.of(Field.VALUE_SCORE, DECIMAL, "合享价值度", "价值度"));
        c.addAll(ChineseHeaders.common(Splitter.SEMICOLON));
        return c;
    }

    /** incoPat wins ties against Patsnap only on its own marks: 标准化申请人, 合享价值度, plain 申请人. */
    @Override
    public int match(Header header) {
        int base = super.match(header);
        if (base == 0) {
            return 0;
        }
        boolean own = header.has("标准化申请人", "合享价值度", "申请人", "当前权利人");
        return own ? base : 0;
    }
}
