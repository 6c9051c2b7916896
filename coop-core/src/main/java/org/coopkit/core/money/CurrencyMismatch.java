package org.coopkit.core.money;

import java.util.Currency;
import org.coopkit.core.errors.CoopException;
import org.coopkit.core.errors.ErrorKind;

/** Two amounts of different currencies were combined. */
public final class CurrencyMismatch extends CoopException {
    /**
     * Creates the 422 refusal with code {@code currency-mismatch}.
     *
     * @param a the currency of the first amount
     * @param b the currency of the second amount
     */
    public CurrencyMismatch(Currency a, Currency b) {
        super(ErrorKind.UNPROCESSABLE, "currency-mismatch",
                "cannot combine " + a.getCurrencyCode() + " with " + b.getCurrencyCode());
    }
}
