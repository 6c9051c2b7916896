package org.coopkit.carshare.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;
import org.coopkit.core.members.MemberId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The layout's FR/EN switch and the member's saved language: a link (GET) sets the cookie only, for
 * anyone, so a link from another site cannot change what a member saved; the logged-in member's
 * switch is a POST form that saves the choice only with this session's CSRF token.
 */
class UiLanguageSwitchIT extends UiHttpTest {
    @AfterEach
    void forget() {
        var tx = app.running.app().core().transactions();
        tx.run(() -> tx.entityManager().createNativeQuery("delete from carshare_member_languages where member_id = ?1")
                .setParameter(1, app.driver.id().toString()).executeUpdate());
    }

    @Test
    void a_link_from_a_logged_in_member_switches_the_cookie_and_saves_nothing() {
        PageSession alice = PageSession.logIn(java.net.URI.create(app.base()), app.driver.email(), UiApp.PASSWORD, null);
        HttpResponse<String> r = alice.get("/lang?to=fr");
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("coopkit_lang=fr;"));
        assertThat(saved(app.driver.id())).as("a GET, which any site can link to, saves no preference").isEmpty();
    }

    @Test
    void the_form_without_this_sessions_token_is_refused_and_saves_nothing() {
        PageSession alice = PageSession.logIn(java.net.URI.create(app.base()), app.driver.email(), UiApp.PASSWORD, null);
        HttpResponse<String> none = alice.postRaw("/lang", Map.of("to", "fr"));
        assertThat(none.statusCode()).isEqualTo(403);
        assertThat(none.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("coopkit_lang="));
        HttpResponse<String> forged = alice.postRaw("/lang", Map.of("to", "fr", "_csrf", "forged"));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(saved(app.driver.id())).isEmpty();
    }

    @Test
    void the_form_with_this_sessions_token_switches_and_saves_the_members_language() {
        PageSession alice = PageSession.logIn(java.net.URI.create(app.base()), app.driver.email(), UiApp.PASSWORD, null);
        assertThat(alice.get("/").body()).as("the logged-in switch is a form, not a link")
                .contains("<form method=\"post\" action=\"/lang\"", "name=\"to\" value=\"fr\"").doesNotContain("href=\"/lang?to=fr\"");
        HttpResponse<String> r = alice.post("/", "/lang", Map.of("to", "fr"));
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("coopkit_lang=fr;"));
        assertThat(saved(app.driver.id())).contains("fr");
        // on another browser (no cookie), the saved choice speaks
        assertThat(PageSession.logIn(java.net.URI.create(app.base()), app.driver.email(), UiApp.PASSWORD, null).get("/").body()).contains("<html lang=\"fr\">");
    }

    @Test
    void an_anonymous_visitor_keeps_the_plain_link() throws Exception {
        HttpResponse<String> login = pages.get("/login", null);
        assertThat(login.body()).contains("href=\"/lang?to=fr\"").doesNotContain("action=\"/lang\"");
    }

    private static Optional<String> saved(MemberId member) {
        return app.running.app().languages().of(member);
    }
}
