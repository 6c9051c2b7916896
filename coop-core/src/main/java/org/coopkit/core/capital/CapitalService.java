package org.coopkit.core.capital;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
 * Share capital: subscriptions (shares × nominal), payments, redemption at withdrawal (never above
 * the nominal value of the shares, never above what was paid), the register per member and in total.
 * Each operation locks the member's row, so two racing payments or redemptions cannot both pass a
 * check that only one of them may pass.
 */
public final class CapitalService {
    private final Transactions tx;
    private final Members members;
    private final CapitalStore store;
    private final AuditLog audit;
    private final CoopStatutes statutes;
    private final Clock clock;

    public CapitalService(Transactions tx, Members members, CapitalStore store, AuditLog audit, CoopStatutes statutes, Clock clock) {
        this.tx = tx;
        this.members = members;
        this.store = store;
        this.audit = audit;
        this.statutes = statutes;
        this.clock = clock;
    }

    /** Subscribes shares for a member or applicant (board or treasurer). */
    public CapitalAccount subscribe(Actor actor, MemberId member, int shares) {
        actor.require(Role.BOARD, Role.TREASURER);
        if (shares <= 0) throw new InvalidInput("shares", "must be at least 1");
        return tx.inTransaction(() -> {
            Member m = lock(member);
            if (m.status().isFinal()) {
                throw new CapitalRefused(ErrorKind.CONFLICT, "member-left", "member " + member + " has left and cannot subscribe");
            }
            Money amount = statutes.shareNominal().times(shares);
            store.add(member, CapitalMovement.Kind.SUBSCRIPTION, shares, amount, today(), "subscription of " + shares + " shares");
            audit.record(actor, "capital.subscribed", member.toString(), shares + " shares, " + amount);
            return accountOf(m);
        });
    }

    /** Records a payment towards subscribed shares (treasurer); refuses paying more than subscribed. */
    public CapitalAccount recordPayment(Actor actor, MemberId member, Money amount) {
        actor.require(Role.TREASURER);
        if (amount == null || !amount.isPositive()) throw new InvalidInput("amount", "must be positive");
        return tx.inTransaction(() -> {
            Member m = lock(member);
            CapitalAccount before = accountOf(m);
            if (amount.isGreaterThan(before.unpaid())) {
                throw new CapitalRefused(ErrorKind.UNPROCESSABLE, "overpayment",
                        "payment of " + amount + " exceeds the unpaid subscription of " + before.unpaid());
            }
            store.add(member, CapitalMovement.Kind.PAYMENT, 0, amount, today(), "payment");
            audit.record(actor, "capital.paid", member.toString(), amount.toString());
            return accountOf(m);
        });
    }

    /**
     * Pays back a departed member's capital (treasurer). The amount is at most what they paid and
     * never above the nominal value of their shares (loi 1947: no capital gain on shares); a smaller
     * amount is allowed where losses must be borne.
     */
    public CapitalAccount redeem(Actor actor, MemberId member, Money amount) {
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
            store.add(member, CapitalMovement.Kind.REDEMPTION, 0, amount, today(), "redemption at departure");
            audit.record(actor, "capital.redeemed", member.toString(), amount.toString());
            return accountOf(m);
        });
    }

    /** A member's capital account (self, board or treasurer). */
    public CapitalAccount account(Actor actor, MemberId member) {
        actor.requireSelfOr(member, Role.BOARD, Role.TREASURER);
        return tx.inTransaction(() -> accountOf(members.find(member).orElseThrow(() -> new MemberNotFound(member))));
    }

    public List<CapitalMovement> movements(Actor actor, MemberId member) {
        actor.requireSelfOr(member, Role.BOARD, Role.TREASURER);
        return tx.inTransaction(() -> store.movements(member, statutes.currency()));
    }

    /** The register of every member holding or having held capital (board or treasurer). */
    public CapitalRegister register(Actor actor) {
        actor.require(Role.BOARD, Role.TREASURER);
        return registerOf();
    }

    // other modules' reports (e.g. capital interest) call register(Actor) with the system actor once they checked their caller
    private CapitalRegister registerOf() {
        return tx.inTransaction(() -> {
            List<CapitalAccount> accounts = new ArrayList<>();
            long shares = 0;
            Money sub = Money.zero(statutes.currency()), paid = sub, red = sub;
            for (Member m : members.all()) {
                CapitalAccount a = accountOf(m);
                if (a.shares() == 0 && a.paid().isZero()) continue;
                accounts.add(a);
                shares += a.shares();
                sub = sub.plus(a.subscribed());
                paid = paid.plus(a.paid());
                red = red.plus(a.redeemed());
            }
            return new CapitalRegister(List.copyOf(accounts), shares, sub, paid, red);
        });
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
