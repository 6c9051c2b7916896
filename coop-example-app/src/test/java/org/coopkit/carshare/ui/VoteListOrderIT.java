package org.coopkit.carshare.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import org.coopkit.carshare.PageClient;
import org.coopkit.core.actors.Actor;
import org.coopkit.governance.ballots.BallotSpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The votes page lists open ballots soonest closing first, in every language: the order follows the
 * closing time, not the text the page shows for it ("Mon 18 May" sorts before "Tue 12 May" as text,
 * "lun. 18 mai" before "mar. 12 mai").
 */
class VoteListOrderIT {
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void open_ballots_are_listed_soonest_closing_first(String language) throws Exception {
        try (UiApp app = new UiApp()) {
            Actor board = app.running.actor(app.board);
            Instant now = app.running.clock().instant(); // Monday 4 May 2026
            var voting = app.running.app().governance().voting();
            voting.createAndOpen(board, BallotSpec.resolution("Later: closes Monday the 18th?", now, Instant.parse("2026-05-18T10:00:00Z")));
            voting.createAndOpen(board, BallotSpec.resolution("Sooner: closes Tuesday the 12th?", now, Instant.parse("2026-05-12T10:00:00Z")));
            PageClient pages = new PageClient(app.base());
            String cookie = pages.session(app.driver.email()) + "; coopkit_lang=" + language;

            HttpResponse<String> page = pages.get("vote", cookie);

            assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
            assertThat(page.body()).contains("<html lang=\"" + language + "\"");
            assertThat(page.body().indexOf("Sooner: closes Tuesday the 12th?")).as("soonest closing first")
                    .isPositive().isLessThan(page.body().indexOf("Later: closes Monday the 18th?"));
        }
    }
}
