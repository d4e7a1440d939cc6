package dev.navi.cli;

import dev.navi.pipeline.PipelineListener;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Progress on a terminal, redrawn in place on stderr: the current stage, its count and rate, and an ETA when the
 * stage's total is known (for reading, estimated from the files' sizes, hence "~"). Each finished stage leaves one
 * line with its time. Silent when stderr is not a terminal (CI, pipes), when {@code CI} is set, or with
 * {@code --quiet}. Commands that only read call {@link #accept} without stages: the stage is then "reading" rows.
 * With {@code --verbose} off a terminal, each stage's time is still printed when it ends (for logs and benchmarks).
 */
final class Progress implements PipelineListener {
    private static final long REDRAW_NANOS = 200_000_000L;

    private final PrintWriter err;
    private final boolean active;
    private final boolean timings;
    private Stage stage = Stage.READ;
    private long total = -1;
    private long stageStart = System.nanoTime();
    private long stageCpu = -1;
    private long lastDraw;
    private boolean drawn;
    private boolean staged;

    private boolean quiet;

    private Progress(PrintWriter err, boolean active, boolean timings) {
        this.err = err;
        this.active = active;
        this.timings = timings && !active;
        if (this.timings) {
            stageCpu = processCpuNanos(); // only then: the management classes cost start-up time
        }
    }

    static Progress forTerminal(PrintWriter err, boolean quiet) {
        return forTerminal(err, quiet, false);
    }

    /** As {@link #forTerminal(PrintWriter, boolean)}; with {@code verbose}, stage times are printed off a terminal too. */
    static Progress forTerminal(PrintWriter err, boolean quiet, boolean verbose) {
        Progress p = new Progress(err, !quiet && System.console() != null && System.getenv("CI") == null, verbose);
        p.quiet = quiet;
        return p;
    }

    /** Whether the clean step read the project's cache (its stage began and no reading followed). */
    private boolean cacheSeen;
    private boolean readSeen;

    @Override
    public synchronized void stage(Stage next, long total) {
        if (next == Stage.CACHE) {
            cacheSeen = true;
        } else if (next == Stage.READ) {
            readSeen = true;
        }
        if (timings) {
            long now = System.nanoTime();
            long cpu = processCpuNanos();
            if (staged) {
                timing(now, cpu);
            }
            staged = true;
            stage = next;
            stageStart = now;
            stageCpu = cpu;
            return;
        }
        if (!active) {
            return;
        }
        long now = System.nanoTime();
        if (staged) {
            finishLine(now);
        }
        staged = true;
        stage = next;
        this.total = total;
        stageStart = now;
        lastDraw = 0;
        draw(0, now, true);
    }

    @Override
    public synchronized void accept(long done) {
        if (!active) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastDraw < REDRAW_NANOS) {
            return;
        }
        draw(done, now, false);
    }

    private void draw(long done, long now, boolean force) {
        lastDraw = now;
        double secs = Math.max(1e-3, (now - stageStart) / 1e9);
        StringBuilder line = new StringBuilder("\r  ").append(stage.label()).append(" …");
        if (stage.unit() != null && (done > 0 || !force)) {
            line.append(String.format(Locale.ROOT, " %,d", done));
            if (total > 0) {
                line.append(String.format(Locale.ROOT, " of %s%,d", stage == Stage.READ ? "~" : "", Math.max(total, done)));
            }
            line.append(' ').append(stage.unit());
            double rate = done / secs;
            line.append(String.format(Locale.ROOT, " (%,.0f %s/s", rate, stage.unit()));
            if (total > done && rate > 0 && secs > 1) {
                line.append(", ETA ").append(duration((total - done) / rate));
            }
            line.append(')');
        }
        err.print(line.append("\033[K"));
        err.flush();
        drawn = true;
    }

    private void finishLine(long now) {
        err.printf(Locale.ROOT, "\r  %-18s %s\033[K%n", stage.label(), duration((now - stageStart) / 1e9));
        err.flush();
        drawn = false;
    }

    /** A problem the run went on after: one line on stderr (even off a terminal), unless --quiet. */
    @Override
    public synchronized void warn(String message) {
        if (quiet) {
            return;
        }
        if (drawn) {
            err.print("\r\033[K");
            drawn = false;
        }
        err.println("navi: warning: " + message);
        err.flush();
    }

    /**
     * A finished stage's line: its wall time and the CPU time of the whole process meanwhile (every thread, background
     * writers included), which stays comparable from run to run on a machine shared with other work.
     */
    private void timing(long now, long cpu) {
        String line = String.format(Locale.ROOT, "  %-18s %s", stage.label(), duration((now - stageStart) / 1e9));
        if (cpu >= 0 && stageCpu >= 0) {
            line = String.format(Locale.ROOT, "%-30s (CPU %s)", line, duration((cpu - stageCpu) / 1e9));
        }
        err.println(line);
        err.flush();
    }

    /** The process's CPU time so far in nanoseconds, or -1 where the JVM does not tell. */
    private static long processCpuNanos() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    static String duration(double secs) {
        long s = Math.round(secs);
        if (secs < 10) {
            return String.format(Locale.ROOT, "%.1f s", secs);
        }
        return s < 60 ? s + " s" : String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
    }

    /** Notes are printed whatever the terminal or {@code --quiet}: they tell of the user's files and of repairs. */
    @Override
    public synchronized void note(String message) {
        if (drawn) {
            err.print("\r\033[K");
            drawn = false;
        }
        err.println("navi: note: " + message);
        err.flush();
    }

    /** Whether this run's cleaned records came from the project's clean cache. */
    synchronized boolean cleanedFromCache() {
        return cacheSeen && !readSeen;
    }

    synchronized void done() {
        if (timings && staged) {
            timing(System.nanoTime(), processCpuNanos());
        }
        if (!active) {
            return;
        }
        if (staged) {
            finishLine(System.nanoTime());
        } else if (drawn) {
            err.print("\r\033[K");
            err.flush();
        }
    }
}
