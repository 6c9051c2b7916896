package org.coopkit.carshare.cli;

import java.util.concurrent.Callable;
import java.util.function.Function;
import org.coopkit.carshare.CarshareApp;
import org.coopkit.ledger.fiscal.FiscalYearId;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** What the treasurer's commands in {@link LedgerCommands} share: printing a report, and a change to a fiscal year that must say why. */
final class LedgerCommandSupport {
    private LedgerCommandSupport() {
    }

    /** Opens the app on the database given, prints what {@code text} makes of it (no line added) and exits 0. */
    static int print(DatabaseOptions db, Function<CarshareApp, String> text) {
        try (CarshareApp app = db.open()) {
            System.out.print(text.apply(app));
            System.out.flush();
        }
        return 0;
    }

    /** A change to one fiscal year that must say why (reopen, lock): the year, the words, the change, the line printed. */
    abstract static class YearChange implements Callable<Integer> {
        @Option(names = "--year", required = true, description = "fiscal year, e.g. 2025")
        CliTypes.Year year;
        @Mixin
        DatabaseOptions db;

        /** The words the command was given (the reason, the approval). */
        abstract String words();

        /** What to say when the words are blank. */
        abstract String blank();

        /** Makes the change and returns the line to print. */
        abstract String change(CarshareApp app, FiscalYearId id, String words);

        @Override
        public Integer call() {
            String w = words();
            if (w == null || w.isBlank()) throw new IllegalArgumentException(blank());
            try (CarshareApp app = db.open()) {
                System.out.println(change(app, FiscalYearId.of(year.value()), w));
            }
            return 0;
        }
    }
}
