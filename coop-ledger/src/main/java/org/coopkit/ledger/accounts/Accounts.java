package org.coopkit.ledger.accounts;

import java.util.List;
import java.util.Optional;

/** The chart of accounts' repository. Call inside a transaction. */
public interface Accounts {
    Optional<Account> find(AccountCode code);

    Optional<Account> withRole(AccountRole role);

    /** Every account, ordered by code. */
    List<Account> all();

    void add(Account account);
}
