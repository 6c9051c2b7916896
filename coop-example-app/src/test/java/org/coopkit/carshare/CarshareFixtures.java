package org.coopkit.carshare;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.coopkit.carshare.tariffs.TariffProposal;
import org.coopkit.carshare.vehicles.Energy;
import org.coopkit.carshare.vehicles.Vehicle;
import org.coopkit.carshare.vehicles.VehicleService;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.auth.AuthSettings;
import org.coopkit.core.members.Member;
import org.coopkit.core.persistence.ModuleSchema;
import org.coopkit.core.testing.CoreFixtures;
import org.coopkit.core.testing.MutableClock;
import org.coopkit.core.testing.TestDatabase;
import org.coopkit.core.web.WebLimits;

/** The real app on a fresh test database, with a clock the test moves. */
public final class CarshareFixtures {
    private CarshareFixtures() {
    }

    public record Running(CarshareApp app, MutableClock clock) {
        public Member member(String name, String category) {
            return CoreFixtures.admitted(app.core(), name, category);
        }

        public Actor actor(Member m) {
            return app.core().auth().actorFor(m.id());
        }

        public Vehicle car(Member owner, String model) {
            return app.carshare().vehicles().list(actor(owner), new VehicleService.Listing(model, 5, "Gare", Energy.ELECTRIC));
        }
    }

    public static Running start(TestDatabase db, int poolSize) {
        return start(db, poolSize, AuthSettings.defaults());
    }

    /** With session and token lifetimes of the test's own (tests that move the clock by days). */
    public static Running start(TestDatabase db, int poolSize, AuthSettings auth) {
        return start(db, poolSize, auth, WebLimits.defaults());
    }

    /** With request limits of the test's own too (tests that send more anonymous writes than a person would). */
    public static Running start(TestDatabase db, int poolSize, AuthSettings auth, WebLimits limits) {
        return start(db, poolSize, auth, limits, null);
    }

    /** Mailing members (invitations, reminders, receipts) through core's outbox; the test drains it ({@code core().outboxSender(port)}). */
    public static Running withMail(TestDatabase db, int poolSize, CarshareApp.MailConfig mail) {
        return start(db, poolSize, AuthSettings.defaults(), WebLimits.defaults(), mail);
    }

    private static Running start(TestDatabase db, int poolSize, AuthSettings auth, WebLimits limits, CarshareApp.MailConfig mail) {
        MutableClock clock = MutableClock.on(LocalDate.of(2026, 5, 4));
        var database = db.open(db.config().withPoolSize(poolSize), CarshareApp.schemas().toArray(ModuleSchema[]::new));
        CarshareApp app = mail == null ? CarshareApp.on(database, clock, auth, limits) : CarshareApp.on(database, clock, auth, limits, mail);
        app.carshare().tariffs().publishInitial(Actor.system(), new TariffProposal("4.00", "0.30", "5.00", new BigDecimal("70"), "EUR"));
        return new Running(app, clock);
    }

    /** Closes an app served over HTTP: the server, then the app, then its database, each even when the one before failed. */
    public static void close(org.coopkit.core.web.ApiServer server, Running running, TestDatabase db) {
        try {
            server.close();
        } finally {
            try {
                running.app().close();
            } finally {
                db.close();
            }
        }
    }
}
