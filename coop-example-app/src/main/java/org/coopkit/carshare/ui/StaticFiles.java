package org.coopkit.carshare.ui;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The one stylesheet, from the classpath, cacheable for a day. */
@Path("/static")
public final class StaticFiles {
    private final byte[] css;

    StaticFiles() {
        try (InputStream in = StaticFiles.class.getResourceAsStream("/static/app.css")) {
            if (in == null) throw new IllegalStateException("static/app.css missing from the classpath");
            css = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GET
    @Path("app.css")
    public Response css() {
        return Response.ok(css, "text/css; charset=utf-8").header("Cache-Control", "public, max-age=86400").build();
    }
}
