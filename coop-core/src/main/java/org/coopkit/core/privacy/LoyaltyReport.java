package org.coopkit.core.privacy;

import java.time.Instant;
import java.util.Optional;
import org.coopkit.core.members.MemberId;

/**
 * A member reports a practice they think unfair (a price, a refusal, a data use). The board must
 * answer; the member sees the status and the answer.
 *
 * @param id         the report's identifier
 * @param member     the member who filed it
 * @param subject    one-line subject
 * @param text       what the member reports
 * @param status     open until the board answers
 * @param filedAt    when it was filed
 * @param answer     the board's answer, once given
 * @param answeredAt when the board answered
 */
public record LoyaltyReport(String id, MemberId member, String subject, String text, Status status, Instant filedAt,
                            Optional<String> answer, Optional<Instant> answeredAt) {
    /** Whether the board has answered the report yet. */
    public enum Status {
        /** Filed, waiting for the board's answer. */
        OPEN,
        /** The board has answered. */
        ANSWERED
    }
}
