/**
 * Fiscal years and their lifecycle (open, closed, locked), year-end closing entries, and the
 * {@link org.coopkit.ledger.fiscal.FiscalCalendar} that stops postings dated in a closed year.
 */
package org.coopkit.ledger.fiscal;
