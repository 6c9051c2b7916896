package org.example.coop;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.coopkit.core.CoreModule;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.members.Member;
import org.coopkit.core.members.MemberApplication;
import org.coopkit.core.persistence.Database;
import org.coopkit.core.persistence.DatabaseConfig;
import org.coopkit.core.statutes.CoopStatutes;
import org.coopkit.core.web.ApiServer;
import org.coopkit.core.web.CoreFeature;
import org.glassfish.jersey.server.ResourceConfig;

/** The README's embedding snippet, verbatim, in a project that knows CoopKit only through its BOM. */
public final class CoreEmbedding {
    private CoreEmbedding() {
    }

    public static long run(Path dataDir) {
        // README:start
        DatabaseConfig config = DatabaseConfig.h2File(dataDir);           // or jdbc:postgresql://… / jdbc:mariadb://…
        try (Database db = Database.open(config, CoreModule.SCHEMA)) {    // Liquibase migrates, Hibernate validates
            CoreModule core = new CoreModule(db, Clock.systemUTC(), CoopStatutes.defaults());

            Member ada = core.members().apply(Actor.anonymous(),
                    MemberApplication.of("Ada Lovelace", "ada@example.org", "user"));
            Member member = core.members().admit(Actor.system(), ada.id(), "founding assembly");

            try (ApiServer api = ApiServer.start(0, new ResourceConfig().register(new CoreFeature(core)))) {
                System.out.println("members API at " + api.baseUri() + "api/members");
            }
            return member.membershipNumber().orElseThrow();                // 1
        }
        // README:end
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("coop-data");
        System.out.println("first membership number: " + run(dataDir));
    }
}
