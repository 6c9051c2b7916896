package org.coopkit.core.auth;

import java.time.LocalDate;
import org.coopkit.core.CoreModule;
import org.coopkit.core.statutes.CoopStatutes;
import org.coopkit.core.testing.ApiClient;
import org.coopkit.core.testing.MutableClock;
import org.coopkit.core.testing.TestDatabase;
import org.coopkit.core.web.ApiServer;
import org.coopkit.core.web.CoreFeature;
import org.coopkit.core.web.WebLimits;
import org.glassfish.jersey.server.ResourceConfig;

/** Core alone behind a real HTTP server, with a clock the test moves. */
record AuthApp(CoreModule core, MutableClock clock, ApiServer server, ApiClient api) implements AutoCloseable {
    static AuthApp start(TestDatabase db) {
        return start(db, AuthSettings.defaults(), WebLimits.defaults());
    }

    static AuthApp start(TestDatabase db, AuthSettings settings, WebLimits limits) {
        MutableClock clock = MutableClock.on(LocalDate.of(2026, 4, 1));
        CoreModule core = new CoreModule(db.open(CoreModule.SCHEMA), clock, CoopStatutes.defaults(), settings);
        ApiServer server = ApiServer.start("127.0.0.1", 0, new ResourceConfig().register(new CoreFeature(core, limits)), limits);
        return new AuthApp(core, clock, server, new ApiClient(server.baseUri()));
    }

    @Override
    public void close() {
        server.close();
        core.database().close();
    }
}
