package dev.navi.pipeline;

import dev.navi.gen.ExportWriter;
import dev.navi.metrics.MetricContext;
import dev.navi.metrics.ModuleResult;
import dev.navi.metrics.direction.ControlWeights;
import dev.navi.metrics.direction.DirectionModule;
import dev.navi.metrics.legal.LegalModule;
import dev.navi.metrics.path.PathModule;
import dev.navi.metrics.positioning.PositioningModule;
import dev.navi.project.ProjectLoader;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The metric modules in one JVM: the metrics stage of a run (the modules' first call, JIT warm-up included), then each
 * module again on the same analysis set, several rounds. The gap between the two is what warm-up costs a run; a change
 * to a module is best compared on the later rounds, which the machine's drift disturbs far less than whole runs.
 * Prints the figures and asserts only that every round gives the same tables.
 *
 * <p>A generated Lens export of {@code navi.bench.records} records (default 100,000) with the bundled sample's map,
 * region and period: {@code scripts/bench-unit -Dtest=MetricModulesBenchmarkTest -Dnavi.bench.records=200000}. The
 * test JVM's heap is the 2 GB of pom.xml's surefire argLine, a little less than a 1,000,000-record run needs (the
 * launcher gives 2.5 GB); for that size raise it there. Measured at 100,000 records on the 2-core machine: the run's
 * metrics stage 2.35 s, the later rounds 0.65 s.
 */
@Tag("benchmark")
class MetricModulesBenchmarkTest {
    private static final Path SAMPLE = Path.of("..", "samples", "nev-battery");

    @Test
    void printsTheFirstCallAndTheLaterRoundsOfEachModule(@TempDir Path dir) throws IOException {
        // given: an export and a project of the sample's map, region and period
        int records = Integer.getInteger("navi.bench.records", 100_000);
        int rounds = Integer.getInteger("navi.bench.rounds", 4);
        Path export = dir.resolve("lens.csv");
        ExportWriter.writeFile(new ExportWriter.Request(new ExportWriter.Options(ExportWriter.Layout.LENS,
                ExportWriter.Format.CSV, null), 1, 0, records, export));
        Files.copy(SAMPLE.resolve("chain-map.yaml"), dir.resolve("chain-map.yaml"));
        Files.writeString(dir.resolve("navi.yaml"), String.join("\n",
                "name: metric modules benchmark",
                "inputs: [lens.csv]",
                "map: chain-map.yaml",
                "region: {name: 四川省}",
                "peers: [{name: 广东省}, {name: 江苏省}]",
                "period: {from: 2005, to: 2024}",
                "cutoff: 2025-06-30",
                "outputs: [json]", ""));
        List<long[]> stageStarts = new ArrayList<>();
        PipelineListener stages = new PipelineListener() {
            @Override
            public void stage(Stage stage, long total) {
                stageStarts.add(new long[] {stage.ordinal(), System.nanoTime()});
            }
        };

        // when: one run (its metrics stage is the modules' first call), then the modules again
        MetricsPipeline.Result run = MetricsPipeline.execute(ProjectLoader.load(dir.resolve("navi.yaml")), dir.resolve("out"),
                new MetricsPipeline.Options(Set.of("json"), LocalDate.of(2026, 1, 1), "bench", stages));
        MetricContext ctx = run.context();
        double first = stageSeconds(stageStarts, PipelineListener.Stage.METRICS);
        System.out.printf(Locale.ROOT, "metric modules, %,d records in the analysis set: the run's metrics stage %.2f s%n",
                ctx.records().size(), first);
        List<Map<String, ModuleResult>> results = new ArrayList<>();
        for (int r = 1; r <= rounds; r++) {
            long t0 = System.nanoTime();
            results.add(MetricsPipeline.computeModules(ctx));
            long t1 = System.nanoTime();
            DirectionModule.compute(ctx, ControlWeights.defaults());
            long t2 = System.nanoTime();
            LegalModule.compute(ctx);
            long t3 = System.nanoTime();
            ModuleResult positioning = PositioningModule.compute(ctx);
            long t4 = System.nanoTime();
            PathModule.compute(ctx, positioning);
            long t5 = System.nanoTime();
            System.out.printf(Locale.ROOT, "  round %d: all modules (two threads) %.2f s; one at a time: direction %.2f, "
                    + "legal %.2f, positioning %.2f, path %.2f s%n", r, (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9,
                    (t4 - t3) / 1e9, (t5 - t4) / 1e9);
        }

        // then: every round the same tables as the run's
        for (Map<String, ModuleResult> m : results) {
            assertThat(m.keySet()).containsExactlyElementsOf(List.of("direction", "positioning", "path", "legal"));
            for (String k : m.keySet()) {
                assertThat(m.get(k).tables()).as(k).isEqualTo(results.get(0).get(k).tables());
            }
        }
        assertThat(first).isPositive();
    }

    /** Seconds from the start of {@code stage} to the start of the stage after it. */
    private static double stageSeconds(List<long[]> starts, PipelineListener.Stage stage) {
        for (int i = 0; i + 1 < starts.size(); i++) {
            if (starts.get(i)[0] == stage.ordinal()) {
                return (starts.get(i + 1)[1] - starts.get(i)[1]) / 1e9;
            }
        }
        throw new AssertionError("no " + stage + " stage followed by another: " + starts.size() + " stages seen");
    }
}
