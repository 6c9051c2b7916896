package org.coopkit.ledger.testing;

import java.time.LocalDate;
import org.coopkit.core.CoreModule;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.members.Member;
import org.coopkit.core.money.Money;
import org.coopkit.core.persistence.Database;
import org.coopkit.core.persistence.DatabaseConfig;
import org.coopkit.core.statutes.CoopStatutes;
import org.coopkit.core.testing.CoreFixtures;
import org.coopkit.core.testing.MutableClock;
import org.coopkit.core.testing.TestDatabase;
import org.coopkit.ledger.LedgerModule;
import org.coopkit.ledger.fiscal.FiscalYear;

/** Builders for ledger tests: real core and ledger modules on a real database, no mocks. */
public final class LedgerFixtures {
    private LedgerFixtures() {
    }

    /** A co-op's books on a test database: core, ledger, a clock set in 2026, the year 2026 open. */
    public record Books(Database database, CoreModule core, LedgerModule ledger, MutableClock clock) {
        public Member member(String name, String category) {
            return CoreFixtures.admitted(core, name, category);
        }

        /** A sale of {@code amount} on {@code day}: bank 512 against platform sales 706. */
        public org.coopkit.ledger.journal.JournalEntry journalPost(String key, String day, String amount) {
            return ledger.journal().post(treasurer(), org.coopkit.ledger.journal.PostEntry.of(key, LocalDate.parse(day), "Sale " + key,
                    org.coopkit.ledger.journal.JournalLine.debit("512", eur(amount)), org.coopkit.ledger.journal.JournalLine.credit("706", eur(amount))));
        }
    }

    public static Books books(TestDatabase db) {
        return books(db, db.config());
    }

    public static Books books(TestDatabase db, DatabaseConfig config) {
        return books(db, config, org.coopkit.ledger.LedgerSettings.defaults());
    }

    /** Books whose ledger has the given settings (generic allocation policy). */
    public static Books books(TestDatabase db, DatabaseConfig config, org.coopkit.ledger.LedgerSettings settings) {
        Database database = db.open(config, CoreModule.SCHEMA, LedgerModule.SCHEMA);
        MutableClock clock = MutableClock.on(LocalDate.of(2026, 6, 1));
        CoreModule core = new CoreModule(database, clock, CoopStatutes.defaults());
        LedgerModule ledger = new LedgerModule(database, clock, core, org.coopkit.ledger.allocation.AllocationPolicy.generic(), settings);
        ledger.fiscalYears().open(treasurer(), FiscalYear.calendar(2026));
        return new Books(database, core, ledger, clock);
    }

    /** The treasurer, as the system acts for them. */
    public static Actor treasurer() {
        return Actor.system();
    }

    public static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    public static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }
}
