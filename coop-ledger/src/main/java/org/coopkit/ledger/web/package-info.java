/** The ledger over HTTP: {@link org.coopkit.ledger.web.LedgerFeature} registers its resources under {@code /api/ledger}. */
package org.coopkit.ledger.web;
