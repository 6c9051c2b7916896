package org.coopkit.core.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/** Runs n tasks released at the same instant from a pool of threads, and collects each outcome. */
public final class Concurrently {
    private Concurrently() {
    }

    /** Outcome of one task: its value or the exception it threw. */
    public record Outcome<T>(T value, Throwable error) {
        public boolean ok() {
            return error == null;
        }
    }

    public static <T> List<Outcome<T>> run(int n, int threads, IntFunction<T> task) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Outcome<T>>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int k = i;
                Callable<Outcome<T>> c = () -> {
                    start.await();
                    try {
                        return new Outcome<>(task.apply(k), null);
                    } catch (Throwable t) {
                        return new Outcome<>(null, t);
                    }
                };
                futures.add(pool.submit(c));
            }
            start.countDown();
            List<Outcome<T>> out = new ArrayList<>();
            for (Future<Outcome<T>> f : futures) out.add(f.get(120, TimeUnit.SECONDS));
            return out;
        } catch (Exception e) {
            throw new IllegalStateException("concurrent run failed: " + e, e);
        } finally {
            pool.shutdownNow();
        }
    }
}
