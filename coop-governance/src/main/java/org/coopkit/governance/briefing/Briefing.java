package org.coopkit.governance.briefing;

import java.util.List;
import java.util.Optional;
import java.time.Instant;
import org.coopkit.governance.ballots.BallotId;

/**
 * What a member reads before voting: the ballot's description (Markdown, as the board wrote it) and
 * the documents attached to it.
 *
 * @param description the Markdown source; empty when the board wrote none
 * @param updatedAt   when the description last changed
 * @param ballot the ballot
 * @param links the documents attached, in order
 */
public record Briefing(BallotId ballot, String description, Optional<Instant> updatedAt, List<BallotLink> links) {
    /**
     * Turns a null description into an empty one and copies the links.
     *
     * @param ballot the ballot
     * @param description the Markdown source; null for none
     * @param updatedAt when the description last changed
     * @param links the documents attached, in order
     */
    public Briefing {
        description = description == null ? "" : description;
        links = List.copyOf(links);
    }

    /**
     * The description rendered by {@link SafeMarkdown}: no raw HTML, only http(s) and mailto links.
     *
     * @return safe HTML, empty for no description
     */
    public String descriptionHtml() {
        return SafeMarkdown.toHtml(description);
    }
}
