package dev.navi.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.navi.ingest.layout.LayoutRegistry;
import dev.navi.testing.Fixtures;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class IngestServiceTest {
    private final IngestService service = new IngestService(LayoutRegistry.builtIn());

    private static final List<String> INPUTS = List.of("gbk_incopat.csv", "derwent_banner.csv", "stray_quote_google.csv",
            "patentsview_g_patent.tsv", "utf16_google.csv");

    private IngestService.IngestResult run(Path out) {
        List<Path> files = INPUTS.stream().map(Fixtures::path).toList();
        return service.ingest(new IngestService.IngestRequest(files, out, false, null));
    }

    @Test
    void writesRecordsRejectsAndASummaryThatAddsUp(@TempDir Path out) throws IOException {
        // when
        IngestService.IngestResult r = run(out);
        // then: 3 + 1 + 10 + 2 + 1 rows read; 1 + 1 rejected
        assertThat(r.read()).isEqualTo(17);
        assertThat(r.rejected()).isEqualTo(2);
        assertThat(r.kept()).isEqualTo(15);
        try (Stream<Path> s = Files.list(out)) {
            assertThat(s.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("records.csv", "rejects.csv", "ingest-summary.json");
        }
        List<CSVRecord> records = csv(out.resolve("records.csv"));
        assertThat(records).hasSize(15);
        assertThat(records.get(0).get("publicationNumber")).isEqualTo("CN114123456A");
        assertThat(records.get(0).get("applicants")).isEqualTo("宁德时代新能源科技股份有限公司\n清华大学");
        assertThat(records.get(0).get("sourceLayout")).isEqualTo("incopat");
        assertThat(records.get(0).get("sourceRow")).isEqualTo("2");
        assertThat(records.get(0).get("extra")).contains("\"自定义备注\":\"甲\"");
        List<CSVRecord> rejects = csv(out.resolve("rejects.csv"));
        assertThat(rejects).hasSize(2);
        assertThat(rejects.get(0).get("file")).endsWith("gbk_incopat.csv");
        assertThat(rejects.get(0).get("row")).isEqualTo("4");
        assertThat(rejects.get(0).get("reason")).startsWith("no identifier");
        assertThat(rejects.get(1).get("reason")).startsWith("unterminated quote");

        JsonNode summary = new ObjectMapper().readTree(out.resolve("ingest-summary.json").toFile());
        assertThat(summary.get("read").asLong()).isEqualTo(17);
        assertThat(summary.get("kept").asLong()).isEqualTo(15);
        assertThat(summary.get("rejected").asLong()).isEqualTo(2);
        assertThat(summary.get("balanced").asBoolean()).isTrue();
        assertThat(summary.get("files")).hasSize(5);
        long sumRead = 0;
        for (JsonNode f : summary.get("files")) {
            assertThat(f.get("read").asLong()).isEqualTo(f.get("kept").asLong() + f.get("rejected").asLong());
            assertThat(f.has("path") && f.has("layout")).isTrue();
            sumRead += f.get("read").asLong();
        }
        assertThat(sumRead).isEqualTo(17);
        assertThat(summary.get("files").get(0).get("layout").asText()).isEqualTo("incopat");
    }

    @Test
    void sameInputsGiveByteIdenticalOutputs(@TempDir Path a, @TempDir Path b) throws IOException {
        run(a);
        run(b);
        for (String f : List.of("records.csv", "rejects.csv", "ingest-summary.json")) {
            assertThat(Files.readAllBytes(a.resolve(f))).as(f).isEqualTo(Files.readAllBytes(b.resolve(f)));
        }
    }

    @Test
    void theCanonicalDatasetReadsBackToItself(@TempDir Path first, @TempDir Path second) throws IOException {
        // given a dataset written by ingest
        run(first);
        // when it is ingested again
        IngestService.IngestResult again = service.ingest(new IngestService.IngestRequest(
                List.of(first.resolve("records.csv")), second, false, null));
        // then it is recognised as navi's own format and reproduced exactly, provenance included
        assertThat(again.files().get(0).report().layout()).isEqualTo("navi");
        assertThat(again.kept()).isEqualTo(15);
        assertThat(Files.readString(second.resolve("records.csv"))).isEqualTo(Files.readString(first.resolve("records.csv")));
    }

    @Test
    void rerunReplacesOutputsAndLeavesNoTemporaryFiles(@TempDir Path out) throws IOException {
        Files.writeString(out.resolve("records.csv"), "stale");
        run(out);
        assertThat(Files.readString(out.resolve("records.csv"))).startsWith("publicationNumber,");
        try (Stream<Path> s = Files.list(out)) {
            assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".navi-tmp"));
        }
    }

    @Test
    void lookupTablesAreCopiedNotMixedWithRecords(@TempDir Path dir) throws IOException {
        Path assignees = dir.resolve("assignee.tsv");
        Files.writeString(assignees, "id\ttype\torganization\norg_1\t2\tAcme, Inc.\norg_2\t4\tJohn Smith\n");
        Path out = dir.resolve("out");
        IngestService.IngestResult r = service.ingest(new IngestService.IngestRequest(
                List.of(Fixtures.path("derwent_banner.csv"), assignees), out, false, null));
        assertThat(r.records()).isEqualTo(1);
        assertThat(r.lookupRows()).isEqualTo(2);
        assertThat(r.kept()).isEqualTo(3);
        assertThat(csv(out.resolve("records.csv"))).hasSize(1);
        List<CSVRecord> lookup = csv(out.resolve("lookup").resolve("assignee.csv"));
        assertThat(lookup).hasSize(2);
        assertThat(lookup.get(0).get("organization")).isEqualTo("Acme, Inc.");
    }

    private static List<CSVRecord> csv(Path p) throws IOException {
        try (CSVParser parser = CSVParser.parse(p, StandardCharsets.UTF_8,
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return parser.getRecords();
        }
    }
}
