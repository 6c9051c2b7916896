package org.coopkit.carshare.accounts.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.coopkit.core.members.MemberId;
import org.coopkit.core.persistence.Transactions;

/**
 * {@code carshare_password_resets}: the SHA-256 of each reset link's token (never the token), whose it
 * is, until when it works and when it was used. Times are epoch milliseconds (one portable type on H2,
 * PostgreSQL and MariaDB).
 */
public final class ResetTokens {
    private final Transactions tx;

    public ResetTokens(Transactions tx) {
        this.tx = tx;
    }

    public void add(String tokenHash, MemberId member, Instant created, Instant expires) {
        tx.entityManager().createNativeQuery(
                        "insert into carshare_password_resets (token_hash, member_id, created_at, expires_at) values (?1, ?2, ?3, ?4)")
                .setParameter(1, tokenHash).setParameter(2, member.toString()).setParameter(3, created.toEpochMilli())
                .setParameter(4, expires.toEpochMilli()).executeUpdate();
    }

    /**
     * Marks the token used if it is unused and unexpired: a conditional update, so of two uses racing
     * on one token the database lets exactly one change the row.
     */
    public Optional<MemberId> use(String tokenHash, Instant now) {
        int changed = tx.entityManager().createNativeQuery(
                        "update carshare_password_resets set used_at = ?1 where token_hash = ?2 and used_at is null and expires_at > ?1")
                .setParameter(1, now.toEpochMilli()).setParameter(2, tokenHash).executeUpdate();
        if (changed != 1) return Optional.empty();
        return memberOf(tokenHash);
    }

    /** Whether the token would still work now (the form is shown only for a live link). */
    public boolean live(String tokenHash, Instant now) {
        return !tx.entityManager().createNativeQuery(
                        "select member_id from carshare_password_resets where token_hash = ?1 and used_at is null and expires_at > ?2")
                .setParameter(1, tokenHash).setParameter(2, now.toEpochMilli()).getResultList().isEmpty();
    }

    /** Ends the member's other links once one was used. */
    public void useAllOf(MemberId member, Instant now) {
        tx.entityManager().createNativeQuery("update carshare_password_resets set used_at = ?1 where member_id = ?2 and used_at is null")
                .setParameter(1, now.toEpochMilli()).setParameter(2, member.toString()).executeUpdate();
    }

    private Optional<MemberId> memberOf(String tokenHash) {
        List<?> rows = tx.entityManager().createNativeQuery("select member_id from carshare_password_resets where token_hash = ?1")
                .setParameter(1, tokenHash).getResultList();
        return rows.stream().findFirst().map(r -> MemberId.of(String.valueOf(r)));
    }

    /** The member's reset requests (for their data export): requested, expires, used (epoch ms, used may be null). */
    @SuppressWarnings("unchecked")
    public List<Object[]> of(MemberId member) {
        return tx.entityManager().createNativeQuery(
                        "select created_at, expires_at, used_at from carshare_password_resets where member_id = ?1 order by created_at")
                .setParameter(1, member.toString()).getResultList();
    }

    public void deleteAllOf(MemberId member) {
        tx.entityManager().createNativeQuery("delete from carshare_password_resets where member_id = ?1")
                .setParameter(1, member.toString()).executeUpdate();
    }
}
