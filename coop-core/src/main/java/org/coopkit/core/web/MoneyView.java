package org.coopkit.core.web;

import java.math.BigDecimal;
import org.coopkit.core.money.Money;

/**
 * Money in JSON: the amount as a decimal string at the currency's scale, and the currency code.
 *
 * @param amount   decimal string, e.g. {@code "12.50"}
 * @param currency ISO 4217 code, e.g. {@code "EUR"}
 */
public record MoneyView(String amount, String currency) {
    /**
     * The JSON view of an amount.
     *
     * @param m the amount
     * @return its view, amount written without exponent
     */
    public static MoneyView of(Money m) {
        return new MoneyView(m.amount().toPlainString(), m.currencyCode());
    }

    /**
     * Reads it back; a malformed amount or currency is a 422 naming the field.
     *
     * @param field the JSON field name, for the refusal
     * @return the amount
     * @throws org.coopkit.core.errors.InvalidInput when the amount or the currency code is malformed
     */
    public Money toMoney(String field) {
        try {
            return Money.of(new BigDecimal(amount), java.util.Currency.getInstance(currency));
        } catch (RuntimeException e) {
            throw new org.coopkit.core.errors.InvalidInput(field, "must be an amount like {\"amount\":\"12.50\",\"currency\":\"EUR\"}");
        }
    }
}
