package org.coopkit.core.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.coopkit.core.CoreModule;
import org.coopkit.core.testing.Concurrently;
import org.coopkit.core.testing.EachDatabase;
import org.coopkit.core.testing.TestDatabase;

public class TransactionsIT {

    /** Called by H2 through CREATE ALIAS: the database itself raises SQLSTATE 40001. */
    public static void fail() throws SQLException {
        throw new SQLException("forced serialization failure", "40001");
    }

    static void forceSerializationFailure(EntityManager em, DatabaseKind kind) {
        switch (kind) {
            case POSTGRESQL -> em.createNativeQuery(
                    "DO $$ BEGIN RAISE EXCEPTION 'forced' USING ERRCODE = 'serialization_failure'; END $$").executeUpdate();
            case MARIADB -> em.createNativeQuery("BEGIN NOT ATOMIC SIGNAL SQLSTATE '40001' SET MESSAGE_TEXT = 'forced'; END").executeUpdate();
            case H2 -> em.createNativeQuery("CALL FORCE_40001()").getResultList();
        }
    }

    static long counter(Database db) {
        return db.transactions().inTransaction(() -> ((Number) db.transactions().entityManager()
                .createNativeQuery("select next_value from core_counters where name = 'test'").getSingleResult()).longValue());
    }

    static void createCounter(Database db) {
        db.transactions().run(() -> db.transactions().entityManager()
                .createNativeQuery("insert into core_counters (name, next_value) values ('test', 0)").executeUpdate());
    }

    @EachDatabase
    void a_forced_serialization_failure_is_retried_and_the_work_takes_effect_once(TestDatabase db) {
        Database database = db.open(CoreModule.SCHEMA);
        createCounter(database);
        if (db.kind() == DatabaseKind.H2) {
            // DDL commits in H2, so the alias is made before the transaction under test
            database.transactions().run(() -> database.transactions().entityManager().createNativeQuery(
                    "CREATE ALIAS FORCE_40001 FOR 'org.coopkit.core.persistence.TransactionsIT.fail'").executeUpdate());
        }
        AtomicInteger attempts = new AtomicInteger();
        long retriesBefore = database.transactions().retryCount();

        String result = database.transactions().inTransaction(() -> {
            EntityManager em = database.transactions().entityManager();
            em.createNativeQuery("update core_counters set next_value = next_value + 1 where name = 'test'").executeUpdate();
            if (attempts.incrementAndGet() == 1) forceSerializationFailure(em, db.kind());
            return "done";
        });

        assertThat(result).isEqualTo("done");
        assertThat(attempts).hasValue(2);
        assertThat(database.transactions().retryCount() - retriesBefore).isEqualTo(1);
        assertThat(counter(database)).isEqualTo(1);
    }

    @EachDatabase
    void a_failure_that_is_not_a_serialization_failure_is_not_retried(TestDatabase db) {
        Database database = db.open(CoreModule.SCHEMA);
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> database.transactions().run(() -> {
            attempts.incrementAndGet();
            database.transactions().entityManager().createNativeQuery("select * from no_such_table").getResultList();
        })).isInstanceOf(RuntimeException.class).satisfies(e -> assertThat(Transactions.isRetryable(e)).isFalse());
        assertThat(attempts).hasValue(1);
    }

    @EachDatabase
    void racing_read_modify_writes_under_serializable_lose_no_update(TestDatabase db) {
        Database database = db.open(db.config().withIsolation(DatabaseConfig.Isolation.SERIALIZABLE).withPoolSize(8), CoreModule.SCHEMA);
        createCounter(database);

        var outcomes = Concurrently.run(20, 8, i -> database.transactions().inTransaction(() -> {
            EntityManager em = database.transactions().entityManager();
            long v = ((Number) em.createNativeQuery("select next_value from core_counters where name = 'test'").getSingleResult()).longValue();
            em.createNativeQuery("update core_counters set next_value = ?1 where name = 'test'").setParameter(1, v + 1).executeUpdate();
            return v;
        }));

        assertThat(outcomes).allSatisfy(o -> assertThat(o.error()).isNull());
        assertThat(counter(database)).isEqualTo(20);
        assertThat(outcomes.stream().map(Concurrently.Outcome::value).distinct()).hasSize(20);
    }
}
