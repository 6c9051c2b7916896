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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coopkit.core.CoreModule;
import org.coopkit.core.members.MemberId;
import org.coopkit.core.privacy.AccessRecord;
import org.coopkit.core.privacy.Consent;
import org.coopkit.core.privacy.DataPolicy;
import org.coopkit.core.privacy.LoyaltyReport;
import org.coopkit.core.web.Actors;
import org.coopkit.core.web.BadRequest;

/** Member data rights over HTTP: export, erasure, consents, access log, the data policy, loyalty reports. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class PrivacyResource {
    private final CoreModule core;

    public PrivacyResource(CoreModule core) {
        this.core = core;
    }

    public record ConsentView(String purpose, String grantedAt, String revokedAt, boolean active) {
        static ConsentView of(Consent c) {
            return new ConsentView(c.purpose(), c.grantedAt().toString(), c.revokedAt().map(Object::toString).orElse(null), c.active());
        }
    }

    public record ReportBody(@NotBlank @Size(max = 200) String subject, @NotBlank @Size(max = 2000) String text) {
    }

    public record AnswerBody(@NotBlank @Size(max = 2000) String answer) {
    }

    public record ReportView(String id, String member, String subject, String text, String status, String filedAt, String answer, String answeredAt) {
        static ReportView of(LoyaltyReport r) {
            return new ReportView(r.id(), r.member().toString(), r.subject(), r.text(), r.status().name(), r.filedAt().toString(),
                    r.answer().orElse(null), r.answeredAt().map(Object::toString).orElse(null));
        }
    }

    @GET
    @Path("members/{id}/export")
    public Map<String, Object> export(@PathParam("id") UUID id, @Context SecurityContext sc) {
        return core.privacy().export(Actors.of(sc), new MemberId(id));
    }

    @GET
    @Path("members/{id}/export.html")
    @Produces(MediaType.TEXT_HTML)
    public String exportHtml(@PathParam("id") UUID id, @Context SecurityContext sc) {
        return HtmlDocument.render("Everything the co-op holds about you", core.privacy().export(Actors.of(sc), new MemberId(id)));
    }

    @POST
    @Path("members/{id}/erasure")
    public Response erase(@PathParam("id") UUID id, @Context SecurityContext sc) {
        core.privacy().erase(Actors.of(sc), new MemberId(id));
        return Response.noContent().build();
    }

    @GET
    @Path("members/{id}/access-log")
    public List<AccessRecord> accessLog(@PathParam("id") UUID id, @Context SecurityContext sc) {
        return core.privacy().accessLog(Actors.of(sc), new MemberId(id));
    }

    @GET
    @Path("members/{id}/consents")
    public List<ConsentView> consents(@PathParam("id") UUID id, @Context SecurityContext sc) {
        return core.consents().consents(Actors.of(sc), new MemberId(id)).stream().map(ConsentView::of).toList();
    }

    @PUT
    @Path("members/{id}/consents/{purpose}")
    public ConsentView grant(@PathParam("id") UUID id, @PathParam("purpose") String purpose, @Context SecurityContext sc) {
        return ConsentView.of(core.consents().grant(Actors.of(sc), new MemberId(id), purpose));
    }

    @DELETE
    @Path("members/{id}/consents/{purpose}")
    public Response revoke(@PathParam("id") UUID id, @PathParam("purpose") String purpose, @Context SecurityContext sc) {
        core.consents().revoke(Actors.of(sc), new MemberId(id), purpose);
        return Response.noContent().build();
    }

    /** The public, machine-readable data-use policy. */
    @GET
    @Path("data-policy")
    public DataPolicy policy() {
        return core.dataPolicy().current();
    }

    @GET
    @Path("data-policy/history")
    public List<DataPolicy> policyHistory() {
        return core.dataPolicy().history();
    }

    @POST
    @Path("loyalty-reports")
    public Response file(@Valid ReportBody body, @Context SecurityContext sc) {
        BadRequest.requireBody(body);
        return Response.status(201).entity(ReportView.of(core.loyalty().file(Actors.of(sc), body.subject(), body.text()))).build();
    }

    @GET
    @Path("loyalty-reports")
    public List<ReportView> reports(@Context SecurityContext sc) {
        var actor = Actors.of(sc);
        var list = actor.has(org.coopkit.core.actors.Role.BOARD) ? core.loyalty().all(actor) : core.loyalty().mine(actor);
        return list.stream().map(ReportView::of).toList();
    }

    @POST
    @Path("loyalty-reports/{id}/answer")
    public ReportView answer(@PathParam("id") String id, @Valid AnswerBody body, @Context SecurityContext sc) {
        BadRequest.requireBody(body);
        return ReportView.of(core.loyalty().answer(Actors.of(sc), id, body.answer()));
    }
}
