package org.coopkit.carshare.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Members and the board in a real browser: log in, quote, book, end a trip; admit an applicant. */
class UiMemberJourneyIT extends UiBrowserTest {
    @Test
    void a_member_logs_in_gets_a_quote_books_a_car_and_sees_it_in_their_bookings() {
        browser.driver().manage().deleteAllCookies();
        browser.open("/bookings");
        assertThat(browser.path()).as("a page that needs a login sends to the login page").isEqualTo("/login");
        browser.assertAccessible("login");
        browser.type("email", app.driver.email());
        browser.type("password", "not the password");
        browser.click(By.cssSelector("form[action='/login'] button"));
        assertThat(browser.find(By.id("password-error")).getText()).contains("do not match");
        assertThat(browser.find(By.id("email")).getAttribute("value")).as("input kept").isEqualTo(app.driver.email());
        browser.screenshot("login-refused");

        // keyboard only: Tab from the top reaches the skip link first, Enter in the password field logs in
        assertThat(browser.tab().getText()).isEqualTo("Skip to content");
        browser.type("password", UiApp.PASSWORD);
        browser.enterIn("password");
        assertThat(browser.path()).as("back where the member wanted to go").isEqualTo("/bookings");
        assertThat(browser.text()).contains("No upcoming booking");

        browser.open("/");
        assertThat(browser.heading()).isEqualTo("Hello, Alice Martin");
        browser.screenshot("member-home");
        browser.assertAccessible("home");

        browser.click(By.cssSelector("main a[href='/me/data']"));
        assertThat(browser.heading()).isEqualTo("My data");
        assertThat(browser.text()).contains(app.driver.email());
        browser.assertAccessible("my data");

        browser.click(By.linkText("Cars & prices"));
        assertThat(browser.text()).contains("Renault Zoe", "Citroën Berlingo", "€4.00");
        browser.screenshot("cars");
        browser.screenshotPhone("cars-phone");
        browser.assertAccessible("cars");

        browser.click(By.xpath("//tr[th[normalize-space()='Renault Zoe']]//a"));
        browser.type("km", "abc");
        browser.click(By.cssSelector("button[value=quote]"));
        assertThat(browser.find(By.id("km-error")).getText()).contains("whole number");
        assertThat(browser.find(By.id("km")).getAttribute("aria-invalid")).isEqualTo("true");
        browser.screenshot("car-invalid-km");

        browser.type("km", "40");
        browser.click(By.cssSelector("button[value=quote]"));
        // tariff 4.00/h, 0.30/km, minimum 5.00, 70% to the owner: 3 h = 12.00, 40 km = 12.00
        assertThat(browser.find(By.id("quote-h")).getText()).isEqualTo("Price: €24.00");
        assertThat(browser.text()).contains("Why this price", "180 min × €4.00/h = €12.00", "€16.80");
        browser.screenshot("car-quote");
        browser.screenshotPhone("car-quote-phone");
        browser.assertAccessible("car quote");

        browser.click(By.cssSelector("button[value=book]"));
        assertThat(browser.path()).isEqualTo("/bookings");
        assertThat(browser.find(By.cssSelector(".flash")).getText()).contains("Booked: Renault Zoe", "€24.00");
        assertThat(browser.find(By.cssSelector(".booking")).getText()).contains("Renault Zoe", "Booked");
        browser.screenshot("bookings-booked");
        browser.assertAccessible("bookings");

        // the same slot again: refused next to the field, input kept
        browser.open("/cars/" + app.zoe.id().value());
        browser.click(By.cssSelector("button[value=book]"));
        assertThat(browser.find(By.id("start-error")).getText()).contains("already booked");

        // the booking starts; the member ends the trip with the km driven
        app.running.clock().advance(Duration.ofDays(1).plusHours(10));
        browser.open("/bookings");
        browser.type(browser.find(By.cssSelector("form.inline input[name=km]")).getAttribute("id"), "52");
        browser.click(By.cssSelector("form.inline button"));
        assertThat(browser.find(By.cssSelector(".flash")).getText()).contains("Trip ended: 52 km");
        // the end of the trip is its receipt: the price and why, the tariff version and hash, the split, the co-op
        assertThat(browser.path()).endsWith("/receipt");
        assertThat(browser.heading()).isEqualTo("Trip receipt");
        String hash = app.running.app().carshare().tariffs().version(1).hash();
        // 3 h = 12.00, 52 km × 0.30 = 15.60: 27.60, 70 % = 19.32 to the owner, 8.28 to the co-op
        assertThat(browser.find(By.id("price-h")).getText()).isEqualTo("Price: €27.60");
        assertThat(browser.text()).contains("Why this price", "180 min × €4.00/h = €12.00", "52 km × €0.30/km = €15.60",
                "€19.32", "€8.28", "Tariff version 1", hash, "Autopartage Coopératif (SCIC)");
        browser.screenshot("trip-receipt");
        browser.screenshotPhone("trip-receipt-phone");
        browser.assertAccessible("trip receipt");
        String pdf = pdfText(browser.find(By.linkText("Download the receipt (PDF)")).getAttribute("href"));
        assertThat(pdf).contains("Price: €27.60", "To the car's owner: €19.32", "To the co-op: €8.28", hash, "Alice Martin");

        browser.click(By.linkText("My trips of that month"));
        assertThat(browser.heading()).isEqualTo("My trips, May 2026");
        assertThat(browser.text()).contains("Renault Zoe", "€27.60");
        browser.assertAccessible("trips of a month");
        assertThat(pdfText(browser.find(By.linkText("Download as PDF")).getAttribute("href"))).contains("Total: €27.60");

        browser.open("/bookings");
        assertThat(browser.text()).contains("Ended", "Driver");
        browser.screenshot("bookings-trip-ended");
        browser.click(By.xpath("//table//a[starts-with(normalize-space(), 'Receipt')]"));
        assertThat(browser.heading()).isEqualTo("Trip receipt");

        browser.logOut();
        assertThat(browser.path()).isEqualTo("/login");
        browser.open("/bookings");
        assertThat(browser.path()).as("the session is gone after logout").isEqualTo("/login");
    }

    /** Fetches a PDF with the page's session and reads its text back with PDFBox. */
    static String pdfText(String url) {
        Object b64 = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.arrayBuffer()).then(b => {
                  let s = ''; new Uint8Array(b).forEach(x => s += String.fromCharCode(x)); done(btoa(s));
                }).catch(e => done('error: ' + e));""", url);
        try (var doc = org.apache.pdfbox.Loader.loadPDF(java.util.Base64.getDecoder().decode((String) b64))) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void the_board_admits_an_applicant() {
        browser.logIn(app.board.email(), UiApp.PASSWORD);
        browser.click(By.linkText("Board"));
        assertThat(browser.heading()).isEqualTo("Applicants waiting for admission");
        assertThat(browser.text()).contains("Emma Rossi");
        browser.screenshot("board-applicants");
        browser.assertAccessible("board applicants");

        browser.type("reason-" + app.applicant.id().value(), "Admitted at the board meeting of May");
        browser.click(By.xpath("//button[normalize-space()='Admit Emma Rossi']"));
        assertThat(browser.find(By.cssSelector(".flash")).getText()).startsWith("Emma Rossi is now member no.");
        assertThat(browser.text()).doesNotContain("Admit Emma Rossi");
        browser.screenshot("board-admitted");
    }

    @Test
    void a_member_cannot_open_board_pages_and_a_forged_form_is_refused() {
        browser.logIn(app.driver.email(), UiApp.PASSWORD);
        browser.open("/board/applicants");
        assertThat(browser.heading()).isEqualTo("You may not do this");
        assertThat(browser.text()).contains("Only the board may open this page");
        assertThat(browser.driver().getPageSource()).doesNotContain("problem+json", "Exception");
        browser.screenshot("forbidden");
        browser.assertAccessible("forbidden");

        // a POST without this session's CSRF token
        browser.open("/bookings");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("""
                const f = document.createElement('form'); f.method = 'post'; f.action = '/logout';
                const i = document.createElement('input'); i.name = '_csrf'; i.value = 'forged'; f.appendChild(i);
                document.body.appendChild(f); f.submit();""");
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> d.getTitle().startsWith("You may not"));
        assertThat(browser.heading()).isEqualTo("You may not do this");
        assertThat(browser.text()).contains("expired");

        browser.open("/no/such/page");
        assertThat(browser.heading()).isEqualTo("Page not found");
        browser.screenshot("not-found");
    }
}
