package org.coopkit.governance.ballots;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.coopkit.core.actors.AccessDenied;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.audit.AuditLog;
import org.coopkit.core.members.Member;
import org.coopkit.core.members.MemberId;
import org.coopkit.core.members.MemberStatus;
import org.coopkit.core.members.Members;
import org.coopkit.core.persistence.Constraints;
import org.coopkit.core.persistence.Transactions;
import org.coopkit.core.requests.RequestId;
import org.coopkit.core.requests.RequestIdReused;
import org.coopkit.governance.ballots.internal.BallotBox;
import org.coopkit.governance.ballots.internal.Ballots;
import org.coopkit.governance.ballots.internal.Rolls;
import org.coopkit.governance.ballots.internal.Rolls.RollRow;
import org.coopkit.governance.ballots.internal.VoteRequests;
import org.coopkit.governance.proxies.Mandates;

/** Casting a vote: in person or under an accepted mandate, once (or replacing the voter's own previous vote), idempotent by request id. */
final class VoteCasting {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final Transactions tx;
    private final Ballots ballots;
    private final Rolls rolls;
    private final BallotBox ballotBox;
    private final Mandates mandates;
    private final VoteRequests voteRequests;
    private final Members members;
    private final AuditLog audit;
    private final Clock clock;
    private final BallotBoxKey boxKey;

    VoteCasting(Transactions tx, Members members, AuditLog audit, Clock clock, BallotBoxKey boxKey) {
        this.tx = tx;
        this.ballots = new Ballots(tx);
        this.rolls = new Rolls(tx);
        this.ballotBox = new BallotBox(tx);
        this.mandates = new Mandates(tx);
        this.voteRequests = new VoteRequests(tx);
        this.members = members;
        this.audit = audit;
        this.clock = clock;
        this.boxKey = boxKey;
    }

    Receipt cast(Actor actor, BallotId id, List<String> choice, Optional<MemberId> onBehalfOf, Optional<String> previousReceipt,
                            Optional<RequestId> requestId) {
        MemberId self = actor.requireMemberId();
        MemberId voter = onBehalfOf.orElse(self);
        String fingerprint = requestId.map(r -> VoteRequests.fingerprint(id, self, r, choice == null ? "-" : String.join("\u001f", choice),
                onBehalfOf.map(MemberId::toString).orElse("-"), previousReceipt.map(Receipt::canonicalCode).orElse("-"))).orElse(null);
        try {
            return tx.inTransaction(() -> {
                // share lock: a vote and the closing never overlap, so no vote lands in the box after its board is chained
                Ballot b = ballots.ballotForVoting(id).orElseThrow(() -> new BallotNotFound(id));
                Instant now = clock.instant();
                b.checkCanVote(now);
                RollRow row = rolls.onRoll(id, voter, true).orElseThrow(() -> new NotOnRoll(onBehalfOf.isPresent() ? "the member you vote for" : "you"));
                if (requestId.isPresent()) {
                    // after the voter's roll lock: a racing retry of this request waited for it and now sees its row
                    Optional<Receipt> done = replay(id, self, requestId.get(), fingerprint);
                    if (done.isPresent()) return done.get();
                }
                Member m = members.find(voter).orElseThrow(() -> new NotOnRoll("member " + voter));
                if (m.status() != MemberStatus.MEMBER) throw new NotOnRoll("a " + m.status().name().toLowerCase() + " member");
                if (onBehalfOf.isPresent()) {
                    var proxy = mandates.activeOf(id, voter).filter(p -> p.holder().equals(self));
                    if (proxy.isEmpty()) throw new AccessDenied(actor, "you hold no proxy from this member for this ballot");
                    if (proxy.get().acceptedAt().isEmpty()) throw new ProxyRefused("accept the mandate first: a mandate is used only once its holder accepted it");
                } else {
                    mandates.revokeOnVoteInPerson(id, voter, now);
                }
                List<String> valid = b.validChoice(choice);
                String code = newTrackingCode();
                if (b.spec().revoting() && rolls.hasVoted(id, voter)) {
                    replacePrevious(b, voter, previousReceipt, onBehalfOf.isPresent());
                } else {
                    // without revoting, no look-up first: uk_gov_participation refuses a second vote (AlreadyVoted, below)
                    rolls.participate(id, voter, self, now);
                }
                boolean secretRevoting = b.spec().secrecy() == Secrecy.SECRET && b.spec().revoting();
                ballotBox.putInBox(id, code, valid, row.college(), secretRevoting ? boxKey.tag(id, voter) : null);
                if (b.spec().secrecy() == Secrecy.OPEN) ballotBox.recordOpenVote(id, code, voter);
                requestId.ifPresent(r -> voteRequests.add(id, self, r, fingerprint, code));
                // a stream per (ballot, voter): the votes of one ballot do not wait on one head row, and the voter's stream is new
                // (one statement opens it) unless the voter votes again; the subject is still the ballot (AuditLog.about)
                audit.open(id + "/" + voter, actor, "gov.voted", id.toString(), onBehalfOf.map(g -> "by proxy").orElse("in person"));
                return new Receipt(id, code);
            });
        } catch (RuntimeException e) {
            if (requestId.isPresent()) {
                // a racing retry of this very request may have won (the roll, the primary key, a certification conflict)
                Optional<Receipt> done = tx.inTransaction(() -> replay(id, self, requestId.get(), fingerprint));
                if (done.isPresent()) return done.get();
            }
            if (Constraints.isViolation(e, "uk_gov_participation")) throw new AlreadyVoted(onBehalfOf.isPresent() ? "this member" : "you");
            throw e;
        }
    }

    private Optional<Receipt> replay(BallotId id, MemberId sender, RequestId requestId, String fingerprint) {
        return voteRequests.find(id, sender, requestId).map(recorded -> {
            if (!recorded.fingerprint().equals(fingerprint)) throw new RequestIdReused("vote");
            return new Receipt(id, recorded.trackingCode());
        });
    }

    /**
     * Replaces the voter's previous vote. On a secret ballot the quoted tracking code must be the voter's
     * own: its box entry's owner tag must be the one {@link BallotBoxKey} computes for (ballot, voter) —
     * another member's code, a code of another ballot and an unknown code are refused alike.
     * {@code voter} is the member whose vote this is: the holder under a mandate replaces the grantor's
     * vote only through the mandate, and a member voting in person only their own.
     */
    private void replacePrevious(Ballot b, MemberId voter, Optional<String> previousReceipt, boolean byProxy) {
        if (b.spec().secrecy() == Secrecy.OPEN) {
            String old = ballotBox.openVoteCode(b.id(), voter).orElseThrow();
            ballotBox.removeFromBox(b.id(), old);
            ballotBox.forgetOpenVote(old);
            return;
        }
        String old = Receipt.canonicalCode(previousReceipt.orElseThrow(() -> new AlreadyVoted(
                (byProxy ? "this member" : "you") + " (to change a secret vote, give the tracking code of your previous vote)")));
        String tag = ballotBox.lockOwnerTag(b.id(), old).orElseThrow(() -> new NotYourPreviousVote(old));
        if (!BallotBoxKey.same(tag, boxKey.tag(b.id(), voter))) throw new NotYourPreviousVote(old);
        ballotBox.removeFromBox(b.id(), old);
    }

    static String newTrackingCode() {
        byte[] b = new byte[10];
        RANDOM.nextBytes(b);
        String hex = HexFormat.of().withUpperCase().formatHex(b);
        return String.join("-", hex.substring(0, 5), hex.substring(5, 10), hex.substring(10, 15), hex.substring(15, 20));
    }
}
