package org.coopkit.ledger.payouts.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** One line of a payout run. */
@Entity
@Table(name = "ledger_payout_lines")
@IdClass(PayoutLineEntity.Key.class)
public class PayoutLineEntity {
    @Id
    @Column(name = "run_key", length = 80)
    String runKey;
    @Id
    @Column(name = "line_no")
    int lineNo;
    @Column(name = "member_id", nullable = false, length = 36)
    String memberId;
    @Column(name = "account_code", nullable = false, length = 20)
    String accountCode;
    @Column(name = "amount", nullable = false, precision = 19, scale = 4)
    BigDecimal amount;
    @Column(name = "currency", nullable = false, length = 3)
    String currency;
    @Column(name = "iban", length = 34)
    String iban;
    @Column(name = "status", nullable = false, length = 12)
    String status;
    @Column(name = "entry_id")
    Long entryId;
    @Column(name = "execution_date", nullable = false)
    LocalDate executionDate;
    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    protected PayoutLineEntity() {
    }

    /** The composite key. */
    public static class Key implements Serializable {
        String runKey;
        int lineNo;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.runKey.equals(runKey) && k.lineNo == lineNo;
        }

        @Override
        public int hashCode() {
            return Objects.hash(runKey, lineNo);
        }
    }
}
