package org.coopkit.ledger.fiscal;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The members' approval of a year's accounts: "the accounts of {@code year} were approved by ballot
 * {@code ballot} on {@code approvedOn}". Recorded once per year, when the ballot carrying an
 * {@link AccountsApprovals#KIND} decision is adopted.
 *
 * @param year       the fiscal year whose accounts were approved
 * @param ballot     the id of the adopted ballot
 * @param approvedOn the day the decision was applied
 */
public record AccountsApproval(FiscalYearId year, String ballot, LocalDate approvedOn) {
    /**
     * Checks the components.
     *
     * @param year       the fiscal year whose accounts were approved
     * @param ballot     the id of the adopted ballot, not blank
     * @param approvedOn the day the decision was applied
     */
    public AccountsApproval {
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(approvedOn, "approvedOn");
        if (ballot == null || ballot.isBlank()) throw new IllegalArgumentException("an approval names its ballot");
    }
}
