package org.coopkit.ledger.accounts;

import static org.coopkit.ledger.accounts.AccountType.ASSET;
import static org.coopkit.ledger.accounts.AccountType.EQUITY;
import static org.coopkit.ledger.accounts.AccountType.EXPENSE;
import static org.coopkit.ledger.accounts.AccountType.LIABILITY;
import static org.coopkit.ledger.accounts.AccountType.REVENUE;

import java.util.List;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.actors.Role;
import org.coopkit.core.persistence.Transactions;

/**
 * The chart of accounts: the standard accounts a platform co-op needs (codes after the French
 * plan comptable général) and any the treasurer opens. Accounts are never deleted: the journal
 * references them.
 */
public final class ChartOfAccounts {
    /** The accounts installed on first start. */
    public static final List<Account> STANDARD = List.of(
            Account.perMember("1011", "Subscribed capital, unpaid", EQUITY, AccountRole.SUBSCRIBED_CAPITAL_UNPAID),
            Account.perMember("1013", "Member capital", EQUITY, AccountRole.MEMBER_CAPITAL),
            Account.general("1061", "Legal reserve", EQUITY, AccountRole.LEGAL_RESERVE),
            Account.general("1064", "Statutory indivisible reserves", EQUITY, AccountRole.STATUTORY_RESERVE),
            Account.general("1068", "Development fund", EQUITY, AccountRole.DEVELOPMENT_FUND),
            Account.general("110", "Retained earnings", EQUITY, AccountRole.RETAINED_EARNINGS),
            Account.general("120", "Result of the year", EQUITY, AccountRole.RESULT),
            Account.general("411", "Customers receivable", ASSET),
            Account.perMember("4561", "Members, capital subscribed unpaid", ASSET, AccountRole.CAPITAL_SUBSCRIPTIONS_RECEIVABLE),
            Account.perMember("4551", "Patronage refunds payable", LIABILITY, AccountRole.REFUNDS_PAYABLE),
            Account.perMember("4552", "Capital interest payable", LIABILITY, AccountRole.CAPITAL_INTEREST_PAYABLE),
            Account.perMember("4553", "Workers share payable", LIABILITY, AccountRole.WORKERS_SHARE_PAYABLE),
            Account.perMember("467", "Owner payouts payable", LIABILITY, AccountRole.OWNER_PAYOUTS_PAYABLE),
            Account.general("512", "Bank", ASSET, AccountRole.BANK),
            Account.general("606", "Purchases and supplies", EXPENSE),
            Account.general("622", "Fees and services", EXPENSE, AccountRole.OPERATING_EXPENSES),
            Account.general("641", "Wages", EXPENSE),
            Account.general("706", "Platform sales", REVENUE, AccountRole.PLATFORM_SALES),
            Account.general("708", "Commissions", REVENUE, AccountRole.COMMISSIONS));

    private final Transactions tx;
    private final Accounts accounts;

    /**
     * Wiring for {@code LedgerModule}.
     *
     * @param tx       the module's transactions
     * @param accounts the accounts' repository
     */
    public ChartOfAccounts(Transactions tx, Accounts accounts) {
        this.tx = tx;
        this.accounts = accounts;
    }

    /** Installs the standard accounts that are missing (idempotent; run at start-up). */
    public void installStandard() {
        tx.run(() -> {
            for (Account a : STANDARD) {
                if (accounts.find(a.code()).isEmpty()
                        && a.role().flatMap(accounts::withRole).isEmpty()) {
                    accounts.add(a);
                }
            }
        });
    }

    /**
     * Opens a new account (treasurer).
     *
     * @param actor   the caller; needs {@code TREASURER}
     * @param account the new account
     * @return the opened account
     * @throws DuplicateAccount when the code, or the role, is already taken
     */
    public Account open(Actor actor, Account account) {
        actor.require(Role.TREASURER);
        return tx.inTransaction(() -> {
            if (accounts.find(account.code()).isPresent()) throw new DuplicateAccount("account " + account.code());
            if (account.role().flatMap(accounts::withRole).isPresent()) {
                throw new DuplicateAccount("an account with role " + account.role().get());
            }
            accounts.add(account);
            return account;
        });
    }

    /**
     * The whole chart, by code (any member may read it: the books are open to members).
     *
     * @param actor the caller; needs {@code MEMBER}, {@code BOARD} or {@code TREASURER}
     * @return every account, by code
     */
    public List<Account> all(Actor actor) {
        actor.require(Role.MEMBER, Role.BOARD, Role.TREASURER);
        return tx.inTransaction(accounts::all);
    }

    /**
     * An account by code (no role check: used by the module's services).
     *
     * @param code the account code
     * @return the account
     * @throws UnknownAccount when no account has the code
     */
    public Account get(AccountCode code) {
        return tx.inTransaction(() -> accounts.find(code).orElseThrow(() -> new UnknownAccount(code.value())));
    }

    /**
     * The account holding a role; refuses when the chart has none.
     *
     * @param role the role
     * @return the account holding it
     * @throws UnknownAccount when no account holds the role
     */
    public Account withRole(AccountRole role) {
        return tx.inTransaction(() -> accounts.withRole(role).orElseThrow(() -> new UnknownAccount("with role " + role)));
    }
}
