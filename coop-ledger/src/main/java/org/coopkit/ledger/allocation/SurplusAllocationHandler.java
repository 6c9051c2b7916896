package org.coopkit.ledger.allocation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.decisions.Decision;
import org.coopkit.core.decisions.DecisionHandler;
import org.coopkit.core.errors.InvalidInput;
import org.coopkit.ledger.fiscal.FiscalYearId;

/**
 * Acts on an adopted resolution of kind {@value #KIND} with the payload
 * {@code {"fiscalYear":"2026"}}: posts that year's allocation, once.
 */
public final class SurplusAllocationHandler implements DecisionHandler {
    /** The decision kind this handler is registered for. */
    public static final String KIND = "ledger.surplus-allocation";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final AllocationService allocations;

    /**
     * Wiring for {@code LedgerModule.registerDecisionHandlers}.
     *
     * @param allocations the service that posts the adopted allocation
     */
    public SurplusAllocationHandler(AllocationService allocations) {
        this.allocations = allocations;
    }

    @Override
    public void apply(String decisionId, Decision decision) {
        if (!KIND.equals(decision.kind())) throw new InvalidInput("kind", "this handler applies " + KIND + " only");
        allocations.postAdopted(Actor.system(), decisionId, fiscalYear(decision.payload()));  // the members adopted it
    }

    static FiscalYearId fiscalYear(String payload) {
        try {
            JsonNode year = JSON.readTree(payload).get("fiscalYear");
            if (year == null || !year.isValueNode()) throw new InvalidInput("fiscalYear", "the payload must name the fiscal year");
            return FiscalYearId.of(year.asText());
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidInput("payload", "must be JSON like {\"fiscalYear\":\"2026\"}");
        }
    }
}
