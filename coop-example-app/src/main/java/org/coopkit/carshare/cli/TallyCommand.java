package org.coopkit.carshare.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.coopkit.governance.tally.TallyCommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Governance's recount tool: anyone can recount a ballot file (e.g. a ballot board exported as CSV). */
@Command(name = "tally", description = "Recount ballots from a CSV file: one ballot per line, candidates in order of preference.",
        mixinStandardHelpOptions = false)
public final class TallyCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", description = "--method irv|stv|approval|plurality [--seats N] [--format text|json] <ballots.csv>")
    List<String> args;

    @Override
    public Integer call() {
        return TallyCommandLine.run(args == null ? new String[0] : args.toArray(String[]::new), System.out, System.err);
    }
}
