package org.coopkit.carshare.trips;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.coopkit.carshare.CarshareFixtures;
import org.coopkit.carshare.CarshareFixtures.Running;
import org.coopkit.carshare.bookings.BookingService;
import org.coopkit.carshare.vehicles.Vehicle;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.actors.Role;
import org.coopkit.core.members.Member;
import org.coopkit.core.members.MemberApplication;
import org.coopkit.core.members.PostalAddress;
import org.coopkit.core.money.Money;
import org.coopkit.core.testing.CoreFixtures;
import org.coopkit.core.testing.EachDatabase;
import org.coopkit.core.testing.TestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.coopkit.ledger.statements.Dac7Json;
import org.coopkit.ledger.statements.IncomeStatementReport;
import org.coopkit.ledger.statements.SellerStatement;

/**
 * Issue 13: the platform income statements (DAC7 shape) recomputed from the trips themselves, for
 * several sellers over several quarters: the consideration is what drivers paid for the seller's
 * cars, the fees are the co-op's commission, and the net is what was credited to the seller.
 */
class IncomeStatementsFromTripsIT {
    @EachDatabase
    void every_seller_quarter_shows_what_drivers_paid_the_commission_and_the_net_credited(TestDatabase db) throws Exception {
        Running r = CarshareFixtures.start(db, 4);
        r.clock().set(Instant.parse("2025-01-02T08:00:00Z"));
        Member olga = r.app().core().members().admit(Actor.system(), r.app().core().members().apply(Actor.anonymous(),
                MemberApplication.of("Olga Owner", "olga@example.org", "provider")
                        .withAddress(new PostalAddress("1 rue Haute", "69001", "Lyon", "FR"))
                        .withIdentity(LocalDate.of(1980, 2, 3), "1234567890123", "FR7630006000011234567890189")
                        .withPassword(CoreFixtures.PASSWORD)).id(), "test");
        Member omar = r.member("Omar Owner", "provider");
        Member dana = r.member("Dana Driver", "user");
        Member eli = r.member("Eli Driver", "user");
        Vehicle zoe = r.car(olga, "Renault Zoe");
        Vehicle clio = r.car(olga, "Renault Clio");
        Vehicle twingo = r.car(omar, "Renault Twingo");
        List<Trip> trips = new ArrayList<>();
        for (int month = 1; month <= 9; month++) {
            trips.add(trip(r, dana, zoe, LocalDate.of(2025, month, 5), 10 + 7 * month, 2));
            trips.add(trip(r, eli, twingo, LocalDate.of(2025, month, 12), 3 * month, 1 + month % 3));
            if (month % 2 == 0) trips.add(trip(r, eli, clio, LocalDate.of(2025, month, 20), 55, 4));
        }
        Member treasurerMember = r.member("Tess Treasurer", "worker");
        r.app().core().auth().grantRole(Actor.system(), treasurerMember.id(), Role.TREASURER);
        Actor treasurer = r.actor(treasurerMember);

        int checked = 0;
        for (int quarter = 1; quarter <= 3; quarter++) {
            IncomeStatementReport report = r.app().ledger().incomeStatements().quarter(treasurer, 2025, quarter);
            Map<String, Expected> expected = expected(trips, quarter, Map.of(olga.id().toString(), "Olga Owner", omar.id().toString(), "Omar Owner"));
            assertThat(report.sellers()).extracting(SellerStatement::name).containsExactlyElementsOf(expected.keySet());
            for (SellerStatement s : report.sellers()) {
                Expected e = expected.get(s.name());
                assertThat(s.gross()).as("consideration of %s in Q%d", s.name(), quarter).isEqualTo(e.paidByDrivers);
                assertThat(s.fees()).as("fees of %s in Q%d", s.name(), quarter).isEqualTo(e.commission);
                assertThat(s.net()).as("net credited to %s in Q%d", s.name(), quarter).isEqualTo(e.ownerShare);
                assertThat(s.activities()).isEqualTo(e.count);
                assertThat(s.transportType()).isEqualTo("PASSENGER_CAR");
                if (s.name().equals("Olga Owner")) {
                    assertThat(s.taxIdIssuedBy()).as("TIN issued by the country of residence").contains("FR");
                    assertThat(s.missing()).isEmpty();
                } else {
                    assertThat(s.taxIdIssuedBy()).isEmpty();
                    assertThat(s.missing()).contains("taxId", "iban");
                }
                checked++;
            }
        }
        assertThat(checked).isEqualTo(6);

        // the annual DAC7 body: consideration is what was credited (net of fees), fees apart, per quarter
        JsonNode dpi = new ObjectMapper().readTree(Dac7Json.of(2025, r.app().ledger().incomeStatements().year(treasurer, 2025)));
        JsonNode olgas = dpi.at("/DPIBody/ReportableSeller/0");
        assertThat(olgas.at("/Identity/IndividualSeller/Standard/IndSellerID/Name/FullName").asText()).isEqualTo("Olga Owner");
        assertThat(olgas.at("/Identity/IndividualSeller/Standard/IndSellerID/TIN/0/issuedBy").asText()).isEqualTo("FR");
        for (int q = 1; q <= 4; q++) {
            Expected e = expected(trips, q, Map.of(olga.id().toString(), "Olga Owner", omar.id().toString(), "Omar Owner"))
                    .getOrDefault("Olga Owner", new Expected(Money.zero(trips.get(0).price().currency()), Money.zero(trips.get(0).price().currency()),
                            Money.zero(trips.get(0).price().currency()), 0));
            JsonNode rental = olgas.at("/RelevantActivities/TransportationRental");
            assertThat(rental.at("/Consideration/AmntQ" + q + "/value").asText()).isEqualTo(e.ownerShare.amount().toPlainString());
            assertThat(rental.at("/Fees/AmntQ" + q + "/value").asText()).isEqualTo(e.commission.amount().toPlainString());
            assertThat(rental.at("/NumberOfActivities/NumbQ" + q).asLong()).isEqualTo(e.count);
        }
    }

    record Expected(Money paidByDrivers, Money commission, Money ownerShare, long count) {
        Expected plus(Trip t) {
            return new Expected(paidByDrivers.plus(t.price()), commission.plus(t.commission()), ownerShare.plus(t.ownerShare()), count + 1);
        }
    }

    static Map<String, Expected> expected(List<Trip> trips, int quarter, Map<String, String> names) {
        Map<String, Expected> out = new TreeMap<>();
        for (Trip t : trips) {
            int q = (LocalDate.ofInstant(t.endedAt(), ZoneOffset.UTC).getMonthValue() + 2) / 3;
            if (q != quarter) continue;
            Money zero = Money.zero(t.price().currency());
            out.merge(names.get(t.owner().toString()), new Expected(zero, zero, zero, 0).plus(t), (a, b) -> new Expected(
                    a.paidByDrivers.plus(b.paidByDrivers), a.commission.plus(b.commission), a.ownerShare.plus(b.ownerShare), a.count + b.count));
        }
        return out;
    }

    static Trip trip(Running r, Member driver, Vehicle car, LocalDate day, int km, int hours) {
        Instant start = day.atTime(9, 0).toInstant(ZoneOffset.UTC);
        r.clock().set(start.minus(Duration.ofDays(1)));
        BookingService.Booked b = r.app().carshare().bookings().book(r.actor(driver), car.id(), start, start.plus(Duration.ofHours(hours)), km);
        r.clock().set(start.plus(Duration.ofHours(hours)));
        return r.app().carshare().trips().endTrip(r.actor(driver), b.booking().id(), km);
    }
}
