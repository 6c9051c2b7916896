package org.coopkit.carshare.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.coopkit.carshare.trips.WorkLog;
import org.coopkit.core.actors.Actor;
import org.coopkit.governance.ballots.Ballot;
import org.coopkit.governance.ballots.BallotSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The board's pages in French and in English in a real browser: ballots, a ballot's description and documents,
 * proposals, roles and work to approve, each at 360 px with no sideways scroll, no missing key, no serious axe
 * violation and words of its language (not of the other); a refused French form answers in French next to its field
 * and changes nothing; the words of the library modules (majority, college, yes/no) read in French on the results.
 */
class UiBoardLanguagesIT extends UiBrowserTest {
    static Ballot open;
    static Ballot closed;

    @BeforeAll
    static void data() {
        var gov = Governance.of(app.running.app()).orElseThrow();
        Actor board = app.running.actor(app.board);
        Instant now = app.running.clock().instant();
        open = gov.voting().createAndOpen(board, BallotSpec.resolution("Add a cargo bike?", now, now.plus(Duration.ofDays(30))));
        gov.voting().create(board, BallotSpec.resolution("Open on Sundays?", now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(20))));
        closed = gov.voting().createAndOpen(board, BallotSpec.resolution("Lower the minimum?", now, now.plus(Duration.ofDays(8))));
        gov.voting().castVote(app.running.actor(app.driver), closed.id(), List.of("yes"));
        gov.voting().castVote(app.running.actor(app.owner), open.id(), List.of("no"));
        app.running.clock().advance(Duration.ofDays(9));
        gov.voting().close(board, closed.id());
        app.running.app().carshare().trips().logWork(app.running.actor(app.driver), WorkLog.Kind.CLEANING, 45,
                LocalDate.now(app.running.clock().withZone(Ui.ZONE)), null, "Vacuumed the Zoe");
    }

    @Test
    void the_board_reads_its_pages_in_french_and_in_english_at_phone_width() {
        String id = open.id().value().toString();
        // each page with a phrase of each language: {path, English, French}
        List<String[]> pages = List.of(
                new String[]{"/board/ballots", "New ballot", "Nouveau scrutin"},
                new String[]{"/board/ballots/" + id + "/briefing", "Save the description", "Enregistrer la description"},
                new String[]{"/board/proposals", "Put the tariff to the vote", "Soumettre le tarif au vote"},
                new String[]{"/board/roles", "another board member decides", "un autre administrateur décide"},
                new String[]{"/board/work", "min of cleaning", "min de nettoyage"});
        try {
            for (String lang : List.of("fr", "en")) {
                browser.logIn(app.board.email(), UiApp.PASSWORD);
                if (!lang().equals(lang)) browser.click(UiBrowser.language(lang.equals("fr") ? "Français" : "English"));
                assertThat(lang()).isEqualTo(lang);
                browser.viewport(360, 740);
                for (String[] page : pages) visit(page[0], lang, lang.equals("fr") ? page[2] : page[1], lang.equals("fr") ? page[1] : page[2]);
            }
        } finally {
            browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        }
    }

    @Test
    void french_board_pages_word_statuses_turnout_roles_and_dates_in_french() {
        logInFrench();
        browser.open("/board/ballots");
        assertThat(browser.heading()).isEqualTo("Scrutins");
        assertThat(text()).contains("Pour, contre ou abstention", "brouillon", "ouvert", "clos", "1 sur 4 (25 %)", "Description et documents")
                .containsPattern("du [a-z]{3}\\. \\d{1,2} [a-zéû]+\\.? 20\\d\\d \\d\\d:\\d\\d au ");
        browser.open("/board/roles");
        assertThat(browser.heading()).isEqualTo("Fonctions");
        browser.set("role-" + app.treasurer.id(), "BOARD");
        browser.click(By.cssSelector("form[action='/board/roles/" + app.treasurer.id() + "/grant'] button"));
        assertThat(browser.find(By.cssSelector(".flash")).getText()).isEqualTo("David Nguyen a désormais la fonction « conseil d'administration ».");
        assertThat(text()).contains("trésorier ✕");
        browser.click(By.cssSelector("form[action='/board/roles/" + app.treasurer.id() + "/revoke'] input[value=BOARD] ~ button"));
        assertThat(browser.find(By.cssSelector(".flash")).getText()).contains("n'a plus la fonction « conseil d'administration »");
        browser.open("/board/work");
        assertThat(text()).contains("Alice Martin : 45 min de nettoyage le ");
        browser.open("/lang?to=en");
    }

    @Test
    void a_refused_french_ballot_form_answers_next_to_its_field_and_creates_nothing() {
        var gov = Governance.of(app.running.app()).orElseThrow();
        int before = gov.voting().all(Actor.system()).size();
        logInFrench();
        browser.open("/board/ballots");
        browser.type("seats", "deux");
        browser.click(By.xpath("//button[normalize-space()='Créer le scrutin']"));
        assertThat(browser.find(By.id("seats-error")).getText()).contains("Indiquez un nombre entier de sièges");
        browser.type("seats", "1");
        browser.type("question", "");
        browser.click(By.xpath("//button[normalize-space()='Créer le scrutin']"));
        assertThat(browser.find(By.id("question-error")).getText()).contains("Rédigez la question en 1 à 500 caractères");
        browser.screenshot("fr-board-ballot-refused");
        browser.assertAccessible("scrutin refusé");
        assertThat(gov.voting().all(Actor.system())).as("nothing created").hasSize(before);
        browser.open("/lang?to=en");
    }

    @Test
    void the_results_word_the_majority_the_colleges_and_the_answers_in_french() {
        logInFrench();
        browser.open("/vote/" + closed.id().value() + "/results");
        assertThat(browser.find(By.id("outcome")).getText()).contains("(plus de la moitié des suffrages exprimés (les abstentions ne sont pas des suffrages exprimés))");
        assertThat(browser.find(By.id("decides")).getText()).startsWith("Le résultat pondéré par collège de vote décide");
        assertThat(text()).contains("Conducteurs", "pour", "contre", "abstention").doesNotContain("votes cast", "drivers");
        browser.assertAccessible("résultats");
        browser.open("/lang?to=en");
    }

    private static void logInFrench() {
        browser.logIn(app.board.email(), UiApp.PASSWORD);
        if (!lang().equals("fr")) browser.click(UiBrowser.language("Français"));
        assertThat(lang()).isEqualTo("fr");
    }

    /** One page in one language: its words, no missing key, no sideways scroll at 360 px, a screenshot and axe. */
    private static void visit(String path, String lang, String expected, String otherLanguage) {
        browser.open(path);
        assertThat(lang()).as(path).isEqualTo(lang);
        assertThat(text()).as(path).contains(expected).doesNotContain(otherLanguage, "⟦");
        assertThat(browser.scrollsSideways()).as(path + " scrolls sideways at 360 px; wider than the screen: " + wider()).isFalse();
        String name = lang + "-360" + path.replaceAll("[^a-zA-Z0-9]+", "-").replaceAll("-[0-9a-f]{8}-[0-9a-f-]{27}", "-id");
        browser.screenshotAt(name.length() > 60 ? name.substring(0, 60) : name, 360);
        browser.assertAccessible(lang + " " + path);
    }

    /** What makes a page scroll sideways: the elements whose content is widest. */
    private static String wider() {
        return String.valueOf(browser.driver().executeScript("return Array.from(document.querySelectorAll('body *'))"
                + ".filter(e => e.getBoundingClientRect().right > window.innerWidth && !e.closest('.table-wrap'))"
                + ".map(e => [Math.round(e.getBoundingClientRect().right), e.tagName + (e.id ? '#' + e.id : '') + (e.className ? '.' + e.className : '')])"
                + ".sort((x, y) => y[0] - x[0]).slice(0, 8).map(x => x[1] + ' ' + x[0] + 'px').join(', ')"));
    }

    private static String lang() {
        return browser.find(By.tagName("html")).getAttribute("lang");
    }

    private static String text() {
        return browser.text().replace('\u00a0', ' ').replace('\u202f', ' ').replaceAll("\\s+", " ");
    }
}
