package org.coopkit.ledger.accounts;

import java.util.Objects;
import java.util.Optional;

/**
 * An account of the chart.
 *
 * @param code  its code, e.g. {@code 4551}
 * @param name  what a treasurer reads, e.g. {@code Patronage refunds payable}
 * @param type  asset, liability, equity, revenue or expense
 * @param scope general, or one sub-account per member
 * @param role  the role the ledger uses it for, if any
 */
public record Account(AccountCode code, String name, AccountType type, AccountScope scope, Optional<AccountRole> role) {
    /**
     * Checks the components.
     *
     * @param code  its code, e.g. {
     * @param name  what a treasurer reads, e.g. {
     * @param type  asset, liability, equity, revenue or expense
     * @param scope general, or one sub-account per member
     * @param role  the role the ledger uses it for, if any
     * @throws IllegalArgumentException when the name is blank or longer than 120 characters
     */
    public Account {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(role, "role");
        if (name == null || name.isBlank() || name.length() > 120) {
            throw new IllegalArgumentException("an account name is 1 to 120 characters");
        }
    }

    /**
     * A general account with no role.
     *
     * @param code the code
     * @param name the name
     * @param type the type
     * @return the account
     */
    public static Account general(String code, String name, AccountType type) {
        return new Account(AccountCode.of(code), name, type, AccountScope.GENERAL, Optional.empty());
    }

    /**
     * A general account holding a role.
     *
     * @param code the code
     * @param name the name
     * @param type the type
     * @param role the role
     * @return the account
     */
    public static Account general(String code, String name, AccountType type, AccountRole role) {
        return new Account(AccountCode.of(code), name, type, AccountScope.GENERAL, Optional.of(role));
    }

    /**
     * An account with one sub-account per member, holding a role.
     *
     * @param code the code
     * @param name the name
     * @param type the type
     * @param role the role
     * @return the account
     */
    public static Account perMember(String code, String name, AccountType type, AccountRole role) {
        return new Account(AccountCode.of(code), name, type, AccountScope.PER_MEMBER, Optional.of(role));
    }

    /**
     * Whether lines must name a member's sub-account.
     *
     * @return true for a per-member account
     */
    public boolean perMember() {
        return scope == AccountScope.PER_MEMBER;
    }
}
