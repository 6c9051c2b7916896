package org.coopkit.governance.ballots;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coopkit.core.errors.InvalidInput;
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
}
