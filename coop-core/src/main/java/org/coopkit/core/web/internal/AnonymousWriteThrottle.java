package org.coopkit.core.web.internal;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.coopkit.core.auth.RateLimit;
import org.coopkit.core.errors.RetryLater;
import org.coopkit.core.web.Actors;
import org.coopkit.core.web.ApiPaths;
import org.coopkit.core.web.ClientAddress;
import org.coopkit.core.web.WebLimits;

/**
 * Writes to the API without a token (membership applications, quotes…) are limited per client
 * address: beyond the limit, 429 with {@code Retry-After}. Log-in has its own, stricter throttle.
 */
@Priority(Priorities.AUTHORIZATION)
public final class AnonymousWriteThrottle implements ContainerRequestFilter {
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private final RateLimit limit;

    public AnonymousWriteThrottle(WebLimits limits, Clock clock) {
        this.limit = new RateLimit(limits.anonymousWrites(), limits.anonymousWindow(), clock);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!WRITES.contains(request.getMethod()) || !ApiPaths.matchedApiResource(request)) return;
        if (Actors.of(request.getSecurityContext()).memberId().isPresent()) return;
        if (request.getUriInfo().getMatchedResources().stream().anyMatch(AuthResource.class::isInstance)) return;
        Optional<Duration> wait = limit.take(ClientAddress.of(request));
        wait.ifPresent(w -> request.abortWith(ProblemMappers.of(RetryLater.tooManyRequests("too-many-anonymous-writes",
                "too many requests without logging in from this address; try again later", w))));
    }
}
