package dev.navi.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * An input stream that reads its source ahead on a daemon thread, block by block, so that the thread that decodes the
 * bytes does not also wait for the work below them (inflating, checksumming, the disk). The bytes, their order and
 * the end of the stream are the source's; a failure of the source is thrown to the reader at the place in the stream
 * where it happened.
 *
 * <p>Once {@link #read} has returned -1, the source has been read to its end and everything it did meanwhile (a
 * checksum it updated, say) is visible to the reader. {@link #close} stops the reading thread and closes the source.
 * One reader thread only.
 */
public final class ReadAhead extends InputStream {
    private static final byte[] END = new byte[0];

    private final InputStream source;
    private final BlockingQueue<Object> full;
    private final BlockingQueue<byte[]> free;
    private final Thread thread;
    private byte[] block = END;
    private int pos;
    private int len;
    private boolean ended;
    private volatile boolean closed;

    /**
     * Starts reading {@code source} on a daemon thread called {@code name}, at most {@code blocks} blocks of
     * {@code blockSize} bytes ahead of the reader.
     */
    public ReadAhead(InputStream source, String name, int blockSize, int blocks) {
        if (blockSize < 1 || blocks < 1) {
            throw new IllegalArgumentException("block size and count must be positive: " + blockSize + ", " + blocks);
        }
        this.source = source;
        this.full = new ArrayBlockingQueue<>(blocks + 1); // the blocks and the end (or the failure) behind them
        this.free = new ArrayBlockingQueue<>(blocks + 1);
        for (int i = 0; i < blocks + 1; i++) {
            free.add(new byte[blockSize]);
        }
        this.thread = dev.navi.concurrent.Daemons.start(name, this::fill);
    }

    /** The reading thread: fills free blocks from the source and queues them with their length, then the end. */
    private void fill() {
        try {
            while (!closed) {
                byte[] b = free.take();
                int n = 0;
                while (n < b.length) {
                    int r = source.read(b, n, b.length - n);
                    if (r < 0) {
                        break;
                    }
                    n += r;
                }
                if (n > 0) {
                    full.put(new Filled(b, n));
                }
                if (n < b.length) {
                    full.put(END);
                    return;
                }
            }
        } catch (InterruptedException e) {
            // closed while waiting for a free block or room in the queue
        } catch (Throwable e) {
            // an I/O failure, a bug, or an error such as OutOfMemoryError: the reader must hear of it, never wait on
            full.offer(e); // there is always room: the queue holds every block and one more
        }
    }

    private record Filled(byte[] bytes, int length) {
    }

    /** Makes the next block current; false at the end of the stream. */
    private boolean next() throws IOException {
        if (ended) {
            return false;
        }
        if (block != END) {
            free.add(block);
            block = END;
        }
        Object o;
        try {
            o = full.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while reading ahead");
        }
        if (o == END) {
            ended = true;
            return false;
        }
        if (o instanceof IOException e) {
            ended = true;
            throw new IOException(e.getMessage(), e);
        }
        if (o instanceof Error e) {
            ended = true;
            throw e;
        }
        if (o instanceof Throwable e) {
            ended = true;
            throw new IOException(e.toString(), e);
        }
        Filled f = (Filled) o;
        block = f.bytes();
        pos = 0;
        len = f.length();
        return true;
    }

    @Override
    public int read() throws IOException {
        if (pos == len && !next()) {
            return -1;
        }
        return block[pos++] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int n) throws IOException {
        java.util.Objects.checkFromIndexSize(off, n, b.length);
        if (n == 0) {
            return 0;
        }
        if (pos == len && !next()) {
            return -1;
        }
        int k = Math.min(n, len - pos);
        System.arraycopy(block, pos, b, off, k);
        pos += k;
        return k;
    }

    @Override
    public int available() {
        return len - pos;
    }

    /** Stops the reading thread (it may be blocked on a full queue) and closes the source. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        thread.interrupt();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        source.close();
    }
}
