package org.coopkit.core.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.coopkit.core.members.Member;
import org.coopkit.core.testing.ApiClient.Reply;
import org.coopkit.core.testing.CoreFixtures;
import org.coopkit.core.testing.EachDatabase;
import org.coopkit.core.testing.TestDatabase;

/** Log-in is throttled per account and per address: 429 with Retry-After, the same for accounts that do not exist. */
class LoginThrottlingIT {
    private static Reply login(AuthApp app, String email, String password) {
        return app.api().post("/api/auth/token", "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
    }

    private static void tooMany(Reply r) {
        assertThat(r.status()).as(r.body()).isEqualTo(429);
        assertThat(r.isProblem()).isTrue();
        assertThat(r.json().get("code").asText()).isEqualTo("too-many-login-attempts");
        assertThat(r.retryAfter()).isPresent();
        assertThat(Long.parseLong(r.retryAfter().get())).isBetween(1L, 60L);
    }

    @EachDatabase
    void the_sixth_wrong_password_within_a_minute_gets_429_with_retry_after_even_with_the_right_password(TestDatabase db) {
        try (AuthApp app = AuthApp.start(db)) {
            Member ada = CoreFixtures.admitted(app.core(), "Ada", "user");
            for (int i = 1; i <= 5; i++) assertThat(login(app, ada.email(), "wrong password " + i).status()).isEqualTo(401);
            tooMany(login(app, ada.email(), "wrong password 6"));
            tooMany(login(app, ada.email(), CoreFixtures.PASSWORD));

            app.clock().advance(Duration.ofMinutes(1));
            assertThat(login(app, ada.email(), CoreFixtures.PASSWORD).status()).isEqualTo(201);
        }
    }

    @EachDatabase
    void an_unknown_account_is_throttled_exactly_like_a_known_one(TestDatabase db) {
        try (AuthApp app = AuthApp.start(db)) {
            Member ben = CoreFixtures.admitted(app.core(), "Ben", "user");
            login(app, "warm-up@example.org", "wrong password");
            long known = 0;
            long unknown = 0;
            for (int i = 1; i <= 5; i++) { // interleaved, so warm-up and load fall on both alike
                boolean knownFirst = i % 2 == 0; // the first of a pair runs slower on a busy machine: alternate
                long t0 = System.nanoTime();
                Reply first = login(app, knownFirst ? ben.email() : "nobody@example.org", "wrong password " + i);
                long t1 = System.nanoTime();
                Reply second = login(app, knownFirst ? "nobody@example.org" : ben.email(), "wrong password " + i);
                long t2 = System.nanoTime();
                known += knownFirst ? t1 - t0 : t2 - t1;
                unknown += knownFirst ? t2 - t1 : t1 - t0;
                Reply k = knownFirst ? first : second;
                Reply u = knownFirst ? second : first;
                assertThat(u.status()).isEqualTo(401);
                assertThat(k.status()).isEqualTo(401);
                assertThat(u.body()).isEqualTo(k.body());
            }
            tooMany(login(app, "nobody@example.org", "wrong password 6"));
            tooMany(login(app, ben.email(), "wrong password 6"));
            System.out.printf("[login timing] mean wrong-password answer: known account %d ms, unknown account %d ms%n",
                    known / 5 / 1_000_000, unknown / 5 / 1_000_000);
        }
    }

    @EachDatabase
    void many_accounts_from_one_address_are_throttled_by_address(TestDatabase db) {
        try (AuthApp app = AuthApp.start(db)) {
            int perAddress = app.core().auth().settings().attemptsPerAddress();
            for (int i = 0; i < perAddress; i++) {
                assertThat(login(app, "guess" + i + "@example.org", "wrong password").status()).isEqualTo(401);
            }
            tooMany(login(app, "guess-next@example.org", "wrong password"));
        }
    }

    @EachDatabase
    void successful_log_ins_do_not_use_up_the_allowance(TestDatabase db) {
        try (AuthApp app = AuthApp.start(db)) {
            Member ada = CoreFixtures.admitted(app.core(), "Ada", "user");
            for (int i = 0; i < 12; i++) assertThat(login(app, ada.email(), CoreFixtures.PASSWORD).status()).isEqualTo(201);
        }
    }
}
