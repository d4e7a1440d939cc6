package dev.navi.clean;

import dev.navi.model.Field;
import dev.navi.model.Patent;
import dev.navi.model.Provenance;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The compact forms the clean stage keeps for large runs behave like the plain collections they replace. */
class CompactStructuresTest {
    @Test
    void fieldSourcesIsAMapOfFieldKeysToSharedLocations() {
        // given sources for two fields, both pointing at the same row
        String[] byField = new String[Field.values().length];
        String row = "a.csv:3";
        byField[Field.TITLE.ordinal()] = row;
        byField[Field.APPLICATION_DATE.ordinal()] = row;
        byField[Field.LEGAL_STATUS.ordinal()] = "b.csv:9";
        // when
        Map<String, String> m = new FieldSources(byField);
        // then it equals the map it stands for and iterates in field order
        Map<String, String> expected = Map.of(Field.TITLE.key(), row, Field.APPLICATION_DATE.key(), row,
                Field.LEGAL_STATUS.key(), "b.csv:9");
        assertThat(m).isEqualTo(expected).hasSameHashCodeAs(expected).hasSize(3);
        assertThat(m.keySet()).containsExactly(Field.APPLICATION_DATE.key(), Field.TITLE.key(), Field.LEGAL_STATUS.key());
        assertThat(m.get(Field.TITLE.key())).isSameAs(m.get(Field.APPLICATION_DATE.key()));
        assertThat(m.get("no such field")).isNull();
        assertThat(m.containsKey(Field.ABSTRACT.key())).isFalse();
        assertThat(new TreeMap<>(m)).containsOnlyKeys(expected.keySet());
        assertThatThrownBy(() -> m.put("title", "x")).isInstanceOf(UnsupportedOperationException.class);
        // and a clean record keeps it as it is
        Patent p = Patent.builder().publicationNumber("CN1A").provenance(new Provenance("a.csv", null, 3, "lens")).build();
        CleanRecord c = new CleanRecord(p, "P:CN1A", List.of("CN1A"), List.of(row), m, List.of());
        assertThat(c.fieldSources()).isSameAs(m);
        assertThat(c.withApplicants(List.of()).fieldSources()).isSameAs(m);
    }

    @Test
    void groupingsMatchAPlainUnionOfEqualKeys() {
        // given random records, many sharing publication numbers
        Random rnd = new Random(7);
        List<Patent> records = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            records.add(Patent.builder().publicationNumber("CN" + rnd.nextInt(600) + "A")
                    .provenance(new Provenance("f.csv", null, i + 2, "lens")).build());
        }
        // when
        Deduplicator.Grouping g = Deduplicator.publicationGrouping(records);
        // then every group is exactly the records with one number, groups in order of first appearance
        Map<String, List<Integer>> expected = new java.util.LinkedHashMap<>();
        for (int i = 0; i < records.size(); i++) {
            expected.computeIfAbsent(records.get(i).publicationNumber(), k -> new ArrayList<>()).add(i);
        }
        assertThat(g.size()).isEqualTo(expected.size());
        int k = 0;
        Map<Integer, Integer> groupOf = new HashMap<>();
        for (List<Integer> members : expected.values()) {
            List<Integer> actual = new ArrayList<>();
            for (int j = 0; j < g.sizeOf(k); j++) {
                actual.add(g.member(k, j));
                assertThat(g.rule(k, j)).isEqualTo(j == 0 ? null : "same publication number");
            }
            assertThat(actual).isEqualTo(members);
            members.forEach(i -> groupOf.put(i, groupOf.size()));
            k++;
        }
        assertThat(groupOf).hasSize(records.size());
        // and the list form says the same
        List<Deduplicator.Group> groups = Deduplicator.byPublication(records);
        assertThat(groups).hasSize(g.size());
        assertThat(groups.get(0).members()).hasSize(g.sizeOf(0)).first().isSameAs(records.get(0));
    }
}
