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
            database.transactions().run(() -> core.audit().record("test", Actor.system(), "test.step", "subject-" + k, "data " + k));
        }
        assertThat(core.audit().verify()).satisfies(v -> { assertThat(v.intact()).isTrue(); assertThat(v.checked()).isEqualTo(6); });

        try (Connection c = database.dataSource().getConnection();
             PreparedStatement s = c.prepareStatement("update core_audit_log set data = ? where stream = 'test' and seq = 4")) {
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
        assertThat(b.found()).isEqualTo(core.audit().about("subject-4").get(0).hash());
        assertThat(b.stream()).isEqualTo("test");
        assertThat(b.expected()).isNotEqualTo(b.found()).hasSize(64);
    }

    private static CoreModule sixRecords(Database database) {
        CoreModule core = new CoreModule(database, MutableClock.on(LocalDate.of(2026, 1, 5)), CoopStatutes.defaults());
        for (int i = 1; i <= 6; i++) {
            int k = i;
            database.transactions().run(() -> core.audit().record("test", Actor.system(), "test.step", "subject-" + k, "data " + k));
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
        sql(database, "delete from core_audit_log where stream = 'test' and seq = 3");

        ChainVerification v = core.audit().verify();
        assertThat(v.broken()).contains(new BrokenLink("test", 3, BrokenLink.Problem.MISSING, "3", "4"));
        assertThat(v.checked()).isEqualTo(2);
    }

    @EachDatabase
    void swapping_two_records_is_caught_at_the_first_of_them(TestDatabase db) throws Exception {
        Database database = db.open(CoreModule.SCHEMA);
        CoreModule core = sixRecords(database);
        AuditRecord first = core.audit().about("subject-1").get(0);
        AuditRecord second = core.audit().about("subject-2").get(0);
        sql(database, "update core_audit_log set seq = 1000 where stream = 'test' and seq = 2",
                "update core_audit_log set seq = 2 where stream = 'test' and seq = 3",
                "update core_audit_log set seq = 3 where stream = 'test' and seq = 1000");

        ChainVerification v = core.audit().verify();
        assertThat(v.broken()).contains(new BrokenLink("test", 2, BrokenLink.Problem.RELINKED, first.hash(), second.hash()));
        assertThat(v.checked()).isEqualTo(1);
    }

    @EachDatabase
    void deleting_the_last_row_is_caught_too(TestDatabase db) throws Exception {
        Database database = db.open(CoreModule.SCHEMA);
        CoreModule core = new CoreModule(database, MutableClock.on(LocalDate.of(2026, 1, 5)), CoopStatutes.defaults());
        for (int i = 1; i <= 3; i++) database.transactions().run(() -> core.audit().record(Actor.system(), "a", "s", "d"));
        assertThat(core.audit().about("s")).extracting(AuditRecord::stream, AuditRecord::sequence)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("s", 1L), org.assertj.core.groups.Tuple.tuple("s", 2L),
                        org.assertj.core.groups.Tuple.tuple("s", 3L));
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement s = c.prepareStatement("delete from core_audit_log where stream = 's' and seq = 3")) {
            s.executeUpdate();
            c.commit();
        }
        assertThat(core.audit().verify().firstBroken()).hasValue(3);
    }

    @EachDatabase
    void records_written_before_chains_were_per_stream_stay_verifiable_as_the_stream_main(TestDatabase db) throws Exception {
        // the core schema as released before core-0008-audit-streams: one chain, one head row
        Database bare = db.open();
        try (Connection c = bare.dataSource().getConnection()) {
            liquibase.database.Database lb = liquibase.database.DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new liquibase.database.jvm.JdbcConnection(c));
            liquibase.Scope.child(java.util.Map.of(liquibase.Scope.Attr.resourceAccessor.name(),
                    new liquibase.resource.ClassLoaderResourceAccessor(getClass().getClassLoader())), () -> new liquibase.command.CommandScope("updateCount")
                    .addArgumentValue("database", lb).addArgumentValue("changelogFile", CoreModule.SCHEMA.changelog())
                    .addArgumentValue("count", 7).execute());
            if (!c.getAutoCommit()) c.commit();
        }
        String previous = Hashes.GENESIS;
        java.time.Instant at = java.time.Instant.parse("2026-01-05T10:00:00Z");
        try (Connection c = bare.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(
                "insert into core_audit_log (seq, at, actor, action, subject, data, prev_hash, hash) values (?, ?, 'system', 'legacy', ?, 'd', ?, ?)")) {
            for (int i = 1; i <= 3; i++) {
                AuditRecord r = new AuditRecord("main", i, at, "system", "legacy", "m" + i, "d", previous, null);
                String hash = HashChain.append(previous, r.canonical());
                s.setLong(1, i);
                s.setTimestamp(2, java.sql.Timestamp.from(at));
                s.setString(3, "m" + i);
                s.setString(4, previous);
                s.setString(5, hash);
                s.executeUpdate();
                previous = hash;
            }
            try (PreparedStatement h = c.prepareStatement("update core_audit_head set last_seq = 3, last_hash = ? where id = 1")) {
                h.setString(1, previous);
                h.executeUpdate();
            }
            c.commit();
        }

        Database database = db.open(CoreModule.SCHEMA);
        CoreModule core = new CoreModule(database, MutableClock.on(LocalDate.of(2026, 1, 6)), CoopStatutes.defaults());
        assertThat(core.audit().verify("main")).satisfies(v -> {
            assertThat(v.intact()).as(v.describe()).isTrue();
            assertThat(v.checked()).isEqualTo(3);
        });
        database.transactions().run(() -> core.audit().record(Actor.system(), "after", "m1", "d"));
        assertThat(core.audit().about("m1")).extracting(AuditRecord::stream).containsExactly("main", "m1");
        assertThat(core.audit().verify().checked()).isEqualTo(4);

        sql(database, "delete from core_audit_log where stream = 'main' and seq = 3");
        assertThat(core.audit().verify().broken()).contains(new BrokenLink("main", 3, BrokenLink.Problem.TAIL_MISSING, previous,
                core.audit().about("m2").get(0).hash()));
    }

    @EachDatabase
    void racing_appends_to_one_stream_and_to_many_streams_keep_every_chain_gapless_and_unforked(TestDatabase db) {
        Database database = db.open(db.config().withPoolSize(10), CoreModule.SCHEMA);
        CoreModule core = new CoreModule(database, MutableClock.on(LocalDate.of(2026, 1, 5)), CoopStatutes.defaults());
        // even i: the one hot stream (a ballot's votes); odd i: one of four streams, all opened by the race itself
        List<Concurrently.Outcome<AuditRecord>> out = Concurrently.run(64, 8, i -> database.transactions().inTransaction(() ->
                core.audit().record(i % 2 == 0 ? "hot" : "cold-" + (i % 8), Actor.system(), "race", "s" + i, "d")));
        assertThat(out).allSatisfy(o -> assertThat(o.error()).isNull());

        ChainVerification all = core.audit().verify();
        assertThat(all.intact()).as(all.describe()).isTrue();
        assertThat(all.checked()).isEqualTo(64);
        assertThat(core.audit().verify("hot").checked()).isEqualTo(32);
        for (String cold : List.of("cold-1", "cold-3", "cold-5", "cold-7")) {
            assertThat(core.audit().verify(cold)).satisfies(v -> {
                assertThat(v.intact()).isTrue();
                assertThat(v.checked()).isEqualTo(8);
            });
        }
        // no gaps and no forks: each stream numbered 1..n exactly once
        List<AuditRecord> hot = out.stream().map(Concurrently.Outcome::value).filter(r -> r.stream().equals("hot")).toList();
        assertThat(hot).extracting(AuditRecord::sequence).containsExactlyInAnyOrderElementsOf(
                java.util.stream.LongStream.rangeClosed(1, 32).boxed().toList());
    }

    @EachDatabase
    void the_database_refuses_a_second_record_at_a_streams_position(TestDatabase db) throws Exception {
        Database database = db.open(CoreModule.SCHEMA);
        CoreModule core = sixRecords(database);
        AuditRecord third = core.audit().about("subject-3").get(0);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> sql(database,
                        "insert into core_audit_log (stream, seq, at, actor, action, subject, data, prev_hash, hash)"
                                + " select stream, seq, at, actor, 'forked', subject, data, prev_hash, hash from core_audit_log"
                                + " where stream = 'test' and seq = 3"))
                .satisfies(x -> assertThat(org.coopkit.core.persistence.Constraints.isIntegrityViolation(x)).as(x.getMessage()).isTrue());
        assertThat(core.audit().verify("test").checked()).isEqualTo(6);
        assertThat(third.sequence()).isEqualTo(3);
    }

    @EachDatabase
    void deleting_a_streams_head_to_hide_its_records_is_caught(TestDatabase db) throws Exception {
        Database database = db.open(CoreModule.SCHEMA);
        CoreModule core = sixRecords(database);
        sql(database, "delete from core_audit_streams where stream = 'test'");
        assertThat(core.audit().verify().broken()).hasValueSatisfying(b -> {
            assertThat(b.stream()).isEqualTo("test");
            assertThat(b.problem()).isEqualTo(BrokenLink.Problem.TAIL_MISSING);
        });
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
