package org.coopkit.core.errors;

import java.time.Duration;

/**
 * A refusal that will lift by itself: too many attempts (429) or a saturated resource (503). The
 * REST kit answers it with a {@code Retry-After} header of {@link #retryAfter()} in whole seconds.
 */
public class RetryLater extends CoopException {
    private final Duration retryAfter;

    protected RetryLater(ErrorKind kind, String code, String message, Duration retryAfter) {
        super(kind, code, message);
        this.retryAfter = retryAfter.isNegative() ? Duration.ZERO : retryAfter;
    }

    /** 429: a throttle (login attempts, anonymous writes) refused this request. */
    public static RetryLater tooManyRequests(String code, String message, Duration retryAfter) {
        return new RetryLater(ErrorKind.TOO_MANY_REQUESTS, code, message, retryAfter);
    }

    /** 503: a bounded resource (password hashing) is busy. */
    public static RetryLater busy(String code, String message, Duration retryAfter) {
        return new RetryLater(ErrorKind.UNAVAILABLE, code, message, retryAfter);
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole seconds, at least 1, as the Retry-After header carries them. */
    public long retryAfterSeconds() {
        long s = retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, s);
    }
}
