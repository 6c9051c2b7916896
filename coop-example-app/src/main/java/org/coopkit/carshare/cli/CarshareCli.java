package org.coopkit.carshare.cli;

import java.io.PrintWriter;
import org.coopkit.core.errors.CoopException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code java -jar carshare.jar <command>}: run the co-op's server, generate demo data, and the
 * treasurer's and auditor's tools. Exit codes: 0 ok, 1 a check failed (e.g. the audit chain is
 * broken), 2 bad arguments, 3 the request was refused (with the reason), 4 unexpected error.
 */
@Command(name = "carshare", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT, version = "carshare 0.2.0",
        description = "The car-sharing co-op built on CoopKit.",
        subcommands = {ServeCommand.class, DemoDataCommand.class, AuditCommand.class, LedgerCommands.Report.class,
                LedgerCommands.Statements.class, LedgerCommands.Journal.class, LedgerCommands.CloseYear.class, LedgerCommands.ReopenYear.class,
                LedgerCommands.LockYear.class, LedgerCommands.Payouts.class, LedgerCommands.Accounts.class, LedgerCommands.CapitalOpening.class,
                TallyCommand.class})
public final class CarshareCli implements Runnable {
    private final java.time.Clock clock;

    private CarshareCli(java.time.Clock clock) {
        this.clock = clock;
    }

    /** The one clock every command opens the app with and takes "today" from. */
    java.time.Clock clock() {
        return clock;
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    /** The command line on the system clock (UTC): what {@link #main} runs. */
    public static CommandLine commandLine() {
        return commandLine(java.time.Clock.systemUTC());
    }

    /** The command line whose commands all run on this clock (tests pass a fixed one). */
    public static CommandLine commandLine(java.time.Clock clock) {
        CommandLine cl = new CommandLine(new CarshareCli(clock));
        CliTypes.register(cl);
        cl.getCommandSpec().usageMessage().footer(settingsHelp());
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof CoopException ce) {
                    err.println("refused: " + ce.getMessage());
                    return 3;
                }
                if (t instanceof IllegalArgumentException iae) {
                    err.println("error: " + iae.getMessage());
                    return 2;
                }
            }
            err.println("error: " + e.getMessage());
            return 4;
        });
        return cl;
    }

    /** Every setting with its option, environment variable and config-file key, for {@code --help}. */
    static String[] settingsHelp() {
        java.util.List<String> lines = new java.util.ArrayList<>();
        lines.add("");
        lines.add("Settings (command line > environment > config file > default; see docs/configuration.md):");
        lines.add(String.format("  %-22s %-24s %-20s %s", "option", "environment", "config file", "default"));
        for (org.coopkit.carshare.config.SettingsLoader.Key k : org.coopkit.carshare.config.SettingsLoader.KEYS) {
            lines.add(String.format("  %-22s %-24s %-20s %s", k.option() == null ? "-" : k.option(), k.env(), k.file(),
                    k.defaultValue() == null ? "" : k.defaultValue()));
        }
        lines.add("  --config FILE          COOP_CONFIG              -                    ./carshare.properties if present");
        lines.add("Passwords: prefer the *-password-file settings (a password option is visible to ps). No setting is ever logged");
        lines.add("with its secret: the start-up summary shows only where a password came from.");
        return lines.toArray(String[]::new);
    }

    // strong references: java.util.logging forgets the level of a logger nobody holds
    private static final java.util.List<java.util.logging.Logger> QUIET = new java.util.ArrayList<>();

    /** Liquibase and Grizzly log through java.util.logging; their INFO lines are noise on a terminal. */
    static void quietLibraries() {
        System.setProperty("liquibase.logLevel", "WARNING");
        for (String name : new String[]{"liquibase", "org.glassfish", "org.hibernate"}) {
            java.util.logging.Logger l = java.util.logging.Logger.getLogger(name);
            l.setLevel(java.util.logging.Level.WARNING);
            QUIET.add(l);
        }
        // Jersey warns that resource instances "are not providers" when they are registered as objects; they are resources
        java.util.logging.Logger providers = java.util.logging.Logger.getLogger("org.glassfish.jersey.internal.inject.Providers");
        providers.setLevel(java.util.logging.Level.SEVERE);
        QUIET.add(providers);
    }

    public static void main(String[] args) {
        quietLibraries();
        System.exit(commandLine().execute(args));
    }
}
