package org.coopkit.carshare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.coopkit.carshare.CarshareFixtures;
import org.coopkit.carshare.CarshareFixtures.Running;
import org.coopkit.carshare.vehicles.Vehicle;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.actors.Role;
import org.coopkit.core.members.Member;
import org.coopkit.core.testing.ApiClient;
import org.coopkit.core.testing.ApiClient.Reply;
import org.coopkit.core.testing.CoreFixtures;
import org.coopkit.core.testing.EachDatabase;
import org.coopkit.core.testing.TestDatabase;
import org.coopkit.core.web.ApiServer;

/** Bad input on every car-sharing endpoint: a clear problem+json, never a 5xx, and nothing changes. */
class CarshareApiIT {
    static void problem(Reply r, int status) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.isProblem()).as(r.body()).isTrue();
        assertThat(r.json().get("detail").asText()).isNotBlank();
    }

    @EachDatabase
    void every_endpoint_refuses_bad_input_clearly_and_changes_nothing(TestDatabase db) {
        Running r = CarshareFixtures.start(db, 4);
        Member owner = r.member("Owner", "provider");
        Member ada = r.member("Ada", "user");
        Member bob = r.member("Bob", "user");
        Member board = CoreFixtures.admittedWithRole(r.app().core(), "Board", "worker", Role.BOARD);
        Vehicle car = r.car(owner, "Renault Zoe");
        try (ApiServer server = ApiServer.start(0, r.app().resourceConfig())) {
            ApiClient api = new ApiClient(server.baseUri());
            ApiClient adaApi = api.login(ada.email(), CoreFixtures.PASSWORD);
            ApiClient bobApi = api.login(bob.email(), CoreFixtures.PASSWORD);
            String start = r.clock().instant().plus(Duration.ofDays(1)).toString();
            String end = r.clock().instant().plus(Duration.ofDays(1)).plus(Duration.ofHours(2)).toString();
            Reply booked = adaApi.post("/api/bookings", "{\"vehicleId\":\"%s\",\"start\":\"%s\",\"end\":\"%s\",\"estimatedKm\":10}".formatted(car.id(), start, end));
            assertThat(booked.status()).as(booked.body()).isEqualTo(201);
            String bookingId = booked.json().get("booking").get("id").asText();

            problem(api.get("/api/vehicles"), 401);
            problem(adaApi.post("/api/vehicles", "{\"model\":\"Car\",\"seats\":4,\"location\":\"X\",\"energy\":\"ELECTRIC\"}"), 403); // not a provider
            problem(api.login(owner.email(), CoreFixtures.PASSWORD).post("/api/vehicles", "{\"model\":\"\",\"seats\":40,\"location\":\"\",\"energy\":\"ELECTRIC\"}"), 422);
            problem(adaApi.post("/api/vehicles", "{\"model\":\"Car\",\"seats\":4,\"location\":\"X\",\"energy\":\"STEAM\"}"), 400);
            problem(adaApi.get("/api/vehicles/" + java.util.UUID.randomUUID()), 404);
            problem(bobApi.post("/api/vehicles/" + car.id() + "/withdrawal", null), 403);

            problem(api.post("/api/quotes", "{\"start\":\"" + end + "\",\"end\":\"" + start + "\",\"km\":10}"), 422);
            problem(api.post("/api/quotes", "{\"start\":\"tomorrow\",\"end\":\"" + end + "\",\"km\":10}"), 400);
            problem(api.post("/api/quotes", "{\"start\":\"" + start + "\",\"end\":\"" + end + "\",\"km\":-5}"), 422);
            problem(api.post("/api/quotes", "not json"), 400);
            problem(api.get("/api/quotes/not-a-uuid"), 404); // QuoteId: what is not an id names no quote
            problem(api.get("/api/quotes/" + java.util.UUID.randomUUID()), 404);

            problem(bobApi.post("/api/bookings", "{\"vehicleId\":\"%s\",\"start\":\"%s\",\"end\":\"%s\",\"estimatedKm\":10}".formatted(car.id(), start, end)), 409);
            problem(bobApi.post("/api/bookings", "{\"vehicleId\":\"%s\",\"start\":\"2020-01-01T10:00:00Z\",\"end\":\"2020-01-01T12:00:00Z\",\"estimatedKm\":10}".formatted(car.id())), 422);
            Reply missingKm = bobApi.post("/api/bookings", "{\"vehicleId\":\"%s\",\"start\":\"%s\",\"end\":\"%s\"}".formatted(car.id(), start, end));
            problem(missingKm, 422);
            assertThat(missingKm.json().get("errors").get("estimatedKm").asText()).isEqualTo("is required");
            problem(bobApi.post("/api/bookings", "{\"vehicleId\":\"%s\",\"start\":\"%s\",\"end\":\"%s\",\"estimatedKm\":1}".formatted(java.util.UUID.randomUUID(), start, end)), 404);
            problem(bobApi.post("/api/bookings", "{}"), 422);
            problem(bobApi.get("/api/bookings/" + bookingId), 403);
            problem(bobApi.get("/api/bookings?member=" + ada.id()), 403);
            problem(bobApi.get("/api/bookings?member=not-an-id"), 422);
            problem(bobApi.post("/api/bookings/" + bookingId + "/cancellation", null), 403);
            problem(adaApi.post("/api/bookings/" + bookingId + "/trip", "{\"km\":12}"), 409); // not started yet
            problem(adaApi.post("/api/bookings/" + bookingId + "/trip", "{\"km\":99999}"), 422);
            problem(bobApi.get("/api/ledger/fiscal-years/2026/statements/" + ada.id()), 403);
            problem(adaApi.post("/api/work", "{\"kind\":\"CLEANING\",\"minutes\":0,\"on\":\"2026-05-01\"}"), 422);
            problem(api.get("/api/environment?year=abc"), 404);
            problem(api.get("/api/environment"), 422);
            problem(api.login(board.email(), CoreFixtures.PASSWORD).post("/api/proposals/tariff",
                    "{\"perHour\":\"-1\",\"perKm\":\"x\",\"minimum\":\"5\",\"ownerSharePercent\":70,\"opensAt\":\"%s\",\"closesAt\":\"%s\"}".formatted(start, end)), 422);
            Reply huge = api.login(board.email(), CoreFixtures.PASSWORD).post("/api/proposals/tariff",
                    "{\"perHour\":\"1e308\",\"perKm\":\"0.30\",\"minimum\":\"5\",\"ownerSharePercent\":70,\"opensAt\":\"%s\",\"closesAt\":\"%s\"}".formatted(start, end));
            problem(huge, 422);
            assertThat(huge.body()).contains("perHour");
            problem(adaApi.post("/api/proposals/surplus-allocation", "{\"year\":2025,\"opensAt\":\"%s\",\"closesAt\":\"%s\"}".formatted(start, end)), 403);

            // nothing of the above changed anything: one car, one booking, no trip, no ballot, books balanced
            assertThat(r.app().carshare().vehicles().all(r.actor(ada))).hasSize(1);
            assertThat(adaApi.get("/api/bookings").json().size()).isEqualTo(1);
            assertThat(bobApi.get("/api/bookings").json().size()).isZero();
            assertThat(adaApi.get("/api/trips").json().size()).isZero();
            assertThat(r.app().governance().voting().all(Actor.system())).isEmpty();
            assertThat(r.app().core().audit().verify().intact()).isTrue();
        }
    }

}
