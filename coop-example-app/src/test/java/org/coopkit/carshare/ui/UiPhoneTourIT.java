package org.coopkit.carshare.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.coopkit.core.actors.Actor;
import org.coopkit.governance.ballots.Ballot;
import org.coopkit.governance.ballots.BallotSpec;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Every page of the member tour on a 360×740 phone: the page never scrolls sideways
 * ({@code scrollWidth <= innerWidth}), axe-core finds no serious or critical violation, and the
 * menu button opens and closes the main menu from the keyboard. Screenshots in target/screenshots.
 */
class UiPhoneTourIT extends UiBrowserTest {
    private static JavascriptExecutor js() {
        return browser.driver();
    }

    /** Sizes the window so that the page's viewport is 360×740 CSS px, whatever the browser's frame takes. */
    private static void phone() {
        browser.driver().manage().window().setSize(new Dimension(360, 740));
        long inner = ((Number) js().executeScript("return window.innerWidth;")).longValue();
        if (inner != 360) browser.driver().manage().window().setSize(new Dimension((int) (360 + (360 - inner)), 740));
        assertThat(((Number) js().executeScript("return window.innerWidth;")).longValue()).isEqualTo(360);
    }

    @Test
    void every_page_of_the_member_tour_fits_a_360_px_phone_and_passes_axe() {
        var carshare = app.running.app().carshare();
        Actor alice = app.running.actor(app.driver);
        Instant now = app.running.clock().instant();
        // a trip ended yesterday (a receipt), a booking ahead (cancel terms), an open ballot (votes)
        var past = carshare.bookings().book(alice, app.berlingo.id(), now.plus(Duration.ofHours(1)), now.plus(Duration.ofHours(3)), 20).booking();
        var ahead = carshare.bookings().book(alice, app.zoe.id(), now.plus(Duration.ofDays(3)), now.plus(Duration.ofDays(3).plusHours(2)), 20).booking();
        app.running.clock().advance(Duration.ofHours(4));
        carshare.trips().endTrip(alice, past.id(), 31);
        var gov = Governance.of(app.running.app()).orElseThrow();
        Actor board = app.running.actor(app.board);
        Instant t = app.running.clock().instant();
        Ballot ballot = gov.voting().create(board, BallotSpec.resolution("Should we add a cargo bike?", t, t.plus(Duration.ofDays(8))));
        gov.voting().open(board, ballot.id());

        browser.driver().manage().deleteAllCookies();
        phone();
        browser.open("/login");
        assertThat(((Number) js().executeScript("return document.documentElement.scrollWidth;")).longValue()).as("the login page").isLessThanOrEqualTo(360);
        browser.screenshotAt("phone360-login", 360);
        browser.assertAccessible("phone login");
        browser.logIn(app.driver.email(), UiApp.PASSWORD);
        String month = java.time.YearMonth.from(app.running.clock().instant().atZone(Ui.ZONE)).toString();
        List<String> tour = new ArrayList<>(List.of("/", "/cars", "/cars?start=2026-05-06T09:00&end=2026-05-06T12:00&km=40",
                "/cars/" + app.zoe.id().value(), "/bookings", "/bookings/" + ahead.id() + "/cancel", "/bookings/" + past.id() + "/receipt",
                "/me/trips?month=" + month, "/vote", "/vote/" + ballot.id().value(), "/me/patronage", "/me/data", "/me/sessions"));
        List<String> tooWide = new ArrayList<>();
        for (String path : tour) {
            browser.open(path);
            assertThat(browser.driver().findElements(By.tagName("h1"))).as("a page at " + path).isNotEmpty();
            long scroll = ((Number) js().executeScript("return document.documentElement.scrollWidth;")).longValue();
            long inner = ((Number) js().executeScript("return window.innerWidth;")).longValue();
            if (scroll > inner) tooWide.add(path + ": " + scroll + " px on a " + inner + " px screen");
            String name = "phone360" + path.replaceAll("[^a-zA-Z0-9]+", "-").replaceAll("-[0-9a-f]{8}-[0-9a-f-]{27}", "-id");
            browser.screenshotAt(name.length() > 60 ? name.substring(0, 60) : name, 360);
            browser.assertAccessible("phone " + path);
        }
        System.out.println("phone-tour: pages=" + tour.size() + " too-wide=" + tooWide.size());
        assertThat(tooWide).as("pages that scroll sideways at 360 px").isEmpty();

        // the menu button: the menu is folded, the keyboard opens it, Escape closes it and gives the focus back
        browser.open("/bookings");
        WebElement button = browser.find(By.cssSelector("button.menu-toggle"));
        WebElement cars = browser.find(By.cssSelector("#main-nav a[href='/cars']"));
        assertThat(button.isDisplayed()).isTrue();
        assertThat(cars.isDisplayed()).as("folded on a phone").isFalse();
        assertThat(browser.tab().getText()).isEqualTo("Skip to content");
        WebElement focused = browser.tab();
        while (!focused.equals(button)) focused = browser.tab(); // brand, then the menu button
        focused.sendKeys(Keys.ENTER);
        assertThat(button.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(cars.isDisplayed()).isTrue();
        browser.screenshotAt("phone360-menu-open", 360);
        browser.assertAccessible("phone menu open");
        browser.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);
        assertThat(button.getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(cars.isDisplayed()).isFalse();
        assertThat(browser.driver().switchTo().activeElement()).isEqualTo(button);

        // on a desktop the menu is always open and the button gone
        browser.driver().manage().window().setSize(new Dimension(1280, 900));
        assertThat(button.isDisplayed()).isFalse();
        assertThat(cars.isDisplayed()).isTrue();
    }
}
