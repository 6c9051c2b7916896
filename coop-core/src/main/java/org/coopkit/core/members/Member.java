package org.coopkit.core.members;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A member of the co-op, from application on. Immutable: each business method returns the member
 * as it is after the change, and refuses a change the lifecycle does not allow
 * ({@link IllegalTransition}). The membership number is given at admission, in order, and never
 * reused.
 */
public final class Member {
    private final MemberId id;
    private final Long membershipNumber;
    private final String name;
    private final String email;
    private final String category;
    private final PostalAddress address;
    private final LocalDate dateOfBirth;
    private final String taxId;
    private final String iban;
    private final MemberStatus status;
    private final LocalDate appliedOn;
    private final LocalDate statusSince;
    private final String statusReason;

    public Member(MemberId id, Long membershipNumber, String name, String email, String category, PostalAddress address,
                  LocalDate dateOfBirth, String taxId, String iban, MemberStatus status, LocalDate appliedOn,
                  LocalDate statusSince, String statusReason) {
        this.id = Objects.requireNonNull(id);
        this.membershipNumber = membershipNumber;
        this.name = Objects.requireNonNull(name);
        this.email = Objects.requireNonNull(email);
        this.category = Objects.requireNonNull(category);
        this.address = address == null ? PostalAddress.none() : address;
        this.dateOfBirth = dateOfBirth;
        this.taxId = taxId;
        this.iban = iban;
        this.status = Objects.requireNonNull(status);
        this.appliedOn = Objects.requireNonNull(appliedOn);
        this.statusSince = Objects.requireNonNull(statusSince);
        this.statusReason = statusReason;
    }

    /** A new applicant. */
    public static Member applicant(MemberId id, MemberApplication a, LocalDate today) {
        return new Member(id, null, a.name().trim(), normalizeEmail(a.email()), a.category(), a.address(),
                a.dateOfBirth().orElse(null), a.taxId().orElse(null), a.iban().orElse(null),
                MemberStatus.APPLICANT, today, today, "application");
    }

    public static String normalizeEmail(String email) {
        return email.trim().toLowerCase(java.util.Locale.ROOT);
    }

    /** Admission by the board: becomes MEMBER with the next membership number, in the category asked for. */
    public Member admit(long number, LocalDate on, String reason) {
        return admit(number, on, reason, category);
    }

    /**
     * Admission by the board in the category the board confirms: the one asked for, or another
     * (in a SCIC the category decides the voting college, so the applicant does not choose it
     * alone). The caller checks the category exists in the statutes.
     */
    public Member admit(long number, LocalDate on, String reason, String confirmedCategory) {
        // only an applicant is admitted; a suspended member comes back by reinstatement
        if (status != MemberStatus.APPLICANT) throw new IllegalTransition(id, status, MemberStatus.MEMBER);
        Member m = moveTo(MemberStatus.MEMBER, on, reason);
        return new Member(id, number, name, email, Objects.requireNonNull(confirmedCategory), address, dateOfBirth, taxId, iban, m.status,
                appliedOn, on, reason);
    }

    public Member suspend(LocalDate on, String reason) {
        return moveTo(MemberStatus.SUSPENDED, on, reason);
    }

    public Member reinstate(LocalDate on, String reason) {
        if (status != MemberStatus.SUSPENDED) throw new IllegalTransition(id, status, MemberStatus.MEMBER);
        return moveTo(MemberStatus.MEMBER, on, reason);
    }

    public Member withdraw(LocalDate on, String reason) {
        return moveTo(MemberStatus.WITHDRAWN, on, reason);
    }

    public Member exclude(LocalDate on, String reason) {
        return moveTo(MemberStatus.EXCLUDED, on, reason);
    }

    /** The member corrects their own contact data. */
    public Member rectify(ContactDetails contact) {
        return new Member(id, membershipNumber, contact.name().trim(), normalizeEmail(contact.email()), category,
                contact.address(), dateOfBirth, taxId, iban, status, appliedOn, statusSince, statusReason);
    }

    private Member moveTo(MemberStatus next, LocalDate on, String reason) {
        if (!status.canBecome(next)) throw new IllegalTransition(id, status, next);
        return new Member(id, membershipNumber, name, email, category, address, dateOfBirth, taxId, iban, next, appliedOn, on, reason);
    }

    public MemberId id() { return id; }
    public Optional<Long> membershipNumber() { return Optional.ofNullable(membershipNumber); }
    public String name() { return name; }
    public String email() { return email; }
    public String category() { return category; }
    public PostalAddress address() { return address; }
    public Optional<LocalDate> dateOfBirth() { return Optional.ofNullable(dateOfBirth); }
    public Optional<String> taxId() { return Optional.ofNullable(taxId); }
    public Optional<String> iban() { return Optional.ofNullable(iban); }
    public MemberStatus status() { return status; }
    public LocalDate appliedOn() { return appliedOn; }
    public LocalDate statusSince() { return statusSince; }
    public Optional<String> statusReason() { return Optional.ofNullable(statusReason); }

    @Override
    public boolean equals(Object o) {
        return o instanceof Member m && m.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "Member[" + id + " #" + membershipNumber + " " + name + " " + status + "]";
    }
}
