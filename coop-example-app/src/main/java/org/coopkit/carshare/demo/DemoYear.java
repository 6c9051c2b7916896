package org.coopkit.carshare.demo;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.coopkit.carshare.CarshareApp;
import org.coopkit.carshare.bookings.BookingService;
import org.coopkit.carshare.cli.ProgressBar;
import org.coopkit.carshare.tariffs.TariffProposal;
import org.coopkit.carshare.trips.WorkLog;
import org.coopkit.carshare.vehicles.Energy;
import org.coopkit.carshare.vehicles.Vehicle;
import org.coopkit.carshare.vehicles.VehicleService;
import org.coopkit.core.CoreModule;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.actors.Role;
import org.coopkit.core.members.Member;
import org.coopkit.core.members.MemberApplication;
import org.coopkit.core.members.MemberStatus;
import org.coopkit.core.members.PostalAddress;
import org.coopkit.core.money.Money;
import org.coopkit.governance.ballots.BallotSpec;
import org.coopkit.governance.tally.Method;
import org.coopkit.ledger.fiscal.FiscalYearId;
import org.coopkit.ledger.journal.JournalLine;
import org.coopkit.ledger.journal.PostEntry;

/**
 * The demo co-op's year, replayed through the real services with the pinned {@link DemoClock} and a
 * fixed seed: the founding members and their capital, the fleet, a year of trips and member work,
 * the books closed for 2025, and the ballots (one closed with results, two open). Run once, by
 * {@link DemoData#ensure}.
 */
final class DemoYear {
    private static final String[] FIRST = {"Léa", "Hugo", "Inès", "Jules", "Manon", "Louis", "Camille", "Nathan", "Sarah", "Tom",
            "Zoé", "Lucas", "Jade", "Arthur", "Lina", "Paul", "Eva", "Noah", "Rose", "Adam", "Anna", "Victor", "Mila", "Sacha",
            "Nora", "Yanis", "Clara", "Ethan", "Alice", "Gabriel", "Louise", "Malik", "Iris", "Théo", "Maya", "Samuel"};
    private static final String[] LAST = {"Bernard", "Petit", "Robert", "Richard", "Durand", "Moreau", "Laurent", "Simon", "Michel",
            "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier", "Morel", "Girard", "Andre", "Mercier", "Blanc", "Guerin",
            "Boyer", "Garnier", "Chevalier", "Francois", "Legrand", "Gauthier", "Perrin", "Robin", "Clement", "Morin", "Nicolas"};
    private static final String[] MODELS = {"Renault Zoe", "Peugeot 208", "Dacia Sandero", "Toyota Yaris Hybrid", "Citroën Berlingo",
            "Renault Clio", "Kia e-Niro", "Fiat 500", "Volkswagen Golf", "Dacia Spring", "Peugeot 308 SW", "Toyota Corolla"};
    private static final Energy[] ENERGIES = {Energy.ELECTRIC, Energy.PETROL, Energy.LPG, Energy.HYBRID, Energy.DIESEL, Energy.PETROL,
            Energy.ELECTRIC, Energy.PETROL, Energy.DIESEL, Energy.ELECTRIC, Energy.HYBRID, Energy.HYBRID};
    private static final String[] PLACES = {"Gare Part-Dieu", "Croix-Rousse", "Guillotière", "Villeurbanne Gratte-Ciel", "Vaise",
            "Confluence"};

    private final CarshareApp app;
    private final CoreModule core;
    private final DemoClock clock;
    private final PrintStream progress;
    private final Random random = new Random(2025);
    private final Actor system = Actor.system();
    private final List<Member> drivers = new ArrayList<>();
    private final List<Member> owners = new ArrayList<>();
    private final List<Member> workers = new ArrayList<>();
    private final List<Vehicle> cars = new ArrayList<>();

    DemoYear(CarshareApp app, DemoClock clock, PrintStream progress) {
        this.app = app;
        this.core = app.core();
        this.clock = clock;
        this.progress = progress;
    }

    void run() {
        try {
            pin(LocalDate.of(2025, 1, 2), 10);
            members();
            pin(LocalDate.of(2025, 1, 3), 9);
            app.carshare().tariffs().publishInitial(system, new TariffProposal("3.50", "0.28", "5.00", new BigDecimal("70"), null));
            cars();
            trips();
            books();
            ballots();
        } finally {
            clock.release();
        }
    }

    private void pin(LocalDate day, int hour) {
        clock.pin(day.atTime(hour, 0).toInstant(ZoneOffset.UTC));
    }

    private void members() {
        try (ProgressBar bar = new ProgressBar(progress, "members", 41)) {
            for (DemoData.DemoUser u : DemoData.USERS) {
                Member m = join(u.name(), u.email(), u.category(), DemoData.PASSWORD);
                if (u.role().equals("board")) {
                    core.auth().grantRole(system, m.id(), Role.BOARD);
                    core.auth().grantRole(system, m.id(), Role.ADMIN);
                }
                if (u.role().equals("treasurer")) core.auth().grantRole(system, m.id(), Role.TREASURER);
                bar.step();
            }
            String[] categories = new String[36];
            for (int i = 0; i < 36; i++) categories[i] = i < 22 ? "user" : i < 29 ? "provider" : i < 32 ? "worker" : "supporter";
            for (int i = 0; i < 36; i++) {
                String name = FIRST[i] + " " + LAST[(i * 7) % LAST.length];
                String email = FIRST[i].toLowerCase().replaceAll("[^a-z]", "") + "." + LAST[(i * 7) % LAST.length].toLowerCase() + "@example.coop";
                join(name, email, categories[i], null);
                bar.step();
            }
            core.members().apply(Actor.anonymous(), MemberApplication.of(DemoData.APPLICANT.name(), DemoData.APPLICANT.email(), DemoData.APPLICANT.category())
                    .withPassword(DemoData.PASSWORD));
            bar.step();
        }
    }

    private Member join(String name, String email, String category, String password) {
        MemberApplication a = MemberApplication.of(name, email, category)
                .withAddress(new PostalAddress(1 + random.nextInt(120) + " rue de la République", "6900" + (1 + random.nextInt(9)), "Lyon", "FR"));
        if ("provider".equals(category)) {
            a = a.withIdentity(LocalDate.of(1960 + random.nextInt(40), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                    random.nextInt(7) == 0 ? null : String.valueOf(1_000_000_000_000L + (long) (random.nextDouble() * 8_999_999_999_999L)),
                    "FR76" + (10_000_000L + random.nextInt(89_999_999)) + "0000000000000");
        }
        if (password != null) a = a.withPassword(password);
        Member m = core.members().apply(Actor.anonymous(), a);
        m = core.members().admit(system, m.id(), "admitted at the founding assembly");
        int shares = "provider".equals(category) ? 2 + random.nextInt(4) : 1 + random.nextInt(3);
        core.capital().subscribe(system, m.id(), shares);
        core.capital().recordPayment(system, m.id(), core.statutes().shareNominal().times(shares));
        switch (category) {
            case "user" -> drivers.add(m);
            case "provider" -> owners.add(m);
            case "worker" -> workers.add(m);
            default -> { }
        }
        return m;
    }

    private void cars() {
        for (int i = 0; i < 12; i++) {
            Member owner = owners.get(i % owners.size());
            Actor ownerActor = core.auth().actorFor(owner.id());
            cars.add(app.carshare().vehicles().list(ownerActor,
                    new VehicleService.Listing(MODELS[i], MODELS[i].contains("Berlingo") || MODELS[i].contains("SW") ? 7 : 5,
                            PLACES[i % PLACES.length], ENERGIES[i])));
        }
    }

    private void trips() {
        LocalDate end2026 = LocalDate.now(Clock.systemUTC()).minusDays(2);
        int per2025 = 36;
        int per2026 = Math.max(4, (int) (end2026.getDayOfYear() / 365.0 * 30));
        try (ProgressBar bar = new ProgressBar(progress, "trips 2025-2026", (long) cars.size() * (per2025 + per2026))) {
            for (Vehicle car : cars) {
                replay(car, LocalDate.of(2025, 1, 6), LocalDate.of(2025, 12, 28), per2025, bar);
                replay(car, LocalDate.of(2026, 1, 5), end2026, per2026, bar);
            }
        }
        workLogs();
    }

    private void replay(Vehicle car, LocalDate from, LocalDate to, int count, ProgressBar bar) {
        long days = Math.max(1, to.toEpochDay() - from.toEpochDay());
        long step = Math.max(1, days / count);
        for (int k = 0; k < count; k++) {
            LocalDate day = from.plusDays(k * step + random.nextInt((int) Math.max(1, step - 1)));
            if (day.isAfter(to)) break;
            Instant start = day.atTime(7 + random.nextInt(10), random.nextBoolean() ? 0 : 30).toInstant(ZoneOffset.UTC);
            Instant end = start.plus(Duration.ofMinutes(60L + 30L * random.nextInt(14)));
            Member driver = drivers.get(random.nextInt(drivers.size()));
            Actor driverActor = core.auth().actorFor(driver.id());
            int km = 5 + random.nextInt(140);
            clock.pin(start.minus(Duration.ofDays(1 + random.nextInt(5))));
            BookingService.Booked booked = app.carshare().bookings().book(driverActor, car.id(), start, end, km);
            clock.pin(end.plus(Duration.ofMinutes(10)));
            app.carshare().trips().endTrip(driverActor, booked.booking().id(), Math.max(1, km + random.nextInt(21) - 10));
            bar.step();
        }
    }

    private void workLogs() {
        for (Member w : workers) {
            Actor a = core.auth().actorFor(w.id());
            for (int month = 1; month <= 12; month++) {
                LocalDate day = LocalDate.of(2025, month, 10 + random.nextInt(10));
                clock.pin(day.atTime(18, 0).toInstant(ZoneOffset.UTC));
                WorkLog logged = app.carshare().trips().logWork(a, month % 3 == 0 ? WorkLog.Kind.CHECK : WorkLog.Kind.CLEANING,
                        60 + 30 * random.nextInt(6), day, cars.get(random.nextInt(cars.size())).id().toString(), "monthly round");
                // the board confirms the hours (the demo's board acting as the system); only then they count as patronage
                app.carshare().trips().approveWork(Actor.system(), logged.id());
            }
        }
    }

    /** A year of running costs (insurance, maintenance), then the treasurer closes 2025: its surplus is ready to allocate. */
    private void books() {
        var ledger = app.ledger();
        Actor treasurer = Actor.system();
        LocalDate last = LocalDate.now(Clock.systemUTC()).minusDays(2);
        for (LocalDate month = LocalDate.of(2025, 1, 28); !month.isAfter(last); month = month.plusMonths(1)) {
            pin(month, 12);
            Money insurance = eur("145.00");
            Money upkeep = eur(String.valueOf(60 + random.nextInt(60)) + ".00");
            ledger.journal().post(treasurer, PostEntry.of("demo-costs-" + month, month,
                    "Fleet insurance and upkeep " + month.getMonth(),
                    JournalLine.debit("622", insurance.plus(upkeep)),
                    JournalLine.credit("512", insurance.plus(upkeep))));
        }
        pin(LocalDate.of(2026, 1, 20), 10);
        ledger.fiscalYears().close(treasurer, FiscalYearId.of(2025));
    }

    /**
     * A closed ballot with its results, and two open ones: the 2025 surplus allocation (the
     * assembly's resolution) and a ranked vote. Alice has not voted yet, so the tour can.
     */
    private void ballots() {
        var voting = app.governance().voting();
        Actor board = Actor.system();
        List<Member> everyone = core.transactions().inTransaction(() -> core.memberRegistry().inStatus(MemberStatus.MEMBER));
        pin(LocalDate.of(2026, 2, 1), 9);
        var cars = voting.create(board, BallotSpec.resolution(
                "Add two electric cars to the fleet in 2026", clock.instant(), clock.instant().plus(Duration.ofDays(14))));
        voting.open(board, cars.id());
        for (Member m : everyone) {
            if (random.nextInt(10) < 3) continue; // about 70% turnout
            String choice = random.nextInt(10) < 7 ? "yes" : random.nextInt(3) == 0 ? "abstain" : "no";
            voting.castVote(core.auth().actorFor(m.id()), cars.id(), List.of(choice));
        }
        pin(LocalDate.of(2026, 2, 16), 9);
        voting.close(board, cars.id());

        clock.release();
        Instant now = clock.instant();
        var allocation = app.proposals().proposeAllocation(board, 2025, now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(14)));
        var name = voting.create(board, BallotSpec.choice("Name our new electric car (rank your choices)",
                List.of("Ampère", "Volta", "Marie", "Lumière"), Method.IRV, 1,
                now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(10))));
        voting.open(board, name.id());
        List<String> names = new ArrayList<>(List.of("Ampère", "Volta", "Marie", "Lumière"));
        for (Member m : everyone) {
            if (m.email().endsWith("@demo.coop") || random.nextInt(10) < 6) continue;
            Actor a = core.auth().actorFor(m.id());
            voting.castVote(a, allocation.id(), List.of(random.nextInt(10) < 8 ? "yes" : "no"));
            Collections.shuffle(names, random);
            voting.castVote(a, name.id(), List.copyOf(names.subList(0, 1 + random.nextInt(3))));
        }
    }

    private static Money eur(String s) {
        return Money.of(new BigDecimal(s), CarshareApp.statutes().currency());
    }
}
