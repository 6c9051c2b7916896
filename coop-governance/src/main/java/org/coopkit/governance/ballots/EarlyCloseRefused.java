package org.coopkit.governance.ballots;

import java.time.Instant;
import org.coopkit.core.errors.ErrorKind;

/**
 * Refusal: a ballot closed before its announced {@code closesAt} — without a stated reason and a
 * confirmation ({@code early-close-needs-reason}), or where the statutes forbid it ({@code early-close-forbidden}).
 */
public final class EarlyCloseRefused extends GovernanceRefusal {
    private EarlyCloseRefused(ErrorKind kind, String code, String message) {
        super(kind, code, message);
    }

    /**
     * The board closes before the announced close without a reason of 10 to 500 characters and a confirmation.
     * @param id the ballot
     * @param closesAt its announced close
     * @return the refusal (409, {@code early-close-needs-reason})
     */
    public static EarlyCloseRefused needsReason(BallotId id, Instant closesAt) {
        return new EarlyCloseRefused(ErrorKind.CONFLICT, "early-close-needs-reason", "ballot " + id + " is announced to close at " + closesAt
                + "; closing it earlier needs a reason (10 to 500 characters) and a confirmation");
    }

    /**
     * The statutes forbid closing before the announced close.
     * @param id the ballot
     * @param closesAt its announced close
     * @return the refusal (409, {@code early-close-forbidden})
     */
    public static EarlyCloseRefused forbidden(BallotId id, Instant closesAt) {
        return new EarlyCloseRefused(ErrorKind.CONFLICT, "early-close-forbidden", "the statutes forbid closing a ballot before its announced close ("
                + closesAt + "); ballot " + id + " closes then, automatically");
    }

    /**
     * A resolution on an assembly's agenda closes only with the assembly.
     * @param id the ballot
     * @return the refusal (409, {@code closed-with-its-assembly})
     */
    public static EarlyCloseRefused onAgenda(BallotId id) {
        return new EarlyCloseRefused(ErrorKind.CONFLICT, "closed-with-its-assembly", "ballot " + id + " is on a general assembly's agenda and closes with the assembly");
    }
}
