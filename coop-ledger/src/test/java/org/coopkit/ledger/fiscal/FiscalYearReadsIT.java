package org.coopkit.ledger.fiscal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coopkit.ledger.journal.JournalLine.credit;
import static org.coopkit.ledger.journal.JournalLine.debit;
import static org.coopkit.ledger.testing.LedgerFixtures.day;
import static org.coopkit.ledger.testing.LedgerFixtures.eur;

import java.util.Currency;
import java.util.Optional;
import java.util.Set;
import org.coopkit.core.actors.AccessDenied;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.actors.NotAuthenticated;
import org.coopkit.core.actors.Role;
import org.coopkit.core.testing.CoreFixtures;
import org.coopkit.core.testing.EachDatabase;
import org.coopkit.core.testing.TestDatabase;
import org.coopkit.ledger.journal.PostEntry;
import org.coopkit.ledger.testing.LedgerFixtures;
import org.coopkit.ledger.testing.LedgerFixtures.Books;

/**
 * docs/api.md: fiscal years are read by applicants and members (their own statements are per year), the
 * treasurer and the board; a year's result and the posted
 * allocation by the treasurer and the board only; a technical ADMIN account and anonymous callers are refused.
 */
class FiscalYearReadsIT {
    static final Currency EUR = Currency.getInstance("EUR");
    static final FiscalYearId Y2026 = FiscalYearId.of(2026);

    @EachDatabase
    void years_are_read_by_members_and_the_result_and_allocation_by_the_treasurer_or_board_only(TestDatabase db) {
        Books books = LedgerFixtures.books(db);
        FiscalYearService years = books.ledger().fiscalYears();
        books.ledger().journal().post(Actor.system(), PostEntry.of("s1", day("2026-03-01"), "Sales", debit("512", eur("100.00")), credit("706", eur("100.00"))));
        Actor ada = CoreFixtures.actor(books.core(), CoreFixtures.admitted(books.core(), "Ada", "user"));
        Actor treasurer = new Actor(ada.memberId(), Set.of(Role.MEMBER, Role.TREASURER), "treasurer");
        Actor board = new Actor(ada.memberId(), Set.of(Role.MEMBER, Role.BOARD), "board");
        Actor admin = new Actor(Optional.empty(), Set.of(Role.ADMIN), "admin-only");
        Actor applicant = CoreFixtures.actor(books.core(), CoreFixtures.applicant(books.core(), "Bea", "user"));

        assertThat(years.get(ada, Y2026).status()).isEqualTo(FiscalYearStatus.OPEN);
        assertThat(years.all(ada)).extracting(FiscalYear::id).contains(Y2026);
        assertThat(years.all(applicant)).extracting(FiscalYear::id).contains(Y2026); // an applicant's own statement is per year
        assertThatThrownBy(() -> years.result(applicant, Y2026, EUR)).isInstanceOf(AccessDenied.class);
        assertThat(years.result(treasurer, Y2026, EUR)).isEqualTo(eur("100.00"));
        assertThat(years.result(board, Y2026, EUR)).isEqualTo(eur("100.00"));
        assertThat(books.ledger().allocations().posted(treasurer, Y2026)).isEmpty();
        assertThat(books.ledger().allocations().posted(board, Y2026)).isEmpty();

        assertThatThrownBy(() -> years.result(ada, Y2026, EUR)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> books.ledger().allocations().posted(ada, Y2026)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> years.get(admin, Y2026)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> years.all(admin)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> years.result(admin, Y2026, EUR)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> books.ledger().allocations().posted(admin, Y2026)).isInstanceOf(AccessDenied.class);
        Actor anonymous = Actor.anonymous();
        assertThatThrownBy(() -> years.get(anonymous, Y2026)).isInstanceOf(NotAuthenticated.class);
        assertThatThrownBy(() -> years.all(anonymous)).isInstanceOf(NotAuthenticated.class);
        assertThatThrownBy(() -> years.result(anonymous, Y2026, EUR)).isInstanceOf(NotAuthenticated.class);
        assertThatThrownBy(() -> books.ledger().allocations().posted(anonymous, Y2026)).isInstanceOf(NotAuthenticated.class);
    }
}
