package org.coopkit.carshare.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.coopkit.carshare.CarshareFixtures;
import org.coopkit.carshare.CarshareFixtures.Running;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.members.Member;
import org.coopkit.core.money.Money;
import org.coopkit.core.persistence.Database;
import org.coopkit.core.testing.EachDatabase;
import org.coopkit.core.testing.TestDatabase;
import org.coopkit.governance.ballots.Ballot;
import org.coopkit.governance.ballots.BallotSpec;
import org.coopkit.ledger.fiscal.FiscalYear;
import org.coopkit.ledger.journal.JournalLine;
import org.coopkit.ledger.journal.PostEntry;

/**
 * Numbers handed to people (membership numbers, journal entry numbers, positions on a ballot
 * board) come from the database in the transaction that uses them, and a unique constraint makes
 * the database refuse the same number twice, whatever the code above it does.
 */
class NumbersHandedOutOnceIT {
    static void refusedByConstraint(Database db, String sql, String constraint) {
        assertThatThrownBy(() -> Refuse.exec(db, sql))
                .satisfies(e -> assertThat(e.getMessage().toLowerCase()).contains(constraint));
    }

    @EachDatabase
    void a_membership_number_belongs_to_one_member_only(TestDatabase tdb) {
        Running r = CarshareFixtures.start(tdb, 4);
        Member first = r.member("First", "user");
        Member second = r.member("Second", "user");
        assertThat(second.membershipNumber().orElseThrow()).isEqualTo(first.membershipNumber().orElseThrow() + 1);

        refusedByConstraint(r.app().database(), "update core_members set membership_number = " + first.membershipNumber().orElseThrow()
                + " where id = '" + second.id() + "'", "uk_core_members_number");
    }

    @EachDatabase
    void a_journal_entry_number_is_given_once(TestDatabase tdb) {
        Running r = CarshareFixtures.start(tdb, 4);
        LocalDate day = LocalDate.now(r.clock());
        r.app().ledger().fiscalYears().open(Actor.system(), FiscalYear.calendar(day.getYear()));
        Money m = Money.of("10.00", "EUR");
        var one = r.app().ledger().journal().post(Actor.system(), PostEntry.of("n-1", day, "first", JournalLine.debit("622", m), JournalLine.credit("512", m)));
        var two = r.app().ledger().journal().post(Actor.system(), PostEntry.of("n-2", day, "second", JournalLine.debit("622", m), JournalLine.credit("512", m)));
        assertThat(two.number()).isEqualTo(one.number() + 1);

        refusedByConstraint(r.app().database(), "update ledger_entries set number = " + one.number() + " where number = " + two.number(),
                "uk_ledger_entries_number");
    }

    @EachDatabase
    void a_position_on_a_ballot_board_is_given_once(TestDatabase tdb) {
        Running r = CarshareFixtures.start(tdb, 4);
        Member ada = r.member("Ada", "user");
        Member bob = r.member("Bob", "user");
        Instant now = r.clock().instant();
        Ballot b = r.app().governance().voting().createAndOpen(Actor.system(),
                BallotSpec.resolution("Paint the cars green", now.minusSeconds(60), now.plus(Duration.ofDays(7))));
        r.app().governance().voting().castVote(r.actor(ada), b.id(), List.of("yes"));
        r.app().governance().voting().castVote(r.actor(bob), b.id(), List.of("no"));
        r.clock().advance(Duration.ofDays(8)); // past the announced close
        r.app().governance().voting().close(Actor.system(), b.id());
        assertThat(r.app().governance().voting().board(b.id())).extracting(e -> e.seq()).containsExactly(1, 2);

        refusedByConstraint(r.app().database(), "update gov_ballot_box set seq = 1 where ballot_id = '" + b.id() + "' and seq = 2", "uk_gov_box_seq");
    }
}
