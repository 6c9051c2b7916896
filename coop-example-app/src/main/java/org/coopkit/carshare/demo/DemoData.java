package org.coopkit.carshare.demo;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import org.coopkit.carshare.CarshareApp;

/**
 * A believable co-op, replayed through the real services with a pinned clock: 40 members in four
 * categories, 12 cars, a year of trips in 2025 and more in 2026, member work. Deterministic (fixed
 * seed). Demo mode only: the demo users' password is printed and in the README. This class decides
 * whether to fill (and records the fill's start and end); {@code DemoYear} is the replay itself.
 */
public final class DemoData {
    public static final String PASSWORD = "coopkit-demo";

    /** The people a newcomer logs in as. */
    public record DemoUser(String email, String name, String category, String role) {
    }

    public static final List<DemoUser> USERS = List.of(
            new DemoUser("alice@demo.coop", "Alice Martin", "user", "member (driver)"),
            new DemoUser("bruno@demo.coop", "Bruno Lefèvre", "provider", "member (car owner)"),
            new DemoUser("chloe@demo.coop", "Chloé Dubois", "worker", "board"),
            new DemoUser("david@demo.coop", "David Nguyen", "worker", "treasurer"));
    public static final DemoUser APPLICANT = new DemoUser("emma@demo.coop", "Emma Rossi", "user", "applicant (waiting for admission)");

    private DemoData() {
    }

    /**
     * Creates the demo co-op unless the database already has members. Returns whether it did.
     *
     * <p>The fill replays a year through the real services, thousands of transactions: a crash or a
     * Ctrl-C in the middle leaves part of a co-op. So the start is recorded first (its own commit)
     * and the end last; a database whose fill started and never ended is refused
     * ({@link DemoDataInterrupted}) instead of being taken for a complete demo.
     */
    public static boolean ensure(CarshareApp app, DemoClock clock, PrintStream progress) {
        var tx = app.core().transactions();
        boolean empty = tx.inTransaction(() -> {
            Optional<Object[]> fill = fill(app);
            if (fill.isPresent() && fill.get()[1] == null) throw new DemoDataInterrupted(String.valueOf(fill.get()[0]));
            return fill.isEmpty() && app.core().memberRegistry().count() == 0;
        });
        if (!empty) return false;
        tx.run(() -> tx.entityManager().createNativeQuery("insert into carshare_demo_fill (id, started_at) values (1, :at)")
                .setParameter("at", clock.instant().toString()).executeUpdate());
        new DemoYear(app, clock, progress).run();
        tx.run(() -> tx.entityManager().createNativeQuery("update carshare_demo_fill set completed_at = :at where id = 1")
                .setParameter("at", clock.instant().toString()).executeUpdate());
        return true;
    }

    /** Warns when this database holds an interrupted demo fill (for {@code serve} without {@code --demo}). */
    public static void warnIfInterrupted(CarshareApp app, PrintStream out) {
        app.core().transactions().inTransaction(() -> fill(app)).filter(f -> f[1] == null)
                .ifPresent(f -> out.println("WARNING: " + new DemoDataInterrupted(String.valueOf(f[0])).getMessage()));
    }

    private static Optional<Object[]> fill(CarshareApp app) {
        List<?> rows = app.core().transactions().entityManager()
                .createNativeQuery("select started_at, completed_at from carshare_demo_fill where id = 1").getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of((Object[]) rows.get(0));
    }

    public static void printUsers(PrintStream out) {
        out.println("Demo users (password: " + PASSWORD + "):");
        for (DemoUser u : USERS) out.printf("  %-18s %-16s %s%n", u.email(), u.name(), u.role());
        out.printf("  %-18s %-16s %s%n", APPLICANT.email(), APPLICANT.name(), APPLICANT.role());
    }
}
