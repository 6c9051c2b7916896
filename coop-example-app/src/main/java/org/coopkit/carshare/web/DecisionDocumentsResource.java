package org.coopkit.carshare.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.UUID;
import org.coopkit.carshare.DecisionDocuments;
import org.coopkit.core.web.Actors;
import org.coopkit.governance.ballots.BallotId;

/** What a ballot's decision refers to (draft resolution and report summary, or the tariffs side by side), for members on its roll. */
@Path("/api/ballots/{id}/decision-documents")
@Produces(MediaType.APPLICATION_JSON)
public final class DecisionDocumentsResource {
    private final DecisionDocuments documents;

    public DecisionDocumentsResource(DecisionDocuments documents) {
        this.documents = documents;
    }

    /** Response body: {@code allocation}, {@code tariff} or {@code accounts} is set, after the decision's {@code kind}. */
    public record DocumentsView(String ballot, String kind, DecisionDocuments.Allocation allocation, TariffView tariff,
                                DecisionDocuments.Accounts accounts) {
    }

    /** Response body: the tariffs side by side ({@code currentVersion} absent when none was in force). */
    public record TariffView(Integer currentVersion, java.util.List<DecisionDocuments.Term> terms) {
    }

    @GET
    public DocumentsView get(@PathParam("id") UUID id, @Context SecurityContext sc) {
        DecisionDocuments.Documents d = documents.of(Actors.of(sc), new BallotId(id));
        return new DocumentsView(d.ballot(), d.kind(), d.allocation().orElse(null),
                d.tariff().map(t -> new TariffView(t.currentVersion().orElse(null), t.terms())).orElse(null), d.accounts().orElse(null));
    }
}
