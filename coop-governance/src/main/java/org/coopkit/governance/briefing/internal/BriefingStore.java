package org.coopkit.governance.briefing.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coopkit.core.persistence.Transactions;
import org.coopkit.governance.ballots.BallotId;
import org.coopkit.governance.briefing.BallotLink;
import org.coopkit.governance.briefing.Briefing;

/** Descriptions and attached documents on JPA. Call inside a transaction. */
public final class BriefingStore {
    private final Transactions tx;

    public BriefingStore(Transactions tx) {
        this.tx = tx;
    }

    public Briefing of(BallotId id) {
        BriefingEntity e = tx.entityManager().find(BriefingEntity.class, id.toString());
        List<BallotLink> links = tx.entityManager()
                .createQuery("select l from BallotLinkEntity l where l.ballotId = :b order by l.addedAt, l.id", BallotLinkEntity.class)
                .setParameter("b", id.toString()).getResultList().stream()
                .map(l -> new BallotLink(l.id, id, l.title, l.url, l.addedAt)).toList();
        return new Briefing(id, e == null ? "" : e.description, Optional.ofNullable(e).map(x -> x.updatedAt), links);
    }

    public void describe(BallotId id, String markdown, Instant at) {
        BriefingEntity e = tx.entityManager().find(BriefingEntity.class, id.toString());
        if (e == null) {
            e = new BriefingEntity();
            e.ballotId = id.toString();
            e.description = markdown;
            e.updatedAt = at;
            tx.entityManager().persist(e);
        } else {
            e.description = markdown;
            e.updatedAt = at;
        }
    }

    public BallotLink attach(BallotId id, String title, String url, Instant at) {
        BallotLinkEntity e = new BallotLinkEntity();
        e.id = UUID.randomUUID().toString();
        e.ballotId = id.toString();
        e.title = title;
        e.url = url;
        e.addedAt = at;
        tx.entityManager().persist(e);
        return new BallotLink(e.id, id, title, url, at);
    }

    public boolean detach(BallotId id, String linkId) {
        BallotLinkEntity e = tx.entityManager().find(BallotLinkEntity.class, linkId);
        if (e == null || !e.ballotId.equals(id.toString())) return false;
        tx.entityManager().remove(e);
        return true;
    }

    public long links(BallotId id) {
        return tx.entityManager().createQuery("select count(l) from BallotLinkEntity l where l.ballotId = :b", Long.class)
                .setParameter("b", id.toString()).getSingleResult();
    }
}
