package org.coopkit.carshare.cli;

import java.util.concurrent.Callable;
import org.coopkit.carshare.CarshareApp;
import org.coopkit.carshare.demo.DemoClock;
import org.coopkit.carshare.demo.DemoData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "demo-data", description = "Fill an empty database with the demo co-op (members, cars, a year of trips, ballots).")
public final class DemoDataCommand implements Callable<Integer> {
    @Mixin
    DatabaseOptions db;

    @Override
    public Integer call() {
        DemoClock clock = new DemoClock();
        try (CarshareApp app = CarshareApp.open(db.config(), clock)) {
            boolean created = DemoData.ensure(app, clock, System.err);
            System.out.println(created ? "demo co-op created" : "the database already holds a co-op: nothing changed");
            DemoData.printUsers(System.out);
        }
        return 0;
    }
}
