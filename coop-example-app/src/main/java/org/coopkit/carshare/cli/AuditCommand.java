package org.coopkit.carshare.cli;

import java.util.concurrent.Callable;
import org.coopkit.carshare.CarshareApp;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.audit.ChainVerification;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "audit", description = "Check the hash chains.", subcommands = AuditCommand.Verify.class)
public final class AuditCommand implements Runnable {
    @Override
    public void run() {
        System.out.println("usage: carshare audit verify");
    }

    @Command(name = "verify", description = "Recompute every hash chain (audit log, journal, ballot boards) and compare the capital register with the books; "
            + "exit 1 when a link is broken or a member's capital differs.")
    public static final class Verify implements Callable<Integer> {
        @Mixin
        DatabaseOptions db;

        @Override
        public Integer call() {
            try (CarshareApp app = db.open()) {
                int broken = 0;
                var closed = app.governance().voting().all(Actor.system()).stream()
                        .filter(b -> b.status() == org.coopkit.governance.ballots.BallotStatus.CLOSED).toList();
                try (ProgressBar bar = new ProgressBar("verifying chains", 3 + closed.size())) {
                    ChainVerification v = app.core().audit().verify();
                    bar.step();
                    if (v.intact()) {
                        System.out.println("audit log: " + v.checked() + " records, chain intact");
                    } else {
                        System.out.println("audit log: BROKEN at record " + v.firstBroken().getAsLong() + " (" + v.checked() + " records before it hold; "
                                + v.broken().orElseThrow() + ")");
                        broken++;
                    }
                    var j = app.ledger().journal().verify(org.coopkit.core.actors.Actor.system());
                    bar.step();
                    if (j.intact()) {
                        System.out.println("journal: " + j.checked() + " entries, chain intact");
                    } else {
                        System.out.println("journal: BROKEN at entry " + j.firstBroken().getAsLong() + " (" + j.checked() + " entries before it hold; "
                                + j.broken().orElseThrow() + ")");
                        broken++;
                    }
                    var capital = app.core().capital().checkAgainstBooks(org.coopkit.core.actors.Actor.system(), db.today());
                    bar.step();
                    if (capital.agrees()) {
                        System.out.println("capital: register and books agree (" + capital.membersChecked() + " members)");
                    } else {
                        for (var d : capital.differences()) {
                            System.out.println("capital: DIFFERS for member " + d.membershipNumber() + " " + d.name() + ": register "
                                    + d.register() + ", books " + d.books());
                        }
                        broken++;
                    }
                    for (var r : app.ledger().allocations().verifyAdopted(org.coopkit.core.actors.Actor.system())) {
                        if (r.intact()) {
                            System.out.println("redistribution " + r.year() + ": adopted report reproduced byte for byte"
                                    + (r.booksAgree() ? "" : " (the books read today would give another: personal data erased or corrected since)"));
                        } else {
                            System.out.println("redistribution " + r.year() + ": adopted report NOT reproduced (hash "
                                    + (r.hashMatches() ? "matches" : "differs") + ")");
                            broken++;
                        }
                    }
                    for (var b : closed) {
                        var board = app.governance().voting().verifyBoard(b.id());
                        bar.step();
                        if (board.intact()) {
                            System.out.println("ballot board " + b.id() + ": " + board.checked() + " entries, chain intact");
                        } else {
                            System.out.println("ballot board " + b.id() + ": BROKEN at entry " + board.firstBroken().getAsInt());
                            broken++;
                        }
                    }
                }
                return broken == 0 ? 0 : 1;
            }
        }
    }
}
