package org.coopkit.governance.briefing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.coopkit.core.actors.AccessDenied;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.errors.InvalidInput;
import org.coopkit.core.testing.CoreFixtures;
import org.coopkit.core.testing.EachDatabase;
import org.coopkit.core.testing.TestDatabase;
import org.coopkit.governance.GovFixtures;
import org.coopkit.governance.GovFixtures.Coop;
import org.coopkit.governance.ballots.Ballot;
import org.coopkit.governance.ballots.BallotNotFound;
import org.coopkit.governance.ballots.BallotSpec;

/** Informed ballots (issue 14): a description and documents the roll reads, frozen once votes are cast. */
class InformedBallotsIT {
    static final Actor BOARD = Actor.system();

    @EachDatabase
    void members_on_the_roll_read_the_description_and_documents_and_others_get_403(TestDatabase db) {
        Coop c = GovFixtures.start(db);
        Actor ada = CoreFixtures.actor(c.core(), CoreFixtures.admitted(c.core(), "Ada", "user"));
        Ballot b = c.gov().voting().create(BOARD, BallotSpec.resolution("Adopt the new tariff?", c.now(), c.inHours(24 * 8)));
        c.gov().briefings().describe(BOARD, b.id(), "The board proposes **0.30 EUR/km**.\n\n<script>alert(1)</script>");
        c.gov().briefings().attachLink(BOARD, b.id(), "Tariff study", "https://coop.example/tariff-study.pdf");

        assertThatThrownBy(() -> c.gov().briefings().briefing(ada, b.id())).as("a draft is no one's business yet").isInstanceOf(BallotNotFound.class);
        c.gov().voting().open(BOARD, b.id());
        Actor late = CoreFixtures.actor(c.core(), CoreFixtures.admitted(c.core(), "Late Larry", "user")); // admitted after the roll froze

        Briefing read = c.gov().briefings().briefing(ada, b.id());
        assertThat(read.descriptionHtml()).contains("<strong>0.30 EUR/km</strong>", "&lt;script&gt;").doesNotContain("<script>");
        assertThat(read.links()).singleElement().satisfies(l -> assertThat(l.url()).isEqualTo("https://coop.example/tariff-study.pdf"));
        assertThatThrownBy(() -> c.gov().briefings().briefing(late, b.id())).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> c.gov().briefings().describe(ada, b.id(), "mine now")).isInstanceOf(AccessDenied.class);
    }

    @EachDatabase
    void a_document_is_an_http_address_and_the_text_is_frozen_from_the_first_vote(TestDatabase db) {
        Coop c = GovFixtures.start(db);
        Actor ada = CoreFixtures.actor(c.core(), CoreFixtures.admitted(c.core(), "Ada", "user"));
        Ballot b = c.gov().voting().createAndOpen(BOARD, BallotSpec.resolution("Adopt the accounts?", c.now(), c.inHours(24 * 8)));

        for (String bad : List.of("javascript:alert(1)", "data:text/html,hi", "ftp://coop.example/a", "https://", "https://a.example/ x")) {
            assertThatThrownBy(() -> c.gov().briefings().attachLink(BOARD, b.id(), "Accounts", bad)).as(bad)
                    .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors()).containsKey("url"));
        }
        assertThatThrownBy(() -> c.gov().briefings().describe(BOARD, b.id(), "x".repeat(BriefingService.MAX_DESCRIPTION + 1)))
                .isInstanceOf(InvalidInput.class);
        assertThat(c.gov().briefings().briefing(BOARD, b.id()).links()).isEmpty();

        c.gov().briefings().describe(BOARD, b.id(), "The accounts of 2025.");
        c.gov().voting().castVote(ada, b.id(), List.of("yes"));
        assertThatThrownBy(() -> c.gov().briefings().describe(BOARD, b.id(), "Other accounts."))
                .isInstanceOfSatisfying(BriefingRefused.class, e -> assertThat(e.code()).isEqualTo("briefing-frozen"));
        assertThatThrownBy(() -> c.gov().briefings().attachLink(BOARD, b.id(), "Late", "https://coop.example/late.pdf"))
                .isInstanceOf(BriefingRefused.class);
        assertThat(c.gov().briefings().briefing(ada, b.id()).description()).isEqualTo("The accounts of 2025.");
    }
}
