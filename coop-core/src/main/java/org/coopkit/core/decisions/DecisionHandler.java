package org.coopkit.core.decisions;

/**
 * Acts on an adopted {@link Decision}. Called inside the transaction that records the adoption,
 * exactly once per {@code decisionId}; it must be idempotent on that id all the same, since an
 * embedding app may replay it.
 */
@FunctionalInterface
public interface DecisionHandler {
    /**
     * @param decisionId stable id of the adopted resolution's decision (use it as idempotency key)
     * @param decision   what was decided
     */
    void apply(String decisionId, Decision decision);
}
