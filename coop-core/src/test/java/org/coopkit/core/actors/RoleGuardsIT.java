package org.coopkit.core.actors;

import static org.coopkit.core.actors.Role.ADMIN;
import static org.coopkit.core.actors.Role.BOARD;
import static org.coopkit.core.actors.Role.MEMBER;
import static org.coopkit.core.actors.Role.TREASURER;
import static org.coopkit.core.testing.RoleGuards.guarded;

import java.time.LocalDate;
import java.util.List;
import org.coopkit.core.CoreModule;
import org.coopkit.core.statutes.CoopStatutes;
import org.coopkit.core.testing.MutableClock;
import org.coopkit.core.testing.RoleGuards;
import org.coopkit.core.testing.RoleGuardsContract;

/** Every role-guarded service method of core refuses an actor without the role, by name, and changes nothing. */
class RoleGuardsIT extends RoleGuardsContract<CoreModule> {
    RoleGuardsIT() {
        super(db -> new CoreModule(db.open(CoreModule.SCHEMA),
                MutableClock.on(LocalDate.of(2026, 3, 1)), CoopStatutes.defaults()), c -> c, CoreModule::database);
    }

    @Override
    protected List<RoleGuards<CoreModule>> rows() {
        return List.of(
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
                guarded("MemberDirectory.inStatus", CoreModule::memberDirectory, BOARD),
                guarded("MemberDirectory.applicantsRead", CoreModule::memberDirectory, BOARD),
                guarded("ConsentService.consenting", CoreModule::consents, BOARD, ADMIN),
                guarded("LoyaltyService.file", CoreModule::loyalty, MEMBER),
                guarded("LoyaltyService.answer", CoreModule::loyalty, BOARD),
                guarded("LoyaltyService.all", CoreModule::loyalty, BOARD),
                guarded("PrivacyService.export", CoreModule::privacy, MEMBER, ADMIN),
                guarded("PrivacyService.purgeExpiredRetention", CoreModule::privacy, ADMIN));
    }
}
