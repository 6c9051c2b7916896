package org.coopkit.carshare.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.coopkit.core.actors.Actor;
import org.coopkit.governance.ballots.Ballot;
import org.coopkit.governance.ballots.BallotSpec;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * A proxy as people use it: the giver finds the member they trust by name on the ballot's roll, the
 * holder accepts, votes for the giver, and neither page then offers what would be refused.
 */
class UiProxyByNameIT {
    @Test
    void a_member_gives_a_proxy_by_name_the_holder_accepts_and_votes_and_nothing_refused_is_offered() {
        try (UiApp app = new UiApp(); UiBrowser browser = new UiBrowser(app.base())) {
            Actor board = app.running.actor(app.board);
            var now = app.running.clock().instant();
            Ballot b = app.running.app().governance().voting().createAndOpen(board,
                    BallotSpec.resolution("Buy a cargo bike?", now, now.plus(Duration.ofDays(8))));
            String page = "/vote/" + b.id().value();

            // Alice looks for Bruno by the first letters of his last name, no membership number; the cap is shown
            browser.logIn(app.driver.email(), UiApp.PASSWORD);
            browser.open(page);
            assertThat(browser.text()).contains("A member carries at most 1 mandate(s) in this ballot");
            browser.type("find", "zz");
            browser.click(By.xpath("//button[normalize-space()='Find']"));
            assertThat(browser.find(By.id("find-error")).getText()).contains("No member on this ballot's roll");
            browser.type("find", "lef");
            browser.click(By.xpath("//button[normalize-space()='Find']"));
            assertThat(browser.find(By.cssSelector("label[for='holder-0']")).getText()).isEqualTo("Bruno Lefèvre");
            browser.screenshot("proxy-find-by-name");
            browser.assertAccessible("proxy find by name");
            browser.click(By.xpath("//button[normalize-space()='Give my proxy']"));
            assertThat(browser.find(By.cssSelector(".flash")).getText()).contains("Proxy asked of Bruno Lefèvre");
            assertThat(browser.text()).contains("You asked Bruno Lefèvre to vote for you: waiting for their answer.");

            // Bruno sees the request; before he accepts, no "vote for" is offered
            browser.logIn(app.owner.email(), UiApp.PASSWORD);
            browser.open(page);
            assertThat(browser.text()).contains("Alice Martin asks you to vote for them.");
            assertThat(browser.driver().findElements(By.id("for"))).isEmpty();
            browser.screenshot("proxy-asked");
            browser.assertAccessible("proxy asked");
            browser.click(By.xpath("//button[normalize-space()='Accept to vote for Alice Martin']"));
            assertThat(browser.find(By.cssSelector(".flash")).getText()).contains("You accepted to vote for Alice Martin");
            new Select(browser.find(By.id("for"))).selectByVisibleText("Alice Martin (proxy)");
            browser.find(By.id("choice-0")).click(); // a radio: no new page
            browser.click(By.xpath("//button[normalize-space()='Cast my vote']"));
            assertThat(browser.text()).contains("Vote cast for Alice Martin (proxy)");

            // used: Bruno is not offered to vote for Alice again, Alice is not offered to revoke
            browser.open(page);
            assertThat(browser.text()).contains("Alice Martin gave you their vote. You have voted for them.");
            assertThat(browser.driver().findElements(By.xpath("//option[contains(., 'Alice Martin (proxy)')]"))).isEmpty();
            browser.logIn(app.driver.email(), UiApp.PASSWORD);
            browser.open(page);
            assertThat(browser.text()).contains("You gave your vote to Bruno Lefèvre. They have voted for you.");
            assertThat(browser.driver().findElements(By.xpath("//button[normalize-space()='Revoke the proxy']"))).isEmpty();
            browser.screenshot("proxy-used");
            browser.assertAccessible("proxy used");
            assertThat(app.running.app().governance().voting().turnout(board, b.id()).voted()).isEqualTo(1);
        }
    }
}
