package dev.navi.io;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReadAheadTest {
    private static byte[] random(int n, long seed) {
        byte[] b = new byte[n];
        new Random(seed).nextBytes(b);
        return b;
    }

    /** A source that hands out at most {@code step} bytes per read, as an inflater or a socket may. */
    private static InputStream trickle(byte[] data, int step) {
        return new ByteArrayInputStream(data) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, step));
            }
        };
    }

    @Test
    void theBytesAndTheirOrderAreTheSourcesWhateverTheReadSizes() throws IOException {
        // sizes around the block size: empty, shorter, exactly one and two blocks, and a ragged tail
        for (int size : new int[] {0, 1, 999, 1024, 2048, 2049, 10_000}) {
            byte[] data = random(size, size);
            for (int step : new int[] {1, 7, 1024, 5000}) {
                ByteArrayOutputStream got = new ByteArrayOutputStream();
                Random reads = new Random(step);
                try (ReadAhead in = new ReadAhead(trickle(data, step), "test-ahead", 1024, 2)) {
                    while (true) {
                        int want = reads.nextInt(3000);
                        if (want == 0) {
                            int b = in.read();
                            if (b < 0) {
                                break;
                            }
                            got.write(b);
                            continue;
                        }
                        byte[] buf = new byte[want];
                        int n = in.read(buf, 0, want);
                        if (n < 0) {
                            break;
                        }
                        assertThat(n).isBetween(1, want);
                        got.write(buf, 0, n);
                    }
                    assertThat(in.read()).as("stays at its end").isEqualTo(-1);
                }
                assertThat(got.toByteArray()).as("size %d, step %d", size, step).isEqualTo(data);
            }
        }
    }

    @Test
    void atTheEndWhatTheSourceDidIsVisibleToTheReader() throws IOException {
        byte[] data = random(300_000, 3);
        CRC32 expected = new CRC32();
        expected.update(data);
        CRC32 crc = new CRC32();
        try (ReadAhead in = new ReadAhead(new CheckedInputStream(new ByteArrayInputStream(data), crc), "test-ahead",
                4096, 3)) {
            byte[] buf = new byte[777];
            while (in.read(buf, 0, buf.length) >= 0) {
                // read to the end
            }
            assertThat(crc.getValue()).isEqualTo(expected.getValue());
        }
    }

    @Test
    void aFailureOfTheSourceReachesTheReaderAfterTheBytesBeforeIt() throws IOException {
        byte[] data = random(5000, 4);
        InputStream failing = new InputStream() {
            private int at;

            @Override
            public int read() throws IOException {
                if (at == data.length) {
                    throw new java.util.zip.ZipException("invalid stored block lengths");
                }
                return data[at++] & 0xFF;
            }
        };
        try (ReadAhead in = new ReadAhead(failing, "test-ahead", 1000, 2)) {
            byte[] got = in.readNBytes(5000);
            assertThat(got).isEqualTo(data);
            assertThatThrownBy(in::read).isInstanceOf(IOException.class).hasMessageContaining("invalid stored block lengths");
        }
    }

    @Test
    void anErrorOfTheSourceReachesTheReaderAsItIs() throws IOException {
        InputStream broken = new InputStream() {
            @Override
            public int read() {
                throw new OutOfMemoryError("test: no heap left");
            }
        };
        try (ReadAhead in = new ReadAhead(broken, "test-ahead", 100, 2)) {
            assertThatThrownBy(in::read).isInstanceOf(OutOfMemoryError.class).hasMessage("test: no heap left");
        }
    }

    @Test
    void closingHalfWayStopsTheReadingThreadAndClosesTheSource() throws Exception {
        AtomicBoolean sourceClosed = new AtomicBoolean();
        AtomicLong served = new AtomicLong();
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                served.incrementAndGet();
                return 'x';
            }

            @Override
            public void close() {
                sourceClosed.set(true);
            }
        };
        ReadAhead in = new ReadAhead(endless, "test-ahead-endless", 100, 2);
        assertThat(in.read()).isEqualTo('x');
        in.close();
        assertThat(sourceClosed).isTrue();
        long after = served.get();
        Thread.sleep(50);
        // the reader thread has stopped: it takes no more bytes, and it bounded how far it ran ahead (blocks + 1)
        assertThat(served.get()).isEqualTo(after).isLessThanOrEqualTo(4 * 100);
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("test-ahead-endless"));
    }
}
