package org.coopkit.ledger.exports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Runs the hledger found on the machine (Debian's package) on a journal text, for tests. */
final class Hledger {
    record Result(int exitCode, String output) {
    }

    private Hledger() {
    }

    static Optional<String> find() {
        for (String p : List.of("/usr/bin/hledger", "/usr/local/bin/hledger")) {
            if (Files.isExecutable(Path.of(p))) return Optional.of(p);
        }
        return Optional.empty();
    }

    static Result run(String hledger, String journal, String... args) throws IOException, InterruptedException {
        Path file = Files.createTempFile("coopkit", ".journal");
        try {
            Files.writeString(file, journal, StandardCharsets.UTF_8);
            List<String> cmd = new ArrayList<>(List.of(hledger, "-f", file.toString()));
            cmd.addAll(List.of(args));
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return new Result(-1, "hledger timed out\n" + out);
            }
            return new Result(p.exitValue(), out);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
