package dev.navi.ingest;

import dev.navi.ingest.layout.LayoutRegistry;
import dev.navi.testing.RealData;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The regression suite over every real export in {@code ../shared/data/real}: one expectation table,
 * {@code src/test/resources/real-exports.csv} (its format is described in its own header comment), checked row by
 * row. A reader change that empties a field, loses records or starts rejecting them fails here, naming the file and
 * what it observed; a new file in {@code data/real} without a row fails {@link #everyRealFileHasARow()}.
 */
class RealExportsRegressionTest {
    static final String TABLE = "/real-exports.csv";
    /** The fill-rate columns of the table, in order, as canonical field keys. */
    static final List<String> FILL_FIELDS = List.of("title", "abstract", "applicants", "applicationDate", "publicationDate", "ipc");

    private final IngestService service = new IngestService(LayoutRegistry.builtIn());

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = TABLE, delimiter = '|', numLinesToSkip = 1, nullValues = "-")
    void matchesItsExpectations(String file, String layout, String encoding, long header, long read, long kept,
                                long rejected, int unmapped, Double title, Double abstractText, Double applicants,
                                Double applicationDate, Double publicationDate, Double ipc) {
        Assumptions.assumeFalse(layout.startsWith("pending"), file + ": " + layout + " (its reader has not landed yet)");
        // given
        Path path = RealData.file(file);
        // when
        List<IngestService.FileOutcome> outcomes = service.inspect(List.of(path));
        // then
        assertThat(outcomes.get(0).error()).as(file).isNull();
        FileReport r = outcomes.get(0).report();
        String observed = observedRow(file, r);
        assertThat(r.layout()).as(observed).isEqualTo(layout);
        assertThat(r.encoding()).as(observed).isEqualTo(encoding);
        assertThat(r.sheets().get(0).headerRow()).as(observed).isEqualTo(header);
        assertThat(r.read()).as(observed).isEqualTo(read);
        assertThat(r.kept()).as(observed).isEqualTo(kept);
        assertThat(r.rejected()).as(observed).isEqualTo(rejected);
        assertThat(r.read()).isEqualTo(r.kept() + r.rejected());
        assertThat(r.unmappedColumns()).as(observed + "\nunmapped columns").hasSize(unmapped);
        Double[] minimum = {title, abstractText, applicants, applicationDate, publicationDate, ipc};
        for (int i = 0; i < minimum.length; i++) {
            if (minimum[i] != null) {
                assertThat(r.fillRate(FILL_FIELDS.get(i))).as(observed + "\nfill rate of " + FILL_FIELDS.get(i))
                        .isGreaterThanOrEqualTo(minimum[i]);
            }
        }
    }

    @Test
    void everyRealFileHasARow() throws IOException {
        // given
        Path dir = RealData.dir();
        Set<String> files = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(Files::isRegularFile)
                    .map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.endsWith("SOURCE.txt") && !p.startsWith("."))
                    .forEach(files::add);
        }
        // when
        Set<String> listed = new TreeSet<>(tableFiles());
        // then
        assertThat(files).as("real exports without a row in " + TABLE).isSubsetOf(listed);
        assertThat(listed).as("rows in " + TABLE + " without a file").isSubsetOf(files);
    }

    private static List<String> tableFiles() throws IOException {
        List<String> out = new ArrayList<>();
        try (InputStream in = RealExportsRegressionTest.class.getResourceAsStream(TABLE)) {
            assertThat(in).as(TABLE).isNotNull();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 1; i < lines.length; i++) {
                String l = lines[i].strip();
                if (!l.isEmpty() && !l.startsWith("#")) {
                    out.add(l.substring(0, l.indexOf('|')).strip());
                }
            }
        }
        if (out.isEmpty()) {
            fail(TABLE + " has no rows");
        }
        return out;
    }

    /** What the file gave, as a row of the table, so a failing expectation shows the figures to compare or paste. */
    private static String observedRow(String file, FileReport r) {
        StringBuilder b = new StringBuilder("observed: ").append(file).append(" | ").append(r.layout()).append(" | ")
                .append(r.encoding()).append(" | ").append(r.sheets().get(0).headerRow()).append(" | ").append(r.read())
                .append(" | ").append(r.kept()).append(" | ").append(r.rejected()).append(" | ")
                .append(r.unmappedColumns().size());
        for (String f : FILL_FIELDS) {
            b.append(" | ").append(String.format(Locale.ROOT, "%.4f", r.fillRate(f)));
        }
        return b.append("\nunmapped: ").append(r.unmappedColumns()).toString();
    }
}
