package dev.navi.clean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CleanWriterTest {
    @Test
    void parallelFormattingWritesTheSameBytesAsSequential(@TempDir Path dir) throws Exception {
        // given more rows than several blocks, with cells that need quoting, line breaks, Chinese text and nulls
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < CleanWriter.BLOCK * 37 + 5; i++) {
            rows.add(new String[] {"CN" + i + "A", i % 3 == 0 ? "a,b" : "plain", i % 5 == 0 ? "line\nbreak \"q\"" : "四川大学 " + i,
                    i % 7 == 0 ? null : ""});
        }
        Path seq = dir.resolve("seq.csv");
        Path par = dir.resolve("par.csv");
        // when
        CleanWriter.writeCsv(seq, List.of("n", "x", "y", "z"), rows, (r, row) -> row.addAll(List.of(r[0], r[1], r[2], String.valueOf(r[3]))), false);
        CleanWriter.writeCsv(par, List.of("n", "x", "y", "z"), rows, (r, row) -> row.addAll(List.of(r[0], r[1], r[2], String.valueOf(r[3]))), true);
        // then
        assertThat(Files.mismatch(seq, par)).isEqualTo(-1L);
        List<String> lines = Files.readAllLines(seq);
        assertThat(lines.get(0)).isEqualTo("n,x,y,z");
        assertThat(lines.get(1)).isEqualTo("CN0A,\"a,b\",\"line");
        assertThat(Files.readString(seq)).endsWith("\n");
    }

    @Test
    void emptyInputWritesTheHeaderOnly(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("e.csv");
        CleanWriter.writeCsv(f, List.of("a", "b"), List.<String>of(), (r, row) -> row.add(r), true);
        assertThat(Files.readString(f)).isEqualTo("a,b\n");
    }
}
