package org.coopkit.core.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;

/**
 * Moves a "head" row (a chain head, a counter) by compare-and-set, never by a blind write of what was
 * read: on a multi-master cluster (Galera) the row lock taken on one node does not stop another node,
 * and only the write itself is certified (docs/deployment.md). When the row moved since it was read,
 * the transaction fails with a conflict that {@link Transactions} retries.
 */
public final class HeadRows {
    private HeadRows() {
    }

    /**
     * Runs {@code update} (native SQL whose WHERE clause names the values read, positional parameters
     * {@code ?1 …}) and requires that it moved exactly one row.
     *
     * @param em     the entity manager of the current transaction
     * @param what   the head, for the conflict's message ("the journal head")
     * @param update the native UPDATE statement
     * @param params its positional parameters, in order
     * @throws OptimisticLockException when the update did not move exactly one row
     */
    public static void compareAndSet(EntityManager em, String what, String update, Object... params) {
        var q = em.createNativeQuery(update);
        for (int i = 0; i < params.length; i++) q.setParameter(i + 1, params[i]);
        if (q.executeUpdate() != 1) throw new OptimisticLockException(what + " moved under this transaction");
    }
}
