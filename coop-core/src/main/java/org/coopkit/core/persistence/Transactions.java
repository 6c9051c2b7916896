package org.coopkit.core.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.coopkit.core.errors.CoopException;
import org.coopkit.core.errors.RetryLater;
import org.coopkit.core.persistence.internal.WriteTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The transaction runner: every read and write in CoopKit goes through {@link #inTransaction}.
 *
 * <p>It binds one {@link EntityManager} to the calling thread for the duration of the work
 * (repositories take it from {@link #entityManager()}); a nested call joins the outer transaction.
 * When the database reports a serialization failure or a deadlock (SQLSTATE 40001, 40P01, MariaDB
 * errors 1213 and 1205, H2 90131), the whole work is rolled back and run again, up to
 * {@link #MAX_ATTEMPTS} times with exponential backoff and jitter. So the work must not have side
 * effects outside the transaction. This is what keeps every write correct under SERIALIZABLE, the
 * isolation CockroachDB and YugabyteDB run at.
 *
 * <p>It returns only once a transaction that wrote is on disk: on the embedded H2 it forces the
 * file to the device after each writing commit (PostgreSQL and MariaDB do that in their commit).
 */
public final class Transactions {
    private static final Logger LOG = LoggerFactory.getLogger(Transactions.class);
    /** How many times work is tried on a retryable conflict before the time budget alone decides. */
    public static final int MAX_ATTEMPTS = 12;
    /**
     * Past {@link #MAX_ATTEMPTS}, a conflict is still retried while the work has run for less than this:
     * on a multi-master cluster (Galera) every writer of a hot row (the journal head) conflicts at
     * certification, and a dozen quick attempts are not enough when a few dozen writers race.
     */
    static final long RETRY_BUDGET_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(15);
    private static final Set<String> RETRY_STATES = Set.of("40001", "40P01", "90131");
    private static final Set<Integer> MARIADB_RETRY_CODES = Set.of(1213, 1205);

    private final EntityManagerFactory emf;
    private final EntityManagerFactory replica;
    private final WriteTracker writes;
    private final Runnable afterWritingCommit;
    private final ThreadLocal<EntityManager> current = new ThreadLocal<>();
    private final AtomicLong retries = new AtomicLong();
    private final AtomicLong writingCommits = new AtomicLong();

    Transactions(EntityManagerFactory emf, WriteTracker writes, Runnable afterWritingCommit) {
        this(emf, null, writes, afterWritingCommit);
    }

    Transactions(EntityManagerFactory emf, EntityManagerFactory replica, WriteTracker writes, Runnable afterWritingCommit) {
        this.emf = emf;
        this.replica = replica;
        this.writes = writes;
        this.afterWritingCommit = afterWritingCommit;
    }

    /**
     * Runs the work in a transaction (joining one already open on this thread) and returns its result.
     *
     * @param <T>  the result's type
     * @param work the work; may run more than once
     * @return what the work returned, once committed (and on disk, when it wrote)
     * @throws RetryLater with 503 when the database kept failing under the work
     */
    public <T> T inTransaction(TransactionWork<T> work) {
        if (current.get() != null) return work.run();
        return run(emf, work);
    }

    /**
     * Runs reading work (a report, an export) on the read replica when the database has one
     * ({@link DatabaseConfig#withReadReplica}), in a read-only transaction there: a write attempted in it
     * is refused by the replica. Without a replica, or nested in a transaction already open on this
     * thread, it runs like {@link #inTransaction} (so a report computed inside a closing reads the
     * closing's own writes). On a replica the work sees the primary as of the replication delay.
     *
     * @param <T>  the result's type
     * @param work the reading work; may run more than once
     * @return what the work returned
     */
    public <T> T readOnly(TransactionWork<T> work) {
        if (current.get() != null || replica == null) return inTransaction(work);
        return run(replica, work);
    }

    /**
     * Whether {@link #readOnly} work goes to a read replica.
     *
     * @return true when a replica is configured
     */
    public boolean hasReadReplica() {
        return replica != null;
    }

    private <T> T run(EntityManagerFactory factory, TransactionWork<T> work) {
        long started = System.nanoTime();
        for (int attempt = 1; ; attempt++) {
            EntityManager em = factory.createEntityManager();
            current.set(em);
            EntityTransaction tx = em.getTransaction();
            T result;
            try {
                writes.reset();
                tx.begin();
                result = work.run();
                tx.commit();
            } catch (RuntimeException e) {
                // Hibernate's find() answers null, not an exception, for a JDBC failure once the transaction is
                // marked rollback-only (HHH-12472): a connection lost mid-work then surfaces as a refusal
                // ("no account 512") that is not true. Nothing was committed: run the work again.
                boolean falseRefusal = e instanceof CoopException && rollbackOnly(tx);
                rollbackQuietly(tx, e);
                if (falseRefusal) {
                    if (attempt < MAX_ATTEMPTS) {
                        retries.incrementAndGet();
                        LOG.debug("retrying transaction after {} in a transaction the database failed (attempt {})", e.getMessage(), attempt);
                        backoff(attempt);
                        continue;
                    }
                    RetryLater busy = RetryLater.busy("database-unavailable",
                            "the database failed while this request ran; nothing was changed: send it again", java.time.Duration.ofSeconds(1));
                    busy.addSuppressed(e);
                    throw busy;
                }
                if (isRetryable(e) && (attempt < MAX_ATTEMPTS || System.nanoTime() - started < RETRY_BUDGET_NANOS)) {
                    retries.incrementAndGet();
                    LOG.debug("retrying transaction after {} (attempt {})", rootMessage(e), attempt);
                    backoff(attempt);
                    continue;
                }
                throw e;
            } finally {
                current.remove();
                em.close();
            }
            if (factory == emf && writes.wrote()) {
                afterWritingCommit.run(); // on disk before the caller answers
                writingCommits.incrementAndGet();
            }
            return result;
        }
    }

    /**
     * Runs work that returns nothing, like {@link #inTransaction}.
     *
     * @param work the work; may run more than once
     */
    public void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }

    /**
     * The entity manager of the transaction open on this thread.
     *
     * @return the entity manager
     * @throws IllegalStateException when no transaction is open on this thread
     */
    public EntityManager entityManager() {
        EntityManager em = current.get();
        if (em == null) throw new IllegalStateException("no transaction open on this thread: call inTransaction first");
        return em;
    }

    /**
     * How many times work was retried since start-up (for tests and metrics).
     *
     * @return the number of retries
     */
    public long retryCount() {
        return retries.get();
    }

    /**
     * How many committed transactions wrote (and so were forced to disk where the database needs it) since start-up.
     *
     * @return the number of writing commits
     */
    public long writingCommitCount() {
        return writingCommits.get();
    }

    /**
     * How many SQL statements were prepared on the calling thread since start-up, through any
     * {@link EntityManager} of this runner (a JDBC batch counts once). Tests count the statements of
     * a hot path with it, so that a regression shows without timing anything.
     *
     * @return the number of statements prepared on this thread
     */
    public long statementsOnThisThread() {
        return writes.statements();
    }

    /**
     * True when the failure is one the database asks us to retry: serialization failure or deadlock.
     *
     * @param e the failure
     * @return true for a retryable SQLSTATE or MariaDB error code, or an optimistic lock failure, in the cause chain
     */
    public static boolean isRetryable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    if (s.getSQLState() != null && RETRY_STATES.contains(s.getSQLState())) return true;
                    if (MARIADB_RETRY_CODES.contains(s.getErrorCode())) return true;
                }
            }
            if (t instanceof jakarta.persistence.OptimisticLockException) return true;
            if (t.getCause() == t) break;
        }
        return false;
    }

    private static void backoff(int attempt) {
        long cap = Math.min(200, 2L << Math.min(attempt, 7));
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, cap + 1));
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry a transaction", ie);
        }
    }

    private static boolean rollbackOnly(EntityTransaction tx) {
        try {
            return tx.isActive() && tx.getRollbackOnly();
        } catch (RuntimeException unknown) {
            return false;
        }
    }

    private static void rollbackQuietly(EntityTransaction tx, RuntimeException cause) {
        try {
            if (tx.isActive()) tx.rollback();
        } catch (RuntimeException r) {
            cause.addSuppressed(r);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
