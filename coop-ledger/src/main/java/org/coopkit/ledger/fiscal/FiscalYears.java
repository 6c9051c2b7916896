package org.coopkit.ledger.fiscal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The fiscal years' repository. Call inside a transaction. */
public interface FiscalYears {
    Optional<FiscalYear> find(FiscalYearId id);

    /** Reads and locks the year's row until the transaction ends. */
    Optional<FiscalYear> findForUpdate(FiscalYearId id);

    /** The year containing a date, read afresh from the database. */
    Optional<FiscalYear> containing(LocalDate date);

    /** Every year, by start date. */
    List<FiscalYear> all();

    void add(FiscalYear year);

    void update(FiscalYear year);
}
