/**
 * The decision seam: an adopted resolution carries a typed {@link org.coopkit.core.decisions.Decision};
 * governance calls the {@link org.coopkit.core.decisions.DecisionHandler} registered for its kind.
 * This is how a vote changes the books or the tariff without governance depending on the ledger.
 */
package org.coopkit.core.decisions;
