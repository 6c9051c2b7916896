package org.coopkit.ledger.accounts;

import java.util.List;
import java.util.Optional;

/** The chart of accounts' repository. Call inside a transaction. */
public interface Accounts {
    /**
     * One account by code.
     *
     * @param code the code
     * @return the account, or empty
     */
    Optional<Account> find(AccountCode code);

    /**
     * The accounts of the given codes that exist, by code (one query where the store can).
     *
     * @param codes the codes to look up
     * @return the existing accounts by code
     */
    default java.util.Map<AccountCode, Account> findAll(java.util.Collection<AccountCode> codes) {
        java.util.Map<AccountCode, Account> out = new java.util.HashMap<>();
        for (AccountCode c : codes) find(c).ifPresent(a -> out.put(c, a));
        return out;
    }

    /**
     * The account holding a role.
     *
     * @param role the role
     * @return the account, or empty
     */
    Optional<Account> withRole(AccountRole role);

    /**
     * Every account, ordered by code.
     *
     * @return the accounts
     */
    List<Account> all();

    /**
     * Stores a new account.
     *
     * @param account the account
     */
    void add(Account account);
}
