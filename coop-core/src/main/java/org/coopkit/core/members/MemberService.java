package org.coopkit.core.members;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.actors.Role;
import org.coopkit.core.audit.AuditLog;
import org.coopkit.core.auth.AuthService;
import org.coopkit.core.errors.InvalidInput;
import org.coopkit.core.persistence.ConstraintRefusals;
import org.coopkit.core.persistence.Transactions;
import org.coopkit.core.privacy.PrivacyService;
import org.coopkit.core.statutes.CoopStatutes;

/**
 * Membership use cases: apply, admit, suspend, reinstate, withdraw, exclude, read, rectify, the
 * register. Each checks the actor first, runs in one transaction, and leaves an audit record.
 * Becoming a member and the status changes after it are each owned by a package-private part
 * ({@code Admission}, {@code StatusChanges}); this class is their one public entry point.
 *
 * <p>Races are settled by the database: the unique index on email refuses the second of two
 * applications with one address ({@link DuplicateEmail}); the locked counter row gives admissions
 * consecutive membership numbers; the locked member row makes lifecycle changes one at a time.
 */
public final class MemberService {
    private final Transactions tx;
    private final Members members;
    private final AuditLog audit;
    private final PrivacyService privacy;
    private final CoopStatutes statutes;
    private final StatusChanges statusChanges;
    private final Admission admission;

    /**
     * Wiring for {@code CoreModule}.
     *
     * @param tx       the transactions
     * @param members  the member register
     * @param audit    the audit log every change is recorded in
     * @param auth     sets an applicant's first password
     * @param privacy  logs reads of members' data
     * @param statutes the categories an application may name
     * @param clock    the clock that dates every change
     */
    public MemberService(Transactions tx, Members members, AuditLog audit, AuthService auth,
                         PrivacyService privacy, CoopStatutes statutes, Clock clock) {
        this.privacy = privacy;
        this.tx = tx;
        this.members = members;
        this.audit = audit;
        this.statutes = statutes;
        this.statusChanges = new StatusChanges(tx, members, audit, clock);
        this.admission = new Admission(tx, members, audit, auth, statutes, statusChanges, clock);
    }

    /**
     * Anyone may apply, anonymous included; the applicant gets an id and status APPLICANT.
     * Audited as {@code member.applied}.
     *
     * @param actor       whoever applies
     * @param application name (1 to 200 characters), email, a category of the statutes, and optional
     *                    identity and password (at least 10 characters)
     * @return the applicant
     * @throws InvalidInput naming each field at fault
     * @throws DuplicateEmail when the email is already registered
     */
    public Member apply(Actor actor, MemberApplication application) {
        return admission.apply(actor, application);
    }

    /**
     * The board admits an applicant in the category they asked for: status MEMBER and the next membership number.
     *
     * @param actor  a BOARD member
     * @param id     the applicant
     * @param reason recorded with the change; blank gives "admitted by the board"
     * @return the member
     * @throws org.coopkit.core.actors.AccessDenied when the actor is not on the BOARD
     * @throws MemberNotFound when no one has this id
     * @throws IllegalTransition when the person is not an applicant
     */
    public Member admit(Actor actor, MemberId id, String reason) {
        return admit(actor, id, reason, null);
    }

    /**
     * The board admits an applicant and confirms their category (and so, in a SCIC, their voting
     * college): {@code category} null or blank keeps the one asked for, another code changes it.
     * The confirmation is audited: the {@code member.admitted} record names the confirmed and the
     * asked category, and a change adds a {@code member.category-changed} record.
     *
     * @param actor    a BOARD member
     * @param id       the applicant
     * @param reason   recorded with the change; blank gives "admitted by the board"
     * @param category the confirmed category, or null or blank for the one asked for
     * @return the member
     * @throws org.coopkit.core.actors.AccessDenied when the actor is not on the BOARD
     * @throws InvalidInput when the category is not one of the statutes
     * @throws MemberNotFound when no one has this id
     * @throws IllegalTransition when the person is not an applicant
     */
    public Member admit(Actor actor, MemberId id, String reason, String category) {
        return admission.admit(actor, id, reason, category);
    }

    /**
     * The board suspends a member; audited as {@code member.suspended}.
     *
     * @param actor  a BOARD member
     * @param id     the member
     * @param reason required
     * @return the member, SUSPENDED
     * @throws org.coopkit.core.actors.AccessDenied when the actor is not on the BOARD
     * @throws InvalidInput when the reason is blank
     * @throws MemberNotFound when no one has this id
     * @throws IllegalTransition when the member is not MEMBER
     */
    public Member suspend(Actor actor, MemberId id, String reason) {
        return statusChanges.suspend(actor, id, reason);
    }

    /**
     * The board reinstates a suspended member; audited as {@code member.reinstated}.
     *
     * @param actor  a BOARD member
     * @param id     the member
     * @param reason blank gives "reinstated by the board"
     * @return the member, MEMBER again
     * @throws org.coopkit.core.actors.AccessDenied when the actor is not on the BOARD
     * @throws MemberNotFound when no one has this id
     * @throws IllegalTransition when the member is not SUSPENDED
     */
    public Member reinstate(Actor actor, MemberId id, String reason) {
        return statusChanges.reinstate(actor, id, reason);
    }

    /**
     * A member leaves (themselves, or the BOARD records it); audited as {@code member.withdrew}.
     *
     * @param actor  the member or a BOARD member
     * @param id     the member
     * @param reason blank gives "withdrawal"
     * @return the member, WITHDRAWN
     * @throws org.coopkit.core.actors.AccessDenied when the actor is someone else and not on the BOARD
     * @throws MemberNotFound when no one has this id
     * @throws IllegalTransition when the member is not MEMBER or SUSPENDED
     */
    public Member withdraw(Actor actor, MemberId id, String reason) {
        return statusChanges.withdraw(actor, id, reason);
    }

    /**
     * The board excludes a member; audited as {@code member.excluded}.
     *
     * @param actor  a BOARD member
     * @param id     the member
     * @param reason required
     * @return the member, EXCLUDED
     * @throws org.coopkit.core.actors.AccessDenied when the actor is not on the BOARD
     * @throws InvalidInput when the reason is blank
     * @throws MemberNotFound when no one has this id
     * @throws IllegalTransition when the member is not MEMBER or SUSPENDED
     */
    public Member exclude(Actor actor, MemberId id, String reason) {
        return statusChanges.exclude(actor, id, reason);
    }

    /**
     * A member corrects their own contact data (or an ADMIN does); the change is audited (without the old values).
     *
     * @param actor   the member or an administrator
     * @param id      the member
     * @param contact new name, email and address
     * @return the member with them
     * @throws org.coopkit.core.actors.AccessDenied when the actor is someone else and not ADMIN
     * @throws InvalidInput when the name or the email is invalid
     * @throws MemberNotFound when no one has this id
     * @throws DuplicateEmail when another person already uses the email
     */
    public Member rectify(Actor actor, MemberId id, ContactDetails contact) {
        actor.requireSelfOr(id, Role.ADMIN);
        admission.validate(new MemberApplication(contact.name(), contact.email(), statutes.categories().get(0).code(),
                contact.address(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
        try {
            return tx.inTransaction(() -> {
                Member m = statusChanges.lock(id);
                Member changed = m.rectify(contact);
                members.update(changed);
                tx.entityManager().flush();
                audit.record(actor, "member.rectified", id.toString(), "contact details corrected");
                return changed;
            });
        } catch (RuntimeException e) {
            throw ConstraintRefusals.of(Admission.EMAIL_UNIQUE, () -> new DuplicateEmail(contact.email())).translate(e);
        }
    }

    /**
     * One member's record: the member themselves, or the BOARD, TREASURER or ADMIN (logged in the access log).
     *
     * @param actor the member, or a board member, treasurer or administrator
     * @param id    the member
     * @return the member
     * @throws org.coopkit.core.actors.AccessDenied when the actor is another member without those roles
     * @throws MemberNotFound when no one has this id
     */
    public Member get(Actor actor, MemberId id) {
        actor.requireSelfOr(id, Role.BOARD, Role.TREASURER, Role.ADMIN);
        return tx.inTransaction(() -> {
            Member m = members.find(id).orElseThrow(() -> new MemberNotFound(id));
            privacy.recordAccess(actor, id, "member record read");
            return m;
        });
    }

    /**
     * A member's status changes, oldest first (the member, BOARD or ADMIN).
     *
     * @param actor the member, a board member or an administrator
     * @param id    the member
     * @return the changes
     * @throws org.coopkit.core.actors.AccessDenied when the actor is another member without those roles
     * @throws MemberNotFound when no one has this id
     */
    public List<StatusChange> history(Actor actor, MemberId id) {
        actor.requireSelfOr(id, Role.BOARD, Role.ADMIN);
        return tx.inTransaction(() -> {
            members.find(id).orElseThrow(() -> new MemberNotFound(id));
            return members.history(id);
        });
    }

    /**
     * A page of the membership (BOARD, TREASURER, ADMIN); each read is logged in the access log.
     *
     * @param actor a board member, treasurer or administrator
     * @param page  page number, from 0
     * @param size  1 to 500 per page
     * @return the page, with the total count
     * @throws org.coopkit.core.actors.AccessDenied when the actor holds none of those roles
     * @throws InvalidInput when {@code page} or {@code size} is out of range
     */
    public Page<Member> list(Actor actor, int page, int size) {
        actor.require(Role.BOARD, Role.TREASURER, Role.ADMIN);
        if (page < 0) throw new InvalidInput("page", "must be 0 or more");
        if (size < 1 || size > 500) throw new InvalidInput("size", "must be between 1 and 500");
        return tx.inTransaction(() -> {
            List<Member> items = members.page(page * size, size);
            items.forEach(m -> privacy.recordAccess(actor, m.id(), "member list read"));
            return new Page<>(items, page, size, members.count());
        });
    }

    /**
     * The member register as CSV, one line per member, for the BOARD (or ADMIN); audited as
     * {@code member.register-exported}, typed cells neutralised ({@link org.coopkit.core.csv.CsvCells}).
     *
     * @param actor a board member or administrator
     * @return the CSV with a header line
     * @throws org.coopkit.core.actors.AccessDenied when the actor is neither BOARD nor ADMIN
     */
    public String registerCsv(Actor actor) {
        actor.require(Role.BOARD, Role.ADMIN);
        List<Member> all = tx.inTransaction(() -> {
            audit.record(actor, "member.register-exported", "register", "");
            List<Member> everyone = members.all();
            everyone.forEach(m -> privacy.recordAccess(actor, m.id(), "member register export"));
            return everyone;
        });
        return Register.csv(all);
    }
}
