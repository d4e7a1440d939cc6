package dev.navi.ingest;

import dev.navi.ingest.layout.LayoutRegistry;
import dev.navi.model.Patent;
import dev.navi.testing.RealData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Rows mapped on several threads ({@link FileReader}'s parallel mapping) give exactly what mapping them one by one on
 * the calling thread gives: the same records in the same order, the same rejects with their row numbers, and the same
 * report (counts, warnings with their first location, notes). The parallel reads go to a sink that keeps no records, so
 * their mappers share no equal values ({@link RecordSink#keepsRecords()}), which must not change a record either.
 */
class ParallelMappingTest {
    private final LayoutRegistry registry = LayoutRegistry.builtIn();

    /**
     * What one read gave; {@code prepared}: how many records came with their own {@link RecordSink#prepare} result,
     * {@code mismatched}: how many came with another record's.
     */
    private record Read(List<Patent> records, List<Reject> rejects, Map<String, Object> report, String error,
                        int prepared, int mismatched) {
    }

    private Read read(Path file, boolean parallel) {
        List<Patent> records = new ArrayList<>();
        List<Reject> rejects = new ArrayList<>();
        int[] prepared = new int[2];
        RecordSink sink = new RecordSink() {
            @Override
            public void record(Patent patent) {
                records.add(patent);
            }

            @Override
            public Object prepare(Patent patent) {
                return List.of(patent); // made on the mapping thread; record(patent, prepared) must get its own back
            }

            @Override
            public void record(Patent patent, Object made) {
                prepared[((List<?>) made).get(0) == patent ? 0 : 1]++;
                records.add(patent);
            }

            @Override
            public void reject(Reject reject) {
                rejects.add(reject);
            }

            @Override
            public void lookupRow(String f, String layout, List<String> header, List<String> cells) {
            }

            @Override
            public boolean keepsRecords() {
                return !parallel; // the parallel read also maps without sharing equal values: records equal all the same
            }
        };
        // parallel: from the second row on, three threads, so even a small file goes through every batch path
        FileReader reader = parallel ? new FileReader(registry, null, 1, 3) : new FileReader(registry, null, Integer.MAX_VALUE, 1);
        try {
            FileReport r = reader.read(file, file.getFileName().toString(), sink);
            return new Read(records, rejects, IngestService.fileJson(new IngestService.FileOutcome(file.toString(), r, null)), null,
                    prepared[0], prepared[1]);
        } catch (FileReader.PartialFileException e) {
            return new Read(records, rejects, IngestService.fileJson(new IngestService.FileOutcome(file.toString(), e.report(), e)),
                    e.getMessage(), prepared[0], prepared[1]);
        } catch (InputException e) {
            return new Read(records, rejects, Map.of(), e.getMessage(), prepared[0], prepared[1]);
        }
    }

    @Test
    void everyRealExportReadsTheSameOnSeveralThreads() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(RealData.dir())) {
            // PATENTSCOPE's three large .xls workbooks take long to read twice and add nothing the other workbooks lack
            files = s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals("SOURCE.txt"))
                    .filter(p -> !p.getFileName().toString().startsWith("patentscope_pizza_")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(20);
        long records = 0;
        long rejects = 0;
        for (Path f : files) {
            Read one = read(f, false);
            Read many = read(f, true);
            assertThat(many.records()).as(f.toString()).isEqualTo(one.records());
            assertThat(many.rejects()).as(f.toString()).isEqualTo(one.rejects());
            assertThat(many.report()).as(f.toString()).isEqualTo(one.report());
            assertThat(many.error()).as(f.toString()).isEqualTo(one.error());
            // one by one nothing is prepared ahead; on several threads every record is, but the first (mapped on the
            // calling thread before the threads start) and a lookup table's rows, and each gets its own preparation
            assertThat(one.prepared()).isZero();
            assertThat(many.mismatched()).as(f.toString()).isZero();
            if (many.records().size() > 1) {
                assertThat(many.prepared()).as(f.toString()).isEqualTo(many.records().size() - 1);
            }
            records += one.records().size();
            rejects += one.rejects().size();
        }
        // the comparison covered real records and real rejects (the drones export's 38 fragments among them)
        assertThat(records).isGreaterThan(40_000); // 40,857 records in the files compared
        assertThat(rejects).isGreaterThanOrEqualTo(38);
    }

    @Test
    void warningsKeepTheEarliestRowAcrossThreads(@TempDir Path dir) throws IOException {
        // given a Lens export of 3,000 rows whose publication date cannot be read in rows 700, 1500 and 2900
        StringBuilder b = new StringBuilder("#,Jurisdiction,Kind,Display Key,Lens ID,Publication Date,Applicants\n");
        for (int i = 1; i <= 3000; i++) {
            String date = i == 700 || i == 1500 || i == 2900 ? "not a date" : "2020-01-02";
            b.append(i).append(",CN,A,CN ").append(100000 + i).append(" A,000-").append(i).append(',').append(date)
                    .append(",Firm ").append(i % 7).append('\n');
        }
        Path f = dir.resolve("lens.csv");
        Files.writeString(f, b, StandardCharsets.UTF_8);
        // when
        Read one = read(f, false);
        Read many = read(f, true);
        // then the three are counted once each and the first is the row of record 700 (line 701)
        assertThat(many.report()).isEqualTo(one.report());
        assertThat(one.report().get("warnings").toString()).contains("Publication Date").contains("3 (first at row 701;");
        assertThat(many.records()).hasSize(3000).isEqualTo(one.records());
    }

    @Test
    void aFileThatFailsPartWayCountsTheSameRows(@TempDir Path dir) throws IOException {
        // given a Lens export whose line 2,500 has more columns than any export (the reader stops there)
        StringBuilder b = new StringBuilder("#,Jurisdiction,Kind,Display Key,Lens ID,Applicants\n");
        for (int i = 1; i <= 3000; i++) {
            if (i == 2499) {
                b.append(",".repeat(20_000)).append('\n');
                continue;
            }
            b.append(i).append(",CN,A,CN ").append(100000 + i).append(" A,000-").append(i).append(",Firm\n");
        }
        Path f = dir.resolve("lens.csv");
        Files.writeString(f, b, StandardCharsets.UTF_8);
        // when / then: the same message and the same rows before it, mapped on one thread or several
        Read one = read(f, false);
        Read many = read(f, true);
        assertThat(one.error()).contains("line 2500").contains("after 2498 rows had been read");
        assertThat(many.error()).isEqualTo(one.error());
        assertThat(many.records()).hasSize(2498).isEqualTo(one.records());
        assertThat(many.report()).isEqualTo(one.report());
        assertThatThrownBy(() -> new FileReader(registry, null, 1, 3).read(f, "lens.csv", RecordSink.NONE))
                .isInstanceOf(FileReader.PartialFileException.class);
    }
}
