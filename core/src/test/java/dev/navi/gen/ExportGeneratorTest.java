package dev.navi.gen;

import dev.navi.gen.ExportWriter.Encoding;
import dev.navi.gen.ExportWriter.Format;
import dev.navi.gen.ExportWriter.Layout;
import dev.navi.gen.ExportWriter.Options;
import dev.navi.ingest.FileReport;
import dev.navi.ingest.IngestService;
import dev.navi.ingest.dataset.CanonicalColumns;
import dev.navi.ingest.layout.LayoutRegistry;
import dev.navi.model.Field;
import dev.navi.model.Patent;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExportGeneratorTest {
    private static final int N = 600;

    @Test
    void sameSeedGivesIdenticalBytesInEveryCsvLayout() throws IOException {
        for (Layout layout : Layout.values()) {
            // given
            Options options = new Options(layout, Format.CSV, null);
            // when
            byte[] first = csv(options, 7, 300);
            byte[] second = csv(options, 7, 300);
            // then
            assertThat(first).as(layout.id()).isEqualTo(second);
            assertThat(first.length).as(layout.id()).isGreaterThan(10_000);
        }
    }

    @Test
    void differentSeedsGiveDifferentRecords() throws IOException {
        // given
        Options options = new Options(Layout.LENS, Format.CSV, null);
        // when
        byte[] a = csv(options, 1, 200);
        byte[] b = csv(options, 2, 200);
        // then
        assertThat(a).isNotEqualTo(b);
        Set<String> numbersA = numbers(new ExportGenerator(1).generate(200));
        Set<String> numbersB = numbers(new ExportGenerator(2).generate(200));
        assertThat(numbersA).isNotEqualTo(numbersB);
        numbersA.retainAll(numbersB);
        assertThat(numbersA).as("numbers shared by two seeds").hasSizeLessThan(5);
    }

    @Test
    void aLongerRunExtendsAShorterOneAndSkipSelectsAWindow() {
        // given
        ExportGenerator g = new ExportGenerator(42);
        // when
        List<Patent> all = g.generate(300);
        List<Patent> window = g.generate(100, 150);
        // then
        assertThat(g.generate(120)).isEqualTo(all.subList(0, 120));
        assertThat(window).isEqualTo(all.subList(100, 250));
    }

    @Test
    void publicationNumbersAreUniqueAndFamiliesHangTogether() {
        // given / when
        List<Patent> records = new ExportGenerator(3).generate(20_000);
        // then: one record per publication
        assertThat(numbers(records)).hasSize(records.size());
        // A and B of one CN application share the number and the family
        Patent granted = records.stream().filter(p -> "CN".equals(p.office()) && "B".equals(p.kindCode())).findFirst().orElseThrow();
        String a = granted.publicationNumber().replaceFirst("B$", "A");
        assertThat(granted.familyMembers()).contains(a, granted.publicationNumber());
        // offices, kinds and types that an analyst expects in a power-battery set
        Set<String> offices = new HashSet<>();
        Set<String> cnKinds = new HashSet<>();
        for (Patent p : records) {
            offices.add(p.office());
            if ("CN".equals(p.office())) {
                cnKinds.add(p.kindCode());
            }
            assertThat(p.publicationDate()).isAfterOrEqualTo(p.applicationDate()).isBeforeOrEqualTo(ExportGenerator.CUTOFF);
            assertThat(p.familyMembers()).contains(p.publicationNumber());
            assertThat(p.familySize()).isEqualTo(p.familyMembers().size());
            assertThat(p.inventors()).hasSizeLessThanOrEqualTo(6);
            assertThat(p.mainIpc()).isEqualTo(p.ipc().get(0));
        }
        assertThat(offices).contains("CN", "US", "EP", "JP", "KR", "WO");
        assertThat(cnKinds).contains("A", "B", "U");
        long cn = records.stream().filter(p -> "CN".equals(p.office())).count();
        assertThat(cn).isBetween(records.size() / 2L, records.size() * 9L / 10);
        assertThat(records.stream().filter(p -> p.applicants().contains("宁德时代新能源科技股份有限公司"))).isNotEmpty();
        assertThat(records.stream().filter(p -> p.applicantProvinces().contains("四川省"))).isNotEmpty();
    }

    @Test
    void xlsxOnlyForVendorsThatExportWorkbooks() {
        assertThatThrownBy(() -> new Options(Layout.LENS, Format.XLSX, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CSV only");
        assertThat(new Options(Layout.PATSNAP, Format.CSV, null).encoding()).isEqualTo(Encoding.UTF_8_BOM);
    }

    static Stream<Arguments> layouts() {
        return Stream.of(
                Arguments.of(Layout.INCOPAT, Format.CSV, null, "incopat.csv"),
                Arguments.of(Layout.INCOPAT, Format.XLSX, null, "incopat.xlsx"),
                Arguments.of(Layout.PATSNAP, Format.CSV, Encoding.UTF_8_BOM, "patsnap.csv"),
                Arguments.of(Layout.PATSNAP, Format.CSV, Encoding.GB18030, "patsnap_gbk.csv"),
                Arguments.of(Layout.PATSNAP, Format.XLSX, null, "patsnap.xlsx"),
                Arguments.of(Layout.LENS, Format.CSV, null, "lens.csv"),
                Arguments.of(Layout.GOOGLE_PATENTS, Format.CSV, null, "gp-search.csv"));
    }

    @ParameterizedTest(name = "{3}")
    @MethodSource("layouts")
    void ingestReadsBackWhatWasGenerated(Layout layout, Format format, Encoding encoding, String name, @TempDir Path dir)
            throws IOException {
        // given
        Path file = dir.resolve(name);
        ExportWriter.Result written = ExportWriter.writeFile(
                new ExportWriter.Request(new Options(layout, format, encoding), 11, 0, N, file));
        List<Patent> expected = new ExportGenerator(11).generate(N);
        IngestService service = new IngestService(LayoutRegistry.builtIn());

        // when
        IngestService.IngestResult result = service.ingest(new IngestService.IngestRequest(List.of(file), dir.resolve("out"),
                false, null));
        FileReport report = result.files().get(0).report();

        // then: detected by its header, every row kept, no unreadable value
        assertThat(written.records()).isEqualTo(N);
        assertThat(report.layout()).isEqualTo(layout.id());
        assertThat(report.read()).isEqualTo(N);
        assertThat(report.kept()).isEqualTo(N);
        assertThat(report.warnings()).isEmpty();
        assertThat(result.kept()).isEqualTo(N);
        if (encoding == Encoding.GB18030) {
            assertThat(report.encoding()).startsWith("GB18030");
        }
        // and the fields the layout carries come back as generated
        List<CSVRecord> rows = records(dir.resolve("out/records.csv"));
        assertThat(rows).hasSize(N);
        for (int i = 0; i < N; i++) {
            Patent want = expected.get(i);
            CSVRecord row = rows.get(i);
            for (Field f : fields(layout)) {
                if (skip(layout, f, want)) {
                    continue;
                }
                Object got = CanonicalColumns.parse(f, row.get(f.key()));
                assertThat(got).as("%s row %d %s", name, i + 1, f.key()).isEqualTo(expectedValue(layout, f, want));
            }
        }
    }

    /** The canonical fields each layout's file carries. */
    private static Set<Field> fields(Layout layout) {
        Set<Field> chinese = EnumSet.complementOf(EnumSet.of(Field.SOURCE_ID, Field.URL));
        return switch (layout) {
            case INCOPAT -> chinese;
            case PATSNAP -> {
                Set<Field> s = EnumSet.copyOf(chinese);
                s.remove(Field.VALUE_SCORE);
                yield s;
            }
            case LENS -> EnumSet.of(Field.PUBLICATION_NUMBER, Field.OFFICE, Field.KIND_CODE, Field.SOURCE_ID,
                    Field.APPLICATION_DATE, Field.PUBLICATION_DATE, Field.PRIORITY_DATE, Field.TITLE, Field.ABSTRACT,
                    Field.APPLICANTS, Field.INVENTORS, Field.CURRENT_OWNERS, Field.PATENT_TYPE, Field.LEGAL_STATUS,
                    Field.CITES_COUNT, Field.CITED_BY_COUNT, Field.FAMILY_SIZE, Field.FAMILY_MEMBERS, Field.FAMILY_OFFICES,
                    Field.CPC, Field.IPC);
            case GOOGLE_PATENTS -> EnumSet.of(Field.PUBLICATION_NUMBER, Field.OFFICE, Field.KIND_CODE, Field.TITLE,
                    Field.APPLICANTS, Field.INVENTORS, Field.PRIORITY_DATE, Field.APPLICATION_DATE, Field.PUBLICATION_DATE,
                    Field.GRANT_DATE, Field.PATENT_TYPE);
        };
    }

    /** Fields a layout carries only sometimes: Patsnap's counts come from its event list, Lens owners only on grants. */
    private static boolean skip(Layout layout, Field f, Patent p) {
        if (layout == Layout.PATSNAP && isCount(f)) {
            return p.legalEvents().isEmpty();
        }
        return layout == Layout.LENS && f == Field.CURRENT_OWNERS && p.grantDate() == null;
    }

    private static boolean isCount(Field f) {
        return f == Field.TRANSFER_COUNT || f == Field.LICENCE_COUNT || f == Field.PLEDGE_COUNT || f == Field.LITIGATION_COUNT;
    }


    /** What the file says for a field, where the vendor words it differently from the generated record. */
    private static Object expectedValue(Layout layout, Field f, Patent p) {
        if (layout == Layout.PATSNAP && isCount(f)) {
            // Patsnap lists event types, not occurrences: two transfers read as one
            Integer n = (Integer) p.get(f);
            return n == null ? null : Math.min(n, 1);
        }
        if (layout == Layout.LENS) {
            switch (f) {
                case SOURCE_ID:
                    return Numbers.lensId(p.publicationNumber());
                case FAMILY_MEMBERS:
                    return p.familyMembers().stream().map(Numbers::lensId).toList();
                case PRIORITY_DATE:
                    return p.priorityDate() != null ? p.priorityDate() : p.applicationDate();
                default:
                    break;
            }
        }
        if (layout == Layout.GOOGLE_PATENTS && f == Field.PRIORITY_DATE) {
            return p.priorityDate() != null ? p.priorityDate() : p.applicationDate();
        }
        return p.get(f);
    }

    private static byte[] csv(Options options, long seed, int n) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ExportWriter(options).write(new ExportGenerator(seed).iterator(), n, out);
        return out.toByteArray();
    }

    private static Set<String> numbers(List<Patent> records) {
        Set<String> s = new HashSet<>();
        records.forEach(p -> s.add(p.publicationNumber()));
        return s;
    }

    private static List<CSVRecord> records(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            return new ArrayList<>(p.getRecords());
        }
    }
}
