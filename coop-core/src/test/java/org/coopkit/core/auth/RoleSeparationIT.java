package org.coopkit.core.auth;

import org.coopkit.core.actors.Actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopkit.core.testing.ProblemJsonAssert.assertProblem;

import org.coopkit.core.actors.Role;
import org.coopkit.core.audit.AuditRecord;
import org.coopkit.core.members.Member;
import org.coopkit.core.testing.ApiClient;
import org.coopkit.core.testing.ApiClient.Reply;
import org.coopkit.core.testing.CoreFixtures;
import org.coopkit.core.testing.EachDatabase;
import org.coopkit.core.testing.JsonBody;
import org.coopkit.core.testing.TestDatabase;

/** Roles are a board decision: no self-grant, ADMIN implies no business role, every role revocable, a revoked role stops at once. */
class RoleSeparationIT {
    private static final String PAYMENT = JsonBody.of("amount", JsonBody.money("20.00", "EUR")).json();
    private static String role(String r) {
        return JsonBody.of("role", r).json();
    }

    @EachDatabase
    void a_board_member_cannot_grant_themselves_treasurer_nor_record_capital_as_one(TestDatabase db) {
        try (AuthApp app = AuthApp.start(db)) {
            Member bo = CoreFixtures.admittedWithRole(app.core(), "Board Bo", "worker", Role.BOARD);
            ApiClient board = app.api().login(bo.email(), CoreFixtures.PASSWORD);

            Reply self = board.post("/api/members/" + bo.id() + "/roles", role("TREASURER"));
            assertProblem(self).hasStatus(403).hasCode("self-grant");
            assertThat(app.core().auth().roles(Actor.system(), bo.id())).containsExactly(Role.BOARD);
            assertThat(board.post("/api/capital/members/" + bo.id() + "/payments", PAYMENT).status()).isEqualTo(403);
            assertThat(board.delete("/api/members/" + bo.id() + "/roles/BOARD").status()).as("nor revoke their own").isEqualTo(403);
        }
    }

    @EachDatabase
    void another_board_member_grants_and_the_grant_is_audited(TestDatabase db) {
        try (AuthApp app = AuthApp.start(db)) {
            Member bo = CoreFixtures.admittedWithRole(app.core(), "Board Bo", "worker", Role.BOARD);
            Member ann = CoreFixtures.admittedWithRole(app.core(), "Board Ann", "worker", Role.BOARD);
            ApiClient annApi = app.api().login(ann.email(), CoreFixtures.PASSWORD);

            assertThat(annApi.post("/api/members/" + bo.id() + "/roles", role("TREASURER")).status()).isEqualTo(204);
            assertThat(app.core().auth().roles(Actor.system(), bo.id())).containsExactlyInAnyOrder(Role.BOARD, Role.TREASURER);
            assertThat(annApi.get("/api/members/" + bo.id() + "/roles").json().toString()).contains("TREASURER");
            var audit = app.core().transactions().inTransaction(() -> app.core().audit().about(bo.id().toString()));
            assertThat(audit).filteredOn(r -> r.action().equals("member.role-granted")).extracting(AuditRecord::data, AuditRecord::actor)
                    .contains(org.assertj.core.groups.Tuple.tuple("TREASURER", "member:" + ann.id()));
            assertThat(annApi.post("/api/members/" + bo.id() + "/roles", role("MEMBER")).status()).as("MEMBER comes with admission").isEqualTo(422);
        }
    }

    @EachDatabase
    void admin_is_technical_and_implies_neither_board_nor_treasurer(TestDatabase db) {
        try (AuthApp app = AuthApp.start(db)) {
            Member root = CoreFixtures.admittedWithRole(app.core(), "Admin Al", "worker", Role.ADMIN);
            Member ada = CoreFixtures.admitted(app.core(), "Ada", "user");
            Member emma = CoreFixtures.applicant(app.core(), "Emma", "user");
            ApiClient admin = app.api().login(root.email(), CoreFixtures.PASSWORD);

            assertThat(admin.post("/api/members/" + emma.id() + "/admission", "{\"reason\":\"x\"}").status()).as("admit: board").isEqualTo(403);
            assertThat(admin.post("/api/capital/members/" + ada.id() + "/payments", PAYMENT).status()).as("capital: treasurer")
                    .isEqualTo(403);
            assertThat(admin.post("/api/members/" + ada.id() + "/roles", role("BOARD")).status()).as("grant: board").isEqualTo(403);
            assertThat(admin.post("/api/members/" + root.id() + "/roles", role("TREASURER")).status()).isEqualTo(403);
            assertThat(admin.get("/api/members/" + ada.id() + "/export").status()).as("a data-rights request: admin").isEqualTo(200);
        }
    }

    @EachDatabase
    void every_role_can_be_revoked_and_a_revoked_role_stops_working_at_once(TestDatabase db) {
        try (AuthApp app = AuthApp.start(db)) {
            Member ann = CoreFixtures.admittedWithRole(app.core(), "Board Ann", "worker", Role.BOARD);
            Member bo = CoreFixtures.admittedWithRole(app.core(), "Bo", "worker", Role.BOARD, Role.TREASURER, Role.ADMIN);
            Member emma = CoreFixtures.applicant(app.core(), "Emma", "user");
            ApiClient annApi = app.api().login(ann.email(), CoreFixtures.PASSWORD);
            ApiClient boApi = app.api().login(bo.email(), CoreFixtures.PASSWORD);
            assertThat(boApi.get("/api/members/register.csv", "text/csv").status()).isEqualTo(200);

            for (String r : new String[]{"BOARD", "TREASURER", "ADMIN"}) {
                assertThat(annApi.delete("/api/members/" + bo.id() + "/roles/" + r).status()).as(r).isEqualTo(204);
            }
            assertThat(app.core().auth().roles(Actor.system(), bo.id())).isEmpty();
            // the same token, the next request: the role is gone
            assertThat(boApi.get("/api/members/register.csv", "text/csv").status()).isEqualTo(403);
            assertThat(boApi.post("/api/members/" + emma.id() + "/admission", "{\"reason\":\"x\"}").status()).isEqualTo(403);
            assertThat(boApi.get("/api/members/me").status()).as("still a member").isEqualTo(200);
            var audit = app.core().transactions().inTransaction(() -> app.core().audit().about(bo.id().toString()));
            assertThat(audit).filteredOn(r -> r.action().equals("member.role-revoked")).extracting(AuditRecord::data)
                    .containsExactlyInAnyOrder("BOARD", "TREASURER", "ADMIN");
        }
    }
}
