package org.coopkit.ledger.accounts;

import java.util.List;
import java.util.Optional;

/** The chart of accounts' repository. Call inside a transaction. */
public interface Accounts {
    Optional<Account> find(AccountCode code);

    /** The accounts of the given codes that exist, by code (one query where the store can). */
    default java.util.Map<AccountCode, Account> findAll(java.util.Collection<AccountCode> codes) {
        java.util.Map<AccountCode, Account> out = new java.util.HashMap<>();
        for (AccountCode c : codes) find(c).ifPresent(a -> out.put(c, a));
        return out;
    }

    Optional<Account> withRole(AccountRole role);

    /** Every account, ordered by code. */
    List<Account> all();

    void add(Account account);
}
