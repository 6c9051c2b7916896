package org.coopkit.ledger.fiscal;

import java.time.LocalDate;
import org.coopkit.core.errors.CoopException;
import org.coopkit.core.errors.ErrorKind;

/** No fiscal year contains the date of a posting: open the year first. */
public final class NoFiscalYear extends CoopException {
    /**
     * Refuses a posting dated where no fiscal year is open.
     *
     * @param date the posting date
     */
    public NoFiscalYear(LocalDate date) {
        super(ErrorKind.UNPROCESSABLE, "no-fiscal-year", "no fiscal year contains " + date + ": open it first");
    }
}
