package org.coopkit.core.members;

import java.util.List;
import java.util.Optional;

/**
 * The members' repository. Every method must be called inside a transaction
 * ({@code Transactions.inTransaction}).
 */
public interface Members {
    /**
     * A member or applicant by id.
     *
     * @param id the id
     * @return the member, or empty
     */
    Optional<Member> find(MemberId id);

    /**
     * Reads and locks the member's row until the transaction ends (for lifecycle changes).
     *
     * @param id the id
     * @return the member, or empty
     */
    Optional<Member> findForUpdate(MemberId id);

    /**
     * A member or applicant by email address.
     *
     * @param email the address
     * @return the member, or empty
     */
    Optional<Member> findByEmail(String email);

    /**
     * Every member in this status, ordered by membership number.
     *
     * @param status the status
     * @return the members
     */
    List<Member> inStatus(MemberStatus status);

    /**
     * Everyone, members by membership number then applicants by application date.
     *
     * @return every member and applicant
     */
    List<Member> all();

    /**
     * One page of {@link #all()}, in the same order.
     *
     * @param offset how many to skip
     * @param limit  at most this many
     * @return the page
     */
    List<Member> page(int offset, int limit);

    /**
     * How many members and applicants there are.
     *
     * @return the count
     */
    long count();

    /**
     * Stores a new member or applicant.
     *
     * @param member the member
     */
    void add(Member member);

    /**
     * Stores the new state of an existing member.
     *
     * @param member the member, by id
     */
    void update(Member member);

    /**
     * The next membership number: consecutive, gap-free, never reused; locks the counter until commit.
     *
     * @return the number
     */
    long nextMembershipNumber();

    /**
     * Appends a status change to the member's history.
     *
     * @param change the change
     */
    void recordStatusChange(StatusChange change);

    /**
     * A member's status changes.
     *
     * @param id the member
     * @return the changes, oldest first
     */
    List<StatusChange> history(MemberId id);

    /**
     * Pseudonymises a departed member: name, email, address and free-text reasons are replaced now;
     * tax id, date of birth and IBAN are kept until {@code retainUntil} (accounting law), then
     * {@link #purgeRetained} removes them. The id, number, category and statuses stay, so every
     * total and chain stays whole.
     *
     * @param id          the departed member
     * @param retainUntil the day the fiscal identity may be purged
     */
    void erase(MemberId id, java.time.LocalDate retainUntil);

    /**
     * Removes retained identifying data whose retention period ended before {@code today}.
     *
     * @param today the current day
     * @return how many members
     */
    int purgeRetained(java.time.LocalDate today);

    /**
     * The date until which an erased member's fiscal identity is kept, if erased.
     *
     * @param id the member
     * @return the date, or empty when not erased
     */
    java.util.Optional<java.time.LocalDate> retainedUntil(MemberId id);
}
