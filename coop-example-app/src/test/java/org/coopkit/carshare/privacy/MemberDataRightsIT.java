package org.coopkit.carshare.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.coopkit.carshare.CarshareFixtures;
import org.coopkit.carshare.CarshareFixtures.Running;
import org.coopkit.carshare.bookings.BookingService;
import org.coopkit.carshare.vehicles.Vehicle;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.members.Member;
import org.coopkit.core.testing.ApiClient;
import org.coopkit.core.testing.CoreFixtures;
import org.coopkit.core.testing.EachDatabase;
import org.coopkit.core.testing.MemberTables;
import org.coopkit.core.testing.TestDatabase;
import org.coopkit.core.web.ApiServer;
import org.coopkit.ledger.allocation.RedistributionFormats;
import org.coopkit.ledger.fiscal.FiscalYearId;

/** Issue 8 across every module of the app: export completeness, and erasure that keeps the books whole. */
class MemberDataRightsIT {
    @EachDatabase
    void every_table_holding_a_member_id_in_every_module_is_covered_by_the_export(TestDatabase db) {
        Running r = CarshareFixtures.start(db, 4);
        assertThat(MemberTables.in(r.app().database())).isSubsetOf(r.app().core().personalData().coveredTables());
        assertThat(r.app().core().personalData().contributors()).extracting(c -> c.section()).contains("membership", "ledger", "carsharing");
    }

    @EachDatabase
    void erasing_a_member_with_a_year_of_trips_leaves_every_total_and_chain_unchanged(TestDatabase db) {
        Running r = CarshareFixtures.start(db, 4);
        r.clock().set(Instant.parse("2025-01-02T08:00:00Z"));
        Member owner = r.member("Olga Owner", "provider");
        Member dana = r.member("Dana Driver", "user");
        Member eli = r.member("Eli Driver", "user");
        Vehicle car = r.car(owner, "Peugeot 208");
        for (int month = 1; month <= 12; month++) {
            trip(r, dana, car, LocalDate.of(2025, month, 8), 30 + month);
            trip(r, eli, car, LocalDate.of(2025, month, 18), 20);
        }
        r.clock().set(Instant.parse("2026-01-10T10:00:00Z"));
        var ledger = r.app().ledger();
        ledger.fiscalYears().close(Actor.system(), FiscalYearId.of(2025));

        String trialBefore = ledger.journal().trialBalance(Actor.system(), LocalDate.of(2025, 12, 31)).toString();
        String reportBefore = RedistributionFormats.csv(ledger.allocations().report(Actor.system(), FiscalYearId.of(2025)));
        Map<String, Object> exportBefore = r.app().core().privacy().export(r.actor(dana), dana.id());
        assertThat(exportBefore.toString()).contains("Dana Driver", "carsharing", "ledger", "PURCHASES");

        r.app().core().members().withdraw(r.actor(dana), dana.id(), "moving to Lisbon");
        r.app().core().privacy().erase(Actor.system(), dana.id());

        assertThat(ledger.journal().trialBalance(Actor.system(), LocalDate.of(2025, 12, 31)).toString()).isEqualTo(trialBefore);
        String reportAfter = RedistributionFormats.csv(ledger.allocations().report(Actor.system(), FiscalYearId.of(2025)));
        assertThat(totals(reportAfter)).isEqualTo(totals(reportBefore));
        assertThat(reportAfter).doesNotContain("Dana Driver");
        assertThat(ledger.journal().verify(Actor.system()).intact()).isTrue();
        assertThat(r.app().core().audit().verify().intact()).isTrue();
        String exportAfter = r.app().core().privacy().export(Actor.system(), dana.id()).toString();
        assertThat(exportAfter).doesNotContain("Dana Driver").doesNotContain("Lisbon").contains("PURCHASES");
    }

    @EachDatabase
    void over_http_a_member_gets_their_export_and_403_for_anothers(TestDatabase db) {
        Running r = CarshareFixtures.start(db, 4);
        Member ada = r.member("Ada", "user");
        Member bob = r.member("Bob", "user");
        try (ApiServer server = ApiServer.start(0, r.app().resourceConfig())) {
            ApiClient adaApi = new ApiClient(server.baseUri()).login(ada.email(), CoreFixtures.PASSWORD);
            ApiClient.Reply mine = adaApi.get("/api/members/" + ada.id() + "/export");
            assertThat(mine.status()).isEqualTo(200);
            assertThat(mine.json().get("sections").fieldNames()).toIterable().contains("membership", "ledger", "carsharing");
            ApiClient.Reply theirs = adaApi.get("/api/members/" + bob.id() + "/export");
            assertThat(theirs.status()).isEqualTo(403);
            assertThat(theirs.isProblem()).isTrue();
            assertThat(new ApiClient(server.baseUri()).get("/api/data-policy").json().get("purposes")).isNotEmpty();
        }
    }

    static void trip(Running r, Member driver, Vehicle car, LocalDate day, int km) {
        Instant start = day.atTime(9, 0).toInstant(ZoneOffset.UTC);
        r.clock().set(start.minus(Duration.ofDays(1)));
        BookingService.Booked b = r.app().carshare().bookings().book(r.actor(driver), car.id(), start, start.plus(Duration.ofHours(3)), km);
        r.clock().set(start.plus(Duration.ofHours(3)));
        r.app().carshare().trips().endTrip(r.actor(driver), b.booking().id(), km);
    }

    /** The report's step and total lines (amounts), without member names. */
    static List<String> totals(String csv) {
        return csv.lines().filter(l -> l.startsWith("step") || l.startsWith("total"))
                .toList();
    }
}
