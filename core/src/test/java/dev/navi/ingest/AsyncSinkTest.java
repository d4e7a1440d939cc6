package dev.navi.ingest;

import dev.navi.model.Patent;
import dev.navi.model.Provenance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link AsyncSink} hands items over in batches: all arrive, in order, and a write failure still reaches the producer. */
@Timeout(20) // a hand-over that waits for ever fails here instead of stopping the build
class AsyncSinkTest {
    private static Patent record(int i) {
        return Patent.builder().publicationNumber("CN" + i + "A").provenance(new Provenance("f.csv", null, i + 1, "lens")).build();
    }

    @Test
    void everyItemArrivesInOrderAcrossPartBatches() throws IOException {
        // given more items than two batches and not a multiple of a batch: records (some prepared ahead), rejects and a
        // lookup row interleaved
        List<String> seen = new ArrayList<>();
        RecordSink target = new RecordSink() {
            @Override
            public void record(Patent patent) {
                seen.add(patent.publicationNumber());
            }

            @Override
            public Object prepare(Patent patent) {
                return "prepared " + patent.publicationNumber();
            }

            @Override
            public void record(Patent patent, Object prepared) {
                seen.add(prepared + " for " + patent.publicationNumber());
            }

            @Override
            public void reject(Reject reject) {
                seen.add("reject " + reject.row());
            }

            @Override
            public void lookupRow(String file, String layout, List<String> header, List<String> cells) {
                seen.add("lookup " + cells.get(0));
            }
        };
        int n = 2 * AsyncSink.BATCH + 17;
        List<String> expected = new ArrayList<>();
        // when
        try (AsyncSink sink = new AsyncSink(target)) {
            for (int i = 0; i < n; i++) {
                if (i % 50 == 7) {
                    sink.reject(new Reject("f.csv", null, i, "row fragment", "raw"));
                    expected.add("reject " + i);
                } else if (i == 300) {
                    sink.lookupRow("a.csv", "patentsview-assignee", List.of("id"), List.of("A1"));
                    expected.add("lookup A1");
                } else if (i % 3 == 0) {
                    // prepared ahead (on a mapping thread in ingest): the target's own preparation, with its record
                    Patent p = record(i);
                    sink.record(p, sink.prepare(p));
                    expected.add("prepared CN" + i + "A for CN" + i + "A");
                } else {
                    sink.record(record(i));
                    expected.add("CN" + i + "A");
                }
            }
        }
        // then
        assertThat(seen).hasSize(n).isEqualTo(expected);
    }

    @Test
    void aWriteFailureIsRethrownToTheProducer() {
        RecordSink failing = new RecordSink() {
            @Override
            public void record(Patent patent) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public void reject(Reject reject) {
            }

            @Override
            public void lookupRow(String file, String layout, List<String> header, List<String> cells) {
            }
        };
        // a failure in the first batch surfaces by the end at the latest (close), with its message
        assertThatThrownBy(() -> {
            try (AsyncSink sink = new AsyncSink(failing)) {
                for (int i = 0; i < 10 * AsyncSink.BATCH; i++) {
                    sink.record(record(i));
                }
            }
        }).isInstanceOf(IOException.class).hasMessage("disk full");
    }

    @Test
    void closeReturnsWhenTheLastRecordFailsAfterEverythingIsQueued() {
        // given a writer that blocks until the producer has queued every batch and END, then fails on the last record
        java.util.concurrent.CountDownLatch queued = new java.util.concurrent.CountDownLatch(1);
        int n = 3 * AsyncSink.BATCH + 5;
        List<String> written = new ArrayList<>();
        RecordSink lastFails = new RecordSink() {
            @Override
            public void record(Patent patent) throws IOException {
                try {
                    queued.await();
                } catch (InterruptedException e) {
                    throw new IOException(e);
                }
                if (patent.publicationNumber().equals("CN" + (n - 1) + "A")) {
                    throw new IOException("disk full at the end");
                }
                written.add(patent.publicationNumber());
            }

            @Override
            public void reject(Reject reject) {
            }

            @Override
            public void lookupRow(String file, String layout, List<String> header, List<String> cells) {
            }
        };
        // when the producer closes (the latch opens from another thread once close() is under way)
        Thread opener = new Thread(() -> {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            queued.countDown();
        });
        assertThatThrownBy(() -> {
            try (AsyncSink sink = new AsyncSink(lastFails)) {
                for (int i = 0; i < n; i++) {
                    sink.record(record(i));
                }
                opener.start();
            }
        }).isInstanceOf(IOException.class).hasMessage("disk full at the end");
        // then every record before the failing one was written, in order
        assertThat(written).hasSize(n - 1).startsWith("CN0A", "CN1A").endsWith("CN" + (n - 2) + "A");
    }

    @Test
    void anErrorInTheWriterReachesTheProducerAndCloseDoesNotBlock() {
        RecordSink outOfMemory = new RecordSink() {
            @Override
            public void record(Patent patent) {
                throw new OutOfMemoryError("test: formatting ran out of memory");
            }

            @Override
            public void reject(Reject reject) {
            }

            @Override
            public void lookupRow(String file, String layout, List<String> header, List<String> cells) {
            }
        };
        // more batches than the queue holds: a writer thread that died would leave the producer waiting on put
        assertThatThrownBy(() -> {
            try (AsyncSink sink = new AsyncSink(outOfMemory)) {
                for (int i = 0; i < 40 * AsyncSink.BATCH; i++) {
                    sink.record(record(i));
                }
            }
        }).isInstanceOf(OutOfMemoryError.class).hasMessageContaining("formatting ran out of memory");
    }
}
