package org.coopkit.carshare.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.coopkit.core.actors.Actor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;

/** The treasurer and a member on the books in a real browser, after a few trips of 2026. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UiTreasurerIT extends UiBrowserTest {
    @BeforeAll
    static void setUp() {
        Actor driver = app.running.actor(app.driver);
        int[] km = {35, 120, 8};
        for (int k : km) {
            Instant start = app.running.clock().instant().plus(Duration.ofHours(1));
            var booked = app.running.app().carshare().bookings().book(driver, app.zoe.id(), start, start.plus(Duration.ofHours(3)), k);
            app.running.clock().advance(Duration.ofHours(5));
            app.running.app().carshare().trips().endTrip(driver, booked.booking().id(), k);
        }
    }

    @Test
    @Order(1)
    void a_member_sees_their_patronage_and_expected_refund() {
        browser.logIn(app.driver.email(), UiApp.PASSWORD);
        assertThat(browser.text()).contains("Refund expected this year");
        browser.click(By.linkText("My refund"));
        assertThat(browser.heading()).isEqualTo("My patronage and refund");
        assertThat(browser.text()).contains("Trips you paid for", "Expected refund if the year closed today");
        browser.screenshot("member-patronage");
        browser.assertAccessible("member patronage");
        browser.click(By.linkText("Statement 2026"));
        assertThat(browser.heading()).isEqualTo("My statement for 2026");
        browser.find(By.cssSelector("label[for=choice-shares]")).click();
        browser.click(By.xpath("//button[normalize-space()='Save my choice']"));
        assertThat(browser.find(By.cssSelector(".flash")).getText()).contains("refund will become new shares");
        assertThat(browser.find(By.id("choice-shares")).isSelected()).isTrue();
        browser.screenshot("member-statement");
        browser.assertAccessible("member statement");
    }

    @Test
    @Order(2)
    void the_treasurer_opens_the_report_and_the_csv_adds_up_to_the_page() throws Exception {
        browser.logIn(app.treasurer.email(), UiApp.PASSWORD);
        browser.click(By.linkText("Treasurer"));
        assertThat(browser.text()).contains("2026", "open");
        browser.screenshot("treasurer-years");
        browser.assertAccessible("treasurer years");

        browser.click(By.xpath("//a[starts-with(normalize-space(), 'Redistribution')]"));
        assertThat(browser.heading()).isEqualTo("Redistribution of fiscal year 2026");
        assertThat(browser.find(By.cssSelector("figure svg[role=img] title")).getAttribute("textContent")).startsWith("Allocation of the 2026 result");
        String pageTotal = browser.find(By.id("total-to-members")).getText();
        browser.screenshot("treasurer-redistribution");
        browser.assertAccessible("redistribution report");

        String href = browser.find(By.linkText("Download CSV")).getAttribute("href");
        String cookie = browser.driver().manage().getCookieNamed("coopkit_session").getValue();
        HttpResponse<String> csv = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "coopkit_session=" + cookie).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> assertThat(v).contains("attachment"));
        List<String> lines = csv.body().lines().toList();
        List<String> header = Arrays.asList(lines.get(0).split(","));
        int amount = header.indexOf("amount");
        BigDecimal sum = lines.stream().skip(1).filter(l -> l.startsWith("member,"))
                .map(l -> new BigDecimal(l.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")[amount])).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(lines.stream().filter(l -> l.startsWith("member,"))).isNotEmpty();
        assertThat(pageTotal).as("money as English writes it").startsWith("€");
        assertThat(sum.setScale(2)).as("the CSV's members add up to the page's total").isEqualTo(new BigDecimal(pageTotal.replaceAll("[€,]", "")));

        HttpResponse<String> journal = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(URI.create(href.replace("redistribution.csv", "journal.journal")))
                .header("Cookie", "coopkit_session=" + cookie).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(journal.statusCode()).isEqualTo(200);
        assertThat(journal.body()).contains("2026-");

        browser.click(By.linkText("Draft resolution"));
        assertThat(browser.heading()).contains("Draft resolution");
        browser.assertAccessible("draft resolution");

        browser.click(By.linkText("Trial balance"));
        assertThat(browser.text()).contains("Balanced");
        browser.screenshot("treasurer-trial-balance");
        browser.assertAccessible("trial balance");

        browser.open("/treasurer/years/2026/accounts");
        assertThat(browser.text()).contains("Balanced: assets equal liabilities and equity.", "708 Commissions");
        browser.assertAccessible("annual accounts");

        browser.click(By.linkText("Payouts"));
        assertThat(browser.find(By.id("due")).getText()).contains("Bruno Lefèvre", "missing: not payable");
        browser.assertAccessible("payouts");

        browser.click(By.linkText("Income statements"));
        assertThat(browser.text()).contains("Bruno Lefèvre");
        browser.screenshot("treasurer-income-statements");
        browser.assertAccessible("income statements");
    }

    @Test
    @Order(3)
    void the_treasurer_closes_the_year_after_confirming() {
        browser.logIn(app.treasurer.email(), UiApp.PASSWORD);
        browser.open("/treasurer/years/2026/closing");
        assertThat(browser.find(By.id("not-closable")).getText()).contains("ends on 31 Dec 2026");
        app.running.clock().set(java.time.Instant.parse("2026-12-31T18:00:00Z"));
        browser.logIn(app.treasurer.email(), UiApp.PASSWORD);
        browser.open("/treasurer/years/2026/closing");
        assertThat(browser.find(By.id("closing-preview")).getText()).contains("708", "120");
        browser.click(By.xpath("//button[normalize-space()='Close 2026']"));
        assertThat(browser.find(By.id("confirm-error")).getText()).contains("Tick the box");
        browser.screenshot("treasurer-close-unconfirmed");
        browser.assertAccessible("close year");
        browser.find(By.id("confirm")).click();
        browser.click(By.xpath("//button[normalize-space()='Close 2026']"));
        assertThat(browser.find(By.cssSelector(".flash")).getText()).contains("Fiscal year 2026 is closed");
        assertThat(browser.text()).contains("closed");
        browser.screenshot("treasurer-closed");

        browser.click(By.xpath("//a[starts-with(normalize-space(), 'Reopen')]"));
        browser.click(By.xpath("//button[normalize-space()='Reopen 2026']"));
        assertThat(browser.find(By.id("reason-error")).getText()).contains("Say why");
        browser.assertAccessible("reopen year");
        browser.find(By.id("reason")).sendKeys("late supplier invoice");
        browser.click(By.xpath("//button[normalize-space()='Reopen 2026']"));
        assertThat(browser.find(By.cssSelector(".flash")).getText()).contains("open again");
        assertThat(app.running.app().core().audit().about("2026")).anySatisfy(r -> assertThat(r.data()).contains("late supplier invoice"));
    }

    @Test
    @Order(4)
    void a_member_cannot_open_the_treasurer_pages() {
        browser.logIn(app.driver.email(), UiApp.PASSWORD);
        browser.open("/treasurer/years/2026/redistribution");
        assertThat(browser.heading()).isEqualTo("You may not do this");
    }
}
