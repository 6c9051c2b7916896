package org.coopkit.carshare.reliability;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.coopkit.core.persistence.Database;

/** Row counts of every CoopKit table, the counters and chain heads, and the lifecycle states: what a failed use case must leave as it was. */
final class Snapshot {
    static final List<String> TABLES = List.of("core_members", "core_member_history", "core_counters", "core_audit_log", "core_credentials",
            "core_api_tokens", "core_member_roles", "core_capital_movements", "core_consents", "core_data_policy", "core_loyalty_reports",
            "carshare_vehicles", "carshare_tariffs", "carshare_quotes", "carshare_bookings", "carshare_trips", "carshare_work_logs",
            "gov_ballots", "gov_roll", "gov_participation", "gov_ballot_box", "gov_open_votes", "gov_decisions_applied", "gov_proxies",
            "gov_assemblies", "ledger_accounts", "ledger_fiscal_years", "ledger_entries", "ledger_entry_lines", "ledger_patronage",
            "ledger_refund_choices", "ledger_allocations");
    private static final List<String> STATE = List.of(
            "select name, next_value from core_counters order by name",
            "select stream, last_seq, last_hash from core_audit_streams order by stream",
            "select last_number, last_hash from ledger_chain_head",
            "select status, count(*) from core_members group by status order by status",
            "select status, count(*) from carshare_bookings group by status order by status",
            "select status, count(*) from gov_ballots group by status order by status",
            "select count(seq) from gov_ballot_box");

    private Snapshot() {
    }

    static List<String> of(Database db) {
        List<String> out = new ArrayList<>();
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            for (String t : TABLES) out.add(t + "=" + one(s, "select count(*) from " + t));
            for (String q : STATE) out.add(q + " -> " + rows(s, q));
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        return out;
    }

    private static String one(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static String rows(Statement s, String sql) throws SQLException {
        StringBuilder sb = new StringBuilder();
        try (ResultSet rs = s.executeQuery(sql)) {
            ResultSetMetaData md = rs.getMetaData();
            while (rs.next()) {
                for (int i = 1; i <= md.getColumnCount(); i++) sb.append(rs.getString(i)).append(i < md.getColumnCount() ? "," : ";");
            }
        }
        return sb.toString();
    }
}
