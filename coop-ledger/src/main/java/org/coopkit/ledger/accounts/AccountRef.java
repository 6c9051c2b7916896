package org.coopkit.ledger.accounts;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.coopkit.core.members.MemberId;

/**
 * What a journal line posts to: an account of the chart and, for a per-member account, the
 * member's sub-account. Written {@code 4551:<member id>} in exports.
 *
 * @param code the account's code
 * @param member the member's sub-account, for a per-member account; empty for a general one
 */
public record AccountRef(AccountCode code, Optional<MemberId> member) implements Comparable<AccountRef> {
    private static final Comparator<AccountRef> ORDER = Comparator.comparing(AccountRef::code)
            .thenComparing(r -> r.member().map(MemberId::toString).orElse(""));

    /**
     * Checks that both components are given.
     *
     * @param code   the account's code
     * @param member the member's sub-account, for a per-member account; empty for a general one
     * @throws NullPointerException when one is null
     */
    public AccountRef {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(member, "member");
    }

    /**
     * A general account.
     *
     * @param code the account code
     * @return the reference
     */
    public static AccountRef of(String code) {
        return new AccountRef(AccountCode.of(code), Optional.empty());
    }

    /**
     * A general account.
     *
     * @param code the account code
     * @return the reference
     */
    public static AccountRef of(AccountCode code) {
        return new AccountRef(code, Optional.empty());
    }

    /**
     * A member's sub-account of a per-member account.
     *
     * @param code   the per-member account's code
     * @param member the member
     * @return the reference
     */
    public static AccountRef of(AccountCode code, MemberId member) {
        return new AccountRef(code, Optional.of(member));
    }

    /**
     * A member's sub-account of a per-member account.
     *
     * @param code   the per-member account's code
     * @param member the member
     * @return the reference
     */
    public static AccountRef of(String code, MemberId member) {
        return of(AccountCode.of(code), member);
    }

    @Override
    public int compareTo(AccountRef o) {
        return ORDER.compare(this, o);
    }

    @Override
    public String toString() {
        return member.map(m -> code.value() + ":" + m).orElse(code.value());
    }
}
