package org.coopkit.core.members;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import static org.coopkit.core.csv.CsvCells.typed;

import org.coopkit.core.actors.Actor;
import org.coopkit.core.actors.Role;
import org.coopkit.core.audit.AuditLog;
import org.coopkit.core.auth.AuthService;
import org.coopkit.core.errors.InvalidInput;
import org.coopkit.core.persistence.ConstraintRefusals;
import org.coopkit.core.persistence.Transactions;
import org.coopkit.core.statutes.CoopStatutes;

/**
 * Membership use cases: apply, admit, suspend, reinstate, withdraw, exclude, read, rectify, the
 * register. Each checks the actor first, runs in one transaction, and leaves an audit record.
 *
 * <p>Races are settled by the database: the unique index on email refuses the second of two
 * applications with one address ({@link DuplicateEmail}); the locked counter row gives admissions
 * consecutive membership numbers; the locked member row makes lifecycle changes one at a time.
 */
public final class MemberService {
    static final String EMAIL_UNIQUE = "uk_core_members_email";
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final Transactions tx;
    private final Members members;
    private final AuditLog audit;
    private final AuthService auth;
    private final org.coopkit.core.privacy.PrivacyService privacy;
    private final CoopStatutes statutes;
    private final Clock clock;

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
                         org.coopkit.core.privacy.PrivacyService privacy, CoopStatutes statutes, Clock clock) {
        this.privacy = privacy;
        this.tx = tx;
        this.members = members;
        this.audit = audit;
        this.auth = auth;
        this.statutes = statutes;
        this.clock = clock;
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
        validate(application);
        Member applicant = Member.applicant(MemberId.random(), application, today());
        try {
            return tx.inTransaction(() -> {
                if (members.findByEmail(applicant.email()).isPresent()) throw new DuplicateEmail(applicant.email());
                members.add(applicant);
                tx.entityManager().flush(); // a racing twin fails here, at the unique index
                members.recordStatusChange(new StatusChange(applicant.id(), null, MemberStatus.APPLICANT, today(),
                        "application", actor.name(), clock.instant()));
                application.password().ifPresent(pw -> auth.initialPassword(actor, applicant.id(), pw));
                audit.record(actor, "member.applied", applicant.id().toString(), applicant.category());
                return applicant;
            });
        } catch (RuntimeException e) {
            throw ConstraintRefusals.of(EMAIL_UNIQUE, () -> new DuplicateEmail(applicant.email())).translate(e);
        }
    }

    private void validate(MemberApplication a) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (a.name() == null || a.name().isBlank()) errors.put("name", "must not be blank");
        else if (a.name().length() > 200) errors.put("name", "must be at most 200 characters");
        if (a.email() == null || !EMAIL.matcher(a.email().trim()).matches() || a.email().length() > 254) {
            errors.put("email", "must be an email address");
        }
        if (a.category() == null || !statutes.hasCategory(a.category())) {
            errors.put("category", "must be one of " + statutes.categories().stream().map(c -> c.code()).toList());
        }
        if (a.dateOfBirth().isPresent() && a.dateOfBirth().get().isAfter(today())) {
            errors.put("dateOfBirth", "must be in the past");
        }
        a.password().ifPresent(pw -> {
            if (pw.length() < 10) errors.put("password", "must be at least 10 characters");
        });
        if (!errors.isEmpty()) throw new InvalidInput(errors);
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
        actor.require(Role.BOARD);
        String confirmed = category == null || category.isBlank() ? null : category.strip();
        if (confirmed != null && !statutes.hasCategory(confirmed)) {
            throw new InvalidInput("category", "must be one of " + statutes.categories().stream().map(c -> c.code()).toList());
        }
        return tx.inTransaction(() -> {
            Member m = lock(id);
            String finalCategory = confirmed == null ? m.category() : confirmed;
            Member admitted = m.admit(members.nextMembershipNumber(), today(), orDefault(reason, "admitted by the board"), finalCategory);
            boolean changed = !finalCategory.equals(m.category());
            Member result = change(actor, m, admitted, "member.admitted", ", category " + finalCategory + " confirmed (asked " + m.category() + ")");
            if (changed) audit.record(actor, "member.category-changed", id.toString(), "asked " + m.category() + ", confirmed " + finalCategory);
            return result;
        });
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
        actor.require(Role.BOARD);
        requireReason(reason);
        return tx.inTransaction(() -> {
            Member m = lock(id);
            return change(actor, m, m.suspend(today(), reason), "member.suspended");
        });
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
        actor.require(Role.BOARD);
        return tx.inTransaction(() -> {
            Member m = lock(id);
            return change(actor, m, m.reinstate(today(), orDefault(reason, "reinstated by the board")), "member.reinstated");
        });
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
        actor.requireSelfOr(id, Role.BOARD);
        return tx.inTransaction(() -> {
            Member m = lock(id);
            return change(actor, m, m.withdraw(today(), orDefault(reason, "withdrawal")), "member.withdrew");
        });
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
        actor.require(Role.BOARD);
        requireReason(reason);
        return tx.inTransaction(() -> {
            Member m = lock(id);
            return change(actor, m, m.exclude(today(), reason), "member.excluded");
        });
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
        validate(new MemberApplication(contact.name(), contact.email(), statutes.categories().get(0).code(),
                contact.address(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
        try {
            return tx.inTransaction(() -> {
                Member m = lock(id);
                Member changed = m.rectify(contact);
                members.update(changed);
                tx.entityManager().flush();
                audit.record(actor, "member.rectified", id.toString(), "contact details corrected");
                return changed;
            });
        } catch (RuntimeException e) {
            throw ConstraintRefusals.of(EMAIL_UNIQUE, () -> new DuplicateEmail(contact.email())).translate(e);
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
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader("membership_number", "name", "email", "category",
                "status", "status_since", "applied_on", "street", "postal_code", "city", "country").get();
        try (CSVPrinter csv = new CSVPrinter(out, format)) {
            for (Member m : all) {
                // every cell a person typed is neutralised against spreadsheet formulas (CsvCells)
                csv.printRecord(m.membershipNumber().map(String::valueOf).orElse(""), typed(m.name()), typed(m.email()), typed(m.category()),
                        m.status(), m.statusSince(), m.appliedOn(), typed(m.address().street()), typed(m.address().postalCode()),
                        typed(m.address().city()), typed(m.address().country()));
            }
        } catch (IOException e) {
            throw new IllegalStateException("writing to a string cannot fail", e);
        }
        return out.toString();
    }

    private Member change(Actor actor, Member before, Member after, String action) {
        return change(actor, before, after, action, "");
    }

    private Member change(Actor actor, Member before, Member after, String action, String detail) {
        members.update(after);
        members.recordStatusChange(new StatusChange(after.id(), before.status(), after.status(), after.statusSince(),
                after.statusReason().orElse(""), actor.name(), clock.instant()));
        audit.record(actor, action, after.id().toString(), before.status() + "->" + after.status() + detail);
        return after;
    }

    private Member lock(MemberId id) {
        return members.findForUpdate(id).orElseThrow(() -> new MemberNotFound(id));
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) throw new InvalidInput("reason", "a reason is required");
    }

    private static String orDefault(String reason, String fallback) {
        return reason == null || reason.isBlank() ? fallback : reason;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
