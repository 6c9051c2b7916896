/**
 * Surplus allocation: {@link org.coopkit.ledger.allocation.AllocationPolicy policies} (presets as
 * data), the pure {@link org.coopkit.ledger.allocation.Redistribution} of a year's result into a
 * waterfall and member lines exact to the cent, its formats (JSON, CSV, HTML with a chart, draft
 * resolution), member statements, and the posting of the adopted allocation through core's decision
 * seam ({@link org.coopkit.ledger.allocation.SurplusAllocationHandler}).
 *
 * <h2>Worked example (checked by {@code WorkedExampleTest} and {@code RedistributionIT})</h2>
 * <p>Fiscal year 2026 closes with a surplus of EUR 10,000.00. The legal reserve holds EUR 2,000.00
 * and the paid-up capital is EUR 12,000.00: Ana (member no. 1) EUR 4,000.00, Ben (no. 2) EUR 6,000.00,
 * Chloé (no. 3) EUR 2,000.00. In the year Ana, Ben and Chloé each bought EUR 400.00 of services, Ben
 * sold EUR 2,500.00 as a provider, Chloé worked 120 hours; guests who are not members bought EUR 5,000.00.
 * Under the generic preset:
 * <pre>
 *   1. Legal reserve (15%, below capital)       EUR  1,500.00
 *   2. Interest on paid-up capital (3%)         EUR    360.00
 *   3. Patronage refunds (50%)                  EUR  5,000.00  purchases 70% = 3,500.00, sales 20% = 1,000.00, work 10% = 500.00
 *   4. Development fund (10%)                   EUR  1,000.00
 *   5. Remainder to statutory reserves          EUR  2,140.00
 *                                               EUR 10,000.00
 *
 *   member   refund                          interest   total
 *   Ana      1,166.67 (purchases)              120.00   1,286.67
 *   Ben      1,166.67 + 1,000.00 = 2,166.67    180.00   2,346.67
 *   Chloé    1,166.66 + 500.00 = 1,666.66       60.00   1,726.66
 * </pre>
 * The purchases pool of 3,500.00 splits in three equal thirds of 1,166.666…; the largest-remainder
 * method gives the one cent left to the lowest membership numbers (Ana, then Ben), so the refunds add
 * up to exactly 5,000.00. The guests' EUR 5,000.00 of purchases are in the books and in the report,
 * and in no member's line.
 */
package org.coopkit.ledger.allocation;
