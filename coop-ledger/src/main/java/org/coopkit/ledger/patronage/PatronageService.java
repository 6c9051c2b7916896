package org.coopkit.ledger.patronage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.actors.Role;
import org.coopkit.core.errors.InvalidInput;
import org.coopkit.core.members.Member;
import org.coopkit.core.members.MemberId;
import org.coopkit.core.members.MemberNotFound;
import org.coopkit.core.members.MemberStatus;
import org.coopkit.core.members.Members;
import org.coopkit.core.money.Money;
import org.coopkit.core.persistence.Constraints;
import org.coopkit.core.persistence.Transactions;

/**
 * Records business done with the co-op as it happens (real-time accrual) and gives each member
 * their running total. Business counts towards a refund only when done by a member in status
 * MEMBER or SUSPENDED on the day; anything else is recorded as non-member business, never refunded.
 */
public final class PatronageService {
    private final Transactions tx;
    private final Patronage patronage;
    private final Members members;
    private final Currency currency;

    /**
     * Wiring for {@code LedgerModule}.
     *
     * @param tx        the transactions the service runs in
     * @param patronage the stored patronage records
     * @param members   the member registry (status on the day decides member business)
     * @param currency  the co-op's currency; amounts in another are refused
     */
    public PatronageService(Transactions tx, Patronage patronage, Members members, Currency currency) {
        this.tx = tx;
        this.patronage = patronage;
        this.members = members;
        this.currency = currency;
    }

    /**
     * Records an activity (treasurer, or the platform as the system). Idempotent on the source id:
     * recording it again, even concurrently, returns the first record.
     *
     * @param actor    the caller; needs {@code TREASURER}
     * @param activity the activity to record
     * @return the record, or the first one recorded with the same source id
     * @throws InvalidInput   when the volume is negative or too precise, the fees negative or the currency not the co-op's
     * @throws MemberNotFound when the activity names an unknown member
     */
    public PatronageRecord record(Actor actor, RecordActivity activity) {
        actor.require(Role.TREASURER);
        validate(activity);
        try {
            return tx.inTransaction(() -> {
                Optional<PatronageRecord> existing = patronage.bySource(activity.source());
                if (existing.isPresent()) return existing.get();
                PatronageRecord record = toRecord(activity);
                patronage.add(record);
                tx.entityManager().flush();
                return record;
            });
        } catch (RuntimeException e) {
            if (!Constraints.isViolation(e, "uk_ledger_patronage_source")) throw e;
            return tx.inTransaction(() -> patronage.bySource(activity.source())).orElseThrow(() -> e);
        }
    }

    private PatronageRecord toRecord(RecordActivity a) {
        PartyKind kind = PartyKind.NON_MEMBER;
        String party = a.party();
        if (a.member().isPresent()) {
            Member m = members.find(a.member().get()).orElseThrow(() -> new MemberNotFound(a.member().get()));
            if (m.status() == MemberStatus.MEMBER || m.status() == MemberStatus.SUSPENDED) kind = PartyKind.MEMBER;
            if (party.isEmpty()) party = m.name();
        }
        if (party.isEmpty()) party = "non-member";
        if (party.length() > 120) party = party.substring(0, 120);
        return new PatronageRecord(UUID.randomUUID().toString(), a.source(), kind, a.member(), party, a.date(), a.kind(),
                a.volume(), a.amount(), a.fees(), a.entry(), a.activityRef());
    }

    private void validate(RecordActivity a) {
        if (a.volume().signum() < 0) throw new InvalidInput("volume", "must not be negative");
        if (a.volume().scale() > 4 || a.volume().precision() - a.volume().scale() > 15) {
            throw new InvalidInput("volume", "at most 15 digits and 4 decimals");
        }
        if (!a.amount().currency().equals(currency) || !a.fees().currency().equals(currency)) {
            throw new InvalidInput("amount", "must be in " + currency.getCurrencyCode() + ", the co-op's currency");
        }
        if (a.fees().isNegative()) throw new InvalidInput("fees", "must not be negative");
    }

    /**
     * A member's running total over [from, to] (the member, the treasurer or the board).
     *
     * @param actor  the caller; the member themselves, {@code TREASURER} or {@code BOARD}
     * @param member the member
     * @param from   the first activity date, inclusive
     * @param to     the last activity date, inclusive
     * @return count, volume and amount per patronage kind
     */
    public PatronageTotals runningTotal(Actor actor, MemberId member, LocalDate from, LocalDate to) {
        actor.requireSelfOr(member, Role.BOARD, Role.TREASURER);
        return tx.inTransaction(() -> {
            Map<PatronageKind, PatronageTotals.KindTotal> byKind = new TreeMap<>();
            for (PatronageRecord r : patronage.ofMember(member, from, to)) {
                if (!r.byMember()) continue;
                byKind.merge(r.kind(), new PatronageTotals.KindTotal(1, r.volume(), r.amount()),
                        (x, y) -> new PatronageTotals.KindTotal(x.count() + y.count(), x.volume().add(y.volume()), x.amount().plus(y.amount())));
            }
            return new PatronageTotals(from, to, byKind);
        });
    }

    /**
     * A member's records over [from, to] (the member, the treasurer or the board).
     *
     * @param actor  the caller; the member themselves, {@code TREASURER} or {@code BOARD}
     * @param member the member
     * @param from   the first activity date, inclusive
     * @param to     the last activity date, inclusive
     * @return the member's records
     */
    public List<PatronageRecord> recordsOf(Actor actor, MemberId member, LocalDate from, LocalDate to) {
        actor.requireSelfOr(member, Role.BOARD, Role.TREASURER);
        return tx.inTransaction(() -> patronage.ofMember(member, from, to));
    }

    /**
     * Every record over [from, to] (treasurer or board).
     *
     * @param actor the caller; needs {@code TREASURER} or {@code BOARD}
     * @param from  the first activity date, inclusive
     * @param to    the last activity date, inclusive
     * @return every record, member and non-member
     */
    public List<PatronageRecord> records(Actor actor, LocalDate from, LocalDate to) {
        actor.require(Role.BOARD, Role.TREASURER);
        return tx.inTransaction(() -> patronage.between(from, to));
    }

    /**
     * Member volumes per kind over [from, to] (treasurer or board; this module's reports act as the system).
     *
     * @param actor the caller; needs {@code TREASURER} or {@code BOARD}
     * @param from  the first activity date, inclusive
     * @param to    the last activity date, inclusive
     * @return volume per member and kind
     */
    public List<Patronage.MemberVolume> memberVolumes(Actor actor, LocalDate from, LocalDate to) {
        actor.require(Role.BOARD, Role.TREASURER);
        return tx.inTransaction(() -> patronage.memberVolumes(from, to));
    }

    /**
     * Non-member volumes per kind over [from, to] (treasurer or board; this module's reports act as the system).
     *
     * @param actor the caller; needs {@code TREASURER} or {@code BOARD}
     * @param from  the first activity date, inclusive
     * @param to    the last activity date, inclusive
     * @return non-member volume per kind
     */
    public Map<PatronageKind, BigDecimal> nonMemberVolumes(Actor actor, LocalDate from, LocalDate to) {
        actor.require(Role.BOARD, Role.TREASURER);
        return tx.inTransaction(() -> patronage.nonMemberVolumes(from, to));
    }

    /**
     * Members' and non-members' volumes per member and kind over [from, to], from one scan of the
     * rows (treasurer or board; this module's reports act as the system).
     *
     * @param actor the caller; needs {@code TREASURER} or {@code BOARD}
     * @param from  the first activity date, inclusive
     * @param to    the last activity date, inclusive
     * @return volume per party kind, member and kind
     */
    public List<Patronage.PartyVolume> volumes(Actor actor, LocalDate from, LocalDate to) {
        actor.require(Role.BOARD, Role.TREASURER);
        return tx.inTransaction(() -> patronage.volumes(from, to));
    }

    /**
     * Records over [from, to] (treasurer or board; this module's reports act as the system).
     *
     * @param actor the caller; needs {@code TREASURER} or {@code BOARD}
     * @param from  the first activity date, inclusive
     * @param to    the last activity date, inclusive
     * @return the records in the range
     */
    public List<PatronageRecord> between(Actor actor, LocalDate from, LocalDate to) {
        actor.require(Role.BOARD, Role.TREASURER);
        return tx.inTransaction(() -> patronage.between(from, to));
    }

    /**
     * The co-op's currency, the only one patronage amounts may be in.
     *
     * @return the currency
     */
    public Currency currency() {
        return currency;
    }

    static Money zero(Currency c) {
        return Money.zero(c);
    }
}
