package org.coopkit.bench.db;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.actors.Role;
import org.coopkit.core.members.Member;
import org.coopkit.core.members.MemberApplication;
import org.coopkit.core.persistence.DatabaseKind;

/**
 * The redistribution report for a year with {@code members} members (each holding capital) and
 * {@code rows} patronage rows, against the raw SQL it needs: the members, the patronage sums per
 * member and kind ({@code GROUP BY}), the capital per member ({@code GROUP BY}), in one transaction.
 * Members are admitted through the API; capital movements and patronage rows are written with JDBC
 * batches into the real tables (as an import would).
 */
final class ReportRows {
    private static final Actor TREASURER = new Actor(java.util.Optional.empty(), java.util.Set.of(Role.TREASURER), "bench");
    private final BenchCoop coop;
    private final String db;
    private final List<Member> members = new ArrayList<>();
    private long rows;

    ReportRows(BenchCoop coop, String db) {
        this.coop = coop;
        this.db = db;
    }

    /** Admits members up to {@code n} and adds their capital (one subscription, one payment each). */
    void members(int n) throws Exception {
        List<Member> added = new ArrayList<>();
        while (members.size() + added.size() < n) {
            int i = members.size() + added.size();
            Member a = coop.core().members().apply(Actor.anonymous(), MemberApplication.of("Member " + i, "m" + i + "@bench.example", "user"));
            added.add(coop.core().members().admit(Actor.system(), a.id(), "bench"));
        }
        try (Connection c = coop.db().dataSource().getConnection();
             PreparedStatement p = c.prepareStatement("insert into core_capital_movements (id, member_id, kind, shares, amount, currency,"
                     + " on_date, memo) values (?,?,?,?,?,?,?,?)")) {
            for (Member m : added) {
                for (String kind : List.of("SUBSCRIPTION", "PAYMENT")) {
                    p.setString(1, UUID.randomUUID().toString());
                    p.setString(2, m.id().toString());
                    p.setString(3, kind);
                    p.setInt(4, kind.equals("SUBSCRIPTION") ? 5 : 0);
                    p.setBigDecimal(5, new BigDecimal("100.00"));
                    p.setString(6, "EUR");
                    p.setDate(7, Date.valueOf(LocalDate.of(2025, 3, 1)));
                    p.setString(8, "bench");
                    p.addBatch();
                }
            }
            p.executeBatch();
            c.commit();
        }
        members.addAll(added);
    }

    /** Adds patronage rows up to {@code n}, spread over the members, two kinds, the whole year. */
    void patronage(long n) throws Exception {
        try (Connection c = coop.db().dataSource().getConnection();
             PreparedStatement p = c.prepareStatement("insert into ledger_patronage (id, source_id, party_kind, member_id, party, on_date,"
                     + " kind, volume, amount, fees, currency, entry_id, activity_ref, recorded_at) values (?,?,?,?,?,?,?,?,?,?,?,null,null,?)")) {
            Timestamp at = Timestamp.from(BenchCoop.NOW);
            int batch = 0;
            for (long i = rows; i < n; i++) {
                Member m = members.get((int) (i % members.size()));
                p.setString(1, UUID.randomUUID().toString());
                p.setString(2, "bench-trip-" + i);
                p.setString(3, "MEMBER");
                p.setString(4, m.id().toString());
                p.setString(5, m.name());
                p.setDate(6, Date.valueOf(LocalDate.of(2026, 1, 1).plusDays(i % 365)));
                p.setString(7, i % 3 == 0 ? "SALES" : "PURCHASES");
                BigDecimal v = BigDecimal.valueOf(10 + i % 90, 0);
                p.setBigDecimal(8, v);
                p.setBigDecimal(9, v);
                p.setBigDecimal(10, BigDecimal.ZERO);
                p.setString(11, "EUR");
                if (coop.db().kind() == DatabaseKind.MARIADB) p.setTimestamp(12, at);
                else p.setObject(12, BenchCoop.NOW.atOffset(java.time.ZoneOffset.UTC));
                p.addBatch();
                if (++batch % 1000 == 0) {
                    p.executeBatch();
                    c.commit();
                }
            }
            p.executeBatch();
            c.commit();
        }
        rows = n;
    }

    List<Member> members() {
        return List.copyOf(members);
    }

    Row report(int repetitions) throws Exception {
        Row row = new Row("redistribution report, " + members.size() + " members, " + rows + " patronage rows", db, "reports/s",
                "≥ 0.5 (≤ 2× raw SQL)");
        for (int r = 0; r < repetitions; r++) {
            long t0 = System.nanoTime();
            coop.ledger().allocations().report(TREASURER, coop.year().id());
            long coopNanos = System.nanoTime() - t0;
            long t1 = System.nanoTime();
            raw();
            long baseNanos = System.nanoTime() - t1;
            row.add(1, coopNanos, 1, baseNanos);
        }
        return row;
    }

    /** What the report needs from the database, in hand-written SQL. */
    void raw() throws Exception {
        Map<String, Map<String, BigDecimal>> volumes = new HashMap<>();
        Map<String, BigDecimal> capital = new HashMap<>();
        List<String> ids = new ArrayList<>();
        try (Connection c = coop.db().dataSource().getConnection()) {
            try (PreparedStatement q = c.prepareStatement("select id, membership_number from core_members where status = 'MEMBER'");
                 ResultSet rs = q.executeQuery()) {
                while (rs.next()) ids.add(rs.getString(1));
            }
            try (PreparedStatement q = c.prepareStatement("select member_id, kind, sum(volume) from ledger_patronage where party_kind = 'MEMBER'"
                    + " and on_date >= ? and on_date <= ? group by member_id, kind")) {
                q.setDate(1, Date.valueOf(coop.year().start()));
                q.setDate(2, Date.valueOf(coop.year().end()));
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) volumes.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2), rs.getBigDecimal(3));
                }
            }
            try (PreparedStatement q = c.prepareStatement("select member_id, kind, sum(shares), sum(amount) from core_capital_movements"
                    + " where on_date <= ? group by member_id, kind")) {
                q.setDate(1, Date.valueOf(coop.year().end()));
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) capital.merge(rs.getString(1), rs.getBigDecimal(4), BigDecimal::add);
                }
            }
            c.commit();
        }
        if (ids.isEmpty() || volumes.isEmpty() || capital.isEmpty()) throw new IllegalStateException("the raw report read nothing");
    }
}
