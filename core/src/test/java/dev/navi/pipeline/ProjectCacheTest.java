package dev.navi.pipeline;

import dev.navi.clean.CleanRecord;
import dev.navi.clean.ResolvedApplicant;
import dev.navi.project.ProjectLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The clean cache inside a run: every output file is the same byte for byte whether the cleaned records come from the
 * inputs or from the cache, and a changed input byte or a changed alias is never answered from the cache.
 */
class ProjectCacheTest {
    private static final Path SAMPLE = Path.of("..", "samples", "nev-battery");
    private static final String LEADER = "宁德时代新能源科技股份有限公司";

    /** A project of the sample's Lens export and map, with an alias table that puts the leader in a group. */
    private static Path project(Path dir, String group) throws IOException {
        Files.copy(SAMPLE.resolve("exports").resolve("lens_nev_battery.csv"), dir.resolve("lens.csv"));
        Files.copy(SAMPLE.resolve("chain-map.yaml"), dir.resolve("chain-map.yaml"));
        aliases(dir, group);
        Files.writeString(dir.resolve("navi.yaml"), String.join("\n",
                "name: cache test",
                "inputs: [lens.csv]",
                "map: chain-map.yaml",
                "aliases: aliases.csv",
                "region: {name: 四川省}",
                "period: {from: 2010, to: 2024}",
                "cutoff: 2025-06-30",
                "outputs: [json, xlsx]", ""));
        return dir.resolve("navi.yaml");
    }

    private static void aliases(Path dir, String group) throws IOException {
        Files.writeString(dir.resolve("aliases.csv"), "variant,standard,group\n" + LEADER + "," + LEADER + "," + group + "\n");
    }

    /** The stages a run went through. */
    private static final class Stages implements PipelineListener {
        final List<Stage> seen = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();

        @Override
        public void stage(Stage stage, long total) {
            seen.add(stage);
        }

        @Override
        public void warn(String message) {
            warnings.add(message);
        }
    }

    private static MetricsPipeline.Result run(Path projectFile, Path out, boolean cache, Stages stages) {
        return run(projectFile, out, cache, stages, Set.of("json"));
    }

    private static MetricsPipeline.Result run(Path projectFile, Path out, boolean cache, Stages stages, Set<String> outputs) {
        return MetricsPipeline.execute(ProjectLoader.load(projectFile), out, new MetricsPipeline.Options(outputs,
                LocalDate.of(2026, 1, 1), "test", stages, false, cache));
    }

    /** Every file of an output folder, by relative path, as bytes. */
    private static TreeMap<String, byte[]> files(Path dir) throws IOException {
        TreeMap<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return out;
    }

    private static void assertSameFiles(Path a, Path b) throws IOException {
        TreeMap<String, byte[]> fa = files(a);
        TreeMap<String, byte[]> fb = files(b);
        assertThat(fb.keySet()).isEqualTo(fa.keySet()).contains("results.json", "atlas.xlsx", "manifest.json");
        fa.forEach((name, bytes) -> assertThat(fb.get(name)).as(name).isEqualTo(bytes));
    }

    private static String groupOfLeader(MetricsPipeline.Result r) {
        for (CleanRecord c : r.clean().records()) {
            for (ResolvedApplicant a : c.applicants()) {
                if (a.exported().equals(LEADER)) {
                    return a.group();
                }
            }
        }
        throw new AssertionError("no record of " + LEADER);
    }

    @Test
    void outputsAreByteIdenticalWithAndWithoutTheCache(@TempDir Path dir) throws IOException {
        // given
        Path projectFile = project(dir, "CATL GROUP");

        // when: without the cache, then twice with it (the first stores, the second reads)
        Stages none = new Stages();
        Set<String> outputs = Set.of("json", "xlsx"); // the workbook's data sheet holds every field of every record
        run(projectFile, dir.resolve("without"), false, none, outputs);
        Stages first = new Stages();
        run(projectFile, dir.resolve("first"), true, first, outputs);
        Stages second = new Stages();
        MetricsPipeline.Result warm = run(projectFile, dir.resolve("second"), true, second, outputs);

        // then
        assertThat(none.seen).contains(PipelineListener.Stage.READ).doesNotContain(PipelineListener.Stage.CACHE);
        assertThat(dir.resolve("without").resolve(".navi-cache")).doesNotExist();
        assertThat(first.seen).contains(PipelineListener.Stage.CACHE, PipelineListener.Stage.READ,
                PipelineListener.Stage.CACHE_STORE);
        assertThat(second.seen).contains(PipelineListener.Stage.CACHE).doesNotContain(PipelineListener.Stage.READ);
        assertThat(dir.resolve(".navi-cache")).isDirectory();
        assertThat(groupOfLeader(warm)).isEqualTo("CATL GROUP");
        assertSameFiles(dir.resolve("without"), dir.resolve("first"));
        assertSameFiles(dir.resolve("without"), dir.resolve("second"));
    }

    @Test
    void aChangedInputByteOrAliasIsNeverAnsweredFromTheCache(@TempDir Path dir) throws IOException {
        // given: a run that stored the cache
        Path projectFile = project(dir, "CATL GROUP");
        run(projectFile, dir.resolve("stored"), true, new Stages());

        // when: one byte of the export changes (same size, same time stamp): the first title 一种液冷板 → 丁种液冷板
        Path lens = dir.resolve("lens.csv");
        byte[] bytes = Files.readAllBytes(lens);
        byte[] from = "一种液冷板".getBytes(StandardCharsets.UTF_8);
        byte[] to = "丁种液冷板".getBytes(StandardCharsets.UTF_8);
        int at = indexOf(bytes, from);
        assertThat(at).isPositive();
        int differing = 0;
        for (int i = 0; i < from.length; i++) {
            differing += from[i] != to[i] ? 1 : 0;
            bytes[at + i] = to[i];
        }
        assertThat(differing).isEqualTo(1);
        FileTime time = Files.getLastModifiedTime(lens);
        Files.write(lens, bytes);
        Files.setLastModifiedTime(lens, time);
        Stages afterByte = new Stages();
        MetricsPipeline.Result changed = run(projectFile, dir.resolve("byte"), true, afterByte);

        // then: read from the inputs, and the changed title is there
        assertThat(afterByte.seen).contains(PipelineListener.Stage.READ);
        assertThat(changed.clean().records()).anyMatch(c -> "丁种液冷板".equals(c.patent().title()));

        // when: one alias changes
        aliases(dir, "CATL HOLDING");
        Stages afterAlias = new Stages();
        MetricsPipeline.Result realiased = run(projectFile, dir.resolve("alias"), true, afterAlias);

        // then: read from the inputs again, with the new group
        assertThat(afterAlias.seen).contains(PipelineListener.Stage.READ);
        assertThat(groupOfLeader(realiased)).isEqualTo("CATL HOLDING");

        // and a run that changes only what comes after cleaning (the period) is answered from the cache
        Files.writeString(projectFile, Files.readString(projectFile).replace("from: 2010", "from: 2015"));
        Stages afterPeriod = new Stages();
        MetricsPipeline.Result period = run(projectFile, dir.resolve("period"), true, afterPeriod);
        assertThat(afterPeriod.seen).contains(PipelineListener.Stage.CACHE).doesNotContain(PipelineListener.Stage.READ);
        assertThat(period.set().fromYear()).isEqualTo(2015);
        assertThat(groupOfLeader(period)).isEqualTo("CATL HOLDING");
    }

    @Test
    void aCacheThatCannotBeWrittenIsAWarningAndTheRunCompletes(@TempDir Path dir) throws IOException {
        // given: a file where the cache folder would go
        Path projectFile = project(dir, "CATL GROUP");
        Files.writeString(dir.resolve(".navi-cache"), "not a folder");

        // when: the store, written beside the run, fails
        Stages stages = new Stages();
        MetricsPipeline.Result r = run(projectFile, dir.resolve("out"), true, stages);

        // then: one warning naming the folder, the outputs written, and the next run reads the inputs again
        assertThat(stages.warnings).singleElement().asString().contains(".navi-cache", "the clean cache was not written");
        assertThat(dir.resolve("out").resolve("results.json")).isRegularFile();
        assertThat(r.clean().recordsOut()).isPositive();
        Stages again = new Stages();
        run(projectFile, dir.resolve("again"), true, again);
        assertThat(again.seen).contains(PipelineListener.Stage.READ);
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
