package dev.navi.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.navi.cli.MainTest.fixture;
import static org.assertj.core.api.Assertions.assertThat;

class CleanCommandTest {
    @Test
    void cleanWritesItsFilesAndASummaryScriptsCanRead(@TempDir Path dir) throws IOException {
        // given the incoPat fixture twice (GBK and half-width copies share CN114123456A) and exclusion rules
        Path rules = dir.resolve("rules.yaml");
        Files.writeString(rules, "exclude:\n  patentTypes: [utility_model]\n");
        Path out = dir.resolve("out");
        // when
        CliRun r = CliRun.of("clean", fixture("gbk_incopat.csv").toString(), fixture("halfwidth_incopat.csv").toString(),
                "--out", out.toString(), "--exclude", rules.toString(), "--unit", "publication");
        // then
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("records in      3").contains("merged          same publication number: 1")
                .contains("excluded        patent type: 1").contains("records out     1, counted by publication");
        JsonNode s = new ObjectMapper().readTree(Files.readString(out.resolve("clean-summary.json")));
        assertThat(s.get("recordsIn").asLong()).isEqualTo(3);
        assertThat(s.get("recordsOut").asLong()).isEqualTo(1);
        assertThat(s.get("unit").asText()).isEqualTo("publication");
        assertThat(s.get("duplicatesMerged").get("same publication number").asLong()).isEqualTo(1);
        assertThat(s.get("balanced").asBoolean()).isTrue();
        List<String> removed = Files.readAllLines(out.resolve("removed.csv"));
        assertThat(removed).hasSize(3);
        assertThat(removed.get(1)).contains("CN114123456A").contains("merged");
        assertThat(removed.get(2)).contains("CN215123456U").contains("excluded").contains("patent type utility_model");
        assertThat(Files.readAllLines(out.resolve("ingest-rejects.csv"))).hasSize(2); // header + the row with no number
    }

    @Test
    void projectFileGivesInputsUnitAndRules(@TempDir Path out) throws IOException {
        CliRun r = CliRun.of("clean", "--config", Path.of("..", "samples", "nev-battery", "navi.yaml").toString(), "--out",
                out.toString(), "--json");
        assertThat(r.exitCode()).isZero();
        JsonNode s = new ObjectMapper().readTree(r.out());
        assertThat(s.get("recordsIn").asLong()).isEqualTo(3000);
        assertThat(s.get("unit").asText()).isEqualTo("family");
        assertThat(s.get("unitReason").asText()).contains("project file");
        // command-line options win over the project file
        CliRun pub = CliRun.of("clean", "--config", Path.of("..", "samples", "nev-battery", "navi.yaml").toString(), "--out",
                out.toString(), "--unit", "publication", "--json");
        assertThat(new ObjectMapper().readTree(pub.out()).get("recordsOut").asLong()).isEqualTo(2000);
        assertThat(CliRun.of("clean", "--out", out.toString()).exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void anEditedClusterTableIsAppliedOnTheNextRun(@TempDir Path dir) throws IOException {
        // given a first run and its review table
        Path first = dir.resolve("first");
        String sample = Path.of("..", "samples", "nev-battery", "navi.yaml").toString();
        assertThat(CliRun.of("clean", "--config", sample, "--out", first.toString(), "-q").exitCode()).isZero();
        List<String> table = Files.readAllLines(first.resolve("applicant-clusters.csv"));
        // when the analyst renames the first cluster's standard name and group
        String[] cells = table.get(1).split(",", -1);
        String oldStandard = cells[1];
        List<String> edited = new java.util.ArrayList<>(table.subList(0, 1));
        for (String line : table.subList(1, table.size())) {
            if (line.startsWith(cells[0] + ",")) {
                String[] c = line.split(",", -1);
                c[1] = "审核后的标准名";
                c[2] = "审核后的集团";
                line = String.join(",", c);
            }
            edited.add(line);
        }
        Path reviewed = dir.resolve("reviewed-clusters.csv");
        Files.write(reviewed, edited);
        Path second = dir.resolve("second");
        // then the next run uses the analyst's names
        CliRun r = CliRun.of("clean", "--config", sample, "--out", second.toString(), "--aliases", reviewed.toString(), "-q");
        assertThat(r.exitCode()).isZero();
        String cleaned = Files.readString(second.resolve("cleaned.csv"));
        assertThat(cleaned).contains("审核后的标准名").contains("审核后的集团");
        assertThat(oldStandard).isNotBlank();
    }

    @Test
    void unknownUnitIsAUsageError() {
        CliRun r = CliRun.of("clean", fixture("gbk_incopat.csv").toString(), "--out", "x", "--unit", "patent");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err().toLowerCase(java.util.Locale.ROOT)).contains("family").contains("application").contains("publication");
    }

    @Test
    void badRulesFileIsAnInputError(@TempDir Path dir) throws IOException {
        Path rules = dir.resolve("rules.yaml");
        Files.writeString(rules, "exclude:\n  colour: [red]\n");
        CliRun r = CliRun.of("clean", fixture("gbk_incopat.csv").toString(), "--out", dir.resolve("o").toString(),
                "--exclude", rules.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(r.err()).contains("rules.yaml").contains("unknown rule 'colour'");
    }
}
