package org.coopkit.carshare.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Finding a free car for a time, being offered another time or car on a clash, and cancelling with the terms shown first. */
class UiFindAndBookIT extends UiBrowserTest {
    private static String at(int daysAhead, int hour) {
        return LocalDateTime.of(LocalDate.of(2026, 5, 4).plusDays(daysAhead), LocalTime.of(hour, 0)).toString();
    }

    private static java.time.Instant instant(int daysAhead, int hour) {
        return LocalDateTime.parse(at(daysAhead, hour)).atZone(Ui.ZONE).toInstant();
    }

    @Test
    void a_member_searches_a_time_sees_only_the_free_cars_with_their_price_is_offered_other_slots_on_a_clash_and_cancels_after_reading_the_terms() {
        // the owner has the Zoe on day 2, 9:00 to 12:00
        app.running.app().carshare().bookings().book(app.running.actor(app.owner), app.zoe.id(), instant(2, 9), instant(2, 12), 10);

        browser.logIn(app.driver.email(), UiApp.PASSWORD);
        browser.open("/cars");
        browser.set("start", at(2, 10));
        browser.set("end", at(2, 13));
        browser.type("km", "40");
        browser.click(By.cssSelector("form.search button[type=submit]"));
        assertThat(browser.find(By.id("found-h")).getText()).startsWith("1 car free from");
        assertThat(browser.find(By.cssSelector("ul.found")).getText()).contains("Citroën Berlingo", "€24.00").doesNotContain("Renault Zoe");
        browser.screenshot("cars-search");
        browser.assertAccessible("cars search");

        // bad input: a message next to the field, the rest kept
        browser.set("end", "");
        browser.type("seats", "12");
        browser.click(By.cssSelector("form.search button[type=submit]"));
        assertThat(browser.find(By.id("seats-error")).getText()).contains("number of seats");
        assertThat(browser.find(By.id("end-error")).getText()).contains("date and time");
        assertThat(browser.find(By.id("start")).getAttribute("value")).isEqualTo(at(2, 10));
        browser.assertAccessible("cars search refused");

        // the Zoe for the taken time: refused, with the Zoe's next free 3 hours and the Berlingo proposed
        browser.open("/cars/" + app.zoe.id().value() + "?start=" + at(2, 10) + "&end=" + at(2, 13) + "&km=40");
        browser.click(By.cssSelector("button[value=book]"));
        assertThat(browser.find(By.id("start-error")).getText()).contains("already booked");
        String proposal = browser.find(By.cssSelector("section.proposal")).getText();
        assertThat(proposal).contains("Wed 6 May 2026, 12:00 to Wed 6 May 2026, 15:00", "Citroën Berlingo at Gare");
        browser.screenshot("car-clash-proposal");
        browser.screenshotPhone("car-clash-proposal-phone");
        browser.assertAccessible("car clash proposal");

        browser.click(By.cssSelector("ul.slots a"));
        assertThat(browser.find(By.id("start")).getAttribute("value")).isEqualTo(at(2, 12));
        assertThat(browser.find(By.id("end")).getAttribute("value")).isEqualTo(at(2, 15));
        browser.click(By.cssSelector("button[value=book]"));
        assertThat(browser.path()).isEqualTo("/bookings");
        assertThat(browser.find(By.cssSelector(".flash")).getText()).contains("Booked: Renault Zoe");

        // and the Berlingo for the time first asked, straight from the search
        browser.open("/cars?start=" + at(2, 10) + "&end=" + at(2, 13) + "&km=40");
        browser.click(By.cssSelector("ul.found button[value=book]"));
        assertThat(browser.find(By.cssSelector(".flash")).getText()).contains("Booked: Citroën Berlingo");
        assertThat(browser.find(By.cssSelector("ul.bookings")).getText()).as("soonest first")
                .containsSubsequence("Citroën Berlingo", "Renault Zoe");

        // cancelling is two steps: the terms, then the confirmation
        browser.click(By.xpath("(//ul[@class='bookings']//a[starts-with(normalize-space(), 'Cancel')])[1]"));
        assertThat(browser.heading()).isEqualTo("Cancel this booking?");
        assertThat(browser.text()).contains("Citroën Berlingo", "free cancellation until the start", "Cancelling now costs nothing");
        browser.screenshot("cancel-terms");
        browser.screenshotPhone("cancel-terms-phone");
        browser.assertAccessible("cancel terms");
        browser.click(By.xpath("//button[normalize-space()='Yes, cancel this booking']"));
        assertThat(browser.find(By.cssSelector(".flash")).getText()).contains("Booking cancelled");
        assertThat(browser.find(By.cssSelector("ul.bookings")).getText()).doesNotContain("Citroën Berlingo");
        assertThat(browser.text()).contains("Past bookings", "Cancelled");

        // the booking whose time has come is in progress, not "booked"
        app.running.clock().advance(Duration.between(app.running.clock().instant(), instant(2, 13))); // day 2, 13:00 Paris time
        browser.open("/bookings");
        assertThat(browser.find(By.cssSelector("ul.bookings")).getText()).contains("Renault Zoe", "In progress");
        browser.screenshot("bookings-in-progress");
    }
}
