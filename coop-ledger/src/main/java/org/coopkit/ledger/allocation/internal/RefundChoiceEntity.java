package org.coopkit.ledger.allocation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A member's choice of refund as payment or shares for a fiscal year. */
@Entity
@Table(name = "ledger_refund_choices")
public class RefundChoiceEntity {
    @Id
    @Column(name = "id", length = 80)
    String id;
    @Column(name = "fiscal_year", nullable = false, length = 20)
    String fiscalYear;
    @Column(name = "member_id", nullable = false, length = 36)
    String memberId;
    @Column(name = "choice", nullable = false, length = 12)
    String choice;

    protected RefundChoiceEntity() {
    }
}
