package org.coopkit.core;

import java.time.Clock;
import java.util.List;
import org.coopkit.core.audit.AuditLog;
import org.coopkit.core.audit.internal.AuditHeadEntity;
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
import org.coopkit.core.members.MemberService;
import org.coopkit.core.members.Members;
import org.coopkit.core.members.internal.CounterEntity;
import org.coopkit.core.members.internal.JpaMembers;
import org.coopkit.core.members.internal.MemberEntity;
import org.coopkit.core.members.internal.StatusChangeEntity;
import org.coopkit.core.persistence.Database;
import org.coopkit.core.persistence.ModuleSchema;
import org.coopkit.core.persistence.Transactions;
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
            AuditRecordEntity.class, AuditHeadEntity.class,
            CredentialEntity.class, TokenEntity.class, RoleGrantEntity.class,
            CapitalMovementEntity.class));

    private final Database database;
    private final Clock clock;
    private final CoopStatutes statutes;
    private final Members members;
    private final AuditLog audit;
    private final AuthService auth;
    private final MemberService memberService;
    private final CapitalService capital;

    public CoreModule(Database database, Clock clock, CoopStatutes statutes) {
        this.database = database;
        this.clock = clock;
        this.statutes = statutes;
        Transactions tx = database.transactions();
        this.members = new JpaMembers(tx);
        this.audit = new JpaAuditLog(tx, clock);
        this.auth = new AuthService(tx, members, new AuthStore(tx), audit, clock);
        this.memberService = new MemberService(tx, members, audit, auth, statutes, clock);
        this.capital = new CapitalService(tx, members, new CapitalStore(tx), audit, statutes, clock);
    }

    public MemberService members() {
        return memberService;
    }

    /** The members' repository, for other modules' reads inside their own transactions. */
    public Members memberRegistry() {
        return members;
    }

    public CapitalService capital() {
        return capital;
    }

    public AuthService auth() {
        return auth;
    }

    public AuditLog audit() {
        return audit;
    }

    public CoopStatutes statutes() {
        return statutes;
    }

    public Clock clock() {
        return clock;
    }

    public Transactions transactions() {
        return database.transactions();
    }

    public Database database() {
        return database;
    }
}
