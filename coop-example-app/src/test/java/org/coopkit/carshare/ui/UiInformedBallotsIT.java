package org.coopkit.carshare.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.coopkit.carshare.tariffs.TariffProposal;
import org.coopkit.core.actors.Actor;
import org.coopkit.governance.GovernanceModule;
import org.coopkit.governance.ballots.Ballot;
import org.coopkit.governance.ballots.BallotSpec;
import org.coopkit.governance.tally.Method;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Informed ballots in a real browser (issue 14): the board describes a tariff ballot and attaches a
 * document, a member reads it with the tariffs side by side, asks a question, the board answers; the
 * results page shows a chart readable without colour. Every page passes axe with no serious or
 * critical violation; screenshots under target/screenshots.
 */
class UiInformedBallotsIT extends UiBrowserTest {
    static GovernanceModule gov;

    @BeforeAll
    static void setUp() {
        gov = Governance.of(app.running.app()).orElseThrow();
    }

    @Test
    void a_member_reads_the_documents_asks_a_question_and_the_board_answers() {
        var now = app.running.clock().instant();
        Ballot b = app.running.app().proposals().proposeTariff(app.running.actor(app.board),
                new TariffProposal("3.50", "0.30", "5.00", new BigDecimal("70"), "EUR"), now, now.plus(Duration.ofDays(8)));
        String id = b.id().value().toString();

        // the board writes the description and attaches the insurer's letter
        browser.logIn(app.board.email(), UiApp.PASSWORD);
        browser.open("/board/ballots/" + id + "/briefing");
        browser.type("description", "Insurance rose by **18%** this year.\n\n- per km: 0.30\n- <script>alert(1)</script>");
        browser.click(By.xpath("//button[normalize-space()='Save the description']"));
        assertThat(browser.find(By.cssSelector(".flash")).getText()).contains("Description saved");
        browser.type("title", "Insurer's letter");
        browser.type("url", "javascript:alert(1)");
        browser.click(By.xpath("//button[normalize-space()='Attach the document']"));
        assertThat(browser.find(By.id("url-error")).getText()).contains("http");
        browser.assertAccessible("board briefing with an error");
        browser.type("url", "https://coop.example/insurer-letter.pdf");
        browser.click(By.xpath("//button[normalize-space()='Attach the document']"));
        assertThat(browser.find(By.id("documents")).getText()).contains("Insurer's letter");
        browser.screenshot("board-briefing");
        browser.assertAccessible("board briefing");

        // a member reads it: description, document, the tariffs side by side
        browser.logIn(app.driver.email(), UiApp.PASSWORD);
        browser.open("/vote/" + id);
        browser.click(By.linkText("Read the description and documents"));
        assertThat(browser.find(By.cssSelector("#description strong")).getText()).isEqualTo("18%");
        assertThat(browser.find(By.id("description")).getText()).contains("<script>alert(1)</script>"); // shown as text, never run
        assertThat(browser.find(By.linkText("Insurer's letter")).getAttribute("href")).isEqualTo("https://coop.example/insurer-letter.pdf");
        assertThat(browser.find(By.id("tariff-comparison")).getText()).contains("Per km", "EUR 0.30", "EUR 3.50", "Proposed");
        browser.screenshot("ballot-documents");
        browser.assertAccessible("ballot documents");

        // and asks a question (HTML is refused with a message, nothing posted)
        browser.click(By.linkText("Questions and answers"));
        browser.type("text", "Is <b>this</b> final?");
        browser.click(By.xpath("//button[normalize-space()='Post my question']"));
        assertThat(browser.find(By.id("text-error")).getText()).contains("without HTML");
        assertThat(browser.text()).contains("No question yet");
        browser.assertAccessible("discussion with an error");
        browser.type("text", "Why does the price per km rise while fuel got cheaper?");
        browser.click(By.xpath("//button[normalize-space()='Post my question']"));
        assertThat(browser.find(By.id("comments")).getText()).contains("Alice Martin", "Why does the price per km rise");
        browser.screenshot("ballot-discussion");
        browser.assertAccessible("discussion");

        // the board answers, marked as the board's
        browser.logIn(app.board.email(), UiApp.PASSWORD);
        browser.open("/vote/" + id + "/discussion");
        browser.type(browser.find(By.cssSelector("textarea[id^=answer-]")).getAttribute("id"), "Insurance, see the letter.");
        browser.click(By.xpath("//button[normalize-space()=\"Post the board's answer\"]"));
        assertThat(browser.find(By.cssSelector(".answer")).getText()).contains("Answer from The board", "Insurance, see the letter.");
        browser.screenshot("ballot-discussion-answered");
        browser.assertAccessible("discussion answered");

        browser.logIn(app.driver.email(), UiApp.PASSWORD);
        browser.open("/vote/" + id + "/discussion");
        assertThat(browser.find(By.cssSelector(".answer")).getText()).contains("Answer from The board");
    }

    @Test
    void the_results_chart_reads_without_colour_and_is_public() {
        Actor board = app.running.actor(app.board);
        var now = app.running.clock().instant();
        Ballot b = gov.voting().createAndOpen(board, BallotSpec.choice("Which colour for the new car?", List.of("Red", "Blue", "Green"),
                Method.PLURALITY, 1, now, now.plus(Duration.ofDays(8))));
        gov.voting().castVote(app.running.actor(app.driver), b.id(), List.of("Blue"));
        gov.voting().castVote(app.running.actor(app.owner), b.id(), List.of("Blue"));
        gov.voting().castVote(app.running.actor(app.treasurer), b.id(), List.of("Red"));
        gov.voting().closeEarly(board, b.id(), "everyone on the roll has voted", true);

        browser.logOut();
        browser.open("/vote/" + b.id().value() + "/results");
        String chart = browser.find(By.cssSelector("#results-chart svg")).getAttribute("outerHTML");
        assertThat(chart).contains("role=\"img\"", "Blue", "2 (66.7%)", "Red", "1 (33.3%)", "Green", "0 (0%)", "url(#results-chart-hatch)");
        assertThat(browser.find(By.cssSelector("#results-chart title")).getAttribute("textContent")).contains("votes per choice");
        browser.screenshot("results-chart");
        browser.assertAccessible("results chart");
    }
}
