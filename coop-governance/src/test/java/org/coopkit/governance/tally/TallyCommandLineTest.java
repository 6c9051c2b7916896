package org.coopkit.governance.tally;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TallyCommandLineTest {
    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = TallyCommandLine.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void recounts_a_csv_round_by_round_as_text_and_json(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("ballots.csv");
        Files.writeString(csv, "Alice,Bob\nBob,,Alice,Bob\nAlice\nCarol,Bob\n\n");
        Run text = run("--method", "irv", csv.toString());
        assertThat(text.code()).isZero();
        assertThat(text.out()).contains("Round 1", "Alice", "eliminated: Carol", "Elected: Alice");
        Run json = run("--method", "irv", "--format", "json", csv.toString());
        assertThat(json.out()).contains("\"elected\" : [ \"Alice\" ]", "\"seed\" : ", "\"ties\" : [ ]", "\"unfilledSeats\" : 0");
    }

    @Test
    void the_seed_overvote_and_skipped_rank_options_change_the_count_as_documented(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("ballots.csv");
        Files.writeString(csv, "\uFEFFAlice=Bob,Carol\nBob\nCarol\nAlice\n");
        Run exhaust = run("--method", "plurality", "--format", "json", "--seed", "s3", csv.toString());
        assertThat(exhaust.out()).contains("\"seed\" : \"s3\"", "\"exhausted\" : \"1\"", "\"brokenBy\" : \"draw\"").doesNotContain("\uFEFF");
        Run skip = run("--method", "plurality", "--overvote", "skip", csv.toString());
        assertThat(skip.out()).contains("Elected: Carol");
        assertThat(run("--method", "irv", "--overvote", "maybe", csv.toString()).err()).contains("--overvote must be exhaust or skip");
    }

    @Test
    void bad_arguments_get_a_clear_message_and_exit_code_2(@TempDir Path dir) {
        assertThat(run("--method", "borda", "x.csv")).satisfies(r -> {
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.err()).contains("--method must be irv, stv, approval or plurality");
        });
        assertThat(run("--method", "stv", "--seats", "zero", "x.csv").err()).contains("--seats must be a whole number");
        assertThat(run("--method", "irv", dir.resolve("missing.csv").toString()).err()).contains("no such file");
        assertThat(run("--method", "irv").err()).contains("the ballot file is required");
        assertThat(run("--method", "irv", "--seats", "2", "x.csv").err()).contains("IRV fills one seat");
    }
}
