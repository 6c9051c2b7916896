package org.coopkit.ledger.capital;

import org.coopkit.core.errors.CoopException;
import org.coopkit.core.errors.ErrorKind;

/**
 * The opening entry for capital that existed before the ledger is refused: it was already posted
 * ({@code capital-opening-posted}), there is nothing to bring in ({@code capital-opening-nothing}), or
 * the books hold more for a member than the register ({@code capital-opening-books-ahead}).
 */
public final class CapitalOpeningRefused extends CoopException {
    /**
     * Refuses the capital opening entry.
     *
     * @param code    the refusal's stable code, e.g. {@code capital-opening-posted}
     * @param message what to do about it
     */
    public CapitalOpeningRefused(String code, String message) {
        super(ErrorKind.CONFLICT, code, message);
    }
}
