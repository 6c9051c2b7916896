package org.coopkit.core.auth;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One token bucket (Bucket4j) per key, e.g. an account or a client address: {@code capacity}
 * requests, refilled evenly over {@code window}, on the injected clock (tests move time instead of
 * sleeping). The map is bounded: the least recently used buckets are dropped beyond 10,000 keys,
 * so many distinct keys cannot fill the memory.
 */
public final class RateLimit {
    private static final int MAX_BUCKETS = 10_000;
    private final int capacity;
    private final Duration window;
    private final TimeMeter time;
    private final Map<String, Bucket> buckets = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > MAX_BUCKETS;
        }
    };

    /**
     * A limit of {@code capacity} requests per {@code window}, per key.
     *
     * @param capacity requests a key may make at once
     * @param window   time over which a full bucket refills
     * @param clock    the clock the buckets refill on
     */
    public RateLimit(int capacity, Duration window, Clock clock) {
        this.capacity = capacity;
        this.window = window;
        this.time = new ClockTimeMeter(clock);
    }

    /**
     * Takes one token for the key: empty if taken, else how long until one is free.
     *
     * @param key the account, address or other thing counted
     * @return empty when allowed; otherwise the wait until the next token
     */
    public Optional<Duration> take(String key) {
        ConsumptionProbe p = bucket(key).tryConsumeAndReturnRemaining(1);
        return p.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(p.getNanosToWaitForRefill()));
    }

    /**
     * Gives back a token taken by {@link #take} (the request turned out not to count).
     *
     * @param key the key the token was taken for
     */
    public void giveBack(String key) {
        bucket(key).addTokens(1);
    }

    private Bucket bucket(String key) {
        synchronized (buckets) {
            return buckets.computeIfAbsent(key, k -> Bucket.builder().withCustomTimePrecision(time)
                    .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, window).build()).build());
        }
    }

    private record ClockTimeMeter(Clock clock) implements TimeMeter {
        @Override
        public long currentTimeNanos() {
            Instant now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
