package dev.navi.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongConsumer;

/**
 * Progress on a terminal: rows read and rows per second, redrawn in place on stderr. Silent when stderr is not
 * a terminal (CI, pipes) or with {@code --quiet}.
 */
final class Progress implements LongConsumer {
    private final PrintWriter err;
    private final boolean active;
    private final long start = System.nanoTime();
    private long lastDraw;
    private boolean drawn;

    private Progress(PrintWriter err, boolean active) {
        this.err = err;
        this.active = active;
    }

    static Progress forTerminal(PrintWriter err, boolean quiet) {
        return new Progress(err, !quiet && System.console() != null && System.getenv("CI") == null);
    }

    @Override
    public void accept(long rows) {
        if (!active) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastDraw < 200_000_000L) {
            return;
        }
        lastDraw = now;
        double secs = Math.max(1e-3, (now - start) / 1e9);
        err.printf(Locale.ROOT, "\r  reading … %,d rows (%,.0f rows/s)   ", rows, rows / secs);
        err.flush();
        drawn = true;
    }

    void done() {
        if (active && drawn) {
            err.print("\r\033[K");
            err.flush();
        }
    }
}
