package org.coopkit.core.auth;

import java.time.Duration;

/**
 * How long sessions and tokens live and how hard log-in is throttled. Web sessions (a cookie)
 * expire after {@code sessionIdle} without use and {@code sessionAbsolute} after log-in whatever
 * the use; API tokens the same with their own durations. Log-in allows {@code attemptsPerAccount}
 * failed attempts per account and {@code attemptsPerAddress} per client address in each
 * {@code attemptWindow}; password hashing runs at most {@code hashingPermits} at a time, a request
 * waiting at most {@code hashingWait} for a permit before a 503.
 */
public record AuthSettings(Duration sessionIdle, Duration sessionAbsolute, Duration tokenIdle, Duration tokenAbsolute,
                           int attemptsPerAccount, int attemptsPerAddress, Duration attemptWindow,
                           int hashingPermits, Duration hashingWait) {

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
     */
    public static AuthSettings defaults() {
        return new AuthSettings(Duration.ofMinutes(30), Duration.ofHours(12), Duration.ofDays(30), Duration.ofDays(90),
                5, 20, Duration.ofMinutes(1), 2, Duration.ofSeconds(2));
    }

    public AuthSettings withAttempts(int perAccount, int perAddress) {
        return new AuthSettings(sessionIdle, sessionAbsolute, tokenIdle, tokenAbsolute, perAccount, perAddress, attemptWindow,
                hashingPermits, hashingWait);
    }

    public AuthSettings withHashing(int permits, Duration wait) {
        return new AuthSettings(sessionIdle, sessionAbsolute, tokenIdle, tokenAbsolute, attemptsPerAccount, attemptsPerAddress,
                attemptWindow, permits, wait);
    }

    public AuthSettings withSessions(Duration idle, Duration absolute) {
        return new AuthSettings(idle, absolute, tokenIdle, tokenAbsolute, attemptsPerAccount, attemptsPerAddress, attemptWindow,
                hashingPermits, hashingWait);
    }

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
