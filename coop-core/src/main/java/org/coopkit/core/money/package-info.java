/** Money as BigDecimal plus currency, with exact largest-remainder allocation. */
package org.coopkit.core.money;
