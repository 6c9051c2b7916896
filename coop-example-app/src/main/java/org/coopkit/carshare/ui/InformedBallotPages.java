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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.coopkit.carshare.DecisionDocuments;
import org.coopkit.core.actors.Role;
import org.coopkit.core.members.MemberId;
import org.coopkit.governance.GovernanceModule;
import org.coopkit.governance.ballots.Ballot;
import org.coopkit.governance.ballots.BallotId;
import org.coopkit.governance.briefing.Briefing;
import org.coopkit.governance.discussion.Comment;
import org.glassfish.jersey.server.ContainerRequest;

/**
 * Informed ballots on the web (issue 14): what a member reads before voting (the description, the
 * documents, and what the decision refers to), the questions and the board's answers, and the
 * board's page to write the description and attach documents. Three root paths of their own, so
 * they sit beside {@link VotePages} and {@link BoardBallotPages} without touching them.
 */
public final class InformedBallotPages {
    private InformedBallotPages() {
    }

    static List<Object> all(Ui ui, GovernanceModule gov) {
        return List.of(new Documents(ui, gov), new Discussion(ui, gov), new BoardBriefing(ui, gov));
    }

    /** A comment as the page shows it: who (a name, or the board), when, and the board's answers under it. */
    public record CommentRow(String id, String author, boolean byBoard, String when, String text, boolean erased, List<CommentRow> answers) {
    }

    /** {@code /vote/{id}/documents}: description, attached documents, and the decision's own documents. */
    @Path("/vote/{id}/documents")
    @Produces(MediaType.TEXT_HTML)
    public static final class Documents {
        private final Ui ui;
        private final GovernanceModule gov;

        Documents(Ui ui, GovernanceModule gov) {
            this.ui = ui;
            this.gov = gov;
        }

        @GET
        public Response page(@PathParam("id") String id, @Context ContainerRequest req) {
            return ui.guard(req, () -> {
                Viewer v = ui.member(req);
                BallotId bid = VotePages.ballotId(id);
                Briefing briefing = gov.briefings().briefing(v.actor(), bid);
                DecisionDocuments.Documents docs = ui.app().decisionDocuments().of(v.actor(), bid);
                Ballot b = gov.voting().get(v.actor(), bid);
                return ui.page(v, "vote/documents.jte", "ballot", b, "briefing", briefing, "docs", docs);
            });
        }
    }

    /** {@code /vote/{id}/discussion}: the thread, the form to ask, and the board's answer forms. */
    @Path("/vote/{id}/discussion")
    @Produces(MediaType.TEXT_HTML)
    public static final class Discussion {
        private final Ui ui;
        private final GovernanceModule gov;

        private final BallotFormPosts posts;

        Discussion(Ui ui, GovernanceModule gov) {
            this.ui = ui;
            this.gov = gov;
            this.posts = new BallotFormPosts(ui, this::thread,
                    (v, ii) -> Ui.fieldError(v.i18n(), "discussion." + ii.fieldErrors().keySet().iterator().next(),
                            ii.fieldErrors().values().iterator().next()));
        }

        @GET
        public Response page(@PathParam("id") String id, @Context ContainerRequest req) {
            return ui.guard(req, () -> thread(ui.member(req), VotePages.ballotId(id), Form.empty(), 200));
        }

        @POST
        @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
        public Response post(@PathParam("id") String id, @FormParam("_csrf") String csrf, @FormParam("text") String text,
                             @Context ContainerRequest req) {
            return posts.post(req, csrf, id, (v, bid) -> Form.empty().with("text", BallotFormPosts.text(text)), "text",
                    (v, bid) -> gov.discussion().post(v.actor(), bid, text),
                    "/vote/" + id + "/discussion", "discussion.posted");
        }

        @POST
        @Path("{comment}/answer")
        @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
        public Response answer(@PathParam("id") String id, @PathParam("comment") String comment, @FormParam("_csrf") String csrf,
                               @FormParam("text") String text, @Context ContainerRequest req) {
            return posts.post(req, csrf, id, (v, bid) -> Form.empty().with("answer-" + comment, BallotFormPosts.text(text)), "answer-" + comment,
                    (v, bid) -> gov.discussion().answer(v.actor(), bid, comment, text),
                    "/vote/" + id + "/discussion", "discussion.answered");
        }

        private Response thread(Viewer v, BallotId bid, Form form, int status) {
            List<Comment> all = gov.discussion().thread(v.actor(), bid);
            Ballot b = gov.voting().get(v.actor(), bid);
            Instant now = ui.app().clock().instant();
            List<CommentRow> rows = new ArrayList<>();
            for (Comment c : all) {
                if (c.answers().isPresent()) continue;
                List<CommentRow> answers = all.stream().filter(a -> a.answers().filter(c.id()::equals).isPresent())
                        .map(a -> row(v, a, List.of())).toList();
                rows.add(row(v, c, answers));
            }
            boolean open = b.isOpenAt(now);
            boolean canPost = open && v.actor().memberId().isPresent() && gov.voting().statusOf(v.actor(), bid).onRoll();
            return ui.page(v, status, "vote/discussion.jte", "ballot", b, "comments", rows, "form", form, "canPost", canPost,
                    "canAnswer", open && v.actor().has(Role.BOARD));
        }

        private CommentRow row(Viewer v, Comment c, List<CommentRow> answers) {
            String author = c.byBoard() ? v.t("discussion.by-board") + c.author().map(id -> name(v, id)).map(n -> " (" + n + ")").orElse("")
                    : c.author().map(id -> name(v, id)).orElse(v.t("discussion.by-member"));
            return new CommentRow(c.id(), author, c.byBoard(), v.when(c.postedAt()), c.text(), c.erased(), answers);
        }

        private String name(Viewer v, MemberId id) {
            return ui.app().core().memberDirectory().name(id).orElse(v.t("discussion.by-member"));
        }
    }

    /** {@code /board/ballots/{id}/briefing}: the board writes the description and attaches documents until the first vote. */
    @Path("/board/ballots/{id}/briefing")
    @Produces(MediaType.TEXT_HTML)
    public static final class BoardBriefing {
        private final Ui ui;
        private final GovernanceModule gov;

        private final BallotFormPosts posts;

        BoardBriefing(Ui ui, GovernanceModule gov) {
            this.ui = ui;
            this.gov = gov;
            this.posts = new BallotFormPosts(ui, this::form, (v, ii) -> Ui.fieldError(v.i18n(), "briefing." + ii.fieldErrors().keySet().iterator().next(),
                    ii.fieldErrors().values().iterator().next()));
        }

        @GET
        public Response page(@PathParam("id") String id, @Context ContainerRequest req) {
            return ui.guard(req, () -> {
                Viewer v = ui.member(req);
                v.actor().require(Role.BOARD);
                BallotId bid = VotePages.ballotId(id);
                Briefing b = gov.briefings().briefing(v.actor(), bid);
                return form(v, bid, Form.empty().with("description", b.description()), 200);
            });
        }

        @POST
        @Path("description")
        @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
        public Response describe(@PathParam("id") String id, @FormParam("_csrf") String csrf, @FormParam("description") String description,
                                 @Context ContainerRequest req) {
            return posts.post(req, csrf, id, (v, bid) -> Form.empty().with("description", BallotFormPosts.text(description)), "description",
                    (v, bid) -> gov.briefings().describe(v.actor(), bid, description),
                    "/board/ballots/" + id + "/briefing", "briefing.saved");
        }

        @POST
        @Path("documents")
        @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
        public Response attach(@PathParam("id") String id, @FormParam("_csrf") String csrf, @FormParam("title") String title,
                               @FormParam("url") String url, @Context ContainerRequest req) {
            return posts.postFields(req, csrf, id, (v, bid) -> Form.empty().with("title", BallotFormPosts.text(title))
                            .with("url", BallotFormPosts.text(url)).with("description", gov.briefings().briefing(v.actor(), bid).description()), "url",
                    (v, bid) -> gov.briefings().attachLink(v.actor(), bid, title, url),
                    "/board/ballots/" + id + "/briefing", "briefing.attached");
        }

        private Response form(Viewer v, BallotId bid, Form form, int status) {
            return ui.page(v, status, "board-briefing.jte", "ballot", gov.voting().get(v.actor(), bid), "briefing", gov.briefings().briefing(v.actor(), bid),
                    "form", form, "preview", Optional.of(form.value("description")).map(org.coopkit.governance.briefing.SafeMarkdown::toHtml).orElse(""));
        }
    }
}
