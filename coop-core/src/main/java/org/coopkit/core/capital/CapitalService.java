package org.coopkit.core.capital;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.actors.Role;
import org.coopkit.core.audit.AuditLog;
import org.coopkit.core.capital.internal.CapitalStore;
import org.coopkit.core.errors.InvalidInput;
import org.coopkit.core.members.Member;
import org.coopkit.core.members.MemberId;
import org.coopkit.core.members.MemberNotFound;
import org.coopkit.core.members.Members;
import org.coopkit.core.money.Money;
import org.coopkit.core.persistence.Transactions;
import org.coopkit.core.statutes.CoopStatutes;

/**
 * Share capital: subscriptions (shares × nominal), payments, redemption at withdrawal (never above
 * the nominal value of the shares, never above what was paid), refunds taken as shares, the
 * register per member and in total, as it stands or as it stood on any day. With books connected
 * ({@link CapitalBooks}), every movement posts its journal entry in its own transaction, and
 * {@link #checkAgainstBooks} names any member where register and books differ.
 * Each operation locks the member's row, so two racing payments or redemptions cannot both pass a
 * check that only one of them may pass. The movements and the comparison with the books are owned
 * by package-private parts ({@code CapitalMovements}, {@code BooksReconciliation}); this class is
 * their one public entry point and the register's reads.
 */
public final class CapitalService {
    private final Transactions tx;
    private final Members members;
    private final CapitalStore store;
    private final CoopStatutes statutes;
    private final CapitalMovements movements;
    private final BooksReconciliation reconciliation;
    private volatile CapitalBooks books = CapitalBooks.NONE;

    /**
     * Wiring for {@code CoreModule}; no books are connected until {@link #connectBooks}.
     *
     * @param tx       the transactions
     * @param members  the member register
     * @param audit    the audit log every movement is recorded in
     * @param statutes fix the share nominal and the currency
     * @param clock    the clock that dates movements
     */
    public CapitalService(Transactions tx, Members members, AuditLog audit, CoopStatutes statutes, Clock clock) {
        this.tx = tx;
        this.members = members;
        this.store = new CapitalStore(tx);
        this.statutes = statutes;
        this.movements = new CapitalMovements(tx, members, store, audit, statutes, clock, () -> books);
        this.reconciliation = new BooksReconciliation(tx, members, store, statutes);
    }

    /**
     * Connects the co-op's books (the ledger module does on construction; a composition root may
     * connect a decorated port instead): from then on every movement posts its journal entry in the
     * movement's own transaction.
     *
     * @param books the port to the books, not null
     */
    public void connectBooks(CapitalBooks books) {
        this.books = java.util.Objects.requireNonNull(books, "books");
    }

    /**
     * Subscribes shares for a member or applicant (BOARD or TREASURER), at the statutes' nominal;
     * audited as {@code capital.subscribed}.
     *
     * @param actor  a board member or the treasurer
     * @param member the member or applicant
     * @param shares number of shares, at least 1
     * @return the account after the subscription
     * @throws org.coopkit.core.actors.AccessDenied when the actor is neither BOARD nor TREASURER
     * @throws InvalidInput when {@code shares} is below 1
     * @throws MemberNotFound when no one has this id
     * @throws CapitalRefused ({@code member-left}, 409) when the member has withdrawn or was excluded
     */
    public CapitalAccount subscribe(Actor actor, MemberId member, int shares) {
        return movements.subscribe(actor, member, shares);
    }

    /**
     * Records a payment towards subscribed shares (TREASURER); refuses paying more than subscribed.
     * Audited as {@code capital.paid}.
     *
     * @param actor  the treasurer
     * @param member the member or applicant
     * @param amount positive, in the co-op's currency
     * @return the account after the payment
     * @throws org.coopkit.core.actors.AccessDenied when the actor is not TREASURER
     * @throws InvalidInput when the amount is missing or not positive
     * @throws MemberNotFound when no one has this id
     * @throws CapitalRefused ({@code overpayment}, 422) when the amount exceeds the unpaid subscription
     */
    public CapitalAccount recordPayment(Actor actor, MemberId member, Money amount) {
        return movements.recordPayment(actor, member, amount);
    }

    /**
     * Pays back a departed member's capital (treasurer). The amount is at most what they paid and
     * never above the nominal value of their shares (loi 1947: no capital gain on shares); a smaller
     * amount is allowed where losses must be borne. Audited as {@code capital.redeemed}.
     *
     * @param actor  the treasurer
     * @param member the departed member
     * @param amount positive, in the co-op's currency
     * @return the account after the redemption
     * @throws org.coopkit.core.actors.AccessDenied when the actor is not TREASURER
     * @throws InvalidInput when the amount is missing or not positive
     * @throws MemberNotFound when no one has this id
     * @throws CapitalRefused {@code still-member} (409) unless WITHDRAWN or EXCLUDED;
     *                        {@code redemption-above-nominal} (422) above what can be paid back
     */
    public CapitalAccount redeem(Actor actor, MemberId member, Money amount) {
        return movements.redeem(actor, member, amount);
    }

    /**
     * Takes a patronage refund as new shares (the treasurer, or the ledger posting an adopted
     * allocation as the system): subscribes as many whole shares at the nominal value as the refund
     * pays for, pays them from the refund, and leaves the remainder due to the member. A member who
     * has left, or a refund below one share, converts nothing (all of it stays due).
     *
     * @param actor     the treasurer, or the system
     * @param member    the member
     * @param refund    the refund due, zero or more
     * @param reference names the refund in the memo and the audit log, e.g. the fiscal year
     * @return shares taken, amount converted and remainder due
     * @throws org.coopkit.core.actors.AccessDenied when the actor is not TREASURER
     * @throws InvalidInput when the refund is missing or negative
     * @throws MemberNotFound when no one has this id
     */
    public RefundConversion convertRefund(Actor actor, MemberId member, Money refund, String reference) {
        return movements.convertRefund(actor, member, refund, reference);
    }

    /**
     * A member's capital account as it stood at the end of a day (self, BOARD or TREASURER).
     *
     * @param actor  the member, a board member or the treasurer
     * @param member the member
     * @param at     the day
     * @return the account at the end of {@code at}
     * @throws org.coopkit.core.actors.AccessDenied when the actor is another member without those roles
     * @throws MemberNotFound when no one has this id
     */
    public CapitalAccount accountOn(Actor actor, MemberId member, LocalDate at) {
        actor.requireSelfOr(member, Role.BOARD, Role.TREASURER);
        return tx.inTransaction(() -> store.account(members.find(member).orElseThrow(() -> new MemberNotFound(member)), statutes.currency(), at));
    }

    /**
     * The register as it stood at the end of a day (BOARD or TREASURER; year-end reports).
     *
     * @param actor a board member or the treasurer
     * @param at    the day
     * @return the register at the end of {@code at}
     * @throws org.coopkit.core.actors.AccessDenied when the actor is neither BOARD nor TREASURER
     */
    public CapitalRegister registerOn(Actor actor, LocalDate at) {
        actor.require(Role.BOARD, Role.TREASURER);
        return tx.inTransaction(() -> registerAt(at, members.all()));
    }

    /**
     * {@link #registerOn(Actor, LocalDate)} over members the caller already read (a report reading them once).
     * @param actor a board member or the treasurer
     * @param at the day
     * @param all the co-op's members, as {@link Members#all()} gives them
     * @return the register at the end of {@code at}
     */
    public CapitalRegister registerOn(Actor actor, LocalDate at, List<Member> all) {
        actor.require(Role.BOARD, Role.TREASURER);
        return tx.inTransaction(() -> registerAt(at, all));
    }

    /**
     * Compares the register with the books at the end of a day (board or treasurer): names every
     * member whose capital held differs. Without connected books there is nothing to compare.
     *
     * @param actor a board member or the treasurer
     * @param at    the day
     * @return the comparison; {@code booksConnected} false without books
     * @throws org.coopkit.core.actors.AccessDenied when the actor is neither BOARD nor TREASURER
     */
    public CapitalCheck checkAgainstBooks(Actor actor, LocalDate at) {
        actor.require(Role.BOARD, Role.TREASURER);
        return reconciliation.check(at, books);
    }

    /**
     * A member's capital account as it stands (self, BOARD or TREASURER).
     *
     * @param actor  the member, a board member or the treasurer
     * @param member the member
     * @return the account
     * @throws org.coopkit.core.actors.AccessDenied when the actor is another member without those roles
     * @throws MemberNotFound when no one has this id
     */
    public CapitalAccount account(Actor actor, MemberId member) {
        actor.requireSelfOr(member, Role.BOARD, Role.TREASURER);
        return tx.inTransaction(() -> accountOf(members.find(member).orElseThrow(() -> new MemberNotFound(member))));
    }

    /**
     * The lines of a member's capital account (self, BOARD or TREASURER).
     *
     * @param actor  the member, a board member or the treasurer
     * @param member the member
     * @return the movements
     * @throws org.coopkit.core.actors.AccessDenied when the actor is another member without those roles
     */
    public List<CapitalMovement> movements(Actor actor, MemberId member) {
        actor.requireSelfOr(member, Role.BOARD, Role.TREASURER);
        return tx.inTransaction(() -> store.movements(member, statutes.currency()));
    }

    /**
     * The register of every member holding or having held capital (BOARD or TREASURER).
     *
     * @param actor a board member or the treasurer
     * @return the register as it stands
     * @throws org.coopkit.core.actors.AccessDenied when the actor is neither BOARD nor TREASURER
     */
    public CapitalRegister register(Actor actor) {
        return registerOn(actor, null);
    }

    private CapitalRegister registerAt(LocalDate at, List<Member> all) {
        java.util.Currency cur = statutes.currency();
        // every member's sums from one GROUP BY query, not a query per member (docs/performance.md)
        java.util.Map<MemberId, CapitalAccount> sums = store.accounts(all, cur, at);
        List<CapitalAccount> accounts = all.stream().map(m -> sums.get(m.id()))
                .filter(a -> a != null && (a.shares() != 0 || !a.paid().isZero())).toList();
        return new CapitalRegister(accounts, accounts.stream().mapToLong(CapitalAccount::shares).sum(),
                Money.sum(accounts.stream().map(CapitalAccount::subscribed).toList(), cur),
                Money.sum(accounts.stream().map(CapitalAccount::paid).toList(), cur),
                Money.sum(accounts.stream().map(CapitalAccount::redeemed).toList(), cur));
    }

    private CapitalAccount accountOf(Member m) {
        return store.account(m, statutes.currency());
    }
}
