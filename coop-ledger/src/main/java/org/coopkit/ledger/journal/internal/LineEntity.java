package org.coopkit.ledger.journal.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A journal line row; SEQUENCE ids with a pooled optimizer keep JDBC batching on for bulk posting. */
@Entity
@Table(name = "ledger_entry_lines")
public class LineEntity {
    @Id
    @LedgerSequence.Ids("ledger_line_seq")
    @Column(name = "id")
    Long id;
    @Column(name = "entry_id", nullable = false)
    long entryId;
    @Column(name = "position", nullable = false)
    int position;
    @Column(name = "account_code", nullable = false, length = 40)
    String accountCode;
    @Column(name = "member_id", length = 36)
    String memberId;
    @Column(name = "side", nullable = false, length = 6)
    String side;
    @Column(name = "amount", nullable = false, precision = 19, scale = 4)
    BigDecimal amount;
    @Column(name = "currency", nullable = false, length = 3)
    String currency;

    protected LineEntity() {
    }
}
