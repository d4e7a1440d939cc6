package dev.navi.clean;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.navi.ingest.Reject;
import dev.navi.ingest.dataset.CanonicalColumns;
import dev.navi.ingest.dataset.DatasetWriter;
import dev.navi.io.OutputFolder;
import org.apache.commons.csv.CSVPrinter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Writes the clean stage's files.
 *
 * <p>{@code cleaned.csv}: one row per counted unit; the canonical columns (see {@link CanonicalColumns}) followed by
 * {@code unit}, {@code unitId}, {@code publications}, {@code sources}, {@code fieldSources} (JSON: field → input
 * row) and the resolved applicant columns {@code standardApplicants}, {@code applicantGroups}, {@code applicantTypes},
 * {@code applicantCountryCodes}, {@code applicantCountrySources}, {@code applicantProvince}, {@code applicantCity},
 * {@code applicantPlaceSources} — one line per applicant, aligned with {@code applicants}.
 * {@code removed.csv}: {@code publication, source, action, rule, keptAs}. {@code ingest-rejects.csv}: the rows ingest
 * could not read ({@code file, sheet, row, reason, raw}).
 */
final class CleanWriter {
    static final List<String> EXTRA_COLUMNS = List.of("unit", "unitId", "publications", "sources", "fieldSources",
            "standardApplicants", "applicantGroups", "applicantTypes", "applicantCountryCodes", "applicantCountrySources",
            "applicantProvince", "applicantCity", "applicantPlaceSources");

    private static final ObjectMapper JSON = new ObjectMapper();

    private CleanWriter() {
    }

    static void write(CleanService.CleanResult r, OutputFolder out) throws IOException {
        try (CSVPrinter p = printer(out, "cleaned.csv")) {
            List<String> header = new ArrayList<>(CanonicalColumns.header());
            header.addAll(EXTRA_COLUMNS);
            p.printRecord(header);
            for (CleanRecord c : r.records()) {
                List<String> row = new ArrayList<>(CanonicalColumns.cells(c.patent()));
                row.add(r.unit().key());
                row.add(c.unitId());
                row.add(String.join("\n", c.publications()));
                row.add(String.join("\n", c.sources()));
                row.add(c.fieldSources().isEmpty() ? "" : json(new TreeMap<>(c.fieldSources())));
                row.add(lines(c, ResolvedApplicant::standardName));
                row.add(lines(c, ResolvedApplicant::group));
                row.add(lines(c, ResolvedApplicant::type));
                row.add(lines(c, ResolvedApplicant::country));
                row.add(lines(c, ResolvedApplicant::countrySource));
                row.add(lines(c, ResolvedApplicant::province));
                row.add(lines(c, ResolvedApplicant::city));
                row.add(lines(c, ResolvedApplicant::placeSource));
                p.printRecord(row);
            }
        }
        try (CSVPrinter p = printer(out, "removed.csv")) {
            p.printRecord("publication", "source", "action", "rule", "keptAs");
            for (CleanService.Removed x : r.removed()) {
                p.printRecord(x.publication(), x.source(), x.action(), x.rule(), x.keptAs());
            }
        }
        try (CSVPrinter p = printer(out, "ingest-rejects.csv")) {
            p.printRecord("file", "sheet", "row", "reason", "raw");
            for (Reject x : r.ingestRejects()) {
                p.printRecord(x.file(), x.sheet() == null ? "" : x.sheet(), x.row(), x.reason(), x.raw());
            }
        }
        if (r.applicantSummary() instanceof ClusterTable t) {
            t.write(out.file("applicant-clusters.csv"));
        }
    }

    private static String lines(CleanRecord c, Function<ResolvedApplicant, String> f) {
        if (c.applicants().isEmpty()) {
            return "";
        }
        List<String> l = new ArrayList<>(c.applicants().size());
        for (ResolvedApplicant a : c.applicants()) {
            String v = f.apply(a);
            l.add(v == null ? "" : v);
        }
        return String.join("\n", l);
    }

    static CSVPrinter printer(OutputFolder out, String name) throws IOException {
        return new CSVPrinter(new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(out.file(name)),
                StandardCharsets.UTF_8), 1 << 16), DatasetWriter.FORMAT);
    }

    private static String json(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A resolver summary that can also write the applicant cluster table. */
    interface ClusterTable extends ApplicantResolver.Summary {
        void write(java.nio.file.Path file) throws IOException;
    }
}
