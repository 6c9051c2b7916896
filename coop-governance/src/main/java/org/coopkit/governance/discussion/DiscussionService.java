package org.coopkit.governance.discussion;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.coopkit.core.actors.AccessDenied;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.actors.Role;
import org.coopkit.core.audit.AuditLog;
import org.coopkit.core.errors.InvalidInput;
import org.coopkit.core.errors.NotFound;
import org.coopkit.core.errors.RetryLater;
import org.coopkit.core.members.MemberId;
import org.coopkit.core.persistence.Transactions;
import org.coopkit.governance.ballots.Ballot;
import org.coopkit.governance.ballots.BallotId;
import org.coopkit.governance.ballots.VotingService;
import org.coopkit.governance.briefing.BriefingService;
import org.coopkit.governance.discussion.internal.CommentStore;

/**
 * Questions and comments on an open ballot: members on its roll post them and read the thread; the
 * board answers, each answer marked as the board's. Nothing is posted before the ballot opens or
 * after it closes. Comments are plain text (no HTML: a {@code <} followed by a letter is refused,
 * not silently stripped), at most {@link #MAX_LENGTH} characters, and at most {@link #PER_HOUR} per
 * member and ballot in any hour, so one member cannot drown the thread.
 */
public final class DiscussionService {
    /** Longest comment, in characters. */
    public static final int MAX_LENGTH = 2000;
    /** Most comments one member posts on one ballot in any hour. */
    public static final int PER_HOUR = 5;
    private static final Pattern TAG = Pattern.compile("<\\s*[a-zA-Z/!?]");
    private final Transactions tx;
    private final CommentStore store;
    private final VotingService voting;
    private final BriefingService briefing;
    private final AuditLog audit;
    private final Clock clock;

    /**
     * Wiring for {@link org.coopkit.governance.GovernanceModule}.
     * @param tx the module's transactions
     * @param voting the voting service (ballots and rolls)
     * @param briefing the briefing service (who may read a ballot's documents)
     * @param audit the audit log
     * @param clock the clock
     */
    public DiscussionService(Transactions tx, VotingService voting, BriefingService briefing, AuditLog audit, Clock clock) {
        this.tx = tx;
        this.store = new CommentStore(tx);
        this.voting = voting;
        this.briefing = briefing;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The thread, oldest first: for the board and for members on the ballot's roll (403 for anyone else).
     *
     * @param actor the BOARD, or a MEMBER on the roll
     * @param id the ballot
     * @return the comments and answers, oldest first
     */
    public List<Comment> thread(Actor actor, BallotId id) {
        return tx.inTransaction(() -> {
            briefing.requireReader(actor, id);
            return store.of(id);
        });
    }

    /**
     * A member on the roll posts a question or comment while the ballot is open.
     *
     * @param actor a MEMBER on the roll
     * @param id the open ballot
     * @param text plain text, 1 to {@link #MAX_LENGTH} characters, no HTML or control characters
     * @return the posted comment
     * @throws CommentRefused if the ballot is not open
     * @throws RetryLater if the member posted too many comments on it this hour
     */
    public Comment post(Actor actor, BallotId id, String text) {
        actor.require(Role.MEMBER);
        MemberId me = actor.requireMemberId();
        String body = checked(text);
        return tx.inTransaction(() -> {
            Ballot b = voting.get(actor, id);
            Instant now = clock.instant();
            if (!b.isOpenAt(now)) throw CommentRefused.closed(id);
            if (!voting.statusOf(actor, id).onRoll()) throw new AccessDenied(actor, "only members on the roll of this ballot comment on it");
            Instant since = now.minus(Duration.ofHours(1));
            if (store.postedSince(id, me, since) >= PER_HOUR) {
                Duration wait = Duration.between(now, store.oldestSince(id, me, since).orElse(now).plus(Duration.ofHours(1)));
                throw RetryLater.tooManyRequests("comment-rate", "at most " + PER_HOUR + " comments per member on a ballot in any hour; try again later",
                        wait.isNegative() || wait.isZero() ? Duration.ofSeconds(1) : wait);
            }
            Comment c = store.add(id, Optional.of(me), false, Optional.empty(), body, now);
            audit.record(actor, "gov.comment-posted", id.toString(), c.id());
            return c;
        });
    }

    /**
     * The board answers a member's comment while the ballot is open; the answer is marked as the board's.
     *
     * @param actor the BOARD (anyone else is refused with {@code AccessDenied})
     * @param id the open ballot
     * @param commentId the member's comment answered
     * @param text plain text, 1 to {@link #MAX_LENGTH} characters, no HTML or control characters
     * @return the answer
     * @throws CommentRefused if the ballot is not open
     * @throws NotFound if no comment of this ballot has that id
     */
    public Comment answer(Actor actor, BallotId id, String commentId, String text) {
        actor.require(Role.BOARD);
        String body = checked(text);
        return tx.inTransaction(() -> {
            Ballot b = voting.get(actor, id);
            Instant now = clock.instant();
            if (!b.isOpenAt(now)) throw CommentRefused.closed(id);
            Comment question = store.find(commentId == null ? "" : commentId).filter(c -> c.ballot().equals(id))
                    .orElseThrow(() -> new NotFound("comment", commentId));
            if (question.byBoard()) throw new InvalidInput("answers", "the board answers a member's comment, not its own answer");
            Comment c = store.add(id, actor.memberId(), true, Optional.of(question.id()), body, now);
            audit.record(actor, "gov.comment-answered", id.toString(), c.id());
            return c;
        });
    }

    static String checked(String text) {
        String s = text == null ? "" : text.strip();
        if (s.isEmpty() || s.length() > MAX_LENGTH) throw new InvalidInput("text", "must be 1 to " + MAX_LENGTH + " characters");
        if (TAG.matcher(s).find()) throw new InvalidInput("text", "must be plain text, without HTML (no '<' followed by a letter)");
        if (s.chars().anyMatch(c -> (c < 0x20 && c != '\n' && c != '\t' && c != '\r') || c == 0x7f)) {
            throw new InvalidInput("text", "must not contain control characters");
        }
        return s;
    }
}
