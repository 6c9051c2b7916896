package org.coopkit.ledger.accounts.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An account of the chart; the role column is unique so each role is held by one account. */
@Entity
@Table(name = "ledger_accounts")
public class AccountEntity {
    @Id
    @Column(name = "code", length = 40)
    String code;
    @Column(name = "name", nullable = false, length = 120)
    String name;
    @Column(name = "type", nullable = false, length = 12)
    String type;
    @Column(name = "scope", nullable = false, length = 12)
    String scope;
    @Column(name = "role", length = 40)
    String role;

    protected AccountEntity() {
    }
}
