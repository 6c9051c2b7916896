package org.coopkit.core.privacy.internal;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coopkit.core.members.MemberId;
import org.coopkit.core.persistence.Transactions;
import org.coopkit.core.privacy.AccessRecord;
import org.coopkit.core.privacy.Consent;
import org.coopkit.core.privacy.LoyaltyReport;

/** Consents, the access log, data-policy versions and loyalty reports on JPA. Call inside a transaction. */
public final class PrivacyStore {
    private final Transactions tx;

    public PrivacyStore(Transactions tx) {
        this.tx = tx;
    }

    private EntityManager em() {
        return tx.entityManager();
    }

    public void logAccess(MemberId member, String reader, String why, Instant at) {
        AccessLogEntity e = new AccessLogEntity();
        e.id = UUID.randomUUID().toString();
        e.memberId = member.toString();
        e.reader = reader;
        e.why = why.length() > 200 ? why.substring(0, 200) : why;
        e.at = at;
        em().persist(e);
    }

    public List<AccessRecord> accessLog(MemberId member) {
        return em().createQuery("select a from AccessLogEntity a where a.memberId = :m order by a.at, a.id", AccessLogEntity.class)
                .setParameter("m", member.toString()).getResultStream()
                .map(a -> new AccessRecord(member, a.reader, a.why, a.at)).toList();
    }

    public Optional<Consent> activeConsent(MemberId member, String purpose) {
        return consents(member).stream().filter(c -> c.purpose().equals(purpose) && c.active()).findFirst();
    }

    public List<Consent> consents(MemberId member) {
        return em().createQuery("select c from ConsentEntity c where c.memberId = :m order by c.grantedAt, c.id", ConsentEntity.class)
                .setParameter("m", member.toString()).getResultStream()
                .map(c -> new Consent(c.id, member, c.purpose, c.grantedAt, Optional.ofNullable(c.revokedAt))).toList();
    }

    public Consent grant(MemberId member, String purpose, Instant at) {
        ConsentEntity e = new ConsentEntity();
        e.id = UUID.randomUUID().toString();
        e.memberId = member.toString();
        e.purpose = purpose;
        e.grantedAt = at;
        em().persist(e);
        return new Consent(e.id, member, purpose, at, Optional.empty());
    }

    public void revoke(MemberId member, String purpose, Instant at) {
        em().createQuery("select c from ConsentEntity c where c.memberId = :m and c.purpose = :p and c.revokedAt is null", ConsentEntity.class)
                .setParameter("m", member.toString()).setParameter("p", purpose).getResultStream().forEach(c -> c.revokedAt = at);
    }

    public void deleteConsents(MemberId member) {
        em().createQuery("delete from ConsentEntity c where c.memberId = :m").setParameter("m", member.toString()).executeUpdate();
    }

    public Optional<DataPolicyEntity> currentPolicy() {
        return em().createQuery("select p from DataPolicyEntity p order by p.version desc", DataPolicyEntity.class)
                .setMaxResults(1).getResultStream().findFirst();
    }

    public boolean policyByDecision(String decisionId) {
        return !em().createQuery("select p.version from DataPolicyEntity p where p.decisionId = :d", Integer.class)
                .setParameter("d", decisionId).getResultList().isEmpty();
    }

    public List<DataPolicyEntity> policies() {
        return em().createQuery("select p from DataPolicyEntity p order by p.version", DataPolicyEntity.class).getResultList();
    }

    public void savePolicy(int version, Instant at, String decisionId, String document) {
        DataPolicyEntity e = new DataPolicyEntity();
        e.version = version;
        e.publishedAt = at;
        e.decisionId = decisionId;
        e.document = document;
        em().persist(e);
    }

    public static int version(DataPolicyEntity e) {
        return e.version;
    }

    public static Instant publishedAt(DataPolicyEntity e) {
        return e.publishedAt;
    }

    public static String decisionId(DataPolicyEntity e) {
        return e.decisionId;
    }

    public static String document(DataPolicyEntity e) {
        return e.document;
    }

    public LoyaltyReport file(MemberId member, String subject, String body, Instant at) {
        LoyaltyReportEntity e = new LoyaltyReportEntity();
        e.id = UUID.randomUUID().toString();
        e.memberId = member.toString();
        e.subject = subject;
        e.body = body;
        e.status = LoyaltyReport.Status.OPEN.name();
        e.filedAt = at;
        em().persist(e);
        return toReport(e);
    }

    public Optional<LoyaltyReport> report(String id, boolean lock) {
        LoyaltyReportEntity e = lock ? em().find(LoyaltyReportEntity.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                : em().find(LoyaltyReportEntity.class, id);
        return Optional.ofNullable(e).map(PrivacyStore::toReport);
    }

    public void answer(String id, String answer, String by, Instant at) {
        LoyaltyReportEntity e = em().find(LoyaltyReportEntity.class, id);
        e.answer = answer;
        e.answeredBy = by;
        e.answeredAt = at;
        e.status = LoyaltyReport.Status.ANSWERED.name();
    }

    public List<LoyaltyReport> reports(Optional<MemberId> member) {
        var q = member.isPresent()
                ? em().createQuery("select r from LoyaltyReportEntity r where r.memberId = :m order by r.filedAt, r.id", LoyaltyReportEntity.class)
                .setParameter("m", member.get().toString())
                : em().createQuery("select r from LoyaltyReportEntity r order by r.filedAt, r.id", LoyaltyReportEntity.class);
        return q.getResultStream().map(PrivacyStore::toReport).toList();
    }

    public void eraseReports(MemberId member) {
        em().createQuery("select r from LoyaltyReportEntity r where r.memberId = :m", LoyaltyReportEntity.class)
                .setParameter("m", member.toString()).getResultStream().forEach(r -> {
                    r.subject = "[erased]";
                    r.body = "[erased at the member's request]";
                });
    }

    private static LoyaltyReport toReport(LoyaltyReportEntity e) {
        return new LoyaltyReport(e.id, MemberId.of(e.memberId), e.subject, e.body, LoyaltyReport.Status.valueOf(e.status), e.filedAt,
                Optional.ofNullable(e.answer), Optional.ofNullable(e.answeredAt));
    }
}
