package dev.navi.ingest.layout;

import dev.navi.ingest.parse.Splitter;
import dev.navi.model.Field;

import java.util.ArrayList;
import java.util.List;

import static dev.navi.ingest.layout.Column.Read.*;

/**
 * Patsnap (智慧芽) CSV/XLSX export with Chinese headers: {@code 公开(公告)号}, {@code 标题},
 * {@code 申请(专利权)人}, {@code 当前申请(专利权)人}, {@code [标]当前申请(专利权)人} (Patsnap's standardised name),
 * {@code 法律状态/事件} (status and events in one cell) ... Multi-values are joined with {@code " | "}.
 */
public final class PatsnapLayout extends ColumnLayout {
    public PatsnapLayout() {
        super("patsnap", "Patsnap (智慧芽)",
                List.of(List.of("公开(公告)号", "公开号"),
                        List.of("当前申请(专利权)人", "申请(专利权)人", "原始申请(专利权)人", "[标]当前申请(专利权)人")),
                List.of("当前申请(专利权)人", "申请(专利权)人", "原始申请(专利权)人", "[标]当前申请(专利权)人", "法律状态/事件",
                        "简单法律状态", "专利价值"),
                columnTable());
    }

    private static List<Column> columnTable() {
        List<Column> c = new ArrayList<>();
        c.add(Column.list(Field.APPLICANTS, Splitter.PIPE, "申请(专利权)人", "原始申请(专利权)人"));
        c.add(Column.list(Field.CURRENT_OWNERS, Splitter.PIPE, "当前申请(专利权)人", "当前专利权人"));
        c.add(Column.list(Field.VENDOR_APPLICANTS, Splitter.PIPE, "[标]当前申请(专利权)人", "[标]申请(专利权)人"));
        c.add(Column.with(Field.LEGAL_STATUS_TEXT, STATUS_AND_EVENTS, Splitter.PIPE, "法律状态/事件"));
        c.add(Column.of(Field.LEGAL_STATUS_TEXT, LEGAL_STATUS, "简单法律状态", "法律状态"));
        c.add(Column.list(Field.LEGAL_EVENTS, Splitter.PIPE, "法律事件"));
        c.add(Column.of(Field.VALUE_SCORE, DECIMAL, "专利价值", "专利价值度", "价值度"));
        c.addAll(ChineseHeaders.common(Splitter.PIPE));
        return c;
    }
}
