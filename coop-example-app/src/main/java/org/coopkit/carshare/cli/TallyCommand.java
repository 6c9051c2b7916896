package org.coopkit.carshare.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.coopkit.governance.tally.TallyCommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/** Governance's recount tool: anyone can recount a ballot file (e.g. a ballot board exported as CSV). */
@Command(name = "tally", description = {"Recount ballots from a CSV file: one ballot per line, candidates in order of preference.",
                "usage: tally --method irv|stv|approval|plurality [--seats N] [--format text|json] <ballots.csv>"},
        mixinStandardHelpOptions = false)
public final class TallyCommand implements Callable<Integer> {
    /** Handed as they are to governance's recount tool, which parses and explains them. */
    @Unmatched
    List<String> args;

    @Override
    public Integer call() {
        return TallyCommandLine.run(args == null ? new String[0] : args.toArray(String[]::new), System.out, System.err);
    }
}
