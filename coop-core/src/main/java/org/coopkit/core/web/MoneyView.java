package org.coopkit.core.web;

import java.math.BigDecimal;
import org.coopkit.core.money.Money;

/** Money in JSON: the amount as a decimal string at the currency's scale, and the currency code. */
public record MoneyView(String amount, String currency) {
    public static MoneyView of(Money m) {
        return new MoneyView(m.amount().toPlainString(), m.currencyCode());
    }

    /** Reads it back; a malformed amount or currency is a 422 naming the field. */
    public Money toMoney(String field) {
        try {
            return Money.of(new BigDecimal(amount), java.util.Currency.getInstance(currency));
        } catch (RuntimeException e) {
            throw new org.coopkit.core.errors.InvalidInput(field, "must be an amount like {\"amount\":\"12.50\",\"currency\":\"EUR\"}");
        }
    }
}
