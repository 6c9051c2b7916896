package org.coopkit.core.auth;

import java.time.Duration;

/**
 * How long sessions and tokens live and how hard log-in is throttled. Web sessions (a cookie)
 * expire after {@code sessionIdle} without use and {@code sessionAbsolute} after log-in whatever
 * the use; API tokens the same with their own durations. Log-in allows {@code attemptsPerAccount}
 * failed attempts per account and {@code attemptsPerAddress} per client address in each
 * {@code attemptWindow}; password hashing runs at most {@code hashingPermits} at a time, a request
 * waiting at most {@code hashingWait} for a permit before a 503.
 *
 * @param sessionIdle        a session ends after this long without use
 * @param sessionAbsolute    a session ends this long after log-in
 * @param tokenIdle          an API token ends after this long without use
 * @param tokenAbsolute      an API token ends this long after it was opened
 * @param attemptsPerAccount failed log-ins allowed per account per window
 * @param attemptsPerAddress failed log-ins allowed per client address per window
 * @param attemptWindow      the window the attempts are counted over
 * @param hashingPermits     password hashes that may run at once
 * @param hashingWait        how long a request waits for a hashing permit
 */
public record AuthSettings(Duration sessionIdle, Duration sessionAbsolute, Duration tokenIdle, Duration tokenAbsolute,
                           int attemptsPerAccount, int attemptsPerAddress, Duration attemptWindow,
                           int hashingPermits, Duration hashingWait) {

    /**
     * Checks the settings.
     *
     * @param sessionIdle        a session ends after this long without use
     * @param sessionAbsolute    a session ends this long after log-in
     * @param tokenIdle          an API token ends after this long without use
     * @param tokenAbsolute      an API token ends this long after it was opened
     * @param attemptsPerAccount failed log-ins allowed per account per window
     * @param attemptsPerAddress failed log-ins allowed per client address per window
     * @param attemptWindow      the window the attempts are counted over
     * @param hashingPermits     password hashes that may run at once
     * @param hashingWait        how long a request waits for a hashing permit
     * @throws IllegalArgumentException when a count is below 1 or a duration is not positive
     */
    public AuthSettings {
        if (attemptsPerAccount < 1 || attemptsPerAddress < 1 || hashingPermits < 1) {
            throw new IllegalArgumentException("attempts and hashing permits must be at least 1");
        }
        for (Duration d : new Duration[]{sessionIdle, sessionAbsolute, tokenIdle, tokenAbsolute, attemptWindow}) {
            if (d.isZero() || d.isNegative()) throw new IllegalArgumentException("durations must be positive");
        }
    }

    /**
     * Sessions: 30 minutes idle, 12 hours absolute. Tokens: 30 days idle, 90 days absolute. Five
     * failed log-ins per account and 20 per address a minute. Two hashes at a time, 2 s wait.
     *
     * @return the default settings
     */
    public static AuthSettings defaults() {
        return new AuthSettings(Duration.ofMinutes(30), Duration.ofHours(12), Duration.ofDays(30), Duration.ofDays(90),
                5, 20, Duration.ofMinutes(1), 2, Duration.ofSeconds(2));
    }

    /**
     * The same settings with other log-in budgets.
     *
     * @param perAccount failed log-ins allowed per account per window
     * @param perAddress failed log-ins allowed per address per window
     * @return the new settings
     */
    public AuthSettings withAttempts(int perAccount, int perAddress) {
        return new AuthSettings(sessionIdle, sessionAbsolute, tokenIdle, tokenAbsolute, perAccount, perAddress, attemptWindow,
                hashingPermits, hashingWait);
    }

    /**
     * The same settings with another hashing pool.
     *
     * @param permits password hashes that may run at once
     * @param wait    how long a request waits for a permit
     * @return the new settings
     */
    public AuthSettings withHashing(int permits, Duration wait) {
        return new AuthSettings(sessionIdle, sessionAbsolute, tokenIdle, tokenAbsolute, attemptsPerAccount, attemptsPerAddress,
                attemptWindow, permits, wait);
    }

    /**
     * The same settings with other session lifetimes.
     *
     * @param idle     a session ends after this long without use
     * @param absolute a session ends this long after log-in
     * @return the new settings
     */
    public AuthSettings withSessions(Duration idle, Duration absolute) {
        return new AuthSettings(idle, absolute, tokenIdle, tokenAbsolute, attemptsPerAccount, attemptsPerAddress, attemptWindow,
                hashingPermits, hashingWait);
    }

    /**
     * The same settings with other API token lifetimes.
     *
     * @param idle     a token ends after this long without use
     * @param absolute a token ends this long after it was opened
     * @return the new settings
     */
    public AuthSettings withTokens(Duration idle, Duration absolute) {
        return new AuthSettings(sessionIdle, sessionAbsolute, idle, absolute, attemptsPerAccount, attemptsPerAddress, attemptWindow,
                hashingPermits, hashingWait);
    }

    Duration idleOf(TokenKind kind) {
        return kind == TokenKind.SESSION ? sessionIdle : tokenIdle;
    }

    Duration absoluteOf(TokenKind kind) {
        return kind == TokenKind.SESSION ? sessionAbsolute : tokenAbsolute;
    }
}
