package org.coopkit.carshare.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.coopkit.governance.tally.BallotCsv;
import org.coopkit.governance.tally.Method;
import org.coopkit.governance.tally.Tally;
import org.coopkit.governance.tally.TallyFormats;
import org.coopkit.governance.tally.TallyResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Governance's recount tool (docs/tally-cli.md): anyone can recount a ballot file, e.g. a ballot board
 * exported as CSV, with governance's {@link Tally}. Exit codes: 0 counted, 2 bad arguments or an
 * unreadable file (the message says which).
 */
@Command(name = "tally", description = {"Recount ballots from a CSV file: one ballot per line, candidates in order of preference "
        + "(docs/tally-cli.md)."})
public final class TallyCommand implements Callable<Integer> {
    /** The counting methods a ballot file can be recounted with. */
    enum CountMethod {
        irv(Method.IRV), stv(Method.STV), approval(Method.APPROVAL), plurality(Method.PLURALITY);

        final Method method;

        CountMethod(Method method) {
            this.method = method;
        }
    }

    /** How the result is printed. */
    enum Format { text, json }

    /** What an overvote does to a ballot. */
    enum Overvote {
        exhaust(BallotCsv.Overvote.EXHAUST), skip(BallotCsv.Overvote.SKIP);

        final BallotCsv.Overvote rule;

        Overvote(BallotCsv.Overvote rule) {
            this.rule = rule;
        }
    }

    @Spec
    CommandSpec spec;
    @Option(names = "--method", required = true, paramLabel = "irv|stv|approval|plurality",
            description = "how to count")
    CountMethod method;
    @Option(names = "--seats", defaultValue = "1", converter = SeatsConverter.class, paramLabel = "N", description = "seats to fill, STV (default ${DEFAULT-VALUE})")
    int seats;
    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
            description = "text or json, stable (default ${DEFAULT-VALUE})")
    Format format;
    @Option(names = "--overvote", defaultValue = "exhaust", paramLabel = "exhaust|skip",
            description = "an overvoted rank exhausts the ballot or is skipped (default ${DEFAULT-VALUE})")
    Overvote overvote;
    @Option(names = "--max-skipped", defaultValue = "unlimited", converter = MaxSkippedConverter.class, paramLabel = "N|unlimited",
            description = "consecutive skipped ranks allowed before a ballot exhausts (default ${DEFAULT-VALUE})")
    int maxSkipped;
    @Option(names = "--seed", paramLabel = "S", description = "seed of the draw that breaks ties (default: from the sorted ballots)")
    String seed;
    @Parameters(index = "0", arity = "1", paramLabel = "<ballots.csv>", description = "the ballots, UTF-8 CSV, one ballot per line")
    Path file;

    @Override
    public Integer call() throws IOException {
        if (seats != 1 && method == CountMethod.irv) throw usage("IRV fills one seat; use --method stv for " + seats);
        BallotCsv.Ballots b;
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            b = BallotCsv.read(r, new BallotCsv.Rules(overvote.rule, maxSkipped));
        } catch (NoSuchFileException e) {
            throw usage("no such file: " + file);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw usage("cannot read " + file + ": " + e.getMessage());
        }
        if (b.candidates().isEmpty()) throw usage(file + " holds no ballot with a candidate");
        TallyResult result = Tally.count(method.method, seats, b.candidates(), b.ballots(), seed);
        PrintWriter out = spec.commandLine().getOut();
        out.print(format == Format.json ? TallyFormats.json(result) : TallyFormats.text(result));
        out.flush();
        return 0;
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    static final class SeatsConverter implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String s) {
            return CliTypes.count(s, 1);
        }
    }

    static final class MaxSkippedConverter implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String s) {
            return s.strip().equals("unlimited") ? -1 : CliTypes.count(s, 0);
        }
    }
}
