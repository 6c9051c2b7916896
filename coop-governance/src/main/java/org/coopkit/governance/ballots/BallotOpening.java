package org.coopkit.governance.ballots;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.audit.AuditLog;
import org.coopkit.core.decisions.DecisionHandlers;
import org.coopkit.core.errors.InvalidInput;
import org.coopkit.core.members.Member;
import org.coopkit.core.members.MemberStatus;
import org.coopkit.core.members.Members;
import org.coopkit.core.persistence.Constraints;
import org.coopkit.core.persistence.Transactions;
import org.coopkit.core.statutes.CoopStatutes;
import org.coopkit.governance.GovernanceRules;
import org.coopkit.governance.ballots.internal.Ballots;
import org.coopkit.governance.ballots.internal.Rolls;

/** Creating a ballot (the spec, the minimum voting period, the decision, one ballot per subject) and opening it. */
final class BallotOpening {
    private final Transactions tx;
    private final Ballots ballots;
    private final Rolls rolls;
    private final Members members;
    private final CoopStatutes statutes;
    private final DecisionHandlers decisions;
    private final AuditLog audit;
    private final Clock clock;
    private final GovernanceRules rules;
    private final Optional<BallotMailer> mailer;

    BallotOpening(Transactions tx, Members members, CoopStatutes statutes, DecisionHandlers decisions, AuditLog audit, Clock clock,
                  GovernanceRules rules, Optional<BallotMailer> mailer) {
        this.tx = tx;
        this.ballots = new Ballots(tx);
        this.rolls = new Rolls(tx);
        this.members = members;
        this.statutes = statutes;
        this.decisions = decisions;
        this.audit = audit;
        this.clock = clock;
        this.rules = rules;
        this.mailer = mailer;
    }

    Ballot create(Actor actor, BallotSpec spec) {
        Ballot.validate(spec);
        // an assembly's resolutions are voted at the meeting; a ballot of its own runs the statutes' minimum
        if (spec.assembly().isEmpty() && Duration.between(spec.opensAt(), spec.closesAt()).compareTo(rules.minimumVotingPeriod()) < 0) {
            throw new InvalidInput("closesAt", "must be at least " + describe(rules.minimumVotingPeriod())
                    + " after opensAt (the statutes' minimum voting period)");
        }
        spec.decision().ifPresent(decisions::check); // a member never votes on a decision that cannot be applied
        Ballot b = new Ballot(BallotId.random(), spec, BallotStatus.DRAFT, Optional.empty(), Optional.empty(), 0, Optional.empty());
        String subject = spec.decision().map(decisions::subjectOf).map(x -> x.length() > 300 ? x.substring(0, 300) : x).orElse(null);
        try {
            return tx.inTransaction(() -> {
                if (subject != null) ballots.blockingBallotOn(subject).ifPresent(other -> {
                    throw subjectTaken(subject, other);
                });
                ballots.addBallot(b, clock.instant(), subject);
                audit.record(actor, "gov.ballot-created", b.id().toString(), spec.question());
                return b;
            });
        } catch (RuntimeException e) {
            // a board creating the same subject at the same instant: the unique key on the open subject decides
            if (subject == null || !Constraints.isViolation(e, "uk_gov_ballots_open_subject")) throw e;
            throw new SubjectAlreadyOnBallot(subject); // the loser's transaction is spoilt: no look-up of the winner here
        }
    }

    private static SubjectAlreadyOnBallot subjectTaken(String subject, Ballot other) {
        return new SubjectAlreadyOnBallot(subject, other.id(), other.status() == BallotStatus.CLOSED ? "adopted" : other.status().name().toLowerCase());
    }

    Ballot open(Actor actor, BallotId id) {
        return tx.inTransaction(() -> {
            Ballot b = ballots.lockBallot(id).orElseThrow(() -> new BallotNotFound(id));
            b.checkCanOpen();
            List<Member> roll = new ArrayList<>();
            for (Member m : members.inStatus(MemberStatus.MEMBER)) {
                if (b.spec().category().isPresent() && !b.spec().category().get().equals(m.category())) continue;
                rolls.addToRoll(id, m.id(), statutes.collegeOf(m.category()).map(c -> c.code()).orElse(null));
                roll.add(m);
            }
            int n = roll.size();
            ballots.opened(id, clock.instant(), n);
            audit.record(actor, "gov.ballot-opened", id.toString(), "roll of " + n);
            Ballot opened = ballots.ballot(id).orElseThrow();
            mailer.ifPresent(m -> m.invite(opened, roll)); // queued with the opening, sent after commit
            return opened;
        });
    }

    static String describe(Duration d) {
        if (d.toDays() > 0 && d.equals(Duration.ofDays(d.toDays()))) return d.toDays() + (d.toDays() == 1 ? " day" : " days");
        if (d.toHours() > 0 && d.equals(Duration.ofHours(d.toHours()))) return d.toHours() + (d.toHours() == 1 ? " hour" : " hours");
        return d.toMinutes() + " minutes";
    }
}
