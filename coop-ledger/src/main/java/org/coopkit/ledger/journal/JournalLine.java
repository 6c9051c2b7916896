package org.coopkit.ledger.journal;

import java.util.Objects;
import org.coopkit.core.members.MemberId;
import org.coopkit.core.money.Money;
import org.coopkit.ledger.accounts.AccountRef;

/**
 * One line of a journal entry: an account (or a member's sub-account), a side and a positive
 * amount.
 *
 * @param account the account, or a member's sub-account
 * @param side    debit or credit
 * @param amount  the amount, positive
 */
public record JournalLine(AccountRef account, Side side, Money amount) {
    /**
     * Checks that every component is given.
     *
     * @param account the account, or a member's sub-account
     * @param side    debit or credit
     * @param amount  the amount, positive
     * @throws NullPointerException when one is null
     */
    public JournalLine {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(amount, "amount");
    }

    /**
     * A debit line.
     *
     * @param account the account or member sub-account
     * @param amount  the positive amount
     * @return the line
     */
    public static JournalLine debit(AccountRef account, Money amount) {
        return new JournalLine(account, Side.DEBIT, amount);
    }

    /**
     * A credit line.
     *
     * @param account the account or member sub-account
     * @param amount  the positive amount
     * @return the line
     */
    public static JournalLine credit(AccountRef account, Money amount) {
        return new JournalLine(account, Side.CREDIT, amount);
    }

    /**
     * A debit line on a general account.
     *
     * @param account the account code
     * @param amount  the positive amount
     * @return the line
     */
    public static JournalLine debit(String account, Money amount) {
        return debit(AccountRef.of(account), amount);
    }

    /**
     * A credit line on a general account.
     *
     * @param account the account code
     * @param amount  the positive amount
     * @return the line
     */
    public static JournalLine credit(String account, Money amount) {
        return credit(AccountRef.of(account), amount);
    }

    /**
     * A debit line on a member's sub-account.
     *
     * @param account the account code
     * @param member  the member
     * @param amount  the positive amount
     * @return the line
     */
    public static JournalLine debit(String account, MemberId member, Money amount) {
        return debit(AccountRef.of(account, member), amount);
    }

    /**
     * A credit line on a member's sub-account.
     *
     * @param account the account code
     * @param member  the member
     * @param amount  the positive amount
     * @return the line
     */
    public static JournalLine credit(String account, MemberId member, Money amount) {
        return credit(AccountRef.of(account, member), amount);
    }

    /**
     * The same line on the other side, as a reversing entry carries it.
     *
     * @return the line with the side swapped
     */
    public JournalLine reversed() {
        return new JournalLine(account, side.opposite(), amount);
    }

    /**
     * Debit-positive amount.
     *
     * @return the amount for a debit, its negation for a credit
     */
    public Money signed() {
        return side == Side.DEBIT ? amount : amount.negate();
    }
}
