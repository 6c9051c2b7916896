package org.coopkit.ledger.fiscal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coopkit.ledger.journal.JournalLine.credit;
import static org.coopkit.ledger.journal.JournalLine.debit;
import static org.coopkit.ledger.testing.LedgerFixtures.day;
import static org.coopkit.ledger.testing.LedgerFixtures.eur;

import java.time.Instant;
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
import org.coopkit.ledger.testing.LedgerFixtures;
import org.coopkit.ledger.testing.LedgerFixtures.Books;
import org.coopkit.ledger.web.LedgerFeature;
import org.glassfish.jersey.server.ResourceConfig;

/** Issue 13: a year closes on or after its last day, as previewed; reopening and locking are audited and guarded. */
class FiscalYearLifecycleIT {
    static final FiscalYearId Y2026 = FiscalYearId.of(2026);

    @EachDatabase
    void a_year_cannot_be_closed_before_its_last_day_and_the_refusal_names_the_date(TestDatabase db) {
        Books books = LedgerFixtures.books(db);
        Actor tess = CoreFixtures.actor(books.core(), CoreFixtures.admittedWithRole(books.core(), "Tess Treasurer", "worker", Role.TREASURER));
        books.journalPost("s1", "2026-03-01", "500.00");
        books.clock().set(Instant.parse("2026-12-01T10:00:00Z"));

        assertThatThrownBy(() -> books.ledger().fiscalYears().close(tess, Y2026))
                .isInstanceOf(YearNotEnded.class).hasMessageContaining("ends on 2026-12-31").hasMessageContaining("today is 2026-12-01");
        ClosingPreview early = books.ledger().fiscalYears().previewClosing(tess, Y2026);
        assertThat(early.closable()).isFalse();
        assertThat(early.closableFrom()).isEqualTo(day("2026-12-31"));
        assertThat(books.ledger().fiscalYears().get(Actor.system(), Y2026).status()).isEqualTo(FiscalYearStatus.OPEN);

        books.clock().set(Instant.parse("2026-12-31T18:00:00Z"));
        ClosingPreview preview = books.ledger().fiscalYears().previewClosing(tess, Y2026);
        assertThat(preview.closable()).isTrue();
        assertThat(preview.lines()).hasSize(2);
        assertThat(preview.results()).containsEntry("EUR", eur("500.00"));
        ClosingResult closed = books.ledger().fiscalYears().close(tess, Y2026, preview.fingerprint());
        assertThat(closed.year().status()).isEqualTo(FiscalYearStatus.CLOSED);
        assertThat(closed.entry().orElseThrow().lines()).containsExactlyInAnyOrderElementsOf(preview.lines());
        assertThat(books.core().audit().about("2026")).extracting(r -> r.action()).contains("ledger.fiscal-year-closed");
    }

    @EachDatabase
    void a_closing_confirmed_after_the_books_changed_is_refused_and_nothing_is_posted(TestDatabase db) {
        Books books = LedgerFixtures.books(db);
        Actor tess = CoreFixtures.actor(books.core(), CoreFixtures.admittedWithRole(books.core(), "Tess Treasurer", "worker", Role.TREASURER));
        books.clock().set(Instant.parse("2027-01-04T10:00:00Z"));
        books.journalPost("s1", "2026-03-01", "500.00");
        String fingerprint = books.ledger().fiscalYears().previewClosing(tess, Y2026).fingerprint();
        books.journalPost("s2", "2026-12-30", "40.00");
        long entries = books.ledger().journal().page(tess, 0, 1).total();

        assertThatThrownBy(() -> books.ledger().fiscalYears().close(tess, Y2026, fingerprint)).isInstanceOf(ClosingPreviewOutdated.class);
        assertThat(books.ledger().journal().page(tess, 0, 1).total()).isEqualTo(entries);
        assertThat(books.ledger().fiscalYears().get(Actor.system(), Y2026).status()).isEqualTo(FiscalYearStatus.OPEN);
        String again = books.ledger().fiscalYears().previewClosing(tess, Y2026).fingerprint();
        assertThat(books.ledger().fiscalYears().close(tess, Y2026, again).results()).containsEntry("EUR", eur("540.00"));
    }

    @EachDatabase
    void over_http_the_treasurer_previews_and_confirms_the_board_reopens_with_a_reason_and_locks_a_member_gets_403(TestDatabase db) {
        Books books = LedgerFixtures.books(db);
        Member tess = CoreFixtures.admittedWithRole(books.core(), "Tess Treasurer", "worker", Role.TREASURER);
        Member bea = CoreFixtures.admittedWithRole(books.core(), "Bea Board", "worker", Role.BOARD);
        Member mo = books.member("Mo Member", "user");
        books.journalPost("s1", "2026-03-01", "500.00");
        try (ApiServer server = ApiServer.start(0, new ResourceConfig()
                .register(new CoreFeature(books.core())).register(new LedgerFeature(books.ledger())))) {
            ApiClient api = new ApiClient(server.baseUri());
            ApiClient treasurer = api.login(tess.email(), CoreFixtures.PASSWORD);
            ApiClient board = api.login(bea.email(), CoreFixtures.PASSWORD);
            ApiClient member = api.login(mo.email(), CoreFixtures.PASSWORD);

            Reply early = treasurer.get("/api/ledger/fiscal-years/2026/closing");
            assertThat(early.status()).as(early.body()).isEqualTo(200);
            assertThat(early.json().get("closable").asBoolean()).isFalse();
            Reply refused = treasurer.post("/api/ledger/fiscal-years/2026/closing", "{\"fingerprint\":\"" + early.json().get("fingerprint").asText() + "\"}");
            assertProblem(refused, 409);
            assertThat(refused.body()).contains("ends on 2026-12-31");
            assertProblem(member.get("/api/ledger/fiscal-years/2026/closing"), 403);
            assertProblem(member.get("/api/ledger/fiscal-years/verification"), 403);
            assertThat(treasurer.get("/api/ledger/fiscal-years/verification").status()).isEqualTo(200);
            assertProblem(member.get("/api/ledger/capital-check"), 403);
            assertThat(board.get("/api/ledger/capital-check").json().get("agrees").asBoolean()).isTrue();
            assertProblem(board.get("/api/ledger/capital-check?at=someday"), 422);

            books.clock().set(Instant.parse("2027-01-04T10:00:00Z"));
            // months later every token has expired (absolute expiry): log in again
            treasurer = api.login(tess.email(), CoreFixtures.PASSWORD);
            board = api.login(bea.email(), CoreFixtures.PASSWORD);
            member = api.login(mo.email(), CoreFixtures.PASSWORD);
            Reply preview = treasurer.get("/api/ledger/fiscal-years/2026/closing");
            assertThat(preview.json().get("lines")).hasSize(2);
            assertThat(preview.json().get("results").get("EUR").get("amount").asText()).isEqualTo("500.00");
            assertProblem(treasurer.post("/api/ledger/fiscal-years/2026/closing", "{\"fingerprint\":\"not-the-one\"}"), 409);
            assertProblem(treasurer.post("/api/ledger/fiscal-years/2026/closing", "{}"), 422);
            Reply closed = treasurer.post("/api/ledger/fiscal-years/2026/closing", "{\"fingerprint\":\"" + preview.json().get("fingerprint").asText() + "\"}");
            assertThat(closed.status()).as(closed.body()).isEqualTo(200);
            assertThat(closed.json().get("year").get("status").asText()).isEqualTo("CLOSED");

            assertProblem(member.post("/api/ledger/fiscal-years/2026/reopening", "{\"reason\":\"I want to\"}"), 403);
            assertProblem(member.post("/api/ledger/fiscal-years/2026/lock", "{\"approval\":\"AG\"}"), 403);
            Reply noReason = board.post("/api/ledger/fiscal-years/2026/reopening", "{\"reason\":\"  \"}");
            assertProblem(noReason, 422);
            assertThat(noReason.body()).contains("reason");
            assertThat(books.ledger().fiscalYears().get(Actor.system(), Y2026).status()).as("nothing changed on bad input").isEqualTo(FiscalYearStatus.CLOSED);
            Reply reopened = board.post("/api/ledger/fiscal-years/2026/reopening", "{\"reason\":\"late supplier invoice\"}");
            assertThat(reopened.status()).as(reopened.body()).isEqualTo(200);
            assertThat(reopened.json().get("status").asText()).isEqualTo("OPEN");
            assertThat(books.core().audit().about("2026")).anySatisfy(r -> {
                assertThat(r.action()).isEqualTo("ledger.fiscal-year-reopened");
                assertThat(r.data()).contains("late supplier invoice");
            });

            String again = treasurer.get("/api/ledger/fiscal-years/2026/closing").json().get("fingerprint").asText();
            assertThat(treasurer.post("/api/ledger/fiscal-years/2026/closing", "{\"fingerprint\":\"" + again + "\"}").status()).isEqualTo(200);
            assertProblem(board.post("/api/ledger/fiscal-years/2026/lock", "{}"), 422);
            Reply locked = board.post("/api/ledger/fiscal-years/2026/lock", "{\"approval\":\"accounts approved by the AGM of 2027-06-12, resolution 1\"}");
            assertThat(locked.status()).as(locked.body()).isEqualTo(200);
            assertThat(locked.json().get("status").asText()).isEqualTo("LOCKED");
            assertProblem(treasurer.post("/api/ledger/fiscal-years/2026/reopening", "{\"reason\":\"one more\"}"), 409);
            assertProblem(treasurer.post("/api/ledger/fiscal-years/1999/reopening", "{\"reason\":\"x\"}"), 404);
        }
    }

    private static void assertProblem(Reply reply, int status) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.isProblem()).as(reply.contentType()).isTrue();
    }
}
