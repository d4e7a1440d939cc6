package dev.navi.ingest;

import dev.navi.model.Patent;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Hands records to a single writer thread through a bounded queue, so reading and mapping (this thread) overlap
 * with formatting and writing (the writer thread) on two cores. Order is preserved: there is one consumer. A
 * write failure is rethrown to the producer on its next call and by {@link #close()}.
 */
public final class AsyncSink implements RecordSink, AutoCloseable {
    private static final int CAPACITY = 4096;
    private static final Object END = new Object();

    private record LookupRow(String file, String layout, List<String> header, List<String> cells) {
    }

    private final RecordSink target;
    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(CAPACITY);
    private final Thread writer;
    private volatile Throwable failure;

    public AsyncSink(RecordSink target) {
        this.target = target;
        this.writer = new Thread(this::drain, "navi-writer");
        this.writer.setDaemon(true);
        this.writer.start();
    }

    private void drain() {
        try {
            while (true) {
                Object item = queue.take();
                if (item == END) {
                    return;
                }
                if (failure != null) {
                    continue; // keep draining so the producer never blocks forever
                }
                if (item instanceof Patent p) {
                    target.record(p);
                } else if (item instanceof Reject r) {
                    target.reject(r);
                } else if (item instanceof LookupRow l) {
                    target.lookupRow(l.file(), l.layout(), l.header(), l.cells());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            failure = e;
            queue.clear();
            try {
                while (queue.take() != END) {
                    queue.clear();
                }
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void put(Object item) throws IOException {
        rethrow();
        try {
            queue.put(item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while writing");
        }
    }

    private void rethrow() throws IOException {
        Throwable f = failure;
        if (f instanceof IOException io) {
            throw io;
        }
        if (f instanceof RuntimeException re) {
            throw re;
        }
    }

    @Override
    public void record(Patent patent) throws IOException {
        put(patent);
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

    /** Waits until everything queued is written; rethrows a write failure. */
    @Override
    public void close() throws IOException {
        try {
            queue.put(END);
            writer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while finishing the output");
        }
        rethrow();
    }
}
