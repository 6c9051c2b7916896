package org.coopkit.governance.web;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.UUID;
import org.coopkit.core.members.MemberId;
import org.coopkit.core.web.Actors;
import org.coopkit.core.web.BadRequest;
import org.coopkit.governance.GovernanceModule;
import org.coopkit.governance.ballots.BallotId;
import org.coopkit.governance.discussion.Comment;
import org.coopkit.governance.discussion.DiscussionService;

/** Questions and comments on an open ballot over HTTP: the roll posts and reads, the board answers. */
@Path("/api/ballots/{id}/comments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class DiscussionResource {
    private final DiscussionService discussion;

    /**
     * Wiring for the application: the resource over the module's discussion service.
     * @param gov the governance module
     */
    public DiscussionResource(GovernanceModule gov) {
        this.discussion = gov.discussion();
    }

    /** Response body: a comment, or the board's answer to one ({@code byBoard}, {@code answers}). */
    public record CommentView(String id, String ballot, String author, boolean byBoard, String answers, String text, String postedAt) {
        static CommentView of(Comment c) {
            return new CommentView(c.id(), c.ballot().toString(), c.author().map(MemberId::toString).orElse(null), c.byBoard(),
                    c.answers().orElse(null), c.text(), c.postedAt().toString());
        }
    }

    /** Request body: plain text, 1 to 2000 characters. */
    public record CommentBody(String text) {
    }

    /**
     * {@code GET}: the ballot's comments and answers, oldest first, for the BOARD or a MEMBER on the roll.
     * @param id the ballot's id
     * @param sc the caller's security context
     * @return the thread
     */
    @GET
    public List<CommentView> thread(@PathParam("id") UUID id, @Context SecurityContext sc) {
        return discussion.thread(Actors.of(sc), new BallotId(id)).stream().map(CommentView::of).toList();
    }

    /**
     * {@code POST}: a MEMBER on the roll comments while the ballot is open (201; 409 when closed, 429 over the hourly limit).
     * @param id the ballot's id
     * @param body the comment's text
     * @param sc the caller's security context
     * @return 201 Created with the comment
     */
    @POST
    public Response post(@PathParam("id") UUID id, CommentBody body, @Context SecurityContext sc) {
        BadRequest.requireBody(body);
        return Response.status(201).entity(CommentView.of(discussion.post(Actors.of(sc), new BallotId(id), body.text()))).build();
    }

    /**
     * {@code POST {comment}/answers}: the BOARD answers a member's comment while the ballot is open (201).
     * @param id the ballot's id
     * @param comment the comment answered
     * @param body the answer's text
     * @param sc the caller's security context
     * @return 201 Created with the answer
     */
    @POST
    @Path("{comment}/answers")
    public Response answer(@PathParam("id") UUID id, @PathParam("comment") String comment, CommentBody body, @Context SecurityContext sc) {
        BadRequest.requireBody(body);
        return Response.status(201).entity(CommentView.of(discussion.answer(Actors.of(sc), new BallotId(id), comment, body.text()))).build();
    }
}
