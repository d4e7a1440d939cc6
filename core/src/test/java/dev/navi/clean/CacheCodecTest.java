package dev.navi.clean;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The codec's strings and dates: Latin-1 and wider text of every length (within and beyond its 64 KiB buffer) reads
 * back equal, in one byte or two per character as written; dates read back equal, those from 1900 to 2100 as shared
 * instances.
 */
class CacheCodecTest {
    private static String repeat(String unit, int length) {
        StringBuilder b = new StringBuilder(length);
        while (b.length() < length) {
            b.append(unit);
        }
        return b.substring(0, length);
    }

    @Test
    void textOfEveryWidthAndLengthReadsBackEqual() throws IOException {
        // given: inline strings (slot MISC goes through the table only up to 200 characters) around the buffer's size
        List<String> texts = new ArrayList<>(List.of("", "a", "é ü ß", "宁德时代", "Müller 电池 GmbH", "\uD83D\uDD0B cell"));
        for (int n : new int[] {199, 201, 32_767, 32_768, 65_536, 70_001}) {
            texts.add(repeat("battery é ", n));
            texts.add(repeat("一种液冷板 ", n));
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CacheCodec.Out out = new CacheCodec.Out(bytes);

        // when
        for (String t : texts) {
            out.string(t);
        }
        out.string((String) null);
        out.flush();
        CacheCodec.In in = new CacheCodec.In(new ByteArrayInputStream(bytes.toByteArray()));

        // then
        for (String t : texts) {
            assertThat(in.string()).isEqualTo(t);
        }
        assertThat(in.string()).isNull();
    }

    @Test
    void latinTextTakesOneBytePerCharacterAndChineseTwo() throws IOException {
        ByteArrayOutputStream latin = new ByteArrayOutputStream();
        CacheCodec.Out a = new CacheCodec.Out(latin);
        a.string(repeat("é", 1000));
        a.flush();
        ByteArrayOutputStream chinese = new ByteArrayOutputStream();
        CacheCodec.Out b = new CacheCodec.Out(chinese);
        b.string(repeat("电", 1000));
        b.flush();
        // a tag (1 byte), the length varint (2000 or 2001: 2 bytes), the characters
        assertThat(latin.size()).isEqualTo(1 + 2 + 1000);
        assertThat(chinese.size()).isEqualTo(1 + 2 + 2000);
    }

    @Test
    void datesReadBackEqualAndSharedWithinTheirRange() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CacheCodec.Out out = new CacheCodec.Out(bytes);
        List<LocalDate> dates = List.of(LocalDate.of(2021, 12, 24), LocalDate.of(2021, 12, 24), LocalDate.of(1899, 12, 31),
                LocalDate.of(1900, 1, 1), LocalDate.of(2100, 12, 31), LocalDate.of(2101, 1, 1), LocalDate.of(-5, 3, 1));
        for (LocalDate d : dates) {
            CacheCodec.date(out, d);
        }
        CacheCodec.date(out, null);
        out.flush();
        CacheCodec.In in = new CacheCodec.In(new ByteArrayInputStream(bytes.toByteArray()));
        List<LocalDate> back = new ArrayList<>();
        for (int i = 0; i < dates.size(); i++) {
            back.add(in.date());
        }
        assertThat(back).isEqualTo(dates);
        assertThat(in.date()).isNull();
        assertThat(back.get(0)).isSameAs(back.get(1));
    }

    @Test
    void theStringTableGivesEachDistinctStringOneIdInOrderOfFirstSight() {
        CacheCodec.StringIds ids = new CacheCodec.StringIds();
        // 200,000 distinct strings (the table grows several times), each seen twice, the second time as an equal copy
        for (int i = 0; i < 200_000; i++) {
            assertThat(ids.idOrAdd("name " + i)).isEqualTo(-1);
        }
        for (int i = 0; i < 200_000; i++) {
            assertThat(ids.idOrAdd(new String("name " + i))).isEqualTo(i);
        }
        assertThat(ids.size()).isEqualTo(200_000);
        // strings whose hashes collide (Aa and BB) still get their own ids
        assertThat(ids.idOrAdd("Aa")).isEqualTo(-1);
        assertThat(ids.idOrAdd("BB")).isEqualTo(-1);
        assertThat(ids.idOrAdd("BB")).isEqualTo(200_001);
        assertThat(ids.idOrAdd("Aa")).isEqualTo(200_000);
    }

    @Test
    void theListTableGivesEachDistinctListOneIdInOrderOfFirstSight() {
        CacheCodec.Ids<List<String>> ids = new CacheCodec.Ids<>();
        // 100,000 distinct lists (the table grows past its 65,536 slots), each seen twice, the second time as an equal copy
        for (int i = 0; i < 100_000; i++) {
            assertThat(ids.idOrAdd(List.of("H01M", "H01M" + i))).isEqualTo(-1);
        }
        for (int i = 0; i < 100_000; i++) {
            assertThat(ids.idOrAdd(new java.util.ArrayList<>(List.of("H01M", "H01M" + i)))).isEqualTo(i);
        }
        assertThat(ids.size()).isEqualTo(100_000);
        // lists whose hashes collide (["Aa"] and ["BB"]) still get their own ids
        assertThat(List.of("Aa").hashCode()).isEqualTo(List.of("BB").hashCode());
        assertThat(ids.idOrAdd(List.of("Aa"))).isEqualTo(-1);
        assertThat(ids.idOrAdd(List.of("BB"))).isEqualTo(-1);
        assertThat(ids.idOrAdd(List.of("BB"))).isEqualTo(100_001);
        assertThat(ids.idOrAdd(List.of("Aa"))).isEqualTo(100_000);
    }

    @Test
    void fieldSourcesReadBackAsTheRecordsOwnSources() throws IOException {
        // given a merged record: two fields from its first row, one from its second (an equal copy of the string, not
        // the same instance), one from a row it does not list
        String first = "a.csv:2";
        String second = "b.csv:5";
        String[] byField = new String[dev.navi.model.Field.values().length];
        byField[dev.navi.model.Field.TITLE.ordinal()] = first;
        byField[dev.navi.model.Field.APPLICATION_DATE.ordinal()] = first;
        byField[dev.navi.model.Field.LEGAL_STATUS.ordinal()] = new String(second);
        byField[dev.navi.model.Field.URL.ordinal()] = "c.csv:9";
        dev.navi.model.Patent p = dev.navi.model.Patent.builder().publicationNumber("CN1A")
                .provenance(new dev.navi.model.Provenance("a.csv", null, 2, "lens")).build();
        CleanRecord r = new CleanRecord(p, "P:CN1A", List.of("CN1A"), List.of(first, second), new FieldSources(byField),
                List.of());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CacheCodec.Out out = new CacheCodec.Out(bytes);

        // when
        CacheCodec.writeRecord(out, r);
        out.flush();
        CleanRecord back = CacheCodec.readRecord(new CacheCodec.In(new ByteArrayInputStream(bytes.toByteArray())));

        // then the same map, in field order, its listed rows as the record's own source strings
        assertThat(List.copyOf(back.fieldSources().entrySet())).isEqualTo(List.copyOf(r.fieldSources().entrySet()));
        assertThat(back.fieldSources().get("title")).isSameAs(back.sources().get(0));
        assertThat(back.fieldSources().get("legalStatus")).isSameAs(back.sources().get(1));
        assertThat(back.fieldSources().get("url")).isEqualTo("c.csv:9");
        assertThat(back).isEqualTo(r);
    }
}
