package org.coopkit.ledger.fiscal.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.coopkit.ledger.fiscal.AccountsApproval;
import org.coopkit.ledger.fiscal.FiscalYearId;

/** The approval of a year's accounts by an adopted ballot; one row per year. */
@Entity
@Table(name = "ledger_accounts_approvals")
public class AccountsApprovalEntity {
    @Id
    @Column(name = "fiscal_year", length = 20)
    String fiscalYear;
    @Column(name = "ballot_id", nullable = false, length = 36)
    String ballotId;
    @Column(name = "approved_on", nullable = false)
    LocalDate approvedOn;
    @Column(name = "recorded_at", nullable = false)
    Instant recordedAt;

    protected AccountsApprovalEntity() {
    }

    /**
     * The row of an approval.
     *
     * @param a  the approval
     * @param at when it is recorded
     * @return the row
     */
    public static AccountsApprovalEntity of(AccountsApproval a, Instant at) {
        AccountsApprovalEntity e = new AccountsApprovalEntity();
        e.fiscalYear = a.year().value();
        e.ballotId = a.ballot();
        e.approvedOn = a.approvedOn();
        e.recordedAt = at;
        return e;
    }

    /**
     * The approval this row holds.
     *
     * @return the approval
     */
    public AccountsApproval toApproval() {
        return new AccountsApproval(FiscalYearId.of(fiscalYear), ballotId, approvedOn);
    }
}
