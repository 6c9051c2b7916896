package org.coopkit.core.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.coopkit.core.members.Member;
import org.coopkit.core.testing.ApiClient;
import org.coopkit.core.testing.CoreFixtures;
import org.coopkit.core.testing.EachDatabase;
import org.coopkit.core.testing.TestDatabase;
import org.coopkit.core.web.WebLimits;

/** Tokens expire when idle and absolutely, are listed to their owner, revocable one by one or all; a password change ends the others. */
class SessionsAndTokensIT {
    private static final AuthSettings SHORT = AuthSettings.defaults().withTokens(Duration.ofMinutes(30), Duration.ofHours(8))
            .withSessions(Duration.ofMinutes(10), Duration.ofHours(1));

    @EachDatabase
    void a_token_expires_after_its_idle_time_without_use(TestDatabase db) {
        try (AuthApp app = AuthApp.start(db, SHORT, WebLimits.defaults())) {
            Member ada = CoreFixtures.admitted(app.core(), "Ada", "user");
            ApiClient api = app.api().login(ada.email(), CoreFixtures.PASSWORD);

            app.clock().advance(Duration.ofMinutes(29));
            assertThat(api.get("/api/members/me").status()).isEqualTo(200); // used: the idle time starts again
            app.clock().advance(Duration.ofMinutes(29));
            assertThat(api.get("/api/members/me").status()).isEqualTo(200);
            app.clock().advance(Duration.ofMinutes(31));
            assertThat(api.get("/api/members/me").status()).isEqualTo(401);
        }
    }

    @EachDatabase
    void a_token_expires_at_its_absolute_limit_however_much_it_is_used(TestDatabase db) {
        try (AuthApp app = AuthApp.start(db, SHORT, WebLimits.defaults())) {
            Member ada = CoreFixtures.admitted(app.core(), "Ada", "user");
            ApiClient api = app.api().login(ada.email(), CoreFixtures.PASSWORD);
            for (int i = 0; i < 19; i++) {
                app.clock().advance(Duration.ofMinutes(25));
                assertThat(api.get("/api/members/me").status()).as("after %d min", (i + 1) * 25).isEqualTo(200);
            }
            app.clock().advance(Duration.ofMinutes(25)); // 8 h 20 min after log-in
            assertThat(api.get("/api/members/me").status()).isEqualTo(401);
        }
    }

    @EachDatabase
    void a_web_session_secret_is_not_a_bearer_token(TestDatabase db) {
        try (AuthApp app = AuthApp.start(db, SHORT, WebLimits.defaults())) {
            Member ada = CoreFixtures.admitted(app.core(), "Ada", "user");
            IssuedToken session = app.core().auth().login(ada.email(), CoreFixtures.PASSWORD, null, TokenKind.SESSION, "10.0.0.1", "Firefox");
            assertThat(app.api().as(session.secret()).get("/api/members/me").status()).isEqualTo(401);
        }
    }

    @EachDatabase
    void a_member_sees_where_they_are_logged_in_and_revokes_one_or_all_others(TestDatabase db) {
        try (AuthApp app = AuthApp.start(db, SHORT, WebLimits.defaults())) {
            Member ada = CoreFixtures.admitted(app.core(), "Ada", "user");
            Member ben = CoreFixtures.admitted(app.core(), "Ben", "user");
            app.core().auth().login(ada.email(), CoreFixtures.PASSWORD, null, TokenKind.SESSION, "10.0.0.1", "Firefox");
            ApiClient laptop = app.api().login(ada.email(), CoreFixtures.PASSWORD);
            ApiClient phone = app.api().login(ada.email(), CoreFixtures.PASSWORD);
            ApiClient script = app.api().login(ada.email(), CoreFixtures.PASSWORD);
            ApiClient benApi = app.api().login(ben.email(), CoreFixtures.PASSWORD);

            JsonNode sessions = laptop.get("/api/auth/sessions").json();
            assertThat(sessions).hasSize(4);
            List<String> kinds = new ArrayList<>();
            String phoneId = null;
            for (JsonNode s : sessions) {
                kinds.add(s.get("kind").asText());
                assertThat(s.get("expiresAt").asText()).isNotBlank();
            }
            assertThat(kinds).containsExactlyInAnyOrder("SESSION", "API", "API", "API");
            assertThat(sessions.findValues("current").stream().filter(JsonNode::asBoolean)).hasSize(1);
            for (JsonNode s : phone.get("/api/auth/sessions").json()) {
                if (!s.get("current").asBoolean()) continue;
                phoneId = s.get("id").asText();
                assertThat(s.get("client").asText()).as("where it was opened").startsWith("127.0.0.1").contains("Java-http-client");
            }

            assertThat(benApi.delete("/api/auth/sessions/" + phoneId).status()).as("another member's token").isEqualTo(404);
            assertThat(phone.get("/api/members/me").status()).isEqualTo(200);
            assertThat(laptop.delete("/api/auth/sessions/" + phoneId).status()).isEqualTo(204);
            assertThat(phone.get("/api/members/me").status()).isEqualTo(401);

            assertThat(laptop.delete("/api/auth/sessions").json().get("revoked").asInt()).isEqualTo(2); // the web session and the script
            assertThat(script.get("/api/members/me").status()).isEqualTo(401);
            assertThat(laptop.get("/api/members/me").status()).isEqualTo(200);
            assertThat(laptop.get("/api/auth/sessions").json()).hasSize(1);
            assertThat(benApi.get("/api/members/me").status()).isEqualTo(200);
        }
    }

    @EachDatabase
    void changing_the_password_ends_every_other_session_and_keeps_this_one(TestDatabase db) {
        try (AuthApp app = AuthApp.start(db, SHORT, WebLimits.defaults())) {
            Member ada = CoreFixtures.admitted(app.core(), "Ada", "user");
            ApiClient here = app.api().login(ada.email(), CoreFixtures.PASSWORD);
            ApiClient stolen = app.api().login(ada.email(), CoreFixtures.PASSWORD);

            assertThat(here.put("/api/auth/password", "{\"currentPassword\":\"not my password\",\"newPassword\":\"a brand new password\"}").status())
                    .isEqualTo(422);
            assertThat(stolen.get("/api/members/me").status()).isEqualTo(200);
            assertThat(here.put("/api/auth/password", "{\"currentPassword\":\"" + CoreFixtures.PASSWORD + "\",\"newPassword\":\"a brand new password\"}")
                    .status()).isEqualTo(204);

            assertThat(stolen.get("/api/members/me").status()).isEqualTo(401);
            assertThat(here.get("/api/members/me").status()).isEqualTo(200);
            assertThat(app.api().login(ada.email(), "a brand new password").get("/api/members/me").status()).isEqualTo(200);
            assertThat(app.core().transactions().inTransaction(() -> app.core().audit().about(ada.id().toString()))).anyMatch(r -> r.action().equals("auth.password-changed"));
        }
    }
}
