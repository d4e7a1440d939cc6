package dev.navi.clean.names;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a (possibly analyst-edited) cluster review table as written by {@link ClusterTableWriter}. Accepts the
 * file as written, re-saved by Excel/WPS as CSV (UTF-8 or GBK) or as XLSX; columns are found by their header
 * names, so reordered or added columns are fine. Required columns: member name, standard name; cluster id,
 * group, type, member count and rule are read when present.
 */
public final class ClusterTableReader {

    /** One member row. Text components are never null (empty when absent); {@code line} is the 1-based line. */
    public record Row(String clusterId, String standardName, String group, String type, String memberName,
                      long memberCount, String rule, int line) {
    }

    private ClusterTableReader() {
    }

    /** Reads every member row; an IllegalArgumentException names the file, line and column of a bad cell. */
    public static List<Row> read(Path file) throws IOException {
        TableIo.Table t = TableIo.read(file.toString(), Files.readAllBytes(file));
        int id = TableIo.column(t.header(), "cluster id", "id", "簇编号");
        int standard = TableIo.column(t.header(), "standard name", "standard", "标准名称");
        int group = TableIo.column(t.header(), "group", "集团");
        int type = TableIo.column(t.header(), "type", "申请人类型");
        int member = TableIo.column(t.header(), "member name", "member", "name", "成员名称", "名称");
        int count = TableIo.column(t.header(), "member count", "count", "次数");
        int rule = TableIo.column(t.header(), "rule", "规则");
        if (member < 0 || standard < 0) {
            throw new IllegalArgumentException(file + ": header must have 'member name' and 'standard name' columns; found "
                    + t.header());
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < t.rows().size(); i++) {
            List<String> r = t.rows().get(i);
            int line = t.lineNumbers().get(i);
            String name = cell(r, member);
            if (name.isEmpty()) {
                continue;
            }
            long n = 0;
            String c = cell(r, count);
            if (!c.isEmpty()) {
                try {
                    n = Long.parseLong(c.replace(",", ""));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(file + " line " + line + ", column " + t.header().get(count)
                            + ": not a whole number: '" + c + "'");
                }
            }
            rows.add(new Row(cell(r, id), cell(r, standard), cell(r, group), cell(r, type), name, n, cell(r, rule), line));
        }
        return List.copyOf(rows);
    }

    private static String cell(List<String> row, int col) {
        return col < 0 || col >= row.size() ? "" : row.get(col);
    }
}
