package org.coopkit.carshare.reliability;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coopkit.carshare.CarshareApp;
import org.coopkit.carshare.reliability.CrashLoad.Acks;
import org.coopkit.core.actors.Actor;
import org.coopkit.governance.ballots.BallotId;

/**
 * What a restart must find: every acknowledged write present, none twice, no membership number
 * confirmed to two people, every hash chain intact (audit log, journal, ballot boards), the trial
 * balance balanced. Reads the tables with plain SQL, and the chains through the modules' own checks.
 */
final class CrashChecks {
    record Outcome(long lost, long duplicated, long reusedNumbers, List<String> problems) {
        boolean clean() {
            return lost == 0 && duplicated == 0 && reusedNumbers == 0 && problems.isEmpty();
        }
    }

    private CrashChecks() {
    }

    static Outcome check(CarshareApp app, Acks acks) {
        List<String> problems = new ArrayList<>();
        long lost = 0;
        long duplicated = 0;
        long reused = 0;
        try (Connection c = app.database().dataSource().getConnection(); Statement s = c.createStatement()) {
            Map<String, Long> numberOf = new HashMap<>();
            Map<Long, String> holderOf = new HashMap<>();
            Map<String, String> statusOf = new HashMap<>();
            try (ResultSet rs = s.executeQuery("select id, membership_number, status from core_members")) {
                while (rs.next()) {
                    long n = rs.getLong(2);
                    if (!rs.wasNull()) {
                        numberOf.put(rs.getString(1), n);
                        holderOf.put(n, rs.getString(1));
                    }
                    statusOf.put(rs.getString(1), rs.getString(3));
                }
            }
            Map<Long, String> confirmed = new HashMap<>();
            for (var a : acks.admitted.entrySet()) {
                String earlier = confirmed.putIfAbsent(a.getValue(), a.getKey());
                if (earlier != null && !earlier.equals(a.getKey())) {
                    reused++;
                    problems.add("number " + a.getValue() + " was confirmed to " + earlier + " and to " + a.getKey());
                }
                if (!"MEMBER".equals(statusOf.get(a.getKey())) || !a.getValue().equals(numberOf.get(a.getKey()))) {
                    lost++;
                    problems.add("admission of " + a.getKey() + " as number " + a.getValue() + " lost: now " + statusOf.get(a.getKey()) + " " + numberOf.get(a.getKey()));
                }
                String holder = holderOf.get(a.getValue());
                if (holder != null && !holder.equals(a.getKey())) {
                    reused++;
                    problems.add("number " + a.getValue() + " confirmed to " + a.getKey() + " now belongs to " + holder);
                }
            }
            Map<String, String> bookings = map(s, "select id, status from carshare_bookings");
            for (String b : acks.bookings) {
                if (!bookings.containsKey(b)) {
                    lost++;
                    problems.add("booking " + b + " lost");
                }
            }
            Set<String> trips = set(s, "select booking_id from carshare_trips");
            Map<String, Long> entries = counts(s, "select idempotency_key, count(*) from ledger_entries group by idempotency_key");
            Map<String, Long> patronage = counts(s, "select source_id, count(*) from ledger_patronage group by source_id");
            for (String t : acks.trips) {
                boolean whole = trips.contains(t) && "COMPLETED".equals(bookings.get(t)) && entries.containsKey("trip-" + t)
                        && patronage.containsKey("trip-" + t + "-driver") && patronage.containsKey("trip-" + t + "-owner");
                if (!whole) {
                    lost++;
                    problems.add("trip of booking " + t + " lost or half-written: trip=" + trips.contains(t) + " booking=" + bookings.get(t)
                            + " entry=" + entries.containsKey("trip-" + t));
                }
            }
            // a trip is never half there: no trip without its entry, no completed booking without its trip
            for (String t : trips) {
                if (!entries.containsKey("trip-" + t) || !"COMPLETED".equals(bookings.get(t))) problems.add("trip " + t + " half-written");
            }
            Set<String> work = set(s, "select id from carshare_work_logs");
            for (String w : acks.work) {
                if (!work.contains(w)) {
                    lost++;
                    problems.add("work log " + w + " lost");
                }
            }
            Set<String> participation = set(s, "select " + concat(app, "ballot_id", "member_id") + " from gov_participation");
            Set<String> box = set(s, "select tracking_code from gov_ballot_box");
            for (CrashLoad.Vote v : acks.votes) {
                if (!participation.contains(v.ballot() + "|" + v.member()) || !box.contains(v.trackingCode())) {
                    lost++;
                    problems.add("vote of " + v.member() + " in " + v.ballot() + " lost");
                }
            }
            Map<String, String> ballots = map(s, "select id, status from gov_ballots");
            for (String b : acks.ballotsOpened) {
                if (!Set.of("OPEN", "CLOSED").contains(ballots.get(b))) {
                    lost++;
                    problems.add("opening of ballot " + b + " lost: " + ballots.get(b));
                }
            }
            for (String b : acks.ballotsClosed) {
                if (!"CLOSED".equals(ballots.get(b))) {
                    lost++;
                    problems.add("closing of ballot " + b + " lost: " + ballots.get(b));
                }
            }
            // the same thing twice: each of these has a natural key that must be unique
            duplicated += sum(s, "select count(*) - count(distinct email) from core_members");
            duplicated += sum(s, "select count(membership_number) - count(distinct membership_number) from core_members");
            duplicated += sum(s, "select count(*) - count(distinct booking_id) from carshare_trips");
            duplicated += sum(s, "select count(*) - count(distinct idempotency_key) from ledger_entries");
            duplicated += sum(s, "select count(*) - count(distinct number) from ledger_entries");
            duplicated += sum(s, "select count(*) - count(distinct source_id) from ledger_patronage");
            duplicated += sum(s, "select count(*) - count(distinct " + concat(app, "ballot_id", "member_id") + ") from gov_participation");
            duplicated += sum(s, "select count(seq) - count(distinct " + concat(app, "ballot_id", "seq") + ") from gov_ballot_box");
            // membership numbers are consecutive from 1 and the counter is past the last one
            long members = sum(s, "select count(membership_number) from core_members");
            long max = sum(s, "select coalesce(max(membership_number), 0) from core_members");
            long next = sum(s, "select next_value from core_counters where name = 'membership_number'");
            if (max != members || next != max + 1) problems.add("membership numbers not consecutive: " + members + " numbered, max " + max + ", next " + next);
            for (var b : ballots.entrySet()) {
                if ("CLOSED".equals(b.getValue()) && !app.governance().voting().verifyBoard(BallotId.of(b.getKey())).intact()) {
                    problems.add("board of ballot " + b.getKey() + " broken");
                }
            }
            for (var b : ballots.entrySet()) {
                long inBox = sum(s, "select count(*) from gov_ballot_box where ballot_id = '" + b.getKey() + "'");
                long voters = sum(s, "select count(*) from gov_participation where ballot_id = '" + b.getKey() + "'");
                if (inBox != voters) problems.add("ballot " + b.getKey() + ": " + voters + " voters but " + inBox + " in the box");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the tables: " + e.getMessage(), e);
        }
        if (!app.core().audit().verify().intact()) problems.add("audit chain broken: " + app.core().audit().verify());
        var journal = app.ledger().journal().verify(Actor.system());
        if (!journal.intact()) problems.add("journal chain broken: " + journal);
        if (!app.ledger().journal().trialBalance(Actor.system(), LocalDate.now(ZoneOffset.UTC).plusYears(10)).balanced()) {
            problems.add("trial balance does not balance");
        }
        return new Outcome(lost, duplicated, reused, problems);
    }

    private static String concat(CarshareApp app, String a, String b) {
        return switch (app.database().kind()) {
            case MARIADB -> "concat(" + a + ", '|', " + b + ")";
            default -> a + " || '|' || " + b;
        };
    }

    private static Map<String, String> map(Statement s, String sql) throws SQLException {
        Map<String, String> out = new HashMap<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) out.put(rs.getString(1), rs.getString(2));
        }
        return out;
    }

    private static Map<String, Long> counts(Statement s, String sql) throws SQLException {
        Map<String, Long> out = new HashMap<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) out.put(rs.getString(1), rs.getLong(2));
        }
        return out;
    }

    private static Set<String> set(Statement s, String sql) throws SQLException {
        Set<String> out = new HashSet<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }

    private static long sum(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }
}
