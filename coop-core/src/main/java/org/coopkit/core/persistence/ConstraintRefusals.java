package org.coopkit.core.persistence;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The one place a service says which named refusal a lost database constraint stands for: a race
 * the service's own check could not see (two requests past the check at once) ends at the
 * constraint, and the loser gets the same refusal the check would have given, not a 500.
 *
 * <pre>{@code
 * private static final ConstraintRefusals REFUSALS = ConstraintRefusals.of("uk_members_email", () -> new DuplicateEmail(email));
 * return REFUSALS.translating(() -> tx.inTransaction(...));
 * }</pre>
 */
public final class ConstraintRefusals {
    private final Map<String, Supplier<? extends RuntimeException>> refusals;

    private ConstraintRefusals(Map<String, Supplier<? extends RuntimeException>> refusals) {
        this.refusals = refusals;
    }

    /**
     * A mapping with one constraint.
     *
     * @param constraint the constraint or index name, as the changelog names it
     * @param refusal    makes the refusal a violation of it stands for
     * @return the mapping
     */
    public static ConstraintRefusals of(String constraint, Supplier<? extends RuntimeException> refusal) {
        return new ConstraintRefusals(new LinkedHashMap<>()).and(constraint, refusal);
    }

    /**
     * This mapping and one more constraint.
     *
     * @param constraint the constraint or index name
     * @param refusal    makes the refusal a violation of it stands for
     * @return a new mapping; this one is unchanged
     */
    public ConstraintRefusals and(String constraint, Supplier<? extends RuntimeException> refusal) {
        Map<String, Supplier<? extends RuntimeException>> more = new LinkedHashMap<>(refusals);
        more.put(constraint, refusal);
        return new ConstraintRefusals(more);
    }

    /**
     * The refusal {@code e} stands for when it (or a cause) violates one of the named constraints,
     * else {@code e} itself.
     *
     * @param e the failure
     * @return the named refusal, or {@code e}
     */
    public RuntimeException translate(RuntimeException e) {
        for (Map.Entry<String, Supplier<? extends RuntimeException>> r : refusals.entrySet()) {
            if (Constraints.isViolation(e, r.getKey())) {
                RuntimeException refusal = r.getValue().get();
                refusal.addSuppressed(e);
                return refusal;
            }
        }
        return e;
    }

    /**
     * Runs {@code work}; a lost constraint ends as its named refusal, any other failure as it was.
     *
     * @param work the work, typically one transaction
     * @param <T>  what the work returns
     * @return what the work returned
     */
    public <T> T translating(Supplier<T> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            throw translate(e);
        }
    }
}
