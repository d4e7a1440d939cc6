package dev.navi.concurrent;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link Daemons}: every thread is a daemon and carries its stage's name. */
@Timeout(20)
class DaemonsTest {
    @Test
    void aStartedThreadRunsTheTaskAsANamedDaemon() throws InterruptedException {
        String[] seen = new String[2];
        Thread t = Daemons.start("navi-test", () -> {
            seen[0] = Thread.currentThread().getName();
            seen[1] = String.valueOf(Thread.currentThread().isDaemon());
        });
        t.join();
        assertThat(seen).containsExactly("navi-test", "true");
    }

    @Test
    void aPoolOfOneKeepsTheNameAndALargerPoolNumbersItsThreads() throws Exception {
        assertThat(threadsOf(Daemons.pool("navi-one", 1), 1)).containsExactly("navi-one true");
        assertThat(threadsOf(Daemons.pool("navi-two", 2), 2)).containsExactly("navi-two-1 true", "navi-two-2 true");
    }

    /** The name and daemon flag of each thread of {@code pool}, found by {@code n} tasks that all run at once. */
    private static Set<String> threadsOf(ExecutorService pool, int n) throws Exception {
        CountDownLatch together = new CountDownLatch(n);
        List<Future<String>> names = new ArrayList<>();
        try {
            for (int i = 0; i < n; i++) {
                names.add(pool.submit(() -> {
                    together.countDown();
                    together.await(); // every task on a thread of its own
                    return Thread.currentThread().getName() + " " + Thread.currentThread().isDaemon();
                }));
            }
            Set<String> out = new TreeSet<>();
            for (Future<String> f : names) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdown();
        }
    }
}
