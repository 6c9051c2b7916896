package org.coopkit.core.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.http2.Http2AddOn;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * An embedded HTTP server (Grizzly) for a Jersey application. Port 0 picks a free port.
 * HTTP/2 is enabled so that clients asking to upgrade ({@code Upgrade: h2c}) are not left waiting.
 */
public final class ApiServer implements AutoCloseable {
    private final HttpServer server;
    private final URI baseUri;

    private ApiServer(HttpServer server, URI baseUri) {
        this.server = server;
        this.baseUri = baseUri;
    }

    public static ApiServer start(int port, ResourceConfig app) {
        return start("127.0.0.1", port, app);
    }

    public static ApiServer start(String host, int port, ResourceConfig app) {
        HttpServer server = GrizzlyHttpServerFactory.createHttpServer(URI.create("http://" + host + ":" + port + "/"), app, false);
        for (NetworkListener l : server.getListeners()) l.registerAddOn(new Http2AddOn());
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

    /** e.g. {@code http://127.0.0.1:8080/} */
    public URI baseUri() {
        return baseUri;
    }

    public int port() {
        return baseUri.getPort();
    }

    @Override
    public void close() {
        server.shutdownNow();
    }
}
