package org.example.coop;

import static org.coopkit.ledger.journal.JournalLine.credit;
import static org.coopkit.ledger.journal.JournalLine.debit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.coopkit.core.CoreModule;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.actors.Role;
import org.coopkit.core.decisions.DecisionHandlers;
import org.coopkit.core.members.Member;
import org.coopkit.core.members.MemberApplication;
import org.coopkit.core.money.Money;
import org.coopkit.core.persistence.Database;
import org.coopkit.core.persistence.DatabaseConfig;
import org.coopkit.core.statutes.CoopStatutes;
import org.coopkit.core.web.ApiServer;
import org.coopkit.core.web.CoreFeature;
import org.coopkit.ledger.LedgerModule;
import org.coopkit.ledger.fiscal.FiscalYear;
import org.coopkit.ledger.journal.PostEntry;
import org.coopkit.ledger.journal.TrialBalance;
import org.coopkit.ledger.web.LedgerFeature;
import org.glassfish.jersey.server.ResourceConfig;

/** A fresh project that embeds coop-ledger: entries are posted and the books reported. */
public final class LedgerEmbedding {
    private LedgerEmbedding() {
    }

    public static TrialBalance run(Path dataDir) {
        // guide:open
        DatabaseConfig config = DatabaseConfig.h2File(dataDir);
        try (Database db = Database.open(config, CoreModule.SCHEMA, LedgerModule.SCHEMA)) {   // core's changelog first
            Clock clock = Clock.systemUTC();
            CoreModule core = new CoreModule(db, clock, CoopStatutes.defaults());
            LedgerModule ledger = new LedgerModule(db, clock, core);   // installs the standard chart of accounts
            DecisionHandlers decisions = new DecisionHandlers();       // the registry you give GovernanceModule
            ledger.registerDecisionHandlers(decisions);                // ledger.surplus-allocation posts adopted refunds
            // guide:end
            // guide:post
            Member david = core.members().admit(Actor.system(), core.members().apply(Actor.anonymous(),
                    MemberApplication.of("David Nguyen", "david@example.org", "user")).id(), "founding assembly");
            core.auth().grantRole(Actor.system(), david.id(), Role.TREASURER);
            Actor treasurer = core.auth().actorFor(david.id());

            ledger.fiscalYears().open(treasurer, FiscalYear.calendar(2026));
            ledger.journal().post(treasurer, PostEntry.of("trip-2026-0001", LocalDate.of(2026, 3, 2), "Trip, Ada",
                    debit("512", Money.of("30.00", "EUR")), credit("706", Money.of("30.00", "EUR"))));
            ledger.journal().post(treasurer, PostEntry.of("fuel-2026-0001", LocalDate.of(2026, 3, 5), "Fuel card",
                    debit("606", Money.of("12.40", "EUR")), credit("512", Money.of("12.40", "EUR"))));
            // a retried posting with the same idempotency key takes effect once
            ledger.journal().post(treasurer, PostEntry.of("trip-2026-0001", LocalDate.of(2026, 3, 2), "Trip, Ada",
                    debit("512", Money.of("30.00", "EUR")), credit("706", Money.of("30.00", "EUR"))));

            TrialBalance trial = ledger.journal().trialBalance(treasurer, LocalDate.of(2026, 12, 31));
            trial.rows().forEach(row -> System.out.println(row.account() + " " + row.accountName() + " " + row.balance()));
            System.out.println("balanced: " + trial.balanced());
            System.out.print(ledger.exports().hledger(treasurer, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
            // guide:end
            // guide:web
            ResourceConfig app = new ResourceConfig()
                    .register(new CoreFeature(core))
                    .register(new LedgerFeature(ledger));
            try (ApiServer api = ApiServer.start(0, app)) {
                System.out.println("ledger API at " + api.baseUri() + "api/ledger/trial-balance");
            }
            // guide:end
            return trial;
        }
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("coop-data");
        run(dataDir);
    }
}
