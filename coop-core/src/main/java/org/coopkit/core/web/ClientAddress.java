package org.coopkit.core.web;

import jakarta.ws.rs.container.ContainerRequestContext;

/**
 * The client's network address as the REST kit's first filter recorded it (the TCP peer; a
 * forwarding proxy's {@code X-Forwarded-For} is not trusted, since any client can write it).
 */
public final class ClientAddress {
    /** Request property holding the address. */
    public static final String PROPERTY = "coopkit.client.address";

    private ClientAddress() {
    }

    /**
     * The address, or {@code "unknown"} outside the Grizzly server.
     *
     * @param request the request being filtered
     * @return the peer's IP address as text, or {@code "unknown"}
     */
    public static String of(ContainerRequestContext request) {
        Object a = request.getProperty(PROPERTY);
        return a instanceof String s && !s.isBlank() ? s : "unknown";
    }
}
