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
}
