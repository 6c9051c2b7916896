package org.coopkit.core.decisions;

import java.util.Objects;

/**
 * What an adopted resolution must make happen, typed by {@code kind} with a JSON payload, e.g.
 * {@code ledger.surplus-allocation} with the fiscal year, or {@code carshare.tariff} with the new
 * tariff. Governance carries it without understanding it; the module that registered a
 * {@link DecisionHandler} for the kind acts on it (docs/design.md: the seam between modules).
 *
 * @param kind    namespaced kind, e.g. {@code ledger.surplus-allocation}
 * @param payload JSON document the handler reads
 */
public record Decision(String kind, String payload) {
    /**
     * Checks the decision.
     *
     * @param kind    namespaced kind, e.g. {@code ledger.surplus-allocation}
     * @param payload JSON document the handler reads
     * @throws IllegalArgumentException when {@code kind} is blank
     */
    public Decision {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(payload, "payload");
        if (kind.isBlank()) throw new IllegalArgumentException("decision kind must not be blank");
    }
}
