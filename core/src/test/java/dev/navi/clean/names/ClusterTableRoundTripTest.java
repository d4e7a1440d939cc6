package dev.navi.clean.names;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ClusterTableRoundTripTest {

    @TempDir
    Path dir;

    @Test
    void analystEditsAreReappliedAsAliasRows() throws IOException {
        // given: a first clustering
        Map<String, Long> names = new LinkedHashMap<>();
        names.put("ACME TECH INC", 10L);
        names.put("Acme Technologies, Inc.", 4L);
        names.put("ACME ROBOTICS GMBH", 3L);
        names.put("深圳艾克米科技有限公司", 6L);
        List<Cluster> first = new NameClusterer(AliasTable.empty()).cluster(names);
        Path table = dir.resolve("clusters.csv");
        ClusterTableWriter.write(first, table);
        List<String> lines = Files.readAllLines(table, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("\uFEFFcluster id,standard name,group,type,member name,member count,rule,linked to");
        assertThat(lines).hasSize(1 + 4);

        // when: the analyst renames the Acme cluster, puts the Chinese name and the robotics firm into it as
        // separate applicants of one group
        StringBuilder edited = new StringBuilder();
        for (String line : lines) {
            String l = line.replace("ACME TECH INC,ACME TECH INC", "Acme Technologies Inc.,Acme Group");
            if (l.contains("ACME ROBOTICS GMBH,ACME ROBOTICS GMBH")) {
                l = l.replace("ACME ROBOTICS GMBH,ACME ROBOTICS GMBH", "ACME ROBOTICS GMBH,Acme Group");
            }
            if (l.contains("深圳艾克米科技有限公司,深圳艾克米科技有限公司")) {
                l = l.replace("深圳艾克米科技有限公司,深圳艾克米科技有限公司", "Acme Technologies Inc.,Acme Group");
            }
            edited.append(l).append('\n');
        }
        Path reviewed = Files.writeString(dir.resolve("reviewed.csv"), edited.toString(), StandardCharsets.UTF_8);
        AliasTable aliases = AliasTable.fromReviewedClusters(reviewed);
        List<Cluster> second = new NameClusterer(AliasTable.starter().overriddenBy(aliases)).cluster(names);

        // then
        assertThat(ClusterTableReader.read(reviewed)).hasSize(4);
        assertThat(second).hasSize(2);
        Cluster acme = second.get(0);
        assertThat(acme.standardName()).isEqualTo("Acme Technologies Inc.");
        assertThat(acme.group()).isEqualTo("Acme Group");
        assertThat(acme.members()).extracting(Cluster.Member::name)
                .containsExactly("ACME TECH INC", "深圳艾克米科技有限公司", "Acme Technologies, Inc.");
        assertThat(acme.members()).extracting(Cluster.Member::rule).containsOnly("alias table");
        assertThat(second.get(1).standardName()).isEqualTo("ACME ROBOTICS GMBH");
        assertThat(second.get(1).group()).isEqualTo("Acme Group");
    }

    @Test
    void writingIsDeterministic() throws IOException {
        // given
        Map<String, Long> names = Map.of("B Corp", 2L, "b corp.", 1L, "A Inc", 3L);
        List<Cluster> clusters = new NameClusterer(AliasTable.empty()).cluster(names);
        ByteArrayOutputStream a = new ByteArrayOutputStream();
        ByteArrayOutputStream b = new ByteArrayOutputStream();

        // when
        ClusterTableWriter.write(clusters, a);
        ClusterTableWriter.write(new NameClusterer(AliasTable.empty()).cluster(new LinkedHashMap<>(names)), b);

        // then
        assertThat(a.toByteArray()).isEqualTo(b.toByteArray());
    }
}
