package dev.navi.io;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OutputSetTest {
    /** Thrown by the test hook where a kill -9 would stop the run. */
    static final class Crash extends IOException {
    }

    @AfterEach
    void noHook() {
        OutputSet.steps = s -> { };
    }

    private static void write(OutputSet set, Map<String, String> files) throws IOException {
        for (var e : files.entrySet()) {
            Path f = set.file(e.getKey());
            Files.createDirectories(f.getParent());
            Files.writeString(f, e.getValue());
        }
    }

    private static void run(Path out, Map<String, String> files) throws IOException {
        try (OutputSet set = OutputSet.open(out)) {
            write(set, files);
            set.commit("analyze", "test", List.of(), Map.of("files", files.keySet().toString()));
        }
    }

    private static List<String> siblings(Path out) throws IOException {
        try (Stream<Path> s = Files.list(out.getParent())) {
            return s.map(p -> p.getFileName().toString()).filter(n -> !n.equals(out.getFileName().toString())).sorted().toList();
        }
    }

    static final Map<String, String> OLD = Map.of("results.json", "old", "charts/a.png", "old a", "charts/stale.png", "stale");
    static final Map<String, String> NEW = Map.of("results.json", "new", "charts/a.png", "new a", "tables/t.csv", "t");

    @ParameterizedTest
    @ValueSource(strings = {"manifest", "carried", "ready", "aside", "swapped"})
    void aRunKilledAtAnyStepLeavesTheOldOrTheNewSetAndTheNextRunRepairs(String step, @TempDir Path dir) throws IOException {
        // given a previous set with a file of the user's in charts/
        Path out = dir.resolve("out");
        run(out, OLD);
        Files.writeString(out.resolve("charts/mine.txt"), "user's");

        // when a run dies at the step (no cleanup, lock released as the OS does for a killed process)
        OutputSet.steps = s -> {
            if (s.equals(step)) {
                throw new Crash();
            }
        };
        OutputSet set = OutputSet.open(out);
        write(set, NEW);
        assertThatThrownBy(() -> set.commit("analyze", "test", List.of(), Map.of())).isInstanceOf(Crash.class);
        set.abandon();
        OutputSet.steps = s -> { };

        // then verify (which repairs first) finds one complete set, old before the swap, new after it
        OutputSet.Check c = OutputSet.verify(out);
        assertThat(c.problems()).isEmpty();
        boolean swapped = step.equals("aside") || step.equals("swapped");
        assertThat(Files.readString(out.resolve("results.json"))).isEqualTo(swapped ? "new" : "old");
        assertThat(out.resolve("charts/stale.png").toFile().exists()).isEqualTo(!swapped);
        assertThat(Files.readString(out.resolve("charts/mine.txt"))).isEqualTo("user's");
        assertThat(siblings(out)).containsExactly(".out.navi.lock");
        // and the next run succeeds and keeps the user's file
        run(out, NEW);
        assertThat(OutputSet.verify(out).ok()).isTrue();
        assertThat(Files.readString(out.resolve("charts/mine.txt"))).isEqualTo("user's");
        assertThat(siblings(out)).containsExactly(".out.navi.lock");
    }

    @Test
    void aNewSetHoldsOnlyThisRunsOutputsAndTheUsersFiles(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        run(out, OLD);
        Files.writeString(out.resolve("NOTES.txt"), "mine");
        Files.writeString(out.resolve("charts/a.png"), "edited by the user"); // a navi file changed since: the user's now

        run(out, NEW);

        try (Stream<Path> s = Files.walk(out)) {
            assertThat(s.filter(Files::isRegularFile).map(p -> out.relativize(p).toString()).sorted().toList())
                    .containsExactly("NOTES.txt", "charts/a.png", "charts/a.user.png", "manifest.json", "results.json",
                            "tables/t.csv");
        }
        assertThat(Files.readString(out.resolve("charts/a.user.png"))).isEqualTo("edited by the user");
        assertThat(Files.readString(out.resolve("charts/a.png"))).isEqualTo("new a");
        OutputSet.Check c = OutputSet.verify(out);
        assertThat(c.ok()).isTrue();
        assertThat(c.manifest().files()).extracting(Manifest.Entry::path).containsExactly("charts/a.png", "results.json",
                "tables/t.csv");
        assertThat(c.notes()).contains("NOTES.txt: not navi's (kept, not checked)");
    }

    @Test
    void verifyFailsOnAChangedOrMissingFile(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        run(out, NEW);
        Files.writeString(out.resolve("results.json"), "nex");
        Files.delete(out.resolve("tables/t.csv"));
        OutputSet.Check c = OutputSet.verify(out);
        assertThat(c.ok()).isFalse();
        assertThat(c.problems()).containsExactly("results.json: changed since navi wrote it (SHA-256 differs)",
                "tables/t.csv: missing");
        assertThat(OutputSet.verify(dir.resolve("nothing")).problems()).singleElement().asString().contains("does not exist");
    }

    @Test
    void aFolderOfSomeoneElsesFilesIsRefusedNotSwappedAway(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("thesis.docx"), "years of work");
        assertThatThrownBy(() -> OutputSet.open(dir)).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("already holds files that navi did not write");
        assertThat(Files.readString(dir.resolve("thesis.docx"))).isEqualTo("years of work");
    }

    @Test
    void aSecondRunIntoTheSameFolderIsRefusedWhileTheFirstWrites(@TempDir Path dir) {
        Path out = dir.resolve("out");
        try (OutputSet first = OutputSet.open(out)) {
            assertThatThrownBy(() -> OutputSet.open(out)).hasMessageContaining("another navi run is writing");
        }
    }

    @Test
    void theSameFilesAndOptionsGiveTheSameManifestBytes(@TempDir Path dir) throws IOException {
        run(dir.resolve("a"), NEW);
        run(dir.resolve("b"), NEW);
        assertThat(Files.readAllBytes(dir.resolve("a/manifest.json"))).isEqualTo(Files.readAllBytes(dir.resolve("b/manifest.json")));
    }

    @Test
    void namesInMessagesHaveTheirControlCharactersEscaped() {
        assertThat(Names.escape("a\nnavi: fake\tline\u001b[2J\u202e")).isEqualTo("a\\nnavi: fake\\tline\\x1b[2J\\u202e");
        assertThat(Names.escape("专利 ok.csv")).isEqualTo("专利 ok.csv");
    }
}
