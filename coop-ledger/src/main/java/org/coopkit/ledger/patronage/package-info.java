/**
 * Patronage: business members do with the co-op (purchases, sales, work hours), recorded as it
 * happens, idempotent on its source, the basis of patronage refunds. Business by non-members is
 * recorded as such and never refunded.
 */
package org.coopkit.ledger.patronage;
