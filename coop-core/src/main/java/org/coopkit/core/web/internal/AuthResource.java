package org.coopkit.core.web.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.auth.ApiToken;
import org.coopkit.core.auth.AuthService;
import org.coopkit.core.auth.IssuedToken;
import org.coopkit.core.auth.TokenKind;
import org.coopkit.core.web.Actors;
import org.coopkit.core.web.ApiPaths;
import org.coopkit.core.web.BadRequest;
import org.coopkit.core.web.ClientAddress;

/**
 * {@code POST /api/auth/token}: email + password → a bearer token (throttled: 429 with
 * Retry-After); {@code DELETE} logs out. {@code /api/auth/sessions}: where the member is logged in
 * (web sessions and API tokens), revocable one by one or all others at once.
 * {@code PUT /api/auth/password}: change one's password, which ends every other session.
 */
@Path("/api/auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class AuthResource {
    private final AuthService auth;

    public AuthResource(AuthService auth) {
        this.auth = auth;
    }

    public record LoginRequest(@NotBlank @Size(max = 200) String email, @NotBlank @Size(max = 200) String password,
                               @Size(max = 100) String label) {
    }

    public record TokenView(String token, String tokenId, String type) {
    }

    public record SessionView(String id, String kind, String label, String client, Instant createdAt, Instant lastUsedAt,
                              Instant idleExpiresAt, Instant expiresAt, boolean current) {
        static SessionView of(ApiToken t, Object currentId) {
            Instant idle = t.idleUntil().isBefore(t.expiresAt()) ? t.idleUntil() : t.expiresAt();
            return new SessionView(t.id(), t.kind().name(), t.label(), t.client(), t.createdAt(), t.lastUsedAt(), idle, t.expiresAt(),
                    t.id().equals(currentId));
        }
    }

    public record PasswordChange(@NotBlank String currentPassword, @NotBlank @Size(min = 10, max = 200) String newPassword) {
    }

    @POST
    @Path("token")
    public Response login(@Valid LoginRequest body, @Context ContainerRequestContext request) {
        BadRequest.requireBody(body);
        IssuedToken t = auth.login(body.email(), body.password(), body.label(), TokenKind.API, ClientAddress.of(request),
                request.getHeaderString(HttpHeaders.USER_AGENT));
        return Response.status(201).entity(new TokenView(t.secret(), t.id(), "Bearer")).build();
    }

    @DELETE
    @Path("token")
    public Response logout(@Context HttpHeaders headers) {
        String h = headers.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (h != null && h.regionMatches(true, 0, "Bearer ", 0, 7)) auth.logout(h.substring(7).trim());
        return Response.noContent().build();
    }

    @GET
    @Path("sessions")
    public List<SessionView> sessions(@Context SecurityContext sc, @Context ContainerRequestContext request) {
        Object current = request.getProperty(ApiPaths.TOKEN_ID_PROPERTY);
        return auth.sessions(Actors.of(sc)).stream().map(t -> SessionView.of(t, current)).toList();
    }

    @DELETE
    @Path("sessions/{id}")
    public Response revoke(@PathParam("id") String id, @Context SecurityContext sc) {
        auth.revoke(Actors.of(sc), id);
        return Response.noContent().build();
    }

    /** Revokes every other session and token of the caller ({@code ?includeCurrent=true}: this one too). */
    @DELETE
    @Path("sessions")
    public Map<String, Integer> revokeAll(@QueryParam("includeCurrent") boolean includeCurrent, @Context SecurityContext sc,
                                          @Context ContainerRequestContext request) {
        Actor actor = Actors.of(sc);
        Object current = includeCurrent ? null : request.getProperty(ApiPaths.TOKEN_ID_PROPERTY);
        return Map.of("revoked", auth.revokeAll(actor, (String) current));
    }

    @PUT
    @Path("password")
    public Response changePassword(@Valid PasswordChange body, @Context SecurityContext sc, @Context HttpHeaders headers) {
        BadRequest.requireBody(body);
        String h = headers.getHeaderString(HttpHeaders.AUTHORIZATION);
        String current = h != null && h.regionMatches(true, 0, "Bearer ", 0, 7) ? h.substring(7).trim() : null;
        auth.changePassword(Actors.of(sc), current, body.currentPassword(), body.newPassword());
        return Response.noContent().build();
    }
}
