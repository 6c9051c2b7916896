package org.coopkit.bench.db;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.sql.DataSource;
import org.coopkit.core.audit.Hashes;
import org.coopkit.core.members.MemberId;
import org.coopkit.core.persistence.DatabaseKind;
import org.coopkit.ledger.fiscal.FiscalYear;
import org.coopkit.ledger.journal.JournalLine;
import org.coopkit.ledger.journal.PostEntry;

/**
 * The hand-written JDBC a developer would write for the same postings: the same tables and
 * constraints, the chain head locked and moved by compare-and-set, the same hash chain (the
 * canonical text of {@code EntryCanonical}, re-typed here; the bench verifies the chain afterwards,
 * so a difference would show), ids from the same sequences the way Hibernate's pooled optimizer
 * takes them, the idempotency key, the fiscal year and the accounts checked in the transaction, and
 * on H2 the same {@code CHECKPOINT SYNC} after a commit that CoopKit runs (durable commits).
 */
final class JournalBaseline {
    private static final int POOL = 50;
    private final DataSource ds;
    private final DatabaseKind kind;
    private final FiscalYear year;
    private long entryHi;
    private long entryNext = 1;
    private long lineHi;
    private long lineNext = 1;

    JournalBaseline(DataSource ds, DatabaseKind kind, FiscalYear year) {
        this.ds = ds;
        this.kind = kind;
        this.year = year;
    }

    /** One transaction for all the entries, entries and lines in JDBC batches. */
    void bulk(List<PostEntry> commands, String postedBy) throws SQLException {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            String[] head = lockHead(c);
            long number = Long.parseLong(head[0]);
            String hash = head[1];
            String first = head[0];
            String firstHash = head[1];
            checkFiscalYear(c);
            checkAccounts(c, commands.get(0));
            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
            try (PreparedStatement e = c.prepareStatement(INSERT_ENTRY); PreparedStatement l = c.prepareStatement(INSERT_LINE)) {
                int n = 0;
                for (PostEntry cmd : commands) {
                    number++;
                    hash = addEntry(c, e, l, cmd, number, hash, now, postedBy);
                    if (++n % 500 == 0) {
                        e.executeBatch();
                        l.executeBatch();
                    }
                }
                e.executeBatch();
                l.executeBatch();
            }
            moveHead(c, first, firstHash, number, hash);
            commit(c);
        }
    }

    /** One transaction for one entry: the online path. */
    void online(PostEntry cmd, String postedBy) throws SQLException {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            String[] head = lockHead(c);
            try (PreparedStatement q = c.prepareStatement("select id from ledger_entries where idempotency_key = ?")) {
                q.setString(1, cmd.key().value());
                try (ResultSet rs = q.executeQuery()) {
                    if (rs.next()) throw new IllegalStateException("key already posted");
                }
            }
            checkFiscalYear(c);
            checkAccounts(c, cmd);
            long number = Long.parseLong(head[0]) + 1;
            String hash;
            try (PreparedStatement e = c.prepareStatement(INSERT_ENTRY); PreparedStatement l = c.prepareStatement(INSERT_LINE)) {
                hash = addEntry(c, e, l, cmd, number, head[1], Instant.now().truncatedTo(ChronoUnit.MICROS), postedBy);
                e.executeBatch();
                l.executeBatch();
            }
            moveHead(c, head[0], head[1], number, hash);
            commit(c);
        }
    }

    private static final String INSERT_ENTRY = "insert into ledger_entries (id, number, entry_date, fiscal_year, period, kind, memo,"
            + " idempotency_key, reverses_id, posted_at, posted_by, prev_hash, hash) values (?,?,?,?,?,?,?,?,null,?,?,?,?)";
    private static final String INSERT_LINE = "insert into ledger_entry_lines (id, entry_id, position, account_code, member_id, side,"
            + " amount, currency) values (?,?,?,?,?,?,?,?)";

    private String addEntry(Connection c, PreparedStatement e, PreparedStatement l, PostEntry cmd, long number, String prev,
                            Instant now, String postedBy) throws SQLException {
        long id = nextEntryId(c);
        String fy = year.id().value();
        int period = year.periodOf(cmd.date());
        StringBuilder sb = new StringBuilder(256);
        sb.append("entry|").append(number).append('|').append(cmd.date()).append('|').append(esc(fy)).append('|').append(period)
                .append('|').append(cmd.kind().name()).append('|').append(esc(cmd.key().value())).append('|').append(esc(cmd.memo()))
                .append('|').append('-').append('|').append(esc(postedBy)).append('|').append(now);
        int pos = 1;
        for (JournalLine line : cmd.lines()) {
            String member = line.account().member().map(MemberId::toString).orElse(null);
            BigDecimal amount = line.amount().amount();
            sb.append("\nline|").append(pos).append('|').append(esc(line.account().code().value())).append('|')
                    .append(member == null ? "-" : member).append('|').append(line.side().name()).append('|')
                    .append(amount.setScale(4, RoundingMode.UNNECESSARY).toPlainString()).append('|').append(line.amount().currencyCode());
            l.setLong(1, nextLineId(c));
            l.setLong(2, id);
            l.setInt(3, pos++);
            l.setString(4, line.account().code().value());
            l.setString(5, member);
            l.setString(6, line.side().name());
            l.setBigDecimal(7, amount);
            l.setString(8, line.amount().currencyCode());
            l.addBatch();
        }
        String hash = Hashes.chain(prev, sb.toString());
        e.setLong(1, id);
        e.setLong(2, number);
        e.setDate(3, Date.valueOf(cmd.date()));
        e.setString(4, fy);
        e.setInt(5, period);
        e.setString(6, cmd.kind().name());
        e.setString(7, cmd.memo());
        e.setString(8, cmd.key().value());
        e.setObject(9, kind == DatabaseKind.MARIADB ? Timestamp.from(now) : now.atOffset(java.time.ZoneOffset.UTC));
        e.setString(10, postedBy);
        e.setString(11, prev);
        e.setString(12, hash);
        e.addBatch();
        return hash;
    }

    private String[] lockHead(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            if (kind == DatabaseKind.POSTGRESQL) s.execute("LOCK TABLE ledger_chain_head IN EXCLUSIVE MODE");
            try (ResultSet rs = s.executeQuery("select last_number, last_hash from ledger_chain_head where id = 'main' for update")) {
                rs.next();
                return new String[] {Long.toString(rs.getLong(1)), rs.getString(2)};
            }
        }
    }

    private void checkFiscalYear(Connection c) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("select status from ledger_fiscal_years where code = ?")) {
            q.setString(1, year.id().value());
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next() || !"OPEN".equals(rs.getString(1))) throw new IllegalStateException("fiscal year not open");
            }
        }
    }

    private static void checkAccounts(Connection c, PostEntry cmd) throws SQLException {
        List<String> codes = cmd.lines().stream().map(l -> l.account().code().value()).distinct().toList();
        try (PreparedStatement q = c.prepareStatement("select count(*) from ledger_accounts where code in ("
                + String.join(",", java.util.Collections.nCopies(codes.size(), "?")) + ")")) {
            for (int i = 0; i < codes.size(); i++) q.setString(i + 1, codes.get(i));
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                if (rs.getInt(1) != codes.size()) throw new IllegalStateException("unknown account");
            }
        }
    }

    private static void moveHead(Connection c, String number, String hash, long newNumber, String newHash) throws SQLException {
        try (PreparedStatement u = c.prepareStatement(
                "update ledger_chain_head set last_number = ?, last_hash = ? where id = 'main' and last_number = ? and last_hash = ?")) {
            u.setLong(1, newNumber);
            u.setString(2, newHash);
            u.setLong(3, Long.parseLong(number));
            u.setString(4, hash);
            if (u.executeUpdate() != 1) throw new IllegalStateException("head moved");
        }
    }

    private void commit(Connection c) throws SQLException {
        c.commit();
        if (kind == DatabaseKind.H2) {
            try (Statement s = c.createStatement()) {
                s.execute("CHECKPOINT SYNC");
            }
        }
    }

    private synchronized long nextEntryId(Connection c) throws SQLException {
        if (kind == DatabaseKind.MARIADB) return nextval(c, "ledger_entry_seq");
        if (entryNext > entryHi) {
            entryHi = nextval(c, "ledger_entry_seq");
            entryNext = entryHi - POOL + 1;
        }
        return entryNext++;
    }

    private synchronized long nextLineId(Connection c) throws SQLException {
        if (kind == DatabaseKind.MARIADB) return nextval(c, "ledger_line_seq");
        if (lineNext > lineHi) {
            lineHi = nextval(c, "ledger_line_seq");
            lineNext = lineHi - POOL + 1;
        }
        return lineNext++;
    }

    private long nextval(Connection c, String seq) throws SQLException {
        String sql = kind == DatabaseKind.POSTGRESQL ? "select nextval('" + seq + "')" : "select next value for " + seq;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String esc(String s) {
        return s.replace("\\", "\\\\").replace("|", "\\|").replace("\n", "\\n");
    }
}
