package dev.navi.metrics;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.navi.ingest.dataset.DatasetWriter;
import dev.navi.io.OutputTarget;
import org.apache.commons.csv.CSVPrinter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code results.json} (top-level {@code run}, {@code definitions}, {@code direction}, {@code positioning},
 * {@code path}; each module with its tables in full and its findings) and {@code tables/<id>.csv}. Numbers are written
 * with at most 6 decimals and NaN as null, so the same inputs give byte-identical files.
 */
public final class ResultsWriter {
    private ResultsWriter() {
    }

    /** Writes into the (uncommitted) output folder. */
    public static void write(OutputTarget out, Map<String, Object> run, Map<String, ModuleResult> modules) throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("run", run);
        Map<String, Map<String, Object>> defs = new LinkedHashMap<>();
        for (ModuleResult m : modules.values()) {
            for (Definition d : m.definitions()) {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("nameZh", d.nameZh());
                x.put("nameEn", d.nameEn());
                x.put("formula", d.formula());
                x.put("unit", d.unit());
                x.put("basis", d.basis());
                x.put("window", d.window());
                x.put("formulaZh", d.formulaZh());
                x.put("unitZh", d.unitZh());
                x.put("basisZh", d.basisZh());
                x.put("windowZh", d.windowZh());
                defs.putIfAbsent(d.id(), x);
            }
        }
        root.put("definitions", defs);
        Files.createDirectories(out.file("tables"));
        for (Map.Entry<String, ModuleResult> e : modules.entrySet()) {
            Map<String, Object> module = new LinkedHashMap<>();
            Map<String, Object> tables = new LinkedHashMap<>();
            for (MetricTable t : e.getValue().tables()) {
                Map<String, Object> tj = new LinkedHashMap<>();
                tj.put("titleZh", t.titleZh());
                tj.put("titleEn", t.titleEn());
                tj.put("counts", TableCounts.of(t.id()));
                tj.put("definitions", t.definitions());
                tj.put("note", t.note());
                // the note in Chinese beside the English one (camelCase as titleZh / formulaZh)
                tj.put("noteZh", t.noteZh());
                tj.put("columns", t.columns());
                if (!t.kinds().isEmpty()) {
                    // the declared column kinds (count, share, rate, index ...), in column order: what each value is
                    Map<String, Object> kinds = new LinkedHashMap<>();
                    for (String c : t.columns()) {
                        t.kind(c).ifPresent(k -> kinds.put(c, k.name().toLowerCase(java.util.Locale.ROOT)));
                    }
                    tj.put("kinds", kinds);
                }
                List<List<Object>> rows = new ArrayList<>(t.rows().size());
                for (List<Object> r : t.rows()) {
                    List<Object> cells = new ArrayList<>(r.size());
                    for (Object v : r) {
                        cells.add(json(v));
                    }
                    rows.add(cells);
                }
                tj.put("rows", rows);
                tables.put(t.id(), tj);
                writeCsv(out, t);
            }
            module.put("tables", tables);
            module.put("findingsZh", e.getValue().findingsZh());
            module.put("findingsEn", e.getValue().findingsEn());
            root.put(e.getKey(), module);
        }
        ObjectMapper json = new ObjectMapper(com.fasterxml.jackson.core.JsonFactory.builder()
                .enable(com.fasterxml.jackson.core.StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build())
                .enable(SerializationFeature.INDENT_OUTPUT);
        Files.write(out.file("results.json"), json.writeValueAsBytes(root));
    }

    private static void writeCsv(OutputTarget out, MetricTable t) throws IOException {
        try (CSVPrinter p = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(
                Files.newOutputStream(out.file("tables").resolve(t.id() + ".csv")), StandardCharsets.UTF_8)), DatasetWriter.FORMAT)) {
            p.printRecord(dev.navi.io.CsvCells.escapeRow(t.columns()));
            for (List<Object> r : t.rows()) {
                List<String> cells = new ArrayList<>(r.size());
                for (Object v : r) {
                    Object j = json(v);
                    cells.add(j == null ? "" : j instanceof BigDecimal b ? b.toPlainString()
                            : j instanceof Number ? j.toString() : dev.navi.io.CsvCells.escape(j.toString()));
                }
                p.printRecord(cells);
            }
        }
    }

    /** Doubles rounded to 6 decimals in plain notation; NaN and infinities as null. */
    static Object json(Object v) {
        if (v instanceof Double d) {
            if (d.isNaN() || d.isInfinite()) {
                return null;
            }
            return new BigDecimal(d).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros();
        }
        if (v instanceof Float f) {
            return json(f.doubleValue());
        }
        return v;
    }
}
