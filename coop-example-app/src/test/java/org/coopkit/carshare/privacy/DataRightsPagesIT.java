package org.coopkit.carshare.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.coopkit.carshare.CarshareFixtures;
import org.coopkit.carshare.CarshareFixtures.Running;
import org.coopkit.carshare.ui.PageSession;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.members.Member;
import org.coopkit.core.members.MemberStatus;
import org.coopkit.core.privacy.Consent;
import org.coopkit.core.testing.CoreFixtures;
import org.coopkit.core.testing.EachDatabase;
import org.coopkit.core.testing.TestDatabase;
import org.coopkit.core.web.ApiServer;

/**
 * Issue 15, data rights in the pages: the forms of "My data" on the member's own session change
 * what they say (contact correction, consents, loyalty reports, erasure after leaving) and bad
 * input or a refused erasure changes nothing.
 */
class DataRightsPagesIT {
    private static Member fresh(Running r, Member m) {
        return r.app().core().members().get(Actor.system(), m.id());
    }

    @EachDatabase
    void correcting_the_contact_details_changes_them_and_bad_input_changes_nothing(TestDatabase db) {
        Running r = CarshareFixtures.start(db, 4);
        Member ada = r.member("Ada Lovelace", "user");
        try (ApiServer server = ApiServer.start(0, r.app().resourceConfig())) {
            PageSession web = PageSession.logIn(server.baseUri(), ada.email(), CoreFixtures.PASSWORD, null);
            String email = "ada." + UUID.randomUUID() + "@example.org";
            HttpResponse<String> bad = web.post("/me/data/contact", "/me/data/contact", Map.of("name", "  ", "email", email,
                    "street", "1 rue de la Paix", "postalCode", "75002", "city", "x".repeat(101), "country", "France"));
            assertThat(bad.statusCode()).isEqualTo(422);
            assertThat(bad.body()).contains("id=\"name-error\"", "Enter your full name", "id=\"city-error\"", "100 characters")
                    .contains("value=\"" + email + "\"", "value=\"1 rue de la Paix\"");
            assertThat(fresh(r, ada).name()).isEqualTo("Ada Lovelace");
            assertThat(fresh(r, ada).email()).isEqualTo(ada.email());

            HttpResponse<String> badEmail = web.post("/me/data/contact", "/me/data/contact", Map.of("name", "Ada King", "email", "not-an-address"));
            assertThat(badEmail.statusCode()).isEqualTo(422);
            assertThat(badEmail.body()).contains("id=\"email-error\"", "value=\"Ada King\"");
            assertThat(fresh(r, ada).name()).isEqualTo("Ada Lovelace");

            HttpResponse<String> ok = web.post("/me/data/contact", "/me/data/contact", Map.of("name", "Ada King", "email", email,
                    "street", "1 rue de la Paix", "postalCode", "75002", "city", "Paris", "country", "France"));
            assertThat(ok.statusCode()).as(ok.body()).isEqualTo(303);
            Member after = fresh(r, ada);
            assertThat(after.name()).isEqualTo("Ada King");
            assertThat(after.email()).isEqualTo(email);
            assertThat(after.address().city()).isEqualTo("Paris");
            assertThat(web.get("/me/data").body()).contains("Ada King", email, "1 rue de la Paix, 75002 Paris, France");
        }
    }

    @EachDatabase
    void a_withdrawn_consent_shows_with_the_day_it_was_given_and_withdrawn(TestDatabase db) {
        Running r = CarshareFixtures.start(db, 4);
        Member bea = r.member("Béa Consent", "user");
        try (ApiServer server = ApiServer.start(0, r.app().resourceConfig())) {
            PageSession web = PageSession.logIn(server.baseUri(), bea.email(), CoreFixtures.PASSWORD, "fr");
            assertThat(web.get("/me/data/consents").body()).contains("Vous ne l'avez jamais accepté").doesNotContain("retiré le");

            assertThat(web.post("/me/data/consents", "/me/data/consents/newsletter/grant", Map.of()).statusCode()).isEqualTo(303);
            r.clock().advance(Duration.ofMinutes(20)); // within the session's idle time
            assertThat(web.post("/me/data/consents", "/me/data/consents/newsletter/withdrawal", Map.of()).statusCode()).isEqualTo(303);

            Consent c = r.app().core().consents().consents(r.actor(bea), bea.id()).get(0);
            assertThat(c.active()).isFalse();
            String page = web.get("/me/data/consents").body();
            var fr = org.coopkit.carshare.i18n.I18n.FRENCH;
            assertThat(page).contains("Vous n'acceptez pas", "retiré le " + fr.when(c.revokedAt().orElseThrow()),
                    "donné le " + fr.when(c.grantedAt()), "/me/data/consents/newsletter/grant");
            assertThat(web.get("/me/data").body()).contains("retiré le " + fr.when(c.revokedAt().orElseThrow()));
            assertThat(web.post("/me/data/consents", "/me/data/consents/membership/grant", Map.of()).statusCode()).isEqualTo(404);
        }
    }

    @EachDatabase
    void erasure_is_refused_in_words_while_a_member_and_done_after_leaving(TestDatabase db) {
        Running r = CarshareFixtures.start(db, 4);
        Member cleo = r.member("Cléo Leaving", "user");
        try (ApiServer server = ApiServer.start(0, r.app().resourceConfig())) {
            PageSession web = PageSession.logIn(server.baseUri(), cleo.email(), CoreFixtures.PASSWORD, null);
            HttpResponse<String> confirm = web.post("/me/data/erasure", "/me/data/erasure", Map.of());
            assertThat(confirm.statusCode()).isEqualTo(200);
            assertThat(confirm.body()).contains("id=\"erasure-confirm\"", "Yes, erase my data");
            assertThat(fresh(r, cleo).name()).isEqualTo("Cléo Leaving");

            HttpResponse<String> refused = web.post("/me/data/erasure", "/me/data/erasure", Map.of("confirmed", "yes"));
            assertThat(refused.statusCode()).isEqualTo(409);
            assertThat(refused.body()).contains("id=\"erasure-refused\"", "You are still a member").doesNotContain("MEMBER", cleo.id().toString());
            assertThat(fresh(r, cleo).name()).isEqualTo("Cléo Leaving");
            assertThat(fresh(r, cleo).status()).isEqualTo(MemberStatus.MEMBER);

            r.app().core().members().withdraw(r.actor(cleo), cleo.id(), "moving away");
            HttpResponse<String> erased = web.post("/me/data/erasure", "/me/data/erasure", Map.of("confirmed", "yes"));
            assertThat(erased.statusCode()).as(erased.body()).isEqualTo(303);
            assertThat(erased.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
            assertThat(fresh(r, cleo).name()).isNotEqualTo("Cléo Leaving");
            assertThat(r.app().core().transactions().inTransaction(() -> r.app().core().memberRegistry().retainedUntil(cleo.id()))).isPresent();
        }
    }

    @EachDatabase
    void a_loyalty_report_is_filed_from_its_form_and_bad_input_files_nothing(TestDatabase db) {
        Running r = CarshareFixtures.start(db, 4);
        Member dan = r.member("Dan Reporter", "user");
        try (ApiServer server = ApiServer.start(0, r.app().resourceConfig())) {
            PageSession web = PageSession.logIn(server.baseUri(), dan.email(), CoreFixtures.PASSWORD, null);
            HttpResponse<String> bad = web.post("/me/data/loyalty", "/me/data/loyalty", Map.of("subject", "", "text", "The night rate doubled"));
            assertThat(bad.statusCode()).isEqualTo(422);
            assertThat(bad.body()).contains("id=\"subject-error\"", "The night rate doubled");
            assertThat(r.app().core().loyalty().mine(r.actor(dan))).isEmpty();

            assertThat(web.post("/me/data/loyalty", "/me/data/loyalty", Map.of("subject", "Night rate", "text", "The night rate doubled")).statusCode())
                    .isEqualTo(303);
            assertThat(r.app().core().loyalty().mine(r.actor(dan))).singleElement().satisfies(x -> assertThat(x.subject()).isEqualTo("Night rate"));
            assertThat(web.get("/me/data/loyalty").body()).contains("Night rate", "waiting for the board");
        }
    }

    @EachDatabase
    void the_access_log_names_who_read_my_data_and_why_newest_first(TestDatabase db) {
        Running r = CarshareFixtures.start(db, 4);
        Member eva = r.member("Eva Watched", "user");
        Member board = CoreFixtures.admittedWithRole(r.app().core(), "Fanny Board", "worker", org.coopkit.core.actors.Role.BOARD);
        try (ApiServer server = ApiServer.start(0, r.app().resourceConfig())) {
            PageSession web = PageSession.logIn(server.baseUri(), eva.email(), CoreFixtures.PASSWORD, null);
            assertThat(web.get("/me/data/access-log").body()).contains("id=\"access-none\"");
            r.app().core().members().get(r.actor(board), eva.id());
            r.clock().advance(Duration.ofMinutes(10));
            r.app().core().privacy().export(Actor.system(), eva.id());

            String page = web.get("/me/data/access-log").body();
            assertThat(page).contains("Fanny Board", "opened your member record", "The co-op's system", "downloaded all your data")
                    .doesNotContain("member:" + board.id(), board.id().toString());
            assertThat(page.indexOf("downloaded all your data")).as("newest first").isLessThan(page.indexOf("opened your member record"));
        }
    }
}
