package org.coopkit.ledger.payouts;

import java.util.Objects;

/**
 * The co-op's own bank account that payouts are sent from (the debtor of a SEPA credit transfer).
 *
 * @param bic the bank's BIC, or empty when the bank does not need it (SEPA: IBAN only)
 * @param name the account holder, the co-op
 * @param iban the IBAN, spaces removed, upper case
 */
public record DebtorAccount(String name, String iban, String bic) {
    /**
     * Checks the name and IBAN; strips spaces from the IBAN and upper-cases it; a missing BIC is empty.
     *
     * @param name the account holder, the co-op
     * @param iban the IBAN, spaces removed, upper case
     * @param bic  the bank's BIC, or empty when the bank does not need it (SEPA: IBAN only)
     * @throws NullPointerException when the name or IBAN is null
     */
    public DebtorAccount {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(iban, "iban");
        bic = bic == null ? "" : bic.strip();
        iban = iban.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
    }
}
