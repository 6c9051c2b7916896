package org.coopkit.carshare.cli;

import java.io.PrintStream;

/** A one-line progress bar on stderr for long CLI operations: {@code [######    ] 60% trips 2025}. */
public final class ProgressBar implements AutoCloseable {
    private static final int WIDTH = 30;
    private final PrintStream out;
    private final String label;
    private final long total;
    private long done;
    private int lastPercent = -1;

    public ProgressBar(String label, long total) {
        this(System.err, label, total);
    }

    public ProgressBar(PrintStream out, String label, long total) {
        this.out = out;
        this.label = label;
        this.total = Math.max(1, total);
        render();
    }

    public void step() {
        step(1);
    }

    public synchronized void step(long n) {
        done = Math.min(total, done + n);
        render();
    }

    private void render() {
        int percent = (int) (done * 100 / total);
        if (percent == lastPercent) return;
        lastPercent = percent;
        int filled = percent * WIDTH / 100;
        out.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + String.format("%3d%%", percent) + " " + label);
        out.flush();
    }

    @Override
    public void close() {
        done = total;
        render();
        out.println();
    }
}
