package org.coopkit.core.privacy;

import java.time.Clock;
import java.util.List;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.actors.Role;
import org.coopkit.core.audit.AuditLog;
import org.coopkit.core.errors.InvalidInput;
import org.coopkit.core.members.Member;
import org.coopkit.core.members.MemberId;
import org.coopkit.core.members.MemberStatus;
import org.coopkit.core.members.Members;
import org.coopkit.core.persistence.Transactions;
import org.coopkit.core.privacy.internal.PrivacyStore;

/**
 * Consent per purpose: opt-in only (nothing is pre-ticked: no consent exists until the member
 * gives it), dated, revocable. Every processing that needs a purpose asks {@link #require} or
 * {@link #consenting} first.
 */
public final class ConsentService {
    private final Transactions tx;
    private final Members members;
    private final PrivacyStore store;
    private final DataPolicyService policy;
    private final AuditLog audit;
    private final Clock clock;

    /**
     * Wiring for {@code CoreModule}.
     *
     * @param tx      the transactions
     * @param members the member register
     * @param policy  the data-use policy that lists the purposes
     * @param audit   the audit log consents are recorded in
     * @param clock   the clock that dates consents
     */
    public ConsentService(Transactions tx, Members members, DataPolicyService policy, AuditLog audit, Clock clock) {
        this.tx = tx;
        this.members = members;
        this.store = new PrivacyStore(tx);
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Records the member's opt-in (the member themselves only); idempotent while a consent is active.
     * Audited as {@code privacy.consent-given}.
     *
     * @param actor   the member
     * @param member  the member consenting
     * @param purpose a purpose of the policy that needs consent
     * @return the active consent
     * @throws org.coopkit.core.actors.AccessDenied when the actor is someone else
     * @throws InvalidInput when the purpose is unknown or does not rest on consent
     */
    public Consent grant(Actor actor, MemberId member, String purpose) {
        actor.requireSelfOr(member);
        checkPurpose(purpose);
        return tx.inTransaction(() -> {
            members.findForUpdate(member).orElseThrow();
            return store.activeConsent(member, purpose).orElseGet(() -> {
                audit.record(actor, "privacy.consent-given", member.toString(), purpose);
                return store.grant(member, purpose, clock.instant());
            });
        });
    }

    /**
     * Withdraws the member's consent (the member themselves only). Audited as {@code privacy.consent-revoked}.
     *
     * @param actor   the member
     * @param member  the member withdrawing
     * @param purpose a purpose of the policy that needs consent
     * @throws org.coopkit.core.actors.AccessDenied when the actor is someone else
     * @throws InvalidInput when the purpose is unknown or does not rest on consent
     */
    public void revoke(Actor actor, MemberId member, String purpose) {
        actor.requireSelfOr(member);
        checkPurpose(purpose);
        tx.run(() -> {
            store.revoke(member, purpose, clock.instant());
            audit.record(actor, "privacy.consent-revoked", member.toString(), purpose);
        });
    }

    /**
     * A member's consents, active and revoked (the member or an ADMIN).
     *
     * @param actor  the member or an administrator
     * @param member the member
     * @return the consents
     * @throws org.coopkit.core.actors.AccessDenied when the actor is another member and not ADMIN
     */
    public List<Consent> consents(Actor actor, MemberId member) {
        actor.requireSelfOr(member, Role.ADMIN);
        return tx.inTransaction(() -> store.consents(member));
    }

    /**
     * Whether the member consents now; for code that has checked its actor.
     *
     * @param member  the member
     * @param purpose the purpose code
     * @return true when an active consent exists
     */
    public boolean has(MemberId member, String purpose) {
        return tx.inTransaction(() -> store.activeConsent(member, purpose).isPresent());
    }

    /**
     * Refuses processing for a purpose the member has not consented to.
     *
     * @param member  the member
     * @param purpose the purpose code
     * @throws ConsentMissing when the member has no active consent
     */
    public void require(MemberId member, String purpose) {
        if (!has(member, purpose)) throw new ConsentMissing(member, purpose);
    }

    /**
     * The current members who consented to a purpose: the only ones a processing for it may touch
     * (BOARD or ADMIN).
     *
     * @param actor   a board member or administrator
     * @param purpose a purpose of the policy that needs consent
     * @return members in status MEMBER with an active consent
     * @throws org.coopkit.core.actors.AccessDenied when the actor is neither BOARD nor ADMIN
     * @throws InvalidInput when the purpose is unknown or does not rest on consent
     */
    public List<Member> consenting(Actor actor, String purpose) {
        actor.require(Role.BOARD, Role.ADMIN);
        checkPurpose(purpose);
        return tx.inTransaction(() -> members.inStatus(MemberStatus.MEMBER).stream()
                .filter(m -> store.activeConsent(m.id(), purpose).isPresent()).toList());
    }

    private void checkPurpose(String purpose) {
        Purpose p = policy.current().purpose(purpose)
                .orElseThrow(() -> new InvalidInput("purpose", "unknown purpose '" + purpose + "'; see GET /api/data-policy"));
        if (!p.needsConsent()) throw new InvalidInput("purpose", "'" + purpose + "' rests on " + p.legalBasis() + ", not on consent");
    }
}
