package org.coopkit.carshare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.coopkit.carshare.CarshareFixtures;
import org.coopkit.carshare.CarshareFixtures.Running;
import org.coopkit.carshare.vehicles.Vehicle;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.members.Member;
import org.coopkit.core.testing.ApiClient;
import org.coopkit.core.testing.ApiClient.Reply;
import org.coopkit.core.testing.Concurrently;
import org.coopkit.core.testing.Concurrently.Outcome;
import org.coopkit.core.testing.CoreFixtures;
import org.coopkit.core.testing.EachDatabase;
import org.coopkit.core.testing.TestDatabase;
import org.coopkit.core.web.ApiServer;
import org.coopkit.governance.ballots.Ballot;
import org.coopkit.governance.ballots.BallotSpec;
import org.coopkit.governance.ballots.Secrecy;

/**
 * Client request ids ({@code Idempotency-Key}) on the two requests a client retries after a failover:
 * the same request sent 50 times at once books one car and casts one vote, every answer is the
 * original one, and the same key with another body is a 422 that changes nothing.
 */
class RequestIdRaceIT {
    static final Actor SYSTEM = Actor.system();

    @EachDatabase
    void fifty_concurrent_retries_of_one_booking_request_book_once_and_all_get_the_same_booking(TestDatabase db) {
        Running r = CarshareFixtures.start(db, 16);
        Vehicle car = r.car(r.member("Owner", "provider"), "Renault Zoe");
        Member ada = r.member("Ada", "user");
        String start = r.clock().instant().plus(Duration.ofDays(1)).toString();
        String end = r.clock().instant().plus(Duration.ofDays(1)).plus(Duration.ofHours(2)).toString();
        String body = "{\"vehicleId\":\"%s\",\"start\":\"%s\",\"end\":\"%s\",\"estimatedKm\":10}".formatted(car.id(), start, end);
        try (ApiServer server = ApiServer.start(0, r.app().resourceConfig())) {
            ApiClient adaApi = new ApiClient(server.baseUri()).login(ada.email(), CoreFixtures.PASSWORD);
            ApiClient keyed = adaApi.withHeader("Idempotency-Key", UUID.randomUUID().toString());

            List<Outcome<Reply>> outcomes = Concurrently.run(50, 16, i -> keyed.post("/api/bookings", body));

            assertThat(outcomes).allSatisfy(o -> {
                assertThat(o.error()).isNull();
                assertThat(o.value().status()).as(o.value().body()).isEqualTo(201);
            });
            assertThat(outcomes.stream().map(o -> o.value().json().get("booking").get("id").asText()).distinct()).hasSize(1);
            assertThat(outcomes.stream().map(o -> o.value().json().get("quote").get("id").asText()).distinct()).hasSize(1);
            assertThat(r.app().carshare().bookings().ofDriver(r.actor(ada), ada.id())).hasSize(1);

            String later = r.clock().instant().plus(Duration.ofDays(3)).toString();
            Reply other = keyed.post("/api/bookings", body.replace(start, later).replace(end, r.clock().instant().plus(Duration.ofDays(3)).plus(Duration.ofHours(1)).toString()));
            assertThat(other.status()).as(other.body()).isEqualTo(422);
            assertThat(other.isProblem()).isTrue();
            assertThat(other.json().get("code").asText()).isEqualTo("request-id-reused");
            assertThat(r.app().carshare().bookings().ofDriver(r.actor(ada), ada.id())).as("nothing changed").hasSize(1);

            assertThat(keyed.withHeader("Idempotency-Key", "short").post("/api/bookings", body).status()).isEqualTo(422);
            Reply unkeyed = adaApi.post("/api/bookings", body);
            assertThat(unkeyed.status()).as("without a key a repeat is a new booking request: it overlaps").isEqualTo(409);
        }
    }

    @EachDatabase
    void fifty_concurrent_retries_of_one_vote_cast_it_once_and_all_get_the_same_receipt(TestDatabase db) throws Exception {
        Running r = CarshareFixtures.start(db, 16);
        Member ada = r.member("Ada", "user");
        var voting = r.app().governance().voting();
        // revoting allowed: without the request id every retry would replace the vote again under a new code
        for (Secrecy secrecy : List.of(Secrecy.SECRET, Secrecy.OPEN)) {
            Ballot b = voting.create(SYSTEM, BallotSpec.resolution("Buy a 13th car (" + secrecy + ")?", r.clock().instant(),
                    r.clock().instant().plus(Duration.ofDays(8))).withRevoting().withSecrecy(secrecy));
            voting.open(SYSTEM, b.id());
            try (ApiServer server = ApiServer.start(0, r.app().resourceConfig())) {
                ApiClient keyed = new ApiClient(server.baseUri()).login(ada.email(), CoreFixtures.PASSWORD)
                        .withHeader("Idempotency-Key", "vote-" + UUID.randomUUID());

                List<Outcome<Reply>> outcomes = Concurrently.run(50, 16, i -> keyed.post("/api/ballots/" + b.id() + "/votes", "{\"choice\":[\"yes\"]}"));

                assertThat(outcomes).allSatisfy(o -> {
                    assertThat(o.error()).isNull();
                    assertThat(o.value().status()).as(o.value().body()).isEqualTo(201);
                });
                List<String> codes = outcomes.stream().map(o -> o.value().json().get("trackingCode").asText()).distinct().toList();
                assertThat(codes).as("one receipt for all the retries").hasSize(1);
                assertThat(r.app().core().audit().verify().intact()).isTrue();
                assertThat(countRows(r, "select count(*) from core_audit_log where action = 'gov.voted' and subject = '" + b.id() + "'"))
                        .as("voted once").isEqualTo(1);

                Reply other = keyed.post("/api/ballots/" + b.id() + "/votes", "{\"choice\":[\"no\"]}");
                assertThat(other.status()).as(other.body()).isEqualTo(422);
                assertThat(other.json().get("code").asText()).isEqualTo("request-id-reused");
                assertThat(countRows(r, "select count(*) from gov_ballot_box where ballot_id = '" + b.id() + "'")).isEqualTo(1);

                // what is stored for the request id names neither the voter nor the tracking code
                assertThat(rowsOf(r, "select request_hash, ballot_id, fingerprint, sealed_receipt from gov_vote_requests where ballot_id = '" + b.id() + "'"))
                        .hasSize(1).allSatisfy(row -> assertThat(row).doesNotContain(ada.id().toString()).doesNotContain(codes.get(0))
                                .doesNotContain(codes.get(0).replace("-", "")));
            }
        }
    }

    static long countRows(Running r, String sql) throws Exception {
        try (Connection c = r.app().database().dataSource().getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static List<String> rowsOf(Running r, String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = r.app().database().dataSource().getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                StringBuilder b = new StringBuilder();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) b.append(rs.getString(i)).append('|');
                rows.add(b.toString().toUpperCase(java.util.Locale.ROOT));
            }
        }
        return rows;
    }
}
