package org.coopkit.ledger.exports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** For tests of other packages: hledger's total of an account tree on an exported journal. */
public final class HledgerRunner {
    private HledgerRunner() {
    }

    public static Optional<String> find() {
        return Hledger.find();
    }

    /**
     * One of hledger's multi-section reports ({@code bse} or {@code is}) read from {@code -O csv}: per section
     * ({@code Assets}, {@code Liabilities}, {@code Equity}, {@code Revenues}, {@code Expenses}) its total, and per
     * account its balance (as hledger shows them, normal-positive), plus {@code Net:} under the key {@code Net}.
     */
    public record Report(Map<String, BigDecimal> sectionTotals, Map<String, BigDecimal> accounts, BigDecimal net, String raw) {
    }

    /** Runs {@code hledger -f journal <command> args… -O csv} and reads it as a {@link Report}. */
    public static Report report(String hledger, String journal, String command, String... more) throws Exception {
        List<String> args = new ArrayList<>(List.of(command, "-O", "csv"));
        args.addAll(List.of(more));
        Hledger.Result r = Hledger.run(hledger, journal, args.toArray(String[]::new));
        if (r.exitCode() != 0) throw new AssertionError("hledger " + command + " failed: " + r.output());
        Map<String, BigDecimal> sections = new LinkedHashMap<>();
        Map<String, BigDecimal> accounts = new LinkedHashMap<>();
        BigDecimal net = BigDecimal.ZERO;
        String section = null;
        List<String> lines = r.output().lines().toList();
        for (String line : lines.subList(2, lines.size())) {
            List<String> cells = new ArrayList<>();
            for (String c : line.split("\",\"", -1)) cells.add(c.replace("\"", ""));
            String name = cells.get(0);
            BigDecimal value = cells.size() < 2 ? BigDecimal.ZERO : amount(cells.get(cells.size() - 1));
            if (name.equals("total")) sections.put(section, value);
            else if (name.equals("Net:")) net = value;
            else if (cells.size() < 2 || cells.get(1).isEmpty()) section = name;
            else accounts.put(name, value);
        }
        return new Report(sections, accounts, net, r.output());
    }

    private static BigDecimal amount(String cell) {
        String v = cell.replace("EUR", "").strip();
        return v.isEmpty() ? BigDecimal.ZERO : new BigDecimal(v);
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
