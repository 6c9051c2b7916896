package org.coopkit.ledger.allocation.internal;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.coopkit.core.members.MemberId;
import org.coopkit.core.persistence.Transactions;
import org.coopkit.ledger.allocation.AllocationRecords;
import org.coopkit.ledger.allocation.PostedAllocation;
import org.coopkit.ledger.allocation.RefundChoice;
import org.coopkit.ledger.fiscal.FiscalYearId;
import org.coopkit.ledger.journal.EntryId;

/** {@link AllocationRecords} on JPA. */
public final class JpaAllocationRecords implements AllocationRecords {
    private final Transactions tx;

    public JpaAllocationRecords(Transactions tx) {
        this.tx = tx;
    }

    private EntityManager em() {
        return tx.entityManager();
    }

    @Override
    public Map<MemberId, RefundChoice> choices(FiscalYearId year) {
        Map<MemberId, RefundChoice> out = new HashMap<>();
        em().createQuery("select c from RefundChoiceEntity c where c.fiscalYear = :y", RefundChoiceEntity.class)
                .setParameter("y", year.value()).getResultList()
                .forEach(c -> out.put(MemberId.of(c.memberId), RefundChoice.valueOf(c.choice)));
        return out;
    }

    @Override
    public void choose(FiscalYearId year, MemberId member, RefundChoice choice) {
        String id = year.value() + ":" + member;
        RefundChoiceEntity e = em().find(RefundChoiceEntity.class, id);
        if (e == null) {
            e = new RefundChoiceEntity();
            e.id = id;
            e.fiscalYear = year.value();
            e.memberId = member.toString();
            e.choice = choice.name();
            em().persist(e);
        } else {
            e.choice = choice.name();
        }
    }

    @Override
    public Optional<PostedAllocation> posted(FiscalYearId year) {
        return Optional.ofNullable(em().find(PostedAllocationEntity.class, year.value()))
                .map(e -> new PostedAllocation(FiscalYearId.of(e.fiscalYear), e.decisionId, new EntryId(e.entryId), e.reportHash, e.postedAt));
    }

    @Override
    public void storeText(FiscalYearId year, String kind, String text) {
        int part = 0;
        for (int i = 0; i < text.length() || part == 0; i += 4000) {
            em().persist(new AdoptedReportPartEntity(year.value(), kind, part++, text.substring(i, Math.min(text.length(), i + 4000))));
        }
    }

    @Override
    public Optional<String> text(FiscalYearId year, String kind) {
        var parts = em().createQuery("select p from AdoptedReportPartEntity p where p.fiscalYear = :y and p.kind = :k order by p.partNo",
                AdoptedReportPartEntity.class).setParameter("y", year.value()).setParameter("k", kind).getResultList();
        if (parts.isEmpty()) return Optional.empty();
        StringBuilder b = new StringBuilder();
        parts.forEach(p -> b.append(p.text));
        return Optional.of(b.toString());
    }

    @Override
    public void addPosted(PostedAllocation a) {
        PostedAllocationEntity e = new PostedAllocationEntity();
        e.fiscalYear = a.fiscalYear().value();
        e.decisionId = a.decisionId().length() <= 100 ? a.decisionId() : a.decisionId().substring(0, 100);
        e.entryId = a.entry().value();
        e.reportHash = a.reportHash();
        e.postedAt = a.postedAt();
        em().persist(e);
    }
}
