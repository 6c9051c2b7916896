package org.coopkit.carshare.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.coopkit.carshare.CarshareFixtures;
import org.coopkit.carshare.CarshareFixtures.Running;
import org.coopkit.core.actors.Role;
import org.coopkit.core.members.Member;
import org.coopkit.core.testing.ApiClient;
import org.coopkit.core.testing.ApiClient.Reply;
import org.coopkit.core.testing.CoreFixtures;
import org.coopkit.core.testing.EachDatabase;
import org.coopkit.core.testing.TestDatabase;
import org.coopkit.core.web.ApiServer;

/** ADMIN is technical: the demo's board-and-admin member can neither close a fiscal year nor do any treasurer's work. */
class AdminIsTechnicalIT {
    @EachDatabase
    void an_admin_who_is_also_on_the_board_cannot_close_a_fiscal_year_but_the_treasurer_can(TestDatabase db) {
        Running r = CarshareFixtures.start(db, 4);
        Member chloe = CoreFixtures.admittedWithRole(r.app().core(), "Chloé Dubois", "worker", Role.BOARD, Role.ADMIN);
        Member david = CoreFixtures.admittedWithRole(r.app().core(), "David Nguyen", "worker", Role.TREASURER);
        String year = String.valueOf(java.time.LocalDate.now(r.clock()).getYear());
        r.app().ledger().fiscalYears().open(org.coopkit.core.actors.Actor.system(), org.coopkit.ledger.fiscal.FiscalYear.calendar(Integer.parseInt(year)));
        // a year closes from its last day on
        r.clock().set(java.time.LocalDate.of(Integer.parseInt(year), 12, 31).atTime(18, 0).toInstant(java.time.ZoneOffset.UTC));
        try (ApiServer server = ApiServer.start(0, r.app().resourceConfig())) {
            ApiClient api = new ApiClient(server.baseUri());
            ApiClient admin = api.login(chloe.email(), CoreFixtures.PASSWORD);
            ApiClient treasurer = api.login(david.email(), CoreFixtures.PASSWORD);

            Reply refused = admin.post("/api/ledger/fiscal-years/" + year + "/closing", null);
            assertThat(refused.status()).as(refused.body()).isEqualTo(403);
            assertThat(refused.isProblem()).isTrue();
            assertThat(admin.post("/api/members/" + chloe.id() + "/roles", "{\"role\":\"TREASURER\"}").status()).as("nor make herself treasurer")
                    .isEqualTo(403);
            // closing is two steps: the treasurer previews, then confirms the preview's fingerprint
            String fingerprint = treasurer.get("/api/ledger/fiscal-years/" + year + "/closing").json().get("fingerprint").asText();
            Reply closed = treasurer.post("/api/ledger/fiscal-years/" + year + "/closing", "{\"fingerprint\":\"" + fingerprint + "\"}");
            assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        } finally {
            r.app().close();
        }
    }
}
