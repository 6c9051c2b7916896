package org.coopkit.governance.ballots;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coopkit.core.errors.InvalidInput;
import org.coopkit.governance.GovernanceRules;
import org.coopkit.governance.tally.Method;

/** A ballot: what is asked, how it is counted, and where it stands. Immutable. */
public record Ballot(BallotId id, BallotSpec spec, BallotStatus status, Optional<Instant> openedAt, Optional<Instant> closedAt,
                     int rollSize, Optional<Boolean> adopted) {

    /**
     * Checks a spec before it becomes a ballot; names every field at fault.
     *
     * @param s the spec
     * @throws InvalidInput with every field at fault
     */
    public static void validate(BallotSpec s) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (s.question() == null || s.question().isBlank() || s.question().length() > 500) errors.put("question", "must be 1 to 500 characters");
        if (s.method() == null) errors.put("method", "is required");
        if (s.options().size() < 2 || s.options().size() > 50) errors.put("options", "must be 2 to 50 choices");
        if (new LinkedHashSet<>(s.options()).size() != s.options().size()) errors.put("options", "must be distinct");
        if (s.options().stream().anyMatch(o -> o == null || o.isBlank() || o.length() > 100)) errors.put("options", "each must be 1 to 100 characters");
        if (s.method() == Method.YES_NO_ABSTAIN && !s.options().equals(BallotSpec.YES_NO)) errors.put("options", "a yes/no ballot has the options yes, no, abstain");
        if (s.seats() < 1 || s.seats() >= Math.max(2, s.options().size())) errors.put("seats", "must be at least 1 and fewer than the options");
        if (s.seats() > 1 && (s.method() == Method.IRV || s.method() == Method.YES_NO_ABSTAIN || s.method() == Method.PLURALITY)) {
            errors.put("seats", "only STV and approval fill several seats");
        }
        if (s.opensAt() == null || s.closesAt() == null || !s.closesAt().isAfter(s.opensAt())) errors.put("closesAt", "must be after opensAt");
        if (s.secrecy() == null) errors.put("secrecy", "is required");
        if (s.majority() == null) errors.put("majority", "is required");
        if (!errors.isEmpty()) throw new InvalidInput(errors);
    }

    /**
     * Whether votes may be cast at this instant: open, and between its opening and its announced close.
     * @param now the instant
     * @return whether the ballot is open at {@code now}
     */
    public boolean isOpenAt(Instant now) {
        return status == BallotStatus.OPEN && !now.isBefore(spec.opensAt()) && now.isBefore(spec.closesAt());
    }

    /**
     * Checks a choice against the method and options; refuses with the option named.
     *
     * @param choice the chosen option(s)
     * @return the choice as it goes into the box
     * @throws InvalidChoice if it is empty or does not fit the method and options
     */
    public List<String> validChoice(List<String> choice) {
        if (choice == null || choice.isEmpty()) throw new InvalidChoice("a choice is required");
        for (String c : choice) {
            if (c == null || !spec.options().contains(c)) throw new InvalidChoice("'" + c + "' is not an option of this ballot");
        }
        if (new LinkedHashSet<>(choice).size() != choice.size()) throw new InvalidChoice("an option appears twice");
        if (!spec.method().ranked() && spec.method() != Method.APPROVAL && choice.size() != 1) {
            throw new InvalidChoice("this ballot takes exactly one choice");
        }
        return List.copyOf(choice);
    }

    /** How a ballot comes to be closed: each way has its own rule ({@link #checkCanClose}). */
    public enum Closing {
        /** At (or after) its announced close, by the board or the deadline scheduler. */
        AT_DEADLINE,
        /** Before its announced close: the board gives a reason and confirms, where the statutes allow it. */
        EARLY,
        /** With the general assembly whose agenda carries it. */
        WITH_ASSEMBLY
    }

    /**
     * Opening freezes the roll: only a draft opens.
     *
     * @throws IllegalBallotTransition if the ballot is not a draft
     */
    public void checkCanOpen() {
        if (status != BallotStatus.DRAFT) throw new IllegalBallotTransition("ballot " + id + " is " + status + " and cannot be opened");
    }

    /**
     * A vote is taken only while the ballot is open and between its announced dates.
     *
     * @param now the moment of the vote
     * @throws BallotNotOpen if no vote can be cast now, saying why
     */
    public void checkCanVote(Instant now) {
        if (isOpenAt(now)) return;
        throw new BallotNotOpen("ballot " + id + " is " + (status == BallotStatus.OPEN
                ? (now.isBefore(spec.opensAt()) ? "not open yet (opens " + spec.opensAt() + ")" : "closed since " + spec.closesAt())
                : status) + ": no vote can be cast");
    }

    /**
     * The closing rules: only an open ballot closes; an assembly's resolution only with its assembly, and a ballot of
     * its own never with one; before its announced close only as an early close with a reason (10 to 500 characters)
     * and a confirmation, and never where the statutes forbid early closing.
     *
     * @param how how it is being closed
     * @param now the moment of the close
     * @param earlyClose what the statutes say of closing early
     * @param reason the reason for an early close, or null
     * @param confirmed whether the board confirmed an early close
     * @return how it closes, for the audit log ("at its announced close", "early: ...", "with its general assembly")
     * @throws IllegalBallotTransition if it is not open, or closed with an assembly it is not on the agenda of
     * @throws EarlyCloseRefused if an early close is forbidden, lacks its reason or confirmation, or the ballot is on an agenda
     */
    public String checkCanClose(Closing how, Instant now, GovernanceRules.EarlyClose earlyClose, String reason, boolean confirmed) {
        if (status != BallotStatus.OPEN) throw new IllegalBallotTransition("ballot " + id + " is " + status + " and cannot be closed");
        if (how == Closing.WITH_ASSEMBLY) {
            if (spec.assembly().isEmpty()) throw new IllegalBallotTransition("ballot " + id + " is on no assembly's agenda");
            return "with its general assembly";
        }
        if (spec.assembly().isPresent()) throw EarlyCloseRefused.onAgenda(id);
        if (!now.isBefore(spec.closesAt())) return "at its announced close";
        if (earlyClose == GovernanceRules.EarlyClose.FORBIDDEN) throw EarlyCloseRefused.forbidden(id, spec.closesAt());
        String why = reason == null ? "" : reason.strip();
        if (how != Closing.EARLY || why.length() < 10 || why.length() > 500 || !confirmed) throw EarlyCloseRefused.needsReason(id, spec.closesAt());
        return "early: " + why;
    }
}
