package org.coopkit.ledger.payouts.internal;

import jakarta.persistence.EntityManager;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.coopkit.core.members.MemberId;
import org.coopkit.core.money.Money;
import org.coopkit.core.persistence.Transactions;
import org.coopkit.ledger.journal.EntryId;
import org.coopkit.ledger.payouts.MemberPayout;
import org.coopkit.ledger.payouts.PayoutRun;

/** Payout runs on JPA, one row per line. Call inside a transaction. */
public final class PayoutStore {
    private final Transactions tx;

    /** A run as stored (names are filled in by the service). */
    public record StoredRun(String key, LocalDate executionDate, Instant createdAt, Optional<EntryId> entry, List<PayoutRun.Line> lines) {
    }

    public PayoutStore(Transactions tx) {
        this.tx = tx;
    }

    private EntityManager em() {
        return tx.entityManager();
    }

    public void add(String key, LocalDate exec, Instant at, Optional<EntryId> entry, List<PayoutRun.Line> lines) {
        for (PayoutRun.Line l : lines) {
            PayoutLineEntity e = new PayoutLineEntity();
            e.runKey = key;
            e.lineNo = l.number();
            e.memberId = l.member().toString();
            e.accountCode = l.account();
            e.amount = l.amount().amount();
            e.currency = l.amount().currencyCode();
            e.iban = l.iban().orElse(null);
            e.status = l.status().name();
            e.entryId = l.status() == PayoutRun.Status.PAID ? entry.map(EntryId::value).orElse(null) : null;
            e.executionDate = exec;
            e.createdAt = at;
            em().persist(e);
        }
    }

    public Optional<StoredRun> find(String key, Currency currency) {
        List<PayoutLineEntity> rows = em().createQuery("select l from PayoutLineEntity l where l.runKey = :k order by l.lineNo", PayoutLineEntity.class)
                .setParameter("k", key).getResultList();
        if (rows.isEmpty()) return Optional.empty();
        List<PayoutRun.Line> lines = new ArrayList<>();
        Optional<EntryId> entry = Optional.empty();
        for (PayoutLineEntity r : rows) {
            lines.add(line(r, currency));
            if (r.entryId != null) entry = Optional.of(new EntryId(r.entryId));
        }
        return Optional.of(new StoredRun(key, rows.get(0).executionDate, rows.get(0).createdAt, entry, lines));
    }

    public List<PayoutRun.Line> ofMember(MemberId member, Currency currency) {
        return rowsOf(member).stream().map(r -> line(r, currency)).toList();
    }

    public List<MemberPayout> payoutsOf(MemberId member, Currency currency) {
        return rowsOf(member).stream().map(r -> new MemberPayout(r.runKey, r.executionDate, r.accountCode,
                Money.of(r.amount, Currency.getInstance(r.currency), RoundingMode.HALF_EVEN), PayoutRun.Status.valueOf(r.status))).toList();
    }

    private List<PayoutLineEntity> rowsOf(MemberId member) {
        return em().createQuery("select l from PayoutLineEntity l where l.memberId = :m order by l.createdAt desc, l.lineNo", PayoutLineEntity.class)
                .setParameter("m", member.toString()).getResultList();
    }

    private static PayoutRun.Line line(PayoutLineEntity r, Currency currency) {
        return new PayoutRun.Line(r.lineNo, MemberId.of(r.memberId), "", r.accountCode, "",
                Money.of(r.amount, Currency.getInstance(r.currency), RoundingMode.HALF_EVEN), Optional.ofNullable(r.iban), PayoutRun.Status.valueOf(r.status));
    }
}
