package org.coopkit.core.capital.internal;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.coopkit.core.capital.CapitalAccount;
import org.coopkit.core.capital.CapitalMovement;
import org.coopkit.core.members.Member;
import org.coopkit.core.members.MemberId;
import org.coopkit.core.money.Money;
import org.coopkit.core.persistence.Transactions;

/** Capital movements on JPA; accounts are sums over movements. Call inside a transaction. */
public final class CapitalStore {
    private final Transactions tx;

    public CapitalStore(Transactions tx) {
        this.tx = tx;
    }

    private EntityManager em() {
        return tx.entityManager();
    }

    public CapitalMovement add(MemberId member, CapitalMovement.Kind kind, int shares, Money amount, LocalDate on, String memo) {
        CapitalMovementEntity e = new CapitalMovementEntity();
        e.id = UUID.randomUUID().toString();
        e.memberId = member.toString();
        e.kind = kind.name();
        e.shares = shares;
        e.amount = amount.amount();
        e.currency = amount.currencyCode();
        e.onDate = on;
        e.memo = memo;
        em().persist(e);
        return new CapitalMovement(e.id, member, kind, shares, amount, on, memo);
    }

    public List<CapitalMovement> movements(MemberId member, Currency currency) {
        return em().createQuery("select c from CapitalMovementEntity c where c.memberId = :m order by c.onDate, c.id", CapitalMovementEntity.class)
                .setParameter("m", member.toString()).getResultStream()
                .map(c -> new CapitalMovement(c.id, member, CapitalMovement.Kind.valueOf(c.kind), c.shares,
                        Money.of(c.amount, Currency.getInstance(c.currency), java.math.RoundingMode.UNNECESSARY), c.onDate, c.memo))
                .toList();
    }

    /**
     * Every member's account as it stood at the end of {@code at} (every movement when null), from one
     * {@code GROUP BY} query over all members, by member id; members without movements are absent.
     * The register uses it instead of one query per member (docs/performance.md).
     */
    public java.util.Map<MemberId, CapitalAccount> accounts(List<Member> members, Currency currency, LocalDate at) {
        java.util.Map<String, Object[][]> sums = new java.util.HashMap<>();
        var q = em().createQuery("select c.memberId, c.kind, sum(c.shares), sum(c.amount) from CapitalMovementEntity c"
                + (at == null ? "" : " where c.onDate <= :at") + " group by c.memberId, c.kind", Object[].class);
        if (at != null) q.setParameter("at", at);
        for (Object[] row : q.getResultList()) {
            sums.computeIfAbsent((String) row[0], k -> new Object[CapitalMovement.Kind.values().length][])
                    [CapitalMovement.Kind.valueOf((String) row[1]).ordinal()] = row;
        }
        java.util.Map<MemberId, CapitalAccount> out = new java.util.HashMap<>();
        for (Member m : members) {
            Object[][] byKind = sums.get(m.id().toString());
            if (byKind == null) continue;
            int shares = 0;
            Money sub = Money.zero(currency), paid = sub, red = sub;
            for (CapitalMovement.Kind kind : CapitalMovement.Kind.values()) {
                Object[] row = byKind[kind.ordinal()];
                if (row == null) continue;
                Money amount = Money.of((java.math.BigDecimal) row[3], currency, java.math.RoundingMode.UNNECESSARY);
                switch (kind) {
                    case SUBSCRIPTION -> {
                        shares += ((Number) row[2]).intValue();
                        sub = sub.plus(amount);
                    }
                    case PAYMENT, PAYMENT_FROM_REFUND -> paid = paid.plus(amount);
                    case REDEMPTION -> red = red.plus(amount);
                }
            }
            out.put(m.id(), new CapitalAccount(m.id(), m.membershipNumber().orElse(0L), m.name(), shares, sub, paid, red));
        }
        return out;
    }

    /** The account of a member without any movement. */
    public CapitalAccount emptyAccount(Member m, Currency currency) {
        Money zero = Money.zero(currency);
        return new CapitalAccount(m.id(), m.membershipNumber().orElse(0L), m.name(), 0, zero, zero, zero);
    }

    public CapitalAccount account(Member m, Currency currency) {
        return account(m, currency, null);
    }

    /** The account as it stood at the end of {@code at} (every movement when null). */
    public CapitalAccount account(Member m, Currency currency, LocalDate at) {
        int shares = 0;
        Money sub = Money.zero(currency), paid = sub, red = sub;
        for (CapitalMovement mv : movements(m.id(), currency)) {
            if (at != null && mv.on().isAfter(at)) continue;
            switch (mv.kind()) {
                case SUBSCRIPTION -> {
                    shares += mv.shares();
                    sub = sub.plus(mv.amount());
                }
                case PAYMENT, PAYMENT_FROM_REFUND -> paid = paid.plus(mv.amount());
                case REDEMPTION -> red = red.plus(mv.amount());
            }
        }
        return new CapitalAccount(m.id(), m.membershipNumber().orElse(0L), m.name(), shares, sub, paid, red);
    }
}
