package org.coopkit.carshare.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The small pieces the pages' safety rests on: CSRF tokens, local redirects, the chart's escaping. */
class UiSafetyTest {
    @Test
    void a_csrf_token_is_bound_to_its_session_and_to_the_process_secret() {
        Csrf csrf = new Csrf();
        String token = csrf.tokenFor("ck_session-one");
        assertThat(csrf.matches("ck_session-one", token)).isTrue();
        assertThat(csrf.matches("ck_session-two", token)).as("another session's token").isFalse();
        assertThat(new Csrf().matches("ck_session-one", token)).as("another process's secret").isFalse();
        assertThat(csrf.matches("ck_session-one", "")).isFalse();
        assertThat(csrf.matches("ck_session-one", null)).isFalse();
        assertThat(csrf.matches(null, token)).isFalse();
    }

    @Test
    void after_login_a_member_is_only_ever_sent_to_a_local_page() {
        assertThat(LoginPages.safeNext("/bookings")).isEqualTo("/bookings");
        assertThat(LoginPages.safeNext("/vote/123?x=1")).isEqualTo("/vote/123?x=1");
        assertThat(LoginPages.safeNext("//evil.example/")).isEqualTo("/");
        assertThat(LoginPages.safeNext("/\\evil.example")).isEqualTo("/");
        assertThat(LoginPages.safeNext("https://evil.example/")).isEqualTo("/");
        assertThat(LoginPages.safeNext("/login?next=/x")).isEqualTo("/");
        assertThat(LoginPages.safeNext(null)).isEqualTo("/");
    }

    @Test
    void the_chart_labels_every_bar_with_its_amount_escapes_text_and_scales_bars_to_the_largest() {
        BarChart chart = BarChart.of("c", "Allocation <2026>", "desc & more", List.of(
                new BarChart.Value("Reserve \"legal\"", new BigDecimal("100.00"), "EUR 100.00"),
                new BarChart.Value("Refunds", new BigDecimal("50.00"), "EUR 50.00"),
                new BarChart.Value("Nothing", BigDecimal.ZERO, "EUR 0.00"),
                new BarChart.Value("<script>alert(1)</script>", new BigDecimal("-5.00"), "EUR -5.00")));
        gg.jte.output.StringOutput out = new gg.jte.output.StringOutput();
        gg.jte.TemplateEngine.createPrecompiled(gg.jte.ContentType.Html).render("tag/chart.jte", java.util.Map.of("chart", chart), out);
        String svg = out.toString();
        assertThat(svg).contains("role=\"img\"", "aria-labelledby=\"c-t c-d\"", "<title id=\"c-t\">Allocation &lt;2026&gt;</title>",
                "desc &amp; more", ">Reserve \"legal\"<", ">EUR 100.00<", ">EUR 50.00<", ">EUR 0.00<", ">EUR -5.00<");
        assertThat(svg).doesNotContain("<2026>", "<script>");
        assertThat(svg).contains("width=\"330\"", "width=\"165\"", "width=\"0\"");
        assertThat(svg).as("each bar has its own pattern, so no colour is needed").contains("url(#c-solid)", "url(#c-hatch)", "url(#c-dots)", "url(#c-cross)");
    }

    @Test
    void a_refused_form_keeps_the_input_but_never_the_password_or_the_token() {
        var params = new jakarta.ws.rs.core.MultivaluedHashMap<String, String>();
        params.add("email", "a@b.c");
        params.add("password", "secret-secret");
        params.add("_csrf", "token");
        Form f = Form.of(params).error("email", "Enter your email address.");
        assertThat(f.value("email")).isEqualTo("a@b.c");
        assertThat(f.value("password")).isEmpty();
        assertThat(f.value("_csrf")).isEmpty();
        assertThat(f.errorOf("email")).isEqualTo("Enter your email address.");
        assertThat(f.errorOf("password")).isNull();
    }
}
