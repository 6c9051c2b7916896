package org.coopkit.carshare.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coopkit.core.actors.Actor;
import org.coopkit.ledger.fiscal.FiscalYear;
import org.coopkit.ledger.fiscal.FiscalYearId;
import org.coopkit.ledger.fiscal.FiscalYearStatus;
import org.junit.jupiter.api.Test;

/** The treasurer's reopening form on a year whose accounts the members approved: the refusal next to the reason, in words; the year stays closed. */
class ReopenApprovedYearPageIT extends UiHttpTest {
    @Test
    void reopening_an_approved_year_on_the_treasurers_page_shows_why_next_to_the_reason_and_changes_nothing() throws Exception {
        Actor treasurer = app.running.actor(app.treasurer);
        var years = app.running.app().ledger().fiscalYears();
        FiscalYearId y2025 = FiscalYearId.of(2025);
        years.open(treasurer, FiscalYear.calendar(2025));
        years.close(treasurer, y2025, years.previewClosing(treasurer, y2025).fingerprint());
        Instant now = app.running.clock().instant();
        var b = app.running.app().proposals().proposeAccountsApproval(app.running.actor(app.board), 2025, now, now.plus(Duration.ofDays(8)));
        app.running.app().governance().voting().castVote(app.running.actor(app.driver), b.id(), List.of("yes"));
        app.running.clock().advance(Duration.ofDays(9));
        app.running.app().governance().voting().closeDue();

        String session = pages.session(app.treasurer.email());
        HttpResponse<String> form = pages.get("treasurer/years/2025/reopening", session);
        assertThat(form.statusCode()).as(form.body()).isEqualTo(200);
        HttpResponse<String> refused = pages.post("treasurer/years/2025/reopening", session, "application/x-www-form-urlencoded",
                "_csrf=" + URLEncoder.encode(csrf(form.body()), StandardCharsets.UTF_8) + "&reason=" + URLEncoder.encode("a late invoice", StandardCharsets.UTF_8));

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(refused.body()).contains("id=\"reason-error\"", "The members approved this year", "accounts by a vote", "can no longer be reopened")
                .doesNotContain("Exception");
        assertThat(years.get(treasurer, y2025).status()).isEqualTo(FiscalYearStatus.CLOSED);
    }

    private static String csrf(String html) {
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).as(html).isTrue();
        return m.group(1);
    }
}
