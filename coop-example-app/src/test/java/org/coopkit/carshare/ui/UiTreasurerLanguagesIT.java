package org.coopkit.carshare.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.NumberFormat;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.csv.CsvCells;
import org.coopkit.core.members.Member;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The treasurer's pages in French and in English in a real browser (words from the bundles, money
 * and dates as each language writes them, the one chart template, no serious axe violation), and
 * the redistribution CSV downloaded from the French page opened as a French spreadsheet opens it:
 * a byte order mark, {@code ;} between cells, figures with a decimal comma that
 * {@code NumberFormat(Locale.FRANCE)} reads, and a member's formula-looking name kept as text.
 */
class UiTreasurerLanguagesIT extends UiBrowserTest {
    static final String HOSTILE = "=SUM(1+1) Eve";
    /** A member's internal id, as the exports for accounting software write it: never on a page. */
    static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @BeforeAll
    static void data() {
        Member eve = app.running.member(HOSTILE, "user");
        for (Member m : List.of(app.driver, eve)) {
            Actor driver = app.running.actor(m);
            Instant start = app.running.clock().instant().plus(Duration.ofHours(1));
            var booked = app.running.app().carshare().bookings().book(driver, app.zoe.id(), start, start.plus(Duration.ofHours(3)), 40);
            app.running.clock().advance(Duration.ofHours(5));
            app.running.app().carshare().trips().endTrip(driver, booked.booking().id(), 40);
        }
    }

    @Test
    void the_treasurer_reads_every_page_in_french_and_downloads_a_french_spreadsheet() throws Exception {
        browser.logIn(app.treasurer.email(), UiApp.PASSWORD);
        browser.open("/lang?to=fr");
        assertThat(browser.lang()).isEqualTo("fr");
        browser.open("/treasurer");
        assertThat(browser.heading()).isEqualTo("Comptes et excédent");
        assertThat(browser.plainText()).contains("Exercices", "ouvert", "Répartition", "Projet de résolution", "1 janv. 2026");
        browser.assertAccessible("trésorerie");

        browser.click(By.xpath("//a[starts-with(normalize-space(), 'Répartition')]"));
        assertThat(browser.heading()).isEqualTo("Répartition de l'exercice 2026");
        assertThat(browser.find(By.cssSelector("figure svg[role=img] title")).getAttribute("textContent")).startsWith("Affectation du résultat 2026");
        assertThat(UiBrowser.plain(browser.find(By.cssSelector("figure svg[role=img] desc")).getAttribute("textContent"))).contains(" €");
        String total = UiBrowser.plain(browser.find(By.id("total-to-members")).getText());
        assertThat(total).matches("[\\d ]+,\\d{2} €");
        assertThat(browser.plainText()).contains("Ce que reçoit chaque sociétaire", "Ristourne", "Intérêt aux parts sociales");
        // the library's steps, rules and policy worded by their codes, not its English
        assertThat(browser.plainText()).contains("Réserve légale", "Réserve statutaire impartageable", "loi de 1947, art. 16", "SCIC (au moins 57,5 % aux réserves impartageables)")
                .doesNotContain("Legal reserve", "Patronage refunds", "at least 15%");
        assertThat(browser.find(By.cssSelector("figure svg[role=img] desc")).getAttribute("textContent")).contains("Réserve légale");
        browser.screenshot("fr-treasurer-redistribution");
        browser.assertAccessible("répartition");

        String href = browser.find(By.linkText("Télécharger le CSV")).getAttribute("href");
        String csv = get(href);
        assertThat(csv).as("a byte order mark, so Excel reads UTF-8").startsWith("\uFEFF");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setDelimiter(';').get().parse(new StringReader(csv.substring(1))).getRecords();
        int amount = rows.get(0).toList().indexOf("amount");
        assertThat(amount).as("the header read with ';' as the separator").isPositive();
        NumberFormat french = NumberFormat.getInstance(Locale.FRANCE);
        BigDecimal sum = BigDecimal.ZERO;
        List<String> names = new ArrayList<>();
        for (CSVRecord r : rows) {
            if (!r.get(0).equals("member")) continue;
            assertThat(r.get(amount)).as("a decimal comma").matches("-?\\d+,\\d{2}");
            sum = sum.add(new BigDecimal(french.parse(r.get(amount)).toString())).setScale(2);
            names.add(r.get(2));
        }
        assertThat(sum).as("the French cells add up to the page's total").isEqualByComparingTo(number(total));
        assertThat(names).as("a typed name that looks like a formula stays text").contains("'" + HOSTILE);
        for (CSVRecord r : rows) {
            for (String cell : r) {
                if (!cell.isEmpty() && CsvCells.isFormulaStart(cell.charAt(0))) assertThat(cell).as("only figures start like a formula").matches("-\\d+(,\\d+)?");
            }
        }

        browser.click(By.linkText("Projet de résolution"));
        assertThat(browser.heading()).isEqualTo("Projet de résolution : affectation du résultat 2026");
        browser.assertAccessible("projet de résolution");
        browser.open("/treasurer/years/2026/accounts");
        assertThat(browser.heading()).isEqualTo("Comptes annuels 2026");
        assertThat(browser.plainText()).contains("Bilan au 31 déc. 2026", "Équilibré", "Banque", "Reversements aux propriétaires à payer", "capitaux propres",
                "Résultat de l'exercice (en cours)", "Commissions perçues").doesNotContain("Owner payouts payable", "equity", "(open)");
        browser.assertAccessible("comptes annuels");
        assertThat(get(browser.find(By.linkText("Télécharger le CSV")).getAttribute("href"))).startsWith("\uFEFF").contains(";");
        browser.click(By.linkText("Balance générale"));
        assertThat(browser.plainText()).contains("Équilibrée", "Banque", "Commissions perçues").doesNotContain("Commissions payable", "Bank");
        // a member's sub-account named by its holder and membership number, never by the member's internal id
        assertThat(browser.find(By.xpath("//tr[th[normalize-space()='Reversements aux propriétaires à payer']]/td[1]")).getText())
                .isEqualTo("467 · Bruno Lefèvre, n° " + app.owner.membershipNumber().orElseThrow());
        assertThat(browser.plainText()).doesNotContainPattern(UUID).doesNotContain(app.owner.id().toString());
        browser.assertAccessible("balance générale");
        browser.click(By.linkText("Versements"));
        assertThat(browser.heading()).isEqualTo("Versements");
        assertThat(browser.find(By.id("due")).getText()).contains("manquant : non payable");
        browser.assertAccessible("versements");
        browser.click(By.linkText("Relevés de revenus"));
        assertThat(browser.heading()).isEqualTo("Relevés des revenus perçus via la plateforme");
        assertThat(browser.plainText()).contains("Bruno Lefèvre", "payé par les conducteurs");
        browser.assertAccessible("relevés de revenus");
        browser.type("quarter", "7");
        browser.click(By.xpath("//button[normalize-space()='Afficher']"));
        assertThat(browser.find(By.id("quarter-error")).getText()).contains("Choisissez un trimestre de 1 à 4");
        browser.open("/treasurer/years/2026/closing");
        assertThat(browser.heading()).isEqualTo("Clôturer l'exercice 2026");
        assertThat(browser.plainText()).contains("se termine le 31 déc. 2026");
        browser.screenshot("fr-treasurer-closing");
        browser.assertAccessible("clôture");
        browser.open("/lang?to=en");
    }

    @Test
    void the_treasurer_reads_the_same_pages_in_english_and_gets_the_plain_csv() throws Exception {
        browser.logIn(app.treasurer.email(), UiApp.PASSWORD);
        browser.open("/lang?to=en");
        assertThat(browser.lang()).isEqualTo("en");
        browser.open("/treasurer/years/2026/redistribution");
        assertThat(browser.heading()).isEqualTo("Redistribution of fiscal year 2026");
        String total = browser.find(By.id("total-to-members")).getText();
        assertThat(total).matches("€[\\d,]+\\.\\d{2}");
        browser.screenshot("en-treasurer-redistribution");
        browser.assertAccessible("redistribution");
        String csv = get(browser.find(By.linkText("Download CSV")).getAttribute("href"));
        assertThat(csv).as("plain: no byte order mark, a comma between cells").doesNotStartWith("\uFEFF").startsWith("record,");
        browser.open("/treasurer/trial-balance");
        assertThat(browser.plainText()).contains("467 · Bruno Lefèvre, no. " + app.owner.membershipNumber().orElseThrow()).doesNotContainPattern(UUID);
        for (String page : List.of("/treasurer", "/treasurer/years/2026/accounts", "/treasurer/trial-balance", "/treasurer/payouts",
                "/treasurer/income-statements", "/treasurer/years/2026/resolution")) {
            browser.open(page);
            assertThat(browser.plainText()).as(page).doesNotContain("⟦");
            browser.assertAccessible(page);
        }
    }

    @Test
    void a_car_owner_reads_their_income_statement_in_both_languages() {
        browser.logIn(app.owner.email(), UiApp.PASSWORD);
        browser.open("/lang?to=en");
        browser.open("/me/patronage"); // the page is reached from the member's patronage page
        browser.click(By.cssSelector("#income-statements-link a"));
        assertThat(browser.path()).isEqualTo("/me/income-statements");
        assertThat(browser.heading()).startsWith("Your income through the platform");
        browser.open("/me/income-statements?year=2026&quarter=" + quarter());
        assertThat(browser.heading()).startsWith("Your income through the platform, 2026");
        assertThat(browser.find(By.id("income-statement")).getText()).contains("Paid by users for your activities", "€");
        assertThat(browser.find(By.id("missing")).getText()).contains("tax identification number").doesNotContain("taxId");
        browser.assertAccessible("income statement");
        browser.click(UiBrowser.language("Français"));
        assertThat(browser.lang()).isEqualTo("fr");
        assertThat(browser.heading()).startsWith("Vos revenus via la plateforme, 2026");
        assertThat(UiBrowser.plain(browser.find(By.id("income-statement")).getText())).contains("Payé par les utilisateurs pour vos activités").containsPattern("\\d+,\\d{2} €");
        browser.screenshot("fr-income-statement");
        browser.assertAccessible("relevé de revenus");
        browser.open("/lang?to=en");
    }

    private static int quarter() {
        return (java.time.LocalDate.now(app.running.clock().withZone(Ui.ZONE)).getMonthValue() - 1) / 3 + 1;
    }

    private static String get(String href) throws Exception {
        // every cookie the browser holds, as its download would send them (the session, the language chosen with the switch)
        String cookies = browser.driver().manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
        HttpResponse<String> r = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", cookies).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body();
    }

    private static BigDecimal number(String frenchMoney) throws ParseException {
        String digits = frenchMoney.replace("€", "").replace(" ", "").strip();
        return new BigDecimal(NumberFormat.getInstance(Locale.FRANCE).parse(digits).toString()).setScale(2);
    }
}
