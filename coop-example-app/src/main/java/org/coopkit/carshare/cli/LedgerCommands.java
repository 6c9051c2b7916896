package org.coopkit.carshare.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.coopkit.carshare.CarshareApp;
import org.coopkit.carshare.cli.CliTypes.Format;
import org.coopkit.carshare.cli.CliTypes.JournalFormat;
import org.coopkit.carshare.cli.CliTypes.StatementFormat;
import org.coopkit.core.actors.Actor;
import org.coopkit.ledger.allocation.RedistributionFormats;
import org.coopkit.ledger.allocation.RedistributionReport;
import org.coopkit.ledger.fiscal.ClosingPreview;
import org.coopkit.ledger.fiscal.ClosingResult;
import org.coopkit.ledger.fiscal.FiscalYearId;
import org.coopkit.ledger.statements.IncomeStatementFormats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The treasurer's commands. They act as the platform (the system actor) on the database given. */
public final class LedgerCommands {
    private LedgerCommands() {
    }

    @Command(name = "report", description = "Treasurer's reports.", subcommands = Surplus.class)
    public static final class Report implements Runnable {
        @Override
        public void run() {
            System.out.println("usage: carshare report surplus --year Y [--format json|csv]");
        }
    }

    @Command(name = "surplus", description = "The redistribution report of a closed fiscal year: the waterfall and one line per member.")
    public static final class Surplus extends LedgerCommandSupport.YearReport {
        @Override
        String report(CarshareApp app, FiscalYearId id, Format format) {
            RedistributionReport r = app.ledger().allocations().report(Actor.system(), id);
            return format == Format.json ? RedistributionFormats.json(r) : RedistributionFormats.csv(r);
        }
    }

    @Command(name = "statements", description = "Platform income statements (DAC7 shape) of one quarter, per seller; "
            + "or a whole year in the shape of the EU DPI (DAC7) schema with --year Y --format dac7.")
    public static final class Statements implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = "--quarter", description = "e.g. 2026-Q3")
        CliTypes.Quarter quarter;
        @Option(names = "--year", description = "with --format dac7: the reporting year, e.g. 2026")
        CliTypes.Year year;
        @Option(names = "--format", defaultValue = "json", description = "json, csv or dac7 (default ${DEFAULT-VALUE})")
        StatementFormat format;
        @Mixin
        DatabaseOptions db;

        @Override
        public Integer call() {
            if (format == StatementFormat.dac7) {
                if (year == null) throw new ParameterException(spec.commandLine(), "--format dac7 needs --year, a year like 2026");
                return LedgerCommandSupport.print(db, app -> org.coopkit.ledger.statements.Dac7Json.of(year.value(),
                        app.ledger().incomeStatements().year(Actor.system(), year.value())));
            }
            if (quarter == null) throw new ParameterException(spec.commandLine(), "--format " + format + " needs --quarter, e.g. 2026-Q3");
            return LedgerCommandSupport.print(db, app -> {
                var report = app.ledger().incomeStatements().quarter(Actor.system(), quarter.year(), quarter.quarter());
                return format == StatementFormat.json ? IncomeStatementFormats.json(report) : IncomeStatementFormats.csv(report);
            });
        }
    }

    @Command(name = "journal", description = "The journal.", subcommands = Export.class)
    public static final class Journal implements Runnable {
        @Override
        public void run() {
            System.out.println("usage: carshare journal export [--from D] [--to D] [--format ledger|csv|fec]");
        }
    }

    @Command(name = "export", description = "Export the journal in the plain-text format hledger and ledger read (or CSV).")
    public static final class Export implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = "--from", description = "first day (default 2000-01-01)")
        LocalDate from;
        @Option(names = "--to", description = "last day (default today)")
        LocalDate to;
        @Option(names = "--format", defaultValue = "ledger", description = "ledger, csv or fec (French FEC, 18 columns) (default ${DEFAULT-VALUE})")
        JournalFormat format;
        @Mixin
        DatabaseOptions db;

        @Override
        public Integer call() {
            LocalDate f = from == null ? LocalDate.of(2000, 1, 1) : from;
            LocalDate t = to == null ? db.today() : to;
            if (t.isBefore(f)) throw new ParameterException(spec.commandLine(), "--to (" + t + ") must not be before --from (" + f + ")");
            return LedgerCommandSupport.print(db, app -> {
                var exports = app.ledger().exports();
                return switch (format) {
                    case ledger -> exports.hledger(Actor.system(), f, t);
                    case fec -> exports.fec(Actor.system(), f, t);
                    case csv -> exports.csv(Actor.system(), f, t);
                };
            });
        }
    }

    @Command(name = "close-year", description = "Close a fiscal year in two steps: without --confirm, show the closing entries and "
            + "their fingerprint; with --confirm FINGERPRINT, post them (revenue and expense into the result) and close the year.")
    public static final class CloseYear implements Callable<Integer> {
        @Option(names = "--year", required = true, description = "fiscal year to close, e.g. 2025")
        CliTypes.Year year;
        @Option(names = "--confirm", converter = CliTypes.FingerprintConverter.class, description = "the fingerprint the preview printed")
        String confirm;
        @Mixin
        DatabaseOptions db;

        @Override
        public Integer call() {
            try (CarshareApp app = db.open()) {
                FiscalYearId id = FiscalYearId.of(year.value());
                if (confirm == null) {
                    ClosingPreview p = app.ledger().fiscalYears().previewClosing(Actor.system(), id);
                    System.out.println("Closing of fiscal year " + year + " (" + p.year().status().name().toLowerCase() + "), entry dated " + p.date() + ":");
                    for (var l : p.lines()) {
                        System.out.printf("  %-6s %-40s %15s%n", l.side() == org.coopkit.ledger.journal.Side.DEBIT ? "debit" : "credit",
                                l.account(), l.amount());
                    }
                    System.out.println("Result carried: " + (p.results().isEmpty() ? "nothing" : p.results().values()));
                    if (p.closable()) {
                        System.out.println("To close, run: carshare close-year --year " + year + " --confirm " + p.fingerprint());
                    } else {
                        System.out.println("Not closable yet: the year must be open and its last day (" + p.closableFrom() + ") reached.");
                    }
                    return 0;
                }
                ClosingResult r = app.ledger().fiscalYears().close(Actor.system(), id, confirm);
                System.out.println("fiscal year " + year + " closed (closing " + r.year().closings() + "), result carried: " + r.results().values());
            }
            return 0;
        }
    }

    @Command(name = "reopen-year", description = "Reopen a closed (not locked) fiscal year for a late adjustment; the reason is audited.")
    public static final class ReopenYear extends LedgerCommandSupport.YearChange {
        @Option(names = "--reason", required = true, description = "why, e.g. \"late supplier invoice\"")
        String reason;

        @Override
        public Integer call() {
            return change(reason, "--reason must say why the year is reopened", (app, id, why) -> {
                var y = app.ledger().fiscalYears().reopen(Actor.system(), id, why);
                return "fiscal year " + year + " is " + y.status().name().toLowerCase() + " again: " + why.strip();
            });
        }
    }

    @Command(name = "lock-year", description = "Lock a closed fiscal year for good once the general assembly approved its accounts.")
    public static final class LockYear extends LedgerCommandSupport.YearChange {
        @Option(names = "--approval", required = true, description = "the assembly decision, e.g. \"AGM 2026-06-12, resolution 1\"")
        String approval;

        @Override
        public Integer call() {
            return change(approval, "--approval must name the assembly decision", (app, id, decision) -> {
                app.ledger().fiscalYears().lock(Actor.system(), id, decision);
                return "fiscal year " + year + " is locked: " + decision.strip();
            });
        }
    }

    @Command(name = "payouts", description = "Pay what the co-op owes its members (owners' payouts, refunds, interest): posts the run "
            + "and writes the SEPA pain.001 file; members without an IBAN are listed as not payable. A retried --key pays nothing twice.")
    public static final class Payouts implements Callable<Integer> {
        @Option(names = "--key", required = true, description = "name of the run, e.g. 2026-06-payouts")
        String key;
        @Option(names = "--member", description = "only this member's payables (member id)")
        org.coopkit.core.members.MemberId member;
        @Option(names = "--execution-date", description = "day the bank executes the transfers (default today)")
        LocalDate executionDate;
        @Option(names = "--out", description = "where to write the pain.001 XML file (default: not written)")
        java.nio.file.Path out;
        @Mixin
        DatabaseOptions db;

        @Override
        public Integer call() throws java.io.IOException {
            try (CarshareApp app = db.open()) {
                var run = app.ledger().payouts().run(Actor.system(), key, java.util.Optional.ofNullable(member), executionDate);
                for (var l : run.lines()) {
                    System.out.printf("%-12s %-30s %-32s %12s%n", l.status() == org.coopkit.ledger.payouts.PayoutRun.Status.PAID ? "paid" : "NOT PAYABLE",
                            l.name(), l.accountName(), l.amount());
                }
                System.out.println("run " + run.key() + ": " + run.paid().size() + " transfer(s), " + run.totalPaid(app.core().statutes().currency())
                        + "; " + run.notPayable().size() + " not payable (no IBAN)");
                if (out != null && !run.paid().isEmpty()) {
                    java.nio.file.Files.writeString(out, org.coopkit.ledger.payouts.Pain001.xml(run, app.ledger().settings().bankAccount().orElseThrow()));
                    System.out.println("SEPA file written to " + out);
                }
            }
            return 0;
        }
    }

    @Command(name = "capital-opening", description = "Bring members' capital recorded before the ledger was installed into the books: "
            + "without --reason, show what the opening entry would post (or what it posted); with --reason, post it (once, audited).")
    public static final class CapitalOpening implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = "--on", description = "date of the opening entry (default today; not in the future, in an open fiscal year)")
        LocalDate on;
        @Option(names = "--against", description = "account the paid-up capital is brought against (default the bank, 512)")
        String against;
        @Option(names = "--reason", description = "why, e.g. \"capital held before the ledger was installed\" (audited); posts the entry")
        String reason;
        @Mixin
        DatabaseOptions db;

        @Override
        public Integer call() {
            if (reason != null && reason.isBlank()) throw new IllegalArgumentException("--reason must say why the capital is brought into the books");
            if (on != null && on.isAfter(db.today())) throw new ParameterException(spec.commandLine(), "--on (" + on + ") cannot be in the future");
            try (CarshareApp app = db.open()) {
                var service = app.ledger().capitalOpening();
                var opening = reason == null ? service.preview(Actor.system(), on, java.util.Optional.ofNullable(against))
                        : service.post(Actor.system(), on, java.util.Optional.ofNullable(against), reason);
                for (var l : opening.lines()) {
                    System.out.printf("M%04d %-30s paid-up %12s   unpaid %12s%n", l.membershipNumber(), l.name(), l.held(), l.unpaid());
                }
                var total = opening.totalHeld(app.core().statutes().currency());
                if (opening.entryNumber().isPresent()) {
                    System.out.println("opening entry " + opening.entryNumber().get() + " dated " + opening.on() + ": " + total + " of paid-up capital against "
                            + opening.against() + (reason == null ? " (already posted)" : ""));
                } else if (opening.lines().isEmpty()) {
                    System.out.println("the capital register and the books agree on " + opening.on() + ": there is nothing to bring in");
                } else {
                    System.out.println("would post " + total + " of paid-up capital against " + opening.against() + " on " + opening.on()
                            + "; run again with --reason \"...\" to post it");
                }
            }
            return 0;
        }
    }

    @Command(name = "accounts", description = "Annual accounts of a fiscal year: balance sheet and income statement, with the previous year.")
    public static final class Accounts extends LedgerCommandSupport.YearReport {
        @Override
        String report(CarshareApp app, FiscalYearId id, Format format) {
            var a = app.ledger().annualAccounts().of(Actor.system(), id);
            return format == Format.json ? org.coopkit.ledger.reports.AnnualAccountsFormats.json(a)
                    : org.coopkit.ledger.reports.AnnualAccountsFormats.csv(a);
        }
    }
}
