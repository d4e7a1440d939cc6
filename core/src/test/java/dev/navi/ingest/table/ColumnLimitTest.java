package dev.navi.ingest.table;

import dev.navi.ingest.IngestService;
import dev.navi.ingest.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ColumnLimitTest {
    @Test
    void aRowOfAHundredThousandColumnsIsALocatedInputError(@TempDir Path dir) throws IOException {
        Path wide = dir.resolve("wide.csv");
        Files.writeString(wide, "a,b,c\n" + "x,".repeat(99_999) + "x\n");
        assertThatThrownBy(() -> IngestService.withMappings(List.of()).ingest(
                new IngestService.IngestRequest(List.of(wide), dir.resolve("out"), false, null)))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("wide.csv")
                .hasMessageContaining("line 2: 100000 columns; navi reads at most 16384");
    }
}
