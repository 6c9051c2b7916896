package org.coopkit.core.statutes;

import java.math.BigDecimal;
import java.util.Set;

/**
 * A voting college of a multi-stakeholder co-op (SCIC): members of the listed categories vote
 * one-member-one-vote inside the college, and the college's result weighs {@code weightPercent} of
 * the whole.
 */
public record VotingCollege(String code, String name, BigDecimal weightPercent, Set<String> categories) {
    public VotingCollege {
        categories = Set.copyOf(categories);
    }
}
