package dev.navi.clean;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.navi.ingest.Reject;
import dev.navi.ingest.dataset.CanonicalColumns;
import dev.navi.ingest.dataset.DatasetWriter;
import dev.navi.io.OutputFolder;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.IntStream;

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
        List<String> header = new ArrayList<>(CanonicalColumns.header());
        header.addAll(EXTRA_COLUMNS);
        String unit = r.unit().key();
        writeCsv(out.file("cleaned.csv"), header, r.records(), (c, row) -> {
            row.addAll(CanonicalColumns.cells(c.patent()));
            row.add(unit);
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
        }, true);
        writeCsv(out.file("removed.csv"), List.of("publication", "source", "action", "rule", "keptAs"), r.removed(), (x, row) -> {
            row.add(x.publication());
            row.add(x.source());
            row.add(x.action());
            row.add(x.rule());
            row.add(x.keptAs());
        }, true);
        writeCsv(out.file("ingest-rejects.csv"), List.of("file", "sheet", "row", "reason", "raw"), r.ingestRejects(), (x, row) -> {
            row.add(x.file());
            row.add(x.sheet() == null ? "" : x.sheet());
            row.add(x.row());
            row.add(x.reason());
            row.add(x.raw());
        }, false);
        if (r.applicantSummary() instanceof ClusterTable t) {
            t.write(out.file("applicant-clusters.csv"));
        }
    }

    /** Rows per block formatted in one piece. */
    static final int BLOCK = 1024;
    /** Blocks formatted (in parallel) before they are written, in order: bounds the bytes held at once. */
    private static final int WAVE = 16;

    /**
     * Writes a header and one row per item in navi's CSV dialect (UTF-8, RFC 4180, LF). With {@code parallel}, blocks
     * of {@link #BLOCK} rows are formatted on the common fork-join pool and written in their order, so the bytes are
     * exactly those of the sequential path; formatting (cells, quoting, JSON, encoding) is most of the writing time.
     * {@link CSVPrinter} appends character by character, which is cheap into a {@link StringBuilder} and not into a
     * {@code Writer}, so every block is formatted into a builder first.
     */
    static <T> void writeCsv(java.nio.file.Path file, List<String> header, List<T> items,
                             java.util.function.BiConsumer<T, List<Object>> cells, boolean parallel) throws IOException {
        try (OutputStream os = Files.newOutputStream(file)) {
            os.write(format(List.of(header), 0, 1, (h, row) -> row.addAll(h)));
            int blocks = (items.size() + BLOCK - 1) / BLOCK;
            for (int w = 0; w < blocks; w += WAVE) {
                IntStream wave = IntStream.range(w, Math.min(blocks, w + WAVE));
                byte[][] parts = (parallel ? wave.parallel() : wave)
                        .mapToObj(b -> format(items, b * BLOCK, Math.min(items.size(), (b + 1) * BLOCK), cells))
                        .toArray(byte[][]::new);
                for (byte[] part : parts) {
                    os.write(part);
                }
            }
        }
    }

    private static <T> byte[] format(List<T> items, int from, int to, java.util.function.BiConsumer<T, List<Object>> cells) {
        StringBuilder buffer = new StringBuilder(1 << 16);
        try {
            CSVPrinter printer = new CSVPrinter(buffer, DatasetWriter.FORMAT);
            List<Object> row = new ArrayList<>();
            for (int i = from; i < to; i++) {
                row.clear();
                cells.accept(items.get(i), row);
                printer.printRecord(dev.navi.io.CsvCells.escapeRow(row));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // a StringBuilder does not fail
        }
        return buffer.toString().getBytes(StandardCharsets.UTF_8);
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
