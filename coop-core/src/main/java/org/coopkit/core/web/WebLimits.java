package org.coopkit.core.web;

import java.time.Duration;

/**
 * Limits on what one request may cost: a body of at most {@code maxBodyBytes} (beyond: 413), read
 * within {@code bodyDeadline} in all and with no pause longer than {@code readTimeout} (beyond:
 * 408, the connection closed), and at most {@code anonymousWrites} writes per client address per
 * {@code anonymousWindow} without a token (applications, quotes…; beyond: 429 with Retry-After).
 *
 * @param maxBodyBytes    largest request body, in bytes
 * @param bodyDeadline    time to receive a whole body
 * @param readTimeout     longest pause while a body is read
 * @param anonymousWrites writes allowed per address per window without a token
 * @param anonymousWindow the window those writes are counted over
 */
public record WebLimits(long maxBodyBytes, Duration bodyDeadline, Duration readTimeout, int anonymousWrites, Duration anonymousWindow) {
    /**
     * Checks the limits.
     *
     * @param maxBodyBytes    largest request body, in bytes
     * @param bodyDeadline    time to receive a whole body
     * @param readTimeout     longest pause while a body is read
     * @param anonymousWrites writes allowed per address per window without a token
     * @param anonymousWindow the window those writes are counted over
     * @throws IllegalArgumentException when {@code maxBodyBytes} or {@code anonymousWrites} is below 1
     */
    public WebLimits {
        if (maxBodyBytes < 1 || anonymousWrites < 1) throw new IllegalArgumentException("limits must be positive");
    }

    /**
     * 1 MB bodies, 30 s to send one with pauses under 10 s, 20 anonymous writes a minute per address.
     *
     * @return the default limits
     */
    public static WebLimits defaults() {
        return new WebLimits(1_048_576, Duration.ofSeconds(30), Duration.ofSeconds(10), 20, Duration.ofMinutes(1));
    }

    /**
     * The same limits with other body limits.
     *
     * @param maxBytes    largest request body, in bytes
     * @param deadline    time to receive a whole body
     * @param readTimeout longest pause while a body is read
     * @return the new limits
     */
    public WebLimits withBody(long maxBytes, Duration deadline, Duration readTimeout) {
        return new WebLimits(maxBytes, deadline, readTimeout, anonymousWrites, anonymousWindow);
    }

    /**
     * The same limits with another budget of anonymous writes.
     *
     * @param writes writes allowed per address per window
     * @param window the window
     * @return the new limits
     */
    public WebLimits withAnonymousWrites(int writes, Duration window) {
        return new WebLimits(maxBodyBytes, bodyDeadline, readTimeout, writes, window);
    }
}
