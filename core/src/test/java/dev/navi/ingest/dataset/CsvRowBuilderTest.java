package dev.navi.ingest.dataset;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.navi.io.CsvCells;
import dev.navi.ingest.IngestService;
import dev.navi.ingest.RecordSink;
import dev.navi.ingest.Reject;
import dev.navi.model.Patent;
import dev.navi.testing.RealData;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hand-written row formatting ({@link CsvRowBuilder}, {@link CanonicalColumns#appendJson}, {@link DatasetWriter})
 * gives byte for byte what commons-csv's {@code CSVPrinter} and Jackson gave before it: on cells that hit every quoting
 * and escaping rule, on random cells from an alphabet of the characters those rules look at, and on every record of
 * the real exports.
 */
class CsvRowBuilderTest {
    /** The characters the quoting, formula-escaping and JSON rules look at, and some that they do not. */
    private static final String ALPHABET = "aZ09 ,\"\n\r\t#!'=+-@.eE\\\b\f\u0001\u001f\u007f é中\uD83D\uDE00";

    private static String viaPrinter(List<String> cells) throws IOException {
        StringBuilder b = new StringBuilder();
        try (CSVPrinter p = new CSVPrinter(b, DatasetWriter.FORMAT)) {
            p.printRecord(CsvCells.escapeRow(cells));
        }
        return b.toString();
    }

    private static String viaBuilder(List<String> cells) {
        CsvRowBuilder r = new CsvRowBuilder(16);
        for (String c : cells) {
            r.cell(c);
        }
        r.endRecord();
        return r.toString();
    }

    @Test
    void cellsOnEveryRuleComeOutAsCsvPrinterWritesThem() throws IOException {
        // given: empty first and later cells, starts at or below '#', inner quote / comma / line breaks, a trailing
        // space or tab, formula triggers, signed numbers, an existing leading quote
        List<String> cells = List.of("", "", "a", " a", "a ", "a\t", "!x", "\"q\"", "#tag", "$", "a,b", "a\nb", "a\rb",
                "=SUM(A1)", "+1", "-2.5", "-1e5", "-x", "@me", "'quoted", "'", "\tx", "\rx", "中文", "x\"y");
        // when / then: all of them in one record, and each one first in its record
        assertThat(viaBuilder(cells)).isEqualTo(viaPrinter(cells));
        for (String c : cells) {
            assertThat(viaBuilder(List.of(c, c))).as("cell '%s'", c).isEqualTo(viaPrinter(List.of(c, c)));
        }
    }

    @Test
    void randomCellsComeOutAsCsvPrinterWritesThem() throws IOException {
        Random random = new Random(16);
        for (int row = 0; row < 5_000; row++) {
            List<String> cells = new ArrayList<>();
            int n = 1 + random.nextInt(4);
            for (int i = 0; i < n; i++) {
                cells.add(randomText(random));
            }
            assertThat(viaBuilder(cells)).as("row %s", cells).isEqualTo(viaPrinter(cells));
        }
    }

    @Test
    void formulaEscapingOffWritesTheCellsAsTheyAre() throws IOException {
        List<String> cells = List.of("=1+1", "'a", "-x", "b");
        CsvCells.escaping(false);
        try {
            assertThat(viaBuilder(cells)).isEqualTo(viaPrinter(cells)).isEqualTo("=1+1,'a,-x,b\n");
        } finally {
            CsvCells.escaping(true);
        }
    }

    @Test
    void extraJsonIsWhatJacksonWrites() throws IOException {
        ObjectMapper jackson = new ObjectMapper();
        Random random = new Random(7);
        for (int k = 0; k < 5_000; k++) {
            Map<String, String> m = new LinkedHashMap<>();
            int n = 1 + random.nextInt(3);
            for (int i = 0; i < n; i++) {
                m.put(randomText(random) + i, random.nextInt(10) == 0 ? null : randomText(random));
            }
            StringBuilder b = new StringBuilder();
            assertThat(CanonicalColumns.appendJson(b, m)).isTrue();
            assertThat(b.toString()).isEqualTo(jackson.writeValueAsString(m));
        }
        // every control character, by its short form or as \\u00XX
        StringBuilder controls = new StringBuilder();
        for (char c = 0; c < 0x20; c++) {
            controls.append(c);
        }
        Map<String, String> m = Map.of("k", controls.toString());
        StringBuilder b = new StringBuilder();
        CanonicalColumns.appendJson(b, m);
        assertThat(b.toString()).isEqualTo(jackson.writeValueAsString(m))
                .contains("\\b\\t\\n\\u000B\\f\\r").contains("\\u001F");
    }

    @Test
    void extraCellsComeOutAsCsvPrinterWritesJacksonsJson() throws IOException {
        // given: records whose extra values hit the JSON escapes (quotes, backslashes, control characters) and the CSV
        // rules, which DatasetWriter applies in one pass (quotes doubled as the JSON is made)
        Random random = new Random(11);
        List<Patent> records = new ArrayList<>();
        for (int k = 0; k < 2_000; k++) {
            Patent.Builder b = Patent.builder().publicationNumber("CN" + k + "A")
                    .provenance(new dev.navi.model.Provenance("f.csv", null, k + 2, "lens"));
            int n = 1 + random.nextInt(3);
            for (int i = 0; i < n; i++) {
                b.putExtra(randomText(random) + i, random.nextInt(10) == 0 ? null : randomText(random));
            }
            records.add(b.build());
        }
        // when / then: as CSVPrinter prints Jackson's JSON, by write and by encode + writeEncoded
        assertThat(viaDatasetWriter(records, false)).isEqualTo(viaCsvPrinter(records));
        assertThat(viaDatasetWriter(records, true)).isEqualTo(viaCsvPrinter(records));
    }

    /** records.csv as DatasetWriter writes it: record by record, or each row encoded on a pool's threads first. */
    private static String viaDatasetWriter(List<Patent> records, boolean encodedElsewhere) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DatasetWriter w = new DatasetWriter(out)) {
            if (!encodedElsewhere) {
                for (Patent p : records) {
                    w.write(p);
                }
            } else {
                // several threads encode at once, each with its own buffers; the rows are written in order
                java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(3);
                try {
                    List<java.util.concurrent.Future<byte[]>> rows = new ArrayList<>();
                    for (Patent p : records) {
                        rows.add(pool.submit(() -> w.encode(p)));
                    }
                    for (java.util.concurrent.Future<byte[]> row : rows) {
                        w.writeEncoded(row.get());
                    }
                } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException(e);
                } finally {
                    pool.shutdown();
                }
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** records.csv as CSVPrinter printed the escaped cells (Jackson's JSON for the extra cell), header first. */
    private static String viaCsvPrinter(List<Patent> records) throws IOException {
        StringBuilder expected = new StringBuilder();
        try (CSVPrinter p = new CSVPrinter(expected, DatasetWriter.FORMAT)) {
            p.printRecord(CanonicalColumns.header());
            for (Patent r : records) {
                p.printRecord(CsvCells.escapeRow(CanonicalColumns.cells(r)));
            }
        }
        return expected.toString();
    }

    @Test
    void realExportsWriteTheRecordsCsvTheCsvPrinterWrote() throws IOException {
        // given: every record of the real exports
        List<Path> files;
        try (Stream<Path> s = Files.walk(RealData.dir())) {
            files = s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals("SOURCE.txt")).sorted().toList();
        }
        List<Patent> records = new ArrayList<>();
        IngestService.withMappings(List.of()).readAll(files, new RecordSink() {
            @Override
            public void record(Patent patent) {
                records.add(patent);
            }

            @Override
            public void reject(Reject reject) {
            }

            @Override
            public void lookupRow(String file, String layout, List<String> header, List<String> cells) {
            }
        }, true, null);
        assertThat(records).hasSizeGreaterThan(40_000);
        // when / then: as CSVPrinter printed the escaped cells, written record by record or encoded on other threads
        String expected = viaCsvPrinter(records);
        assertThat(viaDatasetWriter(records, false)).isEqualTo(expected);
        assertThat(viaDatasetWriter(records, true)).isEqualTo(expected);
    }

    private static String randomText(Random random) {
        int len = random.nextInt(7);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < len; i++) {
            int at = random.nextInt(ALPHABET.length());
            char c = ALPHABET.charAt(at);
            if (Character.isHighSurrogate(c)) {
                b.append(c).append(ALPHABET.charAt(at + 1));
            } else if (!Character.isLowSurrogate(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }
}
