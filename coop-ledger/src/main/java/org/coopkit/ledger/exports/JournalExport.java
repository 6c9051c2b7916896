package org.coopkit.ledger.exports;

import static org.coopkit.core.csv.CsvCells.typed;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.actors.Role;
import org.coopkit.core.members.MemberId;
import org.coopkit.core.members.Members;
import org.coopkit.ledger.accounts.Account;
import org.coopkit.ledger.accounts.AccountRef;
import org.coopkit.ledger.accounts.ChartOfAccounts;
import org.coopkit.ledger.journal.Journal;
import org.coopkit.ledger.journal.JournalEntry;
import org.coopkit.ledger.journal.JournalLine;
import org.coopkit.ledger.journal.Side;

/**
 * The journal exported so a treasurer can check the books with independent tools: the plain-text
 * journal format that hledger and ledger read, and CSV (one row per line).
 */
public final class JournalExport {
    private static final String[] CSV_HEADER = {"entry", "date", "fiscal_year", "period", "kind", "memo", "idempotency_key",
            "reverses", "line", "account", "account_name", "member_id", "debit", "credit", "currency", "hash"};
    private final Journal journal;
    private final ChartOfAccounts chart;
    private final Members members;
    private final org.coopkit.core.persistence.Transactions tx;

    /**
     * Wiring for {@code LedgerModule}.
     *
     * @param tx      the module's transactions
     * @param journal the journal exported
     * @param chart   the chart of accounts (names and types)
     * @param members the member registry (sub-account names)
     */
    public JournalExport(org.coopkit.core.persistence.Transactions tx, Journal journal, ChartOfAccounts chart, Members members) {
        this.tx = tx;
        this.journal = journal;
        this.chart = chart;
        this.members = members;
    }

    /**
     * Entries dated in [from, to] as an hledger/ledger journal (treasurer or board) that passes
     * {@code hledger check --strict ordereddates}: the commodities and every account used are
     * declared (member sub-accounts by membership number and name, e.g.
     * {@code liabilities:467 Owner payouts payable:M0003 Olga Owner}), then one transaction per
     * entry in date order (entry number within a day), {@code (number)} as its code, debits positive
     * and credits negative with the currency code as commodity.
     *
     * @param actor the caller; needs {@code TREASURER} or {@code BOARD}
     * @param from  the first posting date, inclusive
     * @param to    the last posting date, inclusive
     * @return the journal text
     */
    public String hledger(Actor actor, LocalDate from, LocalDate to) {
        actor.require(Role.TREASURER, Role.BOARD);
        return tx.readOnly(() -> hledgerText(actor, from, to)); // from the read replica when there is one
    }

    private String hledgerText(Actor actor, LocalDate from, LocalDate to) {
        List<JournalEntry> entries = new java.util.ArrayList<>(journal.between(actor, from, to));
        entries.sort(java.util.Comparator.comparing(JournalEntry::date).thenComparingLong(JournalEntry::number));
        Map<String, Account> accounts = accounts(actor);
        Map<MemberId, String> names = new HashMap<>();
        java.util.TreeSet<String> declared = new java.util.TreeSet<>();
        java.util.TreeSet<String> commodities = new java.util.TreeSet<>();
        for (Account a : accounts.values()) declared.add(accountName(a, null, names));
        for (JournalEntry e : entries) {
            for (JournalLine l : e.lines()) {
                declared.add(accountName(accounts.get(l.account().code().value()), l.account(), names));
                commodities.add(l.amount().currencyCode());
            }
        }
        StringBuilder out = new StringBuilder(4096);
        out.append("; CoopKit journal export, entries dated ").append(from).append(" to ").append(to).append("\n\n");
        for (String c : commodities) out.append("commodity ").append(c).append(" 1000.00\n");
        out.append('\n');
        for (String a : declared) out.append("account ").append(a).append('\n');
        out.append('\n');
        for (JournalEntry e : entries) {
            out.append(e.date()).append(" * (").append(e.number()).append(") ").append(clean(e.memo().isEmpty() ? "entry " + e.number() : e.memo()))
                    .append('\n');
            out.append("    ; key: ").append(clean(e.key().value())).append(", kind: ").append(e.kind())
                    .append(e.reverses().map(r -> ", reverses: " + r).orElse("")).append('\n');
            for (JournalLine l : e.lines()) {
                String name = accountName(accounts.get(l.account().code().value()), l.account(), names);
                String amount = (l.side() == Side.DEBIT ? "" : "-") + l.amount().amount().toPlainString();
                out.append("    ").append(name).append("  ").append(l.amount().currencyCode()).append(' ').append(amount).append('\n');
            }
            out.append('\n');
        }
        return out.toString();
    }

    /**
     * Entries dated in [from, to] as a French FEC (treasurer or board): 18 tab-separated columns,
     * one line per journal line, in date order (see {@code docs/fec-mapping.md}).
     *
     * @param actor the caller; needs {@code TREASURER} or {@code BOARD}
     * @param from  the first posting date, inclusive
     * @param to    the last posting date, inclusive
     * @return the FEC file content
     */
    public String fec(Actor actor, LocalDate from, LocalDate to) {
        actor.require(Role.TREASURER, Role.BOARD);
        return tx.readOnly(() -> Fec.of(journal.between(actor, from, to), accounts(actor), members::find,
                chart.withRole(org.coopkit.ledger.accounts.AccountRole.BANK).code().value()));
    }

    /**
     * Entries dated in [from, to] as CSV, one row per line (treasurer or board). Memos, keys and
     * account names are neutralised against spreadsheet formulas (CsvCells); amounts stay numbers.
     *
     * @param actor the caller; needs {@code TREASURER} or {@code BOARD}
     * @param from  the first posting date, inclusive
     * @param to    the last posting date, inclusive
     * @return the CSV content, with a header row
     */
    public String csv(Actor actor, LocalDate from, LocalDate to) {
        actor.require(Role.TREASURER, Role.BOARD);
        List<JournalEntry> entries = journal.between(actor, from, to);
        Map<String, Account> accounts = accounts(actor);
        StringWriter out = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(CSV_HEADER).get())) {
            for (JournalEntry e : entries) {
                int n = 1;
                for (JournalLine l : e.lines()) {
                    String amount = l.amount().amount().toPlainString();
                    p.printRecord(e.number(), e.date(), e.period().fiscalYear(), e.period().period(), e.kind(), typed(e.memo()), typed(e.key().value()),
                            e.reverses().map(Object::toString).orElse(""), n++, typed(l.account().code().value()),
                            typed(accounts.get(l.account().code().value()).name()), l.account().member().map(MemberId::toString).orElse(""),
                            l.side() == Side.DEBIT ? amount : "", l.side() == Side.CREDIT ? amount : "", l.amount().currencyCode(), e.hash());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private Map<String, Account> accounts(Actor actor) {
        Map<String, Account> map = new HashMap<>();
        chart.all(actor).forEach(a -> map.put(a.code().value(), a));
        return map;
    }

    /**
     * {@code liabilities:4551 Patronage refunds payable:M0003 Olga Owner}: no double spaces, no
     * separators inside a part; a member without a number (an applicant) by id.
     */
    private String accountName(Account a, AccountRef ref, Map<MemberId, String> names) {
        String base = a.type().hledgerRoot() + ":" + clean(a.code().value() + " " + a.name()).replace(":", "-");
        if (ref == null || ref.member().isEmpty()) return base;
        MemberId id = ref.member().get();
        return base + ":" + names.computeIfAbsent(id, m -> members.find(m)
                .map(x -> x.membershipNumber().map(n -> String.format("M%04d ", n)).orElse("") + clean(x.name()).replace(":", "-"))
                .filter(x -> !x.isBlank()).orElse(m.toString()));
    }

    private static String clean(String s) {
        return s.replace('\n', ' ').replace('\r', ' ').replace(';', ',').replace('\t', ' ').replaceAll(" {2,}", " ").strip();
    }
}
