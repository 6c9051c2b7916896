package org.coopkit.core.web.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.coopkit.core.auth.AuthService;
import org.coopkit.core.auth.IssuedToken;
import org.coopkit.core.web.BadRequest;

/** {@code POST /api/auth/token}: email + password → a bearer token. {@code DELETE} logs out. */
@Path("/api/auth/token")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class AuthResource {
    private final AuthService auth;

    public AuthResource(AuthService auth) {
        this.auth = auth;
    }

    public record LoginRequest(@NotBlank String email, @NotBlank String password, String label) {
    }

    public record TokenView(String token, String tokenId, String type) {
    }

    @POST
    public Response login(@Valid LoginRequest body) {
        BadRequest.requireBody(body);
        IssuedToken t = auth.login(body.email(), body.password(), body.label());
        return Response.status(201).entity(new TokenView(t.secret(), t.id(), "Bearer")).build();
    }

    @DELETE
    public Response logout(@Context HttpHeaders headers) {
        String h = headers.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (h != null && h.regionMatches(true, 0, "Bearer ", 0, 7)) auth.logout(h.substring(7).trim());
        return Response.noContent().build();
    }
}
