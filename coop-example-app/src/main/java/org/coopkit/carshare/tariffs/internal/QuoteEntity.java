package org.coopkit.carshare.tariffs.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.coopkit.carshare.internal.UsageColumns;

/** A quote as issued: the inputs, the tariff version and hash, the total. No member: prices do not depend on who asks. */
@Entity
@Table(name = "carshare_quotes")
public class QuoteEntity {
    @Id
    @Column(name = "id", length = 36)
    String id;
    @Column(name = "tariff_version", nullable = false)
    int tariffVersion;
    @Column(name = "tariff_hash", nullable = false, length = 64)
    String tariffHash;
    @Embedded
    UsageColumns usage;
    @Column(name = "total", nullable = false, precision = 19, scale = 4)
    BigDecimal total;
    @Column(name = "quoted_at", nullable = false)
    Instant quotedAt;

    protected QuoteEntity() {
    }
}
