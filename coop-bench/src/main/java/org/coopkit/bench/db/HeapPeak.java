package org.coopkit.bench.db;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/** Samples the used heap every 20 ms while a measured step runs and keeps the peak above where it started. */
final class HeapPeak implements AutoCloseable {
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final long start;
    private volatile long peak;
    private volatile boolean running = true;
    private final Thread sampler;

    HeapPeak() {
        System.gc();
        start = memory.getHeapMemoryUsage().getUsed();
        sampler = new Thread(() -> {
            while (running) {
                peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-peak");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Megabytes of heap used above the start, at the peak. */
    long megabytes() {
        return Math.max(0, peak - start) / (1024 * 1024);
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        sampler.join();
    }
}
