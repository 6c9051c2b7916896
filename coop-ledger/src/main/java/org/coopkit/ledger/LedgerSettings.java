package org.coopkit.ledger;

import java.util.Objects;
import java.util.regex.Pattern;
import org.coopkit.ledger.allocation.InterestBasis;

/**
 * Settings of the ledger that are not part of the allocation policy.
 *
 * @param transportType the type of transport the platform's sellers rent out, as reported on the
 *                      platform income statements (DAC7 "rental of any mode of transport"), e.g.
 *                      {@code PASSENGER_CAR}; upper-case letters and underscores
 * @param interestBasis what interest on capital is computed on (a statutes setting): capital held
 *                      at the year's end (default) or pro rata temporis
 * @param bankAccount   the co-op's bank account payouts are sent from (SEPA pain.001 files)
 */
public record LedgerSettings(String transportType, InterestBasis interestBasis, java.util.Optional<org.coopkit.ledger.payouts.DebtorAccount> bankAccount) {
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z_]{0,39}");

    /**
     * Checks the components.
     *
     * @param transportType the type of transport the platform's sellers rent out, as reported on the platform income statements (DAC7 "rental of any mode of transport"), e.g. {
     * @param interestBasis what interest on capital is computed on (a statutes setting): capital held at the year's end (default) or pro rata temporis
     * @param bankAccount   the co-op's bank account payouts are sent from (SEPA pain.001 files)
     * @throws IllegalArgumentException when the transport type is not upper-case letters and underscores
     */
    public LedgerSettings {
        Objects.requireNonNull(transportType, "transportType");
        Objects.requireNonNull(interestBasis, "interestBasis");
        Objects.requireNonNull(bankAccount, "bankAccount");
        if (!CODE.matcher(transportType).matches()) {
            throw new IllegalArgumentException("a transport type is upper-case letters and underscores: '" + transportType + "'");
        }
    }

    /**
     * A platform whose sellers rent out means of transport it does not name; interest on year-end capital.
     *
     * @return the default settings
     */
    public static LedgerSettings defaults() {
        return new LedgerSettings("UNSPECIFIED", InterestBasis.YEAR_END, java.util.Optional.empty());
    }

    /**
     * The same settings with another transport type.
     *
     * @param type the DAC7 transport type, e.g. {@code PASSENGER_CAR}
     * @return the new settings
     */
    public LedgerSettings withTransportType(String type) {
        return new LedgerSettings(type, interestBasis, bankAccount);
    }

    /**
     * The same settings with another interest basis.
     *
     * @param basis year-end capital or pro rata temporis
     * @return the new settings
     */
    public LedgerSettings withInterestBasis(InterestBasis basis) {
        return new LedgerSettings(transportType, basis, bankAccount);
    }

    /**
     * The same settings with the co-op's bank account for payouts.
     *
     * @param account the debtor account of the pain.001 files
     * @return the new settings
     */
    public LedgerSettings withBankAccount(org.coopkit.ledger.payouts.DebtorAccount account) {
        return new LedgerSettings(transportType, interestBasis, java.util.Optional.of(account));
    }
}
