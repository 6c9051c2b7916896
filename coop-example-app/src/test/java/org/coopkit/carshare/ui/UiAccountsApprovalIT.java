package org.coopkit.carshare.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.money.Money;
import org.coopkit.governance.ballots.Ballot;
import org.coopkit.ledger.fiscal.FiscalYear;
import org.coopkit.ledger.fiscal.FiscalYearId;
import org.coopkit.ledger.journal.JournalLine;
import org.coopkit.ledger.journal.PostEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The board's accounts-approval form in a real browser (issue 14, informed ballots): the treasurer has
 * closed 2025; on the board's proposals page the board puts that year's accounts to the vote (a window
 * that ends before it starts is refused next to the field, nothing created); a member on the roll then
 * reads the income statement and the balance sheet in the ballot's documents. Every page passes axe;
 * screenshots under target/screenshots.
 */
class UiAccountsApprovalIT extends UiBrowserTest {
    @BeforeAll
    static void closeTheYear() {
        Actor treasurer = app.running.actor(app.treasurer);
        var years = app.running.app().ledger().fiscalYears();
        years.open(treasurer, FiscalYear.calendar(2025));
        var journal = app.running.app().ledger().journal();
        Money fees = Money.of("120.00", "EUR");
        Money insurance = Money.of("30.00", "EUR");
        journal.post(treasurer, PostEntry.of("ui-2025-fees", LocalDate.of(2025, 6, 30), "Trip fees", JournalLine.debit("512", fees), JournalLine.credit("706", fees)));
        journal.post(treasurer, PostEntry.of("ui-2025-insurance", LocalDate.of(2025, 9, 1), "Insurance", JournalLine.debit("622", insurance),
                JournalLine.credit("512", insurance)));
        years.close(treasurer, FiscalYearId.of(2025), years.previewClosing(treasurer, FiscalYearId.of(2025)).fingerprint());
    }

    @Test
    void the_board_puts_a_closed_years_accounts_to_the_vote_and_a_member_reads_them_in_the_documents() {
        int ballots = app.running.app().governance().voting().all(Actor.system()).size();
        browser.logIn(app.board.email(), UiApp.PASSWORD);
        browser.open("/board/proposals");
        assertThat(new Select(browser.find(By.id("accounts-year"))).getOptions()).extracting(o -> o.getText()).containsExactly("2025");
        // the window is offered filled in, as on the other proposal forms
        assertThat(browser.find(By.id("c-opens")).getAttribute("value")).startsWith("2026-05-04T");
        assertThat(browser.find(By.id("c-closes")).getAttribute("value")).isEqualTo("2026-05-18T20:00");
        browser.assertAccessible("board proposals with the accounts form");

        // a vote that closes before it opens: the message next to the field, nothing put to the vote
        browser.set("c-opens", "2026-05-05T09:00");
        browser.set("c-closes", "2026-05-01T09:00");
        browser.click(By.xpath("//button[normalize-space()='Put the accounts to the vote']"));
        assertThat(browser.find(By.id("c-closes-error")).getText()).isNotBlank();
        assertThat(app.running.app().governance().voting().all(Actor.system())).hasSize(ballots);
        browser.screenshot("accounts-approval-refused");
        browser.assertAccessible("accounts approval with an error");

        new Select(browser.find(By.id("accounts-year"))).selectByValue("2025");
        browser.set("c-opens", "2026-05-04T12:00");
        browser.set("c-closes", "2026-05-14T20:00");
        browser.click(By.xpath("//button[normalize-space()='Put the accounts to the vote']"));
        assertThat(browser.path()).isEqualTo("/board/ballots");
        assertThat(browser.find(By.cssSelector(".flash")).getText()).contains("Put to the vote", "accounts of the 2025");
        browser.screenshot("accounts-approval-put-to-the-vote");
        browser.assertAccessible("board ballots after the accounts proposal");

        Ballot ballot = app.running.app().governance().voting().all(Actor.system()).stream()
                .filter(b -> b.spec().decision().map(d -> d.kind().equals("ledger.accounts-approval")).orElse(false)).findFirst().orElseThrow();
        assertThat(ballot.spec().opensAt()).isEqualTo(Instant.parse("2026-05-04T10:00:00Z")); // Europe/Paris, summer time
        assertThat(ballot.status().name()).isEqualTo("OPEN");

        // a member on the roll reads the year's accounts before voting
        browser.logIn(app.driver.email(), UiApp.PASSWORD);
        browser.open("/vote/" + ballot.id());
        browser.click(By.linkText("Read the description and documents"));
        assertThat(browser.find(By.id("accounts-h")).getText()).isEqualTo("The accounts of the 2025 fiscal year");
        assertThat(browser.find(By.id("accounts")).getText()).contains("2025", "Income statement", "Balance sheet");
        assertThat(browser.find(By.id("accounts-income")).getText()).contains("706", "120.00", "622", "30.00");
        assertThat(browser.find(By.id("accounts-balance")).getText()).contains("512", "90.00");
        browser.screenshot("accounts-approval-documents");
        browser.assertAccessible("ballot documents with the accounts");
    }
}
