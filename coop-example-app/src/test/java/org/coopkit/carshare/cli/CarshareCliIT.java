package org.coopkit.carshare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The CLI in-process: clear messages and the documented exit codes. */
class CarshareCliIT {
    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter err = new StringWriter();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream old = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
            CommandLine cl = CarshareCli.commandLine();
            cl.setErr(new PrintWriter(err, true));
            int code = cl.execute(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err + errBytes.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(old);
            System.setErr(oldErr);
        }
    }

    static String h2(Path dir) {
        return "jdbc:h2:file:" + dir.resolve("coop").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE";
    }

    @Test
    void bad_arguments_get_a_message_and_exit_code_2(@TempDir Path dir) {
        assertThat(run("statements", "--quarter", "2026-Q5", "--db-url", h2(dir))).satisfies(r -> {
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.err()).contains("--quarter must look like 2026-Q3");
        });
        assertThat(run("report", "surplus", "--year", "nineteen").code()).isEqualTo(2);
        assertThat(run("statements", "--format", "dac7", "--db-url", h2(dir))).satisfies(r -> {
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.err()).contains("--format dac7 needs --year");
        });
        assertThat(run("serve", "--port", "99999", "--db-url", h2(dir)).err()).contains("--port must be between 0 and 65535");
        assertThat(run("tally", "--method", "borda", "x.csv").code()).isEqualTo(2);
        assertThat(run("no-such-command").code()).isEqualTo(2);
        assertThat(run("serve", "--db-url", "jdbc:oracle:thin:@x").err()).contains("unsupported JDBC URL");
    }

    @Test
    void a_refused_request_exits_3_and_an_intact_database_verifies_with_0(@TempDir Path dir) {
        Run missing = run("report", "surplus", "--year", "2031", "--db-url", h2(dir));
        assertThat(missing.code()).isEqualTo(3);
        assertThat(missing.err()).contains("refused:", "2031");
        Run verify = run("audit", "verify", "--db-url", h2(dir));
        assertThat(verify.code()).isZero();
        assertThat(verify.out()).contains("audit log:", "chain intact", "journal:", "capital: register and books agree");
        Run early = run("close-year", "--year", "2031", "--db-url", h2(dir));
        assertThat(early.code()).isEqualTo(3);
        assertThat(run("close-year", "--year", "2031", "--confirm", "nope", "--db-url", h2(dir)).code()).isEqualTo(2);
        assertThat(run("reopen-year", "--year", "2031", "--reason", " ", "--db-url", h2(dir)).err()).contains("--reason must say why");
        assertThat(run("lock-year", "--year", "2031", "--approval", "AGM", "--db-url", h2(dir)).code()).isEqualTo(3);
        assertThat(run("payouts", "--key", "bad key!", "--db-url", h2(dir)).code()).isEqualTo(3);
        Run nothing = run("payouts", "--key", "run-1", "--db-url", h2(dir));
        assertThat(nothing.code()).isEqualTo(3);
        assertThat(nothing.err()).contains("nothing is due");
        assertThat(run("accounts", "--year", "2031", "--db-url", h2(dir)).code()).isEqualTo(3);
        assertThat(run("journal", "export", "--format", "fec", "--db-url", h2(dir)).out()).startsWith("JournalCode\tJournalLib");
    }

    @Test
    void tally_recounts_a_ballot_file(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("b.csv");
        Files.writeString(csv, "A,B\nB,A\nA\n");
        Run r = run("tally", "--method", "irv", csv.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Elected: A");
    }
}
