package org.coopkit.carshare.ui;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.coopkit.core.actors.Role;
import org.coopkit.core.errors.NotFound;
import org.coopkit.core.members.Member;
import org.coopkit.core.members.MemberId;
import org.coopkit.core.members.MemberStatus;
import org.glassfish.jersey.server.ContainerRequest;

/**
 * The board grants and revokes roles (board, treasurer, admin), each change audited. A board
 * member cannot change their own roles: the buttons are not shown for them and the service refuses.
 */
@Path("/board/roles")
@Produces(MediaType.TEXT_HTML)
public final class BoardRolePages {
    static final List<Role> GRANTABLE = List.of(Role.BOARD, Role.TREASURER, Role.ADMIN);
    private final Ui ui;

    BoardRolePages(Ui ui) {
        this.ui = ui;
    }

    /** A member and their roles as the board sees them; {@code self} rows cannot be changed. */
    public record RoleRow(String id, String name, String number, List<String> roles, List<String> grantable, boolean self) {
    }

    @GET
    public Response page(@Context ContainerRequest req) {
        return ui.guard(req, () -> {
            Viewer v = ui.member(req);
            v.actor().require(Role.BOARD);
            var core = ui.app().core();
            List<RoleRow> rows = core.memberDirectory().inStatus(v.actor(), MemberStatus.MEMBER).stream()
                    .sorted(Comparator.comparing(m -> m.membershipNumber().orElse(Long.MAX_VALUE)))
                    .map(m -> row(m, v)).toList();
            return ui.page(v, "board-roles.jte", "rows", rows);
        });
    }

    @POST
    @Path("{id}/grant")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response grant(@PathParam("id") String id, @FormParam("_csrf") String csrf, @FormParam("role") String role,
                          @Context ContainerRequest req) {
        return ui.guard(req, () -> {
            Viewer v = ui.post(req, csrf);
            Role r = role(role);
            MemberId member = member(id);
            ui.app().core().auth().grantRole(v.actor(), member, r);
            return ui.redirect("/board/roles", v.t("roles.granted", name(v, member), label(v, r)), req);
        });
    }

    @POST
    @Path("{id}/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revoke(@PathParam("id") String id, @FormParam("_csrf") String csrf, @FormParam("role") String role,
                           @Context ContainerRequest req) {
        return ui.guard(req, () -> {
            Viewer v = ui.post(req, csrf);
            Role r = role(role);
            MemberId member = member(id);
            ui.app().core().auth().revokeRole(v.actor(), member, r);
            return ui.redirect("/board/roles", v.t("roles.revoked", name(v, member), label(v, r)), req);
        });
    }

    private RoleRow row(Member m, Viewer v) {
        var held = ui.app().core().auth().roles(v.actor(), m.id());
        List<String> roles = GRANTABLE.stream().filter(held::contains).map(Role::name).toList();
        List<String> grantable = GRANTABLE.stream().filter(r -> !held.contains(r)).map(Role::name).toList();
        return new RoleRow(m.id().value().toString(), m.name(), m.membershipNumber().map(String::valueOf).orElse(""), roles, grantable,
                v.actor().isSelf(m.id()));
    }

    /** A role in the page's language ({@code role.name.board}). */
    static String label(Viewer v, Role r) {
        return v.t("role.name." + r.name().toLowerCase(Locale.ROOT));
    }

    private String name(Viewer v, MemberId id) {
        return ui.app().core().memberDirectory().name(id).orElse(v.t("roles.the-member"));
    }

    private static Role role(String role) {
        try {
            Role r = Role.valueOf(role == null ? "" : role.trim().toUpperCase(Locale.ROOT));
            if (GRANTABLE.contains(r)) return r;
        } catch (IllegalArgumentException e) {
            // fall through
        }
        throw new NotFound("role", String.valueOf(role));
    }

    private static MemberId member(String id) {
        try {
            return MemberId.of(id);
        } catch (IllegalArgumentException e) {
            throw new NotFound("member", id);
        }
    }
}
