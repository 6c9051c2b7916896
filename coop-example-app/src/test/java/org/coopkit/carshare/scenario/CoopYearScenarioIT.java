package org.coopkit.carshare.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.coopkit.carshare.CarshareApp;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.actors.Role;
import org.coopkit.core.persistence.DatabaseKind;
import org.coopkit.core.persistence.ModuleSchema;
import org.coopkit.core.testing.ApiClient;
import org.coopkit.core.testing.ApiClient.Reply;
import org.coopkit.core.testing.MutableClock;
import org.coopkit.core.testing.TestDatabase;
import org.coopkit.core.testing.TestDatabases;
import org.coopkit.core.web.ApiServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A year in the life of the car-sharing co-op, told over HTTP against the running app on
 * PostgreSQL: members apply and are admitted; an owner lists a car; drivers book and drive; the
 * treasurer closes the year on its last day (preview, then confirm), shows its annual accounts and runs the redistribution report;
 * the assembly adopts the allocation; a refund becomes shares in the capital register, the rest is
 * paid in one payout run with its SEPA file; the adopted report never changes and next year's report
 * counts the new capital; the journal verifies and balances.
 */
class CoopYearScenarioIT {
    TestDatabase db;
    CarshareApp app;
    ApiServer server;
    MutableClock clock;
    ApiClient anonymous;

    @BeforeEach
    void the_coop_opens_on_postgresql() {
        db = TestDatabases.fresh(DatabaseKind.POSTGRESQL);
        clock = MutableClock.at("2025-01-06T08:00:00Z");
        // the scenario keeps its members' API tokens for a whole simulated year; real tokens end after 90 days
        app = CarshareApp.on(db.open(db.config(), CarshareApp.schemas().toArray(ModuleSchema[]::new)), clock,
                org.coopkit.core.auth.AuthSettings.defaults().withTokens(java.time.Duration.ofDays(400), java.time.Duration.ofDays(400)),
                org.coopkit.core.web.WebLimits.defaults());
        app.carshare().tariffs().publishInitial(Actor.system(),
                new org.coopkit.carshare.tariffs.TariffProposal("4.00", "0.30", "5.00", new BigDecimal("70"), "EUR"));
        server = ApiServer.start(0, app.resourceConfig());
        anonymous = new ApiClient(server.baseUri());
    }

    @AfterEach
    void close() {
        server.close();
        db.close();
    }

    String apply(String name, String email, String category) {
        Reply r = anonymous.post("/api/members/applications", """
                {"name":"%s","email":"%s","category":"%s","password":"a long demo password",
                 "address":{"street":"1 quai","postalCode":"69001","city":"Lyon","country":"FR"},
                 "dateOfBirth":"1980-05-01","taxId":"1234567890123","iban":"FR7630006000011234567890189"}""".formatted(name, email, category));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asText();
    }

    @Test
    void a_year_of_car_sharing_ends_with_every_member_getting_their_share() {
        // The founding board member exists; everyone else applies over the API.
        var founder = app.core().members().apply(Actor.anonymous(),
                org.coopkit.core.members.MemberApplication.of("Chloé Board", "chloe@coop.test", "worker").withPassword("a long demo password"));
        app.core().members().admit(Actor.system(), founder.id(), "founding assembly");
        app.core().auth().grantRole(Actor.system(), founder.id(), Role.BOARD);
        app.core().auth().grantRole(Actor.system(), founder.id(), Role.TREASURER);
        ApiClient board = anonymous.login("chloe@coop.test", "a long demo password");

        String owner = apply("Olivier Owner", "olivier@coop.test", "provider");
        List<String> drivers = new ArrayList<>();
        for (String n : List.of("Dana", "Eli", "Fatou")) drivers.add(apply(n + " Driver", n.toLowerCase() + "@coop.test", "user"));
        for (String id : concat(owner, drivers)) {
            assertThat(board.post("/api/members/" + id + "/admission", "{\"reason\":\"board meeting of January\"}").status()).isEqualTo(200);
        }

        // The owner lists a car.
        ApiClient olivier = anonymous.login("olivier@coop.test", "a long demo password");
        Reply car = olivier.post("/api/vehicles", "{\"model\":\"Renault Zoe\",\"seats\":5,\"location\":\"Part-Dieu\",\"energy\":\"ELECTRIC\"}");
        assertThat(car.status()).as(car.body()).isEqualTo(201);
        String carId = car.json().get("id").asText();

        // Drivers book and drive through the year; Dana drives twice as much as Eli, Fatou never.
        ApiClient dana = anonymous.login("dana@coop.test", "a long demo password");
        ApiClient eli = anonymous.login("eli@coop.test", "a long demo password");
        for (int month = 1; month <= 10; month++) {
            drive(dana, carId, LocalDate.of(2025, month, 10), 200);
            drive(dana, carId, LocalDate.of(2025, month, 20), 200);
            drive(eli, carId, LocalDate.of(2025, month, 15), 200);
        }
        // A member cannot see another's bookings.
        assertThat(eli.get("/api/bookings?member=" + drivers.get(0)).status()).isEqualTo(403);

        // The board proposes a tariff change; members vote; adoption publishes version 2 for the next quote.
        clock.set(java.time.Instant.parse("2025-11-02T09:00:00Z"));
        Reply proposal = board.post("/api/proposals/tariff", """
                {"perHour":"3.50","perKm":"0.25","minimum":"5.00","ownerSharePercent":70,
                 "opensAt":"2025-11-02T09:00:00Z","closesAt":"2025-11-09T09:00:00Z"}""");
        assertThat(proposal.status()).as(proposal.body()).isEqualTo(201);
        String tariffBallot = proposal.json().get("id").asText();
        // Members read what they vote on: the proposed tariff beside the one in force.
        Reply tariffDocs = dana.get("/api/ballots/" + tariffBallot + "/decision-documents");
        assertThat(tariffDocs.status()).as(tariffDocs.body()).isEqualTo(200);
        assertThat(tariffDocs.json().get("tariff").get("currentVersion").asInt()).isEqualTo(1);
        assertThat(tariffDocs.json().get("tariff").get("terms").get(0).get("proposed").asText()).isEqualTo("EUR 3.50");
        ApiClient fatou = anonymous.login("fatou@coop.test", "a long demo password");
        for (ApiClient voter : List.of(dana, eli, fatou, olivier)) {
            Reply receipt = voter.post("/api/ballots/" + tariffBallot + "/votes", "{\"choice\":[\"yes\"]}");
            assertThat(receipt.status()).as(receipt.body()).isEqualTo(201);
        }
        assertThat(board.get("/api/ballots/" + tariffBallot + "/results").status()).isEqualTo(409);
        clock.set(java.time.Instant.parse("2025-11-09T10:00:00Z"));
        assertThat(board.post("/api/ballots/" + tariffBallot + "/closing", null).json().get("adopted").asBoolean()).isTrue();
        Reply quote = anonymous.post("/api/quotes", "{\"start\":\"2025-11-20T09:00:00Z\",\"end\":\"2025-11-20T11:00:00Z\",\"km\":10}");
        assertThat(quote.json().get("tariffVersion").asInt()).isEqualTo(2);
        assertThat(anonymous.get("/api/tariffs/current").body()).contains("\"version\":2", "\"ownerSharePercent\":70,");
        assertThat(quote.json().get("total").get("amount").asText()).isEqualTo("9.50"); // 2 h × 3.50 + 10 km × 0.25
        drive(dana, carId, LocalDate.of(2025, 11, 20), 40);
        drive(eli, carId, LocalDate.of(2025, 11, 25), 20);
        drive(dana, carId, LocalDate.of(2025, 12, 5), 0);

        // The treasurer cannot close 2025 before its last day; on 31 December she previews the closing entry and confirms it.
        Reply early = board.post("/api/ledger/fiscal-years/2025/closing", "{\"fingerprint\":\"0000000000000000\"}");
        assertThat(early.status()).as(early.body()).isEqualTo(409);
        assertThat(early.body()).contains("ends on 2025-12-31");
        clock.set(java.time.Instant.parse("2025-12-31T18:00:00Z"));
        Reply preview = board.get("/api/ledger/fiscal-years/2025/closing");
        assertThat(preview.json().get("closable").asBoolean()).isTrue();
        assertThat(preview.json().get("lines").toString()).contains("708");
        Reply closing = board.post("/api/ledger/fiscal-years/2025/closing", "{\"fingerprint\":\"" + preview.json().get("fingerprint").asText() + "\"}");
        assertThat(closing.status()).as(closing.body()).isEqualTo(200);
        clock.set(java.time.Instant.parse("2026-01-15T10:00:00Z"));
        Reply report = board.get("/api/ledger/fiscal-years/2025/redistribution", "application/json");
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        JsonNode r = report.json();
        BigDecimal result = new BigDecimal(r.get("result").asText());
        assertThat(result).isPositive();
        BigDecimal steps = BigDecimal.ZERO;
        for (JsonNode s : r.get("waterfall")) steps = steps.add(new BigDecimal(s.get("amount").asText()));
        assertThat(steps).as("the waterfall adds up to the result").isEqualByComparingTo(result);

        // The accounts of 2025 are shown: the balance sheet balances and the income statement's result is the one the report shares out.
        Reply accounts = board.get("/api/ledger/fiscal-years/2025/accounts", "application/json");
        assertThat(accounts.status()).as(accounts.body()).isEqualTo(200);
        assertThat(accounts.json().get("balanceSheet").get("balanced").asBoolean()).as(accounts.body()).isTrue();
        assertThat(new BigDecimal(accounts.json().get("incomeStatement").get("result").asText())).isEqualByComparingTo(result);
        assertThat(board.get("/api/ledger/fiscal-years/2025/accounts", "text/csv").body()).contains("income_statement,result,,Result of the year");

        // The assembly adopts the allocation: refunds are posted, once.
        Reply allocation = board.post("/api/proposals/surplus-allocation",
                "{\"year\":2025,\"opensAt\":\"2026-01-15T10:00:00Z\",\"closesAt\":\"2026-01-22T10:00:00Z\"}");
        assertThat(allocation.status()).as(allocation.body()).isEqualTo(201);
        String allocationBallot = allocation.json().get("id").asText();
        // The treasurer's report stays the treasurer's, but every member on the roll reads the draft resolution and its summary.
        assertThat(eli.get("/api/ledger/fiscal-years/2025/redistribution", "application/json").status()).isEqualTo(403);
        Reply draft = eli.get("/api/ballots/" + allocationBallot + "/decision-documents");
        assertThat(draft.status()).as(draft.body()).isEqualTo(200);
        assertThat(draft.json().get("allocation").get("draftResolution").asText()).contains("DRAFT RESOLUTION", "fiscal year 2025");
        assertThat(draft.json().get("allocation").get("steps")).isNotEmpty();
        assertThat(draft.body()).doesNotContain("dana@", "Dana");
        // Dana takes her refund as new shares; the others are paid
        Reply choice = dana.put("/api/ledger/fiscal-years/2025/refund-choices/me", "{\"choice\":\"SHARES\"}");
        assertThat(choice.status()).as(choice.body()).isEqualTo(200);
        for (ApiClient voter : List.of(dana, eli, olivier)) {
            assertThat(voter.post("/api/ballots/" + allocationBallot + "/votes", "{\"choice\":[\"yes\"]}").status()).isEqualTo(201);
        }
        clock.set(java.time.Instant.parse("2026-01-22T11:00:00Z"));
        Reply closed = board.post("/api/ballots/" + allocationBallot + "/closing", null);
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        assertThat(closed.json().get("adopted").asBoolean()).isTrue();
        assertThat(dana.get("/api/ledger/fiscal-years/2025/statements/me").json().get("posted").asBoolean()).isTrue();

        // Each member's statement shows their refund: Dana bought twice what Eli did.
        BigDecimal danaRefund = refund(dana);
        BigDecimal eliRefund = refund(eli);
        assertThat(danaRefund).isPositive();
        assertThat(danaRefund.subtract(eliRefund.multiply(BigDecimal.valueOf(2))).abs()).isLessThanOrEqualTo(new BigDecimal("0.02"));
        assertThat(refund(anonymous.login("fatou@coop.test", "a long demo password"))).isZero();

        // Dana's refund became whole shares of 20.00 in the capital register; the register and the books agree.
        BigDecimal danaShares = danaRefund.divideToIntegralValue(new BigDecimal("20.00"));
        Reply check = board.get("/api/ledger/capital-check");
        assertThat(check.json().get("agrees").asBoolean()).as(check.body()).isTrue();

        // The treasurer pays what is due (owner's payouts, refunds in money) in one run: a retry pays nothing more; the SEPA file adds up.
        clock.set(java.time.Instant.parse("2026-01-25T09:00:00Z"));
        Reply due = board.get("/api/ledger/payouts/due");
        assertThat(due.json().size()).as(due.body()).isGreaterThanOrEqualTo(3);
        Reply payout = board.post("/api/ledger/payouts", "{\"key\":\"2026-01-payouts\",\"executionDate\":\"2026-01-27\"}");
        assertThat(payout.status()).as(payout.body()).isEqualTo(200);
        assertThat(payout.json().get("notPayable").asInt()).as("every member gave an IBAN").isZero();
        assertThat(board.post("/api/ledger/payouts", "{\"key\":\"2026-01-payouts\"}").json().get("entryId").asLong())
                .isEqualTo(payout.json().get("entryId").asLong());
        Reply pain = board.get("/api/ledger/payouts/2026-01-payouts/pain.001", "application/xml");
        assertThat(pain.status()).isEqualTo(200);
        assertThat(pain.body()).contains("pain.001.001.09", "<CtrlSum>" + payout.json().get("totalPaid").get("amount").asText() + "</CtrlSum>");
        assertThat(org.coopkit.ledger.testing.Pain001Schema.errors(pain.body())).as("valid against the ISO 20022 pain.001.001.09 schema").isEmpty();
        assertThat(olivier.get("/api/ledger/payouts/me").json().get(0).get("status").asText()).isEqualTo("PAID");
        assertThat(board.get("/api/ledger/payouts/due").json()).as("nothing left to pay").isEmpty();

        // The adopted 2025 report is the same, byte for byte, and reproduces; next year's report counts Dana's new capital.
        assertThat(board.get("/api/ledger/fiscal-years/2025/redistribution", "application/json").body()).isEqualTo(report.body());
        assertThat(board.get("/api/ledger/fiscal-years/verification").json().get(0).get("intact").asBoolean()).isTrue();
        JsonNode next = board.get("/api/ledger/fiscal-years/2026/redistribution", "application/json").json();
        BigDecimal danaCapital = BigDecimal.ZERO;
        for (JsonNode m : next.get("members")) if (m.get("memberId").asText().equals(drivers.get(0))) danaCapital = new BigDecimal(m.get("paidUpCapital").asText());
        assertThat(danaCapital).isEqualByComparingTo(danaShares.multiply(new BigDecimal("20.00")));
        assertThat(danaCapital).as("Dana's refund of " + danaRefund + " bought whole shares").isPositive();

        // The books verify and balance.
        Reply verification = board.get("/api/ledger/journal/verification");
        assertThat(verification.status()).isEqualTo(200);
        assertThat(verification.body()).contains("\"intact\":true");
        Reply trial = board.get("/api/ledger/trial-balance?at=2026-01-31");
        assertThat(trial.json().get("balanced").asBoolean()).isTrue();
        assertThat(app.core().audit().verify().intact()).isTrue();
    }

    void drive(ApiClient driver, String carId, LocalDate day, int km) {
        clock.set(day.minusDays(1).atTime(9, 0).toInstant(java.time.ZoneOffset.UTC));
        String start = day + "T09:00:00Z";
        String end = day + "T12:00:00Z";
        Reply booked = driver.post("/api/bookings", "{\"vehicleId\":\"%s\",\"start\":\"%s\",\"end\":\"%s\",\"estimatedKm\":%d}".formatted(carId, start, end, km));
        assertThat(booked.status()).as(booked.body()).isEqualTo(201);
        assertThat(booked.json().get("quote").get("whyThisPrice").asText()).contains("Tariff v");
        clock.set(day.atTime(12, 30).toInstant(java.time.ZoneOffset.UTC));
        Reply trip = driver.post("/api/bookings/" + booked.json().get("booking").get("id").asText() + "/trip", "{\"km\":" + km + "}");
        assertThat(trip.status()).as(trip.body()).isEqualTo(201);
    }

    static BigDecimal refund(ApiClient member) {
        Reply s = member.get("/api/ledger/fiscal-years/2025/statements/me");
        assertThat(s.status()).as(s.body()).isEqualTo(200);
        JsonNode refund = s.json().get("refund");
        return new BigDecimal(refund.isObject() ? refund.get("amount").asText() : refund.asText());
    }

    static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(rest);
        return all;
    }
}
