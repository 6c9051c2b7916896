package org.coopkit.ledger.journal.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A journal entry row. Written once; there is no code path that updates or deletes it. */
@Entity
@Table(name = "ledger_entries")
public class EntryEntity {
    @Id
    @LedgerSequence.Ids("ledger_entry_seq")
    @Column(name = "id")
    Long id;
    @Column(name = "number", nullable = false)
    long number;
    @Column(name = "entry_date", nullable = false)
    LocalDate entryDate;
    @Column(name = "fiscal_year", nullable = false, length = 20)
    String fiscalYear;
    @Column(name = "period", nullable = false)
    int period;
    @Column(name = "kind", nullable = false, length = 12)
    String kind;
    @Column(name = "memo", nullable = false, length = 300)
    String memo;
    @Column(name = "idempotency_key", nullable = false, length = 120)
    String idempotencyKey;
    @Column(name = "reverses_id")
    Long reversesId;
    @Column(name = "posted_at", nullable = false)
    Instant postedAt;
    @Column(name = "posted_by", nullable = false, length = 100)
    String postedBy;
    @Column(name = "prev_hash", nullable = false, length = 64)
    String prevHash;
    @Column(name = "hash", nullable = false, length = 64)
    String hash;

    protected EntryEntity() {
    }
}
