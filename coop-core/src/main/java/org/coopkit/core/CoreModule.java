package org.coopkit.core;

import java.time.Clock;
import java.util.List;
import org.coopkit.core.audit.AuditLog;
import org.coopkit.core.audit.internal.AuditStreamEntity;
import org.coopkit.core.audit.internal.AuditRecordEntity;
import org.coopkit.core.audit.internal.JpaAuditLog;
import org.coopkit.core.auth.AuthService;
import org.coopkit.core.auth.internal.AuthStore;
import org.coopkit.core.auth.internal.CredentialEntity;
import org.coopkit.core.auth.internal.RoleGrantEntity;
import org.coopkit.core.auth.internal.TokenEntity;
import org.coopkit.core.capital.CapitalService;
import org.coopkit.core.capital.internal.CapitalMovementEntity;
import org.coopkit.core.capital.internal.CapitalStore;
import org.coopkit.core.members.MemberDirectory;
import org.coopkit.core.members.MemberService;
import org.coopkit.core.members.Members;
import org.coopkit.core.members.internal.CounterEntity;
import org.coopkit.core.members.internal.JpaMembers;
import org.coopkit.core.members.internal.MemberEntity;
import org.coopkit.core.members.internal.StatusChangeEntity;
import org.coopkit.core.persistence.Database;
import org.coopkit.core.persistence.ModuleSchema;
import org.coopkit.core.persistence.Transactions;
import org.coopkit.core.privacy.ConsentService;
import org.coopkit.core.privacy.DataPolicyService;
import org.coopkit.core.privacy.LoyaltyService;
import org.coopkit.core.privacy.PersonalData;
import org.coopkit.core.privacy.PrivacyService;
import org.coopkit.core.privacy.internal.AccessLogEntity;
import org.coopkit.core.privacy.internal.ConsentEntity;
import org.coopkit.core.privacy.internal.CorePersonalData;
import org.coopkit.core.privacy.internal.DataPolicyEntity;
import org.coopkit.core.privacy.internal.LoyaltyReportEntity;
import org.coopkit.core.privacy.internal.PrivacyStore;
import org.coopkit.core.statutes.CoopStatutes;

/**
 * coop-core for an embedding application: build it from a {@link Database} (opened with
 * {@link #SCHEMA} first), a {@link Clock} and the co-op's {@link CoopStatutes}, then use its services.
 *
 * <pre>{@code
 * Database db = Database.open(DatabaseConfig.h2File(Path.of("data")), CoreModule.SCHEMA);
 * CoreModule core = new CoreModule(db, Clock.systemUTC(), CoopStatutes.defaults());
 * Member m = core.members().apply(Actor.anonymous(), MemberApplication.of("Ada", "ada@example.org", "user"));
 * }</pre>
 */
public final class CoreModule {
    /** Core's changelog and entities; register it before any other module's. */
    public static final ModuleSchema SCHEMA = new ModuleSchema("core", "db/changelog/core/changelog.xml", List.of(
            MemberEntity.class, StatusChangeEntity.class, CounterEntity.class,
            AuditRecordEntity.class, AuditStreamEntity.class,
            CredentialEntity.class, TokenEntity.class, RoleGrantEntity.class,
            CapitalMovementEntity.class,
            ConsentEntity.class, AccessLogEntity.class, DataPolicyEntity.class, LoyaltyReportEntity.class,
            org.coopkit.core.mail.internal.OutboxEntity.class));

    private final Database database;
    private final Clock clock;
    private final CoopStatutes statutes;
    private final Members members;
    private final AuditLog audit;
    private final AuthService auth;
    private final MemberService memberService;
    private final MemberDirectory directory;
    private final CapitalService capital;
    private final PersonalData personalData = new PersonalData();
    private final PrivacyService privacy;
    private final ConsentService consents;
    private final DataPolicyService dataPolicy;
    private final LoyaltyService loyalty;
    private final org.coopkit.core.mail.Outbox outbox;

    /**
     * Wires core with the default {@link org.coopkit.core.auth.AuthSettings}.
     *
     * @param database the database, opened with {@link #SCHEMA}
     * @param clock    the clock every service dates with
     * @param statutes the co-op's statutes
     */
    public CoreModule(Database database, Clock clock, CoopStatutes statutes) {
        this(database, clock, statutes, org.coopkit.core.auth.AuthSettings.defaults());
    }

    /**
     * With session, token and log-in throttling settings of one's own.
     *
     * @param database     the database, opened with {@link #SCHEMA}
     * @param clock        the clock every service dates with
     * @param statutes     the co-op's statutes
     * @param authSettings session and token lifetimes, log-in throttling, hashing pool
     */
    public CoreModule(Database database, Clock clock, CoopStatutes statutes, org.coopkit.core.auth.AuthSettings authSettings) {
        this.database = database;
        this.clock = clock;
        this.statutes = statutes;
        Transactions tx = database.transactions();
        this.members = new JpaMembers(tx);
        this.audit = new JpaAuditLog(tx, clock, database.kind());
        AuthStore authStore = new AuthStore(tx);
        CapitalStore capitalStore = new CapitalStore(tx);
        PrivacyStore privacyStore = new PrivacyStore(tx);
        this.auth = new AuthService(tx, members, audit, clock, authSettings);
        this.privacy = new PrivacyService(tx, members, personalData, audit, clock);
        this.dataPolicy = new DataPolicyService(tx, audit, clock);
        this.consents = new ConsentService(tx, members, dataPolicy, audit, clock);
        this.loyalty = new LoyaltyService(tx, audit, clock);
        this.outbox = new org.coopkit.core.mail.Outbox(tx, clock);
        this.memberService = new MemberService(tx, members, audit, auth, privacy, statutes, clock);
        this.directory = new MemberDirectory(tx, members, privacy);
        this.capital = new CapitalService(tx, members, audit, statutes, clock);
        personalData.register(new CorePersonalData(members, capitalStore, authStore, privacyStore, statutes));
    }

    /**
     * Applications, admissions and the member lifecycle.
     *
     * @return the member service
     */
    public MemberService members() {
        return memberService;
    }

    /**
     * Members' names and the board's lists, each read in its own transaction (for pages).
     *
     * @return the member directory
     */
    public MemberDirectory memberDirectory() {
        return directory;
    }

    /**
     * The members' repository, for other modules' reads inside their own transactions.
     *
     * @return the repository (no actor checks: callers check)
     */
    public Members memberRegistry() {
        return members;
    }

    /**
     * The share capital register.
     *
     * @return the capital service
     */
    public CapitalService capital() {
        return capital;
    }

    /**
     * Log-in, tokens and roles.
     *
     * @return the authentication service
     */
    public AuthService auth() {
        return auth;
    }

    /**
     * The hash-chained audit log.
     *
     * @return the audit log
     */
    public AuditLog audit() {
        return audit;
    }

    /**
     * Export, erasure and the access log of members' personal data.
     *
     * @return the privacy service
     */
    public PrivacyService privacy() {
        return privacy;
    }

    /**
     * Where each module registers what it holds about members (export and erasure).
     *
     * @return the registry, core's contributor registered first
     */
    public PersonalData personalData() {
        return personalData;
    }

    /**
     * Consent per purpose.
     *
     * @return the consent service
     */
    public ConsentService consents() {
        return consents;
    }

    /**
     * The public data-use policy.
     *
     * @return the policy service
     */
    public DataPolicyService dataPolicy() {
        return dataPolicy;
    }

    /**
     * Mail queued with the change that causes it, sent after commit (docs/mail.md).
     *
     * @return the outbox
     */
    public org.coopkit.core.mail.Outbox outbox() {
        return outbox;
    }

    /**
     * The sender that drains the outbox through the application's mail port; the application schedules it.
     *
     * @param port where mail leaves
     * @return a new sender
     */
    public org.coopkit.core.mail.OutboxSender outboxSender(org.coopkit.core.mail.MailPort port) {
        return new org.coopkit.core.mail.OutboxSender(database.transactions(), port, clock);
    }

    /**
     * Loyalty reports and the board's answers.
     *
     * @return the loyalty service
     */
    public LoyaltyService loyalty() {
        return loyalty;
    }

    /**
     * The co-op's statutes.
     *
     * @return the statutes given at wiring
     */
    public CoopStatutes statutes() {
        return statutes;
    }

    /**
     * The clock every service dates with.
     *
     * @return the clock given at wiring
     */
    public Clock clock() {
        return clock;
    }

    /**
     * The database's transactions, for other modules.
     *
     * @return the transaction runner
     */
    public Transactions transactions() {
        return database.transactions();
    }

    /**
     * The database core was wired on.
     *
     * @return the database
     */
    public Database database() {
        return database;
    }
}
