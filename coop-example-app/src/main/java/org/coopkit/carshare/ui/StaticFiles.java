package org.coopkit.carshare.ui;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The one stylesheet and the one script (the phone menu button), from the classpath, cacheable for a day. */
@Path("/static")
public final class StaticFiles {
    private final byte[] css = read("/static/app.css");
    private final byte[] js = read("/static/app.js");

    StaticFiles() {
    }

    private static byte[] read(String name) {
        try (InputStream in = StaticFiles.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException(name + " missing from the classpath");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GET
    @Path("app.js")
    public Response js() {
        return Response.ok(js, "text/javascript; charset=utf-8").header("Cache-Control", "public, max-age=86400").build();
    }

    @GET
    @Path("app.css")
    public Response css() {
        return Response.ok(css, "text/css; charset=utf-8").header("Cache-Control", "public, max-age=86400").build();
    }
}
