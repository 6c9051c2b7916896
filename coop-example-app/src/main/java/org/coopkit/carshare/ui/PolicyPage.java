package org.coopkit.carshare.ui;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.glassfish.jersey.server.ContainerRequest;

/**
 * The data-use policy in the app's own layout, for everyone (logged in or not): linked from every
 * page's footer and from the sign-up form. The machine-readable policy stays at {@code /api/data-policy}.
 */
@Path("/data-policy")
@Produces(MediaType.TEXT_HTML)
public final class PolicyPage {
    private final Ui ui;

    PolicyPage(Ui ui) {
        this.ui = ui;
    }

    /**
     * @param req the request (for the viewer and its language)
     * @return the policy page
     */
    @GET
    public Response page(@Context ContainerRequest req) {
        return ui.page(ui.viewer(req), "policy.jte", "policy", ui.app().core().dataPolicy().current());
    }
}
