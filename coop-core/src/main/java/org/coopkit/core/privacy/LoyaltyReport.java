package org.coopkit.core.privacy;

import java.time.Instant;
import java.util.Optional;
import org.coopkit.core.members.MemberId;

/**
 * A member reports a practice they think unfair (a price, a refusal, a data use). The board must
 * answer; the member sees the status and the answer.
 */
public record LoyaltyReport(String id, MemberId member, String subject, String text, Status status, Instant filedAt,
                            Optional<String> answer, Optional<Instant> answeredAt) {
    /** Whether the board has answered the report yet. */
    public enum Status { OPEN, ANSWERED }
}
