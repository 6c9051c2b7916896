package org.coopkit.core.statutes;

import java.math.BigDecimal;
import java.util.Set;

/**
 * A voting college of a multi-stakeholder co-op (SCIC): members of the listed categories vote
 * one-member-one-vote inside the college, and the college's result weighs {@code weightPercent} of
 * the whole.
 *
 * @param code          stable code of the college
 * @param name          display name
 * @param weightPercent the college's weight in the overall result, in percent
 * @param categories    the member categories that vote in this college
 */
public record VotingCollege(String code, String name, BigDecimal weightPercent, Set<String> categories) {
    /**
     * Copies {@code categories} so the college cannot change afterwards.
     *
     * @param code          stable code of the college
     * @param name          display name
     * @param weightPercent the college's weight in the overall result, in percent
     * @param categories    the member categories that vote in this college
     */
    public VotingCollege {
        categories = Set.copyOf(categories);
    }
}
