package org.example.coop;

import org.coopkit.core.CoreModule;
import org.coopkit.core.decisions.DecisionHandlers;
import org.coopkit.core.privacy.DataPolicy;

/** The decision handlers of an app that embeds core: what an adopted resolution makes happen. */
public final class CoreDecisions {
    private CoreDecisions() {
    }

    public static DecisionHandlers handlers(CoreModule core) {
        // guide:decision-handlers
        DecisionHandlers decisions = new DecisionHandlers();
        decisions.register(DataPolicy.DECISION_KIND, core.dataPolicy().decisionHandler());  // a new data-use policy
        decisions.register("example.welcome-pack", (decisionId, decision) ->               // your own kind
                System.out.println("decision " + decisionId + " adopted: " + decision.payload()));
        // guide:end
        return decisions;
    }
}
