package org.coopkit.core.members;

import java.util.List;
import java.util.Optional;

/**
 * The members' repository. Every method must be called inside a transaction
 * ({@code Transactions.inTransaction}).
 */
public interface Members {
    Optional<Member> find(MemberId id);

    /** Reads and locks the member's row until the transaction ends (for lifecycle changes). */
    Optional<Member> findForUpdate(MemberId id);

    Optional<Member> findByEmail(String email);

    /** Every member in this status, ordered by membership number. */
    List<Member> inStatus(MemberStatus status);

    /** Everyone, members by membership number then applicants by application date. */
    List<Member> all();

    List<Member> page(int offset, int limit);

    long count();

    void add(Member member);

    void update(Member member);

    /** The next membership number: consecutive, gap-free, never reused; locks the counter until commit. */
    long nextMembershipNumber();

    void recordStatusChange(StatusChange change);

    List<StatusChange> history(MemberId id);

    /**
     * Pseudonymises a departed member: name, email, address and free-text reasons are replaced now;
     * tax id, date of birth and IBAN are kept until {@code retainUntil} (accounting law), then
     * {@link #purgeRetained} removes them. The id, number, category and statuses stay, so every
     * total and chain stays whole.
     */
    void erase(MemberId id, java.time.LocalDate retainUntil);

    /** Removes retained identifying data whose retention period ended before {@code today}; returns how many members. */
    int purgeRetained(java.time.LocalDate today);

    /** The date until which an erased member's fiscal identity is kept, if erased. */
    java.util.Optional<java.time.LocalDate> retainedUntil(MemberId id);
}
