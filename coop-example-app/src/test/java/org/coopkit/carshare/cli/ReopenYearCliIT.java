package org.coopkit.carshare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.coopkit.carshare.CarshareApp;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.testing.CoreFixtures;
import org.coopkit.core.testing.MutableClock;
import org.coopkit.ledger.fiscal.FiscalYear;
import org.coopkit.ledger.fiscal.FiscalYearId;
import org.coopkit.ledger.fiscal.FiscalYearStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code reopen-year} on a year whose accounts the members approved: refused with the rule in words, exit code 3, the year still closed. */
class ReopenYearCliIT {
    @Test
    void reopening_a_year_whose_accounts_were_approved_exits_3_and_says_why(@TempDir Path dir) {
        String url = CarshareCliIT.h2(dir);
        DatabaseOptions options = new DatabaseOptions();
        options.url = url;
        MutableClock clock = MutableClock.on(LocalDate.of(2026, 5, 4));
        FiscalYearId y2025 = FiscalYearId.of(2025);
        try (CarshareApp app = CarshareApp.open(options.config(), clock)) {
            var ada = CoreFixtures.admitted(app.core(), "Ada", "user");
            var years = app.ledger().fiscalYears();
            years.open(Actor.system(), FiscalYear.calendar(2024));
            years.close(Actor.system(), FiscalYearId.of(2024), years.previewClosing(Actor.system(), FiscalYearId.of(2024)).fingerprint());
            years.open(Actor.system(), FiscalYear.calendar(2025));
            years.close(Actor.system(), y2025, years.previewClosing(Actor.system(), y2025).fingerprint());
            Instant now = clock.instant();
            var b = app.proposals().proposeAccountsApproval(Actor.system(), 2025, now, now.plus(Duration.ofDays(8)));
            app.governance().voting().castVote(Actor.member(ada.id()), b.id(), List.of("yes"));
            clock.advance(Duration.ofDays(9));
            app.governance().voting().closeDue();
            assertThat(app.ledger().accountsApprovals().of(Actor.system(), y2025)).isPresent();
        }

        CliRun refused = CliRun.of(clock, "reopen-year", "--year", "2025", "--reason", "a late invoice", "--db-url", url);

        assertThat(refused.code()).as(refused.out() + refused.err()).isEqualTo(3);
        assertThat(refused.err()).contains("refused:", "accounts of fiscal year 2025 were approved by ballot", "can no longer be reopened");
        CliRun other = CliRun.of(clock, "reopen-year", "--year", "2024", "--reason", "a late invoice", "--db-url", url);
        assertThat(other.code()).as(other.err()).isZero();
        try (CarshareApp app = CarshareApp.open(options.config(), clock)) {
            assertThat(app.ledger().fiscalYears().get(Actor.system(), y2025).status()).isEqualTo(FiscalYearStatus.CLOSED);
            assertThat(app.ledger().fiscalYears().get(Actor.system(), FiscalYearId.of(2024)).status()).isEqualTo(FiscalYearStatus.OPEN);
        }
    }
}
