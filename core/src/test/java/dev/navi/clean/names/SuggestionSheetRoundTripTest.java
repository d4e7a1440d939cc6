package dev.navi.clean.names;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Review, not magic: uncertain merges go to a sheet, the analyst decides, the sheet comes back as the alias table. */
class SuggestionSheetRoundTripTest {

    @Test
    void anAnalystsSameDecisionMergesOnTheNextRun(@TempDir Path dir) throws Exception {
        // given: two spellings one word apart by two real words, which navi does not merge by itself
        Map<String, Long> names = new TreeMap<>(Map.of("General Electric Company", 116L, "General Electronic Company", 1L,
                "Acme Widgets Inc", 3L));
        NameClusterer.Outcome first = new NameClusterer(AliasTable.starter()).clusterAndSuggest(names, List.of());
        assertThat(first.clusters()).hasSize(3);
        Path sheet = dir.resolve("applicant-merge-suggestions.csv");
        SuggestionSheetWriter.write(first.suggestions(), first.clusters(), sheet);
        List<String> lines = Files.readAllLines(sheet, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).endsWith(String.join(",", SuggestionSheetWriter.HEADER));
        assertThat(lines).hasSize(2);
        // 1 - 2 edits / 10 letters (electric / electronic); an empty decision is written as ""
        assertThat(lines.get(1)).startsWith("\"\",0.800,").contains("General Electric Company,116,")
                .contains("General Electronic Company,1,");

        // when: the analyst writes "same" in the decision column and feeds the sheet back
        Files.writeString(sheet, "\ufeff" + lines.get(0).substring(1) + "\r\nsame" + lines.get(1).substring(2) + "\r\n");
        AliasTable reviewed = AliasTable.starter().overriddenBy(AliasTable.read(sheet));
        List<Cluster> second = new NameClusterer(reviewed).cluster(names);

        // then: one applicant under standard a, the other firm untouched
        assertThat(second).hasSize(2);
        assertThat(second.get(0).standardName()).isEqualTo("General Electric Company");
        assertThat(second.get(0).totalCount()).isEqualTo(117);
    }

    @Test
    void anUnknownDecisionIsALocatedError(@TempDir Path dir) throws Exception {
        Path sheet = dir.resolve("s.csv");
        Files.writeString(sheet, "decision,score,reason,name a,count a,standard a,name b,count b,standard b\n"
                + "maybe,0.9,x,A INC,1,,B INC,1,\n");
        assertThatThrownBy(() -> AliasTable.read(sheet)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("s.csv line 2").hasMessageContaining("decision 'maybe'");
    }
}
