package org.coopkit.ledger.fiscal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The fiscal years' repository. Call inside a transaction. */
public interface FiscalYears {
    /**
     * One year by id.
     *
     * @param id the year's id
     * @return the year, or empty
     */
    Optional<FiscalYear> find(FiscalYearId id);

    /**
     * Reads and locks the year's row until the transaction ends.
     *
     * @param id the year's id
     * @return the locked year, or empty
     */
    Optional<FiscalYear> findForUpdate(FiscalYearId id);

    /**
     * The year containing a date, read afresh from the database.
     *
     * @param date the day
     * @return the year, or empty when no year contains it
     */
    Optional<FiscalYear> containing(LocalDate date);

    /**
     * Every year, by start date.
     *
     * @return the years
     */
    List<FiscalYear> all();

    /**
     * Stores a new year.
     *
     * @param year the year
     */
    void add(FiscalYear year);

    /**
     * Stores a year's new status and closings.
     *
     * @param year the year as it is now
     */
    void update(FiscalYear year);

    /**
     * The members' approval of a year's accounts, once an approval ballot was adopted.
     *
     * @param id the year
     * @return the approval, or empty
     */
    Optional<AccountsApproval> approval(FiscalYearId id);
}
