package org.coopkit.ledger.statements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coopkit.ledger.testing.LedgerFixtures.day;
import static org.coopkit.ledger.testing.LedgerFixtures.eur;
import static org.coopkit.ledger.testing.LedgerFixtures.treasurer;

import java.time.LocalDate;
import org.coopkit.core.actors.AccessDenied;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.members.Member;
import org.coopkit.core.members.MemberApplication;
import org.coopkit.core.members.PostalAddress;
import org.coopkit.core.testing.CoreFixtures;
import org.coopkit.core.testing.EachDatabase;
import org.coopkit.core.testing.TestDatabase;
import org.coopkit.ledger.patronage.PatronageKind;
import org.coopkit.ledger.patronage.RecordActivity;
import org.coopkit.ledger.testing.LedgerFixtures;
import org.coopkit.ledger.testing.LedgerFixtures.Books;

class IncomeStatementsIT {
    @EachDatabase
    void each_seller_gets_gross_activities_and_fees_per_quarter_and_missing_identity_is_flagged(TestDatabase db) {
        Books books = LedgerFixtures.books(db);
        Member olga = books.core().members().admit(Actor.system(), books.core().members().apply(Actor.anonymous(),
                MemberApplication.of("Olga Owner", "olga@example.org", "provider")
                        .withAddress(new PostalAddress("1 rue Haute", "69001", "Lyon", "FR"))
                        .withIdentity(LocalDate.of(1980, 2, 3), "FR1234567890", "FR7630006000011234567890189")
                        .withPassword(CoreFixtures.PASSWORD)).id(), "test");
        Member paul = books.member("Paul Partial", "provider");
        var patronage = books.ledger().patronage();
        patronage.record(Actor.system(), RecordActivity.byMember("t1", olga.id(), day("2026-04-03"), PatronageKind.SALES, eur("100.00")).withFees(eur("15.00")));
        patronage.record(Actor.system(), RecordActivity.byMember("t2", olga.id(), day("2026-06-30"), PatronageKind.SALES, eur("60.00")).withFees(eur("9.00")));
        patronage.record(Actor.system(), RecordActivity.byMember("t3", olga.id(), day("2026-07-01"), PatronageKind.SALES, eur("999.00")));
        patronage.record(Actor.system(), RecordActivity.byMember("t4", paul.id(), day("2026-05-05"), PatronageKind.SALES, eur("40.00")).withFees(eur("6.00")));
        patronage.record(Actor.system(), RecordActivity.byNonMember("t5", "Garage Dupont", day("2026-05-06"), PatronageKind.SALES, eur("80.00")));
        patronage.record(Actor.system(), RecordActivity.byMember("r1", paul.id(), day("2026-05-07"), PatronageKind.PURCHASES, eur("12.00")));

        IncomeStatementReport q2 = books.ledger().incomeStatements().quarter(treasurer(), 2026, 2);

        assertThat(q2.sellers()).extracting(SellerStatement::name).containsExactly("Olga Owner", "Paul Partial", "Garage Dupont");
        SellerStatement o = q2.sellers().get(0);
        assertThat(o.gross()).isEqualTo(eur("160.00"));
        assertThat(o.fees()).isEqualTo(eur("24.00"));
        assertThat(o.activities()).isEqualTo(2);
        assertThat(o.missing()).isEmpty();
        assertThat(q2.sellers().get(1).missing()).containsExactly("address", "taxId", "dateOfBirth", "iban");
        assertThat(q2.sellers().get(2).missing()).contains("taxId", "iban");
        assertThat(q2.incomplete()).isEqualTo(2);
        assertThat(IncomeStatementFormats.csv(q2)).contains("2026,2,1,").contains("Paul Partial").contains("address taxId dateOfBirth iban");
        assertThat(IncomeStatementFormats.json(q2)).contains("\"sellersWithMissingData\" : 2");
        assertThat(books.ledger().incomeStatements().forSeller(CoreFixtures.actor(books.core(), olga), olga.id(), 2026, 3).gross())
                .isEqualTo(eur("999.00"));
        assertThatThrownBy(() -> books.ledger().incomeStatements().forSeller(CoreFixtures.actor(books.core(), paul), olga.id(), 2026, 2))
                .isInstanceOf(AccessDenied.class);
    }
}
