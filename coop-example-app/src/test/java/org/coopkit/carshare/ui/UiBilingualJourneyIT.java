package org.coopkit.carshare.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.coopkit.core.actors.Actor;
import org.coopkit.governance.ballots.Ballot;
import org.coopkit.governance.ballots.BallotSpec;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * One member journey in French and one in English (log in, find a car, book, votes, my data):
 * translated words, {@code <html lang>}, money and dates as each language writes them, and no
 * serious accessibility violation in either language. The language comes from the browser
 * ({@code Accept-Language}) until the member uses the FR/EN switch, which a cookie remembers.
 */
class UiBilingualJourneyIT extends UiBrowserTest {
    @Test
    void the_login_page_speaks_the_browsers_language_and_english_otherwise() throws IOException, InterruptedException {
        assertThat(login("fr-FR,fr;q=0.9,en;q=0.8")).contains("<html lang=\"fr\">", "Connexion", "Mot de passe");
        assertThat(login("de-DE,fr;q=0.5")).as("the first language the app speaks").contains("<html lang=\"fr\">");
        assertThat(login("en-GB,en;q=0.9,fr;q=0.8")).contains("<html lang=\"en\">", "Log in", "Password");
        assertThat(login(null)).contains("<html lang=\"en\">", "Log in");
        assertThat(login("de-DE")).contains("<html lang=\"en\">");
    }

    private static String login(String acceptLanguage) throws IOException, InterruptedException {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(app.base() + "login"));
        if (acceptLanguage != null) r.header("Accept-Language", acceptLanguage);
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(r.build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    @Test
    void a_member_finds_books_and_reads_the_app_in_french() {
        logInWithLanguage("Français", "fr");
        assertThat(browser.heading()).isEqualTo("Bonjour, Alice Martin");
        assertThat(browser.plainText()).contains("Que souhaitez-vous faire ?", "Capital social", "Mes données");
        browser.screenshot("fr-home");
        browser.assertAccessible("accueil");

        browser.click(By.linkText("Voitures et tarifs"));
        assertThat(browser.heading()).isEqualTo("Voitures et tarifs");
        // tariff 4.00/h, 0.30/km, minimum 5.00, 70 % to the owner, written the French way
        assertThat(browser.plainText()).contains("Par heure 4,00 €", "Par km 0,30 €", "70 % de chaque prix", "Renault Zoe", "électrique");
        browser.click(By.cssSelector("form.search button[type=submit]"));
        // tomorrow 09:00 to 12:00, 40 km: 12,00 € + 12,00 € (the other journey may have booked one of the two cars then)
        assertThat(browser.find(By.id("found-h")).getText()).matches("(2 voitures libres|1 voiture libre) du [a-z]{3}\\. \\d{1,2} [a-zéû]+\\.? 2026 09:00 au .* 12:00");
        assertThat(browser.plainText()).contains("Prix pour cette période et 40 km : 24,00 €", "Pourquoi ce prix");
        browser.screenshot("fr-cars-found");
        browser.assertAccessible("voitures libres");

        browser.click(By.xpath("//li[h3[normalize-space()='Renault Zoe']]//button[@value='book']"));
        assertThat(browser.path()).isEqualTo("/bookings");
        assertThat(UiBrowser.plain(browser.find(By.cssSelector(".flash")).getText())).startsWith("Réservé : Renault Zoe, du ").endsWith("prix estimé 24,00 €.");
        assertThat(UiBrowser.plain(browser.find(By.cssSelector(".booking")).getText())).contains("Réservée", "prix estimé 24,00 €");
        assertThat(browser.heading()).isEqualTo("Mes réservations et trajets");
        browser.screenshot("fr-bookings");
        browser.assertAccessible("réservations");

        browser.click(By.linkText("Votes"));
        assertThat(browser.heading()).isEqualTo("Votes");
        assertThat(browser.plainText()).contains("Un sociétaire, une voix");
        browser.assertAccessible("votes");

        browser.open("/me/data");
        assertThat(browser.heading()).isEqualTo("Mes données");
        assertThat(browser.plainText()).contains("Adresse e-mail", app.driver.email(), "Télécharger toutes mes données");
        browser.screenshot("fr-my-data");
        browser.assertAccessible("mes données");

        browser.open("/board/applicants");
        assertThat(browser.heading()).isEqualTo("Vous ne pouvez pas faire cela");
        assertThat(browser.plainText()).contains("réservée au conseil d'administration").doesNotContain("BOARD", "requires");
        browser.assertAccessible("refus");

        browser.click(UiBrowser.language("English"));
        assertThat(browser.lang()).isEqualTo("en");
        assertThat(browser.heading()).isEqualTo("You may not do this");
    }

    @Test
    void a_member_finds_books_and_reads_the_app_in_english() {
        logInWithLanguage("English", "en");
        assertThat(browser.heading()).isEqualTo("Hello, Alice Martin");
        browser.click(By.linkText("Cars & prices"));
        assertThat(browser.plainText()).contains("Per hour €4.00", "Per km €0.30", "70% of each price", "electric");
        browser.click(By.cssSelector("form.search button[type=submit]"));
        assertThat(browser.find(By.id("found-h")).getText()).matches("(2 cars|1 car) free from [A-Z][a-z]{2} \\d{1,2} [A-Z][a-z]{2} 2026, 09:00 to .*, 12:00");
        assertThat(browser.plainText()).contains("Price for this time and 40 km: €24.00");
        browser.screenshot("en-cars-found");
        browser.assertAccessible("free cars");

        browser.click(By.xpath("//li[h3[normalize-space()='Citroën Berlingo']]//button[@value='book']"));
        assertThat(browser.find(By.cssSelector(".flash")).getText()).startsWith("Booked: Citroën Berlingo, ").endsWith("estimated price €24.00.");
        assertThat(browser.heading()).isEqualTo("My bookings and trips");
        browser.screenshot("en-bookings");
        browser.assertAccessible("bookings");

        browser.click(By.linkText("Votes"));
        assertThat(browser.plainText()).contains("One member, one vote");
        browser.open("/me/data");
        assertThat(browser.heading()).isEqualTo("My data");
        browser.screenshot("en-my-data");
        browser.assertAccessible("my data");
    }

    @Test
    void the_language_a_member_chose_follows_them_to_another_browser() {
        browser.logIn(app.owner.email(), UiApp.PASSWORD);
        assertThat(browser.lang()).isEqualTo("en");
        browser.click(UiBrowser.language("Français"));
        assertThat(browser.lang()).isEqualTo("fr");
        assertThat(browser.heading()).isEqualTo("Bonjour, Bruno Lefèvre");
        // logIn deletes every cookie first: as on another browser, only the member's saved choice can make it French
        browser.logIn(app.owner.email(), UiApp.PASSWORD);
        assertThat(browser.lang()).as("saved with the member, not only in the cookie").isEqualTo("fr");
        assertThat(browser.heading()).isEqualTo("Bonjour, Bruno Lefèvre");
    }

    @Test
    void a_french_form_takes_a_decimal_comma_where_an_english_one_asks_for_a_point() {
        browser.logIn(app.board.email(), UiApp.PASSWORD);
        browser.open("/board/proposals");
        assertThat(browser.lang()).isEqualTo("en");
        browser.type("perHour", "3,80");
        browser.click(By.xpath("//button[normalize-space()='Put the tariff to the vote']"));
        assertThat(browser.find(By.id("perHour-error")).getText()).as("English does not guess what 3,80 means").contains("amount like 4.50");

        browser.open("/board/proposals");
        browser.click(UiBrowser.language("Français"));
        assertThat(browser.lang()).isEqualTo("fr");
        assertThat(browser.path()).isEqualTo("/board/proposals");
        browser.type("perHour", "3,80");
        browser.click(By.xpath("//button[normalize-space()='Soumettre le tarif au vote']"));
        assertThat(browser.find(By.cssSelector(".flash")).getText()).startsWith("Soumis au vote :").contains("3.80 EUR/h");
        browser.click(UiBrowser.language("English"));
    }

    @Test
    void every_newly_translated_page_reads_in_french_and_in_english_at_phone_width_with_no_serious_violation() {
        var carshare = app.running.app().carshare();
        Actor alice = app.running.actor(app.driver);
        Instant now = app.running.clock().instant();
        // a trip ended (a receipt), a booking ahead (the cancel terms), an open ballot and a closed one (results, ballot board)
        var past = carshare.bookings().book(alice, app.berlingo.id(), now.plus(Duration.ofDays(20)), now.plus(Duration.ofDays(20).plusHours(2)), 20).booking();
        var ahead = carshare.bookings().book(alice, app.zoe.id(), now.plus(Duration.ofDays(25)), now.plus(Duration.ofDays(25).plusHours(2)), 20).booking();
        var gov = Governance.of(app.running.app()).orElseThrow();
        Actor board = app.running.actor(app.board);
        Ballot open = gov.voting().createAndOpen(board, BallotSpec.resolution("Add a cargo bike?", now, now.plus(Duration.ofDays(30))));
        Ballot closed = gov.voting().createAndOpen(board, BallotSpec.resolution("Open on Sundays?", now, now.plus(Duration.ofDays(21))));
        gov.voting().castVote(alice, closed.id(), List.of("yes"));
        gov.discussion().post(alice, open.id(), "Where would it be parked?");
        app.running.clock().advance(Duration.ofDays(22));
        carshare.trips().endTrip(alice, past.id(), 31);
        gov.voting().close(board, closed.id());
        String month = java.time.YearMonth.from(past.start().atZone(Ui.ZONE)).toString();
        // each page with a phrase of each language: {path, English, French}
        List<String[]> pages = List.of(
                new String[]{"/cars/" + app.zoe.id().value(), "When and how far?", "Quand et jusqu'où ?"},
                new String[]{"/bookings/" + ahead.id() + "/cancel", "Cancel this booking?", "Annuler cette réservation ?"},
                new String[]{"/bookings/" + past.id() + "/receipt", "Why this price", "Pourquoi ce prix"},
                new String[]{"/me/trips?month=" + month, "Previous month", "Mois précédent"},
                new String[]{"/me/patronage", "My patronage and refund", "Mon activité et ma ristourne"},
                new String[]{"/me/sessions", "Where you are logged in", "Où vous êtes connecté"},
                new String[]{"/vote/" + open.id().value(), "Cast my vote", "Voter"},
                new String[]{"/vote/" + open.id().value() + "/documents", "What the board proposes", "Ce que propose le conseil d'administration"},
                new String[]{"/vote/" + open.id().value() + "/discussion", "Questions and answers", "Questions et réponses"},
                new String[]{"/vote/" + closed.id().value() + "/board", "Find my vote", "Retrouver mon vote"});
        try {
            for (String lang : List.of("fr", "en")) { // English last: Alice's saved language stays English for the other journeys
                browser.logIn(app.driver.email(), UiApp.PASSWORD);
                if (!browser.lang().equals(lang)) browser.click(UiBrowser.language(lang.equals("fr") ? "Français" : "English"));
                assertThat(browser.lang()).isEqualTo(lang);
                phone();
                for (String[] page : pages) visit(page[0], lang, lang.equals("fr") ? page[2] : page[1], lang.equals("fr") ? page[1] : page[2]);
                visit("/vote/" + closed.id().value() + "/results", lang, lang.equals("fr") ? "inscrits ont voté" : "members on the roll voted",
                        lang.equals("fr") ? "members on the roll voted" : "inscrits ont voté");
                // a date and the chart's words follow the reader's language too
                browser.open("/vote/" + open.id().value() + "/discussion");
                assertThat(UiBrowser.plain(browser.find(By.cssSelector("#comments .comment > p.muted")).getText()))
                        .matches(lang.equals("fr") ? "Alice Martin, (lun|mar|mer|jeu|ven|sam|dim)\\. \\d{1,2} [a-zéû]+\\.? 2026 \\d{2}:\\d{2}"
                                : "Alice Martin, [A-Z][a-z]{2} \\d{1,2} [A-Z][a-z]{2} 2026, \\d{2}:\\d{2}");
                browser.open("/vote/" + closed.id().value() + "/results");
                List<String> bars = browser.driver().findElements(By.cssSelector("#results-chart svg text[text-anchor=end]")).stream()
                        .map(e -> e.getAttribute("textContent")).toList();
                assertThat(bars).containsExactly(lang.equals("fr") ? new String[]{"pour", "contre", "abstention"} : new String[]{"yes", "no", "abstain"});
                assertThat(browser.find(By.cssSelector("#results-chart svg title")).getAttribute("textContent"))
                        .isEqualTo(lang.equals("fr") ? "Résultats, voix par choix" : "Results, votes per choice");
                assertThat(browser.find(By.cssSelector("#results-chart svg desc")).getAttribute("textContent"))
                        .startsWith(lang.equals("fr") ? "pour : 1 (100 %)" : "yes: 1 (100%)");
            }
        } finally {
            // whatever happened, the other journeys start from a desktop window and Alice with no saved language, as she
            // started (a saved language would outrank the switch the other journeys click on the login page)
            browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
            var tx = app.running.app().core().transactions();
            tx.run(() -> tx.entityManager().createNativeQuery("delete from carshare_member_languages where member_id = ?1")
                    .setParameter(1, app.driver.id().toString()).executeUpdate());
        }
        // the account pages, before login
        List<String[]> anonymous = List.of(new String[]{"/signup", "Join the co-op", "Demander mon adhésion"},
                new String[]{"/signup/confirm?token=expired", "Sign up again", "Refaire une demande"},
                new String[]{"/forgot-password", "Forgot your password?", "Mot de passe oublié ?"},
                new String[]{"/reset-password?token=expired", "Ask for a new link", "Demander un nouveau lien"});
        for (String lang : List.of("fr", "en")) {
            browser.driver().manage().deleteAllCookies();
            browser.open("/login");
            if (!browser.lang().equals(lang)) browser.click(UiBrowser.language(lang.equals("fr") ? "Français" : "English"));
            phone();
            for (String[] page : anonymous) visit(page[0], lang, lang.equals("fr") ? page[2] : page[1], lang.equals("fr") ? page[1] : page[2]);
            browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        }
    }

    /** One page in one language: its words, no missing key, no sideways scroll at 360 px, a screenshot and axe. */
    private static void visit(String path, String lang, String expected, String otherLanguage) {
        browser.open(path);
        assertThat(browser.lang()).as(path).isEqualTo(lang);
        String text = browser.plainText();
        assertThat(text).as(path).contains(expected).doesNotContain(otherLanguage, "⟦");
        long scroll = ((Number) browser.driver().executeScript("return document.documentElement.scrollWidth;")).longValue();
        long inner = ((Number) browser.driver().executeScript("return window.innerWidth;")).longValue();
        assertThat(scroll).as(path + " scrolls sideways at " + inner + " px; wider than the screen: " + wider()).isLessThanOrEqualTo(inner);
        String name = lang + "-360" + path.replaceAll("[^a-zA-Z0-9]+", "-").replaceAll("-[0-9a-f]{8}-[0-9a-f-]{27}", "-id");
        browser.screenshotAt(name.length() > 60 ? name.substring(0, 60) : name, 360);
        browser.assertAccessible(lang + " " + path);
    }

    /** What makes a page scroll sideways: the elements whose content is widest (a long word in a paragraph shows here). */
    private static String wider() {
        return String.valueOf(browser.driver().executeScript("return Array.from(document.querySelectorAll('main *'))"
                + ".filter(e => e.scrollWidth > window.innerWidth && !e.closest('.table-wrap'))"
                + ".map(e => [e.scrollWidth, e.tagName + (e.id ? '#' + e.id : '')]).sort((x, y) => y[0] - x[0]).slice(0, 5)"
                + ".map(x => x[1] + ' ' + x[0] + 'px').join(', ')"));
    }

    /** A 360 px wide viewport, whatever the browser's frame takes. */
    private static void phone() {
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(360, 740));
        long inner = ((Number) browser.driver().executeScript("return window.innerWidth;")).longValue();
        if (inner != 360) browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension((int) (360 + (360 - inner)), 740));
    }

    /** Logs in after choosing the language on the login page (the cookie survives the login). */
    private void logInWithLanguage(String switchLabel, String lang) {
        browser.driver().manage().deleteAllCookies();
        browser.open("/login");
        if (!browser.lang().equals(lang)) browser.click(UiBrowser.language(switchLabel));
        assertThat(browser.lang()).isEqualTo(lang);
        assertThat(browser.path()).as("the switch comes back to the page").isEqualTo("/login");
        browser.screenshot(lang + "-login");
        browser.assertAccessible("login " + lang);
        browser.type("email", app.driver.email());
        browser.type("password", UiApp.PASSWORD);
        browser.click(By.cssSelector("form[action='/login'] button[type=submit]"));
        assertThat(browser.lang()).as("the language stays after login").isEqualTo(lang);
    }
}
