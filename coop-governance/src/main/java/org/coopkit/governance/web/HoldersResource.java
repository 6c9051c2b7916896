package org.coopkit.governance.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.UUID;
import org.coopkit.core.web.Actors;
import org.coopkit.governance.GovernanceModule;
import org.coopkit.governance.ballots.BallotId;

/** Whom a member on a ballot's roll may trust with a mandate: members of the same roll, found by name (no membership numbers). */
@Path("/api/ballots/{id}/holders")
@Produces(MediaType.APPLICATION_JSON)
public final class HoldersResource {
    private final GovernanceModule gov;

    /**
     * Registered by {@link GovernanceFeature}.
     *
     * @param gov the governance module
     */
    public HoldersResource(GovernanceModule gov) {
        this.gov = gov;
    }

    /** A member on the roll: id and name only. */
    public record HolderView(String id, String name) {
    }

    /**
     * {@code ?name=} the first letters of any word of the name (at least 2); at most 10 answers.
     *
     * @param id the ballot's id
     * @param name the first letters of a word of the name
     * @param sc the caller's security context: a MEMBER on the ballot's roll
     * @return the matching members, by name and id
     */
    @GET
    public List<HolderView> search(@PathParam("id") UUID id, @QueryParam("name") String name, @Context SecurityContext sc) {
        return gov.proxies().holders(Actors.of(sc), new BallotId(id), name).stream().map(h -> new HolderView(h.id().toString(), h.name())).toList();
    }
}
