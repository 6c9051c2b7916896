package org.coopkit.carshare.ui;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.coopkit.carshare.PageClient;
import org.coopkit.carshare.bookings.Booking;
import org.coopkit.core.actors.Role;
import org.coopkit.core.members.Member;
import org.coopkit.core.testing.ApiClient;
import org.coopkit.core.testing.ApiClient.Reply;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The web session and the API kept apart, the login page throttled in words, form posts with the
 * wrong content type refused as 415 (never a 500, nothing in the error log), the board's role page.
 */
class WebSecurityIT extends UiHttpTest {
    private static String sessionOf(Member m) throws Exception {
        HttpResponse<String> r = pages.logIn(m.email(), UiApp.PASSWORD);
        assertThat(r.statusCode()).isEqualTo(303);
        return PageClient.cookie(r);
    }

    @Test
    void the_session_cookie_alone_never_drives_the_api_whatever_the_path_form() throws Exception {
        Member ada = app.running.member("Ada Cookie", "user");
        ApiClient adaApi = new ApiClient(app.server.baseUri()).login(ada.email(), UiApp.PASSWORD);
        String start = app.running.clock().instant().plus(Duration.ofDays(3)).toString();
        String end = app.running.clock().instant().plus(Duration.ofDays(3)).plus(Duration.ofHours(2)).toString();
        Reply booked = adaApi.post("/api/bookings", "{\"vehicleId\":\"%s\",\"start\":\"%s\",\"end\":\"%s\",\"estimatedKm\":10}"
                .formatted(app.berlingo.id(), start, end));
        assertThat(booked.status()).as(booked.body()).isEqualTo(201);
        String id = booked.json().get("booking").get("id").asText();
        String cookie = sessionOf(ada);
        assertThat(pages.get("/bookings", cookie).statusCode()).as("the cookie works on the pages").isEqualTo(200);

        List<String> spellings = List.of("/api;x=1/bookings/" + id + "/cancellation", "/api/bookings;x=1/" + id + "/cancellation",
                "//api/bookings/" + id + "/cancellation", "/api%2Fbookings/" + id + "/cancellation", "/api%2fbookings%2f" + id + "%2fcancellation",
                "/%61pi/bookings/" + id + "/cancellation", "/api./bookings/" + id + "/cancellation", "/API/bookings/" + id + "/cancellation",
                "/Api;jsessionid=1/bookings/" + id + "/cancellation", "/./api/bookings/" + id + "/cancellation",
                "/x/../api/bookings/" + id + "/cancellation", "/api/bookings/" + id + "/cancellation;x=1", "/api/bookings/" + id + "/cancellation");
        for (String path : spellings) {
            HttpResponse<String> r = pages.post(path, cookie, "application/json", null);
            assertThat(r.statusCode()).as(path + " → " + r.body()).isIn(400, 401, 404);
            assertThat(r.statusCode()).as(path).isNotEqualTo(500);
        }
        Booking after = app.running.app().carshare().bookings().get(app.running.actor(ada), new org.coopkit.carshare.bookings.BookingId(
                java.util.UUID.fromString(id)));
        assertThat(after.status().name()).isNotEqualTo("CANCELLED");
        assertThat(adaApi.post("/api;x=1/bookings/" + id + "/cancellation", null).status()).as("a bearer token does it").isEqualTo(200);
    }

    @Test
    void the_login_page_says_in_words_to_wait_after_five_wrong_passwords() throws Exception {
        Member bea = app.running.member("Bea Forgetful", "user");
        for (int i = 1; i <= 5; i++) assertThat(pages.logIn(bea.email(), "wrong password " + i).statusCode()).isEqualTo(401);
        HttpResponse<String> sixth = pages.logIn(bea.email(), "wrong password 6");
        assertThat(sixth.statusCode()).isEqualTo(429);
        assertThat(sixth.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(sixth.headers().firstValue("Retry-After")).isPresent();
        assertThat(sixth.body()).contains("Too many attempts to log in").contains("try again");
        assertThat(pages.logIn(bea.email(), UiApp.PASSWORD).statusCode()).as("even the right one, for now").isEqualTo(429);
        app.running.clock().advance(Duration.ofMinutes(1));
        assertThat(pages.logIn(bea.email(), UiApp.PASSWORD).statusCode()).isEqualTo(303);
    }

    @Test
    void a_form_post_with_a_wrong_or_missing_content_type_is_415_never_a_500_nor_a_logged_stack_trace() throws Exception {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        root.addAppender(log);
        try {
            String cookie = sessionOf(app.board);
            String[][] posts = {{"/login", ""}, {"/logout", cookie}, {"/board/roles/" + app.driver.id() + "/grant", cookie},
                    {"/me/sessions/revocation", cookie}, {"/board/applicants/" + app.applicant.id() + "/admission", cookie}};
            String[] types = {null, "text/plain", "application/json", "multipart/form-data; boundary=x", "application/xml", "garbage"};
            for (String[] p : posts) {
                for (String type : types) {
                    HttpResponse<String> r = pages.post(p[0], p[1], type, "email=a&password=b&_csrf=x&role=TREASURER");
                    // an unparseable type ("garbage") is a bad request; any other non-form type is unsupported
                    assertThat(r.statusCode()).as(p[0] + " as " + type).isEqualTo("garbage".equals(type) ? 400 : 415);
                    assertThat(r.headers().firstValue("Content-Type").orElse("")).as(p[0]).startsWith("text/html");
                }
            }
            assertThat(app.running.app().core().auth().roles(org.coopkit.core.actors.Actor.system(), app.driver.id())).doesNotContain(Role.TREASURER);
            assertThat(log.list).filteredOn(e -> e.getLevel().isGreaterOrEqual(Level.WARN))
                    .extracting(ILoggingEvent::getFormattedMessage).isEmpty();
        } finally {
            root.detachAppender(log);
        }
    }

    @Test
    void the_board_grants_and_revokes_roles_on_its_page_but_never_its_own() throws Exception {
        String cookie = sessionOf(app.board);
        HttpResponse<String> page = pages.get("/board/roles", cookie);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(app.driver.name()).contains("your own roles: another board member decides");
        String csrf = page.body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");

        HttpResponse<String> granted = pages.post("/board/roles/" + app.driver.id() + "/grant", cookie, "application/x-www-form-urlencoded",
                "_csrf=" + csrf + "&role=TREASURER");
        assertThat(granted.statusCode()).isEqualTo(303);
        assertThat(app.running.app().core().auth().roles(org.coopkit.core.actors.Actor.system(), app.driver.id())).contains(Role.TREASURER);
        HttpResponse<String> revoked = pages.post("/board/roles/" + app.driver.id() + "/revoke", cookie, "application/x-www-form-urlencoded",
                "_csrf=" + csrf + "&role=TREASURER");
        assertThat(revoked.statusCode()).isEqualTo(303);
        assertThat(app.running.app().core().auth().roles(org.coopkit.core.actors.Actor.system(), app.driver.id())).doesNotContain(Role.TREASURER);

        HttpResponse<String> self = pages.post("/board/roles/" + app.board.id() + "/grant", cookie, "application/x-www-form-urlencoded",
                "_csrf=" + csrf + "&role=TREASURER");
        assertThat(self.statusCode()).isEqualTo(403);
        assertThat(self.body()).contains("Nobody grants or revokes their own roles");
        assertThat(app.running.app().core().auth().roles(org.coopkit.core.actors.Actor.system(), app.board.id())).containsExactly(Role.BOARD);
        assertThat(pages.get("/board/roles", sessionOf(app.driver)).statusCode()).as("a member").isEqualTo(403);
    }

    @Test
    void a_member_sees_their_sessions_and_closes_the_others() throws Exception {
        Member cy = app.running.member("Cy Travels", "user");
        String here = sessionOf(cy);
        String there = sessionOf(cy);
        new ApiClient(app.server.baseUri()).login(cy.email(), UiApp.PASSWORD);
        HttpResponse<String> page = pages.get("/me/sessions", here);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Web session").contains("API token").contains("(this one)");
        String csrf = page.body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");

        HttpResponse<String> closed = pages.post("/me/sessions/revocation", here, "application/x-www-form-urlencoded", "_csrf=" + csrf);
        assertThat(closed.statusCode()).isEqualTo(303);
        assertThat(pages.get("/me/sessions", there).statusCode()).as("the other browser is logged out").isEqualTo(303);
        assertThat(pages.get("/me/sessions", here).statusCode()).isEqualTo(200);
        assertThat(app.running.app().core().auth().sessions(app.running.actor(cy))).hasSize(1);

        String other = sessionOf(cy);
        HttpResponse<String> wrong = pages.post("/me/sessions/password", here, "application/x-www-form-urlencoded",
                "_csrf=" + csrf + "&currentPassword=not+mine&newPassword=a+brand+new+password");
        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(wrong.body()).contains("This is not your current password.");
        HttpResponse<String> changed = pages.post("/me/sessions/password", here, "application/x-www-form-urlencoded",
                "_csrf=" + csrf + "&currentPassword=" + URLEncoder.encode(UiApp.PASSWORD, StandardCharsets.UTF_8) + "&newPassword=a+brand+new+password");
        assertThat(changed.statusCode()).isEqualTo(303);
        assertThat(pages.get("/me/sessions", other).statusCode()).as("the other browser is logged out").isEqualTo(303);
        assertThat(pages.get("/me/sessions", here).statusCode()).as("this one stays").isEqualTo(200);
        assertThat(pages.logIn(cy.email(), "a brand new password").statusCode()).isEqualTo(303);
    }
}
