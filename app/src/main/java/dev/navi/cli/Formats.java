package dev.navi.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.navi.ingest.FileReport;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Shared text and JSON formatting for command output. */
final class Formats {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Formats() {
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /**
     * One warning line per file with rejected rows, for stderr: the count, the first location and reason, and where
     * the full list is.
     */
    static void printRejectWarnings(PrintWriter err, List<FileReport> reports, String where) {
        for (FileReport r : reports) {
            if (r.rejected() > 0) {
                err.printf(Locale.ROOT, "navi: warning: %s: %s row(s) rejected, first at %s%s%n", r.path(), count(r.rejected()),
                        r.firstReject(), where);
            }
        }
    }

    /**
     * One line per input file that could not be read (skipped with --skip-bad-files).
     *
     * @return true when any file failed (the command then exits with {@link ExitCodes#INPUT})
     */
    static boolean printSkipped(PrintWriter err, List<dev.navi.ingest.IngestService.FileOutcome> outcomes) {
        boolean failed = false;
        for (dev.navi.ingest.IngestService.FileOutcome o : outcomes) {
            if (o.failed()) {
                failed = true;
                err.println("navi: " + o.error().getMessage() + " (skipped)");
            }
        }
        return failed;
    }

    /** A human-readable block for one file. */
    static void printReport(PrintWriter out, FileReport r, boolean withFields) {
        out.println(r.path());
        out.printf(Locale.ROOT, "  layout     %s (%s)%s%n", r.layout(), r.layoutName(),
                r.detection() == null ? "" : ", " + r.detection());
        out.printf(Locale.ROOT, "  format     %s, %s%n", r.format(), r.encoding());
        List<String> sheets = new ArrayList<>();
        for (FileReport.SheetInfo s : r.sheets()) {
            sheets.add(s.name() == null ? "line " + s.headerRow() : "sheet '" + s.name() + "' row " + s.headerRow());
        }
        out.printf(Locale.ROOT, "  header     %s%s%n", String.join("; ", sheets),
                r.preambleRows() > 0 ? " (" + r.preambleRows() + " row(s) above it skipped)" : "");
        out.printf(Locale.ROOT, "  %s    %s read = %s kept + %s rejected%s%n", r.lookup() ? "lookup " : "records",
                count(r.read()), count(r.kept()), count(r.rejected()),
                r.blankRows() > 0 ? " (" + count(r.blankRows()) + " blank rows skipped)" : "");
        for (Map.Entry<String, Long> e : r.rejectReasons().entrySet()) {
            out.printf(Locale.ROOT, "  rejected   %s: %s%n", e.getKey(), count(e.getValue()));
        }
        List<String> mapped = new ArrayList<>();
        r.mappedColumns().forEach((c, f) -> mapped.add(c + " → " + f));
        out.printf(Locale.ROOT, "  mapped     %s%n", mapped.isEmpty() ? "-" : String.join(", ", mapped));
        out.printf(Locale.ROOT, "  unmapped   %s%n", r.unmappedColumns().isEmpty() ? "-" : String.join(", ", r.unmappedColumns())
                + " (kept as extra values)");
        if (!r.keptColumns().isEmpty()) {
            out.printf(Locale.ROOT, "  kept       %s (known columns without a canonical field, kept as extra values)%n",
                    String.join(", ", r.keptColumns()));
        }
        if (withFields && !r.lookup()) {
            List<String> fill = new ArrayList<>();
            r.fieldCounts().forEach((k, n) -> {
                if (n > 0) {
                    fill.add(String.format(Locale.ROOT, "%s %.0f%%", k, 100 * r.fillRate(k)));
                }
            });
            out.printf(Locale.ROOT, "  filled     %s%n", fill.isEmpty() ? "-" : String.join(", ", fill));
        }
        r.warnings().forEach((k, v) -> out.printf(Locale.ROOT, "  warning    %s: %s%n", k, v));
        for (String n : r.notes()) {
            out.printf(Locale.ROOT, "  note       %s%n", n);
        }
    }
}
