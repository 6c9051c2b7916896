package org.coopkit.ledger.patronage.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A patronage record row; unique on its source id (uk_ledger_patronage_source). */
@Entity
@Table(name = "ledger_patronage")
public class PatronageEntity {
    @Id
    @Column(name = "id", length = 36)
    String id;
    @Column(name = "source_id", nullable = false, length = 120)
    String sourceId;
    @Column(name = "party_kind", nullable = false, length = 12)
    String partyKind;
    @Column(name = "member_id", length = 36)
    String memberId;
    @Column(name = "party", nullable = false, length = 120)
    String party;
    @Column(name = "on_date", nullable = false)
    LocalDate onDate;
    @Column(name = "kind", nullable = false, length = 30)
    String kind;
    @Column(name = "volume", nullable = false, precision = 19, scale = 4)
    BigDecimal volume;
    @Column(name = "amount", nullable = false, precision = 19, scale = 4)
    BigDecimal amount;
    @Column(name = "fees", nullable = false, precision = 19, scale = 4)
    BigDecimal fees;
    @Column(name = "currency", nullable = false, length = 3)
    String currency;
    @Column(name = "entry_id")
    Long entryId;
    @Column(name = "activity_ref", length = 120)
    String activityRef;
    @Column(name = "recorded_at", nullable = false)
    Instant recordedAt;

    protected PatronageEntity() {
    }
}
