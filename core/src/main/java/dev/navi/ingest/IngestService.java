package dev.navi.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.navi.io.OutputFolder;
import dev.navi.ingest.dataset.DatasetWriter;
import dev.navi.ingest.layout.LayoutRegistry;
import dev.navi.ingest.layout.MappedLayout;
import dev.navi.model.Patent;
import org.apache.commons.csv.CSVPrinter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * Stage 1, ingest: {@link #inspect} reports what each file is; {@link #ingest} merges all files into the
 * canonical dataset.
 *
 * <p>Output of {@link #ingest} (in {@link IngestRequest#outDir()}): {@code records.csv} (canonical format, see
 * {@link dev.navi.ingest.dataset.CanonicalColumns}), {@code rejects.csv} ({@code file, sheet, row, reason, raw}),
 * {@code lookup/<file>.csv} for lookup tables, and {@code ingest-summary.json}. Files are written into a
 * temporary folder inside the output folder and moved into place only when everything has been written, the
 * summary last; a failed run leaves the previous outputs as they were.
 */
public final class IngestService {
    private final LayoutRegistry registry;

    public IngestService(LayoutRegistry registry) {
        this.registry = registry;
    }

    /** A service with the built-in layouts and the given mapping files (read now; errors name the file). */
    public static IngestService withMappings(List<Path> mappingFiles) {
        List<MappedLayout> mappings = new ArrayList<>();
        for (Path p : mappingFiles) {
            mappings.add(MappedLayout.load(p));
        }
        return new IngestService(LayoutRegistry.withMappings(mappings));
    }

    /**
     * Whether the rows of a layout are whole patent families ({@link dev.navi.ingest.layout.ExportLayout#rowIsFamily()}),
     * by the layout id a record's provenance carries; false for an unknown id.
     */
    public boolean rowsAreFamilies(String layoutId) {
        return layoutId != null && registry.byId(layoutId).map(dev.navi.ingest.layout.ExportLayout::rowIsFamily).orElse(false);
    }

    /**
     * The outcome for one input: its report, or the error that stopped it, or both when the file failed part-way
     * (the report then counts the rows read before the failure, which were kept).
     */
    public record FileOutcome(String path, FileReport report, InputException error) {
        public boolean failed() {
            return error != null;
        }
    }

    /** Inspects each file independently; a bad file does not stop the others. */
    public List<FileOutcome> inspect(List<Path> files) {
        List<FileOutcome> out = new ArrayList<>();
        for (Path f : files) {
            try {
                out.add(new FileOutcome(f.toString(), new FileReader(registry, null).read(f, f.toString(), RecordSink.NONE), null));
            } catch (FileReader.PartialFileException e) {
                out.add(new FileOutcome(f.toString(), e.report(), e));
            } catch (InputException e) {
                out.add(new FileOutcome(f.toString(), null, e));
            }
        }
        return out;
    }

    /**
     * What to ingest.
     *
     * @param files        input files, read in this order
     * @param outDir       output folder (created if missing)
     * @param skipBadFiles true to go on past unreadable files (listed in the summary); false to stop at the first
     * @param progress     called with the running row count of the current file, or {@code null}
     */
    public record IngestRequest(List<Path> files, Path outDir, boolean skipBadFiles, LongConsumer progress) {
        public IngestRequest {
            files = List.copyOf(files);
            if (files.isEmpty()) {
                throw new IllegalArgumentException("no input files");
            }
        }
    }

    /** The ingest result: per-file outcomes and the totals. */
    public record IngestResult(List<FileOutcome> files, long read, long kept, long rejected, long records,
                               long lookupRows, Path outDir) {
    }

    /**
     * Ingests all files into the output folder.
     *
     * @throws InputException   on the first unreadable file unless {@code skipBadFiles}
     * @throws UncheckedIOException when the output cannot be written
     */
    public IngestResult ingest(IngestRequest req) {
        try (OutputFolder out = OutputFolder.open(req.outDir())) {
            IngestResult result = writeAll(req, out);
            out.commit("ingest-summary.json");
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to " + req.outDir() + ": " + e.getMessage(), e);
        }
    }

    private IngestResult writeAll(IngestRequest req, OutputFolder out) throws IOException {
        List<FileOutcome> outcomes = new ArrayList<>();
        long read = 0;
        long kept = 0;
        long rejected = 0;
        long lookupRows = 0;
        try (OutputStream recOut = Files.newOutputStream(out.file("records.csv"));
             DatasetWriter records = new DatasetWriter(recOut);
             CSVPrinter rejects = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(
                     Files.newOutputStream(out.file("rejects.csv")), StandardCharsets.UTF_8)), DatasetWriter.FORMAT);
             LookupWriters lookups = new LookupWriters(out.file("lookup"))) {
            rejects.printRecord("file", "sheet", "row", "reason", "raw");
            RecordSink direct = new RecordSink() {
                @Override
                public void record(Patent patent) throws IOException {
                    records.write(patent);
                }

                @Override
                public Object prepare(Patent patent) {
                    return records.encode(patent);
                }

                @Override
                public void record(Patent patent, Object prepared) throws IOException {
                    records.writeEncoded((byte[]) prepared);
                }

                @Override
                public void reject(Reject r) throws IOException {
                    rejects.printRecord(r.file(), r.sheet() == null ? "" : r.sheet(), r.row(), r.reason(), r.raw());
                }

                @Override
                public void lookupRow(String file, String layout, List<String> header, List<String> cells) throws IOException {
                    lookups.write(file, header, cells);
                }

                @Override
                public boolean keepsRecords() {
                    return false; // written out as they come
                }
            };
            try (AsyncSink sink = new AsyncSink(direct)) {
                outcomes.addAll(readAll(req.files(), sink, req.skipBadFiles(), req.progress()));
            }
        }
        for (FileOutcome o : outcomes) {
            FileReport r = o.report();
            if (r != null) {
                read += r.read();
                kept += r.kept();
                rejected += r.rejected();
                if (r.lookup()) {
                    lookupRows += r.kept();
                }
            }
        }
        IngestResult result = new IngestResult(outcomes, read, kept, rejected, kept - lookupRows, lookupRows, req.outDir());
        writeSummary(result, out.file("ingest-summary.json"));
        return result;
    }

    /**
     * Reads the files in order into a sink (the building block of {@link #ingest} and of later stages that keep the
     * records in memory).
     *
     * @throws InputException on the first unreadable file unless {@code skipBadFiles}
     * @throws UncheckedIOException when the sink fails
     */
    public List<FileOutcome> readAll(List<Path> files, RecordSink sink, boolean skipBadFiles, LongConsumer progress) {
        List<FileOutcome> outcomes = new ArrayList<>();
        for (Path f : files) {
            try {
                outcomes.add(new FileOutcome(f.toString(), new FileReader(registry, progress).read(f, f.toString(), sink), null));
            } catch (FileReader.SinkFailure e) {
                throw new UncheckedIOException((IOException) e.getCause());
            } catch (InputException e) {
                if (!skipBadFiles) {
                    throw e;
                }
                FileReport partial = e instanceof FileReader.PartialFileException p ? p.report() : null;
                outcomes.add(new FileOutcome(f.toString(), partial, e));
            }
        }
        return outcomes;
    }

    /** The summary as a JSON-ready map with a stable key order. */
    public static Map<String, Object> summary(IngestResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("read", r.read());
        m.put("kept", r.kept());
        m.put("rejected", r.rejected());
        m.put("balanced", r.read() == r.kept() + r.rejected());
        m.put("records", r.records());
        m.put("lookupRows", r.lookupRows());
        m.put("countingRule", "read = kept + rejected for every file and in total; blank rows and rows above the header "
                + "are not records and are counted apart (blankRows, preambleRows)");
        List<Map<String, Object>> files = new ArrayList<>();
        for (FileOutcome o : r.files()) {
            files.add(fileJson(o));
        }
        m.put("files", files);
        m.put("outputs", List.of("records.csv", "rejects.csv", "ingest-summary.json"));
        return m;
    }

    /** One file's entry, as {@code inspect --json} and the ingest summary print it. */
    public static Map<String, Object> fileJson(FileOutcome o) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("path", o.path());
        if (o.failed()) {
            f.put("error", o.error().getMessage());
            if (o.report() == null) {
                return f;
            }
        }
        FileReport r = o.report();
        f.put("layout", r.layout());
        f.put("layoutName", r.layoutName());
        f.put("format", r.format());
        f.put("encoding", r.encoding());
        List<Map<String, Object>> sheets = new ArrayList<>();
        for (FileReport.SheetInfo s : r.sheets()) {
            Map<String, Object> sm = new LinkedHashMap<>();
            sm.put("name", s.name());
            sm.put("headerRow", s.headerRow());
            sheets.add(sm);
        }
        f.put("sheets", sheets);
        f.put("headerRow", r.sheets().isEmpty() ? null : r.sheets().get(0).headerRow());
        f.put("lookup", r.lookup());
        f.put("read", r.read());
        f.put("kept", r.kept());
        f.put("rejected", r.rejected());
        f.put("records", r.lookup() ? 0 : r.kept());
        f.put("blankRows", r.blankRows());
        f.put("preambleRows", r.preambleRows());
        f.put("rejectReasons", new java.util.TreeMap<>(r.rejectReasons()));
        f.put("firstReject", r.firstReject());
        f.put("mappedColumns", r.mappedColumns());
        f.put("unmappedColumns", r.unmappedColumns());
        f.put("keptColumns", r.keptColumns());
        f.put("detection", r.detection());
        Map<String, Object> fields = new LinkedHashMap<>();
        r.fieldCounts().forEach((k, n) -> fields.put(k, Math.round(r.fillRate(k) * 10000) / 10000.0));
        f.put("fields", fields);
        f.put("warnings", r.warnings());
        f.put("notes", r.notes());
        return f;
    }

    private static void writeSummary(IngestResult r, Path file) throws IOException {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        Files.write(file, json.writeValueAsBytes(summary(r)));
    }

    /** One CSV per lookup file, opened on first use. */
    private static final class LookupWriters implements AutoCloseable {
        private final Path dir;
        private final Map<String, CSVPrinter> open = new HashMap<>();

        LookupWriters(Path dir) {
            this.dir = dir;
        }

        void write(String file, List<String> header, List<String> cells) throws IOException {
            CSVPrinter p = open.get(file);
            if (p == null) {
                Files.createDirectories(dir);
                String base = Path.of(file).getFileName().toString().replaceAll("\\.[^.]+$", "");
                Path target = dir.resolve(base + ".csv");
                int n = 2;
                while (Files.exists(target)) {
                    target = dir.resolve(base + "-" + n++ + ".csv");
                }
                p = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(target), StandardCharsets.UTF_8)),
                        DatasetWriter.FORMAT);
                p.printRecord(header);
                open.put(file, p);
            }
            p.printRecord(cells.size() > header.size() ? cells.subList(0, header.size()) : cells);
        }

        @Override
        public void close() throws IOException {
            for (CSVPrinter p : open.values()) {
                p.close(true);
            }
        }
    }
}
