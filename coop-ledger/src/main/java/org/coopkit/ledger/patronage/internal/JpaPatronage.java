package org.coopkit.ledger.patronage.internal;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.coopkit.core.members.MemberId;
import org.coopkit.core.money.Money;
import org.coopkit.core.persistence.Transactions;
import org.coopkit.ledger.journal.EntryId;
import org.coopkit.ledger.patronage.PartyKind;
import org.coopkit.ledger.patronage.Patronage;
import org.coopkit.ledger.patronage.PatronageKind;
import org.coopkit.ledger.patronage.PatronageRecord;
import org.coopkit.ledger.patronage.SourceId;

/** {@link Patronage} on JPA. */
public final class JpaPatronage implements Patronage {
    private static final String ORDER = " order by p.onDate, p.sourceId";
    private final Transactions tx;
    private final Clock clock;

    public JpaPatronage(Transactions tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    private EntityManager em() {
        return tx.entityManager();
    }

    @Override
    public Optional<PatronageRecord> bySource(SourceId source) {
        return em().createQuery("select p from PatronageEntity p where p.sourceId = :s", PatronageEntity.class)
                .setParameter("s", source.value()).getResultStream().findFirst().map(JpaPatronage::toDomain);
    }

    @Override
    public void add(PatronageRecord r) {
        PatronageEntity e = new PatronageEntity();
        e.id = r.id();
        e.sourceId = r.source().value();
        e.partyKind = r.partyKind().name();
        e.memberId = r.member().map(MemberId::toString).orElse(null);
        e.party = r.party();
        e.onDate = r.date();
        e.kind = r.kind().code();
        e.volume = r.volume();
        e.amount = r.amount().amount();
        e.fees = r.fees().amount();
        e.currency = r.amount().currencyCode();
        e.entryId = r.entry().map(EntryId::value).orElse(null);
        e.activityRef = r.activityRef().orElse(null);
        e.recordedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        em().persist(e);
    }

    @Override
    public List<PatronageRecord> between(LocalDate from, LocalDate to) {
        return em().createQuery("select p from PatronageEntity p where p.onDate >= :f and p.onDate <= :t" + ORDER, PatronageEntity.class)
                .setParameter("f", from).setParameter("t", to).getResultStream().map(JpaPatronage::toDomain).toList();
    }

    @Override
    public List<PatronageRecord> ofMember(MemberId member, LocalDate from, LocalDate to) {
        return em().createQuery("select p from PatronageEntity p where p.memberId = :m and p.onDate >= :f and p.onDate <= :t" + ORDER,
                        PatronageEntity.class)
                .setParameter("m", member.toString()).setParameter("f", from).setParameter("t", to)
                .getResultStream().map(JpaPatronage::toDomain).toList();
    }

    @Override
    public List<MemberVolume> memberVolumes(LocalDate from, LocalDate to) {
        List<MemberVolume> out = new ArrayList<>();
        for (Object[] row : em().createQuery("select p.memberId, p.kind, sum(p.volume) from PatronageEntity p"
                        + " where p.partyKind = :pk and p.onDate >= :f and p.onDate <= :t group by p.memberId, p.kind", Object[].class)
                .setParameter("pk", PartyKind.MEMBER.name()).setParameter("f", from).setParameter("t", to).getResultList()) {
            out.add(new MemberVolume(MemberId.of((String) row[0]), PatronageKind.of((String) row[1]), (BigDecimal) row[2]));
        }
        return out;
    }

    @Override
    public Map<PatronageKind, BigDecimal> nonMemberVolumes(LocalDate from, LocalDate to) {
        Map<PatronageKind, BigDecimal> out = new TreeMap<>();
        for (Object[] row : em().createQuery("select p.kind, sum(p.volume) from PatronageEntity p"
                        + " where p.partyKind = :pk and p.onDate >= :f and p.onDate <= :t group by p.kind", Object[].class)
                .setParameter("pk", PartyKind.NON_MEMBER.name()).setParameter("f", from).setParameter("t", to).getResultList()) {
            out.put(PatronageKind.of((String) row[0]), (BigDecimal) row[1]);
        }
        return out;
    }

    @Override
    public List<PartyVolume> volumes(LocalDate from, LocalDate to) {
        List<PartyVolume> out = new ArrayList<>();
        for (Object[] row : em().createQuery("select p.partyKind, p.memberId, p.kind, sum(p.volume) from PatronageEntity p"
                        + " where p.onDate >= :f and p.onDate <= :t group by p.partyKind, p.memberId, p.kind", Object[].class)
                .setParameter("f", from).setParameter("t", to).getResultList()) {
            out.add(new PartyVolume(PartyKind.valueOf((String) row[0]), Optional.ofNullable((String) row[1]).map(MemberId::of),
                    PatronageKind.of((String) row[2]), (BigDecimal) row[3]));
        }
        return out;
    }

    private static PatronageRecord toDomain(PatronageEntity e) {
        Currency c = Currency.getInstance(e.currency);
        return new PatronageRecord(e.id, SourceId.of(e.sourceId), PartyKind.valueOf(e.partyKind),
                Optional.ofNullable(e.memberId).map(MemberId::of), e.party, e.onDate, PatronageKind.of(e.kind),
                e.volume.stripTrailingZeros(), Money.of(e.amount, c, RoundingMode.HALF_EVEN), Money.of(e.fees, c, RoundingMode.HALF_EVEN),
                Optional.ofNullable(e.entryId).map(EntryId::new), Optional.ofNullable(e.activityRef));
    }
}
