package org.coopkit.ledger.fiscal.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A fiscal year row; its status is changed only through {@code FiscalYear} transitions. */
@Entity
@Table(name = "ledger_fiscal_years")
public class FiscalYearEntity {
    @Id
    @Column(name = "code", length = 20)
    String code;
    @Column(name = "start_date", nullable = false)
    LocalDate startDate;
    @Column(name = "end_date", nullable = false)
    LocalDate endDate;
    @Column(name = "status", nullable = false, length = 10)
    String status;
    @Column(name = "closings", nullable = false)
    int closings;

    protected FiscalYearEntity() {
    }
}
