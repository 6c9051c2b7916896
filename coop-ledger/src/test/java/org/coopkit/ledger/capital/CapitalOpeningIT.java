package org.coopkit.ledger.capital;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.coopkit.ledger.testing.LedgerFixtures.eur;

import java.time.LocalDate;
import java.util.Optional;
import org.coopkit.core.CoreModule;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.actors.Role;
import org.coopkit.core.members.Member;
import org.coopkit.core.persistence.Database;
import org.coopkit.core.statutes.CoopStatutes;
import org.coopkit.core.testing.ApiClient.Reply;
import org.coopkit.core.testing.ApiClient;
import org.coopkit.core.testing.Concurrently;
import org.coopkit.core.testing.CoreFixtures;
import org.coopkit.core.testing.EachDatabase;
import org.coopkit.core.testing.MutableClock;
import org.coopkit.core.testing.TestDatabase;
import org.coopkit.core.web.ApiServer;
import org.coopkit.core.web.CoreFeature;
import org.coopkit.ledger.LedgerModule;
import org.coopkit.ledger.accounts.AccountRef;
import org.coopkit.ledger.exports.HledgerRunner;
import org.coopkit.ledger.fiscal.FiscalYear;
import org.coopkit.ledger.fiscal.FiscalYearClosed;
import org.coopkit.ledger.fiscal.FiscalYearId;
import org.coopkit.ledger.journal.JournalLine;
import org.coopkit.ledger.journal.PostEntry;
import org.coopkit.ledger.web.LedgerFeature;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * Issue 13: members' capital already in core's register when the ledger is installed comes into the books
 * through one explicit, audited opening entry (treasurer, once), after which the register-vs-books check agrees
 * and the hledger export shows it.
 */
class CapitalOpeningIT {
    record Coop(Database database, CoreModule core, MutableClock clock, Member tess, Member ana, Member ben, Member bea) {
        LedgerModule installLedger() {
            LedgerModule ledger = new LedgerModule(database, clock, core);
            ledger.fiscalYears().open(Actor.system(), FiscalYear.calendar(2026));
            return ledger;
        }
    }

    /** A co-op that ran core alone: Ana paid 40 shares (EUR 800.00), Ben subscribed 60 and paid 1,200.00 of them then 10 more unpaid. */
    static Coop coreAlone(TestDatabase db) {
        Database database = db.open(db.config().withPoolSize(8), CoreModule.SCHEMA, LedgerModule.SCHEMA);
        MutableClock clock = MutableClock.on(LocalDate.of(2026, 3, 2));
        CoreModule core = new CoreModule(database, clock, CoopStatutes.defaults());
        Member tess = CoreFixtures.admittedWithRole(core, "Tess Treasurer", "worker", Role.TREASURER);
        Member bea = CoreFixtures.admittedWithRole(core, "Bea Board", "worker", Role.BOARD);
        Member ana = CoreFixtures.admitted(core, "Ana", "user");
        Member ben = CoreFixtures.admitted(core, "Ben", "provider");
        core.capital().subscribe(Actor.system(), ana.id(), 40);
        core.capital().recordPayment(Actor.system(), ana.id(), eur("800.00"));
        core.capital().subscribe(Actor.system(), ben.id(), 70);
        core.capital().recordPayment(Actor.system(), ben.id(), eur("1200.00"));
        clock.set(LocalDate.of(2026, 6, 1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
        return new Coop(database, core, clock, tess, ana, ben, bea);
    }

    @EachDatabase
    void capital_recorded_before_the_ledger_comes_into_the_books_once_by_an_audited_opening_entry(TestDatabase db) throws Exception {
        Coop coop = coreAlone(db);
        LedgerModule ledger = coop.installLedger();
        Actor tess = CoreFixtures.actor(coop.core(), coop.tess());
        LocalDate today = LocalDate.of(2026, 6, 1);
        assertThat(coop.core().capital().checkAgainstBooks(tess, today).differences()).as("before the opening the books lack the capital")
                .extracting(d -> d.name()).containsExactlyInAnyOrder("Ana", "Ben");

        CapitalOpening.Opening preview = ledger.capitalOpening().preview(tess, null, Optional.empty());
        assertThat(preview.entryNumber()).isEmpty();
        assertThat(preview.totalHeld(eur("0").currency())).isEqualTo(eur("2000.00"));
        assertThat(preview.lines()).extracting(CapitalOpening.Opening.Line::name, CapitalOpening.Opening.Line::held, CapitalOpening.Opening.Line::unpaid)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Ana", eur("800.00"), eur("0.00")),
                        org.assertj.core.groups.Tuple.tuple("Ben", eur("1200.00"), eur("200.00")));
        assertThat(ledger.journal().page(tess, 0, 10).total()).as("a preview posts nothing").isZero();
        assertThatThrownBy(() -> ledger.capitalOpening().post(tess, null, Optional.empty(), " ")).hasMessageContaining("say why");
        assertThatThrownBy(() -> ledger.capitalOpening().post(CoreFixtures.actor(coop.core(), coop.bea()), null, Optional.empty(), "x"))
                .isInstanceOf(org.coopkit.core.actors.AccessDenied.class);

        // when the treasurer posts it, retried concurrently ten times
        var outcomes = Concurrently.run(10, 8, i -> ledger.capitalOpening().post(tess, null, Optional.empty(), "capital held before the ledger was installed"));

        // then one entry exists, the others were refused by name, and the check agrees
        assertThat(outcomes).filteredOn(Concurrently.Outcome::ok).isNotEmpty()
                .allSatisfy(o -> assertThat(o.value().entryNumber()).isEqualTo(outcomes.stream().filter(Concurrently.Outcome::ok).findFirst().orElseThrow().value().entryNumber()));
        assertThat(outcomes).filteredOn(o -> !o.ok()).allSatisfy(o -> assertThat(o.error()).isInstanceOf(CapitalOpeningRefused.class)
                .hasMessageContaining("already brought into the books"));
        assertThat(ledger.journal().page(tess, 0, 10).entries()).singleElement()
                .satisfies(e -> assertThat(e.memo()).startsWith("Opening: member capital"));
        var check = coop.core().capital().checkAgainstBooks(tess, today);
        assertThat(check.agrees()).as(String.valueOf(check.differences())).isTrue();
        assertThat(check.membersChecked()).isEqualTo(2);
        var tb = ledger.journal().trialBalance(tess, today);
        assertThat(tb.balance(AccountRef.of("512"), eur("0").currency())).isEqualTo(eur("2000.00"));
        assertThat(tb.balance(AccountRef.of("1011", coop.ben().id()), eur("0").currency())).isEqualTo(eur("-200.00"));
        assertThat(coop.core().audit().about("capital-opening")).filteredOn(r -> r.action().equals("ledger.capital-opening"))
                .singleElement().satisfies(r -> assertThat(r.data()).contains("2000.00", "capital held before the ledger was installed"));
        assertThat(ledger.capitalOpening().preview(tess, null, Optional.empty()).entryNumber()).as("the preview shows the posted entry").isPresent();
        assertThatThrownBy(() -> ledger.capitalOpening().post(tess, null, Optional.empty(), "again")).isInstanceOf(CapitalOpeningRefused.class)
                .hasMessageContaining("already brought into the books by entry");

        // later movements go through the port as usual and the check still agrees
        coop.core().capital().recordPayment(tess, coop.ben().id(), eur("200.00"));
        assertThat(coop.core().capital().checkAgainstBooks(tess, today).agrees()).isTrue();

        var hledger = HledgerRunner.find();
        if (hledger.isPresent()) {
            String journal = ledger.exports().hledger(tess, LocalDate.of(2000, 1, 1), today);
            assertThat(journal).contains("Opening: member capital held before the ledger", "1013 Member capital:M0003 Ana");
            assertThat(HledgerRunner.total(hledger.get(), journal, "equity:1013").negate()).isEqualByComparingTo("2200.00");
        }
    }

    @EachDatabase
    void over_http_the_opening_is_for_the_treasurer_bad_input_changes_nothing_and_a_second_one_is_refused(TestDatabase db) {
        Coop coop = coreAlone(db);
        LedgerModule ledger = coop.installLedger();
        try (ApiServer server = ApiServer.start(0, new ResourceConfig().register(new CoreFeature(coop.core())).register(new LedgerFeature(ledger)))) {
            ApiClient api = new ApiClient(server.baseUri());
            ApiClient treasurer = api.login(coop.tess().email(), CoreFixtures.PASSWORD);
            ApiClient member = api.login(coop.ana().email(), CoreFixtures.PASSWORD);
            ApiClient board = api.login(coop.bea().email(), CoreFixtures.PASSWORD);

            assertProblem(api.post("/api/ledger/capital-opening", "{\"reason\":\"x\"}"), 401);
            assertProblem(member.post("/api/ledger/capital-opening", "{\"reason\":\"x\"}"), 403);
            assertProblem(member.get("/api/ledger/capital-opening"), 403);
            assertProblem(board.post("/api/ledger/capital-opening", "{\"reason\":\"x\"}"), 403);
            assertProblem(treasurer.post("/api/ledger/capital-opening", "{}"), 422);
            assertProblem(treasurer.post("/api/ledger/capital-opening", "{\"reason\":\"x\",\"on\":\"2026-13-01\"}"), 422);
            assertProblem(treasurer.post("/api/ledger/capital-opening", "{\"reason\":\"x\",\"on\":\"2027-01-01\"}"), 422);
            assertProblem(treasurer.post("/api/ledger/capital-opening", "{\"reason\":\"x\",\"against\":\"706\"}"), 422);
            assertProblem(treasurer.post("/api/ledger/capital-opening", "{\"reason\":\"x\",\"against\":\"nope\"}"), 422);
            assertProblem(treasurer.post("/api/ledger/capital-opening", "{\"reason\":"), 400);
            assertThat(ledger.journal().page(Actor.system(), 0, 10).total()).as("nothing changed on bad input").isZero();
            Reply preview = board.get("/api/ledger/capital-opening");
            assertThat(preview.status()).as(preview.body()).isEqualTo(200);
            assertThat(preview.json().get("posted").asBoolean()).isFalse();
            assertThat(preview.json().get("totalHeld").get("amount").asText()).isEqualTo("2000.00");
            assertThat(board.get("/api/ledger/capital-check").json().get("agrees").asBoolean()).isFalse();

            Reply posted = treasurer.post("/api/ledger/capital-opening", "{\"reason\":\"capital held before the ledger\",\"on\":\"2026-05-31\"}");
            assertThat(posted.status()).as(posted.body()).isEqualTo(201);
            assertThat(posted.json().get("entryNumber").asLong()).isPositive();
            assertThat(posted.json().get("on").asText()).isEqualTo("2026-05-31");
            assertThat(board.get("/api/ledger/capital-check").json().get("agrees").asBoolean()).isTrue();
            Reply again = treasurer.post("/api/ledger/capital-opening", "{\"reason\":\"again\"}");
            assertProblem(again, 409);
            assertThat(again.body()).contains("capital-opening-posted");
            assertThat(ledger.journal().page(Actor.system(), 0, 10).total()).isEqualTo(1);
        }
    }

    /**
     * One rule for a closed year: the opening is refused with the same year and the same suggested open
     * year as any posting on that day (the journal's calendar), not a rule of its own; nothing is posted.
     */
    @EachDatabase
    void an_opening_dated_in_a_closed_year_is_refused_as_any_posting_on_that_day_is(TestDatabase db) {
        Coop coop = coreAlone(db);
        LedgerModule ledger = new LedgerModule(coop.database(), coop.clock(), coop.core());
        Actor tess = CoreFixtures.actor(coop.core(), coop.tess());
        for (int y : new int[] {2025, 2026, 2027}) ledger.fiscalYears().open(Actor.system(), FiscalYear.calendar(y));
        var years = ledger.fiscalYears();
        years.close(tess, FiscalYearId.of(2025), years.previewClosing(tess, FiscalYearId.of(2025)).fingerprint());
        LocalDate inClosedYear = LocalDate.of(2025, 12, 31);

        Throwable posting = catchThrowable(() -> ledger.journal().post(tess, PostEntry.of("probe", inClosedYear, "probe",
                JournalLine.debit("512", eur("1.00")), JournalLine.credit("1013", coop.ana().id(), eur("1.00")))));
        Throwable opening = catchThrowable(() -> ledger.capitalOpening().post(tess, inClosedYear, Optional.empty(), "capital held before the ledger"));

        assertThat(posting).isInstanceOf(FiscalYearClosed.class);
        assertThat(opening).isInstanceOf(FiscalYearClosed.class).hasMessage(posting.getMessage());
        assertThat(((FiscalYearClosed) opening).details()).isEqualTo(((FiscalYearClosed) posting).details())
                .containsEntry("openYear", FiscalYearId.of(2026).value());
        assertThat(ledger.journal().page(tess, 0, 10).total()).as("nothing posted").isZero();
    }

    @EachDatabase
    void with_every_movement_already_in_the_books_there_is_nothing_to_open(TestDatabase db) {
        var books = org.coopkit.ledger.testing.LedgerFixtures.books(db);
        Member ana = books.member("Ana", "user");
        books.core().capital().subscribe(Actor.system(), ana.id(), 5);
        books.core().capital().recordPayment(Actor.system(), ana.id(), eur("100.00"));

        assertThatThrownBy(() -> books.ledger().capitalOpening().post(Actor.system(), null, Optional.empty(), "just in case"))
                .isInstanceOf(CapitalOpeningRefused.class).hasMessageContaining("already agree");
        assertThat(books.ledger().journal().page(Actor.system(), 0, 10).total()).isEqualTo(2);
    }

    private static void assertProblem(Reply reply, int status) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.isProblem()).as(reply.contentType()).isTrue();
    }
}
