package dev.navi.metrics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Keeps the outputs proportional to the data: a text cell of a result table longer than {@link #MAX_CHARS} characters
 * (a pasted claim set as a "title", a 10 MB cell in a hostile export) is cut to that length with a trailing
 * {@code …}, and the table's note says how many cells were cut. The tables go into results.json, tables/*.csv, the
 * report and the workbook alike, so one cut keeps them all small and in agreement; the records themselves (the
 * workbook's data sheet, records.csv) keep their full text, within Excel's 32,767-character cell limit.
 */
public final class TableCells {
    /** Longest text cell of a result table, in characters (UTF-16 units; a surrogate pair is never split). */
    public static final int MAX_CHARS = 1_000;

    private TableCells() {
    }

    /** Every module's tables with long text cells cut (the same object when nothing is cut). */
    public static Map<String, ModuleResult> limit(Map<String, ModuleResult> modules) {
        Map<String, ModuleResult> out = new LinkedHashMap<>();
        boolean changed = false;
        for (Map.Entry<String, ModuleResult> e : modules.entrySet()) {
            List<MetricTable> tables = new ArrayList<>();
            boolean cut = false;
            for (MetricTable t : e.getValue().tables()) {
                MetricTable l = limit(t);
                cut |= l != t;
                tables.add(l);
            }
            changed |= cut;
            ModuleResult m = e.getValue();
            out.put(e.getKey(), cut ? new ModuleResult(tables, m.definitions(), m.findingsZh(), m.findingsEn()) : m);
        }
        return changed ? out : modules;
    }

    /** The table with long text cells cut and a note saying so, or the same table when none is long. */
    public static MetricTable limit(MetricTable t) {
        long cut = 0;
        List<List<Object>> rows = new ArrayList<>(t.rows().size());
        for (List<Object> r : t.rows()) {
            List<Object> row = r;
            for (int i = 0; i < r.size(); i++) {
                if (r.get(i) instanceof String s && s.length() > MAX_CHARS) {
                    if (row == r) {
                        row = new ArrayList<>(r);
                    }
                    row.set(i, cut(s));
                    cut++;
                }
            }
            rows.add(row);
        }
        if (cut == 0) {
            return t;
        }
        String note = String.format(Locale.ROOT, "%,d text cell(s) longer than %,d characters cut to that length (…); "
                + "the records keep the full text", cut, MAX_CHARS);
        String noteZh = String.format(Locale.ROOT, "%,d个文本单元格超过%,d个字符，已截断至该长度（…）；记录中保留全文。", cut, MAX_CHARS);
        // the declared column kinds travel with the cut table (without them a node column named 'separator' printed
        // its counts as percentages again)
        return new MetricTable(t.id(), t.titleZh(), t.titleEn(), t.columns(), rows, t.definitions(), t.noteZh(),
                t.note(), t.kinds()).withNote(noteZh, note);
    }

    static String cut(String s) {
        int end = MAX_CHARS - 1;
        if (Character.isHighSurrogate(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end) + "…";
    }
}
