package org.coopkit.ledger.statements;

import java.util.List;
import org.coopkit.core.money.Money;

/**
 * Every seller's statement for one quarter, members by membership number then other sellers by name.
 *
 * @param year the calendar year
 * @param quarter the quarter, 1 to 4
 * @param sellers one statement per seller
 */
public record IncomeStatementReport(int year, int quarter, List<SellerStatement> sellers) {
    /**
     * Copies the sellers.
     *
     * @param year    the calendar year
     * @param quarter the quarter, 1 to 4
     * @param sellers one statement per seller
     */
    public IncomeStatementReport {
        sellers = List.copyOf(sellers);
    }

    /**
     * How many sellers miss identifying data.
     *
     * @return the number of incomplete statements
     */
    public long incomplete() {
        return sellers.stream().filter(s -> !s.complete()).count();
    }

    /**
     * The consideration of all sellers.
     *
     * @param currency the co-op's currency
     * @return the total gross
     */
    public Money totalGross(java.util.Currency currency) {
        return Money.sum(sellers.stream().map(SellerStatement::gross).toList(), currency);
    }
}
