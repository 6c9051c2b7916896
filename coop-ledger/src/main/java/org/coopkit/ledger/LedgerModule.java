package org.coopkit.ledger;

import java.time.Clock;
import java.util.Currency;
import java.util.List;
import org.coopkit.core.decisions.DecisionHandlers;
import org.coopkit.ledger.allocation.AllocationPolicy;
import org.coopkit.ledger.allocation.AllocationService;
import org.coopkit.ledger.allocation.SurplusAllocationHandler;
import org.coopkit.ledger.allocation.internal.JpaAllocationRecords;
import org.coopkit.ledger.allocation.internal.PostedAllocationEntity;
import org.coopkit.ledger.allocation.internal.RefundChoiceEntity;
import org.coopkit.ledger.capital.LedgerCapitalBooks;
import org.coopkit.ledger.exports.JournalExport;
import org.coopkit.ledger.patronage.PatronageService;
import org.coopkit.ledger.statements.IncomeStatements;
import org.coopkit.ledger.patronage.internal.JpaPatronage;
import org.coopkit.ledger.patronage.internal.PatronageEntity;
import org.coopkit.core.CoreModule;
import org.coopkit.core.persistence.Database;
import org.coopkit.core.persistence.ModuleSchema;
import org.coopkit.core.persistence.Transactions;
import org.coopkit.ledger.accounts.Accounts;
import org.coopkit.ledger.privacy.LedgerPersonalData;
import org.coopkit.ledger.accounts.ChartOfAccounts;
import org.coopkit.ledger.accounts.internal.AccountEntity;
import org.coopkit.ledger.accounts.internal.JpaAccounts;
import org.coopkit.ledger.fiscal.FiscalCalendar;
import org.coopkit.ledger.fiscal.FiscalYearService;
import org.coopkit.ledger.fiscal.FiscalYears;
import org.coopkit.ledger.fiscal.internal.FiscalYearEntity;
import org.coopkit.ledger.fiscal.internal.JpaFiscalYears;
import org.coopkit.ledger.journal.Journal;
import org.coopkit.ledger.journal.JournalEntries;
import org.coopkit.ledger.journal.internal.ChainHeadEntity;
import org.coopkit.ledger.journal.internal.EntryEntity;
import org.coopkit.ledger.journal.internal.JpaJournalEntries;
import org.coopkit.ledger.journal.internal.LineEntity;

/**
 * coop-ledger for an embedding application: open the {@link Database} with
 * {@code CoreModule.SCHEMA} then {@link #SCHEMA}, build the module from it, a {@link Clock} and
 * the {@link CoreModule}, then use its services. The standard chart of accounts is installed on
 * construction when missing.
 *
 * <pre>{@code
 * Database db = Database.open(config, CoreModule.SCHEMA, LedgerModule.SCHEMA);
 * CoreModule core = new CoreModule(db, clock, CoopStatutes.defaults());
 * LedgerModule ledger = new LedgerModule(db, clock, core);
 * ledger.fiscalYears().open(treasurer, FiscalYear.calendar(2026));
 * ledger.journal().post(treasurer, PostEntry.of("sale-1", day, "Trip", debit("512", eur("30.00")), credit("706", eur("30.00"))));
 * }</pre>
 */
public final class LedgerModule {
    /** The ledger's changelog and entities; register it after core's. */
    public static final ModuleSchema SCHEMA = new ModuleSchema("ledger", "db/changelog/ledger/changelog.xml", List.of(
            AccountEntity.class, FiscalYearEntity.class, ChainHeadEntity.class, EntryEntity.class, LineEntity.class,
            PatronageEntity.class, RefundChoiceEntity.class, PostedAllocationEntity.class,
            org.coopkit.ledger.allocation.internal.AdoptedReportPartEntity.class, org.coopkit.ledger.payouts.internal.PayoutLineEntity.class,
            org.coopkit.ledger.fiscal.internal.AccountsApprovalEntity.class));

    private final CoreModule core;
    private final Clock clock;
    private final ChartOfAccounts chart;
    private final Journal journal;
    private final FiscalYearService fiscalYears;
    private final PatronageService patronage;
    private final AllocationService allocations;
    private final IncomeStatements incomeStatements;
    private final JournalExport exports;
    private final LedgerCapitalBooks capitalBooks;
    private final org.coopkit.ledger.capital.CapitalOpening capitalOpening;
    private final org.coopkit.ledger.payouts.PayoutService payouts;
    private final LedgerSettings settings;
    private final org.coopkit.ledger.reports.AnnualAccountsService annualAccounts;
    private final org.coopkit.ledger.fiscal.AccountsApprovals accountsApprovals;

    /**
     * The ledger with the generic allocation preset (loi 1947 art. 14–16).
     *
     * @param database the database the ledger's tables live in
     * @param clock    the clock for postings and dates
     * @param core     the core module (members, capital, audit)
     */
    public LedgerModule(Database database, Clock clock, CoreModule core) {
        this(database, clock, core, AllocationPolicy.generic());
    }

    /**
     * The ledger with the co-op's own allocation policy (a preset or a custom one).
     *
     * @param database the database the ledger's tables live in
     * @param clock    the clock for postings and dates
     * @param core     the core module (members, capital, audit)
     * @param policy   how the surplus is allocated
     */
    public LedgerModule(Database database, Clock clock, CoreModule core, AllocationPolicy policy) {
        this(database, clock, core, policy, LedgerSettings.defaults());
    }

    /**
     * The ledger with the co-op's allocation policy and settings; installs the standard chart of
     * accounts and connects core's capital register to the books.
     *
     * @param database the database the ledger's tables live in
     * @param clock    the clock for postings and dates
     * @param core     the core module (members, capital, audit)
     * @param policy   how the surplus is allocated
     * @param settings interest basis, transport type and other ledger settings
     */
    public LedgerModule(Database database, Clock clock, CoreModule core, AllocationPolicy policy, LedgerSettings settings) {
        this.core = core;
        this.clock = clock;
        Transactions tx = database.transactions();
        Accounts accounts = new JpaAccounts(tx);
        FiscalYears years = new JpaFiscalYears(tx);
        JournalEntries entries = new JpaJournalEntries(tx, database.kind());
        this.chart = new ChartOfAccounts(tx, accounts);
        this.journal = new Journal(tx, accounts, entries, new FiscalCalendar(years), clock);
        this.fiscalYears = new FiscalYearService(tx, years, accounts, journal, core.audit(), clock);
        Currency currency = core.statutes().currency();
        this.patronage = new PatronageService(tx, new JpaPatronage(tx, clock), core.memberRegistry(), currency);
        this.allocations = new AllocationService(tx, journal, fiscalYears, patronage, chart, core.memberRegistry(), core.capital(),
                new JpaAllocationRecords(tx), policy, currency, clock, settings.interestBasis());
        this.incomeStatements = new IncomeStatements(tx, patronage, core.memberRegistry(), currency, settings.transportType());
        this.exports = new JournalExport(tx, journal, chart, core.memberRegistry());
        this.capitalBooks = new LedgerCapitalBooks(journal, chart, currency);
        this.capitalOpening = new org.coopkit.ledger.capital.CapitalOpening(tx, journal, chart, core.capital(), core.audit(), currency, clock, fiscalYears);
        this.payouts = new org.coopkit.ledger.payouts.PayoutService(tx, journal, chart, core.memberRegistry(),
                core.audit(), currency, clock);
        this.settings = settings;
        this.annualAccounts = new org.coopkit.ledger.reports.AnnualAccountsService(tx, journal, fiscalYears, currency);
        this.accountsApprovals = new org.coopkit.ledger.fiscal.AccountsApprovals(tx, fiscalYears, clock);
        chart.installStandard();
        core.capital().connectBooks(capitalBooks);
        core.personalData().register(new LedgerPersonalData(patronage, fiscalYears, allocations, payouts));
    }

    /**
     * The chart of accounts.
     *
     * @return the chart, with the standard accounts installed
     */
    public ChartOfAccounts accounts() {
        return chart;
    }

    /**
     * The double-entry journal.
     *
     * @return the journal service
     */
    public Journal journal() {
        return journal;
    }

    /**
     * Fiscal years: opening, closing and reading them.
     *
     * @return the fiscal year service
     */
    public FiscalYearService fiscalYears() {
        return fiscalYears;
    }

    /**
     * Members' patronage (their activity with the co-op), the basis of the refunds.
     *
     * @return the patronage service
     */
    public PatronageService patronage() {
        return patronage;
    }

    /**
     * The year-end allocation of the surplus.
     *
     * @return the allocation service
     */
    public AllocationService allocations() {
        return allocations;
    }

    /**
     * Sellers' income statements (DAC7) per fiscal year.
     *
     * @return the income statement service
     */
    public IncomeStatements incomeStatements() {
        return incomeStatements;
    }

    /**
     * Payout runs: owners' payouts, refunds, interest and workers' share paid by bank transfer (SEPA pain.001).
     *
     * @return the payout service
     */
    public org.coopkit.ledger.payouts.PayoutService payouts() {
        return payouts;
    }

    /**
     * Balance sheet and income statement per fiscal year, with the previous year.
     *
     * @return the annual accounts service
     */
    public org.coopkit.ledger.reports.AnnualAccountsService annualAccounts() {
        return annualAccounts;
    }

    /**
     * The settings the ledger was built with.
     *
     * @return the ledger settings
     */
    public LedgerSettings settings() {
        return settings;
    }

    /**
     * The opening entry that brings capital recorded before the ledger was installed into the books.
     *
     * @return the capital opening service
     */
    public org.coopkit.ledger.capital.CapitalOpening capitalOpening() {
        return capitalOpening;
    }

    /**
     * The ledger's side of core's capital register (connected on construction).
     *
     * @return the capital books
     */
    public LedgerCapitalBooks capitalBooks() {
        return capitalBooks;
    }

    /**
     * Exports of the journal (FEC and the like) for the accountant.
     *
     * @return the journal export service
     */
    public JournalExport exports() {
        return exports;
    }

    /**
     * Registers the ledger's decision handlers ({@value SurplusAllocationHandler#KIND}) with the
     * application's registry, so an adopted resolution posts the allocation.
     *
     * @param handlers the application's decision handler registry
     */
    public void registerDecisionHandlers(DecisionHandlers handlers) {
        handlers.register(SurplusAllocationHandler.KIND, new SurplusAllocationHandler(allocations));
    }

    /**
     * The core module this ledger was built on.
     *
     * @return the core module
     */
    public CoreModule core() {
        return core;
    }

    /**
     * The clock the ledger dates with.
     *
     * @return the clock
     */
    public Clock clock() {
        return clock;
    }

    /**
     * The approvals of closed years' accounts by adopted ballots (register {@code decisionType()} with the app's decisions).
     *
     * @return the approvals
     */
    public org.coopkit.ledger.fiscal.AccountsApprovals accountsApprovals() {
        return accountsApprovals;
    }
}
