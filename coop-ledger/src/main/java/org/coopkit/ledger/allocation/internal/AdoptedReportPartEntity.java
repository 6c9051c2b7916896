package org.coopkit.ledger.allocation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** One part (at most 4000 characters) of an adopted report's inputs or JSON. */
@Entity
@Table(name = "ledger_adopted_report_parts")
@IdClass(AdoptedReportPartEntity.Key.class)
public class AdoptedReportPartEntity {
    @Id
    @Column(name = "fiscal_year", length = 20)
    String fiscalYear;
    @Id
    @Column(name = "part_kind", length = 10)
    String kind;
    @Id
    @Column(name = "part_no")
    int partNo;
    @Column(name = "text", nullable = false, length = 4000)
    String text;

    protected AdoptedReportPartEntity() {
    }

    AdoptedReportPartEntity(String fiscalYear, String kind, int partNo, String text) {
        this.fiscalYear = fiscalYear;
        this.kind = kind;
        this.partNo = partNo;
        this.text = text;
    }

    /** The composite key. */
    public static class Key implements Serializable {
        String fiscalYear;
        String kind;
        int partNo;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.fiscalYear.equals(fiscalYear) && k.kind.equals(kind) && k.partNo == partNo;
        }

        @Override
        public int hashCode() {
            return Objects.hash(fiscalYear, kind, partNo);
        }
    }
}
