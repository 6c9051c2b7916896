package org.coopkit.core.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.http2.Http2AddOn;
import org.glassfish.grizzly.threadpool.ThreadPoolConfig;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * An embedded HTTP server (Grizzly) for a Jersey application. Port 0 picks a free port.
 * HTTP/2 is enabled so that clients asking to upgrade ({@code Upgrade: h2c}) are not left waiting.
 */
public final class ApiServer implements AutoCloseable {
    /** Worker threads of the listener. */
    public static final int WORKERS = 64;
    private final HttpServer server;
    private final URI baseUri;

    private ApiServer(HttpServer server, URI baseUri) {
        this.server = server;
        this.baseUri = baseUri;
    }

    /**
     * Starts on 127.0.0.1 with the default {@link WebLimits}.
     *
     * @param port the port, 0 for a free one
     * @param app  the Jersey application
     * @return the running server
     * @throws UncheckedIOException when the port cannot be bound
     */
    public static ApiServer start(int port, ResourceConfig app) {
        return start("127.0.0.1", port, app);
    }

    /**
     * Starts with the default {@link WebLimits}.
     *
     * @param host the address to bind, e.g. {@code 0.0.0.0}
     * @param port the port, 0 for a free one
     * @param app  the Jersey application
     * @return the running server
     * @throws UncheckedIOException when the port cannot be bound
     */
    public static ApiServer start(String host, int port, ResourceConfig app) {
        return start(host, port, app, WebLimits.defaults());
    }

    /**
     * Starts with the read timeout of {@code limits}: a client that stops sending its request for
     * longer is cut off, and idle keep-alive connections are closed after the same time.
     *
     * @param host   the address to bind
     * @param port   the port, 0 for a free one
     * @param app    the Jersey application
     * @param limits the request limits; only the read timeout is used here
     * @return the running server
     * @throws UncheckedIOException when the port cannot be bound
     */
    public static ApiServer start(String host, int port, ResourceConfig app, WebLimits limits) {
        HttpServer server = GrizzlyHttpServerFactory.createHttpServer(URI.create("http://" + host + ":" + port + "/"), app, false);
        for (NetworkListener l : server.getListeners()) {
            l.registerAddOn(new Http2AddOn());
            l.getTransport().setReadTimeout(limits.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
            l.getKeepAlive().setIdleTimeoutInSeconds((int) Math.max(1, limits.readTimeout().toSeconds()));
            l.setMaxHttpHeaderSize(16_384);
            // enough workers that requests waiting for a bounded resource (password hashing, database
            // connections) do not hold up every other request; the work itself stays bounded by those pools
            l.getTransport().setWorkerThreadPoolConfig(ThreadPoolConfig.defaultConfig().copy()
                    .setPoolName("coopkit-http").setCorePoolSize(8).setMaxPoolSize(WORKERS));
        }
        // a GET or DELETE carrying a body (even Content-Length: 0 from some clients) would get Grizzly's bare 400,
        // not our problem+json: let it through, Jersey ignores the body (found by the fuzzing test ApiFuzzIT)
        server.getServerConfiguration().setAllowPayloadForUndefinedHttpMethods(true);
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the HTTP server on " + host + ":" + port + ": " + e.getMessage(), e);
        }
        int actual = server.getListeners().iterator().next().getPort();
        return new ApiServer(server, URI.create("http://" + host + ":" + actual + "/"));
    }

    /**
     * The address the server answers on.
     *
     * @return e.g. {@code http://127.0.0.1:8080/}
     */
    public URI baseUri() {
        return baseUri;
    }

    /**
     * The port bound (the free one picked, for port 0).
     *
     * @return the port
     */
    public int port() {
        return baseUri.getPort();
    }

    @Override
    public void close() {
        server.shutdownNow();
    }
}
