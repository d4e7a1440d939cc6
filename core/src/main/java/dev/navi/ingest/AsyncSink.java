package dev.navi.ingest;

import dev.navi.model.Patent;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Hands records to a single writer thread through a bounded queue, so reading and mapping (this thread) overlap
 * with formatting and writing (the writer thread) on two cores. Order is preserved: there is one consumer. Items
 * go over in batches of {@link #BATCH}, so the two threads meet once per batch rather than once per record (a million
 * hand-overs, each a lock and often a wake-up, cost more than the queue saved). A write failure is rethrown to the
 * producer on its next hand-over and by {@link #close()}.
 */
public final class AsyncSink implements RecordSink, AutoCloseable {
    private static final int CAPACITY = 16;
    static final int BATCH = 256;
    private static final Object END = new Object();

    private record LookupRow(String file, String layout, List<String> header, List<String> cells) {
    }

    /** A record and what {@link RecordSink#prepare} made of it. */
    private record Prepared(Patent patent, Object prepared) {
    }

    private final RecordSink target;
    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(CAPACITY);
    /** Items not yet handed over, in order. */
    private Object[] batch = new Object[BATCH];
    private int batched;
    private final Thread writer;
    private volatile Throwable failure;
    /** Whether {@link #failure} has been thrown to the producer already (close() then does not throw it again). */
    private boolean reported;

    public AsyncSink(RecordSink target) {
        this.target = target;
        this.writer = dev.navi.concurrent.Daemons.start("navi-writer", this::drain);
    }

    private void drain() {
        try {
            while (true) {
                Object taken = queue.take();
                if (taken == END) {
                    return;
                }
                if (failure != null) {
                    continue; // keep draining so the producer never blocks forever
                }
                Object[] items = (Object[]) taken;
                for (Object item : items) {
                    if (item == null) {
                        break; // the end of a part-filled last batch
                    }
                    if (item instanceof Prepared p) {
                        target.record(p.patent(), p.prepared());
                    } else if (item instanceof Patent p) {
                        target.record(p);
                    } else if (item instanceof Reject r) {
                        target.reject(r);
                    } else if (item instanceof LookupRow l) {
                        target.lookupRow(l.file(), l.layout(), l.header(), l.cells());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException | Error e) {
            // an Error too (out of memory while formatting): a writer that stopped taking would leave the producer
            // blocked on a full queue for ever
            failure = e;
            try {
                // drop what is left up to END; not queue.clear(), which could drop an END already queued and wait forever
                while (queue.take() != END) {
                    continue;
                }
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void put(Object item) throws IOException {
        batch[batched++] = item;
        if (batched == BATCH) {
            handOver();
        }
    }

    /** Hands the batch (if any) to the writer thread. */
    private void handOver() throws IOException {
        rethrow();
        if (batched == 0) {
            return;
        }
        Object[] items = batch;
        batch = new Object[BATCH];
        batched = 0;
        try {
            queue.put(items);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while writing");
        }
    }

    private void rethrow() throws IOException {
        Throwable f = failure;
        if (f == null || reported) {
            return;
        }
        reported = true;
        if (f instanceof IOException io) {
            throw io;
        }
        if (f instanceof RuntimeException re) {
            throw re;
        }
        if (f instanceof Error err) {
            throw err;
        }
    }

    @Override
    public void record(Patent patent) throws IOException {
        put(patent);
    }

    @Override
    public Object prepare(Patent patent) {
        return target.prepare(patent);
    }

    @Override
    public void record(Patent patent, Object prepared) throws IOException {
        put(new Prepared(patent, prepared));
    }

    @Override
    public void reject(Reject reject) throws IOException {
        put(reject);
    }

    @Override
    public void lookupRow(String file, String layout, List<String> header, List<String> cells) throws IOException {
        put(new LookupRow(file, layout, header, cells));
    }

    @Override
    public boolean keepsRecords() {
        return target.keepsRecords();
    }

    /**
     * Hands over what is left, waits until everything is written; rethrows a write failure not thrown before (so a
     * try-with-resources block does not see one exception twice, which it cannot add to itself as suppressed).
     */
    @Override
    public void close() throws IOException {
        try {
            if (batched > 0 && failure == null) {
                queue.put(batch); // the part-filled last batch: its unused slots are null
                batch = new Object[BATCH];
                batched = 0;
            }
            queue.put(END);
            writer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while finishing the output");
        }
        rethrow();
    }
}
