package org.coopkit.ledger.accounts.internal;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.coopkit.core.persistence.Transactions;
import org.coopkit.ledger.accounts.Account;
import org.coopkit.ledger.accounts.AccountCode;
import org.coopkit.ledger.accounts.AccountRole;
import org.coopkit.ledger.accounts.AccountScope;
import org.coopkit.ledger.accounts.AccountType;
import org.coopkit.ledger.accounts.Accounts;

/** {@link Accounts} on JPA. */
public final class JpaAccounts implements Accounts {
    private final Transactions tx;

    public JpaAccounts(Transactions tx) {
        this.tx = tx;
    }

    private EntityManager em() {
        return tx.entityManager();
    }

    @Override
    public Optional<Account> find(AccountCode code) {
        return Optional.ofNullable(em().find(AccountEntity.class, code.value())).map(JpaAccounts::toDomain);
    }

    @Override
    public java.util.Map<AccountCode, Account> findAll(java.util.Collection<AccountCode> codes) {
        java.util.Map<AccountCode, Account> out = new java.util.HashMap<>();
        if (codes.isEmpty()) return out;
        em().createQuery("select a from AccountEntity a where a.code in :codes", AccountEntity.class)
                .setParameter("codes", codes.stream().map(AccountCode::value).toList())
                .getResultStream().map(JpaAccounts::toDomain).forEach(a -> out.put(a.code(), a));
        return out;
    }

    @Override
    public Optional<Account> withRole(AccountRole role) {
        return em().createQuery("select a from AccountEntity a where a.role = :r", AccountEntity.class)
                .setParameter("r", role.name()).getResultStream().findFirst().map(JpaAccounts::toDomain);
    }

    @Override
    public List<Account> all() {
        return em().createQuery("select a from AccountEntity a order by a.code", AccountEntity.class)
                .getResultStream().map(JpaAccounts::toDomain).toList();
    }

    @Override
    public void add(Account account) {
        AccountEntity e = new AccountEntity();
        e.code = account.code().value();
        e.name = account.name();
        e.type = account.type().name();
        e.scope = account.scope().name();
        e.role = account.role().map(Enum::name).orElse(null);
        em().persist(e);
    }

    static Account toDomain(AccountEntity e) {
        return new Account(AccountCode.of(e.code), e.name, AccountType.valueOf(e.type), AccountScope.valueOf(e.scope),
                Optional.ofNullable(e.role).map(AccountRole::valueOf));
    }
}
