package org.coopkit.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.List;
import org.coopkit.core.CoreModule;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.persistence.Database;
import org.coopkit.core.statutes.CoopStatutes;
import org.coopkit.core.testing.Concurrently;
import org.coopkit.core.testing.EachDatabase;
import org.coopkit.core.testing.MutableClock;
import org.coopkit.core.testing.TestDatabase;

class AuditLogIT {
    @EachDatabase
    void editing_an_audit_row_in_sql_is_caught_by_verify_at_that_row(TestDatabase db) throws Exception {
        Database database = db.open(CoreModule.SCHEMA);
        CoreModule core = new CoreModule(database, MutableClock.on(LocalDate.of(2026, 1, 5)), CoopStatutes.defaults());
        for (int i = 1; i <= 6; i++) {
            int k = i;
            database.transactions().run(() -> core.audit().record(Actor.system(), "test.step", "subject-" + k, "data " + k));
        }
        assertThat(core.audit().verify()).satisfies(v -> { assertThat(v.intact()).isTrue(); assertThat(v.checked()).isEqualTo(6); });

        try (Connection c = database.dataSource().getConnection();
             PreparedStatement s = c.prepareStatement("update core_audit_log set data = ? where seq = 4")) {
            s.setString(1, "data 4, quietly changed");
            s.executeUpdate();
            c.commit();
        }

        ChainVerification v = core.audit().verify();
        assertThat(v.intact()).isFalse();
        assertThat(v.firstBroken()).hasValue(4);
        assertThat(v.checked()).isEqualTo(3);
        BrokenLink b = v.broken().orElseThrow();
        assertThat(b.problem()).isEqualTo(BrokenLink.Problem.EDITED);
        assertThat(b.found()).isEqualTo(core.audit().latest(3).get(2).hash());
        assertThat(b.expected()).isNotEqualTo(b.found()).hasSize(64);
    }

    private static CoreModule sixRecords(Database database) {
        CoreModule core = new CoreModule(database, MutableClock.on(LocalDate.of(2026, 1, 5)), CoopStatutes.defaults());
        for (int i = 1; i <= 6; i++) {
            int k = i;
            database.transactions().run(() -> core.audit().record(Actor.system(), "test.step", "subject-" + k, "data " + k));
        }
        assertThat(core.audit().verify().intact()).isTrue();
        return core;
    }

    private static void sql(Database database, String... statements) throws Exception {
        try (Connection c = database.dataSource().getConnection(); java.sql.Statement s = c.createStatement()) {
            for (String statement : statements) s.executeUpdate(statement);
            c.commit();
        }
    }

    @EachDatabase
    void deleting_a_record_in_the_middle_is_named_by_the_sequence_expected_and_found(TestDatabase db) throws Exception {
        Database database = db.open(CoreModule.SCHEMA);
        CoreModule core = sixRecords(database);
        sql(database, "delete from core_audit_log where seq = 3");

        ChainVerification v = core.audit().verify();
        assertThat(v.broken()).contains(new BrokenLink("audit", 3, BrokenLink.Problem.MISSING, "3", "4"));
        assertThat(v.checked()).isEqualTo(2);
    }

    @EachDatabase
    void swapping_two_records_is_caught_at_the_first_of_them(TestDatabase db) throws Exception {
        Database database = db.open(CoreModule.SCHEMA);
        CoreModule core = sixRecords(database);
        List<AuditRecord> newestFirst = core.audit().latest(6);
        AuditRecord first = newestFirst.get(5);
        AuditRecord second = newestFirst.get(4);
        sql(database, "update core_audit_log set seq = 1000 where seq = 2",
                "update core_audit_log set seq = 2 where seq = 3",
                "update core_audit_log set seq = 3 where seq = 1000");

        ChainVerification v = core.audit().verify();
        assertThat(v.broken()).contains(new BrokenLink("audit", 2, BrokenLink.Problem.RELINKED, first.hash(), second.hash()));
        assertThat(v.checked()).isEqualTo(1);
    }

    @EachDatabase
    void deleting_the_last_row_is_caught_too(TestDatabase db) throws Exception {
        Database database = db.open(CoreModule.SCHEMA);
        CoreModule core = new CoreModule(database, MutableClock.on(LocalDate.of(2026, 1, 5)), CoopStatutes.defaults());
        for (int i = 1; i <= 3; i++) database.transactions().run(() -> core.audit().record(Actor.system(), "a", "s", "d"));
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement s = c.prepareStatement("delete from core_audit_log where seq = 3")) {
            s.executeUpdate();
            c.commit();
        }
        assertThat(core.audit().verify().firstBroken()).hasValue(3);
    }

    @EachDatabase
    void concurrent_appends_keep_one_unbroken_chain(TestDatabase db) {
        Database database = db.open(db.config().withPoolSize(10), CoreModule.SCHEMA);
        CoreModule core = new CoreModule(database, MutableClock.on(LocalDate.of(2026, 1, 5)), CoopStatutes.defaults());
        List<Concurrently.Outcome<AuditRecord>> out = Concurrently.run(40, 8,
                i -> database.transactions().inTransaction(() -> core.audit().record(Actor.system(), "race", "s" + i, "d")));
        assertThat(out).allSatisfy(o -> assertThat(o.error()).isNull());
        assertThat(core.audit().verify()).satisfies(v -> {
            assertThat(v.intact()).isTrue();
            assertThat(v.checked()).isEqualTo(40);
        });
    }
}
