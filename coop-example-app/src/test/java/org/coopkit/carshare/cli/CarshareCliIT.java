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
            assertThat(r.err()).contains("Invalid value for option '--quarter': must look like 2026-Q3, not '2026-Q5'");
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
    void capital_recorded_before_the_ledger_is_brought_in_once_and_audit_verify_then_agrees(@TempDir Path dir) {
        // a co-op that kept its capital register in core alone: Ana paid EUR 200.00, then installs the ledger (this year open)
        DatabaseOptions options = new DatabaseOptions();
        options.url = h2(dir);
        java.time.Clock clock = java.time.Clock.systemUTC();
        try (var db = org.coopkit.core.persistence.Database.open(options.config(), org.coopkit.carshare.CarshareApp.schemas())) {
            var core = new org.coopkit.core.CoreModule(db, clock, org.coopkit.carshare.CarshareApp.statutes());
            var ana = org.coopkit.core.testing.CoreFixtures.admitted(core, "Ana Before", "user");
            core.capital().subscribe(org.coopkit.core.actors.Actor.system(), ana.id(), 10);
            core.capital().recordPayment(org.coopkit.core.actors.Actor.system(), ana.id(), org.coopkit.core.money.Money.of("200.00", "EUR"));
            var years = new org.coopkit.ledger.LedgerModule(db, clock, core).fiscalYears();
            int thisYear = java.time.LocalDate.now(clock).getYear();
            years.open(org.coopkit.core.actors.Actor.system(), org.coopkit.ledger.fiscal.FiscalYear.calendar(thisYear - 1));
            years.close(org.coopkit.core.actors.Actor.system(), org.coopkit.ledger.fiscal.FiscalYearId.of(thisYear - 1));
            years.open(org.coopkit.core.actors.Actor.system(), org.coopkit.ledger.fiscal.FiscalYear.calendar(thisYear));
        }
        int lastYear = java.time.LocalDate.now(clock).getYear() - 1;
        Run differs = run("audit", "verify", "--db-url", h2(dir));
        assertThat(differs.code()).as(differs.out() + differs.err()).isEqualTo(1);
        assertThat(differs.out()).contains("capital: DIFFERS for member", "Ana Before");

        Run preview = run("capital-opening", "--db-url", h2(dir));
        assertThat(preview.code()).as(preview.err()).isZero();
        assertThat(preview.out()).contains("Ana Before", "would post EUR 200.00", "--reason");
        assertThat(run("capital-opening", "--reason", " ", "--db-url", h2(dir))).satisfies(r -> {
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.err()).contains("--reason must say why");
        });
        assertThat(run("capital-opening", "--reason", "x", "--against", "706", "--db-url", h2(dir)).code()).isEqualTo(3);
        assertThat(run("capital-opening", "--reason", "x", "--on", "2999-01-01", "--db-url", h2(dir)).code()).isEqualTo(2);
        // dated in the closed year: refused with which year, who can reopen it, or the open year to date it in
        Run closed = run("capital-opening", "--reason", "x", "--on", lastYear + "-06-01", "--db-url", h2(dir));
        assertThat(closed.code()).isEqualTo(3);
        assertThat(closed.err()).contains("fiscal year " + lastYear + " is closed", "The board or the treasurer can reopen " + lastYear,
                "date it in the open fiscal year " + (lastYear + 1));

        Run posted = run("capital-opening", "--reason", "capital held before the ledger was installed", "--db-url", h2(dir));
        assertThat(posted.code()).as(posted.err()).isZero();
        assertThat(posted.out()).contains("opening entry 1 dated", "EUR 200.00");
        Run again = run("capital-opening", "--reason", "again", "--db-url", h2(dir));
        assertThat(again.code()).isEqualTo(3);
        assertThat(again.err()).contains("already brought into the books by entry 1");
        Run agrees = run("audit", "verify", "--db-url", h2(dir));
        assertThat(agrees.code()).as(agrees.out()).isZero();
        assertThat(agrees.out()).contains("capital: register and books agree (1 members)");
        assertThat(run("journal", "export", "--db-url", h2(dir)).out()).contains("1013 Member capital:M0001 Ana Before");
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
