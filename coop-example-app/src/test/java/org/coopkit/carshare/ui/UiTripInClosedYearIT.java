package org.coopkit.carshare.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.coopkit.carshare.bookings.Booking;
import org.coopkit.core.actors.Actor;
import org.coopkit.ledger.fiscal.FiscalYear;
import org.coopkit.ledger.fiscal.FiscalYearId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Issue 13: in a real browser, a trip ended after its year was closed is refused next to the km field with what to do; nothing changes. */
class UiTripInClosedYearIT {
    @Test
    void ending_a_trip_in_a_closed_year_shows_what_to_do_next_to_the_field_and_the_booking_stays_booked() {
        try (UiApp app = new UiApp()) {
            Actor driver = app.running.actor(app.driver);
            Actor treasurer = app.running.actor(app.treasurer);
            app.running.clock().set(Instant.parse("2026-12-30T10:00:00Z"));
            var booked = app.running.app().carshare().bookings().book(driver, app.zoe.id(),
                    Instant.parse("2026-12-31T09:00:00Z"), Instant.parse("2026-12-31T12:00:00Z"), 30);
            app.running.clock().set(Instant.parse("2026-12-31T12:30:00Z"));
            var years = app.running.app().ledger().fiscalYears();
            if (years.all(treasurer).stream().noneMatch(y -> y.id().equals(FiscalYearId.of(2026)))) years.open(treasurer, FiscalYear.calendar(2026));
            years.close(treasurer, FiscalYearId.of(2026), years.previewClosing(treasurer, FiscalYearId.of(2026)).fingerprint());
            long entries = app.running.app().ledger().journal().page(treasurer, 0, 1).total();

            try (UiBrowser browser = new UiBrowser(app.base())) {
                browser.logIn(app.driver.email(), UiApp.PASSWORD);
                browser.open("/bookings");
                String field = browser.find(By.cssSelector("form.inline input[name=km]")).getAttribute("id");
                browser.type(field, "30");
                browser.click(By.cssSelector("form.inline button"));

                assertThat(browser.find(By.id(field + "-error")).getText())
                        .contains("books for 2026 are closed", "booking stays open", "ask the treasurer or the board to reopen fiscal year 2026");
                assertThat(browser.find(By.id(field)).getAttribute("aria-invalid")).isEqualTo("true");
                assertThat(browser.find(By.id(field)).getAttribute("value")).as("the input is kept").isEqualTo("30");
                // not ended: past its start the booking shows "In progress" (its phase), never "Ended"
                assertThat(browser.find(By.cssSelector(".booking")).getText()).contains("Renault Zoe", "In progress").doesNotContain("Ended");
                browser.screenshot("trip-in-closed-year");
                browser.assertAccessible("trip refused in a closed year");
            }
            assertThat(app.running.app().carshare().bookings().get(driver, booked.booking().id()).status()).isEqualTo(Booking.Status.BOOKED);
            assertThat(app.running.app().ledger().journal().page(treasurer, 0, 1).total()).isEqualTo(entries);
        }
    }
}
