package dev.navi.clean;

import dev.navi.model.Field;
import dev.navi.model.Patent;
import dev.navi.model.Provenance;
import dev.navi.text.StringIndex;
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
        // the groups formed: the numbers carried by more than one record
        assertThat(g.formed()).isEqualTo(expected.values().stream().filter(m -> m.size() > 1).count()).isPositive();
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

    @Test
    void stringIndexAnswersAsAHashMapWithPutIfAbsentDoes() {
        // given a small index that must grow many times, keys repeating, and keys whose hashes collide (Aa, BB)
        StringIndex index = new StringIndex(4);
        Map<String, Integer> expected = new HashMap<>();
        Random rnd = new Random(11);
        for (int i = 0; i < 50_000; i++) {
            String key = i % 1000 == 0 ? (i % 2000 == 0 ? "Aa" : "BB") : "US" + rnd.nextInt(30_000) + "A";
            // when a key is put
            int had = index.putIfAbsent(new String(key), i);
            Integer was = expected.putIfAbsent(key, i);
            // then it answers the value a HashMap already had, or -1 where the HashMap had none
            assertThat(had).isEqualTo(was == null ? -1 : was);
        }
        assertThat(index.size()).isEqualTo(expected.size());
        expected.forEach((k, v) -> assertThat(index.get(k)).isEqualTo(v));
        assertThat(index.get("no such key")).isEqualTo(-1);
        assertThat(index.get("Aa")).isZero();
        assertThat(index.get("BB")).isEqualTo(1000);
        assertThatThrownBy(() -> index.putIfAbsent("x", -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void mergedExtraValuesAreEachColumnsFirstValueInInputOrder() {
        // given two rows of one publication: the same columns, another column in the second, and a column the first
        // row leaves null
        Provenance a = new Provenance("a.csv", null, 2, "lens");
        Provenance b = new Provenance("b.csv", null, 5, "lens");
        Map<String, String> firstColumns = new java.util.LinkedHashMap<>();
        firstColumns.put("#", "1");
        firstColumns.put("Sequence Count", "0");
        Patent first = Patent.builder().publicationNumber("CN1A").extra(firstColumns).provenance(a).build();
        Patent same = Patent.builder().publicationNumber("CN1A").extra(Map.of("#", "7")).provenance(b).build();
        Patent wider = Patent.builder().publicationNumber("CN1A").extra(Map.of("#", "7", "Has Full Text", "yes"))
                .provenance(b).build();
        Map<String, String> withNull = new java.util.LinkedHashMap<>();
        withNull.put("#", null);
        withNull.put("Sequence Count", "0");
        Patent nullFirst = Patent.builder().publicationNumber("CN1A").extra(withNull).provenance(a).build();

        // when they are merged, then: the first row's map as it is where it covers every column
        Merge.Result m1 = Merge.of(List.of(first, same), List.of("a.csv:2", "b.csv:5"));
        assertThat(m1.patent().extra()).isSameAs(first.extra()).containsExactly(Map.entry("#", "1"),
                Map.entry("Sequence Count", "0"));
        // a column only the second row has comes after the first row's
        Merge.Result m2 = Merge.of(List.of(first, wider), List.of("a.csv:2", "b.csv:5"));
        assertThat(m2.patent().extra()).containsExactly(Map.entry("#", "1"), Map.entry("Sequence Count", "0"),
                Map.entry("Has Full Text", "yes"));
        // and a null value of the first row gives way to the second row's
        Merge.Result m3 = Merge.of(List.of(nullFirst, same), List.of("a.csv:2", "b.csv:5"));
        assertThat(m3.patent().extra()).containsExactly(Map.entry("#", "7"), Map.entry("Sequence Count", "0"));
    }
}
