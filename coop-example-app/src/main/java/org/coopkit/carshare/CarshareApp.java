package org.coopkit.carshare;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import org.coopkit.carshare.trips.LedgerTripAccounting;
import java.util.Set;
import org.coopkit.carshare.web.CarshareResources;
import org.coopkit.carshare.web.OpenApi;
import org.coopkit.core.CoreModule;
import org.coopkit.core.decisions.DecisionHandlers;
import org.coopkit.core.money.Money;
import org.coopkit.core.persistence.Database;
import org.coopkit.core.persistence.DatabaseConfig;
import org.coopkit.core.persistence.ModuleSchema;
import org.coopkit.core.statutes.CoopStatutes;
import org.coopkit.core.statutes.MemberCategory;
import org.coopkit.core.statutes.VotingCollege;
import org.coopkit.core.auth.AuthSettings;
import org.coopkit.core.web.CoreFeature;
import org.coopkit.core.web.WebLimits;
import org.coopkit.governance.GovernanceModule;
import org.coopkit.governance.GovernanceRules;
import org.coopkit.governance.ballots.BallotBoxKey;
import org.coopkit.governance.web.GovernanceFeature;
import org.coopkit.ledger.LedgerModule;
import org.coopkit.ledger.allocation.AllocationPolicy;
import org.coopkit.ledger.web.LedgerFeature;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * The composition root of the car-sharing co-op: opens the database with every module's schema,
 * builds the modules, registers the decision handlers, and assembles the REST application.
 */
public final class CarshareApp implements AutoCloseable {
    private final Database database;
    private final CoreModule core;
    private final DecisionHandlers decisions = new DecisionHandlers();
    private final GovernanceModule governance;
    private final LedgerModule ledger;
    private final CarshareModule carshare;
    private final Proposals proposals;
    private final DecisionDocuments decisionDocuments;
    private final Clock clock;
    private final java.util.Optional<org.coopkit.carshare.accounts.PasswordResets> passwordResets;
    private final java.util.Optional<org.coopkit.carshare.accounts.SignUps> signUps;

    /** The co-op's bank account that payouts are sent from (a demo IBAN; set COOP_BANK_IBAN for a real one). */
    static final String BANK_IBAN = System.getenv().getOrDefault("COOP_BANK_IBAN", "FR7630001007941234567890185");

    /** The statutes of our SCIC: drivers, car owners, workers and supporters in four voting colleges. */
    public static CoopStatutes statutes() {
        return new CoopStatutes("Autopartage Coopératif (SCIC)",
                List.of(new MemberCategory("user", "Driver", 1), new MemberCategory("provider", "Car owner", 2),
                        new MemberCategory("worker", "Worker", 1), new MemberCategory("supporter", "Supporter", 1)),
                List.of(new VotingCollege("drivers", "Drivers", new BigDecimal("40"), Set.of("user")),
                        new VotingCollege("owners", "Car owners", new BigDecimal("30"), Set.of("provider")),
                        new VotingCollege("workers", "Workers", new BigDecimal("15"), Set.of("worker")),
                        new VotingCollege("supporters", "Supporters", new BigDecimal("15"), Set.of("supporter"))),
                Money.of("20.00", "EUR"));
    }

    /** Who the co-op is on receipts: the statutes' name with the legal details of the environment ({@link CoopIdentity#of}). */
    public static CoopIdentity identity() {
        return CoopIdentity.of(statutes().coopName());
    }

    public static List<ModuleSchema> schemas() {
        return List.of(CoreModule.SCHEMA, GovernanceModule.SCHEMA, LedgerModule.SCHEMA, CarshareModule.SCHEMA);
    }

    private final WebLimits webLimits;
    private final org.coopkit.carshare.i18n.MemberLanguages languages;

    /**
     * What the app mails members (docs/mail.md): links are absolute from {@code baseUrl} (e.g.
     * {@code https://coop.example/}); the reminder goes {@code reminderBefore} a ballot's close.
     */
    public record MailConfig(java.net.URI baseUrl, java.time.Duration reminderBefore) {
        /** The ballot page link template governance's mail uses. */
        String ballotLink() {
            String base = baseUrl.toString();
            return base + (base.endsWith("/") ? "" : "/") + "vote/{ballot}";
        }
    }

    /** The language a member reads governance's mail in: the one they chose in the app, else English. */
    private static java.util.function.Function<org.coopkit.core.members.MemberId, java.util.Locale> mailLanguage(
            org.coopkit.carshare.i18n.MemberLanguages languages) {
        return member -> languages.of(member).map(org.coopkit.carshare.i18n.I18n::of).orElse(org.coopkit.carshare.i18n.I18n.ENGLISH).locale();
    }

    private CarshareApp(Database database, Clock clock, AuthSettings auth, WebLimits webLimits, BallotBoxKey boxKey) {
        this(database, clock, auth, webLimits, boxKey, java.util.Optional.empty());
    }

    private CarshareApp(Database database, Clock clock, AuthSettings auth, WebLimits webLimits, BallotBoxKey boxKey, java.util.Optional<MailConfig> mail) {
        this.database = database;
        this.clock = clock;
        this.webLimits = webLimits;
        this.core = new CoreModule(database, clock, statutes(), auth);
        this.languages = new org.coopkit.carshare.i18n.MemberLanguages(core.transactions());
        this.governance = new GovernanceModule(database, clock, core, decisions, GovernanceRules.defaults(), boxKey,
                mail.map(m -> new org.coopkit.governance.ballots.BallotMail(core.outbox(), m.ballotLink(), m.reminderBefore(),
                        org.coopkit.carshare.ui.Ui.ZONE, mailLanguage(languages))));
        this.ledger = new LedgerModule(database, clock, core, AllocationPolicy.scic(), org.coopkit.ledger.LedgerSettings.defaults().withTransportType("PASSENGER_CAR")
                        .withBankAccount(new org.coopkit.ledger.payouts.DebtorAccount("Autopartage Cooperatif", BANK_IBAN, "")));
        LedgerTripAccounting accounting = new LedgerTripAccounting(ledger);
        // capital movements reach the books through core's port; the platform opens the calendar year of the day if missing
        core.capital().connectBooks(new org.coopkit.core.capital.CapitalBooks() {
            @Override
            public void post(org.coopkit.core.capital.CapitalMovement movement) {
                accounting.ensureYear(movement.on());
                ledger.capitalBooks().post(movement);
            }

            @Override
            public java.util.Map<org.coopkit.core.members.MemberId, Money> heldInBooks(java.time.LocalDate at) {
                return ledger.capitalBooks().heldInBooks(at);
            }
        });
        // the platform keeps calendar fiscal years: the year an adopted allocation is posted in is opened if missing
        var allocationHandler = new org.coopkit.ledger.allocation.SurplusAllocationHandler(ledger.allocations());
        decisions.register(org.coopkit.ledger.allocation.SurplusAllocationHandler.KIND, (id, decision) -> {
            accounting.ensureYear(java.time.LocalDate.now(clock));
            allocationHandler.apply(id, decision);
        });
        this.carshare = new CarshareModule(core, clock, accounting);
        this.proposals = new Proposals(governance, ledger, core.statutes().currency());
        this.decisionDocuments = new DecisionDocuments(governance, ledger, carshare.tariffs());
        decisions.register(carshare.tariffs().decisionType()); // typed: a bad proposal is refused when the ballot is created
        decisions.register(ledger.accountsApprovals().decisionType()); // typed: an unknown or open year is refused when the ballot is created
        decisions.register(org.coopkit.core.privacy.DataPolicy.DECISION_KIND, core.dataPolicy().decisionHandler());
        core.dataPolicy().ensureInitial();
        this.passwordResets = mail.map(m -> new org.coopkit.carshare.accounts.PasswordResets(core, m.baseUrl(), 10, clock));
        this.signUps = mail.map(m -> new org.coopkit.carshare.accounts.SignUps(core, m.baseUrl(), 20, clock));
    }

    /** Builds the app on a database opened with {@link #schemas()} (the caller closes it). */
    public static CarshareApp on(Database database, Clock clock) {
        return new CarshareApp(database, clock, AuthSettings.defaults(), WebLimits.defaults(), BallotBoxKey.random());
    }

    /** The same with log-in, session and request limits of one's own (tests, a co-op with other needs). */
    public static CarshareApp on(Database database, Clock clock, AuthSettings auth, WebLimits webLimits) {
        return new CarshareApp(database, clock, auth, webLimits, BallotBoxKey.random());
    }

    /** The same, mailing members (invitations, reminders, receipts) through core's outbox; the caller runs the senders. */
    public static CarshareApp on(Database database, Clock clock, AuthSettings auth, WebLimits webLimits, MailConfig mail) {
        return new CarshareApp(database, clock, auth, webLimits, BallotBoxKey.random(), java.util.Optional.of(mail));
    }

    /** Opens the database with the deployment's ballot box key and mails members (the server's set-up). */
    public static CarshareApp open(DatabaseConfig config, Clock clock, BallotBoxKey boxKey, MailConfig mail) {
        Database db = Database.open(config, schemas());
        try {
            return new CarshareApp(db, clock, AuthSettings.defaults(), WebLimits.defaults(), boxKey, java.util.Optional.of(mail));
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    public static CarshareApp open(DatabaseConfig config, Clock clock) {
        return open(config, clock, BallotBoxKey.random());
    }

    /** With the deployment's ballot box key (kept outside the database), so secret revotes survive a restart. */
    public static CarshareApp open(DatabaseConfig config, Clock clock, BallotBoxKey boxKey) {
        Database db = Database.open(config, schemas());
        try {
            return new CarshareApp(db, clock, AuthSettings.defaults(), WebLimits.defaults(), boxKey);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    public ResourceConfig resourceConfig() {
        ResourceConfig rc = new ResourceConfig();
        rc.register(new CoreFeature(core, webLimits));
        rc.register(new GovernanceFeature(governance));
        rc.register(new LedgerFeature(ledger));
        CarshareResources.all(carshare).forEach(rc::register);
        rc.register(new org.coopkit.carshare.web.ProposalResource(proposals));
        rc.register(new org.coopkit.carshare.web.DecisionDocumentsResource(decisionDocuments));
        rc.register(OpenApi.class);
        rc.register(new org.coopkit.carshare.ui.WebUiFeature(this));
        return rc;
    }

    /** The request limits the REST API and the web pages apply (and the HTTP server's read timeout). */
    public WebLimits webLimits() {
        return webLimits;
    }

    public CoreModule core() {
        return core;
    }

    public GovernanceModule governance() {
        return governance;
    }

    public LedgerModule ledger() {
        return ledger;
    }

    /** What each ballot's decision refers to, for the members on its roll. */
    public DecisionDocuments decisionDocuments() {
        return decisionDocuments;
    }

    /** The language each member chose for the app's pages and mail. */
    public org.coopkit.carshare.i18n.MemberLanguages languages() {
        return languages;
    }

    public Proposals proposals() {
        return proposals;
    }

    public CarshareModule carshare() {
        return carshare;
    }

    /** Password reset by e-mail: present when the app mails members (a {@link MailConfig}). */
    public java.util.Optional<org.coopkit.carshare.accounts.PasswordResets> passwordResets() {
        return passwordResets;
    }

    /** Sign-up with e-mail confirmation: present when the app mails members. */
    public java.util.Optional<org.coopkit.carshare.accounts.SignUps> signUps() {
        return signUps;
    }

    public DecisionHandlers decisions() {
        return decisions;
    }

    public Database database() {
        return database;
    }

    public Clock clock() {
        return clock;
    }

    @Override
    public void close() {
        database.close();
    }
}
