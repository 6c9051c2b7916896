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

    @EachDatabase
    void read_only_work_goes_to_the_read_replica_pool_which_refuses_writes_and_writes_stay_on_the_primary(TestDatabase db) {
        org.junit.jupiter.api.Assumptions.assumeTrue(db.kind() == DatabaseKind.POSTGRESQL,
                "PostgreSQL runs a read-only connection's transactions READ ONLY; H2 and MariaDB take it as a hint (the standby refuses writes itself)");
        // the "replica" is the same database through the read-only pool: what a standby would refuse, the pool refuses
        Database database = db.open(db.config().withReadReplica(db.config().jdbcUrl()), CoreModule.SCHEMA);
        createCounter(database);
        Transactions tx = database.transactions();
        assertThat(tx.hasReadReplica()).isTrue();

        long read = tx.readOnly(() -> ((Number) tx.entityManager()
                .createNativeQuery("select next_value from core_counters where name = 'test'").getSingleResult()).longValue());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> tx.readOnly(() -> tx.entityManager()
                        .createNativeQuery("update core_counters set next_value = 99 where name = 'test'").executeUpdate()))
                .hasStackTraceContaining("read-only transaction");
        int nested = tx.inTransaction(() -> tx.readOnly(() -> tx.entityManager()
                .createNativeQuery("update core_counters set next_value = next_value + 1 where name = 'test'").executeUpdate()));

        assertThat(read).isZero();
        assertThat(nested).as("read-only work inside a writing transaction joins it, on the primary").isEqualTo(1);
        assertThat(counter(database)).isEqualTo(1);
    }

    /**
     * Hibernate's find() answers null for a JDBC failure in a transaction already marked rollback-only
     * (HHH-12472), so a connection lost mid-work turned into a false "not found" refusal (found by
     * PgStandbyFailoverIT: "no account 512" for a posting while the primary died). A refusal thrown in a
     * rollback-only transaction is therefore run again; a refusal in a healthy transaction stays a refusal.
     */
    @EachDatabase
    void a_refusal_thrown_in_a_transaction_the_database_marked_rollback_only_is_run_again(TestDatabase db) {
        Database database = db.open(CoreModule.SCHEMA);
        createCounter(database);
        Transactions tx = database.transactions();
        AtomicInteger attempts = new AtomicInteger();

        String result = tx.inTransaction(() -> {
            tx.entityManager().createNativeQuery("update core_counters set next_value = next_value + 1 where name = 'test'").executeUpdate();
            if (attempts.incrementAndGet() == 1) {
                tx.entityManager().getTransaction().setRollbackOnly(); // what Hibernate does on the lost connection
                throw new org.coopkit.core.errors.NotFound("account", "512");
            }
            return "done";
        });

        assertThat(result).isEqualTo("done");
        assertThat(attempts).hasValue(2);
        assertThat(counter(database)).as("the first attempt was rolled back").isEqualTo(1);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> tx.inTransaction(() -> {
            throw new org.coopkit.core.errors.NotFound("account", "999");
        })).isInstanceOf(org.coopkit.core.errors.NotFound.class);
    }
}
