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

/** Member data rights over HTTP: export, erasure, consents and access log under /api/members/{id}/…; the data policy; loyalty reports. */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class PrivacyResource {
    private PrivacyResource() {
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

    /** The public, machine-readable data-use policy. */
    @Path("/api/data-policy")
    @Produces(MediaType.APPLICATION_JSON)
    public static final class Policy {
        private final CoreModule core;

        public Policy(CoreModule core) {
            this.core = core;
        }

        @GET
        public DataPolicy policy() {
            return core.dataPolicy().current();
        }

        @GET
        @Path("history")
        public List<DataPolicy> policyHistory() {
            return core.dataPolicy().history();
        }
    }

    /** Loyalty reports: members file, the board answers. */
    @Path("/api/loyalty-reports")
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    public static final class Loyalty {
        private final CoreModule core;

        public Loyalty(CoreModule core) {
            this.core = core;
        }

        @POST
        public Response file(@Valid ReportBody body, @Context SecurityContext sc) {
            BadRequest.requireBody(body);
            return Response.status(201).entity(ReportView.of(core.loyalty().file(Actors.of(sc), body.subject(), body.text()))).build();
        }

        @GET
        public List<ReportView> reports(@Context SecurityContext sc) {
            var actor = Actors.of(sc);
            var list = actor.has(org.coopkit.core.actors.Role.BOARD) ? core.loyalty().all(actor) : core.loyalty().mine(actor);
            return list.stream().map(ReportView::of).toList();
        }

        @POST
        @Path("{id}/answer")
        public ReportView answer(@PathParam("id") String id, @Valid AnswerBody body, @Context SecurityContext sc) {
            BadRequest.requireBody(body);
            return ReportView.of(core.loyalty().answer(Actors.of(sc), id, body.answer()));
        }
    }
}
