package dev.navi.concurrent;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Named daemon threads: the reader, mapper, writer, cache, chart, report and workbook threads of a run. A daemon does
 * not keep the JVM alive, so a run that stops on an error exits even while a helper is blocked; each caller still
 * waits for the work it needs (a future, a join) before it uses the result.
 */
public final class Daemons {
    private Daemons() {
    }

    /** Starts {@code task} on a new daemon thread called {@code name}. */
    public static Thread start(String name, Runnable task) {
        Thread t = new Thread(task, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    /**
     * A pool of {@code threads} daemon threads, made as work comes: called {@code name} when there is one, else
     * {@code name-1}, {@code name-2} and so on.
     */
    public static ExecutorService pool(String name, int threads) {
        AtomicInteger made = new AtomicInteger();
        return Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, threads == 1 ? name : name + "-" + made.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }
}
