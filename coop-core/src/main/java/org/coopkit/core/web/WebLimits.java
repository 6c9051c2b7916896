package org.coopkit.core.web;

import java.time.Duration;

/**
 * Limits on what one request may cost: a body of at most {@code maxBodyBytes} (beyond: 413), read
 * within {@code bodyDeadline} in all and with no pause longer than {@code readTimeout} (beyond:
 * 408, the connection closed), and at most {@code anonymousWrites} writes per client address per
 * {@code anonymousWindow} without a token (applications, quotes…; beyond: 429 with Retry-After).
 */
public record WebLimits(long maxBodyBytes, Duration bodyDeadline, Duration readTimeout, int anonymousWrites, Duration anonymousWindow) {
    public WebLimits {
        if (maxBodyBytes < 1 || anonymousWrites < 1) throw new IllegalArgumentException("limits must be positive");
    }

    /** 1 MB bodies, 30 s to send one with pauses under 10 s, 20 anonymous writes a minute per address. */
    public static WebLimits defaults() {
        return new WebLimits(1_048_576, Duration.ofSeconds(30), Duration.ofSeconds(10), 20, Duration.ofMinutes(1));
    }

    public WebLimits withBody(long maxBytes, Duration deadline, Duration readTimeout) {
        return new WebLimits(maxBytes, deadline, readTimeout, anonymousWrites, anonymousWindow);
    }

    public WebLimits withAnonymousWrites(int writes, Duration window) {
        return new WebLimits(maxBodyBytes, bodyDeadline, readTimeout, writes, window);
    }
}
