package org.coopkit.core.actors;

import static org.coopkit.core.actors.Role.ADMIN;
import static org.coopkit.core.actors.Role.BOARD;
import static org.coopkit.core.actors.Role.MEMBER;
import static org.coopkit.core.actors.Role.TREASURER;
import static org.coopkit.core.testing.RoleGuards.guarded;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.coopkit.core.CoreModule;
import org.coopkit.core.persistence.DatabaseKind;
import org.coopkit.core.statutes.CoopStatutes;
import org.coopkit.core.testing.MutableClock;
import org.coopkit.core.testing.PerDatabase;
import org.coopkit.core.testing.RoleGuards;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every role-guarded service method of core refuses an actor without the role, by name, and changes nothing. */
class RoleGuardsIT {
    private static final PerDatabase<CoreModule> CORE = new PerDatabase<>(db -> new CoreModule(db.open(CoreModule.SCHEMA),
            MutableClock.on(LocalDate.of(2026, 3, 1)), CoopStatutes.defaults()));

    static final List<RoleGuards<CoreModule>> ROWS = List.of(
            guarded("AuthService.grantRole", CoreModule::auth, BOARD),
            guarded("AuthService.revokeRole", CoreModule::auth, BOARD),
            guarded("CapitalService.subscribe", CoreModule::capital, BOARD, TREASURER),
            guarded("CapitalService.recordPayment", CoreModule::capital, TREASURER),
            guarded("CapitalService.redeem", CoreModule::capital, TREASURER),
            guarded("CapitalService.convertRefund", CoreModule::capital, TREASURER),
            guarded("CapitalService.registerOn", CoreModule::capital, BOARD, TREASURER),
            guarded("CapitalService.checkAgainstBooks", CoreModule::capital, BOARD, TREASURER),
            guarded("CapitalService.register", CoreModule::capital, BOARD, TREASURER),
            guarded("Outbox.entries", CoreModule::outbox, ADMIN),
            guarded("MemberService.admit", CoreModule::members, BOARD),
            guarded("MemberService.suspend", CoreModule::members, BOARD),
            guarded("MemberService.reinstate", CoreModule::members, BOARD),
            guarded("MemberService.exclude", CoreModule::members, BOARD),
            guarded("MemberService.list", CoreModule::members, BOARD, TREASURER, ADMIN),
            guarded("MemberService.registerCsv", CoreModule::members, BOARD, ADMIN),
            guarded("ConsentService.consenting", CoreModule::consents, BOARD, ADMIN),
            guarded("LoyaltyService.file", CoreModule::loyalty, MEMBER),
            guarded("LoyaltyService.answer", CoreModule::loyalty, BOARD),
            guarded("LoyaltyService.all", CoreModule::loyalty, BOARD),
            guarded("PrivacyService.export", CoreModule::privacy, MEMBER, ADMIN),
            guarded("PrivacyService.purgeExpiredRetention", CoreModule::privacy, ADMIN));

    static Stream<Arguments> rows() {
        return PerDatabase.crossed(ROWS);
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @MethodSource("rows")
    void refuses_an_actor_without_the_role_and_changes_nothing(DatabaseKind kind, RoleGuards<CoreModule> row) {
        CoreModule core = CORE.get(kind);
        row.assertRefused(core, row.wrongActor(core), core.database());
    }

    @AfterAll
    static void dropDatabases() {
        CORE.close();
    }
}
