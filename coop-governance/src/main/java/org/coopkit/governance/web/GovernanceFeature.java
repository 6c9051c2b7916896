package org.coopkit.governance.web;

import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import org.coopkit.governance.GovernanceModule;

/**
 * Governance over HTTP: {@code /api/ballots}, {@code /api/proxies}, {@code /api/assemblies}.
 * Register it beside core's {@code CoreFeature}, which maps every refusal to problem+json.
 */
public final class GovernanceFeature implements Feature {
    private final GovernanceModule gov;

    /**
     * Wiring for the application: registers the governance resources.
     * @param gov the governance module
     */
    public GovernanceFeature(GovernanceModule gov) {
        this.gov = gov;
    }

    @Override
    public boolean configure(FeatureContext context) {
        context.register(new BallotResource(gov));
        context.register(new ReceiptMailResource(gov));
        context.register(new HoldersResource(gov));
        context.register(new ProxyResource(gov));
        context.register(new AssemblyResource(gov));
        context.register(new BriefingResource(gov));
        context.register(new DiscussionResource(gov));
        return true;
    }
}
