package org.coopkit.carshare.ui;

import java.time.Duration;
import org.coopkit.carshare.CarshareFixtures;
import org.coopkit.core.auth.AuthSettings;
import org.coopkit.carshare.vehicles.Vehicle;
import org.coopkit.core.actors.Role;
import org.coopkit.core.members.Member;
import org.coopkit.core.persistence.DatabaseKind;
import org.coopkit.core.testing.CoreFixtures;
import org.coopkit.core.testing.TestDatabase;
import org.coopkit.core.testing.TestDatabases;
import org.coopkit.core.web.ApiServer;

/**
 * The real car-sharing app on a fresh H2 database behind a real HTTP server, with a little data:
 * a driver, a car owner with two cars, a board member, a treasurer and an applicant.
 */
final class UiApp implements AutoCloseable {
    static final String PASSWORD = CoreFixtures.PASSWORD;

    final TestDatabase db = TestDatabases.fresh(DatabaseKind.H2);
    /** The journeys move the clock by hours and days; real sessions idle out after 30 minutes (see SessionsAndTokensIT). */
    static final AuthSettings LONG_SESSIONS = AuthSettings.defaults().withSessions(Duration.ofDays(30), Duration.ofDays(400));
    final CarshareFixtures.Running running = CarshareFixtures.start(db, 4, LONG_SESSIONS);
    final Member driver = running.member("Alice Martin", "user");
    final Member owner = running.member("Bruno Lefèvre", "provider");
    final Member board = CoreFixtures.admittedWithRole(running.app().core(), "Chloé Dubois", "worker", Role.BOARD);
    final Member treasurer = CoreFixtures.admittedWithRole(running.app().core(), "David Nguyen", "worker", Role.TREASURER);
    final Member applicant = CoreFixtures.applicant(running.app().core(), "Emma Rossi", "user");
    final Vehicle zoe = running.car(owner, "Renault Zoe");
    final Vehicle berlingo = running.car(owner, "Citroën Berlingo");
    final ApiServer server = ApiServer.start(0, running.app().resourceConfig());

    String base() {
        return server.baseUri().toString();
    }

    @Override
    public void close() {
        CarshareFixtures.close(server, running, db);
    }
}
