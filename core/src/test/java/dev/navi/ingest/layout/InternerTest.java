package dev.navi.ingest.layout;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class InternerTest {
    @Test
    void sharesRepeatedValuesAndLists() {
        // given equal values made separately, as a parser makes them
        Interner in = new Interner(2);
        String a = in.string(0, new String("BYD Co Ltd"));
        List<String> l1 = in.list(1, List.of(new String("H01M10/44"), new String("H01M10/48")));
        // when the same values come again
        String b = in.string(0, new String("BYD Co Ltd"));
        List<String> l2 = in.list(1, new ArrayList<>(List.of(new String("H01M10/44"), new String("H01M10/48"))));
        // then one instance of each is kept
        assertThat(b).isSameAs(a);
        assertThat(l2).isSameAs(l1).containsExactly("H01M10/44", "H01M10/48");
        assertThat(in.date(LocalDate.of(2020, 1, 2))).isSameAs(in.date(LocalDate.of(2020, 1, 2)));
        assertThat(in.list(0, List.of())).isEmpty();
    }

    @Test
    void turnedOffItPassesValuesThroughAndRemembersNothing() {
        // given an interner turned off (records written out, not kept)
        Interner in = new Interner(2);
        in.enabled(false);
        // when the same values come twice
        String a = in.string(0, new String("BYD Co Ltd"));
        String b = in.string(0, new String("BYD Co Ltd"));
        List<String> parts = new ArrayList<>(List.of("H01M10/44", "H01M10/48"));
        List<String> l1 = in.list(1, parts);
        int[] parsed = {0};
        in.cellList(1, "A;;B", c -> {
            parsed[0]++;
            return List.of("A", "B");
        });
        List<String> again = in.cellList(1, "A;;B", c -> {
            parsed[0]++;
            return List.of("A", "B");
        });
        // then each is its own instance, equal to what came in, and lists are unmodifiable copies
        assertThat(b).isNotSameAs(a).isEqualTo(a);
        assertThat(l1).containsExactly("H01M10/44", "H01M10/48");
        parts.clear();
        assertThat(l1).hasSize(2);
        assertThat(parsed[0]).isEqualTo(2);
        assertThat(again).containsExactly("A", "B");
        LocalDate d = LocalDate.of(2020, 1, 2);
        assertThat(in.date(d)).isSameAs(d);
        // turned on again, it shares as before
        in.enabled(true);
        String c = in.string(0, new String("X"));
        assertThat(in.string(0, new String("X"))).isSameAs(c);
    }

    @Test
    void stopsInterningAColumnWhoseValuesDoNotRepeat() {
        // given a column of unique values (a row number) and one of repeating values
        Interner in = new Interner(2);
        for (int i = 0; i < Interner.WINDOW; i++) {
            in.string(0, Integer.toString(i));
            in.string(1, "value " + (i % 10));
        }
        // then the unique column is passed through, the repeating one is still shared
        String first = in.string(0, new String("0"));
        assertThat(in.string(0, new String("0"))).isNotSameAs(first).isEqualTo("0");
        String v = in.string(1, new String("value 3"));
        assertThat(in.string(1, new String("value 3"))).isSameAs(v);
    }

    @Test
    void longValuesOnlyThroughText() {
        Interner in = new Interner(1);
        String longText = "x".repeat(Interner.MAX_LENGTH + 1);
        assertThat(in.string(0, new String(longText))).isNotSameAs(in.string(0, new String(longText)));
        String t = in.text(0, new String(longText));
        assertThat(in.text(0, new String(longText))).isSameAs(t);
        assertThat(in.text(0, null)).isNull();
    }

    @Test
    void repeatedCellsAreSplitOnceAndGiveTheSameList() {
        // given a parser that counts its calls
        Interner in = new Interner(1);
        int[] calls = {0};
        java.util.function.Function<String, List<String>> parse = cell -> {
            calls[0]++;
            return dev.navi.ingest.parse.Splitter.DOUBLE_SEMICOLON.split(cell);
        };
        // when the same cell comes three times, and another once
        List<String> a = in.cellList(0, new String("884-726-713-436-914;;467-399-439-970-463"), parse);
        List<String> b = in.cellList(0, new String("884-726-713-436-914;;467-399-439-970-463"), parse);
        List<String> c = in.cellList(0, new String("467-399-439-970-463"), parse);
        // then it is parsed once, and the values are those of the parser, elements shared with other cells
        assertThat(b).isSameAs(a).containsExactly("884-726-713-436-914", "467-399-439-970-463");
        assertThat(c).containsExactly("467-399-439-970-463");
        assertThat(c.get(0)).isSameAs(a.get(1));
        assertThat(calls[0]).isEqualTo(2);
        // and past the cache size it still gives the right values
        for (int i = 0; i < Interner.CELL_CACHE_ENTRIES + 10; i++) {
            assertThat(in.cellList(0, "x" + i + ";;y", parse)).containsExactly("x" + i, "y");
        }
        assertThat(in.cellList(0, new String("884-726-713-436-914;;467-399-439-970-463"), parse)).isEqualTo(a);
    }
}
