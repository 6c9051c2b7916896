package org.example.coop;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.coopkit.core.CoreModule;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.decisions.Decision;
import org.coopkit.core.decisions.DecisionHandlers;
import org.coopkit.core.members.Member;
import org.coopkit.core.members.MemberApplication;
import org.coopkit.core.persistence.Database;
import org.coopkit.core.persistence.DatabaseConfig;
import org.coopkit.core.statutes.CoopStatutes;
import org.coopkit.core.web.ApiServer;
import org.coopkit.core.web.CoreFeature;
import org.coopkit.governance.GovernanceModule;
import org.coopkit.governance.GovernanceRules;
import org.coopkit.governance.ballots.Ballot;
import org.coopkit.governance.ballots.BallotResult;
import org.coopkit.governance.ballots.BallotSpec;
import org.coopkit.governance.ballots.Receipt;
import org.coopkit.governance.web.GovernanceFeature;
import org.glassfish.jersey.server.ResourceConfig;

/** A fresh project that embeds coop-governance: a ballot is created, voted on, closed and tallied. */
public final class GovernanceEmbedding {
    private GovernanceEmbedding() {
    }

    public static BallotResult run(Path dataDir) {
        // guide:open
        DatabaseConfig config = DatabaseConfig.h2File(dataDir);
        try (Database db = Database.open(config, CoreModule.SCHEMA, GovernanceModule.SCHEMA)) {   // core's changelog first
            Clock clock = Clock.systemUTC();
            CoreModule core = new CoreModule(db, clock, CoopStatutes.defaults());
            DecisionHandlers decisions = new DecisionHandlers();
            decisions.register("example.buy-car", (decisionId, decision) ->
                    System.out.println("decision applied: " + decision.payload()));
            GovernanceModule gov = new GovernanceModule(db, clock, core, decisions, GovernanceRules.defaults());
            // guide:end
            // guide:vote
            Actor board = Actor.system();
            List<Actor> voters = new ArrayList<>();
            for (String name : List.of("Ada", "Bob", "Cleo")) {
                Member applicant = core.members().apply(Actor.anonymous(),
                        MemberApplication.of(name, name.toLowerCase() + "@example.org", "user"));
                Member member = core.members().admit(board, applicant.id(), "founding assembly");
                voters.add(core.auth().actorFor(member.id()));   // the actor a member's request is
            }

            Instant now = clock.instant();
            BallotSpec spec = BallotSpec.resolution("Buy a 13th car?", now, now.plus(Duration.ofDays(7)))
                    .with(new Decision("example.buy-car", "{\"cars\":13}"));
            Ballot ballot = gov.voting().open(board, gov.voting().create(board, spec).id());   // freezes the roll

            Receipt receipt = gov.voting().castVote(voters.get(0), ballot.id(), List.of("yes"));
            gov.voting().castVote(voters.get(1), ballot.id(), List.of("yes"));
            gov.voting().castVote(voters.get(2), ballot.id(), List.of("no"));

            BallotResult result = gov.voting().closeEarly(board, ballot.id(), "every member on the roll has voted", true); // before its announced close: a reason and a confirmation; tallies
            System.out.println("adopted: " + result.adopted().orElseThrow()
                    + ", yes " + result.tally().firstRound().counts().get("yes")
                    + ", no " + result.tally().firstRound().counts().get("no")
                    + ", my tracking code " + receipt.trackingCode());
            // guide:end
            // guide:web
            ResourceConfig app = new ResourceConfig()
                    .register(new CoreFeature(core))
                    .register(new GovernanceFeature(gov));
            try (ApiServer api = ApiServer.start(0, app)) {
                System.out.println("ballots API at " + api.baseUri() + "api/ballots");
            }
            // guide:end
            return result;
        }
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("coop-data");
        run(dataDir);
    }
}
