package org.coopkit.governance.briefing;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.Locale;
import org.coopkit.core.actors.AccessDenied;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.actors.Role;
import org.coopkit.core.audit.AuditLog;
import org.coopkit.core.errors.InvalidInput;
import org.coopkit.core.errors.NotFound;
import org.coopkit.core.persistence.Transactions;
import org.coopkit.governance.ballots.Ballot;
import org.coopkit.governance.ballots.BallotId;
import org.coopkit.governance.ballots.BallotNotFound;
import org.coopkit.governance.ballots.BallotStatus;
import org.coopkit.governance.ballots.VotingService;
import org.coopkit.governance.briefing.internal.BriefingStore;

/**
 * Informed ballots: the board describes a ballot (or an assembly's resolution, which is a ballot of
 * its agenda) in Markdown and attaches documents as title + address; members on the ballot's roll
 * read them once it is open, and after. The text is frozen from the first vote on, so every voter
 * decides on the same one.
 *
 * <p>{@link #requireReader} is the one access rule for what a ballot refers to: an embedding
 * application checks it before showing the documents a decision rests on (a draft resolution, a
 * report, a proposed tariff) to a member who otherwise could not read them.
 */
public final class BriefingService {
    /** Longest description, in characters. */
    public static final int MAX_DESCRIPTION = 8000;
    /** Most documents on one ballot. */
    public static final int MAX_LINKS = 20;
    private final Transactions tx;
    private final BriefingStore store;
    private final VotingService voting;
    private final AuditLog audit;
    private final Clock clock;

    /**
     * Wiring for {@link org.coopkit.governance.GovernanceModule}.
     * @param tx the module's transactions
     * @param voting the voting service (ballots, rolls, turnout)
     * @param audit the audit log
     * @param clock the clock
     */
    public BriefingService(Transactions tx, VotingService voting, AuditLog audit, Clock clock) {
        this.tx = tx;
        this.store = new BriefingStore(tx);
        this.voting = voting;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The description and documents: for the board at any time, for members on the roll once the ballot is open.
     *
     * @param actor the BOARD, or a MEMBER on the roll
     * @param id the ballot
     * @return its description and documents
     * @throws BallotNotFound if no ballot has that id (or, for a member, it is a draft)
     */
    public Briefing briefing(Actor actor, BallotId id) {
        return tx.inTransaction(() -> {
            requireReader(actor, id);
            return store.of(id);
        });
    }

    /**
     * Refuses anyone who may not read what the ballot refers to: the board may; a member may when on
     * the ballot's roll and the ballot is open or closed (never a draft); anyone else gets 403.
     *
     * @param actor who reads
     * @param id the ballot
     * @return the ballot, when the actor may read it
     * @throws BallotNotFound if no ballot has that id (or, for a member, it is a draft)
     */
    public Ballot requireReader(Actor actor, BallotId id) {
        return tx.inTransaction(() -> {
            Ballot b = voting.get(actor, id);
            if (actor.has(Role.BOARD)) return b;
            actor.require(Role.MEMBER);
            if (b.status() == BallotStatus.DRAFT) throw new BallotNotFound(id);
            if (!voting.statusOf(actor, id).onRoll()) {
                throw new AccessDenied(actor, "only members on the roll of this ballot read its documents");
            }
            return b;
        });
    }

    /**
     * The board writes (or rewrites) the description, until the first vote.
     *
     * @param actor the BOARD (anyone else is refused with {@code AccessDenied})
     * @param id the ballot
     * @param markdown the description in Markdown, at most {@link #MAX_DESCRIPTION} characters, no control characters
     * @return the briefing
     * @throws BriefingRefused if the ballot is closed or votes have been cast
     */
    public Briefing describe(Actor actor, BallotId id, String markdown) {
        actor.require(Role.BOARD);
        String text = markdown == null ? "" : markdown.strip();
        if (text.length() > MAX_DESCRIPTION) throw new InvalidInput("description", "must be at most " + MAX_DESCRIPTION + " characters");
        if (text.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
            throw new InvalidInput("description", "must not contain control characters");
        }
        return tx.inTransaction(() -> {
            requireEditable(actor, id);
            store.describe(id, text, clock.instant());
            audit.record(actor, "gov.ballot-described", id.toString(), text.length() + " characters");
            return store.of(id);
        });
    }

    /**
     * The board attaches a document (a title and an http or https address), until the first vote.
     *
     * @param actor the BOARD (anyone else is refused with {@code AccessDenied})
     * @param id the ballot
     * @param title 1 to 200 characters on one line
     * @param url an http or https address of at most 2000 characters
     * @return the attached document
     * @throws BriefingRefused if the ballot is closed or votes have been cast
     */
    public BallotLink attachLink(Actor actor, BallotId id, String title, String url) {
        actor.require(Role.BOARD);
        String t = title == null ? "" : title.strip();
        String u = url == null ? "" : url.strip();
        java.util.Map<String, String> errors = new java.util.LinkedHashMap<>();
        if (t.isEmpty() || t.length() > 200 || t.chars().anyMatch(c -> c < 0x20)) errors.put("title", "must be 1 to 200 characters on one line");
        if (!isWebAddress(u)) errors.put("url", "must be an http or https address of at most 2000 characters");
        if (!errors.isEmpty()) throw new InvalidInput(errors);
        return tx.inTransaction(() -> {
            requireEditable(actor, id);
            if (store.links(id) >= MAX_LINKS) throw new InvalidInput("url", "a ballot carries at most " + MAX_LINKS + " documents");
            BallotLink l = store.attach(id, t, u, clock.instant());
            audit.record(actor, "gov.ballot-document-attached", id.toString(), t);
            return l;
        });
    }

    /**
     * The board removes a document, until the first vote.
     *
     * @param actor the BOARD (anyone else is refused with {@code AccessDenied})
     * @param id the ballot
     * @param linkId the document's id
     * @throws BriefingRefused if the ballot is closed or votes have been cast
     */
    public void detachLink(Actor actor, BallotId id, String linkId) {
        actor.require(Role.BOARD);
        tx.run(() -> {
            requireEditable(actor, id);
            if (!store.detach(id, linkId)) throw new NotFound("document", linkId);
            audit.record(actor, "gov.ballot-document-removed", id.toString(), linkId);
        });
    }

    private void requireEditable(Actor actor, BallotId id) {
        Ballot b = voting.get(actor, id);
        if (b.status() == BallotStatus.CLOSED) throw BriefingRefused.frozen(id, "the ballot is closed");
        if (voting.turnout(actor, id).voted() > 0) throw BriefingRefused.frozen(id, "votes have been cast");
    }

    static boolean isWebAddress(String u) {
        if (u.length() > 2000 || u.chars().anyMatch(c -> c <= ' ' || c == 0x7f)) return false;
        try {
            URI uri = new URI(u);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
