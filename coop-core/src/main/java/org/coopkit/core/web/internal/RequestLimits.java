package org.coopkit.core.web.internal;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.coopkit.core.errors.CoopException;
import org.coopkit.core.errors.ErrorKind;
import org.coopkit.core.web.ClientAddress;
import org.coopkit.core.web.Problems;
import org.coopkit.core.web.WebLimits;
import org.glassfish.grizzly.http.server.Request;

/**
 * The first filter of every request: records the client address, refuses a declared body over the
 * limit (413) before reading a byte, and wraps the body so that an undeclared (chunked) one is cut
 * at the limit too, and one that trickles in is cut at the deadline (408).
 */
@PreMatching
@Priority(1)
public final class RequestLimits implements ContainerRequestFilter {
    private final WebLimits limits;
    @Inject
    private Provider<Request> grizzly;

    public RequestLimits(WebLimits limits) {
        this.limits = limits;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(ClientAddress.PROPERTY, address());
        String type = request.getHeaderString("Content-Type");
        if (type != null) {
            try {
                jakarta.ws.rs.core.MediaType.valueOf(type);
            } catch (IllegalArgumentException e) {
                request.abortWith(Problems.response(400, "bad-content-type", "Bad request", "the Content-Type header cannot be read", Map.of()));
                return;
            }
        }
        String declared = request.getHeaderString("Content-Length");
        if (declared != null) {
            long length;
            try {
                length = Long.parseLong(declared.trim());
            } catch (NumberFormatException e) {
                request.abortWith(Problems.response(400, "bad-request", "Bad request", "Content-Length is not a number", Map.of()));
                return;
            }
            if (length > limits.maxBodyBytes()) {
                request.abortWith(tooLarge(limits.maxBodyBytes()));
                return;
            }
        }
        if (request.hasEntity()) {
            request.setEntityStream(new Limited(request.getEntityStream(), limits.maxBodyBytes(), System.nanoTime() + limits.bodyDeadline().toNanos()));
        }
    }

    private String address() {
        try {
            Request r = grizzly == null ? null : grizzly.get();
            return r == null ? "unknown" : r.getRemoteAddr();
        } catch (RuntimeException e) {
            return "unknown"; // not on Grizzly (an in-memory test container)
        }
    }

    static Response tooLarge(long max) {
        return Response.fromResponse(Problems.response(413, "payload-too-large", "Content too large",
                "the request body is larger than " + max + " bytes", Map.of("maxBytes", max))).header("Connection", "close").build();
    }

    /** The body is larger than the limit (413). */
    public static final class PayloadTooLarge extends CoopException {
        PayloadTooLarge(long max) {
            super(ErrorKind.PAYLOAD_TOO_LARGE, "payload-too-large", "the request body is larger than " + max + " bytes");
        }
    }

    /** The body did not arrive within the deadline (408). */
    public static final class BodyTooSlow extends CoopException {
        BodyTooSlow() {
            super(ErrorKind.REQUEST_TIMEOUT, "request-timeout", "the request body did not arrive in time");
        }
    }

    private static final class Limited extends FilterInputStream {
        private final long max;
        private final long deadline;
        private long read;

        Limited(InputStream in, long max, long deadline) {
            super(in);
            this.max = max;
            this.deadline = deadline;
        }

        @Override
        public int read() throws IOException {
            check(0);
            int b = super.read();
            if (b >= 0) check(1);
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            check(0);
            int n = super.read(buf, off, (int) Math.min(len, max - read + 1));
            if (n > 0) check(n);
            return n;
        }

        private void check(int n) {
            read += n;
            if (read > max) throw new PayloadTooLarge(max);
            if (System.nanoTime() > deadline) throw new BodyTooSlow();
        }
    }
}
