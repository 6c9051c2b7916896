package org.coopkit.core.persistence;

/** A unit of work run inside one transaction. May run more than once when the database asks to retry. */
@FunctionalInterface
public interface TransactionWork<T> {
    /**
     * Does the work; must have no effect outside the database, since it may be run again.
     *
     * @return the result handed back to the caller of the transaction
     */
    T run();
}
