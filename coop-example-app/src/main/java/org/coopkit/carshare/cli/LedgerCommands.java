package org.coopkit.carshare.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coopkit.carshare.CarshareApp;
import org.coopkit.core.actors.Actor;
import org.coopkit.ledger.allocation.RedistributionFormats;
import org.coopkit.ledger.allocation.RedistributionReport;
import org.coopkit.ledger.fiscal.ClosingResult;
import org.coopkit.ledger.fiscal.FiscalYearId;
import org.coopkit.ledger.statements.IncomeStatementFormats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The treasurer's commands. They act as the platform (the system actor) on the database given. */
public final class LedgerCommands {
    private LedgerCommands() {
    }

    enum Format { json, csv }

    @Command(name = "report", description = "Treasurer's reports.", subcommands = Surplus.class)
    public static final class Report implements Runnable {
        @Override
        public void run() {
            System.out.println("usage: carshare report surplus --year Y [--format json|csv]");
        }
    }

    @Command(name = "surplus", description = "The redistribution report of a closed fiscal year: the waterfall and one line per member.")
    public static final class Surplus implements Callable<Integer> {
        @Option(names = "--year", required = true, description = "fiscal year, e.g. 2025")
        int year;
        @Option(names = "--format", defaultValue = "json", description = "json or csv (default ${DEFAULT-VALUE})")
        Format format;
        @Mixin
        DatabaseOptions db;

        @Override
        public Integer call() {
            if (year < 1900 || year > 2200) throw new IllegalArgumentException("--year must be a year like 2025");
            try (CarshareApp app = CarshareApp.open(db.config(), java.time.Clock.systemUTC())) {
                RedistributionReport r = app.ledger().allocations().report(Actor.system(), FiscalYearId.of(year));
                System.out.print(format == Format.json ? RedistributionFormats.json(r) : RedistributionFormats.csv(r));
                System.out.flush();
            }
            return 0;
        }
    }

    @Command(name = "statements", description = "Platform income statements (DAC7 shape) of one quarter, per seller; "
            + "or a whole year in the shape of the EU DPI (DAC7) schema with --year Y --format dac7.")
    public static final class Statements implements Callable<Integer> {
        private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
        @Option(names = "--quarter", description = "e.g. 2026-Q3")
        String quarter;
        @Option(names = "--year", description = "with --format dac7: the reporting year, e.g. 2026")
        Integer year;
        @Option(names = "--format", defaultValue = "json", description = "json, csv or dac7 (default ${DEFAULT-VALUE})")
        String format;
        @Mixin
        DatabaseOptions db;

        @Override
        public Integer call() {
            if (format.equals("dac7")) {
                if (year == null || year < 2000 || year > 2999) throw new IllegalArgumentException("--format dac7 needs --year, a year like 2026");
                try (CarshareApp app = CarshareApp.open(db.config(), java.time.Clock.systemUTC())) {
                    System.out.print(org.coopkit.ledger.statements.Dac7Json.of(year, app.ledger().incomeStatements().year(Actor.system(), year)));
                    System.out.flush();
                }
                return 0;
            }
            if (!format.equals("json") && !format.equals("csv")) throw new IllegalArgumentException("--format must be json, csv or dac7");
            Matcher m = QUARTER.matcher(quarter == null ? "" : quarter.trim());
            if (!m.matches()) throw new IllegalArgumentException("--quarter must look like 2026-Q3");
            try (CarshareApp app = CarshareApp.open(db.config(), java.time.Clock.systemUTC())) {
                var report = app.ledger().incomeStatements().quarter(Actor.system(), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                System.out.print(format.equals("json") ? IncomeStatementFormats.json(report) : IncomeStatementFormats.csv(report));
                System.out.flush();
            }
            return 0;
        }
    }

    @Command(name = "journal", description = "The journal.", subcommands = Export.class)
    public static final class Journal implements Runnable {
        @Override
        public void run() {
            System.out.println("usage: carshare journal export [--from D] [--to D] [--format ledger|csv]");
        }
    }

    @Command(name = "export", description = "Export the journal in the plain-text format hledger and ledger read (or CSV).")
    public static final class Export implements Callable<Integer> {
        @Option(names = "--from", description = "first day (default 2000-01-01)")
        LocalDate from;
        @Option(names = "--to", description = "last day (default today)")
        LocalDate to;
        @Option(names = "--format", defaultValue = "ledger", description = "ledger or csv (default ${DEFAULT-VALUE})")
        String format;
        @Mixin
        DatabaseOptions db;

        @Override
        public Integer call() {
            if (!format.equals("ledger") && !format.equals("csv")) throw new IllegalArgumentException("--format must be ledger or csv");
            LocalDate f = from == null ? LocalDate.of(2000, 1, 1) : from;
            LocalDate t = to == null ? LocalDate.now() : to;
            if (t.isBefore(f)) throw new IllegalArgumentException("--to must not be before --from");
            try (CarshareApp app = CarshareApp.open(db.config(), java.time.Clock.systemUTC())) {
                System.out.print(format.equals("ledger") ? app.ledger().exports().hledger(Actor.system(), f, t)
                        : app.ledger().exports().csv(Actor.system(), f, t));
                System.out.flush();
            }
            return 0;
        }
    }

    @Command(name = "close-year", description = "Close a fiscal year: closing entries for revenue and expense into the result account.")
    public static final class CloseYear implements Callable<Integer> {
        @Option(names = "--year", required = true, description = "fiscal year to close, e.g. 2025")
        int year;
        @Mixin
        DatabaseOptions db;

        @Override
        public Integer call() {
            if (year < 1900 || year > 2200) throw new IllegalArgumentException("--year must be a year like 2025");
            try (CarshareApp app = CarshareApp.open(db.config(), java.time.Clock.systemUTC())) {
                ClosingResult r = app.ledger().fiscalYears().close(Actor.system(), FiscalYearId.of(year));
                System.out.println("fiscal year " + year + " closed: " + r);
            }
            return 0;
        }
    }
}
