package org.coopkit.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.LongStream;
import org.coopkit.core.CoreModule;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.persistence.Database;
import org.coopkit.core.persistence.Transactions;
import org.coopkit.core.statutes.CoopStatutes;
import org.coopkit.core.testing.Concurrently;
import org.coopkit.core.testing.EachDatabase;
import org.coopkit.core.testing.MutableClock;
import org.coopkit.core.testing.TestDatabase;

/**
 * Opening a stream with its first record ({@link AuditLog#open}): one statement for the head, no
 * look-up first (counted, docs/performance.md); a stream that exists is appended to; racing openers
 * of one stream still form one gapless chain; {@code verify()} names a broken link in such a stream.
 */
class AuditStreamOpeningIT {

    private static CoreModule core(Database database) {
        return new CoreModule(database, MutableClock.on(LocalDate.of(2026, 1, 5)), CoopStatutes.defaults());
    }

    private static long statements(Transactions tx, Runnable work) {
        long before = tx.statementsOnThisThread();
        tx.run(work);
        return tx.statementsOnThisThread() - before;
    }

    @EachDatabase
    void opening_a_new_stream_sends_two_statements_and_a_first_record_three(TestDatabase db) {
        Database database = db.open(CoreModule.SCHEMA);
        CoreModule core = core(database);
        Transactions tx = database.transactions();
        statements(tx, () -> core.audit().record("warm", Actor.system(), "warm", "w", "")); // Hibernate's first use

        // open: the head inserted at the first record when absent, then the record
        assertThat(statements(tx, () -> core.audit().open("ballot-1/voter-1", Actor.system(), "gov.voted", "ballot-1", "in person")))
                .as("open a new stream on " + db).isEqualTo(2);
        // record on a new stream: the locked look-up finds nothing, then the same two
        assertThat(statements(tx, () -> core.audit().record("member-7", Actor.system(), "members.admitted", "member-7", "")))
                .as("first record of a stream on " + db).isEqualTo(3);
        // record on an existing stream: head locked, record, head moved — as before
        assertThat(statements(tx, () -> core.audit().record("member-7", Actor.system(), "members.changed", "member-7", "")))
                .as("next record on " + db).isEqualTo(3);
        // open on an existing stream (a second vote): the insert does nothing, then the locked append
        assertThat(statements(tx, () -> core.audit().open("ballot-1/voter-1", Actor.system(), "gov.voted", "ballot-1", "again")))
                .as("open an existing stream on " + db).isEqualTo(4);

        List<AuditRecord> votes = core.audit().about("ballot-1");
        assertThat(votes).extracting(AuditRecord::stream, AuditRecord::sequence)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ballot-1/voter-1", 1L), org.assertj.core.groups.Tuple.tuple("ballot-1/voter-1", 2L));
        assertThat(votes.get(0).previousHash()).isEqualTo(Hashes.GENESIS);
        assertThat(votes.get(1).previousHash()).isEqualTo(votes.get(0).hash());
        ChainVerification v = core.audit().verify();
        assertThat(v.intact()).as(v.describe()).isTrue();
        assertThat(v.checked()).isEqualTo(5);
        assertThat(core.audit().verify("ballot-1/voter-1").checked()).isEqualTo(2);
    }

    @EachDatabase
    void racing_openers_of_the_same_streams_form_one_gapless_chain_each(TestDatabase db) {
        Database database = db.open(db.config().withPoolSize(10), CoreModule.SCHEMA);
        CoreModule core = core(database);
        // 48 opens on 8 threads, four per stream: the first of each creates it, the others find it and append
        List<Concurrently.Outcome<AuditRecord>> out = Concurrently.run(48, 8, i -> database.transactions().inTransaction(() ->
                core.audit().open("race/" + (i % 12), Actor.system(), "race", "race", "d" + i)));
        assertThat(out).allSatisfy(o -> assertThat(o.error()).isNull());

        ChainVerification all = core.audit().verify();
        assertThat(all.intact()).as(all.describe()).isTrue();
        assertThat(all.checked()).isEqualTo(48);
        for (int s = 0; s < 12; s++) {
            String stream = "race/" + s;
            assertThat(out.stream().map(Concurrently.Outcome::value).filter(r -> r.stream().equals(stream)).map(AuditRecord::sequence))
                    .as(stream).containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, 4).boxed().toList());
        }
    }

    @EachDatabase
    void an_edited_record_of_an_opened_stream_is_named_by_verify(TestDatabase db) throws Exception {
        Database database = db.open(CoreModule.SCHEMA);
        CoreModule core = core(database);
        for (int i = 1; i <= 4; i++) {
            int k = i;
            database.transactions().run(() -> core.audit().open("b/v" + k, Actor.system(), "gov.voted", "b", "in person"));
        }
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement s = c.prepareStatement("update core_audit_log set data = 'by proxy' where stream = 'b/v3'")) {
            s.executeUpdate();
            c.commit();
        }
        ChainVerification v = core.audit().verify();
        assertThat(v.broken()).hasValueSatisfying(b -> {
            assertThat(b.stream()).isEqualTo("b/v3");
            assertThat(b.sequence()).isEqualTo(1);
            assertThat(b.problem()).isEqualTo(BrokenLink.Problem.EDITED);
        });
        assertThat(v.checked()).isEqualTo(2);
    }
}
