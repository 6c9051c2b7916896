package org.coopkit.ledger.patronage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coopkit.ledger.testing.LedgerFixtures.day;
import static org.coopkit.ledger.testing.LedgerFixtures.eur;

import java.util.List;
import org.coopkit.core.actors.AccessDenied;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.members.Member;
import org.coopkit.core.testing.Concurrently;
import org.coopkit.core.testing.Concurrently.Outcome;
import org.coopkit.core.testing.CoreFixtures;
import org.coopkit.core.testing.EachDatabase;
import org.coopkit.core.testing.TestDatabase;
import org.coopkit.ledger.testing.LedgerFixtures;
import org.coopkit.ledger.testing.LedgerFixtures.Books;

class PatronageIT {
    @EachDatabase
    void an_activity_recorded_twenty_times_at_once_counts_once_in_the_members_running_total(TestDatabase db) {
        Books books = LedgerFixtures.books(db);
        PatronageService patronage = books.ledger().patronage();
        Member renter = books.member("Rita Renter", "user");
        RecordActivity trip = RecordActivity.byMember("trip-8812:renter", renter.id(), day("2026-03-14"), PatronageKind.PURCHASES, eur("42.50"))
                .withActivityRef("trip-8812");

        List<Outcome<PatronageRecord>> outcomes = Concurrently.run(20, 10, i -> patronage.record(Actor.system(), trip));
        patronage.record(Actor.system(), RecordActivity.byMember("trip-8813:renter", renter.id(), day("2026-04-02"), PatronageKind.PURCHASES, eur("7.50")));

        assertThat(outcomes).allSatisfy(o -> assertThat(o.error()).isNull());
        assertThat(outcomes.stream().map(o -> o.value().id()).distinct()).hasSize(1);
        PatronageTotals totals = patronage.runningTotal(CoreFixtures.actor(books.core(), renter), renter.id(), day("2026-01-01"), day("2026-12-31"));
        assertThat(totals.byKind().get(PatronageKind.PURCHASES).count()).isEqualTo(2);
        assertThat(totals.byKind().get(PatronageKind.PURCHASES).amount()).isEqualTo(eur("50.00"));
    }

    @EachDatabase
    void business_by_a_guest_or_an_applicant_is_recorded_as_non_member_business(TestDatabase db) {
        Books books = LedgerFixtures.books(db);
        PatronageService patronage = books.ledger().patronage();
        Member applicant = CoreFixtures.applicant(books.core(), "Andy Applicant", "user");

        PatronageRecord guest = patronage.record(Actor.system(), RecordActivity.byNonMember("g1", "Guest 77", day("2026-05-01"), PatronageKind.PURCHASES, eur("30.00")));
        PatronageRecord early = patronage.record(Actor.system(), RecordActivity.byMember("a1", applicant.id(), day("2026-05-02"), PatronageKind.PURCHASES, eur("20.00")));

        assertThat(guest.partyKind()).isEqualTo(PartyKind.NON_MEMBER);
        assertThat(early.partyKind()).isEqualTo(PartyKind.NON_MEMBER);
        assertThat(early.party()).isEqualTo("Andy Applicant");
        assertThat(patronage.memberVolumes(LedgerFixtures.treasurer(), day("2026-01-01"), day("2026-12-31"))).isEmpty();
        assertThat(patronage.nonMemberVolumes(LedgerFixtures.treasurer(), day("2026-01-01"), day("2026-12-31")).get(PatronageKind.PURCHASES)).isEqualByComparingTo("50");
    }

    @EachDatabase
    void a_member_sees_only_their_own_running_total(TestDatabase db) {
        Books books = LedgerFixtures.books(db);
        Member a = books.member("A", "user");
        Member b = books.member("B", "user");

        assertThatThrownBy(() -> books.ledger().patronage().runningTotal(CoreFixtures.actor(books.core(), a), b.id(), day("2026-01-01"), day("2026-12-31")))
                .isInstanceOf(AccessDenied.class);
    }
}
