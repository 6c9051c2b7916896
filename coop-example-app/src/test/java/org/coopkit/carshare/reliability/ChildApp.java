package org.coopkit.carshare.reliability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The car-sharing app in a child JVM, launched as an operator would ({@code carshare serve}) on the
 * test's class path, in its own working directory (so the default H2 database is {@code ./data}
 * there). {@link #kill()} is {@link Process#destroyForcibly()}, which on Linux is SIGKILL: no
 * shutdown hook, no clean close of the database.
 */
final class ChildApp {
    private static final Pattern RUNNING = Pattern.compile("running at (http://\\S+)");
    private final Process process;
    private final URI base;

    private ChildApp(Process process, URI base) {
        this.process = process;
        this.base = base;
    }

    /** Starts {@code carshare <args>} in {@code workDir} and waits until it prints where it runs. */
    static ChildApp serve(Path workDir, String dbUrl, Path log) {
        List<String> args = new ArrayList<>(List.of("serve", "--port", "0"));
        if (dbUrl != null) args.addAll(List.of("--db-url", dbUrl));
        Process p = launch(workDir, args, log);
        CompletableFuture<URI> started = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    Matcher m = RUNNING.matcher(line);
                    if (m.find()) started.complete(URI.create(m.group(1)));
                }
            } catch (IOException ignored) {
                // the child was killed
            }
            started.completeExceptionally(new IllegalStateException("child exited before serving"));
        }, "child-stdout");
        reader.setDaemon(true);
        reader.start();
        try {
            return new ChildApp(p, started.get(90, TimeUnit.SECONDS));
        } catch (Exception e) {
            p.destroyForcibly();
            throw new IllegalStateException("the app did not start in " + workDir + " (see " + log + ")", e);
        }
    }

    /** Runs {@code carshare <args>} in {@code workDir}; its stderr is appended to {@code log}. */
    static Process launch(Path workDir, List<String> args, Path log) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), "org.coopkit.carshare.cli.CarshareCli"));
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(workDir.toFile());
        pb.redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()));
        try {
            return pb.start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot launch " + cmd, e);
        }
    }

    URI base() {
        return base;
    }

    /** SIGKILL, then waits for the process to be gone. */
    void kill() {
        kill(process);
    }

    static void kill(Process p) {
        p.destroyForcibly();
        try {
            if (!p.waitFor(30, TimeUnit.SECONDS)) throw new IllegalStateException("child survived SIGKILL");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
