package org.coopkit.ledger.allocation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coopkit.core.money.Money;
import org.coopkit.ledger.accounts.AccountRef;
import org.coopkit.ledger.accounts.AccountRole;
import org.coopkit.ledger.accounts.ChartOfAccounts;
import org.coopkit.ledger.journal.JournalLine;

/**
 * The lines of the allocation entry of an adopted report: debit the result; credit the reserves
 * (legal, statutory, development fund, the remainder) and each member's refund, interest and
 * workers' share payable. A loss is carried to retained earnings.
 */
final class AllocationEntry {
    private final ChartOfAccounts chart;

    AllocationEntry(ChartOfAccounts chart) {
        this.chart = chart;
    }

    List<JournalLine> lines(RedistributionReport r) {
        AccountRef result = ref(AccountRole.RESULT);
        List<JournalLine> lines = new ArrayList<>();
        if (r.result().isNegative()) {
            lines.add(JournalLine.debit(ref(AccountRole.RETAINED_EARNINGS), r.result().negate()));
            lines.add(JournalLine.credit(result, r.result().negate()));
            return lines;
        }
        lines.add(JournalLine.debit(result, r.result()));
        Map<AccountRef, Money> reserves = new LinkedHashMap<>();
        for (WaterfallStep s : r.steps()) {
            // member distributions are credited per member below; reserves and the remainder here
            AccountRole role = s.kind().isEmpty()
                    ? (r.remainderTo() == RemainderDestination.STATUTORY_RESERVE ? AccountRole.STATUTORY_RESERVE : AccountRole.RETAINED_EARNINGS)
                    : switch (s.kind().get()) {
                        case LEGAL_RESERVE -> AccountRole.LEGAL_RESERVE;
                        case STATUTORY_RESERVE -> AccountRole.STATUTORY_RESERVE;
                        case DEVELOPMENT_FUND -> AccountRole.DEVELOPMENT_FUND;
                        case CAPITAL_INTEREST, PATRONAGE_REFUND, WORKERS_SHARE -> null;
                    };
            if (role != null && s.amount().isPositive()) reserves.merge(ref(role), s.amount(), Money::plus);
        }
        reserves.forEach((account, amount) -> lines.add(JournalLine.credit(account, amount)));
        String refundsCode = chart.withRole(AccountRole.REFUNDS_PAYABLE).code().value();
        String interestCode = chart.withRole(AccountRole.CAPITAL_INTEREST_PAYABLE).code().value();
        String workersCode = chart.withRole(AccountRole.WORKERS_SHARE_PAYABLE).code().value();
        for (MemberLine l : r.lines()) {
            if (l.refund().isPositive()) lines.add(JournalLine.credit(refundsCode, l.member(), l.refund()));
            if (l.capitalInterest().isPositive()) lines.add(JournalLine.credit(interestCode, l.member(), l.capitalInterest()));
            if (l.workersShare().isPositive()) lines.add(JournalLine.credit(workersCode, l.member(), l.workersShare()));
        }
        return lines;
    }

    private AccountRef ref(AccountRole role) {
        return AccountRef.of(chart.withRole(role).code());
    }
}
