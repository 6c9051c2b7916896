package org.coopkit.core.capital.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

@Entity
@Table(name = "core_capital_movements")
public class CapitalMovementEntity {
    @Id
    @Column(name = "id", length = 36)
    String id;
    @Column(name = "member_id", nullable = false, length = 36)
    String memberId;
    @Column(name = "kind", nullable = false, length = 20)
    String kind;
    @Column(name = "shares", nullable = false)
    int shares;
    @Column(name = "amount", nullable = false, precision = 19, scale = 4)
    BigDecimal amount;
    @Column(name = "currency", nullable = false, length = 3)
    String currency;
    @Column(name = "on_date", nullable = false)
    LocalDate onDate;
    @Column(name = "memo", length = 200)
    String memo;

    protected CapitalMovementEntity() {
    }
}
