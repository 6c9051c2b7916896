package org.coopkit.carshare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code carshare tally}: governance's recount on a ballot file, output and exit codes as docs/tally-cli.md documents. */
class TallyCommandTest {
    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = CarshareCli.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 1];
        all[0] = "tally";
        System.arraycopy(args, 0, all, 1, args.length);
        int code = cl.execute(all);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void recounts_a_csv_round_by_round_as_text_and_json(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("ballots.csv");
        Files.writeString(csv, "Alice,Bob\nBob,,Alice,Bob\nAlice\nCarol,Bob\n\n");
        Run text = run("--method", "irv", csv.toString());
        assertThat(text.code()).as(text.err()).isZero();
        assertThat(text.out()).contains("Round 1", "Alice", "eliminated: Carol", "Elected: Alice");
        Run json = run("--method", "IRV", "--format", "json", csv.toString());
        assertThat(json.code()).as(json.err()).isZero();
        assertThat(json.out()).startsWith("{").contains("\"method\" : \"IRV\"", "\"ballots\" : 4", "\"candidates\" : [ \"Alice\", \"Bob\", \"Carol\" ]",
                "\"elected\" : [ \"Alice\" ]", "\"seed\" : ", "\"ties\" : [ ]", "\"unfilledSeats\" : 0");
    }

    @Test
    void the_seed_overvote_and_skipped_rank_options_change_the_count_as_documented(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("ballots.csv");
        Files.writeString(csv, "\uFEFFAlice=Bob,Carol\nBob\nCarol\nAlice\n");
        Run exhaust = run("--method", "plurality", "--format", "json", "--seed", "s3", csv.toString());
        assertThat(exhaust.out()).contains("\"seed\" : \"s3\"", "\"exhausted\" : \"1\"", "\"brokenBy\" : \"draw\"").doesNotContain("\uFEFF");
        Run skip = run("--method", "plurality", "--overvote", "skip", csv.toString());
        assertThat(skip.out()).contains("Elected: Carol");
        Path skipped = dir.resolve("skipped.csv");
        Files.writeString(skipped, ",,B\nB\nC\nC\nC\n");
        assertThat(run("--method", "irv", "--format", "json", skipped.toString()).out()).contains("\"B\" : \"2\"");
        assertThat(run("--method", "irv", "--format", "json", "--max-skipped", "1", skipped.toString()).out())
                .contains("\"B\" : \"1\"").doesNotContain("\"B\" : \"2\"");
    }

    @Test
    void bad_arguments_get_a_clear_message_and_exit_code_2_and_print_no_count(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("ballots.csv");
        Files.writeString(csv, "A,B\n");
        assertBad(run("--method", "borda", csv.toString()), "Invalid value for option '--method': must be irv, stv, approval or plurality, not 'borda'");
        assertBad(run("--method", "stv", "--seats", "zero", csv.toString()), "--seats", "must be a whole number from 1 to 1000, not 'zero'");
        assertBad(run("--method", "irv", "--overvote", "maybe", csv.toString()), "--overvote", "must be exhaust or skip");
        assertBad(run("--method", "irv", "--max-skipped", "-1", csv.toString()), "--max-skipped", "from 0 to 1000");
        assertBad(run("--method", "irv", "--format", "xml", csv.toString()), "--format", "must be text or json");
        assertBad(run("--method", "irv", dir.resolve("missing.csv").toString()), "no such file");
        assertBad(run("--method", "irv"), "Missing required parameter: '<ballots.csv>'");
        assertBad(run(csv.toString()), "Missing required option: '--method");
        assertBad(run("--method", "irv", "--seats", "2", csv.toString()), "IRV fills one seat");
        Path empty = dir.resolve("empty.csv");
        Files.writeString(empty, "\n,\n");
        assertBad(run("--method", "irv", empty.toString()), "holds no ballot with a candidate");
    }

    static void assertBad(Run r, String... message) {
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).contains(message).contains("Usage: carshare tally");
        assertThat(r.out()).isEmpty();
    }
}
