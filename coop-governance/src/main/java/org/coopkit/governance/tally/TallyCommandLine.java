package org.coopkit.governance.tally;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The recount tool anyone can run on a ballot file:
 * {@code tally --method irv|stv|approval|plurality [--seats N] [--format text|json] ballots.csv}.
 * Exit codes: 0 counted, 2 bad arguments or unreadable file (with a message saying which).
 */
public final class TallyCommandLine {
    /**
     * The usage line printed on a wrong argument.
     */
    public static final String USAGE = "usage: tally --method irv|stv|approval|plurality [--seats N] [--format text|json]"
            + " [--overvote exhaust|skip] [--max-skipped N|unlimited] [--seed S] <ballots.csv>   (docs/tally-cli.md)";

    private TallyCommandLine() {
    }

    /**
     * Runs the count from the command line and exits with its status.
     * @param args the options and the ballots file (see {@link #USAGE})
     */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Counts the ballots file the arguments name, printing the result as text or JSON.
     * @param args the options and the ballots file (see {@link #USAGE})
     * @param out where the result goes
     * @param err where errors and the usage go
     * @return the exit status: 0 on success, 2 on a usage or input error
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Method method = null;
        int seats = 1;
        String format = "text";
        String file = null;
        String seed = null;
        BallotCsv.Overvote overvote = BallotCsv.Overvote.EXHAUST;
        int maxSkipped = -1;
        try {
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--method" -> method = parseMethod(value(args, ++i, a));
                    case "--seats" -> seats = parseSeats(value(args, ++i, a), "--seats", 1);
                    case "--format" -> {
                        format = value(args, ++i, a);
                        if (!format.equals("text") && !format.equals("json")) throw new IllegalArgumentException("--format must be text or json");
                    }
                    case "--seed" -> seed = value(args, ++i, a);
                    case "--overvote" -> overvote = switch (value(args, ++i, a).toLowerCase(Locale.ROOT)) {
                        case "exhaust" -> BallotCsv.Overvote.EXHAUST;
                        case "skip" -> BallotCsv.Overvote.SKIP;
                        default -> throw new IllegalArgumentException("--overvote must be exhaust or skip");
                    };
                    case "--max-skipped" -> {
                        String v = value(args, ++i, a);
                        maxSkipped = v.equals("unlimited") ? -1 : parseSeats(v, "--max-skipped", 0);
                    }
                    case "-h", "--help" -> {
                        out.println(USAGE);
                        return 0;
                    }
                    default -> {
                        if (a.startsWith("--")) throw new IllegalArgumentException("unknown option " + a);
                        if (file != null) throw new IllegalArgumentException("only one ballot file, got " + file + " and " + a);
                        file = a;
                    }
                }
            }
            if (method == null) throw new IllegalArgumentException("--method is required");
            if (file == null) throw new IllegalArgumentException("the ballot file is required");
            if (seats != 1 && method == Method.IRV) throw new IllegalArgumentException("IRV fills one seat; use --method stv for " + seats);
            BallotCsv.Ballots b;
            try (Reader r = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
                b = BallotCsv.read(r, new BallotCsv.Rules(overvote, maxSkipped));
            } catch (NoSuchFileException e) {
                throw new IllegalArgumentException("no such file: " + file);
            }
            if (b.candidates().isEmpty()) throw new IllegalArgumentException(file + " holds no ballot with a candidate");
            TallyResult result = Tally.count(method, seats, b.candidates(), b.ballots(), seed);
            out.print(format.equals("json") ? TallyFormats.json(result) : TallyFormats.text(result));
            return 0;
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.println(USAGE);
            return 2;
        } catch (IOException e) {
            err.println("error: cannot read " + file + ": " + e.getMessage());
            return 2;
        }
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) throw new IllegalArgumentException(option + " needs a value");
        return args[i];
    }

    private static Method parseMethod(String s) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "irv" -> Method.IRV;
            case "stv" -> Method.STV;
            case "approval" -> Method.APPROVAL;
            case "plurality" -> Method.PLURALITY;
            default -> throw new IllegalArgumentException("--method must be irv, stv, approval or plurality, not '" + s + "'");
        };
    }

    private static int parseSeats(String s, String option, int min) {
        try {
            int n = Integer.parseInt(s);
            if (n < min || n > 1000) throw new NumberFormatException();
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a whole number from " + min + " to 1000, not '" + s + "'");
        }
    }
}
