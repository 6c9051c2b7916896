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

    /**
     * A member as stored; use {@link #applicant} for a new one.
     *
     * @param id               identity
     * @param membershipNumber number given at admission, null for an applicant
     * @param name             full name
     * @param email            email address
     * @param category         member category
     * @param address          postal address, null for none
     * @param dateOfBirth      may be null
     * @param taxId            may be null
     * @param iban             may be null
     * @param status           lifecycle status
     * @param appliedOn        day of application
     * @param statusSince      day the status took effect
     * @param statusReason     reason of the last status change, may be null
     */
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

    /**
     * A new applicant, with trimmed name and normalized email.
     *
     * @param id    the new id
     * @param a     the application
     * @param today the day of application
     * @return the applicant, status APPLICANT
     */
    public static Member applicant(MemberId id, MemberApplication a, LocalDate today) {
        return new Member(id, null, a.name().trim(), normalizeEmail(a.email()), a.category(), a.address(),
                a.dateOfBirth().orElse(null), a.taxId().orElse(null), a.iban().orElse(null),
                MemberStatus.APPLICANT, today, today, "application");
    }

    /**
     * The form emails are stored and compared in.
     *
     * @param email an address as typed
     * @return the address trimmed and lower-cased
     */
    public static String normalizeEmail(String email) {
        return email.trim().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Admission by the board: becomes MEMBER with the next membership number, in the category asked for.
     *
     * @param number the membership number
     * @param on     the day of admission
     * @param reason e.g. the board's decision
     * @return the member
     * @throws IllegalTransition when this is not an applicant
     */
    public Member admit(long number, LocalDate on, String reason) {
        return admit(number, on, reason, category);
    }

    /**
     * Admission by the board in the category the board confirms: the one asked for, or another
     * (in a SCIC the category decides the voting college, so the applicant does not choose it
     * alone). The caller checks the category exists in the statutes.
     *
     * @param number            the membership number
     * @param on                the day of admission
     * @param reason            e.g. the board's decision
     * @param confirmedCategory the category the board admits in
     * @return the member
     * @throws IllegalTransition when this is not an applicant
     */
    public Member admit(long number, LocalDate on, String reason, String confirmedCategory) {
        // only an applicant is admitted; a suspended member comes back by reinstatement
        if (status != MemberStatus.APPLICANT) throw new IllegalTransition(id, status, MemberStatus.MEMBER);
        Member m = moveTo(MemberStatus.MEMBER, on, reason);
        return new Member(id, number, name, email, Objects.requireNonNull(confirmedCategory), address, dateOfBirth, taxId, iban, m.status,
                appliedOn, on, reason);
    }

    /**
     * Suspension (from MEMBER).
     *
     * @param on     the day it takes effect
     * @param reason why
     * @return the member, status SUSPENDED
     * @throws IllegalTransition when the lifecycle does not allow it
     */
    public Member suspend(LocalDate on, String reason) {
        return moveTo(MemberStatus.SUSPENDED, on, reason);
    }

    /**
     * Reinstatement of a suspended member.
     *
     * @param on     the day it takes effect
     * @param reason why
     * @return the member, status MEMBER
     * @throws IllegalTransition when the lifecycle does not allow it
     */
    public Member reinstate(LocalDate on, String reason) {
        if (status != MemberStatus.SUSPENDED) throw new IllegalTransition(id, status, MemberStatus.MEMBER);
        return moveTo(MemberStatus.MEMBER, on, reason);
    }

    /**
     * The member leaves (from MEMBER or SUSPENDED).
     *
     * @param on     the day it takes effect
     * @param reason why
     * @return the member, status WITHDRAWN
     * @throws IllegalTransition when the lifecycle does not allow it
     */
    public Member withdraw(LocalDate on, String reason) {
        return moveTo(MemberStatus.WITHDRAWN, on, reason);
    }

    /**
     * Exclusion by the board (from MEMBER or SUSPENDED).
     *
     * @param on     the day it takes effect
     * @param reason why
     * @return the member, status EXCLUDED
     * @throws IllegalTransition when the lifecycle does not allow it
     */
    public Member exclude(LocalDate on, String reason) {
        return moveTo(MemberStatus.EXCLUDED, on, reason);
    }

    /**
     * The member corrects their own contact data.
     *
     * @param contact new name, email and address
     * @return the member with them
     */
    public Member rectify(ContactDetails contact) {
        return new Member(id, membershipNumber, contact.name().trim(), normalizeEmail(contact.email()), category,
                contact.address(), dateOfBirth, taxId, iban, status, appliedOn, statusSince, statusReason);
    }

    private Member moveTo(MemberStatus next, LocalDate on, String reason) {
        if (!status.canBecome(next)) throw new IllegalTransition(id, status, next);
        return new Member(id, membershipNumber, name, email, category, address, dateOfBirth, taxId, iban, next, appliedOn, on, reason);
    }

    /**
     * The member's identity, kept from application on.
     *
     * @return the id
     */
    public MemberId id() { return id; }
    /**
     * The membership number, given at admission.
     *
     * @return the number, or empty for an applicant
     */
    public Optional<Long> membershipNumber() { return Optional.ofNullable(membershipNumber); }
    /**
     * Full name, trimmed.
     *
     * @return the name
     */
    public String name() { return name; }
    /**
     * Email address, trimmed and lower-cased.
     *
     * @return the address
     */
    public String email() { return email; }
    /**
     * Member category, as the statutes define it.
     *
     * @return the category code
     */
    public String category() { return category; }
    /**
     * Postal address.
     *
     * @return the address, {@link PostalAddress#none()} when none was given
     */
    public PostalAddress address() { return address; }
    /**
     * Date of birth, for income statements.
     *
     * @return the date, or empty
     */
    public Optional<LocalDate> dateOfBirth() { return Optional.ofNullable(dateOfBirth); }
    /**
     * Tax identification number, for income statements.
     *
     * @return the number, or empty
     */
    public Optional<String> taxId() { return Optional.ofNullable(taxId); }
    /**
     * Bank account.
     *
     * @return the IBAN, or empty
     */
    public Optional<String> iban() { return Optional.ofNullable(iban); }
    /**
     * Where the member is in the lifecycle.
     *
     * @return the status
     */
    public MemberStatus status() { return status; }
    /**
     * The day the application was made.
     *
     * @return the day
     */
    public LocalDate appliedOn() { return appliedOn; }
    /**
     * The day the current status took effect.
     *
     * @return the day
     */
    public LocalDate statusSince() { return statusSince; }
    /**
     * Why the member is in the current status.
     *
     * @return the reason given with the last change, or empty
     */
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
