package org.coopkit.core.members;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.actors.Role;
import org.coopkit.core.audit.AuditLog;
import org.coopkit.core.auth.AuthService;
import org.coopkit.core.errors.InvalidInput;
import org.coopkit.core.persistence.ConstraintRefusals;
import org.coopkit.core.persistence.Transactions;
import org.coopkit.core.statutes.CoopStatutes;

/**
 * Becoming a member: the application (checked field by field, the email unique in the database
 * so the second of two racing applications is refused with {@link DuplicateEmail}) and the board's
 * admission, which confirms the category and hands out the next membership number.
 */
final class Admission {
    static final String EMAIL_UNIQUE = "uk_core_members_email";
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final Transactions tx;
    private final Members members;
    private final AuditLog audit;
    private final AuthService auth;
    private final CoopStatutes statutes;
    private final StatusChanges statusChanges;
    private final Clock clock;

    Admission(Transactions tx, Members members, AuditLog audit, AuthService auth, CoopStatutes statutes,
            StatusChanges statusChanges, Clock clock) {
        this.tx = tx;
        this.members = members;
        this.audit = audit;
        this.auth = auth;
        this.statutes = statutes;
        this.statusChanges = statusChanges;
        this.clock = clock;
    }

    Member apply(Actor actor, MemberApplication application) {
        validate(application);
        Member applicant = Member.applicant(MemberId.random(), application, statusChanges.today());
        try {
            return tx.inTransaction(() -> {
                if (members.findByEmail(applicant.email()).isPresent()) throw new DuplicateEmail(applicant.email());
                members.add(applicant);
                tx.entityManager().flush(); // a racing twin fails here, at the unique index
                members.recordStatusChange(new StatusChange(applicant.id(), null, MemberStatus.APPLICANT, statusChanges.today(),
                        "application", actor.name(), clock.instant()));
                application.password().ifPresent(pw -> auth.initialPassword(actor, applicant.id(), pw));
                audit.record(actor, "member.applied", applicant.id().toString(), applicant.category());
                return applicant;
            });
        } catch (RuntimeException e) {
            throw ConstraintRefusals.of(EMAIL_UNIQUE, () -> new DuplicateEmail(applicant.email())).translate(e);
        }
    }

    /** Name, email, category of the statutes, address parts, tax id and IBAN within their columns, date of birth in the past, password length: each field at fault named. */
    void validate(MemberApplication a) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (a.name() == null || a.name().isBlank()) errors.put("name", "must not be blank");
        else if (a.name().length() > 200) errors.put("name", "must be at most 200 characters");
        if (a.email() == null || !EMAIL.matcher(a.email().trim()).matches() || a.email().length() > 254) {
            errors.put("email", "must be an email address");
        }
        if (a.category() == null || !statutes.hasCategory(a.category())) {
            errors.put("category", "must be one of " + statutes.categories().stream().map(c -> c.code()).toList());
        }
        if (a.dateOfBirth().isPresent() && a.dateOfBirth().get().isAfter(statusChanges.today())) {
            errors.put("dateOfBirth", "must be in the past");
        }
        errors.putAll(a.address().tooLong());
        a.taxId().filter(t -> t.length() > 40).ifPresent(t -> errors.put("taxId", "must be at most 40 characters"));
        a.iban().filter(i -> i.length() > 40).ifPresent(i -> errors.put("iban", "must be at most 40 characters"));
        a.password().ifPresent(pw -> {
            if (pw.length() < 10) errors.put("password", "must be at least 10 characters");
        });
        if (!errors.isEmpty()) throw new InvalidInput(errors);
    }

    Member admit(Actor actor, MemberId id, String reason, String category) {
        actor.require(Role.BOARD);
        String confirmed = category == null || category.isBlank() ? null : category.strip();
        if (confirmed != null && !statutes.hasCategory(confirmed)) {
            throw new InvalidInput("category", "must be one of " + statutes.categories().stream().map(c -> c.code()).toList());
        }
        return tx.inTransaction(() -> {
            Member m = statusChanges.lock(id);
            String finalCategory = confirmed == null ? m.category() : confirmed;
            Member admitted = m.admit(members.nextMembershipNumber(), statusChanges.today(),
                    StatusChanges.orDefault(reason, "admitted by the board"), finalCategory);
            boolean changed = !finalCategory.equals(m.category());
            Member result = statusChanges.record(actor, m, admitted, "member.admitted",
                    ", category " + finalCategory + " confirmed (asked " + m.category() + ")");
            if (changed) audit.record(actor, "member.category-changed", id.toString(), "asked " + m.category() + ", confirmed " + finalCategory);
            return result;
        });
    }
}
