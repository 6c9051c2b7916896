package org.coopkit.core.web.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jakarta.ws.rs.DELETE;
import org.coopkit.core.privacy.AccessRecord;
import java.util.Optional;
import java.util.UUID;
import org.coopkit.core.CoreModule;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.actors.Role;
import org.coopkit.core.members.ContactDetails;
import org.coopkit.core.members.Member;
import org.coopkit.core.members.MemberApplication;
import org.coopkit.core.members.MemberId;
import org.coopkit.core.members.MemberService;
import org.coopkit.core.members.Page;
import org.coopkit.core.members.PostalAddress;
import org.coopkit.core.members.StatusChange;
import org.coopkit.core.web.Actors;
import org.coopkit.core.web.BadRequest;

/** Membership over HTTP: thin, each method parses, calls one service method, maps the result. */
@Path("/api/members")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class MemberResource {
    private final CoreModule core;
    private final MemberService members;

    public MemberResource(CoreModule core) {
        this.core = core;
        this.members = core.members();
    }

    public record AddressBody(@Size(max = 200) String street, @Size(max = 20) String postalCode,
                              @Size(max = 100) String city, @Size(max = 60) String country) {
        PostalAddress toAddress() {
            return new PostalAddress(street, postalCode, city, country);
        }
    }

    public record ApplicationBody(@NotBlank @Size(max = 200) String name, @NotBlank @Email @Size(max = 254) String email,
                                  @NotBlank String category, @Valid AddressBody address, @Past LocalDate dateOfBirth,
                                  @Size(max = 40) String taxId, @Size(max = 40) String iban,
                                  @Size(min = 10, max = 200) String password) {
    }

    public record ReasonBody(@Size(max = 500) String reason) {
    }

    /** Admission: a reason, and the category the board confirms (absent: the one asked for). */
    public record AdmissionBody(@Size(max = 500) String reason, @Size(max = 60) String category) {
    }

    public record ContactBody(@NotBlank @Size(max = 200) String name, @NotBlank @Email @Size(max = 254) String email,
                              @Valid AddressBody address) {
    }

    public record RoleBody(@NotNull Role role) {
    }

    public record PageView(List<MemberView> items, int page, int size, long total) {
    }

    @POST
    @Path("applications")
    public Response apply(@Valid ApplicationBody body, @Context SecurityContext sc) {
        BadRequest.requireBody(body);
        MemberApplication application = new MemberApplication(body.name(), body.email(), body.category(),
                body.address() == null ? PostalAddress.none() : body.address().toAddress(),
                Optional.ofNullable(body.dateOfBirth()), Optional.ofNullable(body.taxId()), Optional.ofNullable(body.iban()),
                Optional.ofNullable(body.password()));
        Member m = members.apply(Actors.of(sc), application);
        return Response.created(URI.create("/api/members/" + m.id())).entity(MemberView.of(m)).build();
    }

    @GET
    @Path("me")
    public MemberView me(@Context SecurityContext sc) {
        Actor actor = Actors.of(sc);
        return MemberView.of(members.get(actor, actor.memberId().orElseThrow(org.coopkit.core.actors.NotAuthenticated::new)));
    }

    @GET
    public PageView list(@QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size,
                         @Context SecurityContext sc) {
        Page<Member> p = members.list(Actors.of(sc), page, size);
        return new PageView(p.items().stream().map(MemberView::of).toList(), p.page(), p.size(), p.total());
    }

    @GET
    @Path("register.csv")
    @Produces("text/csv")
    public Response register(@Context SecurityContext sc) {
        return Response.ok(members.registerCsv(Actors.of(sc)), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"member-register.csv\"").build();
    }

    @GET
    @Path("{id}")
    public MemberView get(@PathParam("id") UUID id, @Context SecurityContext sc) {
        return MemberView.of(members.get(Actors.of(sc), new MemberId(id)));
    }

    @GET
    @Path("{id}/history")
    public List<StatusChange> history(@PathParam("id") UUID id, @Context SecurityContext sc) {
        return members.history(Actors.of(sc), new MemberId(id));
    }

    @PUT
    @Path("{id}/contact")
    public MemberView rectify(@PathParam("id") UUID id, @Valid ContactBody body, @Context SecurityContext sc) {
        BadRequest.requireBody(body);
        return MemberView.of(members.rectify(Actors.of(sc), new MemberId(id), new ContactDetails(body.name(), body.email(),
                body.address() == null ? PostalAddress.none() : body.address().toAddress())));
    }

    @POST
    @Path("{id}/admission")
    public MemberView admit(@PathParam("id") UUID id, @Valid AdmissionBody body, @Context SecurityContext sc) {
        return MemberView.of(members.admit(Actors.of(sc), new MemberId(id), body == null ? null : body.reason(),
                body == null ? null : body.category()));
    }

    @POST
    @Path("{id}/suspension")
    public MemberView suspend(@PathParam("id") UUID id, @Valid ReasonBody body, @Context SecurityContext sc) {
        return MemberView.of(members.suspend(Actors.of(sc), new MemberId(id), reason(body)));
    }

    @POST
    @Path("{id}/reinstatement")
    public MemberView reinstate(@PathParam("id") UUID id, @Valid ReasonBody body, @Context SecurityContext sc) {
        return MemberView.of(members.reinstate(Actors.of(sc), new MemberId(id), reason(body)));
    }

    @POST
    @Path("{id}/withdrawal")
    public MemberView withdraw(@PathParam("id") UUID id, @Valid ReasonBody body, @Context SecurityContext sc) {
        return MemberView.of(members.withdraw(Actors.of(sc), new MemberId(id), reason(body)));
    }

    @POST
    @Path("{id}/exclusion")
    public MemberView exclude(@PathParam("id") UUID id, @Valid ReasonBody body, @Context SecurityContext sc) {
        return MemberView.of(members.exclude(Actors.of(sc), new MemberId(id), reason(body)));
    }

    @POST
    @Path("{id}/roles")
    public Response grant(@PathParam("id") UUID id, @Valid RoleBody body, @Context SecurityContext sc) {
        BadRequest.requireBody(body);
        core.auth().grantRole(Actors.of(sc), new MemberId(id), body.role());
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/roles")
    public java.util.Set<Role> roles(@PathParam("id") UUID id, @Context SecurityContext sc) {
        members.get(Actors.of(sc), new MemberId(id));
        return core.auth().roles(Actors.of(sc), new MemberId(id));
    }

    @DELETE
    @Path("{id}/roles/{role}")
    public Response revokeRole(@PathParam("id") UUID id, @PathParam("role") String role, @Context SecurityContext sc) {
        Role r;
        try {
            r = Role.valueOf(role.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new org.coopkit.core.errors.NotFound("role", role);
        }
        core.auth().revokeRole(Actors.of(sc), new MemberId(id), r);
        return Response.noContent().build();
    }

    private static String reason(ReasonBody body) {
        return body == null ? null : body.reason();
    }

    // --- data rights (issue: member data rights) -------------------------------------------

    public record ConsentView(String purpose, String grantedAt, String revokedAt, boolean active) {
        static ConsentView of(org.coopkit.core.privacy.Consent c) {
            return new ConsentView(c.purpose(), c.grantedAt().toString(), c.revokedAt().map(Object::toString).orElse(null), c.active());
        }
    }

    @GET
    @Path("{id}/export")
    public Map<String, Object> export(@PathParam("id") UUID id, @Context SecurityContext sc) {
        return core.privacy().export(Actors.of(sc), new MemberId(id));
    }

    @POST
    @Path("{id}/erasure")
    public Response erase(@PathParam("id") UUID id, @Context SecurityContext sc) {
        core.privacy().erase(Actors.of(sc), new MemberId(id));
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/access-log")
    public List<AccessRecord> accessLog(@PathParam("id") UUID id, @Context SecurityContext sc) {
        return core.privacy().accessLog(Actors.of(sc), new MemberId(id));
    }

    @GET
    @Path("{id}/consents")
    public List<ConsentView> consents(@PathParam("id") UUID id, @Context SecurityContext sc) {
        return core.consents().consents(Actors.of(sc), new MemberId(id)).stream().map(ConsentView::of).toList();
    }

    @PUT
    @Path("{id}/consents/{purpose}")
    public ConsentView grant(@PathParam("id") UUID id, @PathParam("purpose") String purpose, @Context SecurityContext sc) {
        return ConsentView.of(core.consents().grant(Actors.of(sc), new MemberId(id), purpose));
    }

    @DELETE
    @Path("{id}/consents/{purpose}")
    public Response revoke(@PathParam("id") UUID id, @PathParam("purpose") String purpose, @Context SecurityContext sc) {
        core.consents().revoke(Actors.of(sc), new MemberId(id), purpose);
        return Response.noContent().build();
    }

}
