package dev.navi.cli;

import dev.navi.pipeline.PipelineListener;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressTest {

    @Test
    void verboseOffATerminalPrintsEachStagesWallAndCpuTime() {
        // given: --verbose with stderr not a terminal (as under the test runner and in benchmarks)
        StringWriter text = new StringWriter();
        Progress p = Progress.forTerminal(new PrintWriter(text), false, true);

        // when: two stages run, the second burning some CPU
        p.stage(PipelineListener.Stage.READ, -1);
        p.stage(PipelineListener.Stage.TAG, -1);
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long sum = 0;
        // 150 ms of this thread's CPU, however busy the machine (wall time would not do on a loaded one)
        for (long end = threads.getCurrentThreadCpuTime() + 150_000_000L; threads.getCurrentThreadCpuTime() < end; ) {
            sum += Long.numberOfTrailingZeros(System.nanoTime() | sum) + 1;
        }
        p.done();

        // then: one line per finished stage, its wall time and the process's CPU time meanwhile
        List<String> lines = text.toString().lines().toList();
        assertThat(sum).isPositive();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).matches("  reading \\+ cleaning +\\d+\\.\\d s +\\(CPU \\d+\\.\\d s\\)");
        assertThat(lines.get(1)).matches("  tagging +\\d+\\.\\d s +\\(CPU \\d+\\.\\d s\\)");
        // the 150 ms of CPU above: at least 0.1 s once rounded to tenths
        assertThat(Double.parseDouble(lines.get(1).replaceAll(".*\\(CPU (\\S+) s\\)", "$1"))).isGreaterThanOrEqualTo(0.1);
    }
}
