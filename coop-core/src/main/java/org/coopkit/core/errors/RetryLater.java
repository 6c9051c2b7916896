package org.coopkit.core.errors;

import java.time.Duration;

/**
 * A refusal that will lift by itself: too many attempts (429) or a saturated resource (503). The
 * REST kit answers it with a {@code Retry-After} header of {@link #retryAfter()} in whole seconds.
 */
public class RetryLater extends CoopException {
    /** How long the client should wait, never negative. */
    private final Duration retryAfter;

    /**
     * A refusal that lifts after {@code retryAfter}; use {@link #tooManyRequests} or {@link #busy}.
     *
     * @param kind       {@link ErrorKind#TOO_MANY_REQUESTS} or {@link ErrorKind#UNAVAILABLE}
     * @param code       the stable machine-readable code
     * @param message    the human-readable reason
     * @param retryAfter how long to wait; a negative duration counts as zero
     */
    protected RetryLater(ErrorKind kind, String code, String message, Duration retryAfter) {
        super(kind, code, message);
        this.retryAfter = retryAfter.isNegative() ? Duration.ZERO : retryAfter;
    }

    /**
     * 429: a throttle (login attempts, anonymous writes) refused this request.
     *
     * @param code       the stable machine-readable code
     * @param message    the human-readable reason
     * @param retryAfter how long until the throttle lets a request through
     * @return the refusal, to throw
     */
    public static RetryLater tooManyRequests(String code, String message, Duration retryAfter) {
        return new RetryLater(ErrorKind.TOO_MANY_REQUESTS, code, message, retryAfter);
    }

    /**
     * 503: a bounded resource (password hashing) is busy.
     *
     * @param code       the stable machine-readable code
     * @param message    the human-readable reason
     * @param retryAfter a suggested wait
     * @return the refusal, to throw
     */
    public static RetryLater busy(String code, String message, Duration retryAfter) {
        return new RetryLater(ErrorKind.UNAVAILABLE, code, message, retryAfter);
    }

    /**
     * How long the client should wait.
     *
     * @return the wait, zero or more
     */
    public Duration retryAfter() {
        return retryAfter;
    }

    /**
     * Whole seconds, at least 1, as the Retry-After header carries them.
     *
     * @return the wait rounded up to whole seconds, at least 1
     */
    public long retryAfterSeconds() {
        long s = retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, s);
    }
}
