package org.coopkit.carshare.ui;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.coopkit.governance.GovernanceModule;
import org.coopkit.governance.assemblies.Minutes;
import org.glassfish.jersey.server.ContainerRequest;

/** The minutes of a closed general assembly, for members and the board: a page and its PDF. */
@Path("/assemblies/{id}")
public final class MinutesPages {
    private final Ui ui;
    private final GovernanceModule gov;

    MinutesPages(Ui ui, GovernanceModule gov) {
        this.ui = ui;
        this.gov = gov;
    }

    @GET
    @Path("minutes")
    @Produces(MediaType.TEXT_HTML)
    public Response page(@PathParam("id") String id, @Context ContainerRequest req) {
        return ui.guard(req, () -> {
            Viewer v = ui.member(req);
            Minutes m = gov.assemblies().minutes(v.actor(), AssemblyPages.assemblyId(id));
            return ui.page(v, "minutes.jte", "minutes", m, "ui", new When(v));
        });
    }

    @GET
    @Path("minutes.pdf")
    public Response pdf(@PathParam("id") String id, @Context ContainerRequest req) {
        return ui.guard(req, () -> {
            Viewer v = ui.member(req);
            Minutes m = gov.assemblies().minutes(v.actor(), AssemblyPages.assemblyId(id));
            return Response.ok(MinutesPdf.render(m, v.i18n()), "application/pdf")
                    .header("Content-Disposition", "attachment; filename=\"minutes-" + m.assembly().convenedOn() + ".pdf\"")
                    .header("Cache-Control", "no-store").build();
        });
    }

    /** Dates as the pages write them, for the template. */
    public static final class When {
        private final Viewer viewer;

        When(Viewer viewer) {
            this.viewer = viewer;
        }

        /** The instant in the co-op's time zone, as the reader's language writes it. */
        public String of(java.time.Instant t) {
            return viewer.when(t);
        }
    }
}
