package org.coopkit.ledger.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopkit.ledger.journal.JournalLine.credit;
import static org.coopkit.ledger.journal.JournalLine.debit;
import static org.coopkit.ledger.testing.LedgerFixtures.day;
import static org.coopkit.ledger.testing.LedgerFixtures.eur;
import static org.coopkit.ledger.testing.LedgerFixtures.treasurer;

import com.fasterxml.jackson.databind.JsonNode;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.actors.Role;
import org.coopkit.core.members.Member;
import org.coopkit.core.testing.ApiClient;
import org.coopkit.core.testing.ApiClient.Reply;
import org.coopkit.core.testing.CoreFixtures;
import org.coopkit.core.testing.EachDatabase;
import org.coopkit.core.testing.TestDatabase;
import org.coopkit.core.web.ApiServer;
import org.coopkit.core.web.CoreFeature;
import org.coopkit.ledger.journal.PostEntry;
import org.coopkit.ledger.patronage.PatronageKind;
import org.coopkit.ledger.patronage.RecordActivity;
import org.coopkit.ledger.testing.WorkedExampleBooks;
import org.coopkit.ledger.testing.WorkedExampleBooks.Coop;
import org.glassfish.jersey.server.ResourceConfig;

class LedgerApiIT {
    @EachDatabase
    void the_treasurer_reads_the_books_and_the_redistribution_a_member_reads_only_their_own_statement(TestDatabase db) {
        Coop coop = WorkedExampleBooks.open(db);
        Member tess = CoreFixtures.admittedWithRole(coop.books().core(), "Tess Treasurer", "worker", Role.TREASURER);
        coop.ledger().journal().post(treasurer(), PostEntry.of("payout", day("2027-02-01"), "Owner payout",
                debit("622", eur("10.00")), credit("512", eur("10.00"))));
        coop.ledger().patronage().record(Actor.system(), RecordActivity.byMember("sale-1", coop.ben().id(), day("2027-02-02"),
                PatronageKind.SALES, eur("80.00")).withFees(eur("12.00")));
        try (ApiServer server = ApiServer.start(0, new ResourceConfig()
                .register(new CoreFeature(coop.books().core())).register(new LedgerFeature(coop.ledger())))) {
            ApiClient api = new ApiClient(server.baseUri());
            ApiClient treasurer = api.login(tess.email(), CoreFixtures.PASSWORD);
            ApiClient ana = api.login(coop.ana().email(), CoreFixtures.PASSWORD);

            Reply tb = treasurer.get("/api/ledger/trial-balance?at=2026-12-31");
            assertThat(tb.status()).isEqualTo(200);
            assertThat(tb.json().get("balanced").asBoolean()).isTrue();
            Reply journal = treasurer.get("/api/ledger/journal?page=0&size=2");
            assertThat(journal.json().get("total").asLong()).as("5 entries and 2 per capital subscription paid").isEqualTo(11);
            assertThat(journal.json().get("entries")).hasSize(2);
            assertThat(treasurer.get("/api/ledger/journal/verification").json().get("intact").asBoolean()).isTrue();
            assertThat(treasurer.get("/api/ledger/journal.ledger", "text/plain").body()).contains("account assets:512 Bank");
            assertThat(treasurer.get("/api/ledger/journal.csv", "text/csv").body()).startsWith("entry,date");

            Reply json = treasurer.get("/api/ledger/fiscal-years/2026/redistribution", "application/json");
            assertThat(json.status()).isEqualTo(200);
            assertThat(json.json().get("totals").get("toMembers").asText()).isEqualTo("5360.00");
            assertThat(json.json().get("members").get(0).get("total").asText()).isEqualTo("1286.67");
            Reply csv = treasurer.get("/api/ledger/fiscal-years/2026/redistribution", "text/csv");
            assertThat(csv.contentType()).startsWith("text/csv");
            assertThat(csv.body()).contains("member,1,Ana,");
            assertThat(treasurer.get("/api/ledger/fiscal-years/2026/redistribution", "text/html").status())
                    .as("the library returns data; the application renders the page").isEqualTo(406);
            assertThat(treasurer.get("/api/ledger/fiscal-years/2026/resolution", "text/plain").body()).contains("DRAFT RESOLUTION");
            Reply dac7 = treasurer.get("/api/ledger/income-statements?year=2027&quarter=1", "text/csv");
            assertThat(dac7.body()).contains("Ben").contains("80.00,12.00,68.00,EUR");
            Reply dpi = treasurer.get("/api/ledger/income-statements/dac7?year=2027");
            assertThat(dpi.status()).as(dpi.body()).isEqualTo(200);
            assertThat(dpi.json().at("/DPIBody/ReportableSeller/0/RelevantActivities/TransportationRental/Consideration/AmntQ1/value").asText())
                    .as("DAC7 consideration is net of the platform's fees").isEqualTo("68.00");
            assertThat(dpi.json().at("/DPIBody/ReportableSeller/0/RelevantActivities/TransportationRental/Fees/AmntQ1/value").asText()).isEqualTo("12.00");

            Reply mine = ana.get("/api/ledger/fiscal-years/2026/statements/me");
            assertThat(mine.status()).isEqualTo(200);
            assertThat(mine.json().get("refund").get("amount").asText()).isEqualTo("1166.67");
            Reply chosen = ana.put("/api/ledger/fiscal-years/2026/refund-choices/me", "{\"choice\":\"SHARES\"}");
            assertThat(chosen.json().get("refundChoice").asText()).isEqualTo("SHARES");
            assertThat(treasurer.get("/api/ledger/fiscal-years/2026/statements/" + coop.ana().id()).status()).isEqualTo(200);

            Reply patronage = ana.get("/api/ledger/patronage/me?from=2026-01-01&to=2026-12-31");
            assertThat(patronage.json().get("byKind").get("PURCHASES").get("volume").asText()).isEqualTo("400");
            ApiClient ben = api.login(coop.ben().email(), CoreFixtures.PASSWORD);
            JsonNode bens = ben.get("/api/ledger/income-statements/me?year=2027&quarter=1", "application/json").json().get("sellers").get(0);
            assertThat(bens.get("gross").asText()).isEqualTo("80.00");
            assertThat(bens.get("missing")).as("Ben's record lacks identifying data").isNotEmpty();
            assertThat(ben.get("/api/ledger/income-statements/me?year=2027&quarter=1", "text/html").status())
                    .as("the library returns data; the application renders the page").isEqualTo(406);
            assertThat(ana.get("/api/ledger/fiscal-years").json()).hasSize(2);
            assertProblem(treasurer.post("/api/ledger/fiscal-years/2027/closing", null), 422);
            coop.books().clock().set(java.time.Instant.parse("2027-12-31T18:00:00Z"));
            // a year later every token has expired (absolute expiry): log in again
            treasurer = api.login(tess.email(), CoreFixtures.PASSWORD);
            ana = api.login(coop.ana().email(), CoreFixtures.PASSWORD);
            String fingerprint = treasurer.get("/api/ledger/fiscal-years/2027/closing").json().get("fingerprint").asText();
            Reply closing = treasurer.post("/api/ledger/fiscal-years/2027/closing", "{\"fingerprint\":\"" + fingerprint + "\"}");
            assertThat(closing.status()).as(closing.body()).isEqualTo(200);
            assertThat(closing.json().get("year").get("status").asText()).isEqualTo("CLOSED");
            assertProblem(treasurer.post("/api/ledger/fiscal-years/2027/closing", "{\"fingerprint\":\"" + fingerprint + "\"}"), 409);
            assertProblem(ana.post("/api/ledger/fiscal-years/2027/closing", "{\"fingerprint\":\"" + fingerprint + "\"}"), 403);

            assertProblem(ana.get("/api/ledger/fiscal-years/2026/statements/" + coop.ben().id()), 403);
            assertProblem(ana.get("/api/ledger/fiscal-years/2026/redistribution", "application/json"), 403);
            assertProblem(ana.get("/api/ledger/trial-balance"), 403);
            assertProblem(ana.get("/api/ledger/income-statements?year=2027&quarter=1"), 403);
            assertProblem(api.get("/api/ledger/journal"), 401);
            assertProblem(treasurer.get("/api/ledger/trial-balance?at=yesterday"), 422);
            assertProblem(treasurer.get("/api/ledger/journal?size=0"), 422);
            assertProblem(treasurer.get("/api/ledger/fiscal-years/1999/redistribution", "application/json"), 404);
            assertProblem(treasurer.get("/api/ledger/fiscal-years/2026/statements/not-a-member"), 404);
            assertProblem(treasurer.get("/api/ledger/income-statements?year=2027&quarter=5"), 422);
            assertProblem(treasurer.get("/api/ledger/income-statements/dac7?year=twenty"), 422);
            Reply accounts = treasurer.get("/api/ledger/fiscal-years/2026/accounts", "application/json");
            assertThat(accounts.status()).as(accounts.body()).isEqualTo(200);
            assertThat(accounts.json().get("balanceSheet").get("balanced").asBoolean()).isTrue();
            assertThat(treasurer.get("/api/ledger/fiscal-years/2027/accounts", "text/csv").body()).startsWith("statement,section,account");
            assertProblem(ana.get("/api/ledger/fiscal-years/2026/accounts", "application/json"), 403);
            assertProblem(treasurer.get("/api/ledger/fiscal-years/1999/accounts", "application/json"), 404);
            Reply fec = treasurer.get("/api/ledger/journal.fec?from=2026-01-01&to=2026-12-31", "text/tab-separated-values");
            assertThat(fec.status()).isEqualTo(200);
            assertThat(fec.body()).startsWith("JournalCode\tJournalLib\tEcritureNum");
            assertProblem(treasurer.get("/api/ledger/journal.fec?from=yesterday", "text/tab-separated-values"), 422);
            assertProblem(ana.get("/api/ledger/journal.fec", "text/tab-separated-values"), 403);
            assertProblem(ana.get("/api/ledger/income-statements/dac7?year=2027"), 403);
            assertProblem(ana.put("/api/ledger/fiscal-years/2026/refund-choices/me", "{\"choice\":\"GOLD\"}"), 422);
        }
    }

    private static void assertProblem(Reply reply, int status) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.isProblem()).as(reply.contentType()).isTrue();
    }
}
