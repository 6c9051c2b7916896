package org.coopkit.bench.db;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.coopkit.core.CoreModule;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.decisions.DecisionHandlers;
import org.coopkit.core.persistence.Database;
import org.coopkit.core.statutes.CoopStatutes;
import org.coopkit.governance.GovernanceModule;
import org.coopkit.governance.GovernanceRules;
import org.coopkit.ledger.LedgerModule;
import org.coopkit.ledger.fiscal.FiscalYear;

/** The co-op a bench run measures: core, ledger and governance on a fresh schema, fiscal year 2026 open. */
record BenchCoop(Database db, CoreModule core, LedgerModule ledger, GovernanceModule gov, FiscalYear year) implements AutoCloseable {
    /** The bench's "today": mid-2026, inside the open fiscal year. */
    static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");

    static BenchCoop open(BenchDatabase bdb) {
        Database db = Database.open(bdb.config(), CoreModule.SCHEMA, LedgerModule.SCHEMA, GovernanceModule.SCHEMA);
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        CoreModule core = new CoreModule(db, clock, CoopStatutes.defaults());
        LedgerModule ledger = new LedgerModule(db, clock, core);
        GovernanceModule gov = new GovernanceModule(db, clock, core, new DecisionHandlers(), GovernanceRules.defaults());
        FiscalYear year = ledger.fiscalYears().open(Actor.system(), FiscalYear.calendar(2026));
        return new BenchCoop(db, core, ledger, gov, year);
    }

    @Override
    public void close() {
        db.close();
    }
}
