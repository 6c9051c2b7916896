package org.coopkit.core.capital;

import org.coopkit.core.members.MemberId;
import org.coopkit.core.money.Money;

/**
 * A refund taken as new shares: whole shares at the nominal value, fully paid from the refund; the
 * remainder (less than one share) stays due to the member and is paid out like any refund.
 */
public record RefundConversion(MemberId member, Money refund, int shares, Money converted, Money remainder) {
}
