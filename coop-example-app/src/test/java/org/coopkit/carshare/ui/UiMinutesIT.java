package org.coopkit.carshare.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.coopkit.core.actors.Actor;
import org.coopkit.governance.GovernanceModule;
import org.coopkit.governance.assemblies.Assembly;
import org.coopkit.governance.assemblies.AssemblyKind;
import org.coopkit.governance.ballots.Ballot;
import org.coopkit.governance.ballots.BallotSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The minutes of an assembly held on its second call (issue 14): a page a member reads, and a PDF read back with PDFBox. */
class UiMinutesIT extends UiBrowserTest {
    static GovernanceModule gov;

    @BeforeAll
    static void setUp() {
        gov = Governance.of(app.running.app()).orElseThrow();
    }

    @Test
    void a_member_reads_the_minutes_of_an_assembly_held_on_second_call_as_a_page_and_as_a_pdf() throws Exception {
        Actor board = app.running.actor(app.board);
        var now = app.running.clock().instant();
        Assembly a = gov.assemblies().convene(board, AssemblyKind.ORDINARY, "Annual general meeting 2026", LocalDate.ofInstant(now, java.time.ZoneOffset.UTC),
                now.plus(Duration.ofDays(15)), now.plus(Duration.ofDays(22)));
        Ballot accounts = gov.assemblies().addOpenResolution(board, a.id(), BallotSpec.resolution("Approve the 2025 accounts", now,
                a.firstCallAt().plus(Duration.ofHours(3))));
        app.running.clock().advance(Duration.ofDays(15).plusHours(1));
        gov.assemblies().close(board, a.id(), Assembly.Call.FIRST); // nobody took part: adjourned to the second call
        app.running.clock().advance(Duration.ofDays(7));
        gov.voting().castVote(app.running.actor(app.driver), accounts.id(), List.of("yes"));
        gov.assemblies().close(board, a.id(), Assembly.Call.SECOND); // no quorum on second call for an ordinary assembly

        browser.logIn(app.driver.email(), UiApp.PASSWORD);
        browser.open("/assemblies/" + a.id() + "/minutes");
        assertThat(browser.find(By.id("calls")).getText()).contains("First call", "Not reached", "Second call", "Reached");
        assertThat(browser.find(By.id("resolutions")).getText()).contains("Approve the 2025 accounts", "Adopted", "yes 1",
                "weighted by voting college decides");
        browser.screenshot("assembly-minutes");
        browser.assertAccessible("assembly minutes");

        String cookies = browser.driver().manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; "));
        HttpResponse<byte[]> pdf = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(
                URI.create(app.base().replaceAll("/$", "") + "/assemblies/" + a.id() + "/minutes.pdf")).header("Cookie", cookies).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Minutes: Annual general meeting 2026", "First call", "0 of 4 members on the roll took part",
                    "quorum NOT reached", "Second call", "1 of 4 members", "quorum reached", "Approve the 2025 accounts", "Result: ADOPTED",
                    "weighted by voting college decides");
        }
    }
}
