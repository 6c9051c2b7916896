package org.coopkit.carshare.bookings;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.coopkit.carshare.CarshareFixtures;
import org.coopkit.carshare.CarshareFixtures.Running;
import org.coopkit.carshare.vehicles.Vehicle;
import org.coopkit.core.members.Member;
import org.coopkit.core.testing.ApiClient;
import org.coopkit.core.testing.ApiClient.Reply;
import org.coopkit.core.testing.CoreFixtures;
import org.coopkit.core.testing.EachDatabase;
import org.coopkit.core.testing.TestDatabase;
import org.coopkit.core.web.ApiServer;

/** Looking for a free car (GET /api/vehicles/free, the search page's service) prices the window and stores nothing; a quote is stored when asked for or booked. */
class SearchWritesNothingIT {

    private static long quotes(Running r) {
        try (Connection c = r.app().database().dataSource().getConnection(); Statement s = c.createStatement();
             var rs = s.executeQuery("select count(*) from carshare_quotes")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @EachDatabase
    void a_search_shows_the_windows_price_without_saving_a_quote(TestDatabase db) {
        Running r = CarshareFixtures.start(db, 4);
        Vehicle zoe = r.car(r.member("Owner", "provider"), "Renault Zoe");
        Member ann = r.member("Ann", "user");
        Instant t = r.clock().instant().plus(Duration.ofDays(1));
        long before = quotes(r);

        BookingService.Search found = r.app().carshare().bookings().search(r.actor(ann), t, t.plus(Duration.ofHours(2)), 10, Optional.empty(), 1);
        assertThat(found.quote().isEstimate()).isTrue();
        assertThat(found.quote().price().total().toString()).isEqualTo("EUR 11.00"); // 2 h × 4.00 + 10 km × 0.30
        assertThat(quotes(r)).as("the service's search").isEqualTo(before);

        try (ApiServer server = ApiServer.start(0, r.app().resourceConfig())) {
            ApiClient api = new ApiClient(server.baseUri()).login(ann.email(), CoreFixtures.PASSWORD);
            for (int i = 0; i < 3; i++) {
                Reply search = api.get("/api/vehicles/free?start=%s&end=%s&km=10".formatted(t, t.plus(Duration.ofHours(2))));
                assertThat(search.status()).as(search.body()).isEqualTo(200);
                assertThat(search.json().get("cars")).hasSize(1);
                assertThat(search.json().get("quote").get("total").toString()).contains("11.00");
                assertThat(search.json().get("quote").get("id").isNull()).as("an estimate has no id to cite").isTrue();
            }
            assertThat(quotes(r)).as("three GETs").isEqualTo(before);

            Reply asked = api.post("/api/quotes", "{\"start\":\"%s\",\"end\":\"%s\",\"km\":10}".formatted(t, t.plus(Duration.ofHours(2))));
            assertThat(asked.status()).as(asked.body()).isEqualTo(201);
            assertThat(api.get("/api/quotes/" + asked.json().get("id").asText()).status()).isEqualTo(200);
            Reply booked = api.post("/api/bookings", "{\"vehicleId\":\"%s\",\"start\":\"%s\",\"end\":\"%s\",\"estimatedKm\":10}"
                    .formatted(zoe.id(), t, t.plus(Duration.ofHours(2))));
            assertThat(booked.status()).as(booked.body()).isEqualTo(201);
            assertThat(quotes(r)).as("the asked-for quote and the booking's").isEqualTo(before + 2);
        }
    }
}
