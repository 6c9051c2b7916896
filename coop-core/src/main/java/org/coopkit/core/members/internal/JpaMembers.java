package org.coopkit.core.members.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coopkit.core.members.Member;
import org.coopkit.core.members.MemberId;
import org.coopkit.core.members.MemberStatus;
import org.coopkit.core.members.Members;
import org.coopkit.core.members.PostalAddress;
import org.coopkit.core.members.StatusChange;
import org.coopkit.core.persistence.Transactions;

/** {@link Members} on JPA. */
public final class JpaMembers implements Members {
    private static final String ORDER = " order by case when m.membershipNumber is null then 1 else 0 end, m.membershipNumber, m.appliedOn, m.id";
    private final Transactions tx;

    public JpaMembers(Transactions tx) {
        this.tx = tx;
    }

    private EntityManager em() {
        return tx.entityManager();
    }

    @Override
    public Optional<Member> find(MemberId id) {
        return Optional.ofNullable(em().find(MemberEntity.class, id.toString())).map(JpaMembers::toDomain);
    }

    @Override
    public Optional<Member> findForUpdate(MemberId id) {
        return Optional.ofNullable(em().find(MemberEntity.class, id.toString(), LockModeType.PESSIMISTIC_WRITE))
                .map(JpaMembers::toDomain);
    }

    @Override
    public Optional<Member> findByEmail(String email) {
        return em().createQuery("select m from MemberEntity m where m.email = :e", MemberEntity.class)
                .setParameter("e", Member.normalizeEmail(email)).getResultStream().findFirst().map(JpaMembers::toDomain);
    }

    @Override
    public List<Member> inStatus(MemberStatus status) {
        return em().createQuery("select m from MemberEntity m where m.status = :s" + ORDER, MemberEntity.class)
                .setParameter("s", status.name()).getResultStream().map(JpaMembers::toDomain).toList();
    }

    @Override
    public List<Member> all() {
        return em().createQuery("select m from MemberEntity m" + ORDER, MemberEntity.class)
                .getResultStream().map(JpaMembers::toDomain).toList();
    }

    @Override
    public List<Member> page(int offset, int limit) {
        return em().createQuery("select m from MemberEntity m" + ORDER, MemberEntity.class)
                .setFirstResult(offset).setMaxResults(limit)
                .getResultStream().map(JpaMembers::toDomain).toList();
    }

    @Override
    public long count() {
        return em().createQuery("select count(m) from MemberEntity m", Long.class).getSingleResult();
    }

    @Override
    public void add(Member member) {
        MemberEntity e = new MemberEntity();
        e.id = member.id().toString();
        copy(member, e);
        em().persist(e);
    }

    @Override
    public void update(Member member) {
        MemberEntity e = em().find(MemberEntity.class, member.id().toString());
        if (e == null) throw new IllegalStateException("member " + member.id() + " was never added");
        copy(member, e);
    }

    @Override
    public long nextMembershipNumber() {
        CounterEntity c = em().find(CounterEntity.class, "membership_number", LockModeType.PESSIMISTIC_WRITE);
        if (c == null) throw new IllegalStateException("counter membership_number missing: was the core changelog applied?");
        long n = c.nextValue;
        org.coopkit.core.persistence.HeadRows.compareAndSet(em(), "the membership number counter",
                "update core_counters set next_value = ?1 where name = ?2 and next_value = ?3", n + 1, "membership_number", n);
        em().detach(c);
        return n;
    }

    @Override
    public void recordStatusChange(StatusChange change) {
        StatusChangeEntity e = new StatusChangeEntity();
        e.id = UUID.randomUUID().toString();
        e.memberId = change.member().toString();
        // callers hold the member's row lock, so positions are taken one at a time
        e.position = em().createQuery("select count(h) from StatusChangeEntity h where h.memberId = :m", Long.class)
                .setParameter("m", e.memberId).getSingleResult().intValue() + 1;
        e.fromStatus = change.from() == null ? null : change.from().name();
        e.toStatus = change.to().name();
        e.effectiveOn = change.effectiveOn();
        e.reason = change.reason();
        e.actor = change.actor();
        e.recordedAt = change.recordedAt();
        em().persist(e);
    }

    @Override
    public List<StatusChange> history(MemberId id) {
        return em().createQuery("select h from StatusChangeEntity h where h.memberId = :m order by h.position",
                        StatusChangeEntity.class)
                .setParameter("m", id.toString()).getResultStream()
                .map(h -> new StatusChange(MemberId.of(h.memberId), h.fromStatus == null ? null : MemberStatus.valueOf(h.fromStatus),
                        MemberStatus.valueOf(h.toStatus), h.effectiveOn, h.reason, h.actor, h.recordedAt))
                .toList();
    }

    @Override
    public void erase(MemberId id, java.time.LocalDate retainUntil) {
        MemberEntity e = em().find(MemberEntity.class, id.toString(), LockModeType.PESSIMISTIC_WRITE);
        e.name = "Erased member" + (e.membershipNumber == null ? "" : " #" + e.membershipNumber);
        e.email = "erased+" + e.id + "@invalid.coop";
        e.street = null;
        e.postalCode = null;
        e.city = null;
        e.country = null;
        e.statusReason = null;
        e.retainUntil = retainUntil;
        em().createQuery("update StatusChangeEntity h set h.reason = '[erased]' where h.memberId = :m")
                .setParameter("m", id.toString()).executeUpdate();
    }

    @Override
    public int purgeRetained(java.time.LocalDate today) {
        List<MemberEntity> due = em().createQuery("select m from MemberEntity m where m.retainUntil is not null and m.retainUntil < :d"
                + " and (m.taxId is not null or m.dateOfBirth is not null or m.iban is not null)", MemberEntity.class)
                .setParameter("d", today).getResultList();
        for (MemberEntity e : due) {
            e.taxId = null;
            e.dateOfBirth = null;
            e.iban = null;
        }
        return due.size();
    }

    @Override
    public Optional<java.time.LocalDate> retainedUntil(MemberId id) {
        return Optional.ofNullable(em().find(MemberEntity.class, id.toString())).map(e -> e.retainUntil);
    }

    private static void copy(Member m, MemberEntity e) {
        e.membershipNumber = m.membershipNumber().orElse(null);
        e.name = m.name();
        e.email = m.email();
        e.category = m.category();
        e.street = m.address().street();
        e.postalCode = m.address().postalCode();
        e.city = m.address().city();
        e.country = m.address().country();
        e.dateOfBirth = m.dateOfBirth().orElse(null);
        e.taxId = m.taxId().orElse(null);
        e.iban = m.iban().orElse(null);
        e.status = m.status().name();
        e.appliedOn = m.appliedOn();
        e.statusSince = m.statusSince();
        e.statusReason = m.statusReason().orElse(null);
    }

    static Member toDomain(MemberEntity e) {
        return new Member(new MemberId(UUID.fromString(e.id)), e.membershipNumber, e.name, e.email, e.category,
                new PostalAddress(e.street, e.postalCode, e.city, e.country), e.dateOfBirth, e.taxId, e.iban,
                MemberStatus.valueOf(e.status), e.appliedOn, e.statusSince, e.statusReason);
    }
}
