package org.coopkit.ledger.journal;

import java.util.Objects;
import org.coopkit.core.members.MemberId;
import org.coopkit.core.money.Money;
import org.coopkit.ledger.accounts.AccountRef;

/**
 * One line of a journal entry: an account (or a member's sub-account), a side and a positive
 * amount.
 */
public record JournalLine(AccountRef account, Side side, Money amount) {
    public JournalLine {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(amount, "amount");
    }

    public static JournalLine debit(AccountRef account, Money amount) {
        return new JournalLine(account, Side.DEBIT, amount);
    }

    public static JournalLine credit(AccountRef account, Money amount) {
        return new JournalLine(account, Side.CREDIT, amount);
    }

    public static JournalLine debit(String account, Money amount) {
        return debit(AccountRef.of(account), amount);
    }

    public static JournalLine credit(String account, Money amount) {
        return credit(AccountRef.of(account), amount);
    }

    public static JournalLine debit(String account, MemberId member, Money amount) {
        return debit(AccountRef.of(account, member), amount);
    }

    public static JournalLine credit(String account, MemberId member, Money amount) {
        return credit(AccountRef.of(account, member), amount);
    }

    /** The same line on the other side, as a reversing entry carries it. */
    public JournalLine reversed() {
        return new JournalLine(account, side.opposite(), amount);
    }

    /** Debit-positive amount. */
    public Money signed() {
        return side == Side.DEBIT ? amount : amount.negate();
    }
}
