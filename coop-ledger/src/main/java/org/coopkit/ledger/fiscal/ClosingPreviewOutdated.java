package org.coopkit.ledger.fiscal;

import org.coopkit.core.errors.CoopException;
import org.coopkit.core.errors.ErrorKind;

/** The closing confirmed is not the one previewed: postings changed the balances since. */
public final class ClosingPreviewOutdated extends CoopException {
    /**
     * Refuses a closing whose preview no longer matches the books.
     *
     * @param id the year being closed
     */
    public ClosingPreviewOutdated(FiscalYearId id) {
        super(ErrorKind.CONFLICT, "closing-preview-outdated", "the closing entries of fiscal year " + id
                + " changed since they were previewed: preview the closing again and confirm what it shows");
    }
}
