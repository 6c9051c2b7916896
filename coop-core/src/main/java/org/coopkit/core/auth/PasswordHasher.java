package org.coopkit.core.auth;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.coopkit.core.errors.RetryLater;

/**
 * Password hashing with argon2id (password4j). Parameters follow OWASP's second recommended
 * set (m=19 MiB, t=2, p=1). Each hash costs ~20 MiB and a core for tens of milliseconds, so at
 * most {@code permits} run at once: a request that cannot get a permit within {@code wait} is
 * refused with 503 and {@code Retry-After}, so a log-in flood cannot take every core and thread.
 */
public final class PasswordHasher {
    private static final Argon2Function ARGON2 = Argon2Function.getInstance(19_456, 2, 1, 32, Argon2.ID);
    private final Semaphore permits;
    private final int capacity;
    private final Duration wait;
    private final java.util.concurrent.atomic.AtomicInteger inFlight = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicInteger peak = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicLong refused = new java.util.concurrent.atomic.AtomicLong();

    /**
     * For monitoring: the pool's size, the most hashes that ever ran at once, how many requests were refused (503).
     *
     * @param permits      how many hashes may run at once
     * @param peakInFlight the most that ever ran at once
     * @param refused      requests refused with 503 since start
     */
    public record Stats(int permits, int peakInFlight, long refused) {
    }

    /** A hasher with 2 permits and a 2-second wait for one. */
    public PasswordHasher() {
        this(2, Duration.ofSeconds(2));
    }

    /**
     * A hasher of one's own size.
     *
     * @param permits how many hashes may run at once
     * @param wait    how long a request waits for a permit before it is refused with 503
     */
    public PasswordHasher(int permits, Duration wait) {
        this.permits = new Semaphore(permits, true);
        this.capacity = permits;
        this.wait = wait;
    }

    /**
     * The pool's figures since start.
     *
     * @return size, peak and refusals
     */
    public Stats stats() {
        return new Stats(capacity, peak.get(), refused.get());
    }

    /**
     * Hashes a password with argon2id and a random 16-byte salt.
     *
     * @param password the password in clear
     * @return the encoded hash (PHC string: algorithm, parameters, salt and hash)
     * @throws RetryLater with 503 when no permit is free within the wait
     */
    public String hash(String password) {
        acquire();
        try {
            return Password.hash(password).addRandomSalt(16).with(ARGON2).getResult();
        } finally {
            release();
        }
    }

    /**
     * Checks a password against a stored hash.
     *
     * @param password the password in clear
     * @param hash     the encoded hash from {@link #hash}
     * @return true when the password is the one hashed
     * @throws RetryLater with 503 when no permit is free within the wait
     */
    public boolean matches(String password, String hash) {
        acquire();
        try {
            return Password.check(password, hash).with(ARGON2);
        } finally {
            release();
        }
    }

    private void release() {
        inFlight.decrementAndGet();
        permits.release();
    }

    private void acquire() {
        try {
            if (permits.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                peak.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        refused.incrementAndGet();
        throw RetryLater.busy("hashing-busy", "too many log-ins at once; try again in a moment", Duration.ofSeconds(1));
    }
}
