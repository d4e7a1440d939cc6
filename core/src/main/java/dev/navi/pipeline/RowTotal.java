package dev.navi.pipeline;

import java.util.function.LongConsumer;

/**
 * Turns the reader's per-file running row count into a running total over all files. The reader reports every
 * {@value #STEP} rows and once more at the end of each file, so a new file has begun when the count drops or when
 * the previous report was not a multiple of {@value #STEP} (a file's final count); the previous file's count is then
 * carried over. Only the progress display uses it: a file whose final count is an exact multiple followed by a file
 * whose first report is the same number would be missed.
 */
final class RowTotal implements LongConsumer {
    static final long STEP = 10_000;

    private final LongConsumer target;
    private long base;
    private long last;

    RowTotal(LongConsumer target) {
        this.target = target;
    }

    @Override
    public synchronized void accept(long fileRows) {
        if (fileRows < last || (last % STEP != 0 && fileRows != last)) {
            base += last;
        }
        last = fileRows;
        target.accept(base + fileRows);
    }
}
