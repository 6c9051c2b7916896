package org.example.coop;

import static org.coopkit.ledger.journal.JournalLine.credit;
import static org.coopkit.ledger.journal.JournalLine.debit;
import static org.coopkit.ledger.testing.LedgerFixtures.day;
import static org.coopkit.ledger.testing.LedgerFixtures.eur;
import static org.coopkit.ledger.testing.LedgerFixtures.treasurer;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.coopkit.core.persistence.DatabaseKind;
import org.coopkit.core.testing.TestDatabase;
import org.coopkit.core.testing.TestDatabases;
import org.coopkit.ledger.journal.PostEntry;
import org.coopkit.ledger.journal.UnbalancedEntry;
import org.coopkit.ledger.testing.LedgerFixtures;
import org.junit.jupiter.api.Test;

/** An embedding app's own test, written with the ledger's and core's test-jars. */
class BooksWithFixturesTest {
    // guide:fixtures
    @Test
    void an_unbalanced_entry_is_refused() {
        try (TestDatabase db = TestDatabases.fresh(DatabaseKind.H2)) {   // or @EachDatabase
            LedgerFixtures.Books books = LedgerFixtures.books(db);        // core + ledger, 2026 open, a clock the test moves

            assertThrows(UnbalancedEntry.class, () -> books.ledger().journal().post(treasurer(),
                    PostEntry.of("k1", day("2026-03-01"), "Trip", debit("512", eur("30.00")), credit("706", eur("29.99")))));
        }
    }
    // guide:end
}
