package org.coopkit.carshare.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.coopkit.core.actors.Actor;
import org.coopkit.governance.GovernanceModule;
import org.coopkit.governance.ballots.Ballot;
import org.coopkit.governance.ballots.BallotSpec;
import org.coopkit.governance.tally.Method;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** Voting in a real browser: the board opens a ballot, a member votes and keeps the receipt, finds it on the board after close. */
class UiVotingIT extends UiBrowserTest {
    static GovernanceModule gov;

    @BeforeAll
    static void setUp() {
        gov = Governance.of(app.running.app()).orElse(null);
    }

    @Test
    void a_member_votes_gets_a_receipt_and_after_close_finds_the_tracking_code_on_the_board() {
        assertThat(gov).as("coop-governance is wired into CarshareApp").isNotNull();
        // a ranked ballot, opened by the board through the service
        Actor board = app.running.actor(app.board);
        var now = app.running.clock().instant();
        Ballot approval = gov.voting().create(board, BallotSpec.choice("Which evenings should the garage open?",
                List.of("Monday", "Wednesday", "Friday"), Method.APPROVAL, 1, now, now.plus(Duration.ofDays(7))));
        gov.voting().open(board, approval.id());
        Ballot ranked = gov.voting().create(board, BallotSpec.choice("Where should the next car be?",
                List.of("Croix-Rousse", "Vaise", "Confluence"), Method.IRV, 1, now, now.plus(Duration.ofDays(7))));
        gov.voting().open(board, ranked.id());

        // the board creates and opens a yes/no ballot through the page
        browser.logIn(app.board.email(), UiApp.PASSWORD);
        browser.open("/board/ballots");
        browser.type("question", "Should we add a cargo bike?");
        browser.find(By.id("open-now")).click();
        browser.click(By.xpath("//button[normalize-space()='Create the ballot']"));
        assertThat(browser.find(By.cssSelector(".flash")).getText()).contains("Ballot created and opened");
        browser.screenshot("board-ballots");
        browser.assertAccessible("board ballots");

        // a member votes yes and keeps the tracking code
        browser.logIn(app.driver.email(), UiApp.PASSWORD);
        browser.click(By.linkText("Votes"));
        assertThat(browser.text()).contains("Should we add a cargo bike?", "Where should the next car be?");
        browser.screenshot("vote-list");
        browser.assertAccessible("vote list");
        browser.click(By.linkText("Should we add a cargo bike?"));
        browser.click(By.xpath("//button[normalize-space()='Cast my vote']"));
        assertThat(browser.find(By.id("choice-error")).getText()).contains("Choose one answer");
        browser.find(By.cssSelector("label[for=choice-0]")).click();
        browser.screenshot("vote-yes-no");
        browser.assertAccessible("vote yes/no");
        browser.click(By.xpath("//button[normalize-space()='Cast my vote']"));
        String code = browser.find(By.id("tracking-code")).getText();
        assertThat(code).matches("[0-9A-F]{5}(-[0-9A-F]{5}){3}");
        browser.screenshot("vote-receipt");
        browser.assertAccessible("vote receipt");

        // approval: tick several choices
        browser.open("/vote/" + approval.id().value());
        browser.find(By.cssSelector("label[for=choice-0]")).click();
        browser.find(By.cssSelector("label[for=choice-2]")).click();
        browser.assertAccessible("vote approval");
        browser.click(By.xpath("//button[normalize-space()='Cast my vote']"));
        assertThat(browser.find(By.id("tracking-code")).getText()).isNotBlank();

        // the ranked ballot: order the choices by giving ranks
        browser.open("/vote");
        browser.click(By.linkText("Where should the next car be?"));
        new Select(browser.find(By.id("rank-0"))).selectByVisibleText("2");
        new Select(browser.find(By.id("rank-1"))).selectByVisibleText("2");
        browser.click(By.xpath("//button[normalize-space()='Cast my vote']"));
        assertThat(browser.find(By.id("choice-error")).getText()).contains("Two choices have rank 2");
        new Select(browser.find(By.id("rank-2"))).selectByVisibleText("1");
        new Select(browser.find(By.id("rank-1"))).selectByVisibleText("Not ranked");
        browser.screenshot("vote-ranked");
        browser.assertAccessible("vote ranked");
        browser.click(By.xpath("//button[normalize-space()='Cast my vote']"));
        assertThat(browser.find(By.id("tracking-code")).getText()).isNotBlank();

        // results are hidden before close
        browser.open("/vote/" + ranked.id().value() + "/results");
        assertThat(browser.heading()).isEqualTo("This cannot be done now");

        // the car owner gives a proxy to the board member, then takes it back
        browser.logIn(app.owner.email(), UiApp.PASSWORD);
        browser.open("/vote/" + ranked.id().value());
        // the member they trust is found by name on the ballot's roll (no membership number)
        browser.type("find", "dub");
        browser.click(By.xpath("//button[normalize-space()='Find']"));
        browser.click(By.xpath("//button[normalize-space()='Give my proxy']"));
        assertThat(browser.find(By.cssSelector(".flash")).getText()).contains("Proxy asked of Chloé Dubois");
        browser.screenshot("vote-proxy-given");
        browser.click(By.xpath("//button[normalize-space()='Revoke the proxy']"));
        assertThat(browser.find(By.cssSelector(".flash")).getText()).contains("Proxy revoked");

        // the board sees turnout (no results) and closes both ballots after the voting time
        browser.logIn(app.board.email(), UiApp.PASSWORD);
        browser.open("/board/ballots");
        assertThat(browser.text()).contains("1 of 4 (25%)");
        // closing before the announced close asks why and for a confirmation, on a second page
        browser.click(By.xpath("//button[starts-with(normalize-space(), 'Close')][contains(., 'cargo bike')]"));
        assertThat(browser.heading()).isEqualTo("Close the ballot early?");
        browser.click(By.xpath("//button[normalize-space()='Close it now']"));
        assertThat(browser.find(By.id("reason-error")).getText()).contains("10 to 500 characters");
        browser.screenshot("board-close-early-confirm");
        browser.assertAccessible("close early");
        assertThat(gov.voting().all(Actor.system())).filteredOn(b -> b.spec().question().contains("cargo bike"))
                .singleElement().satisfies(b -> assertThat(b.status().name()).isEqualTo("OPEN"));
        browser.open("/board/ballots");
        // three more ranked votes, so the instant runoff needs a second round
        gov.voting().castVote(board, ranked.id(), List.of("Croix-Rousse"));
        gov.voting().castVote(app.running.actor(app.treasurer), ranked.id(), List.of("Vaise", "Confluence"));
        gov.voting().castVote(app.running.actor(app.owner), ranked.id(), List.of("Confluence"));
        app.running.clock().advance(Duration.ofDays(9));
        browser.click(By.xpath("//button[starts-with(normalize-space(), 'Close')][contains(., 'cargo bike')]"));
        assertThat(browser.find(By.id("outcome")).getText()).startsWith("Adopted");
        browser.open("/board/ballots");
        browser.click(By.xpath("//button[starts-with(normalize-space(), 'Close')][contains(., 'next car')]"));
        assertThat(browser.find(By.id("outcome")).getText()).contains("Elected: Confluence");
        assertThat(browser.find(By.tagName("table")).getText()).contains("Round 1", "Round 2");
        browser.screenshot("vote-results-ranked");
        browser.assertAccessible("results");

        assertThat(browser.find(By.id("decides")).getText()).contains("decides");
        assertThat(browser.find(By.tagName("table")).getText()).contains("Exhausted ballots");

        // the member finds their tracking code on the public board
        browser.logIn(app.driver.email(), UiApp.PASSWORD);
        browser.open("/vote");
        browser.click(By.xpath("//a[starts-with(normalize-space(), 'Ballot board')][contains(., 'cargo bike')]"));
        String boardPage = browser.path();
        browser.type("code", " " + code.toLowerCase().replace("-", " ") + " ");
        browser.click(By.xpath("//button[normalize-space()='Find my vote']"));
        assertThat(browser.find(By.id("found")).getText()).contains(code, "yes");
        assertThat(browser.text()).contains("the chain checks out");
        browser.screenshot("vote-board-found");
        browser.assertAccessible("ballot board");
        // the board and the results are public, as in the API
        browser.logOut();
        browser.open(boardPage + "?code=" + code.replace("-", ""));
        assertThat(browser.find(By.id("found")).getText()).contains(code, "yes");
        browser.open(boardPage.replace("/board", "/results"));
        assertThat(browser.find(By.id("outcome")).getText()).startsWith("Adopted");

        // the board puts a new tariff to the vote: a wrong amount comes back next to its field
        browser.logIn(app.board.email(), UiApp.PASSWORD);
        browser.open("/board/proposals");
        browser.assertAccessible("board proposals");
        browser.type("perHour", "four");
        browser.click(By.xpath("//button[normalize-space()='Put the tariff to the vote']"));
        assertThat(browser.find(By.id("perHour-error")).getText()).contains("amount like 4.50");
        assertThat(browser.find(By.id("perKm")).getAttribute("value")).as("input kept").isEqualTo("0.30");
        browser.screenshot("board-proposal-invalid");
        browser.type("perHour", "4.50");
        browser.click(By.xpath("//button[normalize-space()='Put the tariff to the vote']"));
        assertThat(browser.find(By.cssSelector(".flash")).getText()).contains("Put to the vote: Adopt the new tariff: 4.50 EUR/h");
    }

    @Test
    void the_board_convenes_an_assembly_puts_a_resolution_and_closes_it_on_a_call() {
        browser.logIn(app.board.email(), UiApp.PASSWORD);
        browser.open("/board/assemblies");
        browser.click(By.xpath("//button[normalize-space()='Convene']"));
        assertThat(browser.find(By.id("title-error")).getText()).contains("1 to 200 characters");
        browser.type("title", "Ordinary general assembly 2026");
        browser.click(By.xpath("//button[normalize-space()='Convene']"));
        assertThat(browser.find(By.cssSelector(".flash")).getText()).contains("Assembly convened");
        String assemblyPage = browser.path();
        browser.assertAccessible("assembly");

        browser.type("question", "Approve the 2025 accounts");
        browser.click(By.xpath("//button[normalize-space()='Put on the agenda and open the vote']"));
        assertThat(browser.text()).contains("Approve the 2025 accounts", "open");
        browser.click(By.xpath("//button[normalize-space()='Close the assembly']"));
        assertThat(browser.find(By.id("confirm-error")).getText()).contains("Tick the box");
        browser.find(By.id("confirm")).click();
        browser.click(By.xpath("//button[normalize-space()='Close the assembly']"));
        assertThat(browser.find(By.id("confirm-error")).getText()).contains("cannot be closed before");

        // on the first call's date nobody has voted: quorum not reached, shown as a warning, adjourned to the second call
        app.running.clock().advance(java.time.Duration.ofDays(16));
        browser.open(assemblyPage);
        browser.find(By.id("confirm")).click();
        browser.click(By.xpath("//button[normalize-space()='Close the assembly']"));
        assertThat(browser.find(By.id("outcome")).getText()).contains("Quorum not reached", "adjourned to the second call");
        assertThat(browser.find(By.id("outcome")).getAttribute("class")).isEqualTo("problem");
        assertThat(browser.text()).contains("Approve the 2025 accounts", "open");
        browser.screenshot("board-assembly-adjourned");
        browser.assertAccessible("assembly adjourned");

        // the second call has no quorum for an ordinary assembly: it closes and counts
        app.running.clock().advance(java.time.Duration.ofDays(7));
        browser.open(assemblyPage);
        browser.find(By.id("call-2")).click();
        browser.find(By.id("confirm")).click();
        browser.click(By.xpath("//button[normalize-space()='Close the assembly']"));
        assertThat(browser.find(By.cssSelector(".flash")).getText()).contains("Quorum reached on second call", "0 of 1 resolution(s) adopted");
        browser.screenshot("board-assembly-closed");
        browser.open("/board/assemblies");
        browser.assertAccessible("assemblies");
    }
}
