package org.example.coop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.coopkit.core.money.Money;
import org.coopkit.ledger.accounts.AccountRef;
import org.coopkit.ledger.journal.TrialBalance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerEmbeddingTest {
    @Test
    void entries_are_posted_once_and_the_trial_balance_reports_them_in_a_fresh_project(@TempDir Path dir) throws Exception {
        LedgerEmbedding.main(new String[] {dir.resolve("main").toString()});
        TrialBalance trial = LedgerEmbedding.run(dir.resolve("again"));
        assertTrue(trial.balanced());
        assertEquals(Money.of("17.60", "EUR"), trial.balance(AccountRef.of("512"), java.util.Currency.getInstance("EUR")));
    }
}
