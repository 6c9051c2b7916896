package org.coopkit.core.capital;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.actors.Role;
import org.coopkit.core.audit.AuditLog;
import org.coopkit.core.capital.internal.CapitalStore;
import org.coopkit.core.errors.ErrorKind;
import org.coopkit.core.errors.InvalidInput;
import org.coopkit.core.members.Member;
import org.coopkit.core.members.MemberId;
import org.coopkit.core.members.MemberNotFound;
import org.coopkit.core.members.MemberStatus;
import org.coopkit.core.members.Members;
import org.coopkit.core.money.Money;
import org.coopkit.core.persistence.Transactions;
import org.coopkit.core.statutes.CoopStatutes;

/**
 * The movements of share capital: subscription at the nominal, payment (never more than
 * subscribed), redemption at departure (never above nominal, never above what was paid), a refund
 * taken as shares. Each locks the member's row, posts its entry to the connected books in the same
 * transaction, and is audited.
 */
final class CapitalMovements {
    private final Transactions tx;
    private final Members members;
    private final CapitalStore store;
    private final AuditLog audit;
    private final CoopStatutes statutes;
    private final Clock clock;
    private final Supplier<CapitalBooks> connected;

    CapitalMovements(Transactions tx, Members members, CapitalStore store, AuditLog audit, CoopStatutes statutes, Clock clock,
            Supplier<CapitalBooks> connected) {
        this.tx = tx;
        this.members = members;
        this.store = store;
        this.audit = audit;
        this.statutes = statutes;
        this.clock = clock;
        this.connected = connected;
    }

    CapitalAccount subscribe(Actor actor, MemberId member, int shares) {
        actor.require(Role.BOARD, Role.TREASURER);
        if (shares <= 0) throw new InvalidInput("shares", "must be at least 1");
        return tx.inTransaction(() -> {
            Member m = lock(member);
            if (m.status().isFinal()) {
                throw new CapitalRefused(ErrorKind.CONFLICT, "member-left", "member " + member + " has left and cannot subscribe");
            }
            Money amount = statutes.shareNominal().times(shares);
            books().post(store.add(member, CapitalMovement.Kind.SUBSCRIPTION, shares, amount, today(), "subscription of " + shares + " shares"));
            audit.record(actor, "capital.subscribed", member.toString(), shares + " shares, " + amount);
            return accountOf(m);
        });
    }

    CapitalAccount recordPayment(Actor actor, MemberId member, Money amount) {
        actor.require(Role.TREASURER);
        if (amount == null || !amount.isPositive()) throw new InvalidInput("amount", "must be positive");
        return tx.inTransaction(() -> {
            Member m = lock(member);
            CapitalAccount before = accountOf(m);
            if (amount.isGreaterThan(before.unpaid())) {
                throw new CapitalRefused(ErrorKind.UNPROCESSABLE, "overpayment",
                        "payment of " + amount + " exceeds the unpaid subscription of " + before.unpaid());
            }
            books().post(store.add(member, CapitalMovement.Kind.PAYMENT, 0, amount, today(), "payment"));
            audit.record(actor, "capital.paid", member.toString(), amount.toString());
            return accountOf(m);
        });
    }

    CapitalAccount redeem(Actor actor, MemberId member, Money amount) {
        actor.require(Role.TREASURER);
        if (amount == null || !amount.isPositive()) throw new InvalidInput("amount", "must be positive");
        return tx.inTransaction(() -> {
            Member m = lock(member);
            if (m.status() != MemberStatus.WITHDRAWN && m.status() != MemberStatus.EXCLUDED) {
                throw new CapitalRefused(ErrorKind.CONFLICT, "still-member",
                        "capital is redeemed only at withdrawal or exclusion; member " + member + " is " + m.status());
            }
            CapitalAccount before = accountOf(m);
            Money cap = before.held().min(before.subscribed().minus(before.redeemed()));
            if (amount.isGreaterThan(cap)) {
                throw new CapitalRefused(ErrorKind.UNPROCESSABLE, "redemption-above-nominal",
                        "redemption of " + amount + " exceeds what can be paid back (" + cap + ": paid capital, never above nominal)");
            }
            books().post(store.add(member, CapitalMovement.Kind.REDEMPTION, 0, amount, today(), "redemption at departure"));
            audit.record(actor, "capital.redeemed", member.toString(), amount.toString());
            return accountOf(m);
        });
    }

    RefundConversion convertRefund(Actor actor, MemberId member, Money refund, String reference) {
        actor.require(Role.TREASURER);
        if (refund == null || refund.isNegative()) throw new InvalidInput("refund", "must not be negative");
        return tx.inTransaction(() -> {
            Member m = lock(member);
            Money nominal = statutes.shareNominal();
            int shares = m.status().isFinal() ? 0 : refund.amount().divideToIntegralValue(nominal.amount()).intValueExact();
            Money converted = nominal.times(shares);
            if (shares > 0) {
                String memo = "refund " + reference + " taken as " + shares + " shares";
                books().post(store.add(member, CapitalMovement.Kind.SUBSCRIPTION, shares, converted, today(), memo));
                books().post(store.add(member, CapitalMovement.Kind.PAYMENT_FROM_REFUND, 0, converted, today(), memo));
                audit.record(actor, "capital.refund-converted", member.toString(), reference + ": " + shares + " shares, " + converted
                        + ", remainder " + refund.minus(converted));
            }
            return new RefundConversion(member, refund, shares, converted, refund.minus(converted));
        });
    }

    private CapitalBooks books() {
        return connected.get();
    }

    private Member lock(MemberId member) {
        return members.findForUpdate(member).orElseThrow(() -> new MemberNotFound(member));
    }

    private CapitalAccount accountOf(Member m) {
        return store.account(m, statutes.currency());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
