package org.coopkit.ledger.exports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** For tests of other packages: hledger's total of an account tree on an exported journal. */
public final class HledgerRunner {
    private HledgerRunner() {
    }

    public static Optional<String> find() {
        return Hledger.find();
    }

    /** The total hledger reports for the accounts matching {@code query} (debit positive), from {@code bal -O csv}. */
    public static BigDecimal total(String hledger, String journal, String query, String... more) throws Exception {
        List<String> args = new ArrayList<>(List.of("bal", query, "--depth", "1", "-O", "csv"));
        args.addAll(List.of(more));
        Hledger.Result r = Hledger.run(hledger, journal, args.toArray(String[]::new));
        if (r.exitCode() != 0) throw new AssertionError("hledger failed: " + r.output());
        BigDecimal total = BigDecimal.ZERO;
        for (String line : r.output().lines().toList()) {
            if (line.startsWith("\"account\"") || line.startsWith("\"total\"") || line.isBlank()) continue;
            String value = line.substring(line.lastIndexOf(",") + 1).replace("\"", "").replace("EUR", "").strip();
            if (!value.isEmpty() && !value.equals("0")) total = total.add(new BigDecimal(value));
        }
        return total;
    }
}
