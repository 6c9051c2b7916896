package org.coopkit.carshare.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.coopkit.core.members.Member;
import org.glassfish.jersey.server.ContainerRequest;

/** A member's personal data: what the co-op holds about them, and a download of all of it as JSON. */
@Path("/me/data")
@Produces(MediaType.TEXT_HTML)
public final class MyDataPages {
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);
    private final Ui ui;

    MyDataPages(Ui ui) {
        this.ui = ui;
    }

    @GET
    public Response page(@Context ContainerRequest req) {
        return ui.guard(req, () -> {
            Viewer v = ui.member(req);
            Member m = ui.app().core().members().get(v.actor(), v.actor().requireMemberId());
            return ui.page(v, "me/data.jte", "member", m);
        });
    }

    @GET
    @Path("export.json")
    @Produces("application/json")
    public Response export(@Context ContainerRequest req) {
        return ui.guard(req, () -> {
            Viewer v = ui.member(req);
            Map<String, Object> doc = ui.app().core().privacy().export(v.actor(), v.actor().requireMemberId());
            try {
                return Response.ok(JSON.writeValueAsString(doc), "application/json; charset=utf-8")
                        .header("Content-Disposition", "attachment; filename=\"my-coopkit-data.json\"").header("Cache-Control", "no-store").build();
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("member export is not serialisable", e);
            }
        });
    }
}
