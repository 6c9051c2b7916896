package org.coopkit.carshare.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Drives {@code scripts/cluster.sh}: the test clusters on loopback test ports, never the machine's own
 * servers. Exit code 3 of the script means "cannot start on this machine": the tests then skip with its reason.
 */
final class ClusterScript {
    private static final Path SCRIPT = locate();

    private ClusterScript() {
    }

    record Result(int exitCode, String output) {
        boolean ok() {
            return exitCode == 0;
        }
    }

    static Result run(String... args) {
        List<String> cmd = new ArrayList<>(List.of("bash", SCRIPT.toString()));
        cmd.addAll(List.of(args));
        try {
            Path log = Files.createTempFile("cluster", ".log");
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!p.waitFor(6, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                return new Result(124, "timed out: " + String.join(" ", cmd));
            }
            String out = Files.readString(log, StandardCharsets.UTF_8);
            Files.deleteIfExists(log);
            System.out.print(out);
            return new Result(p.exitValue(), out.strip());
        } catch (IOException e) {
            return new Result(3, "cannot run " + SCRIPT + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(130, "interrupted");
        }
    }

    private static Path locate() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path d = dir; d != null; d = d.getParent()) {
            Path s = d.resolve("scripts/cluster.sh");
            if (Files.isRegularFile(s)) return s;
        }
        return dir.resolve("../scripts/cluster.sh").normalize();
    }
}
