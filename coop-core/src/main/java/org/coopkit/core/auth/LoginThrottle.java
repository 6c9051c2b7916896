package org.coopkit.core.auth;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.coopkit.core.errors.RetryLater;

/**
 * Failed log-ins, counted per account and per client address ({@link RateLimit}). An attempt
 * takes a token from both before the password is checked (so 50 concurrent guesses cannot all
 * slip through); a successful log-in gives them back. An empty bucket refuses with 429 and
 * {@code Retry-After}, whether the account exists or not.
 */
public final class LoginThrottle {
    private final RateLimit accounts;
    private final RateLimit addresses;

    /**
     * Wiring for {@link AuthService}: one bucket per account and one per address.
     *
     * @param settings attempts per account, per address, and their window
     * @param clock    the clock the buckets refill on
     */
    public LoginThrottle(AuthSettings settings, Clock clock) {
        this.accounts = new RateLimit(settings.attemptsPerAccount(), settings.attemptWindow(), clock);
        this.addresses = new RateLimit(settings.attemptsPerAddress(), settings.attemptWindow(), clock);
    }

    /**
     * Takes one attempt for this account and address, or refuses with 429.
     *
     * @param email   the email typed (trimmed and lower-cased here); may be null
     * @param address the client address; null counts as {@code "unknown"}
     * @return the attempt, to mark succeeded after a good password
     * @throws RetryLater with 429 and the wait when either bucket is empty
     */
    public Attempt attempt(String email, String address) {
        String account = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        String client = address == null ? "unknown" : address;
        Optional<Duration> wait = accounts.take(account);
        if (wait.isPresent()) throw refused(wait.get());
        wait = addresses.take(client);
        if (wait.isPresent()) {
            accounts.giveBack(account);
            throw refused(wait.get());
        }
        return new Attempt(account, client);
    }

    /** One attempt in flight: {@link #succeeded()} gives its tokens back. */
    public final class Attempt {
        private final String account;
        private final String client;

        private Attempt(String account, String client) {
            this.account = account;
            this.client = client;
        }

        /** The log-in succeeded: gives back the tokens taken for the account and the address. */
        public void succeeded() {
            accounts.giveBack(account);
            addresses.giveBack(client);
        }
    }

    private static RetryLater refused(Duration wait) {
        return RetryLater.tooManyRequests("too-many-login-attempts", "too many log-in attempts; try again later", wait);
    }
}
