package org.coopkit.ledger.payouts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coopkit.ledger.journal.JournalLine.credit;
import static org.coopkit.ledger.journal.JournalLine.debit;
import static org.coopkit.ledger.testing.LedgerFixtures.day;
import static org.coopkit.ledger.testing.LedgerFixtures.eur;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.actors.Role;
import org.coopkit.core.members.Member;
import org.coopkit.core.members.MemberApplication;
import org.coopkit.core.members.PostalAddress;
import org.coopkit.core.testing.ApiClient;
import org.coopkit.core.testing.ApiClient.Reply;
import org.coopkit.core.testing.Concurrently;
import org.coopkit.core.testing.CoreFixtures;
import org.coopkit.core.testing.EachDatabase;
import org.coopkit.core.testing.TestDatabase;
import org.coopkit.core.web.ApiServer;
import org.coopkit.core.web.CoreFeature;
import org.coopkit.ledger.LedgerSettings;
import org.coopkit.ledger.accounts.AccountRef;
import org.coopkit.ledger.journal.PostEntry;
import org.coopkit.ledger.testing.LedgerFixtures;
import org.coopkit.ledger.testing.LedgerFixtures.Books;
import org.coopkit.ledger.testing.Pain001Schema;
import org.coopkit.ledger.web.LedgerFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Issue 13: payout runs pay owners' payouts and refunds once, list who cannot be paid, and give a SEPA pain.001 file valid against the ISO 20022 schema. */
class PayoutIT {
    static final Currency EUR = Currency.getInstance("EUR");
    static final DebtorAccount BANK = new DebtorAccount("Autopartage Coopératif", "FR7630001007941234567890185", "");

    @EachDatabase
    void a_payout_run_retried_20_times_concurrently_pays_once_and_its_pain001_adds_up_to_the_posted_total(TestDatabase db) throws Exception {
        Books books = LedgerFixtures.books(db, db.config().withPoolSize(8), LedgerSettings.defaults().withBankAccount(BANK));
        Actor tess = CoreFixtures.actor(books.core(), CoreFixtures.admittedWithRole(books.core(), "Tess Treasurer", "worker", Role.TREASURER));
        Member olga = withIban(books, "Olga Öwner", "olga@example.org", "FR76 3000 6000 0112 3456 7890 189");
        Member paul = books.member("Paul Partial", "provider");
        var journal = books.ledger().journal();
        journal.post(tess, PostEntry.of("trip-1", day("2026-05-03"), "Trip", debit("512", eur("100.00")), credit("467", olga.id(), eur("70.00")),
                credit("708", eur("30.00"))));
        journal.post(tess, PostEntry.of("trip-2", day("2026-05-04"), "Trip", debit("512", eur("50.00")), credit("467", paul.id(), eur("35.00")),
                credit("708", eur("15.00"))));
        journal.post(tess, PostEntry.of("refund", day("2026-05-05"), "Refund due", debit("120", eur("12.34")), credit("4551", olga.id(), eur("12.34"))));
        PayoutService payouts = books.ledger().payouts();
        assertThat(payouts.due(tess, Optional.empty())).hasSize(3);

        var outcomes = Concurrently.run(20, 8, i -> payouts.run(tess, "2026-06-payouts", Optional.empty(), LocalDate.of(2026, 6, 3)));

        assertThat(outcomes).allSatisfy(o -> assertThat(o.error()).as(String.valueOf(o.error())).isNull());
        assertThat(outcomes.stream().map(o -> o.value().entry()).distinct()).hasSize(1);
        PayoutRun run = outcomes.get(0).value();
        assertThat(run.paid()).extracting(PayoutRun.Line::name, PayoutRun.Line::amount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Olga Öwner", eur("12.34")), org.assertj.core.groups.Tuple.tuple("Olga Öwner", eur("70.00")));
        assertThat(run.notPayable()).singleElement().satisfies(l -> {
            assertThat(l.name()).isEqualTo("Paul Partial");
            assertThat(l.iban()).isEmpty();
        });
        assertThat(journal.page(tess, 0, 100).entries()).filteredOn(e -> e.memo().startsWith("Payout run")).hasSize(1);
        var tb = journal.trialBalance(tess, day("2026-06-30"));
        assertThat(tb.balance(AccountRef.of("467", olga.id()), EUR).isZero()).isTrue();
        assertThat(tb.balance(AccountRef.of("4551", olga.id()), EUR).isZero()).isTrue();
        assertThat(tb.balance(AccountRef.of("467", paul.id()), EUR)).as("Paul has no IBAN: still due").isEqualTo(eur("-35.00"));
        assertThat(tb.balance(AccountRef.of("512"), EUR)).isEqualTo(eur("150.00").minus(eur("82.34")));

        String xml = Pain001.xml(run, BANK);
        assertThat(Pain001Schema.errors(xml)).as("valid against the ISO 20022 pain.001.001.09 schema").isEmpty();
        Document doc = parse(xml);
        Element root = doc.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo("urn:iso:std:iso:20022:tech:xsd:pain.001.001.09");
        assertThat(childNames(first(root, "CstmrCdtTrfInitn"))).containsExactly("GrpHdr", "PmtInf");
        assertThat(childNames(first(root, "GrpHdr"))).containsExactly("MsgId", "CreDtTm", "NbOfTxs", "CtrlSum", "InitgPty");
        assertThat(childNames(first(root, "PmtInf"))).containsExactly("PmtInfId", "PmtMtd", "NbOfTxs", "CtrlSum", "PmtTpInf", "ReqdExctnDt",
                "Dbtr", "DbtrAcct", "DbtrAgt", "ChrgBr", "CdtTrfTxInf", "CdtTrfTxInf");
        assertThat(childNames(first(root, "CdtTrfTxInf"))).containsExactly("PmtId", "Amt", "Cdtr", "CdtrAcct", "RmtInf");
        BigDecimal sum = BigDecimal.ZERO;
        var amounts = doc.getElementsByTagNameNS(Pain001.NAMESPACE, "InstdAmt");
        for (int i = 0; i < amounts.getLength(); i++) sum = sum.add(new BigDecimal(amounts.item(i).getTextContent()));
        assertThat(sum).isEqualByComparingTo("82.34").isEqualByComparingTo(first(root, "CtrlSum").getTextContent());
        assertThat(first(root, "NbOfTxs").getTextContent()).isEqualTo("2");
        assertThat(xml).contains("<IBAN>FR7630006000011234567890189</IBAN>", "<Nm>Olga Owner</Nm>", "<Dt>2026-06-03</Dt>").doesNotContain("Paul");

        // what is left: Paul, not payable; a run that pays nothing gives no file
        PayoutRun second = payouts.run(tess, "2026-07-payouts", Optional.empty(), null);
        assertThat(second.entry()).isEmpty();
        assertThat(second.notPayable()).hasSize(1);
        assertThatThrownBy(() -> Pain001.xml(second, BANK)).isInstanceOf(PayoutRefused.class);
        assertThatThrownBy(() -> payouts.run(tess, "olga-again", Optional.of(olga.id()), null)).isInstanceOf(PayoutRefused.class)
                .hasMessageContaining("nothing is due");
    }

    @EachDatabase
    void over_http_the_treasurer_runs_a_payout_a_member_sees_theirs_and_bad_input_is_refused(TestDatabase db) {
        Books books = LedgerFixtures.books(db, db.config(), LedgerSettings.defaults().withBankAccount(BANK));
        Member tess = CoreFixtures.admittedWithRole(books.core(), "Tess Treasurer", "worker", Role.TREASURER);
        Member olga = withIban(books, "Olga Owner", "olga@example.org", "FR7630006000011234567890189");
        books.ledger().journal().post(Actor.system(), PostEntry.of("trip-1", day("2026-05-03"), "Trip", debit("512", eur("100.00")),
                credit("467", olga.id(), eur("70.00")), credit("708", eur("30.00"))));
        try (ApiServer server = ApiServer.start(0, new ResourceConfig()
                .register(new CoreFeature(books.core())).register(new LedgerFeature(books.ledger())))) {
            ApiClient api = new ApiClient(server.baseUri());
            ApiClient treasurer = api.login(tess.email(), CoreFixtures.PASSWORD);
            ApiClient member = api.login(olga.email(), CoreFixtures.PASSWORD);

            assertProblem(member.post("/api/ledger/payouts", "{\"key\":\"r1\"}"), 403);
            assertProblem(treasurer.post("/api/ledger/payouts", "{\"key\":\"bad key!\"}"), 422);
            assertProblem(treasurer.post("/api/ledger/payouts", "{\"key\":\"r1\",\"executionDate\":\"2020-01-01\"}"), 422);
            assertProblem(treasurer.post("/api/ledger/payouts", "{\"key\":\"r1\",\"member\":\"nobody\"}"), 404);
            assertThat(books.ledger().journal().page(Actor.system(), 0, 10).total()).as("nothing changed on bad input").isEqualTo(1);
            assertThat(treasurer.get("/api/ledger/payouts/due").json()).hasSize(1);
            Reply run = treasurer.post("/api/ledger/payouts", "{\"key\":\"r1\",\"executionDate\":\"2026-06-05\"}");
            assertThat(run.status()).as(run.body()).isEqualTo(200);
            assertThat(run.json().get("totalPaid").get("amount").asText()).isEqualTo("70.00");
            assertThat(treasurer.post("/api/ledger/payouts", "{\"key\":\"r1\"}").json().get("entryId").asLong())
                    .isEqualTo(run.json().get("entryId").asLong());
            Reply xml = treasurer.get("/api/ledger/payouts/r1/pain.001", "application/xml");
            assertThat(xml.status()).isEqualTo(200);
            assertThat(xml.body()).contains("<CtrlSum>70.00</CtrlSum>");
            assertThat(Pain001Schema.errors(xml.body())).as("valid against the ISO 20022 pain.001.001.09 schema").isEmpty();
            assertProblem(treasurer.get("/api/ledger/payouts/nope/pain.001", "application/xml"), 404);
            assertProblem(member.get("/api/ledger/payouts/r1"), 403);
            Reply mine = member.get("/api/ledger/payouts/me");
            assertThat(mine.json()).hasSize(1);
            assertThat(mine.json().get(0).get("status").asText()).isEqualTo("PAID");
            assertThat(mine.json().get(0).get("executionDate").asText()).isEqualTo("2026-06-05");
        }
    }

    static Member withIban(Books books, String name, String email, String iban) {
        return books.core().members().admit(Actor.system(), books.core().members().apply(Actor.anonymous(),
                MemberApplication.of(name, email, "provider").withAddress(new PostalAddress("1 rue Haute", "69001", "Lyon", "FR"))
                        .withIdentity(LocalDate.of(1980, 2, 3), "1234567890123", iban).withPassword(CoreFixtures.PASSWORD)).id(), "test");
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    static Element first(Element root, String name) {
        return (Element) root.getElementsByTagNameNS(Pain001.NAMESPACE, name).item(0);
    }

    static List<String> childNames(Element e) {
        List<String> names = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) if (n instanceof Element c) names.add(c.getLocalName());
        return names;
    }

    private static void assertProblem(Reply reply, int status) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.isProblem()).as(reply.contentType()).isTrue();
    }
}
