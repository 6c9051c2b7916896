package org.coopkit.ledger.web;

import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import org.coopkit.ledger.LedgerModule;
import org.coopkit.ledger.web.internal.CapitalCheckResource;
import org.coopkit.ledger.web.internal.FiscalYearResource;
import org.coopkit.ledger.web.internal.IncomeStatementResource;
import org.coopkit.ledger.web.internal.JournalResource;
import org.coopkit.ledger.web.internal.PatronageResource;

/**
 * The ledger's REST resources under {@code /api/ledger}, registered as instances built from the
 * {@link LedgerModule}. Register it beside core's {@code CoreFeature}, which brings JSON,
 * authentication and the problem+json mapping of every refusal the ledger throws.
 *
 * <pre>{@code
 * new ResourceConfig().register(new CoreFeature(core)).register(new LedgerFeature(ledger));
 * }</pre>
 */
public final class LedgerFeature implements Feature {
    private final LedgerModule ledger;

    /**
     * Builds the ledger's REST resources from the module.
     *
     * @param ledger the ledger module
     */
    public LedgerFeature(LedgerModule ledger) {
        this.ledger = ledger;
    }

    @Override
    public boolean configure(FeatureContext context) {
        context.register(new JournalResource(ledger));
        context.register(new FiscalYearResource(ledger));
        context.register(new IncomeStatementResource(ledger));
        context.register(new PatronageResource(ledger));
        context.register(new CapitalCheckResource(ledger));
        context.register(new org.coopkit.ledger.web.internal.CapitalOpeningResource(ledger));
        context.register(new org.coopkit.ledger.web.internal.PayoutResource(ledger));
        return true;
    }
}
