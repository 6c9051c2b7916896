package org.coopkit.carshare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands open the app with the command line's one clock and take "today" from it, never from the system. */
class CliClockIT {
    static final Clock IN_2040 = Clock.fixed(Instant.parse("2040-01-01T09:00:00Z"), ZoneOffset.UTC);
    static final Clock IN_2001 = Clock.fixed(Instant.parse("2001-01-01T09:00:00Z"), ZoneOffset.UTC);

    @Test
    void a_command_run_on_a_fixed_clock_acts_on_that_day(@TempDir Path dir) {
        String db = CarshareCliIT.h2(dir);
        // the app's services (the ledger's "today when no date is given") run on the CLI's clock
        CliRun preview = CliRun.of(IN_2040, "capital-opening", "--db-url", db);
        assertThat(preview.code()).as(preview.err()).isZero();
        assertThat(preview.out()).contains("the capital register and the books agree on 2040-01-01");
        // and so do the commands' own checks: 2039 is not in the future in 2040, though it is on the system clock
        CliRun past = CliRun.of(IN_2040, "capital-opening", "--on", "2039-06-01", "--db-url", db);
        assertThat(past.code()).as(past.err()).isZero();
        assertThat(past.out()).contains("agree on 2039-06-01");
        assertThat(CliRun.of(Clock.systemUTC(), "capital-opening", "--on", "2039-06-01", "--db-url", db).err()).contains("cannot be in the future");
        // the journal export runs up to today by that clock
        CliRun export = CliRun.of(IN_2001, "journal", "export", "--from", "2001-06-01", "--db-url", db);
        assertThat(export.code()).isEqualTo(2);
        assertThat(export.err()).contains("--to (2001-01-01) must not be before --from (2001-06-01)");
    }
}
