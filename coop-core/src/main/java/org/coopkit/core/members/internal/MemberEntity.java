package org.coopkit.core.members.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

@Entity
@Table(name = "core_members")
public class MemberEntity {
    @Id
    @Column(name = "id", length = 36)
    String id;
    @Column(name = "membership_number")
    Long membershipNumber;
    @Column(name = "name", nullable = false, length = 200)
    String name;
    @Column(name = "email", nullable = false, length = 254)
    String email;
    @Column(name = "category", nullable = false, length = 40)
    String category;
    @Column(name = "street", length = 200)
    String street;
    @Column(name = "postal_code", length = 20)
    String postalCode;
    @Column(name = "city", length = 100)
    String city;
    @Column(name = "country", length = 60)
    String country;
    @Column(name = "date_of_birth")
    LocalDate dateOfBirth;
    @Column(name = "tax_id", length = 40)
    String taxId;
    @Column(name = "iban", length = 40)
    String iban;
    @Column(name = "status", nullable = false, length = 20)
    String status;
    @Column(name = "applied_on", nullable = false)
    LocalDate appliedOn;
    @Column(name = "status_since", nullable = false)
    LocalDate statusSince;
    @Column(name = "status_reason", length = 500)
    String statusReason;
    @Column(name = "retain_until")
    LocalDate retainUntil;
    @Version
    @Column(name = "version", nullable = false)
    long version;

    protected MemberEntity() {
    }
}
