package org.coopkit.ledger.allocation;

import java.math.BigDecimal;
import java.util.Optional;
import org.coopkit.core.money.Money;

/**
 * One step of a computed waterfall: its amount, and the rule that set it. The remainder step has
 * no kind.
 *
 * @param percent the share of the result the policy gives it (or the interest rate for capital interest)
 */
public record WaterfallStep(int position, String name, Optional<StepKind> kind, BigDecimal percent, Money amount, String rule) {
}
