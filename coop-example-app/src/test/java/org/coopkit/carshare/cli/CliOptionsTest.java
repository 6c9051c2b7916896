package org.coopkit.carshare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every typed option of the treasurer's commands: a bad year, quarter, date, format, member id or
 * fingerprint is a usage error (picocli's message naming the option and what it expects, the usage,
 * exit code 2) raised before the app is opened, so nothing is written: not even the database file.
 */
class CliOptionsTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-15T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path data;

    CliRun run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data-dir", data.toString()));
        return CliRun.of(CLOCK, all.toArray(String[]::new));
    }

    void assertRefused(CliRun r, String... message) throws IOException {
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).contains(message).contains("Usage: carshare ");
        assertThat(r.out()).isEmpty();
        try (Stream<Path> files = Files.list(data)) {
            assertThat(files).as("nothing written in the data folder").isEmpty();
        }
    }

    @Test
    void a_bad_year_is_refused_by_every_command_that_takes_one() throws IOException {
        for (String[] cmd : new String[][]{{"report", "surplus"}, {"accounts"}, {"close-year"}, {"reopen-year", "--reason", "r"},
                {"lock-year", "--approval", "AGM"}}) {
            List<String> args = new ArrayList<>(List.of(cmd));
            args.addAll(List.of("--year", "nineteen"));
            assertRefused(run(args.toArray(String[]::new)), "Invalid value for option '--year': must be a year like 2025, not 'nineteen'");
            args.set(args.size() - 1, "1899");
            assertRefused(run(args.toArray(String[]::new)), "must be a year like 2025, not '1899'");
        }
        assertRefused(run("report", "surplus"), "Missing required option: '--year=<year>'");
        assertRefused(run("statements", "--format", "dac7", "--year", "26"), "must be a year like 2025, not '26'");
    }

    @Test
    void a_bad_quarter_or_a_missing_one_is_refused() throws IOException {
        for (String q : new String[]{"2026-Q5", "2026Q3", "Q3-2026", ""}) {
            assertRefused(run("statements", "--quarter", q), "Invalid value for option '--quarter': must look like 2026-Q3, not '" + q + "'");
        }
        assertRefused(run("statements"), "--format json needs --quarter, e.g. 2026-Q3");
        assertRefused(run("statements", "--format", "csv"), "--format csv needs --quarter");
        assertRefused(run("statements", "--format", "dac7"), "--format dac7 needs --year, a year like 2026");
    }

    @Test
    void a_bad_format_names_the_formats_the_command_writes() throws IOException {
        assertRefused(run("report", "surplus", "--year", "2025", "--format", "xml"), "Invalid value for option '--format': must be json or csv, not 'xml'");
        assertRefused(run("accounts", "--year", "2025", "--format", "pdf"), "must be json or csv, not 'pdf'");
        assertRefused(run("statements", "--quarter", "2026-Q1", "--format", "xml"), "must be json, csv or dac7, not 'xml'");
        assertRefused(run("journal", "export", "--format", "beancount"), "must be ledger, csv or fec, not 'beancount'");
    }

    @Test
    void a_bad_date_is_refused_and_a_date_range_must_run_forward() throws IOException {
        assertRefused(run("journal", "export", "--from", "2026-13-01"), "Invalid value for option '--from': must be a day like 2026-06-01, not '2026-13-01'");
        assertRefused(run("journal", "export", "--to", "yesterday"), "Invalid value for option '--to': must be a day like 2026-06-01");
        assertRefused(run("journal", "export", "--from", "2026-03-01", "--to", "2026-02-01"), "--to (2026-02-01) must not be before --from (2026-03-01)");
        assertRefused(run("payouts", "--key", "k", "--execution-date", "15/06/2026"), "Invalid value for option '--execution-date': must be a day like");
        assertRefused(run("capital-opening", "--on", "2026-02-30"), "Invalid value for option '--on': must be a day like 2026-06-01, not '2026-02-30'");
        assertRefused(run("capital-opening", "--on", "2026-06-16"), "--on (2026-06-16) cannot be in the future");
    }

    @Test
    void a_bad_member_id_or_fingerprint_is_refused() throws IOException {
        assertRefused(run("payouts", "--key", "k", "--member", "ana"), "Invalid value for option '--member': must be a member id, not 'ana'");
        assertRefused(run("close-year", "--year", "2025", "--confirm", "nope"),
                "Invalid value for option '--confirm': must be the 16-character fingerprint the preview printed");
    }
}
