package org.coopkit.ledger.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.coopkit.core.money.Money;

/**
 * A fiscal year's annual accounts: the balance sheet at its last day and the income statement of
 * the year (closing entries left out), each line an account of the chart (member sub-accounts
 * summed), with the previous year's figures when that year exists. Amounts are in the account's
 * normal direction (an asset's debit balance, a liability's credit balance are positive). While a
 * year is not closed, its result appears on the balance sheet as {@code result of the year (open)}.
 *
 * @param fiscalYear the fiscal year's id
 * @param start its first day
 * @param end its last day
 * @param balanceSheet the balance sheet lines
 * @param incomeStatement the income statement lines
 * @param totalAssets total assets
 * @param totalLiabilitiesAndEquity total liabilities and equity
 * @param revenue the year's revenue
 * @param expense the year's expense
 * @param previous the previous year's accounts, when there is one
 */
public record AnnualAccounts(String fiscalYear, LocalDate start, LocalDate end, List<Line> balanceSheet, List<Line> incomeStatement,
                             Money totalAssets, Money totalLiabilitiesAndEquity, Money revenue, Money expense, Optional<AnnualAccounts> previous) {
    /**
     * One account on a statement.
     *
     * @param section the section it is shown in
     * @param account the account's code
     * @param name the account's name
     * @param amount its balance in the normal direction
     */
    public record Line(String section, String account, String name, Money amount) {
    }

    /**
     * Copies the lines.
     *
     * @param fiscalYear                the fiscal year's id
     * @param start                     its first day
     * @param end                       its last day
     * @param balanceSheet              the balance sheet lines
     * @param incomeStatement           the income statement lines
     * @param totalAssets               total assets
     * @param totalLiabilitiesAndEquity total liabilities and equity
     * @param revenue                   the year's revenue
     * @param expense                   the year's expense
     * @param previous                  the previous year's accounts, when there is one
     */
    public AnnualAccounts {
        balanceSheet = List.copyOf(balanceSheet);
        incomeStatement = List.copyOf(incomeStatement);
    }

    /**
     * Revenue minus expense: positive is a surplus.
     *
     * @return the result, negative for a loss
     */
    public Money result() {
        return revenue.minus(expense);
    }

    /**
     * Assets equal liabilities plus equity, as in any trial balance that balances.
     *
     * @return true when the balance sheet balances
     */
    public boolean balanced() {
        return totalAssets.equals(totalLiabilitiesAndEquity);
    }
}
