package dev.navi.ingest.table;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TextTableSourceTest {
    /** Collects rows; stops after {@code limit}. */
    private static final class Rows implements RowSink {
        final List<RawRow> rows = new ArrayList<>();
        final int limit;
        int sheets;

        Rows(int limit) {
            this.limit = limit;
        }

        @Override
        public void startSheet(String name) {
            sheets++;
        }

        @Override
        public boolean row(RawRow row) {
            rows.add(row);
            return rows.size() < limit;
        }

        @Override
        public void endSheet() {
        }
    }

    private static List<RawRow> read(Path file, long readAheadFrom, int limit) throws IOException {
        byte[] head = Files.readAllBytes(file);
        TextTableSource s = TextTableSource.open(file, file.getFileName().toString(), head, Math.min(head.length, 64 * 1024), (char) 0)
                .readAheadFrom(readAheadFrom);
        Rows rows = new Rows(limit);
        s.read(rows);
        assertThat(rows.sheets).isEqualTo(1);
        return rows.rows;
    }

    @Test
    void readingAheadOnASecondThreadGivesTheSameRows(@TempDir Path dir) throws IOException {
        // given a CSV with quoted multi-line cells, Chinese text, blank lines and, near the end, a quote that never closes
        StringBuilder b = new StringBuilder("\uFEFF#,Title,Applicants\n");
        for (int i = 1; i <= 5000; i++) {
            b.append(i).append(i % 7 == 0 ? ",\"two\nlines, \"\"quoted\"\"\"" : ",动力电池 " + i).append(",BYD;;CATL\n");
            if (i % 1000 == 0) {
                b.append('\n');
            }
        }
        b.append("5001,\"never closed,x\n5002,last,y\n");
        Path f = dir.resolve("export.csv");
        Files.writeString(f, b, StandardCharsets.UTF_8);
        // when read plainly and with read-ahead
        List<RawRow> plain = read(f, Long.MAX_VALUE, Integer.MAX_VALUE);
        List<RawRow> ahead = read(f, 0, Integer.MAX_VALUE);
        // then the rows are the same, in the same order, broken row included
        assertThat(ahead).isEqualTo(plain);
        assertThat(plain).hasSize(1 + 5000 + 5 + 2); // header, records, blank lines, the broken row and the line after it
        assertThat(plain).anySatisfy(r -> assertThat(r.problem()).startsWith("unterminated quote"));
        // and a sink that stops early stops the reader
        assertThat(read(f, 0, 3)).isEqualTo(plain.subList(0, 3));
    }
}
