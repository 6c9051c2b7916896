package org.coopkit.governance;

import static org.coopkit.core.actors.Role.BOARD;
import static org.coopkit.core.actors.Role.MEMBER;
import static org.coopkit.core.testing.RoleGuards.guarded;

import java.util.List;
import org.coopkit.core.testing.RoleGuards;
import org.coopkit.core.testing.RoleGuardsContract;
import org.coopkit.governance.GovFixtures.Coop;

/** Every role-guarded service method of governance refuses an actor without the role, by name, and changes nothing. */
class GovernanceRoleGuardsIT extends RoleGuardsContract<Coop> {
    GovernanceRoleGuardsIT() {
        super(GovFixtures::start, Coop::core, Coop::db);
    }

    @Override
    protected List<RoleGuards<Coop>> rows() {
        return List.of(
                guarded("AssemblyService.convene", c -> c.gov().assemblies(), BOARD),
                guarded("AssemblyService.addResolution", c -> c.gov().assemblies(), BOARD),
                guarded("AssemblyService.addOpenResolution", c -> c.gov().assemblies(), BOARD),
                guarded("AssemblyService.get", c -> c.gov().assemblies(), MEMBER, BOARD),
                guarded("AssemblyService.all", c -> c.gov().assemblies(), MEMBER, BOARD),
                guarded("AssemblyService.agenda", c -> c.gov().assemblies(), MEMBER, BOARD),
                guarded("AssemblyService.close", c -> c.gov().assemblies(), BOARD),
                guarded("AssemblyService.minutes", c -> c.gov().assemblies(), MEMBER, BOARD),
                guarded("BallotMailer.mailReceipt", c -> c.gov().mailer(), MEMBER),
                guarded("VotingService.create", c -> c.gov().voting(), BOARD),
                guarded("VotingService.createAndOpen", c -> c.gov().voting(), BOARD),
                guarded("VotingService.open", c -> c.gov().voting(), BOARD),
                guarded("VotingService.castVote", c -> c.gov().voting(), MEMBER),
                guarded("VotingService.close", c -> c.gov().voting(), BOARD),
                guarded("VotingService.closeEarly", c -> c.gov().voting(), BOARD),
                guarded("VotingService.retryDecision", c -> c.gov().voting(), BOARD),
                guarded("VotingService.get", c -> c.gov().voting(), MEMBER, BOARD),
                guarded("VotingService.all", c -> c.gov().voting(), MEMBER, BOARD),
                guarded("VotingService.turnout", c -> c.gov().voting(), BOARD),
                guarded("BriefingService.describe", c -> c.gov().briefings(), BOARD),
                guarded("BriefingService.attachLink", c -> c.gov().briefings(), BOARD),
                guarded("BriefingService.detachLink", c -> c.gov().briefings(), BOARD),
                guarded("DiscussionService.post", c -> c.gov().discussion(), MEMBER),
                guarded("DiscussionService.answer", c -> c.gov().discussion(), BOARD),
                guarded("ProxyService.give", c -> c.gov().proxies(), MEMBER),
                guarded("ProxyService.decline", c -> c.gov().proxies(), MEMBER),
                guarded("ProxyService.holders", c -> c.gov().proxies(), MEMBER),
                guarded("ProxyService.all", c -> c.gov().proxies(), BOARD));
    }
}
