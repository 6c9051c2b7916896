package org.coopkit.governance.discussion.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coopkit.core.members.MemberId;
import org.coopkit.core.persistence.Transactions;
import org.coopkit.governance.ballots.BallotId;
import org.coopkit.governance.discussion.Comment;

/** Comments on JPA. Call inside a transaction. */
public final class CommentStore {
    /** What an erased member's comment says instead of their text. */
    public static final String ERASED = "[removed at the author's request]";
    private final Transactions tx;

    public CommentStore(Transactions tx) {
        this.tx = tx;
    }

    public Comment add(BallotId ballot, Optional<MemberId> author, boolean byBoard, Optional<String> answers, String text, Instant at) {
        CommentEntity e = new CommentEntity();
        e.id = UUID.randomUUID().toString();
        e.ballotId = ballot.toString();
        e.author = author.map(MemberId::toString).orElse(null);
        e.byBoard = byBoard ? 1 : 0;
        e.answers = answers.orElse(null);
        e.body = text;
        e.postedAt = at;
        tx.entityManager().persist(e);
        return toComment(e);
    }

    public List<Comment> of(BallotId ballot) {
        return tx.entityManager().createQuery("select c from CommentEntity c where c.ballotId = :b order by c.postedAt, c.id", CommentEntity.class)
                .setParameter("b", ballot.toString()).getResultList().stream().map(CommentStore::toComment).toList();
    }

    public Optional<Comment> find(String id) {
        return Optional.ofNullable(tx.entityManager().find(CommentEntity.class, id)).map(CommentStore::toComment);
    }

    /** How many comments the member posted on the ballot since the instant (the rate limit). */
    public long postedSince(BallotId ballot, MemberId author, Instant since) {
        return tx.entityManager().createQuery("select count(c) from CommentEntity c where c.ballotId = :b and c.author = :a and c.postedAt > :s", Long.class)
                .setParameter("b", ballot.toString()).setParameter("a", author.toString()).setParameter("s", since).getSingleResult();
    }

    /** The oldest post of the member on the ballot since the instant, for a Retry-After. */
    public Optional<Instant> oldestSince(BallotId ballot, MemberId author, Instant since) {
        return tx.entityManager().createQuery("select min(c.postedAt) from CommentEntity c where c.ballotId = :b and c.author = :a and c.postedAt > :s", Instant.class)
                .setParameter("b", ballot.toString()).setParameter("a", author.toString()).setParameter("s", since).getResultList().stream()
                .filter(java.util.Objects::nonNull).findFirst();
    }

    public List<Comment> by(MemberId author) {
        return tx.entityManager().createQuery("select c from CommentEntity c where c.author = :a order by c.postedAt, c.id", CommentEntity.class)
                .setParameter("a", author.toString()).getResultList().stream().map(CommentStore::toComment).toList();
    }

    /** Pseudonymises the member's comments: the text goes, the random author id and the thread stay. */
    public int erase(MemberId author) {
        List<CommentEntity> mine = tx.entityManager().createQuery("select c from CommentEntity c where c.author = :a", CommentEntity.class)
                .setParameter("a", author.toString()).getResultList();
        for (CommentEntity e : mine) {
            e.body = ERASED;
            e.erased = 1;
        }
        return mine.size();
    }

    private static Comment toComment(CommentEntity e) {
        return new Comment(e.id, new BallotId(UUID.fromString(e.ballotId)), Optional.ofNullable(e.author).map(MemberId::of), e.byBoard == 1,
                Optional.ofNullable(e.answers), e.body, e.postedAt, e.erased == 1);
    }
}
