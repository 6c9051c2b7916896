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
    public static final String EXPORT_SCHEMA = "coopkit.member-export/1";
    public static final int RETENTION_YEARS = 10;

    private final Transactions tx;
    private final Members members;
    private final PrivacyStore store;
    private final PersonalData registry;
    private final AuditLog audit;
    private final Clock clock;

    public PrivacyService(Transactions tx, Members members, PersonalData registry, AuditLog audit, Clock clock) {
        this.tx = tx;
        this.members = members;
        this.store = new PrivacyStore(tx);
        this.registry = registry;
        this.audit = audit;
        this.clock = clock;
    }

    /** Logs that {@code reader} read the member's personal data, unless the reader is the member. Joins the caller's transaction. */
    public void recordAccess(Actor reader, MemberId member, String why) {
        if (reader.isSelf(member)) return;
        tx.run(() -> store.logAccess(member, reader.name(), why, clock.instant()));
    }

    /** Who read the member's data, when and why (the member themselves, or an admin). */
    public List<AccessRecord> accessLog(Actor actor, MemberId member) {
        actor.requireSelfOr(member, Role.ADMIN);
        return tx.inTransaction(() -> {
            members.find(member).orElseThrow(() -> new MemberNotFound(member));
            return store.accessLog(member);
        });
    }

    /** Everything the co-op holds about the member, as one JSON-ready document (self, or admin — logged). */
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

    /** Erases a departed member's personal data in every module (self after leaving, or an admin). */
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

    /** Purges fiscal identity whose retention period has ended (a scheduled job; system or admin). */
    public int purgeExpiredRetention(Actor actor) {
        actor.require(Role.ADMIN);
        return tx.inTransaction(() -> {
            int n = members.purgeRetained(LocalDate.now(clock));
            if (n > 0) audit.record(actor, "privacy.retention-purged", "members", n + " members");
            return n;
        });
    }

    public PersonalData registry() {
        return registry;
    }
}
