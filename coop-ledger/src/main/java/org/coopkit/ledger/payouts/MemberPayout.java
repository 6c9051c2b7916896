package org.coopkit.ledger.payouts;

import java.time.LocalDate;
import org.coopkit.core.money.Money;

/** One payout line of a member, with its run: what their statement shows. */
public record MemberPayout(String run, LocalDate executionDate, String account, Money amount, PayoutRun.Status status) {
}
