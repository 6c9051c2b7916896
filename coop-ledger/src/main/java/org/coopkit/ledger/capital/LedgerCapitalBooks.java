package org.coopkit.ledger.capital;

import java.time.LocalDate;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.capital.CapitalBooks;
import org.coopkit.core.capital.CapitalMovement;
import org.coopkit.core.members.MemberId;
import org.coopkit.core.money.Money;
import org.coopkit.ledger.accounts.AccountRole;
import org.coopkit.ledger.accounts.ChartOfAccounts;
import org.coopkit.ledger.journal.EntryKind;
import org.coopkit.ledger.journal.IdempotencyKey;
import org.coopkit.ledger.journal.Journal;
import org.coopkit.ledger.journal.JournalLine;
import org.coopkit.ledger.journal.PostEntry;
import org.coopkit.ledger.journal.TrialBalanceRow;

/**
 * The ledger side of core's capital register ({@link CapitalBooks}): one journal entry per capital
 * movement, in the movement's transaction, keyed by the movement's id (posted once), dated on its day.
 * <pre>
 *   subscription           Dr 4561 Members, capital subscribed unpaid [m]  Cr 1011 Subscribed capital, unpaid [m]
 *   payment                Dr 512 Bank                                      Cr 4561 [m]
 *                          Dr 1011 [m]                                      Cr 1013 Member capital [m]
 *   payment from a refund  Dr 4551 Patronage refunds payable [m]            Cr 4561 [m]
 *                          Dr 1011 [m]                                      Cr 1013 [m]
 *   redemption             Dr 1013 [m]                                      Cr 512 Bank
 * </pre>
 * So account 1013 of a member holds their paid-up capital minus redemptions: what the register
 * calls capital held, which {@link #heldInBooks} reads back for the check.
 */
public final class LedgerCapitalBooks implements CapitalBooks {
    private final Journal journal;
    private final ChartOfAccounts chart;
    private final Currency currency;

    /**
     * Wiring for {@code LedgerModule}.
     *
     * @param journal  the journal capital movements are posted to
     * @param chart    the chart of accounts
     * @param currency the co-op's currency
     */
    public LedgerCapitalBooks(Journal journal, ChartOfAccounts chart, Currency currency) {
        this.journal = journal;
        this.chart = chart;
        this.currency = currency;
    }

    @Override
    public void post(CapitalMovement mv) {
        MemberId m = mv.member();
        Money a = mv.amount();
        String receivable = code(AccountRole.CAPITAL_SUBSCRIPTIONS_RECEIVABLE);
        String unpaid = code(AccountRole.SUBSCRIBED_CAPITAL_UNPAID);
        String capital = code(AccountRole.MEMBER_CAPITAL);
        List<JournalLine> lines = switch (mv.kind()) {
            case SUBSCRIPTION -> List.of(JournalLine.debit(receivable, m, a), JournalLine.credit(unpaid, m, a));
            case PAYMENT -> List.of(JournalLine.debit(code(AccountRole.BANK), a), JournalLine.credit(receivable, m, a),
                    JournalLine.debit(unpaid, m, a), JournalLine.credit(capital, m, a));
            case PAYMENT_FROM_REFUND -> List.of(JournalLine.debit(code(AccountRole.REFUNDS_PAYABLE), m, a), JournalLine.credit(receivable, m, a),
                    JournalLine.debit(unpaid, m, a), JournalLine.credit(capital, m, a));
            case REDEMPTION -> List.of(JournalLine.debit(capital, m, a), JournalLine.credit(code(AccountRole.BANK), a));
        };
        journal.post(Actor.system(), new PostEntry(IdempotencyKey.of("capital:" + mv.id()), mv.on(),
                "Capital: " + mv.memo(), EntryKind.REGULAR, lines));
    }

    @Override
    public Map<MemberId, Money> heldInBooks(LocalDate at) {
        String capital = code(AccountRole.MEMBER_CAPITAL);
        Map<MemberId, Money> held = new HashMap<>();
        for (TrialBalanceRow row : journal.totals(Actor.system(), null, at, Set.of()).rows()) {
            if (!row.account().code().value().equals(capital) || row.account().member().isEmpty()) continue;
            if (!row.debits().currency().equals(currency)) continue;
            held.merge(row.account().member().get(), row.normalBalance(), Money::plus);
        }
        return held;
    }

    private String code(AccountRole role) {
        return chart.withRole(role).code().value();
    }
}
