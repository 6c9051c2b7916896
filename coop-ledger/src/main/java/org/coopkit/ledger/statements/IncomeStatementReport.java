package org.coopkit.ledger.statements;

import java.util.List;
import org.coopkit.core.money.Money;

/** Every seller's statement for one quarter, members by membership number then other sellers by name. */
public record IncomeStatementReport(int year, int quarter, List<SellerStatement> sellers) {
    /** Copies the sellers. */
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
