package org.coopkit.carshare.ui;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coopkit.core.actors.Role;
import org.coopkit.core.errors.CoopException;
import org.coopkit.core.errors.ErrorKind;
import org.coopkit.core.errors.MalformedId;
import org.coopkit.core.errors.NotFound;
import org.coopkit.core.members.MemberId;
import org.coopkit.governance.GovernanceModule;
import org.coopkit.governance.ballots.Ballot;
import org.coopkit.governance.ballots.BallotId;
import org.coopkit.governance.ballots.BallotStatus;
import org.coopkit.governance.ballots.VoterStatus;
import org.coopkit.governance.ballots.Receipt;
import org.coopkit.governance.ballots.Secrecy;
import org.coopkit.governance.proxies.Proxy;
import org.coopkit.governance.proxies.ProxyId;
import org.coopkit.governance.tally.Method;
import org.glassfish.jersey.server.ContainerRequest;

/**
 * Voting: open ballots, the voting form (yes/no/abstain, one choice, approval, or ranking by giving
 * each choice a rank), the receipt with its tracking code, results after close (round by round for
 * ranked ballots), the public ballot board with a search for one's tracking code, and proxies
 * (given, answered and revoked on {@link ProxyPages}; the ranking form read by {@code VoteForm}).
 */
@Path("/vote")
@Produces(MediaType.TEXT_HTML)
public final class VotePages {
    private final Ui ui;
    private final GovernanceModule gov;

    VotePages(Ui ui, GovernanceModule gov) {
        this.ui = ui;
        this.gov = gov;
    }

    /** A ballot in the list, with what it means for the viewer. */
    public record BallotRow(String id, String question, String method, String opens, String closes, String state, boolean votable,
                            boolean voted, boolean closed) {
    }

    /** A proxy as the member sees it. */
    public record ProxyRow(String id, String ballot, String grantor, String holder, boolean given, boolean active, boolean used, String status) {
        /** The holder has not answered yet. */
        public boolean pending() {
            return status.equals("PENDING");
        }
    }

    /** A member of the roll found by name, for the proxy form. */
    public record HolderRow(String id, String name) {
    }

    /** The voting page's view of a ballot. */
    public record BallotView(String id, String question, String method, String methodCode, List<String> options, int seats,
                             boolean ranked, boolean multiple, boolean secret, boolean revoting, String opens, String closes,
                             String state, boolean votable, boolean onRoll, boolean voted, boolean closed) {
    }

    private static String state(Viewer v, Ballot b, Instant now) {
        if (b.status() == BallotStatus.CLOSED) return v.t("vote.state.closed");
        if (b.status() == BallotStatus.DRAFT) return v.t("vote.state.draft");
        if (now.isBefore(b.spec().opensAt())) return v.t("vote.state.opens", v.when(b.spec().opensAt()));
        if (!now.isBefore(b.spec().closesAt())) return v.t("vote.state.over");
        return v.t("vote.state.open", v.when(b.spec().closesAt()));
    }

    /** The voting method in the viewer's language. */
    static String methodLabel(Viewer v, Method m, int seats) {
        return v.t("vote.method." + m.name().toLowerCase(), seats);
    }

    @GET
    public Response list(@Context ContainerRequest req) {
        return ui.guard(req, () -> {
            Viewer v = ui.member(req);
            v.actor().require(Role.MEMBER);
            Instant now = ui.app().clock().instant();
            List<BallotRow> rows = new ArrayList<>();
            List<Ballot> ballots = gov.voting().all(v.actor()).stream().filter(b -> b.status() != BallotStatus.DRAFT) // by the time, not its text
                    .sorted(Comparator.comparing((Ballot b) -> b.status() == BallotStatus.CLOSED).thenComparing(b -> b.spec().closesAt())).toList();
            for (Ballot b : ballots) {
                VoterStatus s = gov.voting().statusOf(v.actor(), b.id());
                rows.add(new BallotRow(b.id().value().toString(), b.spec().question(), methodLabel(v, b.spec().method(), b.spec().seats()),
                        v.when(b.spec().opensAt()), v.when(b.spec().closesAt()), state(v, b, now), b.isOpenAt(now) && s.onRoll(), s.voted(),
                        b.status() == BallotStatus.CLOSED));
            }
            return ui.page(v, "vote/list.jte", "ballots", rows, "proxies", proxyRows(v));
        });
    }

    @GET
    @Path("{id}")
    public Response ballot(@PathParam("id") String id, @QueryParam("find") String find, @Context ContainerRequest req) {
        return ui.guard(req, () -> {
            Viewer v = ui.member(req);
            Form form = Form.empty();
            if (find == null) return ballotPage(v, ballotId(id), form, 200);
            // the proxy form's search: members on this ballot's roll by name, never by membership number
            form.with("find", find.strip());
            try {
                List<HolderRow> found = gov.proxies().holders(v.actor(), ballotId(id), find).stream()
                        .map(h -> new HolderRow(h.id().value().toString(), h.name())).toList();
                if (found.isEmpty()) form.error("find", v.t("ballot.proxy.nobody", find.strip()));
                return ballotPage(v, ballotId(id), form, found, 200);
            } catch (CoopException e) {
                if (e.kind() != ErrorKind.UNPROCESSABLE) throw e;
                return ballotPage(v, ballotId(id), form.error("find", Ui.readable(v.i18n(), e)), 422);
            }
        });
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response vote(@PathParam("id") String id, MultivaluedMap<String, String> params, @Context ContainerRequest req) {
        return ui.guard(req, () -> {
            Viewer v = ui.post(req, params.getFirst("_csrf"));
            BallotId bid = ballotId(id);
            Ballot b = gov.voting().get(v.actor(), bid);
            Form form = Form.of(params);
            List<String> choice = VoteForm.choice(v, b, params, form);
            Optional<MemberId> onBehalf = Optional.ofNullable(params.getFirst("for")).filter(s -> !s.isBlank() && !s.equals("me"))
                    .map(VotePages::memberId);
            Optional<String> previous = Optional.ofNullable(params.getFirst("previous")).map(String::trim).filter(s -> !s.isEmpty());
            if (form.hasErrors()) return ballotPage(v, bid, form, 422);
            try {
                Receipt r = gov.voting().castVote(v.actor(), bid, choice, onBehalf, previous);
                String forWhom = onBehalf.map(m -> name(m)).orElse(null);
                return ui.page(v, "vote/receipt.jte", "ballot", b.spec().question(), "ballotId", id, "code", r.trackingCode(),
                        "forWhom", forWhom, "closes", v.when(b.spec().closesAt()), "mailable", forWhom == null && gov.mailer().enabled());
            } catch (CoopException e) {
                if (e.kind() == ErrorKind.NOT_FOUND || e.kind() == ErrorKind.UNAUTHENTICATED) throw e;
                return ballotPage(v, bid, form.error("choice", Ui.readable(v.i18n(), e)), e.kind().httpStatus());
            }
        });
    }

    Response ballotPage(Viewer v, BallotId id, Form form, int status) {
        return ballotPage(v, id, form, List.of(), status);
    }

    private Response ballotPage(Viewer v, BallotId id, Form form, List<HolderRow> found, int status) {
        v.actor().require(Role.MEMBER);
        Ballot b = gov.voting().get(v.actor(), id);
        if (b.status() == BallotStatus.DRAFT) throw new NotFound("ballot", id.value());
        Instant now = ui.app().clock().instant();
        VoterStatus s = gov.voting().statusOf(v.actor(), id);
        BallotView view = new BallotView(id.value().toString(), b.spec().question(), methodLabel(v, b.spec().method(), b.spec().seats()),
                b.spec().method().name(), b.spec().options(), b.spec().seats(), b.spec().method().ranked(),
                b.spec().method() == Method.APPROVAL, b.spec().secrecy() == Secrecy.SECRET, b.spec().revoting(),
                v.when(b.spec().opensAt()), v.when(b.spec().closesAt()), state(v, b, now), b.isOpenAt(now), s.onRoll(), s.voted(),
                b.status() == BallotStatus.CLOSED);
        List<ProxyRow> proxies = proxyRows(v).stream().filter(p -> p.ballot().equals(id.value().toString())).toList();
        return ui.page(v, status, "vote/ballot.jte", "ballot", view, "form", form, "proxies", proxies,
                "mandates", mandates(v, id.value().toString()), "cap", gov.proxies().capFor(id), "found", found);
    }

    /** The receipt page's button: the voter gets the receipt by e-mail (docs/mail.md). */
    @POST
    @Path("{id}/receipt-mail")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response mailReceipt(@PathParam("id") String id, @FormParam("_csrf") String csrf, @FormParam("code") String code,
                                @Context ContainerRequest req) {
        return ui.guard(req, () -> {
            Viewer v = ui.post(req, csrf);
            try {
                gov.mailer().mailReceipt(v.actor(), ballotId(id), code == null ? "" : code);
                return ui.redirect("/vote/" + id, v.t("vote.receipt.mailed"), req);
            } catch (CoopException e) {
                if (e.kind() != ErrorKind.UNPROCESSABLE) throw e;
                return ui.redirect("/vote/" + id, v.t("vote.receipt.not-mailed", Ui.readable(v.i18n(), e)), req);
            }
        });
    }

    private List<ProxyRow> proxyRows(Viewer v) {
        MemberId me = v.actor().requireMemberId();
        return gov.proxies().mine(v.actor()).stream()
                .map(p -> new ProxyRow(p.id().toString(), p.ballot().value().toString(), name(p.grantor()), name(p.holder()), p.grantor().equals(me), p.active(), p.used(),
                        p.status().name()))
                .toList();
    }

    /** Members' names for proxies: a member sees the name of whom they trust and who trusts them. */
    String name(MemberId id) {
        return ui.app().core().memberDirectory().name(id).orElse("a member");
    }

    /** The grantors whose proxy the viewer holds for a ballot (id, name), for the "vote for" choice. */
    public List<String[]> mandates(Viewer v, String ballot) {
        MemberId me = v.actor().requireMemberId();
        // a used mandate is offered again only where the ballot allows revoting: the page never offers what would be refused
        boolean revoting = gov.voting().get(v.actor(), ballotId(ballot)).spec().revoting();
        return gov.proxies().mine(v.actor()).stream().filter(p -> (p.usable() || (p.used() && revoting)) && p.holder().equals(me)
                        && p.ballot().value().toString().equals(ballot))
                .map(p -> new String[]{p.grantor().value().toString(), name(p.grantor())}).toList();
    }

    static BallotId ballotId(String id) {
        try {
            return new BallotId(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            throw new NotFound("ballot", id);
        }
    }

    /** A malformed proxy id in the address names no mandate: 404, as for an unknown one. */
    static ProxyId proxyId(String id) {
        try {
            return ProxyId.of(id);
        } catch (MalformedId e) {
            throw new NotFound("proxy", id);
        }
    }

    static MemberId memberId(String id) {
        try {
            return MemberId.of(id);
        } catch (IllegalArgumentException e) {
            throw new NotFound("member", id);
        }
    }
}
