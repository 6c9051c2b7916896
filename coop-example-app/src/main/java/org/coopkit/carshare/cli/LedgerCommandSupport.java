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

    /** A report of one fiscal year, printed as JSON or CSV (the surplus, the annual accounts). */
    abstract static class YearReport implements Callable<Integer> {
        @Option(names = "--year", required = true, description = "fiscal year, e.g. 2025")
        CliTypes.Year year;
        @Option(names = "--format", defaultValue = "json", description = "json or csv (default ${DEFAULT-VALUE})")
        CliTypes.Format format;
        @Mixin
        DatabaseOptions db;

        /** The report of the year, in the format asked for. */
        abstract String report(CarshareApp app, FiscalYearId id, CliTypes.Format format);

        @Override
        public Integer call() {
            return print(db, app -> report(app, FiscalYearId.of(year.value()), format));
        }
    }

    /** A change to one fiscal year that must say why (reopen, lock): the year, the words, the change, the line printed. */
    abstract static class YearChange implements Callable<Integer> {
        @Option(names = "--year", required = true, description = "fiscal year, e.g. 2025")
        CliTypes.Year year;
        @Mixin
        DatabaseOptions db;

        /** Makes a change to the year and returns the line to print. */
        interface Change {
            String apply(CarshareApp app, FiscalYearId id, String words);
        }

        /**
         * Refuses blank words, then makes the change on the year given and prints its line.
         *
         * @param words  the words the command was given (the reason, the approval)
         * @param blank  what to say when they are blank
         * @param change the change, given the app, the year and the words
         */
        int change(String words, String blank, Change change) {
            if (words == null || words.isBlank()) throw new IllegalArgumentException(blank);
            try (CarshareApp app = db.open()) {
                System.out.println(change.apply(app, FiscalYearId.of(year.value()), words));
            }
            return 0;
        }
    }
}
