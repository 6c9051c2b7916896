package org.coopkit.ledger;

import static org.coopkit.core.actors.Role.BOARD;
import static org.coopkit.core.actors.Role.MEMBER;
import static org.coopkit.core.actors.Role.TREASURER;
import static org.coopkit.core.testing.RoleGuards.guarded;

import java.util.List;
import org.coopkit.core.testing.RoleGuards;
import org.coopkit.core.testing.RoleGuardsContract;
import org.coopkit.ledger.testing.LedgerFixtures;
import org.coopkit.ledger.testing.LedgerFixtures.Books;

/**
 * Every role-guarded service method of the ledger refuses an actor without the role, by name, and changes
 * nothing. {@code FiscalYearService.all} is left out: it lets any member list the years (the guard applies
 * only to actors without a member id).
 */
class LedgerRoleGuardsIT extends RoleGuardsContract<Books> {
    LedgerRoleGuardsIT() {
        super(LedgerFixtures::books, Books::core, Books::database);
    }

    @Override
    protected List<RoleGuards<Books>> rows() {
        return List.of(
                guarded("ChartOfAccounts.open", b -> b.ledger().accounts(), TREASURER),
                guarded("ChartOfAccounts.all", b -> b.ledger().accounts(), MEMBER, BOARD, TREASURER),
                guarded("AllocationService.report", b -> b.ledger().allocations(), TREASURER, BOARD),
                guarded("AllocationService.inputs", b -> b.ledger().allocations(), TREASURER, BOARD),
                guarded("AllocationService.verifyAdopted", b -> b.ledger().allocations(), TREASURER, BOARD),
                guarded("AllocationService.posted", b -> b.ledger().allocations(), TREASURER, BOARD),
                guarded("AllocationService.postAdopted", b -> b.ledger().allocations(), TREASURER),
                guarded("CapitalOpening.preview", b -> b.ledger().capitalOpening(), TREASURER, BOARD),
                guarded("CapitalOpening.post", b -> b.ledger().capitalOpening(), TREASURER),
                guarded("JournalExport.hledger", b -> b.ledger().exports(), TREASURER, BOARD),
                guarded("JournalExport.fec", b -> b.ledger().exports(), TREASURER, BOARD),
                guarded("JournalExport.csv", b -> b.ledger().exports(), TREASURER, BOARD),
                guarded("FiscalYearService.open", b -> b.ledger().fiscalYears(), TREASURER),
                guarded("FiscalYearService.previewClosing", b -> b.ledger().fiscalYears(), TREASURER),
                guarded("FiscalYearService.close", b -> b.ledger().fiscalYears(), TREASURER),
                guarded("FiscalYearService.reopen", b -> b.ledger().fiscalYears(), TREASURER, BOARD),
                guarded("FiscalYearService.lock", b -> b.ledger().fiscalYears(), TREASURER, BOARD),
                guarded("FiscalYearService.result", b -> b.ledger().fiscalYears(), TREASURER, BOARD),
                guarded("Journal.post", b -> b.ledger().journal(), TREASURER),
                guarded("Journal.postAll", b -> b.ledger().journal(), TREASURER),
                guarded("Journal.reverse", b -> b.ledger().journal(), TREASURER),
                guarded("Journal.find", b -> b.ledger().journal(), TREASURER, BOARD),
                guarded("Journal.findByKey", b -> b.ledger().journal(), TREASURER, BOARD),
                guarded("Journal.page", b -> b.ledger().journal(), TREASURER, BOARD),
                guarded("Journal.between", b -> b.ledger().journal(), TREASURER, BOARD),
                guarded("Journal.trialBalance", b -> b.ledger().journal(), TREASURER, BOARD),
                guarded("Journal.totals", b -> b.ledger().journal(), TREASURER, BOARD),
                guarded("Journal.balance", b -> b.ledger().journal(), TREASURER, BOARD),
                guarded("Journal.verify", b -> b.ledger().journal(), TREASURER, BOARD),
                guarded("PatronageService.record", b -> b.ledger().patronage(), TREASURER),
                guarded("PatronageService.records", b -> b.ledger().patronage(), BOARD, TREASURER),
                guarded("PatronageService.memberVolumes", b -> b.ledger().patronage(), BOARD, TREASURER),
                guarded("PatronageService.nonMemberVolumes", b -> b.ledger().patronage(), BOARD, TREASURER),
                guarded("PatronageService.volumes", b -> b.ledger().patronage(), BOARD, TREASURER),
                guarded("PatronageService.between", b -> b.ledger().patronage(), BOARD, TREASURER),
                guarded("PayoutService.run", b -> b.ledger().payouts(), TREASURER),
                guarded("PayoutService.due", b -> b.ledger().payouts(), TREASURER, BOARD),
                guarded("PayoutService.find", b -> b.ledger().payouts(), TREASURER, BOARD),
                guarded("AnnualAccountsService.of", b -> b.ledger().annualAccounts(), TREASURER, BOARD),
                guarded("IncomeStatements.quarter", b -> b.ledger().incomeStatements(), TREASURER, BOARD),
                guarded("IncomeStatements.year", b -> b.ledger().incomeStatements(), TREASURER, BOARD));
    }
}
