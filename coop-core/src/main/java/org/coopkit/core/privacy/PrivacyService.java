package org.coopkit.core.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coopkit.core.actors.AccessDenied;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.actors.Role;
import org.coopkit.core.audit.AuditLog;
import org.coopkit.core.errors.Conflict;
import org.coopkit.core.members.Member;
import org.coopkit.core.members.MemberId;
import org.coopkit.core.members.MemberNotFound;
import org.coopkit.core.members.MemberStatus;
import org.coopkit.core.members.Members;
import org.coopkit.core.persistence.Transactions;
import org.coopkit.core.privacy.internal.PrivacyStore;

/**
 * A member's data rights: the export of everything the co-op holds about them, erasure that keeps
 * the books whole, and the log of who read their data.
 *
 * <p>Export document (schema {@value #EXPORT_SCHEMA}, see docs/member-export.md): {@code schema},
 * {@code member}, {@code generatedAt}, then {@code sections}: one entry per registered
 * {@link PersonalDataContributor}, core's {@code membership} first.
 *
 * <p>Erasure: only for someone who is not (or no longer) a member — an applicant, or a member who
 * withdrew or was excluded — asked by themselves or done by an admin. Every contributor
 * pseudonymises its part; fiscal identity (tax id, date of birth, IBAN) is retained
 * {@value #RETENTION_YEARS} years for accounting law, then purged. Ids, amounts and hash chains are
 * untouched, so every total and {@code verify()} holds afterwards. The audit log records that the
 * erasure happened, without the erased data.
 */
public final class PrivacyService {
    /** The {@code schema} value of the export document. */
    public static final String EXPORT_SCHEMA = "coopkit.member-export/1";
    /** Years the fiscal identity of an erased member is kept (accounting law). */
    public static final int RETENTION_YEARS = 10;

    private final Transactions tx;
    private final Members members;
    private final PrivacyStore store;
    private final PersonalData registry;
    private final AuditLog audit;
    private final Clock clock;

    /**
     * Wiring for {@code CoreModule}.
     *
     * @param tx       the transactions
     * @param members  the member register
     * @param registry the contributors of every module
     * @param audit    the audit log exports and erasures are recorded in
     * @param clock    the clock that dates accesses and retention
     */
    public PrivacyService(Transactions tx, Members members, PersonalData registry, AuditLog audit, Clock clock) {
        this.tx = tx;
        this.members = members;
        this.store = new PrivacyStore(tx);
        this.registry = registry;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Logs that {@code reader} read the member's personal data, unless the reader is the member. Joins the caller's transaction.
     *
     * @param reader the actor who read
     * @param member the member whose data was read
     * @param why    the reason, shown to the member, e.g. {@code "data export"}
     */
    public void recordAccess(Actor reader, MemberId member, String why) {
        if (reader.isSelf(member)) return;
        tx.run(() -> store.logAccess(member, reader.name(), why, clock.instant()));
    }

    /**
     * Who read the member's data, when and why (the member themselves, or an ADMIN).
     *
     * @param actor  the member or an administrator
     * @param member the member
     * @return the accesses logged
     * @throws AccessDenied when the actor is another member and not ADMIN
     * @throws MemberNotFound when no member has this id
     */
    public List<AccessRecord> accessLog(Actor actor, MemberId member) {
        actor.requireSelfOr(member, Role.ADMIN);
        return tx.inTransaction(() -> {
            members.find(member).orElseThrow(() -> new MemberNotFound(member));
            return store.accessLog(member);
        });
    }

    /**
     * Everything the co-op holds about the member, as one JSON-ready document (self, or ADMIN — logged
     * in the access log, audited as {@code privacy.exported}).
     *
     * @param actor  the member or an administrator
     * @param member the member
     * @return the export document described above
     * @throws AccessDenied when the actor is another member and not ADMIN
     * @throws MemberNotFound when no member has this id
     */
    public Map<String, Object> export(Actor actor, MemberId member) {
        if (!actor.isSelf(member) && !actor.has(Role.ADMIN)) {
            actor.require(Role.MEMBER, Role.ADMIN);
            throw new AccessDenied(actor, "a member exports only their own data");
        }
        return tx.inTransaction(() -> {
            members.find(member).orElseThrow(() -> new MemberNotFound(member));
            recordAccess(actor, member, "data export");
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("schema", EXPORT_SCHEMA);
            doc.put("member", member.toString());
            doc.put("generatedAt", clock.instant().toString());
            Map<String, Object> sections = new LinkedHashMap<>();
            for (PersonalDataContributor c : registry.contributors()) sections.put(c.section(), c.export(member));
            doc.put("sections", sections);
            audit.record(actor, "privacy.exported", member.toString(), "");
            return doc;
        });
    }

    /**
     * Erases a departed member's personal data in every module (self after leaving, or an ADMIN).
     * Audited as {@code privacy.erased}.
     *
     * @param actor  the person themselves or an administrator
     * @param member the applicant or departed member
     * @throws AccessDenied when the actor is another member and not ADMIN
     * @throws MemberNotFound when no member has this id
     * @throws Conflict {@code erasure-of-current-member} for a MEMBER or SUSPENDED member,
     *                  {@code already-erased} when erased before
     */
    public void erase(Actor actor, MemberId member) {
        actor.requireSelfOr(member, Role.ADMIN);
        tx.run(() -> {
            Member m = members.findForUpdate(member).orElseThrow(() -> new MemberNotFound(member));
            if (m.status() == MemberStatus.MEMBER || m.status() == MemberStatus.SUSPENDED) {
                throw new Conflict("erasure-of-current-member",
                        "member " + member + " is " + m.status() + ": a member withdraws first, then their data can be erased");
            }
            if (members.retainedUntil(member).isPresent()) throw new Conflict("already-erased", "member " + member + " was already erased");
            LocalDate retainUntil = LocalDate.now(clock).plusYears(RETENTION_YEARS);
            List<PersonalDataContributor> all = registry.contributors();
            for (int i = all.size() - 1; i >= 0; i--) all.get(i).erase(member); // modules first, core last
            members.erase(member, retainUntil);
            audit.record(actor, "privacy.erased", member.toString(), "personal data erased; fiscal identity retained until " + retainUntil);
        });
    }

    /**
     * Purges fiscal identity whose retention period has ended (a scheduled job; system or ADMIN).
     *
     * @param actor the system or an administrator
     * @return how many members' fiscal identity was purged
     * @throws AccessDenied when the actor is not ADMIN
     */
    public int purgeExpiredRetention(Actor actor) {
        actor.require(Role.ADMIN);
        return tx.inTransaction(() -> {
            int n = members.purgeRetained(LocalDate.now(clock));
            if (n > 0) audit.record(actor, "privacy.retention-purged", "members", n + " members");
            return n;
        });
    }

    /**
     * The contributors this service exports and erases through.
     *
     * @return the registry
     */
    public PersonalData registry() {
        return registry;
    }
}
